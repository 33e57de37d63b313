"""Run a :class:`QuerySpec` over the tables: filter, read the year, compare years,
group and aggregate, order.  Pure pandas over the rows of each 事業's newest sheet.

Missing figures (``―``, blank) are never zero: rows without a value for the measure are
set aside and reported (``Result.missing``), and aggregates are over the rest.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ingest.form import nfkc

from .every import every_rows
from .spec import MEASURES, QuerySpec
from .tables import Tables

_OPS = {">": np.greater, ">=": np.greater_equal, "<": np.less, "<=": np.less_equal, "!=": np.not_equal,
        "==": lambda a, b: np.isclose(a, b, rtol=0, atol=1e-9)}  # 「ちょうど半分」: exact up to float noise


# A ratio's total is no sum of ratios: 「執行率は全体で」 is Σ決算額 ÷ Σ予算現額 over the rows with a value.
POOLED = {"exec_rate": ("settlement", "total"), "general_ratio": ("general", "total")}


@dataclass
class Result:
    """What a spec computed. ``rows`` are ordered (best first) with a ``value`` column and
    ``cids`` (the chunk ids that cite the row: one per sheet row, several per group)."""

    spec: QuerySpec
    rows: pd.DataFrame
    year: int | None  # the year read (None: each sheet's own year, or every year)
    compare_year: int | None = None
    scalar: float | None = None  # an aggregate without group_by
    n_values: int = 0  # rows with a value that the answer is computed over
    missing: pd.DataFrame = field(default_factory=pd.DataFrame)  # rows in scope without a value
    scope_jigyo: int = 0  # 事業 in scope (after 部局/事業 filters)
    n_scope: int = 0  # rows in scope before the status/trend/condition filters (a count's 「全N件中」)
    n_judged: int = 0  # of those, indicators with a status (達成/未達成; ― is none)
    n_turned: int = 0  # spec.trend_before: the indicators whose 推移 turned, before the status filter
    pooled: tuple[float, float] | None = None  # a ratio over every row: (Σ numerator, Σ denominator)
    members: pd.DataFrame | None = None  # spec.having: the counted rows of the groups kept; 達成状況・推移: every row
    change_totals: tuple | None = None  # spec.totals: (Σ earlier, Σ later, rows, their cids) over rows with both years
    names: list[str] = field(default_factory=list)  # group_by: the 事業 the groups are over
    ranked: pd.DataFrame | None = None  # spec.rank_by: the kept 事業' cost rows, ordered on that measure
    whole: tuple | None = None  # spec.share with sum: (Σ over every 事業, their number, their cids)
    left_out: pd.DataFrame | None = None  # money rows a condition (or steady) checked and did not keep, ordered

    @property
    def total(self) -> int:
        return len(self.rows)

    def ties(self) -> pd.DataFrame:
        """The leading rows that share the first row's value."""
        if self.rows.empty:
            return self.rows
        top = self.rows["value"].iloc[0]
        return self.rows[np.isclose(self.rows["value"].astype(float), float(top), rtol=0, atol=1e-9)]


def _scope(df: pd.DataFrame, spec: QuerySpec, about: dict) -> pd.DataFrame:
    """The rows ``spec`` is about. Each mask is boolean even when no row is left: pandas reads an
    empty object-typed mask as a list of column names and returns a frame with no columns."""
    df = df[df["latest"]]
    if spec.topic:
        df = df[df["version"].isin(topic_versions(spec.topic, about))]
    if spec.bukyoku:
        df = df[df["bukyoku"].map(lambda b: any(x in b for x in spec.bukyoku)).astype(bool)]
    if spec.jigyo:
        df = df[df["jigyo_no"].isin(spec.jigyo)]
    if spec.exclude:
        df = df[~df["jigyo_no"].isin(spec.exclude)]
    if spec.unit and "unit" in df.columns:  # 「単位が％の指標」: the kind of indicator in scope (its 「全N件」)
        df = df[(df["unit"].map(lambda u: nfkc(str(u or "")).strip()) == nfkc(spec.unit)).astype(bool)]
    if spec.indicators and "indicator_no" in df.columns:
        df = df[(df["jigyo_no"] + "#" + df["indicator_no"].astype(str)).isin(spec.indicators)]
    return df


def topic_versions(topic: str, about: dict) -> list[str]:
    """The sheets a topic (「福祉関係の事業」) selects: those with the word in their 事業名・部局・課
    (how the prefecture itself files them); only when none has it there, those with it in their
    目的 (prose, where 「環境」 can be 「相談できる環境」)."""
    out: list[str] = []
    for word in nfkc(topic).split("|"):  # 「障がい|子ども」: the 事業 any of the words selects
        named = [v for v, (head, _) in about.items() if word in head]
        out += named or [v for v, (_, purpose) in about.items() if word in purpose]
    return list(dict.fromkeys(out))


def _indicator_at(df: pd.DataFrame, col: str, year: int | None) -> pd.Series:
    """An indicator column read at ``year`` (None: the sheet's own year); NaN where the sheet has no such year."""
    if year is None or col != "value":
        if year is not None and col == "achievement":
            return df[col].where(df["sheet_year"] == year)
        return df[col]
    back = df["sheet_year"] - year
    return df["value"].where(back == 0, df["v_m1"].where(back == 1, df["v_m2"].where(back == 2)))


def _values(df: pd.DataFrame, spec: QuerySpec, year: int | None, col: str) -> tuple[pd.DataFrame, pd.Series]:
    """(rows at ``year``, the measure column of those rows)."""
    if spec.table == "indicators":
        vals = _indicator_at(df, col, year)
        df = df.assign(actual=df["value"])  # the sheet year's actual, kept: its 推移 tells the direction (_direction)
        if spec.directed and col == "achievement":  # better lower: target ÷ actual (1 ÷ (actual ÷ target))
            vals = vals.where(_direction(df) != "lower", 1 / vals.astype(float))
        return df, vals
    if spec.table == "items":
        return df, df[col]
    if year is not None:
        df = df[(df["year"] <= year) & (df["year"] > year - (spec.span or 1))]
    if col == "top_share":  # only each 事業's largest 細事業 has one (the others are no missing value)
        df = df[df["top_share"].notna()]
    return df, df[col]


def _at_year(df: pd.DataFrame, col: str, col_m1: str | None, year: int | None) -> pd.Series:
    """An indicator's 推移/達成状況 as of ``year``: the sheet's own year column, or the previous
    year's (「R5年度推移が↘」 on an R6 sheet); empty where the sheet has no such column."""
    if year is None:
        return df[col]
    back = df["sheet_year"] - year
    return df[col].where(back == 0, df[col_m1].where(back == 1, "") if col_m1 and col_m1 != col else "")


def _key(spec: QuerySpec) -> list[str]:
    return {"indicators": ["version", "indicator_no"], "costs": ["version"],
            "details": ["version", "detail_no"], "items": ["version", "detail_no", "item_no"]}[spec.table]


def _default_year(df: pd.DataFrame, spec: QuerySpec) -> int | None:
    """Money is read at the newest year in scope; indicators at each sheet's own year."""
    if spec.group_by == "year":
        return None
    if spec.year is not None:
        return spec.year
    if spec.table in ("indicators", "items"):
        return None
    years = df["year"]
    return int(years.max()) if len(years) else None


def execute(t: Tables, spec: QuerySpec) -> Result:
    """Compute ``spec`` over ``t`` (see module doc)."""
    m = MEASURES[spec.measure]
    base = _scope(t.get(spec.table), spec, t.about)
    scope_jigyo = base["jigyo_no"].nunique()
    year = _default_year(base, spec)
    df, vals = _values(base, spec, year, m.column)
    df = df.assign(value=vals.astype(float))
    compare_year = None
    if spec.change:
        if spec.table == "indicators" and year is None and spec.compare_year is None:
            df = df.assign(prev=df["v_m1"].astype(float))  # each sheet's previous year
        else:
            compare_year = spec.compare_year or (year - 1 if year else None)
            before, bvals = _values(base, spec, compare_year, m.column)
            prev = before.assign(prev=bvals.astype(float))[[*_key(spec), "prev"]]
            df = df.merge(prev, on=_key(spec), how="left")
        df["current"] = df["value"]
        df["diff"] = df["current"] - df["prev"]
        df["value"] = df["diff"] / df["prev"].where(df["prev"] != 0) if spec.percent else df["diff"]
    both = df[df["prev"].notna() & df["current"].notna()] if spec.totals else None
    n_scope = len(df)
    checked = df
    if spec.steady:
        df, n_scope, checked = _steady(df, base, spec, year, m.column)
    if spec.change_condition:  # 「前年度比で10%以上増えた」: on the change (a % with percent)
        c = spec.change_condition
        df = df[_OPS[c.op](df["value"].astype(float), c.value) & df["value"].notna()]
    n_judged = int(_at_year(df, "status", "status", year).isin(["達成", "未達成"]).sum()) \
        if spec.table == "indicators" else 0
    if spec.trend:
        df = df[_at_year(df, "trend", "trend_m1", year).isin([spec.trend, spec.trend_or or spec.trend])]
    if spec.trend_before:  # the 推移 a year before: the sheet's previous year column (each sheet's own year - 1)
        df = df[(_at_year(df, "trend", "trend_m1", year - 1) if year else df["trend_m1"]) == spec.trend_before]
    n_turned = len(df)
    df = _filtered(t, df, spec, year)
    if spec.every:
        return every_rows(Result(spec, df, year, scope_jigyo=scope_jigyo), _at_year(df, "status", "status", year))
    counting = spec.aggregate == "count" or spec.missing
    missing = df.iloc[0:0] if counting else df[df["value"].isna()]
    if not counting:
        df = df[df["value"].notna()]
    if spec.change == "increase":
        df = df[df["value"] > 0]
    elif spec.change == "decrease":
        df = df[df["value"] < 0]
    result = Result(spec, df, year, compare_year, n_values=len(df), missing=missing, scope_jigyo=scope_jigyo,
                    n_scope=n_scope, n_judged=n_judged, n_turned=n_turned)
    if (spec.others or spec.steady) and not (spec.group_by or spec.limit or spec.aggregate in ("sum", "mean")):
        # 「繰越がある事業ってある？」「1,000万円以上の細事業は何件」「3年とも95%以上」「減った事業はある？」
        # 「3年連続で増えている事業はどれ」: every row
        # was checked; the others are told too
        result.left_out = _ordered(checked[~checked["cid"].isin(df["cid"]) & checked["value"].notna()], "desc")
    elif spec.unit and (spec.status or spec.trend or spec.better) and not (spec.group_by or spec.limit or spec.aggregate):
        # 「単位が％の指標のうち、達成しているのはどれ」: the others of that unit, told (and cited) beside
        result.left_out = _ordered(checked[~checked.index.isin(df.index)], "desc")
    if both is not None:
        result.change_totals = (float(both["prev"].sum()), float(both["current"].sum()), len(both),
                                [c for c in both["cid"] if c])
    if spec.group_by:
        if spec.group_by == "trend":  # the 推移 at the year asked (each sheet's own year by default)
            df = df.assign(trend_at=_at_year(df, "trend", "trend_m1", year))
        _group(t, spec, df, result, checked)
    else:
        if spec.aggregate == "sum" and spec.measure in POOLED:  # 「執行率は全体で何%」: Σ決算額 ÷ Σ予算現額
            num, den = (df[c].astype(float).sum() for c in POOLED[spec.measure])
            result.scalar = float(num / den) if len(df) and den else None
            result.pooled = (float(num), float(den))
        elif spec.aggregate:
            result.scalar = _aggregate(df["value"], spec.aggregate, len(df))
        if spec.share and spec.aggregate == "sum":  # 「企画振興部の事業は全体の何%」: every 事業's sum too
            w = execute(t, spec.model_copy(update={"bukyoku": [], "jigyo": [], "topic": None, "share": False}))
            result.whole = (w.scalar, w.n_values, [c for c in w.rows["cid"] if c])
        order = spec.order or ("asc" if spec.aggregate == "min" else "desc")
        if spec.change == "decrease":  # 「一番減った」「減った額が大きい順」: the largest decrease first
            order = "asc" if order == "desc" else "desc"
        result.rows = _ordered(df, order)
        if spec.span and not (spec.order or spec.aggregate):  # 「決算額の推移」: each 事業's years in order
            result.rows = result.rows.sort_values(["jigyo_no", "year"], kind="stable").reset_index(drop=True)
    return result


def _filtered(t: Tables, df: pd.DataFrame, spec: QuerySpec, year: int | None) -> pd.DataFrame:
    """The rows the status, direction, conditions, 事業's indicator status, 実施方法 and missing filters keep."""
    if spec.status:
        df = df[_at_year(df, "status", "status", year).isin(spec.statuses())]
    if spec.better:
        df = df[_direction(df) == spec.better]
    for c in spec.conditions:
        cv = _condition_values(t, df, spec, year, MEASURES[c.measure].column)
        df = df[_OPS[c.op](cv.astype(float).fillna(np.nan), c.value) & cv.notna()]
    if spec.has_status:
        df = _with_status(t, df, spec.has_status)
    if spec.method:
        df = df[df["method"] == spec.method]
    if spec.missing:  # missing_any: 「―の年度がある指標」, any of R4–R6 (each sheet's three years), or of missing_years
        if spec.missing_years:
            df = df[np.logical_or.reduce([_indicator_at(df, "value", y).isna() & (df["sheet_year"] - y).between(0, 2)
                                          for y in spec.missing_years])]
        else:
            df = df[df[["v_m2", "v_m1", "value"]].isna().any(axis=1)] if spec.missing_any else df[df["value"].isna()]
    return df


def _condition_values(t: Tables, df: pd.DataFrame, spec: QuerySpec, year: int | None, col: str) -> pd.Series:
    """A condition's figure for each row: the row's own, or (spec.condition_year) its 事業's at that year."""
    if spec.condition_year is None:
        return _values(df, spec, year if spec.table == "indicators" else None, col)[1]
    at, vals = _values(_scope(t.get("costs"), spec, t.about), spec, spec.condition_year, col)
    got = df[["version"]].merge(at.assign(_cv=vals.astype(float))[["version", "_cv"]], on="version", how="left")
    return got["_cv"].set_axis(df.index)


def _group(t: Tables, spec: QuerySpec, df: pd.DataFrame, result: Result, checked: pd.DataFrame) -> None:
    """The groups of ``df`` into ``result``; with having, only the groups with that count (「未達成の指標が1つだけの
    事業」), maybe ranked on money and kept by a cost condition too (「決算が4,000万円以上で、しかも…」); a count per
    部局 of the rows a filter keeps also tells the 部局 of ``checked`` with none (「部局ごとの内訳も」: 0)."""
    result.rows = _grouped(df, spec)
    if spec.group_by == "bukyoku" and spec.aggregate == "count" and not spec.having and \
            (spec.status or spec.trend or spec.conditions or spec.missing):
        result.rows = _with_empty(result.rows, checked)
    result.names = list(dict.fromkeys(df["jigyo_name"].astype(str)))
    if spec.group_by in ("status", "trend"):  # the indicators of each group (the small groups are named)
        result.members = df
    if spec.top_member and not result.rows.empty:  # 「その中で一番大きい細事業も」: of each 事業 with the most
        top = df[df["jigyo_no"].isin(result.ties()["jigyo_no"]) & df["value"].notna()]
        result.members = _ordered(top, "asc" if spec.member_smallest else "desc").groupby("jigyo_no", sort=False).head(1)
    if not spec.having:
        return
    result.rows = result.rows[_OPS[spec.having.op](result.rows["value"].astype(float), spec.having.value)]
    if spec.rank_by:
        result.ranked = _ranked_by(t, spec, result.rows["jigyo_no"])
    if spec.rank_condition:
        c, r = spec.rank_condition, result.ranked
        result.ranked = r[_OPS[c.op](r[MEASURES[c.measure].column].astype(float), c.value)]
        result.rows = result.rows[result.rows["jigyo_no"].isin(result.ranked["jigyo_no"])]
    result.members = _ordered(df[df["jigyo_no"].isin(result.rows["jigyo_no"])], "desc")


def _with_empty(rows: pd.DataFrame, checked: pd.DataFrame) -> pd.DataFrame:
    """The 部局 groups counted, then the 部局 whose rows were checked and none kept: 0, cited to those rows."""
    empty = checked[~checked["bukyoku"].isin(rows["bukyoku"])]
    if empty.empty:
        return rows
    g = empty.groupby("bukyoku", sort=True)
    zero = g.agg(cids=("cid", lambda s: list(dict.fromkeys(c for c in s if c))), jigyo_no=("jigyo_no", "first")).reset_index()
    zero = zero.assign(n=0, value=0, jigyo_name="")
    return pd.concat([rows, zero[[c for c in rows.columns if c in zero.columns]]], ignore_index=True)


def _ranked_by(t: Tables, spec: QuerySpec, jigyo: pd.Series) -> pd.DataFrame:
    """The cost rows of the 事業 a count kept, at ``spec.year`` (else the newest year), on ``spec.rank_by``."""
    costs = t.get("costs")
    costs = costs[costs["latest"] & costs["jigyo_no"].isin(list(jigyo))]
    year = spec.year or (int(costs["year"].max()) if len(costs) else None)
    df = costs[costs["year"] == year]
    df = df.assign(value=df[MEASURES[spec.rank_by].column].astype(float))
    return _ordered(df[df["value"].notna()], spec.order or "desc")


def _direction(df: pd.DataFrame) -> pd.Series:
    """Each indicator's direction as its own sheet tells it: 達成 above the target (or 未達成 below it) is
    better higher; 達成 below (未達成 above) better lower; otherwise the 推移 against the year before tells it (a fall
    marked ↗ is better lower); exactly on the target without either, unknown."""
    ach, status = df["achievement"].astype(float), df["status"]
    up = ((status == "達成") & (ach > 1)) | ((status == "未達成") & (ach < 1))
    down = ((status == "達成") & (ach < 1)) | ((status == "未達成") & (ach > 1))
    # no status telling it (「概ね達成」, ―): the 推移 does, against the year before (38 after 47 marked ↗ is lower)
    actual = df["actual"] if "actual" in df else df["value"]  # the figure, not the measure ranked (達成率)
    step, trend = actual.astype(float) - df["v_m1"].astype(float), df["trend"]
    told = up | down
    up = up | (~told & (((step > 0) & (trend == "↗")) | ((step < 0) & (trend == "↘"))))
    down = down | (~told & (((step < 0) & (trend == "↗")) | ((step > 0) & (trend == "↘"))))
    return pd.Series(np.where(up, "higher", np.where(down, "lower", "")), index=df.index)


def _steady(df: pd.DataFrame, base: pd.DataFrame, spec: QuerySpec, year: int | None, col: str) -> tuple:
    """(the rows whose figure rose (fell) every year, how many rows have all three years, those rows): the three
    years ending at ``year`` (an indicator's own R4/R5/R6 columns); ``v2``/``v1`` keep the two
    earlier figures for the answer."""
    if spec.table == "indicators":
        df = df.assign(v2=df["v_m2"].astype(float), v1=df["v_m1"].astype(float))
    else:
        for back, name in ((1, "v1"), (2, "v2")):
            before, bvals = _values(base, spec, year - back if year else None, col)
            df = df.merge(before.assign(**{name: bvals.astype(float)})[[*_key(spec), name]], on=_key(spec), how="left")
    years = ["v1", "value"] if spec.held_years == 2 else ["v2", "v1", "value"]  # 「R4とR5の2年続けて」: two
    full = df[df[years].notna().all(axis=1)]
    if spec.steady == "held":  # each year's figure meets the conditions on the measure
        held = pd.Series(True, index=df.index)
        for c in (c for c in spec.conditions if c.measure == spec.measure):
            held &= np.logical_and.reduce([_OPS[c.op](df[v].astype(float), c.value) for v in years])
        return df[held & df.index.isin(full.index)], len(full), full
    up = (df["v2"] < df["v1"]) & (df["v1"] < df["value"])
    down = (df["v2"] > df["v1"]) & (df["v1"] > df["value"])
    return df[up if spec.steady == "increase" else down], len(full), full


def _aggregate(values: pd.Series, how: str, n: int) -> float | None:
    if how == "count":
        return float(n)
    if values.dropna().empty:
        return None
    return float(getattr(values, how)())


def _with_status(t: Tables, df: pd.DataFrame, status: str) -> pd.DataFrame:
    """The money rows of the 事業 with an indicator of ``status`` (at its sheet's year; 全部達成: every one 達成,
    達成なし: none; 未達成なし: none 未達成), each with those indicators' chunk ids (``status_cids``: the row cites them too) and their
    number (``n_status``)."""
    ind = t.get("indicators")
    ind = ind[ind["latest"]]
    if status in ("全部達成", "達成なし", "未達成なし"):  # a property of all the 事業's indicators: each one is cited
        met = ind.assign(met=ind["status"] == ("未達成" if status == "未達成なし" else "達成")).groupby("jigyo_no")["met"]
        keep = met.all() if status == "全部達成" else ~met.any()
        ind = ind[ind["jigyo_no"].isin(keep[keep].index)]
    else:
        ind = ind[ind["status"] == status]
    by = ind.groupby("jigyo_no")["cid"].agg(lambda s: list(dict.fromkeys(c for c in s if c)))
    df = df[df["jigyo_no"].isin(by.index)]
    return df.assign(status_cids=df["jigyo_no"].map(by), n_status=df["jigyo_no"].map(ind.groupby("jigyo_no").size()))


def _ordered(df: pd.DataFrame, order: str) -> pd.DataFrame:
    extra = df["status_cids"] if "status_cids" in df else pd.Series([[]] * len(df), index=df.index)
    df = df.assign(cids=[([c] if c else []) + list(x) for c, x in zip(df["cid"], extra)])
    return df.sort_values(["value", "jigyo_no"], ascending=[order == "asc", True], kind="stable",
                          na_position="last").reset_index(drop=True)


def _grouped(df: pd.DataFrame, spec: QuerySpec) -> pd.DataFrame:
    key = {"bukyoku": "bukyoku", "jigyo": "jigyo_no", "year": "year", "method": "method", "status": "status",
           "trend": "trend_at"}[spec.group_by]
    how = spec.aggregate or "sum"
    g = df.groupby(key, sort=False)
    firsts = {c: (c, "first") for c in ("jigyo_name", "bukyoku", "jigyo_no") if c != key}
    out = g.agg(n=("value", "size"), cids=("cid", lambda s: list(dict.fromkeys(c for c in s if c))), **firsts)
    out["value"] = g["value"].size() if how == "count" else getattr(g["value"], how)()
    out = out.reset_index()
    if key != "jigyo_no":
        out["jigyo_name"] = ""
    order = spec.order or "desc"
    return out.sort_values(["value", key], ascending=[order == "asc", True], kind="stable").reset_index(drop=True)

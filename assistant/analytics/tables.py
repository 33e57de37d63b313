"""The structured sheets as three pandas tables: indicators, cost rows and 細事業 rows.

Built from the snapshot's parsed sheet records (never from chunks), once per snapshot
generation (:meth:`Snapshot.derived`).  Each row keeps the printed text of its figures
next to the parsed number (:func:`ingest.form.to_float`: ``△`` negative, ``―`` missing,
full-width digits, units dropped), so an answer can quote the sheet exactly (full-width
digits and separators written half-width: 「２，４１８」 is quoted 「2,418」), and a missing
figure stays ``NaN`` (never zero).

The form's year columns are positional: a sheet "令和N年度実施事業分" reports the
years N-2, N-1 and N (``r4``, ``r5``, ``r6`` in :class:`ingest.form.Indicator` and
``DetailRow``), so every row carries its real fiscal year.

Each row also carries the id of the chunk it is cited by (section 4 per indicator,
section 6 per sheet, ``detail`` per 細事業), so an answer cites a row exactly as
``kaizen ask --json`` does (page, bbox, quote).

Why pandas: it is already installed with gradio (no new weight), its group-by, sort
and ranking do the arithmetic the questions need, and the same DataFrames feed
``gr.Dataframe`` and the .xlsx/.csv export.
"""

from __future__ import annotations

from dataclasses import dataclass, field


from ingest.form import SEC_ANALYSIS, SEC_COST, SEC_DETAIL, SEC_INDICATORS, nfkc, parse_year, reiwa, to_float


class _Pandas:
    """pandas, imported on first use: the package is imported by every question (its planner
    decides whether a question is an analytics one), pandas (~0.4 s) only when tables are built."""

    def __getattr__(self, name: str):
        import pandas

        return getattr(pandas, name)


pd = _Pandas()

# Display columns of each table: key -> Japanese header (``kaizen table`` and the UI use them).
INDICATOR_COLUMNS = {
    "jigyo_no": "事業番号", "jigyo_name": "事業名", "bukyoku": "部局", "ka": "課", "sheet_year": "シート年度",
    "indicator_no": "指標番号", "indicator": "指標", "unit": "単位", "v_m2": "前々年度実績", "v_m1": "前年度実績",
    "value": "実施年度実績", "target": "目標", "trend_m1": "前年度推移", "trend": "推移", "status": "達成状況",
    "achievement": "達成率（実績÷目標）",
}
COST_COLUMNS = {
    "jigyo_no": "事業番号", "jigyo_name": "事業名", "bukyoku": "部局", "ka": "課", "sheet_year": "シート年度",
    "year": "年度", "carryover": "前年度繰越（千円）", "initial": "当初予算（千円）", "supplementary": "補正予算等（千円）",
    "total": "予算現額（千円）", "general": "一般財源（千円）", "settlement": "決算額（千円）", "staff": "職員数（人）",
    "exec_rate": "執行率（決算額÷予算現額）", "general_ratio": "一般財源の割合（一般財源÷予算現額）",
    "unused": "不用額（予算現額−決算額・千円）",
}
DETAIL_COLUMNS = {
    "jigyo_no": "事業番号", "jigyo_name": "事業名", "bukyoku": "部局", "ka": "課", "sheet_year": "シート年度",
    "detail_no": "細事業番号", "detail": "細事業名", "year": "年度", "settlement": "決算額（千円）",
}
ITEM_COLUMNS = {
    "jigyo_no": "事業番号", "jigyo_name": "事業名", "bukyoku": "部局", "ka": "課", "sheet_year": "シート年度",
    "detail_no": "細事業番号", "detail": "細事業名", "item_no": "取組番号", "item": "取組", "method": "実施方法",
}
TABLE_COLUMNS = {"indicators": INDICATOR_COLUMNS, "costs": COST_COLUMNS, "details": DETAIL_COLUMNS,
                 "items": ITEM_COLUMNS}
COST_FIGURES = ("carryover", "initial", "supplementary", "total", "general", "settlement", "staff")
SHEET_KEYS = ("version", "jigyo_no", "jigyo_name", "bukyoku", "ka", "sheet_year", "latest")


@dataclass
class Tables:
    """The three tables of one snapshot generation (every sheet version; ``latest`` marks
    each 事業's newest sheet, the one the analytics answers read)."""

    indicators: pd.DataFrame
    costs: pd.DataFrame
    details: pd.DataFrame
    items: pd.DataFrame  # the 取組 of each 細事業 with their 実施方法 (補助・委託・直接…), cited by the 細事業 row
    # version -> (事業名 部局 課, 目的) (NFKC): what a topic (「福祉関係の事業」) is looked up in
    about: dict = field(default_factory=dict)

    def get(self, name: str) -> pd.DataFrame:
        return {"indicators": self.indicators, "costs": self.costs, "details": self.details, "items": self.items}[name]


def tables(snap) -> Tables:
    """The tables of ``snap`` (built once per generation)."""
    return snap.derived("analytics_tables", lambda: build_tables(snap))


def _chunk_ids(snap) -> dict[tuple, str]:
    """(version, section, indicator or 細事業 no) -> chunk id, for the sections rows are cited by."""
    out: dict[tuple, str] = {}
    for cid, c in snap.chunks.items():
        m = c.meta
        sec = m.get("section")
        if sec in (SEC_INDICATORS, SEC_ANALYSIS):
            out.setdefault((m.get("version"), sec, m.get("indicator") or 0), cid)
        elif sec == SEC_COST:
            out.setdefault((m.get("version"), sec, 0), cid)
        elif sec == SEC_DETAIL:
            out.setdefault((m.get("version"), sec, m.get("detail_no") or 0), cid)
    return out


def _sheets(snap) -> list[dict]:
    """One dict per sheet version: its identity, and its rows as printed."""
    newest: dict[str, tuple[int, str]] = {}
    for v, rec in snap.records.items():
        no, fy = rec["sheet"]["jigyo_no"], rec.get("fiscal_year") or 0
        if no not in newest or (fy, v) > newest[no]:
            newest[no] = (fy, v)
    latest = {v for _, v in newest.values()}
    out = []
    for v, rec in snap.records.items():
        s = rec["sheet"]
        out.append({"version": v, "jigyo_no": s.get("jigyo_no", ""), "jigyo_name": s.get("jigyo_name", ""),
                    "bukyoku": s.get("bukyoku", ""), "ka": s.get("ka", ""), "sheet_year": rec.get("fiscal_year") or 0,
                    "latest": v in latest, "indicators": s.get("indicators") or [], "cost": s.get("cost") or [],
                    "detail": s.get("detail") or [],
                    "about": (nfkc(" ".join([s.get("jigyo_name", ""), s.get("bukyoku", ""), s.get("ka", "")])),
                              nfkc(" ".join(str(x) for x in s.get("s2") or []))),
                    "items": [{**it, "detail_no": d.get("no"), "detail_name": d.get("name", "")}
                              for d in s.get("detail") or [] for it in d.get("items") or []]})
    return out


# Full-width digits and separators of a printed figure, written half-width (「２，４１８」 -> 「2,418」).
_HALF_WIDTH = str.maketrans("０１２３４５６７８９，．", "0123456789,.")


def _printed(series: pd.Series) -> pd.Series:
    """A figure's printed text, its digits half-width, so the answer's figures read alike."""
    return series.fillna("").map(lambda t: t.translate(_HALF_WIDTH) if isinstance(t, str) else t)


def _num(series: pd.Series) -> pd.Series:
    """Printed figures -> floats (NaN when missing: ``―``, blank, unreadable)."""
    return pd.to_numeric(series.map(to_float), errors="coerce")


def _year_of(label: str) -> int:
    try:
        return parse_year(label) or 0
    except ValueError:
        return 0


def _normalized(sheets: list[dict], path: str, columns: list[str]) -> pd.DataFrame:
    """The nested rows at ``path`` of every sheet, flat, with the sheet's keys beside them."""
    df = pd.json_normalize(sheets, record_path=path, meta=list(SHEET_KEYS), errors="ignore")
    if df.empty:
        return pd.DataFrame(columns=[*SHEET_KEYS, *columns])
    return df


def build_tables(snap) -> Tables:
    """Build the three tables from ``snap.records`` (see module doc)."""
    sheets = _sheets(snap)
    cids = _chunk_ids(snap)
    about = {s["version"]: s["about"] for s in sheets}
    return Tables(*(_plain(df) for df in (_indicators(sheets, cids), _costs(sheets, cids), _details(sheets, cids),
                                          _items(sheets, cids))), about=about)


def _plain(df: pd.DataFrame) -> pd.DataFrame:
    """Text columns as plain Python objects: answers read rows one by one, and pandas' string
    arrays are slow at that (10x at 1,000 sheets)."""
    text = [c for c in df.columns if df[c].dtype.kind not in "fiub"]
    return df.astype({c: object for c in text}) if text else df


def _indicators(sheets: list[dict], cids: dict) -> pd.DataFrame:
    raw = _normalized(sheets, "indicators", ["no", "name", "unit", "r4", "r5", "r6", "r6_target", "r5_trend",
                                             "r6_trend", "status"])
    df = pd.DataFrame({k: raw[k] for k in SHEET_KEYS})
    df["indicator_no"] = raw["no"].astype(int)
    df["indicator"] = raw["name"].fillna("")
    df["unit"] = raw["unit"].fillna("")
    for col, src in (("v_m2", "r4"), ("v_m1", "r5"), ("value", "r6"), ("target", "r6_target")):
        df[col + "_text"] = _printed(raw[src])
        df[col] = _num(raw[src])
    df["trend_m1"] = raw["r5_trend"].fillna("")
    df["trend"] = raw["r6_trend"].fillna("")
    df["status"] = raw["status"].fillna("")
    df["achievement"] = df["value"] / df["target"].where(df["target"] != 0)
    df["cid"] = [cids.get((v, SEC_INDICATORS, n)) for v, n in zip(df["version"], df["indicator_no"])]
    # its 要因分析 (section 8), cited with the row when the reason is asked (「理由も教えて」)
    df["reason_cid"] = [cids.get((v, SEC_ANALYSIS, n)) for v, n in zip(df["version"], df["indicator_no"])]
    return df.reset_index(drop=True)


def _costs(sheets: list[dict], cids: dict) -> pd.DataFrame:
    raw = _normalized(sheets, "cost", ["year", *COST_FIGURES])
    df = pd.DataFrame({k: raw[k] for k in SHEET_KEYS})
    df["year"] = raw["year"].fillna("").map(_year_of).astype(int)
    df["year_label"] = raw["year"].fillna("")
    for col in COST_FIGURES:
        df[col + "_text"] = _printed(raw[col])
        df[col] = _num(raw[col])
    total = df["total"].where(df["total"] != 0)
    df["exec_rate"] = df["settlement"] / total
    df["general_ratio"] = df["general"] / total
    df["unused"] = df["total"] - df["settlement"]
    df["per_staff"] = df["settlement"] / df["staff"].where(df["staff"] != 0)  # 0 or ― staff: missing, not infinite
    df["cid"] = [cids.get((v, SEC_COST, 0)) for v in df["version"]]
    return df.reset_index(drop=True)


def _details(sheets: list[dict], cids: dict) -> pd.DataFrame:
    raw = _normalized(sheets, "detail", ["no", "name", "r4", "r5", "r6"])
    base = pd.DataFrame({k: raw[k] for k in SHEET_KEYS})
    base["detail_no"] = raw["no"].astype(int)
    base["detail"] = raw["name"].fillna("")
    parts = []
    for col, back in (("r4", 2), ("r5", 1), ("r6", 0)):  # the three positional year columns
        part = base.copy()
        part["year"] = part["sheet_year"] - back
        part["settlement_text"] = _printed(raw[col])
        part["settlement"] = _num(raw[col])
        parts.append(part)
    df = pd.concat(parts, ignore_index=True) if parts else base
    df["year_label"] = df["year"].map(lambda y: f"{reiwa(y)}年度" if y else "")
    df["cid"] = [cids.get((v, SEC_DETAIL, n)) for v, n in zip(df["version"], df["detail_no"])]
    # 「最大の細事業が事業全体の何割」: each 事業's largest 細事業's share of its 細事業' sum that year (others: none)
    g = df.groupby(["version", "year"])["settlement"]
    total, top = g.transform("sum"), g.transform("max")
    df["top_share"] = (df["settlement"] / total.where(total != 0)).where(df["settlement"] == top)
    df["detail_total"] = total
    return df.sort_values(["jigyo_no", "sheet_year", "detail_no", "year"], kind="stable").reset_index(drop=True)


def _items(sheets: list[dict], cids: dict) -> pd.DataFrame:
    raw = _normalized(sheets, "items", ["no", "name", "method", "detail_no", "detail_name"])
    df = pd.DataFrame({k: raw[k] for k in SHEET_KEYS})
    df["detail_no"] = raw["detail_no"].fillna(0).astype(int)
    df["detail"] = raw["detail_name"].fillna("")
    df["item_no"] = raw["no"].fillna(0).astype(int)
    df["item"] = raw["name"].fillna("")
    df["method"] = raw["method"].fillna("").map(lambda m: str(m).strip())
    df["n"] = 1.0  # each row is one 取組: counted or summed alike, listed in sheet order
    df["cid"] = [cids.get((v, SEC_DETAIL, n)) for v, n in zip(df["version"], df["detail_no"])]
    return df.reset_index(drop=True)


def display_frame(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with the display columns of table ``name`` under their Japanese headers
    (years as 和暦 labels: R6年度)."""
    cols = TABLE_COLUMNS[name]
    out = df[[c for c in cols if c in df.columns]].copy()
    for c in ("sheet_year", "year"):
        if c in out.columns:
            out[c] = out[c].map(lambda y: f"{reiwa(int(y))}年度" if y else "")
    for c in out.columns:  # whole 千円 amounts as integers (missing stays empty, not 0)
        if out[c].dtype.kind == "f" and out[c].dropna().map(float.is_integer).all() and c not in ("staff",):
            out[c] = out[c].astype("Int64")
    return out.rename(columns=cols)

"""An analytics answer in words: one sentence with the result, the top rows (each cited to
its sheet's section), the total count, ties and missing values stated.

Figures of one sheet row are quoted as printed (``171,882千円``); computed figures (a
sum, a mean, a rate, a change) are formatted here: money and counts with thousands
separators, ratios as percentages with one decimal.  The rows themselves go to the
JSON (``rows``), the UI table and chart, and the .xlsx/.csv download.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from ingest.form import reiwa

from ..types import Citation, citation_from_chunk
from .every import every_lead
from .execute import POOLED, Result
from .counts import AGG_WORDS as _AGG_WORDS
from .counts import change_total_lead as _change_total_lead
from .counts import count_lead as _count_lead
from .counts import (few, having_lead, having_lines, left_out, list_total, members, negatives, plain_lead,
                     ranked_lead, share_lead, top_member, top_too, unit_of, vs_mean)
from .counts import of_scope as _of
from .figures import denied_verb, fmt, pair_gap as _gap, row_figure, row_name, scope_words, what_words, year_words
from .spec import MEASURES, QuerySpec

SHOWN_ROWS = 10  # rows told in the answer text (the JSON and the UI table hold every row)
SHOWN_GROUPS = 20  # groups (部局, 年度) are few: all of them, up to this many
MAX_CITATIONS = 60
_CHANGE_VERBS = ({"increase": "増えた", "decrease": "減った"}, {"increase": "上がった", "decrease": "下がった"})  # money, a rate
_GROUP_WORDS = {"bukyoku": "部局", "jigyo": "事業", "year": "年度", "method": "実施方法", "status": "達成状況", "trend": "推移"}


@dataclass
class Table:
    """The answer's table: Japanese headers, rows of display strings (with the citation
    numbers of each row), and what a chart of it is."""

    columns: list[str]
    rows: list[list]
    chart: str  # "bar" | "" (no picture reads faster)
    value_label: str
    values: list[float] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    total: int = 0

    def to_dict(self) -> dict:
        return {"columns": self.columns, "rows": self.rows, "chart": self.chart, "value_label": self.value_label,
                "values": self.values, "labels": self.labels, "total": self.total}


class Cited:
    """Numbered citations in order of first use (capped)."""

    def __init__(self, snap) -> None:
        self.snap = snap
        self.items: list[Citation] = []
        self._n: dict[str, int] = {}

    def marks(self, cids) -> str:
        out = []
        for cid in cids:
            if cid not in self._n:
                if len(self.items) >= MAX_CITATIONS or cid not in self.snap.chunks:
                    continue
                self._n[cid] = len(self.items) + 1
                self.items.append(citation_from_chunk(self.snap, cid, self._n[cid]))
            out.append(f"[{self._n[cid]}]")
        return "".join(out[:5]) + ("…" if len(out) > 5 else "")

    def known(self, cids) -> str:
        """The marks of rows already cited in the text (none added)."""
        return "".join(f"[{self._n[c]}]" for c in cids[:5] if c in self._n)


def _group_label(r, spec: QuerySpec) -> str:
    if spec.group_by == "year":
        return f"{reiwa(int(r['year']))}年度"
    if spec.group_by == "jigyo":
        return f"{r['jigyo_name']}（{r['jigyo_no']}）"
    if spec.group_by in ("method", "status", "trend"):
        return f"「{r['trend_at' if spec.group_by == 'trend' else spec.group_by] or '―'}」"
    return str(r["bukyoku"])


def _lead(res: Result, shown: pd.DataFrame, cited: Cited) -> str:
    """The one sentence that answers."""
    spec = res.spec
    what, when = what_words(spec, res), year_words(res)
    scope = scope_words(spec)
    subject = _subject(spec)
    if spec.every:
        return every_lead(res, cited.marks, scope)
    if spec.having:
        return having_lead(res, scope, subject, when) + ranked_lead(res, cited.marks)
    if spec.steady:
        return _steady_lead(res, scope, subject)
    if res.rows.empty and res.scalar is None:
        return f"{scope}{subject}（{when}の{what}）は、取り込まれたシートにはありません。"
    if spec.group_by:
        key = _GROUP_WORDS[spec.group_by]
        agg = _AGG_WORDS[spec.aggregate or "sum"]
        ties = res.ties()
        best = "・".join(_group_label(r, spec) for _, r in ties.iterrows())
        top = ("低い" if spec.order == "asc" else "高い") if MEASURES[spec.measure].ratio and spec.aggregate != "count" \
            else ("少ない" if spec.order == "asc" else "多い")
        val = _group_value(ties.iloc[0], spec)
        if spec.aggregate == "count":  # the total first: 「全部でいくつ、どこが一番多い」
            return (f"{scope}{subject}は全部で{int(res.rows['value'].sum()):,}件です。{key}ごとに数えると次のとおりで"
                    f"（{len(res.rows)}{key}）、最も{top}のは{best}（{val}）です。{top_member(res, cited.marks)}")
        head = f"{_of(scope, subject)}{members(res)}{when}の{what}の{key}ごとの{agg}は次のとおりです"
        return f"{head}（{len(res.rows)}{key}）。最も{top}のは{best}（{val}）です。" + _other_end(res, spec, top) + _gap(res)
    if spec.aggregate == "count":
        return _count_lead(res, scope, subject, when, what, cited.marks)
    if spec.aggregate in ("sum", "mean") and spec.change and res.compare_year:
        return _change_total_lead(res, scope, subject, when)
    if res.pooled is not None:
        return _pooled_lead(res, scope, subject, when, what)
    if res.whole is not None:
        return share_lead(res, scope, subject, when, what, cited.marks)
    if spec.aggregate:
        agg = _AGG_WORDS[spec.aggregate]
        unit = _row_unit(res)
        both = ""  # a sum and a mean are asked together as often as alone: tell the other one too
        if spec.aggregate in ("sum", "mean") and not MEASURES[spec.measure].ratio and res.n_values > 1:
            vals = res.rows["value"].astype(float)
            both = f"、1{unit}あたりの平均は{fmt(vals.mean(), spec.measure, quotient=True)}" if spec.aggregate == "sum" else \
                f"、合計は{fmt(vals.sum(), spec.measure)}"
        return (f"{_of(scope, subject)}{when}の{what}の{agg}は{fmt(res.scalar, spec.measure, quotient=agg == '平均')}{both}です"
                f"（値のある{res.n_values:,}{unit}から計算）。{top_too(res, cited.marks)}{vs_mean(res, cited.marks)}")
    if spec.change and res.compare_year:
        when = ""  # the label already says 「R5年度からR6年度への」
    about = f"{when}の{what}" if when else what
    if spec.order and spec.limit:
        ties = res.ties()
        top_n = max(spec.limit, len(ties)) if spec.limit == 1 else spec.limit
        high = _high_word(spec)
        if spec.extremes:
            return _extremes(res, spec, cited, f"{_of(scope, subject)}{about}", subject)
        if spec.limit == 1:
            names = "と".join(row_name(r, spec.table) for _, r in ties.iterrows())
            figs = "、".join(f"{row_figure(r, spec, res)}{cited.marks(r['cids'])}" for _, r in ties.iterrows())
            tie = f"（{len(ties)}件が同じ値）" if len(ties) > 1 else ""
            return f"{_of(scope, subject)}{about}が最も{high}{subject}は{names}で、{figs}です{tie}。{_gap(res)}" + \
                negatives(res, subject, cited.marks)
        return (f"{_of(scope, subject)}{about}が{high}順の上位{min(top_n, len(res.rows))}件は次のとおりです"
                f"（全{len(res.rows):,}件）。{_cut_ties(res, spec)}{negatives(res, subject, cited.marks)}")
    if spec.missing:
        return f"{when}の{scope}指標は{len(res.rows):,}件です。"  # 「実績がまだ出ていない指標ってある？」
    if spec.order and not spec.change and spec.table == "indicators" and (spec.trend or spec.status):
        return f"{when}の{scope}指標は{len(res.rows):,}件です（{unit_of(res)}{what}の大きい順）。"  # 「↘の指標を全部挙げて」
    if spec.order and not spec.change:
        big = "小さい" if spec.order == "asc" else "大きい"
        return f"{_of(scope, subject)}{when}の{what}を{subject}ごとに{big}順に示します（全{len(res.rows):,}件）。{list_total(res)}{_gap(res)}"
    if spec.span and not (spec.order or spec.aggregate or spec.change or spec.conditions):  # 「決算額の推移」
        n = res.rows["jigyo_no"].nunique()
        return f"{_of(scope, subject)}{when}の{what}の推移を{subject}ごとに年度順に示します（{n:,}事業、全{len(res.rows):,}件）。"
    if spec.change and res.compare_year:
        verb = denied_verb(spec) or _CHANGE_VERBS[bool(MEASURES[spec.measure].ratio)].get(spec.change, "増減した")
        label = MEASURES[spec.measure].label.split("（")[0]
        if spec.named:  # 「AとBの伸びを比べて」: each named row's change, side by side
            return f"質問に挙がった{len(res.rows)}{subject}の、{what}は次のとおりです（増えた順）。"
        return (f"{scope}{subject}のうち、{reiwa(res.compare_year)}年度から{year_words(res)}にかけて{label}が{verb}のは"
                f"{len(res.rows):,}件です。")
    return plain_lead(res, scope, subject, when, what, cited.marks)


def _steady_lead(res: Result, scope: str, subject: str) -> str:
    """「ずっと増え続けている事業」: how many rose (fell) every year, of those with all three years."""
    spec, n = res.spec, res.spec.held_years or 3
    since = f"{reiwa(res.year - n + 1)}年度から{reiwa(res.year)}年度まで" if res.year else "各シートのR4→R5→R6で"
    verb = "増えた" if spec.steady == "increase" else "減った"
    label = MEASURES[spec.measure].label.split("（")[0].removeprefix(f"{subject}の")
    if spec.steady == "held":  # 「3年とも執行率95%以上」: the scope already names the condition
        return (f"{subject}のうち、{since}の{n}年度とも{scope.removesuffix('の')}なのは"
                f"{len(res.rows):,}件です（{n}年度とも値のある{res.n_scope:,}件中）。")
    return (f"{scope}{subject}のうち、{since}毎年{label}が{verb}のは"
            f"{len(res.rows):,}件です（3年度とも値のある{res.n_scope:,}件中）。")


def _cut_ties(res: Result, spec: QuerySpec) -> str:
    """「上位2件」 where the 2nd and 3rd share a value: says so, rather than picking one."""
    vals = res.rows["value"].astype(float).tolist()
    n = spec.limit or 0
    if n < 1 or len(vals) <= n or abs(vals[n - 1] - vals[n]) > 1e-9:
        return ""
    tied = [i for i, v in enumerate(vals) if abs(v - vals[n - 1]) <= 1e-9]
    names = "と".join(row_name(res.rows.iloc[i], spec.table) for i in tied)
    return (f"{tied[0] + 1}位は{names}が同じ値（{len(tied)}件）のため1つに絞れません"
            f"（上位{n}件には同じ値の{len(tied)}件をすべて含めて示します）。")


def _pooled_lead(res: Result, scope: str, subject: str, when: str, what: str) -> str:
    """A ratio over every row (「執行率は全体で何%」): the sums divided, both sums told."""
    num, den = (MEASURES[c].label for c in POOLED[res.spec.measure])
    return (f"{_of(scope, subject)}{when}の{what}を全体で見ると{fmt(res.scalar, res.spec.measure)}です"
            f"（{num}の合計{fmt(res.pooled[0], 'settlement')} ÷ {den}の合計{fmt(res.pooled[1], 'settlement')}、"
            f"値のある{res.n_values:,}事業から計算）。")


def _subject(spec: QuerySpec) -> str:
    """What the rows are: 指標, 細事業, 事業, or (「△になった年が一番多い事業」: each 事業's years counted) 年度."""
    if spec.table == "costs" and spec.span and spec.group_by and spec.aggregate == "count":
        return "年度"
    return {"indicators": "指標", "details": "細事業", "costs": "事業", "items": "細事業の取組"}[spec.table]


def _row_unit(res: Result) -> str:
    """What an aggregate's rows are: 指標・細事業 (件), 事業, or one 事業's years (「〇〇事業費の3年間の平均」)."""
    if res.spec.table != "costs":
        return "件"
    return "年度" if res.spec.span and res.rows["jigyo_no"].nunique() == 1 else "事業"


def _high_word(spec: QuerySpec) -> str:
    """How the order reads: 高い/低い (ratios, rates), 大きい/小さい (money), 多い/少ない (people, counts)."""
    m = MEASURES[spec.measure]
    if spec.percent and spec.change == "decrease":  # 「減少率が最も大きい」
        return "小さい" if spec.order == "asc" else "大きい"
    if m.ratio or spec.percent:
        return "低い" if spec.order == "asc" else "高い"
    if any(c.measure == spec.measure and c.op == "<" and c.value == 0 for c in spec.conditions):
        return "大きく減額された" if spec.order == "asc" else "小さく減額された"  # △ rows: the most negative first
    if m.unit in ("人", "件"):
        return "少ない" if spec.order == "asc" else "多い"
    return "小さい" if spec.order == "asc" else "大きい"


def _plain_list(spec: QuerySpec) -> bool:
    """Rows kept by a filter and listed whole (「↘の指標」「実績が―の指標」): no rank numbers."""
    return (spec.table == "indicators" and not spec.limit and bool(spec.trend or spec.status or spec.missing)) or \
        (bool(spec.steady) and not spec.limit)


def _other_end(res: Result, spec: QuerySpec, top: str) -> str:
    """「一番大きい部局と一番小さい部局」: the group at the other end too (ties named together)."""
    if not spec.extremes or len(res.rows) < 2:
        return ""
    last = res.rows[res.rows["value"] == res.rows["value"].iloc[-1]]
    low = {"高い": "低い", "低い": "高い", "多い": "少ない", "少ない": "多い"}[top]
    names = "・".join(_group_label(r, spec) for _, r in last.iterrows())
    return f"最も{low}のは{names}（{_group_value(last.iloc[0], spec)}）です。"


def _extremes(res: Result, spec: QuerySpec, cited: Cited, about: str, subject: str) -> str:
    """「一番高いのと一番低いのは」: both ends of the ordering, ties stated at each end."""
    ratio = MEASURES[spec.measure].ratio
    ends = []
    for word, rows in (("高い" if ratio else "大きい", res.ties()),
                       ("低い" if ratio else "小さい", _bottom_ties(res.rows))):
        names = "と".join(row_name(r, spec.table) for _, r in rows.iterrows())
        figs = "、".join(f"{row_figure(r, spec, res)}{cited.marks(r['cids'])}" for _, r in rows.iterrows())
        ends.append(f"最も{word}{subject}は{names}で{figs}")
    return f"{about}は、{ends[0]}、{ends[1]}です（値のある{len(res.rows):,}件から）。"


def _bottom_ties(rows: pd.DataFrame) -> pd.DataFrame:
    last = float(rows["value"].iloc[-1])
    return rows[(rows["value"].astype(float) - last).abs() <= 1e-9].iloc[::-1]


def _group_value(r, spec: QuerySpec) -> str:
    if spec.aggregate == "count":
        return f"{int(r['value']):,}件"
    return f"{fmt(r['value'], spec.measure)}、{int(r['n'])}件"


def _lines(res: Result, shown: pd.DataFrame, cited: Cited) -> list[str]:
    spec = res.spec
    out = []
    for i, (_, r) in enumerate(shown.iterrows(), start=1):
        if spec.group_by:
            out.append(f"・{_group_label(r, spec)}：{_group_value(r, spec)}{few(res, r)}{cited.marks(r['cids'])}")
        else:
            where = f"（{r['bukyoku']}）" if spec.table == "costs" else ""
            rank = f"{i}位 " if spec.order and not _plain_list(spec) else ""
            out.append(f"・{rank}{row_name(r, spec.table, spec.span)}{where}：{row_figure(r, spec, res)}"
                       f"{cited.marks(r['cids'])}")
            if spec.reasons and r.get("reason_cid") in cited.snap.chunks:
                out.append(f"　要因分析：「{_reason(cited.snap.chunks[r['reason_cid']].text, r['indicator'])}」"
                           f"{cited.marks([r['reason_cid']])}")
    return out


def _reason(text: str, indicator: str, limit: int = 160) -> str:
    """The 要因分析 of one indicator as written (after its heading 「指標③ name（unit）」), cut at a sentence."""
    at = text.find(indicator)
    body = text[at + len(indicator):] if at >= 0 else text
    body = re.sub(r"\s*\n\s*", "", re.sub(r"^\s*[（(][^）)]*[）)]", "", body)).strip()
    if len(body) <= limit:
        return body
    cut = body.rfind("。", 0, limit)
    return body[:cut + 1] if cut > 0 else body[:limit] + "…"


def _notes(res: Result) -> list[str]:
    spec = res.spec
    notes = []
    limit = SHOWN_GROUPS if spec.group_by else SHOWN_ROWS
    if res.total > limit:
        notes.append(f"（全{res.total:,}件のうち上位{limit}件を表示。表と.xlsx/.csvに全件があります）")
    if len(res.missing):
        names = "、".join(dict.fromkeys(res.missing["jigyo_name"].astype(str)))
        when = year_words(res)
        notes.append(f"値が記載されていない（―・空欄）ため計算から除いたもの：{len(res.missing)}件（{names[:200]}"
                     f"{'…' if len(names) > 200 else ''}）。{when}の値がないものは0とはみなしていません。")
    if MEASURES[spec.measure].ratio and spec.measure != "achievement":
        notes.append(f"{MEASURES[spec.measure].label.split('（')[0]}は{MEASURES[spec.measure].label.split('（')[1][:-1]}で計算した値です。")
    notes.append("集計の対象は各事業の最新のシートです（計算の条件は回答の query を参照）。")
    return notes


def compose(snap, res: Result) -> tuple[str, list[Citation], Table]:
    """(answer text, citations, table) of ``res``."""
    cited = Cited(snap)
    spec = res.spec
    shown = res.rows.head(SHOWN_GROUPS if spec.group_by else SHOWN_ROWS)
    lead = _lead(res, shown, cited)
    if spec.every:
        return lead + "\n" + _notes(res)[-1], cited.items, make_table(res, cited)
    lines = [] if (spec.aggregate == "count" and not spec.group_by and res.total > SHOWN_ROWS * 3) else \
        (having_lines(res, cited.marks)[:SHOWN_ROWS * 3] if spec.having else _lines(res, shown, cited))
    if lines and not (spec.group_by or spec.limit) and SHOWN_ROWS < res.total <= SHOWN_ROWS * 3:
        # every row is the answer (a count, a list), not only the top: the rest named briefly with their figure
        # (the ones nearest a threshold are among them), each cited
        lines.append("・ほかに：" + "、".join(f"{row_name(r, spec.table, spec.span)}（{row_figure(r, spec, res)}）"
                                         f"{cited.marks(r['cids'])}" for _, r in res.rows.iloc[SHOWN_ROWS:].iterrows()))
    subject = {"indicators": "指標", "details": "細事業", "costs": "事業", "items": "細事業の取組"}[spec.table]
    lines += [x for x in [left_out(res, subject, cited.marks)] if x]
    text = "\n".join([lead, *lines, *(_notes(res) if not res.rows.empty or res.scalar is not None else [])])
    return text, cited.items, make_table(res, cited)


def make_table(res: Result, cited: Cited) -> Table:
    """Every result row for the UI and the download (citation numbers where the row is cited)."""
    spec = res.spec
    m = MEASURES[spec.measure]
    value_label = ("増減" if spec.change else m.label.split("（")[0]) + (f"（{m.unit}）" if m.unit else "")
    if spec.group_by:
        key = _GROUP_WORDS[spec.group_by]
        agg = _AGG_WORDS[spec.aggregate or "sum"]
        count = spec.aggregate == "count"  # the count is the value: no second 件数 column
        named = ["指標（3件以下の組）"] if spec.group_by in ("status", "trend") else []  # as the text names them
        cols = [key, f"{value_label if not count else ''}{agg}", *([] if count else ["件数"]), *named, "出典"]
        rows, labels = [], []
        for _, r in res.rows.iterrows():
            label = _group_label(r, spec)
            labels.append(label)
            v = int(r["value"]) if count else _cell(r["value"], m)
            rows.append([label, v, *([] if count else [int(r["n"])]), *([few(res, r)[1:-1]] if named else []),
                         cited.marks(r["cids"])])
        return Table(cols, rows, "bar", cols[1], [float(x) for x in res.rows["value"]], labels, len(rows))
    cols = ["順位" if spec.order else "番号", "事業番号", "事業名", "部局"]  # 「…の推移」: not ranked
    if spec.table == "indicators":
        cols += ["指標", "単位"]
    if spec.table == "details":
        cols += ["細事業"]
    if spec.table == "items":
        cols += ["細事業", "取組", "実施方法"]
    cols += ["年度", value_label, "出典"]
    rows, labels = [], []
    need = [c for c in ("jigyo_no", "jigyo_name", "bukyoku", "indicator", "unit", "detail_no", "detail", "item", "method",
                        "year", "sheet_year", "value", "cids") if c in res.rows.columns]
    columns = {c: res.rows[c].tolist() for c in need}  # plain lists: fast at 1,000s of rows
    for i, r in enumerate((dict(zip(need, vals)) for vals in zip(*columns.values())), start=1):
        extra = [r["indicator"], r["unit"]] if spec.table == "indicators" else \
            ([f"{r['detail_no']} {r['detail']}"] if spec.table == "details" else
             [f"{r['detail_no']} {r['detail']}", r["item"], r["method"]] if spec.table == "items" else [])
        y = r.get("year") if spec.table not in ("indicators", "items") else (res.year or r["sheet_year"])
        rows.append([i, r["jigyo_no"], r["jigyo_name"], r["bukyoku"], *extra, f"{reiwa(int(y))}年度" if y else "",
                     _cell(r["value"], m), cited.marks(r["cids"]) if i <= SHOWN_ROWS else cited.known(r["cids"])])
        labels.append(row_name(r, spec.table) if spec.table != "costs" else str(r["jigyo_name"]))
    chart = "bar" if spec.order or spec.group_by or spec.change or spec.aggregate else ""
    return Table(cols, rows, chart, value_label, [float(x) for x in res.rows["value"]], labels, len(rows))


def _cell(value, m) -> float | None:
    if value is None or value != value:  # NaN
        return None
    return round(float(value) * 100, 1) if m.ratio else float(value)

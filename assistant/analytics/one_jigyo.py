"""Questions about one named 事業 that still need a computation the single-sheet answers never make: one named
indicator's 達成率 read in its direction (「〇〇事業の「△△」、達成率は何％」), the share of its largest 細事業
(「一番お金を使った細事業はどれで、事業全体の何％」) and its 細事業 that moved between two years (「R6の決算額が
R4より少ない細事業は」); each routed from :func:`.planner._routed` after :func:`.routes.one_jigyo_years`."""

from __future__ import annotations

from ingest.form import nfkc, normalize_jigyo_no

from ..text import analytics_words as W
from ..types import STRONG_LINK, QueryPlan
from . import cues as C
from .plan_parts import year_pair, years
from .spec import QuerySpec


def _one_no(plan: QueryPlan) -> str | None:
    nos = {e.jigyo_no for e in plan.jigyo if e.score >= STRONG_LINK}
    return normalize_jigyo_no(next(iter(nos))) if len(nos) == 1 else None


def one_indicator_rate(plan: QueryPlan, q: str) -> QuerySpec | None:
    """「遺失物の事業の「平均日数」、達成率は何％」: one linked indicator's 達成率, a better-lower one as 目標÷実績
    unless 「実績÷目標」 is asked outright."""
    linked = {(normalize_jigyo_no(e.jigyo_no), e.indicator) for e in plan.indicators
              if e.score >= STRONG_LINK and e.indicator}
    if len(linked) != 1 or C.measure_of(q) != "achievement" or W.RANK_Q.search(q) or W.COMPARE_Q.search(q):
        return None
    no, n = next(iter(linked))
    plain = W.PLAIN_ACHIEVEMENT_Q.search(W.ACHIEVEMENT_GLOSS_Q.sub("達成率", q))
    return QuerySpec(measure="achievement", indicators=[f"{no}#{n}"], year=years(plan)[0],
                     directed=bool(W.DIRECTED_Q.search(q) or not plain))


def one_indicator_change(plan: QueryPlan, q: str) -> QuerySpec | None:
    """「〇〇事業費の「△△」、R4からR6でどれくらい上がった」: one linked indicator's actual between two years (the
    single-sheet answers read each year, never the difference)."""
    linked = {(normalize_jigyo_no(e.jigyo_no), e.indicator) for e in plan.indicators
              if e.score >= STRONG_LINK and e.indicator}
    named = q
    for e in plan.jigyo:  # 「…事業費の」 names the 事業, no money
        named = named.replace(nfkc(e.name), "〇")
    measure = C.measure_of(named)
    if len(linked) != 1 or measure not in (None, "indicator_value") or W.RANK_Q.search(q) or W.COMPARE_Q.search(q) \
            or not W.HOW_MUCH_MOVED_Q.search(q) or not C.change(q, "indicator_value", []):
        return None
    year, compare_year = year_pair(plan, q, False, "any", None)
    if year is None or compare_year is None or compare_year >= year:
        return None  # two years are named, or none is asked
    no, n = next(iter(linked))
    return QuerySpec(measure="indicator_value", indicators=[f"{no}#{n}"], year=year, compare_year=compare_year,
                     change="any")


def one_jigyo_details(plan: QueryPlan, q: str) -> QuerySpec | None:
    """One named 事業's 細事業: the share of the largest, or the ones whose 決算額 moved between two years (the
    others told beside)."""
    no = _one_no(plan)
    if no is None or "細事業" not in q or W.COMPARE_Q.search(q):
        return None
    measure = C.measure_of(q)
    if measure == "detail_top_share":
        return QuerySpec(measure=measure, jigyo=[no], year=years(plan)[0])
    if measure not in (None, "settlement", "detail_settlement") or not W.ASK_ROWS_Q.search(q) or W.RANK_Q.search(q):
        return None  # 「一番増えたのはどれ」: the single-sheet answer compares them
    change = C.change(q, "detail_settlement", [])
    vs = W.VS_YEAR_Q.search(q)
    if change in (None, "any") and vs:  # 「R4と比べて少ない」: the direction is the comparison's
        change = "decrease" if vs.group(1) in ("少な", "減", "下が", "低") else "increase"
    if change not in ("increase", "decrease"):
        return None
    year, compare_year = year_pair(plan, q, False, change, None)
    if compare_year is None and year is not None and not plan.relative_year:
        return None  # one year named and no 前年度: no pair of years to compare
    return QuerySpec(measure="detail_settlement", jigyo=[no], year=year, compare_year=compare_year, change=change,
                     others=True)


def one_jigyo(plan: QueryPlan, q: str) -> QuerySpec | None:
    """The spec of a one-事業 question that needs computing, or None (the single-sheet answers)."""
    return one_indicator_rate(plan, q) or one_indicator_change(plan, q) or one_jigyo_details(plan, q)

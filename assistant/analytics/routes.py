"""Questions the planner answers with a spec of their own (:func:`.planner._routed`): named rows compared
(「AとB、どっちが」), 事業 picked by how many of their rows a filter keeps (「未達成の指標が1つだけの事業」), every
indicator of a 事業 (「全部達成」「未達成がひとつもない」), and one named 事業's money over its years (「3年間の平均」)."""

from __future__ import annotations

import re

from ingest.form import normalize_jigyo_no

from ..text import analytics_words as W
from ..types import STRONG_LINK, QueryPlan
from . import cues as C
from .plan_parts import named_filters, year_pair, years
from .spec import MEASURES, Condition, QuerySpec


def named(plan: QueryPlan, q: str, directed: bool = False) -> QuerySpec | None:
    """「AとB、どちらが高い」: the named rows ranked on the measure asked (None when none is asked); ``directed``
    (「どちらも少ないほど良い指標」): a better-lower indicator's 達成率 is target ÷ actual."""
    if W.NOT_ON_FORM_Q.search(q):
        return None
    measure = C.measure_of(q)
    listed = C.measures_listed(q)  # 「決算額・執行率・職員数を比べると」: the first ranks, the others are told beside
    if listed and MEASURES[listed[0]].table == "costs":
        measure = listed[0]
    also = [m for m in listed[1:] if MEASURES[m].table == "costs"] if listed and measure == listed[0] else []
    if measure is None or MEASURES[measure].table not in ("costs", "indicators"):
        return None
    year, order = years(plan)[0], "asc" if W.COMPARE_LOW_Q.search(q) else "desc"
    span = C.span(q, plan, MEASURES[measure].table, change=False) if W.SUM_Q.search(q) else None
    if span and not MEASURES[measure].ratio and (W.COMPARE_Q.search(q) or W.SET_AGAINST_Q.search(q)):
        # 「AとB、R4〜R6の決算額を3年分足したらどっちが多い」「…の3年間合計を比べると」: each one's total
        return QuerySpec(measure=measure, named=True, year=year, span=span, group_by="jigyo", aggregate="sum", order=order)
    # 「AとBの予算、前年度からの伸びを比べて」: each change; 「AとB、R5→R6の増え方が大きいのはどっち」: ranked on it
    if change := C.change(q, measure, []):
        year, compare_year = year_pair(plan, q, False, "any", None)
        low = change == "decrease" or bool(W.COMPARE_LOW_Q.search(q))  # 「減り方が大きいのはどっち」: the largest fall first
        return QuerySpec(measure=measure, named=True, year=year, compare_year=compare_year, change="any",
                         order="asc" if low else "desc", limit=1 if W.COMPARE_Q.search(q) else None,
                         percent=bool(W.PCT_CHANGE_Q.search(q)))
    if not W.COMPARE_Q.search(q):  # 「AとBを合わせると」: their total
        agg = "sum" if W.SUM_Q.search(q) and not MEASURES[measure].ratio else None
        return QuerySpec(measure=measure, named=True, year=year, aggregate=agg, order=None if agg else order, also=also)
    if len(set(plan.bukyoku)) >= 2 and MEASURES[measure].table == "costs":  # 「教育委員会と健康福祉部の合計はどっちが」
        return QuerySpec(measure=measure, year=year, bukyoku=list(dict.fromkeys(plan.bukyoku)), group_by="bukyoku",
                         aggregate="mean" if MEASURES[measure].ratio or W.MEAN_Q.search(q) else "sum", order=order)
    return QuerySpec(measure=measure, named=True, year=year, order=order, limit=1, also=also,
                     directed=directed and measure == "achievement")


def count_is(plan: QueryPlan, q: str, m: re.Match) -> QuerySpec | None:
    """「R6で未達成の指標が1つだけだった事業は」: per 事業, the rows the filters keep counted; the 事業 with that count."""
    n = int(m.group(2)) if m.group(2).isdigit() else W.COUNT_WORDS[m.group(2)]
    op = {"以上": ">=", "以下": "<="}.get(m.group(3) or "", "==")
    measure = {"指標": "indicator_value", "細事業": "detail_settlement", "取組": "items"}[m.group(1)]
    indicators = measure == "indicator_value"
    status = ("未達成" if W.UNMET_Q.search(q) else ("達成" if W.MET_Q.search(q) else None)) if indicators else None
    rest = C.strip(q, W.COUNT_IS_Q)[1]  # 「…2つ以上ある事業のうち、R6決算額が一番大きいのは」: then ranked on money
    by = C.measure_of(rest) if W.RANK_Q.search(rest) else None
    rank_by = by if by and MEASURES[by].table == "costs" else None
    money = C.measure_of(rest)  # 「R6決算が4,000万円以上で、しかも指標を2つ以上達成している事業」: a cost condition too
    cut = C.threshold(rest, money) if money and MEASURES[money].table == "costs" else None
    rank_condition = Condition(measure=money, op=cut[0], value=cut[1]) if cut and rank_by in (None, money) else None
    rank_by = rank_by or (money if rank_condition else None)
    try:
        return QuerySpec(measure=measure, year=years(plan)[0] if measure != "items" else None, status=status,
                         trend="↘" if indicators and W.TREND_DOWN_Q.search(q) else None, group_by="jigyo",
                         aggregate="count", having=Condition(measure=measure, op=op, value=n), rank_by=rank_by,
                         rank_condition=rank_condition,
                         order="asc" if rank_by and W.LOW_Q.search(rest) else "desc", **named_filters(plan, "jigyo"))
    except ValueError:
        return None


def every(plan: QueryPlan, q: str) -> QuerySpec:
    """「成果指標を全部達成できている事業はある？」: per 事業, over its indicators."""
    every = W.EVERY_Q.search(q)
    status = ("達成なし" if W.NONE_MET_Q.search(q) and not W.NONE_UNMET_Q.search(q) else "未達成なし") if not every else (
        "未達成" if re.search(r"未達成|ない|ません", every.group(0)) else "達成")
    return QuerySpec(measure="indicator_value", every=status, group_by="jigyo", aggregate="count",
                     year=years(plan)[0], bukyoku=[plan.bukyoku_filter] if plan.bukyoku_filter else list(plan.bukyoku))


def one_jigyo_years(plan: QueryPlan, q: str) -> QuerySpec | None:
    """「林道施設保全整備事業費の予算現額、R4〜R6の推移と3年間の平均」: one named 事業's money summed or averaged over
    its years (the single-sheet answers read each year, never compute over them); None for anything else."""
    nos = {e.jigyo_no for e in plan.jigyo if e.score >= STRONG_LINK}
    agg = "mean" if W.MEAN_Q.search(q) else ("sum" if W.SUM_Q.search(q) else None)
    if len(nos) != 1 or not agg or W.RANK_Q.search(q) or W.COMPARE_Q.search(q) or W.CHANGE_Q.search(q):
        return None
    measure = C.measure_of(q)
    if measure is None or MEASURES[measure].table != "costs" or MEASURES[measure].ratio:
        return None
    span = C.span(q, plan, "costs", change=False) if W.SPAN_Q.search(q) or len(set(plan.years)) >= 2 else None
    if not span:
        return None
    return QuerySpec(measure=measure, jigyo=[normalize_jigyo_no(next(iter(nos)))], span=span,
                     year=max(plan.years) if plan.years and not plan.year_filter else plan.year_filter, aggregate=agg)

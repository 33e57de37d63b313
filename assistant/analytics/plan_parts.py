"""The years and the named 部局/事業 of a question, read into a :class:`QuerySpec`'s fields (shared by
:mod:`.planner` and :mod:`.routes`)."""

from __future__ import annotations

import re

from ingest.form import normalize_jigyo_no

from ..text import analytics_words as W
from ..types import QueryPlan


def years(plan: QueryPlan) -> tuple[int | None, int | None]:
    """(year, compare_year) from the caller's --year or the years the question names."""
    if plan.year_filter:
        return plan.year_filter, None
    to = [2018 + int(m.group(1)) for m in W.YEAR_TO_Q.finditer(plan.norm)]
    ys = sorted(set(plan.years) | set(to))
    if to:  # the span ends at the year named after から (「から」 alone would reach the newest year)
        ys = [y for y in ys if y <= max(to)]
    if len(ys) >= 2:  # 「令和4年度から5年度にかけて」: the second year has no era
        return ys[-1], ys[0]
    return (ys[0], None) if ys else (None, None)


def year_pair(plan: QueryPlan, q: str, filtered: bool, change: str | None, span: int | None) -> tuple:
    """(year, compare_year) of the spec."""
    year, compare_year = years(plan)
    trend_year = W.TREND_YEAR_Q.search(q)
    if filtered and trend_year and not change:
        year, compare_year = 2018 + int(trend_year.group(1)), None  # 「R5年度の推移が↘…そのあとR6は」
    if span and compare_year is not None and not change:
        compare_year = None  # 「R4～R6」 is the span read, not a comparison
    if change and plan.relative_year and compare_year is None:
        year = None  # 「前年度より増えた」: 前年度 is the comparison, not the year asked
    since = W.COMPARE_FROM_Q.search(q)
    if change and since and compare_year is None and not plan.year_filter:
        year, compare_year = None, 2018 + int(since.group(1))  # 「R5と比べて増えた」: the newest year against R5
    return year, (compare_year if change else None)


def named_filters(plan: QueryPlan, group: str | None) -> dict:
    """The 部局 and 事業 the caller or the question names (none when grouped by 部局)."""
    bukyoku = [] if group == "bukyoku" else list(dict.fromkeys(([plan.bukyoku_filter] if plan.bukyoku_filter else [])
                                                                + list(plan.bukyoku)))
    return {"bukyoku": bukyoku, "jigyo": [normalize_jigyo_no(plan.jigyo_filter)] if plan.jigyo_filter else []}


def missing_years(plan: QueryPlan, q: str, missing: bool) -> dict:
    """「―の年度がある指標」: any of the three years; 「R4かR5の実績が―」: any of the years named."""
    either = missing and len(set(plan.years)) >= 2 and bool(W.EITHER_YEAR_Q.search(q))
    return {"missing_any": missing and (either or bool(W.MISSING_ANY_YEAR_Q.search(q))),
            "missing_years": sorted(set(plan.years)) if either else []}


def top_member(q: str, counted: bool) -> dict:
    """「細事業の数が一番多い事業は？その中で一番大きい（小さい）細事業も」: the 細事業 told of the 事業 with the most."""
    m = W.WITHIN_TOP_Q.search(q) if counted else None
    small = bool(m) and bool(re.match(r"[^。?？]{0,12}?(?:小さ|少な|低|最小)", q[m.end():]))
    return {"top_member": bool(m), "member_smallest": small}

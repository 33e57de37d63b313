"""The offline planner: a Japanese question -> :class:`QuerySpec`, from cue words.

「一般財源の割合が一番高い事業は？」 -> measure general_ratio, order desc, limit 1;
「部局ごとの決算額の合計は？」 -> settlement, group_by bukyoku, sum.  The cue words are in
:mod:`assistant.text.analytics_words`; years, 部局 and the caller's filters come from the
question's :class:`QueryPlan` (already analysed for the single-sheet path).

``plan_query`` answers None for anything that is not a question over the numbers of many
sheets (one sheet named, no aggregate/ranking/grouping/condition), so those questions
keep the existing answer path unchanged.
"""

from __future__ import annotations

import re
from dataclasses import replace


from ingest.form import nfkc, normalize_jigyo_no

from ..query.short_names import abbreviates
from ..text import analytics_words as W
from ..text.tokens import tokenize
from ..text.terms import DETAIL_COLUMN_Q, MONEY_BY_METHOD_Q
from ..types import STRONG_LINK, QueryPlan
from . import cues as C
from . import routes as R
from .one_jigyo import one_jigyo, one_jigyo_details
from .plan_parts import missing_years, named_filters, top_member, year_pair
from .spec import MEASURES, Condition, QuerySpec


_JIGYO_WORD = re.compile(r"([一-龥ァ-ヶーA-Za-z]{4,})事業(?!費)")


def _one_sheet(plan: QueryPlan, q: str, topic: str | None = None) -> bool:
    """A question about one named 事業 (or 「この事業」) stays with the single-sheet answers;
    「〇〇関係の事業」 (``topic``) names a group of 事業, not one."""
    if W.ONE_SHEET_Q.search(q):
        return True
    if topic:
        return False
    # 「観光DXの中で一番お金がかかってる取組」: the most of one program's parts, the program said by its short name
    within = W.WITHIN_ONE_Q.search(q)
    if within and any(abbreviates(within[1], e.name, word_ok=True) for e in plan.jigyo):
        return True
    for m in W.NAMED_SUBJECT_Q.finditer(q):
        if not W.GENERIC_SUBJECT_Q.search(m.group(1) or m.group(2)):
            return True
    # 「県全体の搬出間伐の面積」: the statewide figure a program's sheet reports, the program said right after 県全体の
    whole = re.search(r"(?:県|全県|長野県)全体の([一-龥ァ-ヶー]{2,})", q)
    if whole and any(whole[1] in nfkc(e.name) for e in plan.jigyo):
        return True
    # 「テロ対策事業の令和5年度決算額」: the program named as 〇〇事業, a short form of a linked 事業名
    named = any(e.score >= STRONG_LINK for e in plan.jigyo) or \
        any(abbreviates(m[1], e.name) for m in _JIGYO_WORD.finditer(q) for e in plan.jigyo)
    return named and not W.GROUP_JIGYO_Q.search(q) \
        and not re.search(r"以外|ほかの|他の|全(?:て|部)?の事業|すべての事業|\d+事業|(?<![一-龥])全事業", q) \
        and not (plan.bukyoku and W.BUKYOKU_JIGYO_Q.search(q))  # 「企画振興部の事業は…8事業全体の何%」


def _question(plan: QueryPlan) -> tuple[bool, str]:
    """(the rows that missed asked too, the question as planned)."""
    q = W.NOT_JIGYO_Q.sub(lambda m: "〇" * len(m.group()), plan.norm)  # 「協力事業所の数」: no 事業 counted
    q = W.YEAR_ASIDE_Q.sub("", q)  # 「事業（R6）を一覧で」: the year is in plan.years
    q = _group_ref(q)  # 「農政部の事業は何件？その事業の決算額の合計も」: those 事業
    return C.strip(q, W.MISSED_TOO_Q)  # 「R6だけ下回った事業があればその割合も」: the rows that missed, told beside


def _group_ref(q: str) -> str:
    """``q`` without the 「その」 of 「その事業」 when an earlier sentence of it asked about a group of 事業
    (a 部局's, a topic's, or counted): 「農政部の事業は何件？その事業のR6決算額の合計も」 is over those 事業."""
    m = W.BACK_REF_Q.search(q)
    if not m or not re.search(r"[?？。]", q[:m.start()]):
        return q
    before = q[:m.start()]
    if W.BUKYOKU_JIGYO_Q.search(before) or W.TOPIC_Q.search(before) or (W.COUNT_Q.search(before) and "事業" in before):
        return before + q[m.end():]
    return q


def plan_query(plan: QueryPlan, compare: bool = True) -> QuerySpec | None:
    """The spec of an analytics question, or None (see module doc); ``compare=False`` plans a
    「どちらが」 question as if it named no rows (when fewer than two were found)."""
    missed, q = _question(plan)
    plan, exclude, q = _left_out(plan, q)
    better, directed, unit, q = _direction(q)
    topic = C.topic(q)
    # 「低いほど良いタイプの指標について」: a kind of indicator over every sheet, like a topic's 事業
    done, spec = _routed(plan, q, topic, compare, kind=bool(better or directed or unit))
    if done:
        return spec
    vs_mean, q = _vs_mean(q)
    conds, rest = C.filters(q)
    negatives, conds = C.negatives_too(q, conds)
    status, trend, trend_before, turn, trend_or, q, rest = _status_trend(plan, q, rest)
    missing = bool(W.MISSING_Q.search(q))
    by_method = bool(W.GROUP_METHOD_Q.search(q))  # 「どの実施方法が一番多い」: 取組 counted per 実施方法
    count, agg, measure, share, method = _what(q, rest, conds, bool(status or trend or missing), by_method)
    count, agg = (False, "mean") if vs_mean and not share else (count, agg)
    measure, level, q = (None if count else C.change_and_level(rest)) or (measure, None, q)  # 「…増えていて、しかも…未満」
    if measure is None:
        return None
    table = MEASURES[measure].table
    if not (count or share) and agg in (None, "sum") and table == "costs" and not MEASURES[measure].ratio \
            and (plan.bukyoku or topic) and W.PART_SHARE_Q.search(q):
        agg, share = "sum", True  # 「企画振興部の事業は決算額で全体の何%」: the part's sum against every 事業's
    # 「決算額が減ったけど、指標は達成している事業」: money rows of the 事業 with an indicator of that status
    has_status = _has_status(q, status, table, count)
    if (status or trend) and table != "indicators":
        status = trend = None
    top = W.TOP_N_Q.search(q)
    rank = bool(W.RANK_Q.search(q) or top) or (measure == "detail_top_share" and not (agg or conds))  # 「偏ってる事業は」
    group = C.group(q, measure, count or agg == "sum", rank, by_method)
    status, trend = (None if group == "status" else status), (None if group == "trend" else trend)  # the groups, no filter
    span = C.span(q, plan, table, change=bool(W.CHANGE_Q.search(rest)) and not agg)
    # 「各事業の決算額の推移」: every year's row, each 事業's years in order (no ranking, no total)
    by_year = bool(span) and bool(W.MONEY_TREND_Q.search(q)) and not (rank or agg or conds)
    group, agg, count = _span_group(q, span, group, agg, count, rank, conds, table, missing or by_year)
    change = None if turn else C.change(rest, measure, conds, total=agg in ("sum", "mean"))  # 「↘から↗に変わった」: 推移
    steady = change if change in ("increase", "decrease") and W.STEADY_Q.search(q) and not group else None
    change, span = (None, None) if steady else (change, span)  # 「R4からR6までずっと増え続けている」: every year
    percent = bool(change) and bool(W.PCT_CHANGE_Q.search(q))
    # 「伸び率が一番高い」: ranked over every row with both years; 「減少率が最も大きい」: the falls
    change = ("decrease" if re.search(r"減少率|下落率|減り", q) else "any") if percent and rank else change
    change_condition, percent, threshold, held = C.thresholds(q, measure, change, percent, bool(steady or group))
    change, change_condition = (change, change_condition) if change_condition else C.not_moved(rest, measure, change)
    steady, span, held_years = _held(plan, q, held, steady, span, conds, measure, bool(group or change))
    listing = bool(steady or topic or by_year) or bool((better or directed) and measure == "achievement") or \
        C.listing(q, rank, bool(trend or trend_before or missing), bool(status), bool(conds)) or _rows_asked(plan, q, conds, unit, rank or agg)
    measure, also = _listed(q, measure, listing and not (agg or rank or group or change))
    # 「R6に補正で減額した事業はありますか」「R6年度に…マイナスの事業を全部」: that year's rows
    if not (agg or rank or group or conds or change or threshold or listing or (missing and count)):
        return None
    if not (agg or rank or group or change or threshold or listing) and ("supplementary", "<", 0.0) in conds:
        return None  # 「補正予算で減額した年度がある事業」: the cross-sheet list answers it, over every year
    if group and not agg:
        agg = "count" if count else ("mean" if MEASURES[measure].ratio else "sum")
    conditions = _conditions(q, conds, table, measure, threshold) + ([level] if level else [])
    year, compare_year = year_pair(plan, q, bool(trend or (status and not trend_before)), change, span)
    year = max(plan.years) if steady and plan.years and not plan.year_filter else year  # 「R4からR6まで」: the last year named
    extremes = rank and bool(W.EXTREMES_Q.search(q))  # 「一番大きい部局と一番小さい部局」: both ends of the groups too
    cut = ("supplementary", "<", 0.0) in conds and measure == "supplementary" and not count  # 減額 rows ranked
    order = _order(q, rank, change, extremes, cut) if rank else ("desc" if listing and not (agg or group or by_year) else None)
    limit = int(next(g for g in top.groups() if g)) if top else (1 if rank else None)
    try:
        return QuerySpec(measure=measure, year=year, compare_year=compare_year, change=change, exclude=exclude,
                         **named_filters(plan, group), status=status, trend=trend,
                         trend_before=trend_before if (trend or status) else None, trend_or=trend_or if trend else None, conditions=conditions, group_by=group,
                         aggregate=agg if (agg or not group) else None, order=order, limit=limit, span=span,
                         missing=missing, **missing_years(plan, q, missing and table == "indicators"),
                         extremes=extremes, **top_member(q, group == "jigyo" and table == "details"),
                         vs_mean=vs_mean if agg == "mean" and not group else None, **_beside(
                             q, measure, conditions, change, compare_year, bool(steady or change_condition), span, count or missed, rank, negatives, directed),
                         has_status=has_status, also=also, percent=percent, share=share, topic=topic, steady=steady,
                         change_condition=change_condition, held_years=held_years,
                         **({"better": better, "unit": unit} if table == "indicators" else {}),
                         totals=bool(change) and agg == "count" and bool(W.SUM_Q.search(q)),
                         reasons=table == "indicators" and bool(W.REASON_Q.search(q)),
                         method=(method.group(1) or method.group(2) or method.group(3)) if method and measure == "items" else None)
    except ValueError:
        return None


def _rows_asked(plan: QueryPlan, q: str, conds: list, unit: str | None, ranked) -> bool:
    """The rows a filter keeps are listed: 「R6に補正で減額した事業はありますか」 (that year's), 「単位が「件」の指標って
    何がある」 (that kind's), 「環境部の事業だけで、決算額と…を見せて」 (the 部局's)."""
    return bool(conds and plan.years and (W.EXIST_Q.search(q) or W.ALL_LIST_Q.search(q) or W.ASK_JIGYO_Q.search(q))) or \
        bool(unit and (W.EXIST_Q.search(q) or W.WHICH_OF_INDICATORS_Q.search(q) or W.WHICH_INDICATOR_Q.search(q))) or \
        bool(plan.bukyoku and W.BUKYOKU_JIGYO_Q.search(q) and W.SHOW_Q.search(q) and not ranked)


def _listed(q: str, measure: str, listing: bool) -> tuple[str, list[str]]:
    """(measure, also) of rows listed with several figures of one table (「決算額と一般財源の割合を見せて」):
    the first is the measure, the others are told beside."""
    listed = C.measures_listed(q) if listing else []
    if not listed or MEASURES[listed[0]].table != MEASURES[measure].table:
        return measure, []
    return listed[0], [m for m in listed[1:] if MEASURES[m].table == MEASURES[listed[0]].table]


def _span_group(q: str, span: int | None, group: str | None, agg: str | None, count: bool, rank: bool, conds: list,
                table: str, listed: bool) -> tuple:
    """(group, aggregate, count) of money read over several years: 「3年間の決算額の累計で事業ランキング」 sums each
    事業's years; 「3年間で減額補正になった年が一番多い事業」 counts the years a condition held, per 事業."""
    if not span or group is not None or listed:
        return group, agg, count
    if (rank or W.GROUP_JIGYO_Q.search(q)) and not conds:
        return "jigyo", "sum", count
    if rank and conds and table == "costs" and W.YEARS_COUNTED_Q.search(q):
        return "jigyo", "count", True
    return group, agg, count


def _beside(q: str, measure: str, conditions: list, change: str | None, compare_year: int | None, kept: bool,
            span: int | None, count: bool, rank: bool, negatives: bool, directed: bool) -> dict:
    """Spec fields read beside the main ones: the year the conditions are read at, the rows checked and not
    kept, the rows below zero asked along, 達成率 read in each indicator's direction, and a count's mean."""
    table = MEASURES[measure].table
    at = W.CONDITION_AT_Q.search(q)  # 「R5は全額一般財源だったのに、R6で…下がった」: the condition is R5's
    at_year = 2018 + int(at.group(1)) if at else None
    plain = W.PLAIN_ACHIEVEMENT_Q.search(W.ACHIEVEMENT_GLOSS_Q.sub("達成率", q))  # 「達成率（実績÷目標）」 only names it
    return {"condition_year": at_year if change and table == "costs" and conditions and compare_year == at_year else None,
            # 「繰越がある事業ってある？」「…の細事業は何件」「倍以上になった事業ってある？」: every row was checked,
            # the others are told too
            "others": bool(conditions or kept or change) and table in ("costs", "details") and not span
            and bool((count and (conditions or kept)) or W.EXIST_Q.search(q) or len(conditions) + bool(change) >= 2
                     # 「50%以上の事業をすべて挙げて」: a figure's threshold, the rows under it too (「繰越があった事業をすべて」
                     # names only the rows kept: the others have none)
                     or (conditions and W.ALL_LIST_Q.search(q) and W.THRESHOLD_Q.search(q))),  # 「…以上、かつ…以上の事業」: which missed one
            # 「伸び率が一番大きいのは？逆に減ったものは」: the falls named too
            "negatives_too": negatives or bool(rank and change == "any" and W.CONTRAST_FALL_Q.search(q)),
            "directed": (directed or not plain) and measure == "achievement",
            # 「健康福祉部の事業は何件？R6決算額の平均も」: a count of money rows tells their mean beside the total
            "mean_too": count and table == "costs" and not MEASURES[measure].ratio and bool(W.MEAN_Q.search(q))}


def _held(plan: QueryPlan, q: str, held: bool, steady: str | None, span: int | None, conds: list, measure: str,
          moved: bool) -> tuple:
    """(steady, span, held_years): a threshold held in each year is steady 「held」 over three years (「R4・R5・R6の
    3年とも執行率95%以上」), or over the two years named (「R5年度とR6年度の2年続けて」); so is a filter word on the
    measure (「一般財源の割合が3年連続で100%」), when no change or group is asked (``moved``)."""
    held = held or (any(c[0] == measure for c in conds) and MEASURES[measure].table == "costs" and not (steady or moved)
                    and bool(W.HELD_Q.search(q)))
    if not held:
        return steady, span, None
    ys = sorted(set(plan.years))  # 「R5年度とR6年度の」: two years in a row named (not 「R4からR6まで」)
    two = W.TWO_YEARS_Q.search(q) or (len(ys) == 2 and ys[1] - ys[0] == 1)
    return "held", None, 2 if two else None


def _direction(q: str) -> tuple[str | None, bool, str | None, str]:
    """(better, directed, unit, the question without those words): 「少ない方がいい指標は目標÷実績で」 reads
    those indicators so and keeps every one; 「低いほど良いタイプの指標について、達成率（目標÷実績）は」 only that kind;
    「単位が％の成果指標のうち」 picks out the indicators of one unit, a kind too."""
    better, q = C.better(q)
    directed = bool(W.DIRECTED_Q.search(q) or (better and W.CONSIDER_Q.search(q)))  # 「少ないほど良い指標も考慮して」
    better = None if directed and not W.KIND_ONLY_Q.search(q) else better
    unit, q = C.unit_kind(q)
    return better, directed, unit, q


def _vs_mean(q: str) -> tuple[str | None, str]:
    """(above / below / None, the question without those words): 「平均を上回ってるのはどこかも」 names the rows above
    the mean along with it; 「平均より少ない事業」 is then no ranking (「少ない事業」) and no count."""
    vs = "above" if W.ABOVE_MEAN_Q.search(q) else ("below" if W.BELOW_MEAN_Q.search(q) else None)
    return vs, W.BELOW_MEAN_Q.sub("平均〇", W.ABOVE_MEAN_Q.sub("平均〇", q))


def _has_status(q: str, status: str | None, table: str, count: bool) -> str | None:
    """Money rows kept by their 事業's indicators: 「…減ったけど、指標は達成している事業」 (any 達成),
    「…増えたのに指標を一つも達成していない事業」 (none), 「…指標を全部達成した事業」 (all), 「…未達成の指標がない事業」
    (none 未達成)."""
    if table not in ("costs", "details") or (count and not W.JIGYO_WITH_Q.search(q)):
        return None  # (「…の事業ってどれくらいある」: the 事業 kept are counted)
    if every := W.EVERY_Q.search(q):
        return "達成なし" if re.search(r"未達成|ない|ません", every.group(0)) else "全部達成"
    if W.NONE_UNMET_Q.search(q):  # 「決算額が5万千円未満で、未達成の指標がない事業」: none of them 未達成
        return "未達成なし"
    if W.NONE_MET_Q.search(q):  # 「「達成」の指標がない事業」: none of them 達成
        return "達成なし"
    return status if status in ("達成", "未達成") and "指標" in q else None


def _left_out(plan: QueryPlan, q: str) -> tuple[QueryPlan, list[str], str]:
    """(the plan without it, [事業番号], the rest of the question) when a 事業 named outright is left out (「道路トンネルの
    事業を除くと、R6決算額が大きい細事業トップ3」): the question is then over every other sheet."""
    m = W.EXCLUDE_NAMED_Q.search(q)
    out = [e for e in plan.jigyo if e.score >= 0.55 and m and set(tokenize(e.name)) & set(tokenize(m.group("name")))]
    if not out:
        return plan, [], q
    nos = {e.jigyo_no for e in out}
    return replace(plan, jigyo=[e for e in plan.jigyo if e.jigyo_no not in nos],
                   details=[d for d in plan.details if d.jigyo_no not in nos],
                   indicators=[i for i in plan.indicators if i.jigyo_no not in nos]), \
        [normalize_jigyo_no(n) for n in sorted(nos)], q[m.end():].lstrip("、, ")


def _status_trend(plan: QueryPlan, q: str, rest: str) -> tuple:
    """(status, trend, trend_before, the TURN_Q match, a second 推移 kept, q, rest) of the indicators asked for; a
    → (「→（変化なし）」) is a 推移, no change asked."""
    bare = C.strip(q, W.THRESHOLD_Q)[1]  # 「95%に届かなかった」「90%を下回った」 is a threshold, no status
    status = "概ね達成" if W.NEAR_MET_Q.search(bare) else \
        ("未達成" if W.UNMET_Q.search(bare) else ("達成" if W.MET_Q.search(bare) else None))
    status = "目標未満" if status == "未達成" and W.SHORT_OF_TARGET_Q.search(bare) and "未達成" not in bare else status
    flat = "→" if W.TREND_FLAT_Q.search(q) and "推移" in q else None  # 「推移が↘（悪化）か→（変化なし）」: either
    trend = "↘" if W.TREND_DOWN_Q.search(q) else flat
    turn = W.TURN_Q.search(q) or W.TURN_YEARS_Q.search(q)  # 「R5で悪化した指標のうち、R6で改善に転じた」: the year before's 推移, then the year's
    trend_before, trend = (W.TURN_WORDS[turn.group(1)], W.TURN_WORDS[turn.group(2)]) if turn else \
        (trend if W.TREND_HELD_Q.search(q) else None, trend)  # 「R5もR6も悪化」: ↘ the year before too
    if status and not turn and (at := W.TREND_AT_Q.search(q)) and 2019 + int(at.group(1)) in plan.years:
        trend_before, trend = W.TREND_AT_WORDS[at.group(2)], None  # 「R5で悪化してたのに、R6では達成した」: R5's 推移, R6's status
    if flat and (trend == "→" or not (turn or trend_before)):
        q, rest = W.TREND_FLAT_Q.sub("→", q), W.TREND_FLAT_Q.sub("→", rest)
    return status, trend, trend_before, turn, (flat if trend == "↘" and not (turn or trend_before) else None), q, rest


def _conditions(q: str, conds: list, table: str, measure: str, threshold) -> list[Condition]:
    """The filters on the measure's table, then the threshold on the measure (and a second one on another figure)."""
    conditions = [Condition(measure=c[0], op=c[1], value=c[2]) for c in conds if MEASURES[c[0]].table == table]
    if threshold:
        conditions.append(Condition(measure=measure, op=threshold[0], value=threshold[1]))
        conditions += [c for c in [C.second_threshold(q, measure)] if c]
    return conditions


def _what(q: str, rest: str, conds: list, filtered: bool, by_method: bool) -> tuple:
    """(count, aggregate, measure, share, 実施方法 match): what is computed, before the ranking and grouping;
    ``filtered``: a status, trend or missing figure keeps the rows."""
    count = bool(W.COUNT_Q.search(q)) or by_method or (  # 「未達成の指標が一番多い事業は」: counted per 事業
        filtered and C.measure_of(rest) is None and bool(W.RANK_Q.search(q))
        and bool(W.ASK_JIGYO_Q.search(q) or W.GROUP_BUKYOKU_Q.search(q)))
    agg = "count" if count else ("mean" if W.MEAN_Q.search(q) else ("median" if W.MEDIAN_Q.search(q) else
                                                                      ("sum" if W.SUM_Q.search(q) else None)))
    measure = C.measure_of(rest)
    found = list(W.THRESHOLD_Q.finditer(rest))
    first = C.measure_of(rest[:found[0].start()]) if len(found) >= 2 else None
    if first and measure and first != measure and MEASURES[first].table == MEASURES[measure].table:
        measure = first  # 「決算額3,000万円以上、かつ執行率95%以上」: the first threshold is the first figure's
    if conds and measure == "settlement" and not W.SPECIFIC_MONEY_Q.search(rest):
        measure = None  # 「補正予算を組んだ事業を全部、金額も」: the condition's own figure
    share = not count and bool(W.SHARE_Q.search(q) and (filtered or conds)) and \
        not (measure and MEASURES[measure].ratio)
    if share:  # 「「達成」なのは全体の何割」: counted, with the share of all
        count, agg = True, "count"
    method = W.METHOD_Q.search(q)
    return count, agg, _settle_measure(q, rest, measure, conds, filtered, count, bool(method)), share, method


def _order(q: str, rank: bool, change: str | None, extremes: bool, cut: bool) -> str:
    """A ranking's order: 「少ない・低い・下から」 ascending; ``cut`` (the rows are 減額, negative): 「一番大きく
    減額」 is the most negative first."""
    order = "asc" if W.LOW_Q.search(q) and not change == "increase" and not extremes else "desc"
    return ("desc" if order == "asc" else "asc") if cut else order


def _routed(plan: QueryPlan, q: str, topic: str | None, compare: bool = True,
            kind: bool = False) -> tuple[bool, QuerySpec | None]:
    """(done, spec): questions answered elsewhere (None) or by a spec of their own (comparisons of
    named rows, every indicator of a 事業); (False, None) for the questions :func:`plan_query` plans."""
    if plan.followup or W.ONE_SHEET_Q.search(q):
        return True, None
    if compare and (W.COMPARE_Q.search(q) or (plan.jigyo and W.PAIR_Q.search(q))) and (spec := R.named(plan, q, directed=kind)):
        return True, spec  # 「AとB、達成率はどっちが上？」「AとBを合わせると」: the names are resolved over the tables
    if _one_sheet(plan, q, topic):
        # 「〇〇事業費の3年間の平均」: over its years; 「「△△」の達成率は何％」「一番大きい細事業は全体の何％」: computed;
        # else the single-sheet answers
        # 「自殺対策推進事業費の指標のうち、低い方がいい指標の達成率は」: a kind of indicator, none named (a weak link is
        # no name): the single-sheet answer
        named_one = not kind or "「" in q or bool(W.DIRECTED_Q.search(q))
        return True, R.one_jigyo_years(plan, q) or (one_jigyo(plan, q) if named_one else one_jigyo_details(plan, q))
    if W.NOT_ON_FORM_Q.search(q) or MONEY_BY_METHOD_Q.search(q) or DETAIL_COLUMN_Q.search(q) \
            or (W.UNSUPPORTED_Q.search(q) and not W.PER_STAFF_Q.search(q)):
        return True, None  # 「人件費の合計」: not 職員数; 「実施方法別の決算額」: no sheet splits it; the existing path refuses
    if plan.unknown_bukyoku or plan.unknown_jigyo_no or plan.unknown_years:
        return True, None  # a 部局, 事業 or year that is not indexed: the existing path says so
    if (W.EVERY_Q.search(q) or W.NONE_UNMET_Q.search(q) or W.NONE_MET_Q.search(q)) and not _money_asked(q):  # 「…増えたのに指標を一つも達成していない事業」: money rows
        return True, R.every(plan, q)
    if (m := W.COUNT_IS_Q.search(q)) and W.ASK_JIGYO_Q.search(q) or (m and W.MANY_Q.search(q)):
        return True, R.count_is(plan, q, m)
    if not (topic or kind) and not _many(plan, q):  # kind: 「低いほど良いタイプの指標について」, over every sheet
        return True, None
    return False, None


def _settle_measure(q: str, rest: str, measure: str | None, conds: list, indicator_filter: bool, count: bool,
                    method: bool) -> str | None:
    """The measure when the cue words named none, or named one the filters overrule."""
    if measure in (None, "indicator_value") and conds and MEASURES[conds[0][0]].table == "indicators":
        return conds[0][0]  # 「実績が目標とぴったり同じ指標」: the 達成率 the condition is on
    if measure is None and conds and MEASURES[conds[0][0]].table == "costs" and indicator_filter and not count \
            and W.JIGYO_WITH_Q.search(q):
        return conds[0][0]  # 「未達成の指標を抱えていて、しかもR6に減額補正をしている事業」: the 事業's money rows
    money_cut = measure and MEASURES[measure].table == "costs" and W.THRESHOLD_Q.search(rest) and W.JIGYO_WITH_Q.search(q)
    if (indicator_filter or "指標" in q) and measure not in ("achievement", "indicator_value"):
        # (「未達成の指標を抱えてて、しかも決算額が5,000万円以上の事業ってどれくらい」: 事業 counted on their money rows)
        measure = "indicator_value" if ((count and not money_cut) or measure is None) else measure
    if (method or W.ITEMS_Q.search(q)) and count and measure in (None, "detail_settlement"):
        measure = "items"  # 「実施方法が補助の取組はいくつ、どの事業が一番多い」
    if measure == "settlement" and (count or W.ASK_DETAIL_Q.search(q)) and "細事業" in q and not W.ASK_JIGYO_Q.search(q):
        measure = "detail_settlement"  # 「決算額が1,000万円に届かない細事業はいくつ」「減った細事業は？金額で」
    if measure is None and conds:
        measure = conds[0][0]  # 「繰越がある事業は？」: the condition's own figure
    if measure is None and (W.CHANGE_Q.search(rest) or W.PCT_CHANGE_Q.search(rest)):
        measure = "detail_settlement" if "細事業" in q else "settlement"  # 「前年度からの伸び率が一番高い細事業」
    if measure is None and count and re.search(r"事業|指標", q):
        measure = "detail_settlement" if "細事業" in q else "settlement"
    return measure


def _many(plan: QueryPlan, q: str) -> bool:
    """The question is over many sheets: it asks which 事業/指標, for all of them, whether any exist,
    counts 取組, or asks a total/mean with no 事業 linked."""
    if plan.bukyoku and W.BUKYOKU_JIGYO_Q.search(q):
        return True  # 「産業労働部の事業について」
    if W.MANY_Q.search(q) or W.EXIST_Q.search(q) or W.ITEMS_COUNT_Q.search(q) or W.FILTERED_INDICATOR_Q.search(q) or \
            W.ROWS_WITH_FIGURE_Q.search(q) or W.GROUP_STATUS_Q.search(q) or W.GROUP_TREND_Q.search(q) or \
            W.WHICH_OF_INDICATORS_Q.search(q):  # 「「未達成」と「達成」はそれぞれいくつ」「指標のうち、…ものを挙げて」
        return True
    if "指標" in q and W.TREND_AT_Q.search(q) and (W.MET_Q.search(q) or W.UNMET_Q.search(q)):
        return True  # 「R5で悪化してたのに、R6では達成した指標を一覧に」: two years' columns, no cross-sheet list reads them
    # 「執行率が最も低かった事業と…」: a ranking of 事業/指標 when no 事業 is linked
    # or 「不用額がいちばん大きかったのは？」: a ranking that names no subject at all, when no 事業 is linked
    return bool(W.OVERALL_Q.search(q) or (W.RANK_Q.search(q) and (re.search(r"事業|指標", q) or W.RANK_NO_SUBJECT_Q.search(q)))) \
        and not any(e.score >= 0.5 for e in plan.jigyo)


def _money_asked(q: str) -> bool:
    """A money figure is ranked, compared over years or held to a threshold, beside the indicators' statuses."""
    rest = C.strip(q, W.EVERY_Q)[1]
    measure = C.measure_of(rest)
    return bool(measure and MEASURES[measure].table == "costs" and (
        W.CHANGE_Q.search(rest) or W.RANK_Q.search(rest) or W.THRESHOLD_Q.search(rest) or W.SUM_Q.search(rest)))

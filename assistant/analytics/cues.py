"""The question's cue words read into the parts of a :class:`QuerySpec` (measure, filters,
thresholds, grouping, change, span): the pieces :mod:`.planner` puts together.

Each function reads the NFKC-normalised question (patterns in
:mod:`assistant.text.analytics_words`) and answers one part; none decides whether the
question is an analytics question at all (the planner does).
"""

from __future__ import annotations

import itertools
import re

from ..text import analytics_words as W
from ..types import QueryPlan
from .spec import MEASURES, Condition

# How a threshold's unit scales to the table's unit (money in 千円, ratios as fractions).
_MONEY_SCALE = {"億円": 100_000.0, "千万円": 10_000.0, "百万円": 1_000.0, "万千円": 10_000.0, "万円": 10.0, "千円": 1.0, "円": 0.001}
_OPS = {"以上": ">=", "以下": "<=", "未満": "<", "超": ">", "を超え": ">", "を上回": ">", "を下回": "<", "を切": "<",
        "に届": "<", "に満た": "<", "割れ": "<", "割り込": "<", "を割": "<"}  # 「95%割れ」


def strip(q: str, pat: re.Pattern) -> tuple[bool, str]:
    """(found, ``q`` with the match blanked) so that a filter's words are not read as the measure."""
    m = pat.search(q)
    if not m:
        return False, q
    return True, q[:m.start()] + "〇" + q[m.end():]


def measure_of(q: str) -> str | None:
    for name, pat in W.MEASURE_CUES:
        if pat.search(q):
            return name
    return None


def measures_listed(q: str) -> list[str]:
    """The figures a question lists with ・ (「決算額・執行率・職員数」), in its order; [] unless each part names
    one and at least two differ."""
    for m in W.MEASURE_LIST_Q.finditer(q):
        found = [measure_of(part) for part in m.group().split("・")]
        if None not in found and len(set(found)) >= 2:
            return list(dict.fromkeys(found))
    clauses = re.split(r"[、。,?？!！]", q)
    for n, clause in enumerate(clauses):  # 「R6の執行率と一般財源の割合はそれぞれ」: joined by と
        found = [measure_of(part) for part in clause.split("と")]
        for i in range(len(found) - 1):  # the parts from the first one naming a figure, while each names one
            run = list(itertools.takewhile(lambda x: x is not None, found[i:]))
            if len(set(run)) >= 2:  # 「…職員数と決算額、職員1人あたりの決算額も」: a later clause's figure too
                more = [measure_of(c) for c in clauses[n + 1:] if re.search(r"も\s*$", c)]
                return list(dict.fromkeys(run + [m for m in more if m]))
    return []


def filters(q: str) -> tuple[list[tuple[str, str, float]], str]:
    """Conditions named by words (補正を組んだ, 繰越がある) and the question without them."""
    conds = []
    for pat, cond in ((W.SUPP_NEG_Q, ("supplementary", "<", 0.0)), (W.SUPP_POS_Q, ("supplementary", ">", 0.0)),
                      (W.SUPP_ANY_Q, ("supplementary", "!=", 0.0)), (W.CARRY_ANY_Q, ("carryover", ">", 0.0)),
                      (W.FULL_GENERAL_Q, ("general_ratio", "==", 1.0)),  # 「全額一般財源」: exactly 100%
                      (W.AT_TARGET_Q, ("achievement", "==", 1.0))):  # 「実績が目標とぴったり同じ」: 達成率 100%
        found, q = strip(q, pat)
        if found and not any(c[0] == cond[0] for c in conds):
            conds.append(cond)
    return conds, q


def negatives_too(q: str, conds: list) -> tuple[bool, list]:
    """(both asked, the conditions left): 「大きかった順に上位3つと、逆にマイナス補正になってる事業」 ranks every
    row and names the negative ones too; the 減額 is no filter on the ranking."""
    cut = ("supplementary", "<", 0.0)
    if cut in conds and W.CONTRAST_NEG_Q.search(q) and (W.TOP_N_Q.search(q) or W.RANK_Q.search(q)):
        return True, [c for c in conds if c != cut]
    return False, conds


def threshold(q: str, measure: str) -> tuple[str, float] | None:
    m = W.THRESHOLD_Q.search(q)
    half = W.HALF_Q.search(q) if MEASURES[measure].ratio else None
    if not m and half:
        return (_OPS[half.group(2)] if half.group(2) else "=="), 0.5
    if not m:
        return None
    value, unit, word = float(m.group(1).replace(",", "")), m.group(2) or "", m.group(3)
    if word.startswith("より"):
        op = ">" if re.search(r"多い|大きい|高い", word) else "<"
    else:
        op = next(v for k, v in _OPS.items() if word.startswith(k))
    if MEASURES[measure].ratio:
        value = value / 10 if unit == "割" else value / 100
    elif MEASURES[measure].unit == "千円":
        value = value * _MONEY_SCALE.get(unit, 1.0)
    return op, value


def thresholds(q: str, measure: str, change: str | None, percent: bool, steady_or_group: bool) -> tuple:
    """(condition on the change, percent, threshold on the measure, held): the threshold asked, on the change or
    on the measure; held: the measure's threshold in each of three years (「3年とも執行率95%以上」「どの年度も」)."""
    change_condition, percent, cut = change_threshold(q, measure, change, percent, threshold(q, measure))
    held = bool(cut) and not (steady_or_group or change) and MEASURES[measure].table == "costs" \
        and bool(W.HELD_Q.search(q))
    return change_condition, percent, cut, held


def change_threshold(q: str, measure: str, change: str | None, percent: bool, threshold) -> tuple:
    """(condition on the change, percent, threshold left for the measure): 「前年度比で10%以上増えた」 is a
    threshold on the change as a % (10% of 決算額 is no amount), 「1億円以上増えた」 one on the difference,
    「倍以上になった」 one on the change as a % too (≥ 100%)."""
    times = W.TIMES_Q.search(q)
    if change and times and not MEASURES[measure].ratio:  # 「2年で倍以上になった」: the change ≥ 100% of the earlier figure
        op = {"以上": ">=", "超": ">", "を超え": ">", "以下": "<=", "未満": "<"}.get(times.group(2) or "", ">=")
        return Condition(measure=measure, op=op, value=round(float(times.group(1) or 2) - 1, 6)), True, threshold
    if not change or not threshold or MEASURES[measure].ratio:
        return None, percent, threshold
    m = W.THRESHOLD_Q.search(q)
    if W.AND_ALSO_Q.match(q, m.end()):  # 「決算額1億円以上で、なおかつ前年度より減っている」: the level, not the change
        return None, percent, threshold
    unit = m.group(2) or ""
    value = threshold[1]
    if unit in ("%", "％", "割"):
        value, percent = value / (10 if unit == "割" else 100), True
    return Condition(measure=measure, op=threshold[0], value=value), percent, None


def not_moved(q: str, measure: str, change: str | None) -> tuple[str | None, Condition | None]:
    """(change, condition on it) of a change denied: 「R5からR6で職員数が増えていない事業」 keeps the rows whose
    change is ≤ 0 (unchanged or fewer), 「減っていない」 those ≥ 0; else ``change`` as read."""
    m = W.NOT_MOVED_Q.search(q)
    if not change or not m:
        return change, None
    up = W.INCREASE_Q.match(m.group(1) or m.group(2)) or (m.group(2) or "").startswith("上が")
    return "any", Condition(measure=measure, op="<=" if up else ">=", value=0.0)


def change_and_level(q: str) -> tuple[str, Condition, str] | None:
    """(the measure that changed, the threshold on another figure, ``q`` without it): 「決算額が前年度より増えていて、
    しかも一般財源の割合が45%未満」 asks 決算額's change among the rows under that 割合 (both of the cost table)."""
    cut, ch = W.THRESHOLD_Q.search(q), W.CHANGE_Q.search(q)
    if not cut or not ch or (cut.start() < ch.end() and ch.start() < cut.end()):
        return None
    if ch.end() <= cut.start():
        moved, level = measure_of(q[:ch.start()]), measure_of(q[ch.end():cut.start()])
    else:
        level, moved = measure_of(q[:cut.start()]), measure_of(q[cut.end():ch.start()])
    if not moved or not level or moved == level or not (MEASURES[moved].table == MEASURES[level].table == "costs"):
        return None
    op, value = threshold(q[cut.start():], level)
    return moved, Condition(measure=level, op=op, value=value), q[:cut.start()] + "〇" + q[cut.end():]


def second_threshold(q: str, measure: str) -> Condition | None:
    """「執行率95%以上、かつ一般財源の割合が50%以上」: a second threshold on another measure of the same table,
    named between the two, keeps the rows too (the first is the asked measure's own)."""
    found = list(W.THRESHOLD_Q.finditer(q))
    if len(found) < 2 or measure_of(q[:found[0].start()]) not in (None, measure):
        return None
    other = measure_of(q[found[0].end():found[1].start()])
    if not other or other == measure or MEASURES[other].table != MEASURES[measure].table:
        return None
    op, value = threshold(q[found[1].start():], other)
    return Condition(measure=other, op=op, value=value)


def better(q: str) -> tuple[str | None, str]:
    """(higher / lower / None, the question without those words): 「多いほど良い指標の中で」."""
    for pat, better, other in ((W.BETTER_HIGH_Q, "higher", "lower"), (W.BETTER_LOW_Q, "lower", "higher")):
        m = pat.search(q)
        if m:  # 「低いほど良い指標は除いて」: the other direction is kept
            return (other if W.EXCLUDED_Q.search(q[m.end():]) else better), q[:m.start()] + "〇" + q[m.end():]
    return None, q


def unit_kind(q: str) -> tuple[str | None, str]:
    """(the unit a kind of indicator is picked out by, the question without those words): 「単位が％の成果指標の
    うち」 -> %, read against each indicator's printed unit (「％」 and 「%」 alike)."""
    m = W.UNIT_KIND_Q.search(q)
    if not m:
        return None, q
    unit = m.group(1) or m.group(2) or m.group(3)
    return ("%" if unit == "パーセント" else unit), q[:m.start()] + "〇" + q[m.end():]


def topic(q: str) -> str | None:
    """The word a group of 事業 is selected by (「福祉関係の事業」 -> 福祉); the people served, named with や
    (「障がいのある人や子どもを支える福祉関係の事業」 -> 障がい|子ども: either selects), not 「支える福祉」."""
    tm = W.TOPIC_Q.search(q)
    if not tm:
        return None
    served = W.SERVED_Q.search(q)
    if served and served.end() <= tm.end():
        words = [W.SERVED_SUFFIX_Q.sub("", w) for w in served.groups()]
        return "|".join(w for w in words if len(w) >= 2) or tm.group(1)
    before = re.search(r"([^\s、。,?？!！「」『』()（）のをがはでにと]{2,12})と$", q[:tm.start(1)])
    if tm.group(1).startswith("か") and before and len(tm.group(1)) >= 3:  # 「環境とかエネルギー関係の事業」: either
        return f"{before.group(1)}|{tm.group(1)[1:]}"
    return tm.group(1)


def group(q: str, measure: str, per_jigyo: bool, rank: bool, by_method: bool) -> str | None:
    """部局ごと・年度ごと, the 取組' 実施方法, or per 事業 (「細事業の数が一番多い事業は」: counted per 事業)."""
    if W.GROUP_BUKYOKU_Q.search(q):
        return "bukyoku"
    if W.GROUP_YEAR_Q.search(q):
        return "year"
    if W.GROUP_STATUS_Q.search(q) and MEASURES[measure].table == "indicators":
        return "status"  # 「達成・未達成はそれぞれ何個」
    if W.GROUP_TREND_Q.search(q) and MEASURES[measure].table == "indicators":
        return "trend"  # 「↗・↘・→それぞれ何件」
    if by_method and measure == "items":
        return "method"
    if MEASURES[measure].table != "costs" and (W.GROUP_JIGYO_Q.search(q) or (
            per_jigyo and (rank or measure == "items") and (W.ASK_JIGYO_Q.search(q) or W.MOST_JIGYO_Q.search(q)))):
        return "jigyo"
    return None


def listing(q: str, rank: bool, figure_filter: bool, status: bool, conds: bool) -> bool:
    """Every row a filter keeps is listed: 「事業ごとの職員数」「↘の指標を全部挙げて」「…指標ってある？」
    「↘だった指標は？」「成果指標で、「達成」になっているものはどれ」「補正予算を組んだ事業とその金額」."""
    return (bool(W.LIST_Q.search(q)) and not rank) or (figure_filter and bool(W.ALL_LIST_Q.search(q))) or \
        ((figure_filter or status) and bool(W.EXIST_Q.search(q) or W.WHICH_OF_INDICATORS_Q.search(q))) or \
        (figure_filter and bool(W.WHICH_INDICATOR_Q.search(q) or W.FILTERED_INDICATOR_Q.search(q))) or \
        (conds and bool(W.ROWS_WITH_FIGURE_Q.search(q)))


def span(q: str, plan: QueryPlan, table: str, change: bool) -> int | None:
    """How many years of money rows are read: 3 for 「3年間の累計」「R4～R6」「事業と年度を全部」."""
    if table == "indicators" or change:
        return None
    if W.ALL_YEARS_Q.search(q) or (W.MONEY_TREND_Q.search(q) and len(set(plan.years)) < 2):
        return 3
    if not W.SPAN_Q.search(q):
        return None
    ys = sorted(set(plan.years))
    if len(ys) >= 2:
        return min(3, max(2, ys[-1] - ys[0] + 1))
    m = re.search(r"([23])(?:年間|か年|カ年|ヶ年)", q)
    return int(m.group(1)) if m else 3


def change(q: str, measure: str, conds: list, total: bool = False) -> str | None:
    """increase / decrease / any: a change between two years asked of a money or indicator measure; ``total`` (a sum or
    mean asked): 「全部足すと…どれくらい増えた」 is how far the total moved (any), no filter on the rows."""
    if (MEASURES[measure].ratio and MEASURES[measure].table != "costs") or measure == "achievement":
        return None  # a cost ratio changes too (「一般財源の割合が下がった」), in points
    if W.TIMES_Q.search(q):  # 「決算額が倍以上になった」
        return "increase"
    if not W.CHANGE_Q.search(q):
        return None
    if total and W.TOTAL_MOVED_Q.search(q):
        return "any"
    if W.INCREASE_Q.search(q):
        return "increase"
    if W.DECREASE_Q.search(q):
        return "decrease"
    vs = W.VS_YEAR_Q.search(q)  # 「R6の決算額がR4と比べて少ない」: the comparison's direction
    return ("decrease" if vs.group(1) in ("少な", "低") else "increase") if vs else "any"

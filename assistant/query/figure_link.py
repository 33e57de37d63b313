"""Linking by a figure the question quotes: 「目標1,500人」「R6の実績92.4%」 name the indicator that reports that
figure, 「目標に９人足りなかった」 the one that missed its target by that much (the catalogue's gap figures), and
「目標の55って」 the one whose target it is (the catalogue's target figures)."""

from __future__ import annotations

import re

from ingest.form import nfkc

from ..text.terms import NAME_FIGURE
from ..text.tokens import token_set, tokenize
from ..text.vocabulary import STOP_TOKENS
from ..types import Entity, QueryPlan
from .catalogue import GAP, NEWEST, TARGET, Catalogue, figure_key
from .synonyms import expand


# A figure told as a distance from the target (「９人足りなかった」「2.1ポイント届かず」「あと5%」).
_GAP_AFTER = re.compile(r"\s*[^\s\d、。,.?？をにがは（）()「」]{0,5}?(?:足りな|足らな|届かな|届かず|及ばな|及ばず|不足|下回|上回|超え|越え|オーバー|差)")

_PASSED = re.compile(r"超え|越え|上回|オーバー")

# A round level the value fell below (「90％切っちゃいましたよね」「1,000人を割った」): no figure the sheet prints,
# unless said to be the target (「目標の90％を切った」).
_LEVEL_FALLEN = re.compile(r"[^\s\d、。,.?？をに]{0,2}?(?:を|に)?(?:切(?:っ|れ|る|ら|り)|(?<=を)(?:割っ|割れ|割り込|割込))")

# A figure told as how much a value moved (「前の年より500人近く減って」「2割も増えた」): no value the sheet prints
# (「目標の12人まで減らせなかった」 is one).
_CHANGE_AFTER = re.compile(r"[^\s\d、。,.?？をにがはまで（）()「」]{0,3}?(?:近く|ほど|くらい|ぐらい|程度|弱|強|も|以上)?\s*"
                           r"(?:減|増|伸び|伸ば|落ち|下が|上が)")

# A figure said to be the target: 「目標55って」「目標の50人」 (目標 just before it), 「55いかなかった」「200に届かなかった」
# (not reached: に or まで before 届か・達し, nothing needed before いかな; 「９人足りなかった」 is a gap, ``_GAP_AFTER``).
_TARGET_BEFORE = re.compile(r"目標(?:値|数値)?(?:の|は|が)?\s*$")  # (not 「85目標で81.5止まり」: 81.5 is the result)
# (「目標に７社届かなかった」, no に after the figure, is a gap of 7: ``_GAP_AFTER``)
_TARGET_AFTER = re.compile(r"[^\s\d、。,.?？をがはに]{0,4}?(?:(?:に|まで)(?:いかな|行かな|いってな|行ってな|届かな|届かず|届いてな|達しな|達せず|達してな|到達しな)"
                           r"|(?:いかな|行かな|いってな|行ってな))"
                           r"|[^\s\d、。,.?？をがはでに]{0,3}?の目標")  # (「12の目標で9しか」; not 「386箇所で目標に足りなかった」)

# 「目標1,500人」「R6の実績92.4%」: a figure the user quotes from the sheet.
_FIGURE_RE = re.compile(r"(?<![RrHh令和平成\d.,])(\d[\d,]*(?:\.\d+)?)\s*([^\s\d、。,.?？]{0,4})")


_ROUND = {"万": 10_000, "千": 1_000}

# A figure the user half remembers (「たしか4,000人」「500頭くらい」「10くらいでしたっけ」): often wrong, so no key to a sheet.
_APPROX_AFTER = re.compile(r"[^\s\d、。,.?？]{0,3}?(?:くらい|ぐらい|ほど|程度|前後|(?<!あと)ちょっと|ちょい|位)")  # (not 「あとちょっと」: a gap)
_APPROX_BEFORE = re.compile(r"(?:たしか|確か|約|およそ|大体|だいたい|ざっと)[^\s\d、。,.?？]{0,4}$")


def _rounded(cat: Catalogue, value: float, after: str, named: list[Entity]) -> set[tuple]:
    """The indicators of a named 事業 that print a figure near a rounded one (「20万人超えてた」: 208,750人), in the same
    unit: within 15 % of it, or up to 30 % above it when said to exceed it."""
    over = re.match(r"[^\s、。]{0,3}?(?:超え|越え|以上|を超)", after)
    low, high = (value, value * 1.3) if over else (value * 0.85, value * 1.15)
    nos = {e.jigyo_no for e in named}
    out = set()
    for key, cands in cat.figures.items():
        try:
            x = float(key)
        except ValueError:
            continue
        if low <= x <= high:
            out |= {(no, ind, name) for no, ind, name, unit in cands if no in nos and unit and after.startswith(unit[:1])}
    return out


# A row of the indicator table pasted with its marker and unit (「① 校 8 7 ↗ 5 6 ↗ 未達成」): the marker is the indicator's
# number on the sheet of the 事業 named, however short its figures.
_ROW_PASTED = re.compile(r"([①-⑩])\s*[^\s\d①-⑩]{1,4}\s+[\d,.]+\s+[\d,.]+")
_MARKERS = "①②③④⑤⑥⑦⑧⑨⑩"


def _row_marker(plan: QueryPlan, cat: Catalogue, named: list[Entity]) -> Entity | None:
    """The indicator whose row the question pastes with its marker, of the one 事業 named, or None."""
    m = _ROW_PASTED.search(plan.question or "")
    if not m or len({e.jigyo_no for e in named}) != 1:
        return None
    no, ind = named[0].jigyo_no, _MARKERS.index(m.group(1)) + 1
    return next((e for e in cat.entities if e.kind == "indicator" and e.jigyo_no == no and e.indicator == ind), None)


def figure_link(plan: QueryPlan, cat: Catalogue, named: list[Entity]) -> bool:
    """Link the indicator whose reported figure the question quotes (a target, an R4–R6 value).

    A figure is read as naming an indicator when it is distinctive (three digits or more, or a
    decimal), followed by that indicator's unit (目標40％, 15人), or said to be its target (目標55,
    55に届かなかった: matched against the targets alone).  Years (R6, 2024年度) are not
    figures.  Only one indicator may match, after keeping those of a 事業 named outright.
    """
    row = _row_marker(plan, cat, named)
    if row is not None:
        plan.indicators, plan.details = [Entity("indicator", row.name, row.jigyo_no, indicator=row.indicator, score=0.9)], []
        return True
    found: set[tuple] = set()
    units: set[str] = set()
    exact = False  # a distinctive figure printed with its unit (「目標の14.5時間」) names its indicator by itself
    targets: set[tuple] = set()
    quoted: list[set[tuple]] = []  # each plain figure's indicators, to vote below
    keys: set[str] = set()  # the distinctive plain figures quoted
    for m in _FIGURE_RE.finditer(plan.norm):
        num, after = figure_key(m.group(1)), m.group(2)
        if NAME_FIGURE.match(plan.norm, m.start(1)):
            continue  # 「30人学級」: the program's name, no figure of an indicator
        if plan.norm[m.end(1):m.end(1) + 1].isspace():
            after = ""  # 「目標3500 未達」, typed as keywords: the next word is no unit of the figure
        if not named and (_APPROX_AFTER.match(plan.norm, m.end(1)) or _APPROX_BEFORE.search(plan.norm, 0, m.start(1))):
            continue  # 「たしか4,000人いかなかった」「500頭くらい」: a figure half remembered names no indicator by itself
        if re.match(r"年|月|日|歳|か年", after) or (len(num) == 4 and num.startswith("20")):
            continue
        if after[:1] in _ROUND and named:
            found |= _rounded(cat, float(num) * _ROUND[after[0]], after[1:], named)  # 「20万人超えてた」
            continue
        if after[:1] == "万":  # 「目標6万人」, no 事業 named: the figure printed 60,000 (千 is a unit's: 1,800千本)
            num, after = figure_key(f"{float(num) * _ROUND[after[0]]:.0f}"), after[1:]
        if _TARGET_BEFORE.search(plan.norm[max(0, m.start() - 5):m.start()]) or _TARGET_AFTER.match(plan.norm, m.end(1)):
            cands = cat.figures.get(TARGET + num, set())
            same_unit = _same_unit(cands, after)
            # (a unit said must be the indicator's: 「目標の50人」 is no 50か所)
            cands = same_unit if same_unit or re.match(r"[一-龥ァ-ヶA-Za-z%％]", after) else cands
            targets |= {(no, ind, name) for no, ind, name, _ in cands}
            quoted.append({(no, ind, name) for no, ind, name, _ in cands})
            exact = exact or bool(same_unit and len(num) >= 3)  # (「目標6万人」: a distinctive target, with its unit)
            found |= targets
            units |= {u for *_, u in cands if u}
            continue
        if _LEVEL_FALLEN.match(plan.norm, m.end(1)):
            continue
        gap = _GAP_AFTER.match(plan.norm, m.end(1))
        if gap and not (_PASSED.search(gap.group()) and "目標" not in plan.norm[:m.start()]):
            # 「目標に９人足りなかった」: the shortfall, not a figure printed on the sheet (「７割超えた」 with no target
            # before it is a level passed)
            found |= {(no, ind, name) for no, ind, name, _ in cat.figures.get(GAP + num, set())}
            continue
        if _CHANGE_AFTER.match(plan.norm, m.end(1)):
            continue  # 「500人近く減って」: a change, which names no indicator by its figure
        cands = cat.figures.get(num, set())
        same_unit = _same_unit(cands, after)
        # (100％ is everyone's target, 「R8で100%の計画」: as short a figure as 40％)
        distinct = ("." in m.group(1) or len(num) >= 3) and not (num == "100" and after[:1] in ("%", "％"))
        if distinct:
            keys.add(num)  # (「3人目以降」: a short figure is no year's result to look up)
        if same_unit or not distinct:
            cands = same_unit  # a short figure names an indicator only with its unit
        exact = exact or bool(same_unit and distinct)
        found |= {(no, ind, name) for no, ind, name, _ in cands}
        quoted.append({(no, ind, name) for no, ind, name, _ in cands})
        units |= {u for *_, u in cands if u}
    if named:
        own_found = {f for f in found if f[0] in {e.jigyo_no for e in named}}
        # (a target the named program does not have, another's indicator has: 「地域移行の目標の50人」 is the group
        # homes' 地域移行者数 (目標50人), not the club activities' 地域移行 program its short name named)
        said = re.search(r"([一-龥ァ-ヶーA-Za-z]{2,})(?:の|\s)?目標", plan.norm)  # (「福祉避難所 目標3500」, typed as keywords)
        # (a program linked by a short form only, 「備蓄のほうですが、７日分確保できた集落が…40％の目標」, yields to the
        # indicator whose target it is when that indicator's name says three of the question's words: 備蓄・確保・集落)
        words = set(plan.salient) - STOP_TOKENS
        loose = all(e.score < 1.0 for e in named)
        found = own_found or {f for f in targets if (said and said[1] in nfkc(f[2]))
                              or (loose and len(words & set(tokenize(f[2]))) >= 3)}
    found = _most_quoted(found, quoted)
    # three figures or more of one indicator's row (「③ 人 2,840 3,615 ↗ 4,500 3,980 ↗ 未達成」, a line pasted from its
    # table) name it by themselves, as one figure printed with its unit does
    exact = exact or (len(found) == 1 and sum(next(iter(found)) in q for q in quoted) >= 3)
    if len(found) > 1:
        # Several indicators report that figure: the one whose name (or 事業) shares the question's words.
        words = set(plan.salient)

        def shared(f):
            return len(words & (set(tokenize(f[2])) | set(tokenize(cat.jigyo_names.get(f[0], "")))) - STOP_TOKENS)
        best = max(shared(f) for f in found)
        found = {f for f in found if shared(f) == best}
        if len(found) > 1:
            # still several: the one whose newest result it is (the sheets' R6 column, what a reader of this year's
            # sheets quotes), when only one is
            newest = found & {c[:3] for k in keys for c in cat.figures.get(NEWEST + k, ())}
            found = newest if len(newest) == 1 else found if best else set()
    if len(found) != 1:
        return False
    no, ind, name = next(iter(found))
    # A count quoted with only its unit in common (「戸別訪問した12市町村」 and 「地域移行に取り組む市町村数」's R4
    # value of 12) names no indicator: the question must share a word with it or its 事業 besides the unit.
    rest = set(plan.salient) - token_set(units) - STOP_TOKENS
    own = set(tokenize(name)) | set(tokenize(cat.jigyo_names.get(no, "")))
    if not named and not exact and not (rest | expand(rest)) & own:
        return False
    plan.indicators = [Entity("indicator", name, no, indicator=ind, score=0.9)]
    plan.details = []
    if not any(e.jigyo_no == no for e in plan.jigyo):
        plan.jigyo = [Entity("jigyo", cat.jigyo_names.get(no, ""), no, score=0.6)]
    return True


def _most_quoted(found: set[tuple], quoted: list[set[tuple]]) -> set[tuple]:
    """Of the indicators found, those that report the most of the figures quoted, when one reports two or more
    (「目標の4,000人を上回る4,315人まで回復」: many indicators aim at 4,000人, one of them reached 4,315人)."""
    votes = {f: sum(f in q for q in quoted) for f in found}
    most = max(votes.values(), default=0)
    return {f for f, v in votes.items() if v == most} if most >= 2 else found


def _same_unit(cands: set[tuple], after: str) -> set[tuple]:
    """The catalogue rows (事業番号, indicator, name, unit) whose unit the figure is followed by (50人: 人)."""
    return {c for c in cands if c[3] and after.startswith(c[3][:1])}

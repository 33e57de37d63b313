"""The indicator whose movement the question states: 「インターンに来た学生、R6は減ったって書いてあるけど、その理由は」.

Many sheets count alike (インターンシップに参加した学生数 on a 就職 sheet and インターンシップに参加した獣医学生数 on a 獣医師
sheet; 横断歩道の塗り直し箇所数 on a 標示 sheet whose 事業名 never says 横断歩道, beside a 横断歩道 sheet).  A user who says
how the figure moved in a year (「R5にガクッと減ってた」「2023年度は少なかった」) tells which one: the indicator that did
move so that year.  Only when the indicator (or sheet) the question links first did not: then, among the indicators of the
sheets the question links and of the sheets retrieval ranks first, the one that moved so and shares the most of the
question's words, when no other shares as many.  A question that states a fall and a rise is :mod:`assistant.ask.movement`'s.
"""

from __future__ import annotations

import re

from ingest.form import nfkc, to_float

from ..text.tokens import tokenize
from ..text.vocabulary import TWO_WAY_CHANGE_Q
from ..types import Entity, QueryPlan
from .status_link import indicator_tables
from .synonyms import expand

# How a figure moved, as users say it of one year (「へこんだ」「ガクッと」「少なかった」).
_DOWN = re.compile(r"減(?:っ|少|り)|下が|落ち|少なかっ|少なく|へこ|凹|低かっ|低く|ダウン|割り込|割れ")
_UP = re.compile(r"増え|増加|伸び|上が|多かっ|跳ね|高かっ|アップ")
_MONEY = re.compile(r"予算|決算|お金|金額|費用|円")
# A score this strong is a link the user made by naming the indicator: its own movement is what was misremembered.
_NAMED_INDICATOR = 0.9


def stated_move(plan: QueryPlan) -> tuple[int, int] | None:
    """(fiscal year, +1 or -1) when the question states how a figure moved in one year it names."""
    if len(plan.years) != 1 or TWO_WAY_CHANGE_Q.search(plan.norm):
        return None
    down, up = bool(_DOWN.search(plan.norm)), bool(_UP.search(plan.norm))
    if down == up:
        return None
    return plan.years[0], (-1 if down else 1)


# A sheet of fiscal year FY prints its results as r4 (FY-2), r5 (FY-1) and r6 (FY).
_COLUMNS = {-2: "r4", -1: "r5", 0: "r6"}


def moved(ind: dict, year: int, sign: int, fy: int) -> bool | None:
    """Whether the indicator's result moved with ``sign`` into ``year`` on a sheet of fiscal year ``fy`` (None when the
    sheet does not print both years)."""
    now, before = (to_float(ind.get(_COLUMNS.get(year - d - fy, ""))) for d in (0, 1))
    if now is None or before is None:
        return None
    return (now - before) * sign > 0


def movement_link(plan: QueryPlan, snap, ranked: list[str]) -> bool:
    """Link the indicator that moved as the question states (see the module); ``ranked`` are the 事業番号 of the
    retrieval's hits, best first.  True when the link changed."""
    move = stated_move(plan)
    if move is None or not {"why", "trend", "lookup"} & set(plan.intents) or "cost" in plan.intents or _MONEY.search(plan.norm):
        return False  # (「R6で決算が1千万くらい増えてますけど」: the money moved, no indicator)
    year, sign = move
    top = plan.indicators[0] if plan.indicators else None
    if top is not None and top.score >= _NAMED_INDICATOR:
        return False
    nos = list(dict.fromkeys([e.jigyo_no for e in plan.indicators + plan.jigyo[:2] + plan.details[:2]] + ranked[:10]))
    tables = indicator_tables(snap, nos)
    fys = {no: getattr(snap.newest_of(no), "fiscal_year", None) or 0 for no in tables}
    words = {t for t in plan.salient + tokenize(plan.norm) if len(t) >= 2}  # (塗り直し as the names are read, 塗り直す as lemma)
    words |= {w for w in expand(words) if len(w) >= 2}
    words |= {st for w in words if len(st := re.sub(r"[ぁ-ゖ]+$", "", w)) >= 2 and st != w}  # (塗り直す: the name's 塗り直し)

    def shared(name: str) -> int:
        n = nfkc(name)
        return len({w for w in words if w in n} | (words & set(tokenize(n))))
    first = top.jigyo_no if top is not None else (ranked[0] if ranked else None)
    if top is not None:
        if moved(tables.get(top.jigyo_no, {}).get(top.indicator, {}), year, sign, fys.get(top.jigyo_no, 0)) is not False:
            return False
        floor = shared(top.name)
    else:  # no indicator linked: another sheet's must share more of the question's words than the first sheet's do
        floor = max([shared(i.get("name", "")) for i in tables.get(first, {}).values()] or [0])
    scored = [(shared(i.get("name", "")), no, i) for no in nos for i in tables.get(no, {}).values()
              if moved(i, year, sign, fys[no])]
    best = max((s for s, _, _ in scored), default=0)
    picks = [(no, i) for s, no, i in scored if s == best]
    if best < max(floor, 2) or len(picks) != 1:
        return False
    no, ind = picks[0]
    if top is None and no != first and best == floor:
        return False  # (as many of its words on the first sheet: that sheet's name linked it, its words hold)
    score = max([top.score if top is not None else 0.0] + [e.score for e in plan.jigyo if e.jigyo_no == no] + [0.6])
    plan.indicators = [Entity("indicator", ind.get("name", ""), no, indicator=ind.get("no"), score=score)]
    if plan.jigyo and plan.jigyo[0].jigyo_no != no:  # the sheet that reports it answers, not the one its words linked
        plan.jigyo = [e for e in plan.jigyo if e.jigyo_no == no]
    return True

"""The indicator whose result the question states: 「高齢者世帯とか向けの受信機の配備は目標超えたみたいですけど、何が効いた」.

Two indicators often share the question's words (戸別受信機等の世帯配備率, 要配慮者世帯への配備台数 on one sheet; 首都圏の
試飲商談会での成約件数 and another sheet's 成約件数 of its 首都圏商談会); the user who says the target was reached (or
missed) is asking about the one whose status on the sheet says so.  Only when the linked indicator's status is not the
stated one: the next indicator linked that has it, else among the indicators of the sheets the question links (the
indicator's, the 事業's, the 細事業's) the one with the stated status that shares the most words with the question, when
no other shares as many.
"""

from __future__ import annotations

from dataclasses import replace

from ingest.form import nfkc

from ..text.terms import MISSED_Q, REACHED_Q
from ..text.tokens import tokenize
from ..types import Entity, QueryPlan
from .synonyms import expand


def status_link(plan: QueryPlan, snap) -> None:
    if not plan.indicators:
        return
    wanted = _stated_status(plan)
    if not wanted:
        return
    top = plan.indicators[0]
    if _said_in_name(plan, top):
        return  # (「経営目標を達成した団体の割合は」: the words of the result are the indicator's own name, no result stated)
    # each linked 事業's indicator table, read once (as the other readers of one table do: snap.sheet_parts)
    tables = indicator_tables(snap, [top.jigyo_no] + [e.jigyo_no for e in plan.indicators[1:] + plan.jigyo[:1] + plan.details[:1]])
    if tables.get(top.jigyo_no, {}).get(top.indicator, {}).get("status") in wanted:
        return
    linked = [e for e in plan.indicators[1:] if tables.get(e.jigyo_no, {}).get(e.indicator, {}).get("status") in wanted]
    if linked:  # another indicator the question's words link, with the stated status: in the top one's place
        plan.indicators = [replace(linked[0], score=top.score)]
        return
    words = {t for t in plan.salient if len(t) >= 2}
    nos = dict.fromkeys([top.jigyo_no] + [e.jigyo_no for e in plan.jigyo[:1] + plan.details[:1]])
    scored = [(len(words & set(tokenize(nfkc(i.get("name", ""))))), no, i)
              for no in nos for i in tables.get(no, {}).values() if i.get("status") in wanted]
    best = max((s for s, _, _ in scored), default=0)
    hits = [(no, i) for s, no, i in scored if s == best and s > 0]
    if len(hits) == 1:
        no, i = hits[0]
        plan.indicators = [Entity("indicator", i.get("name", ""), no, indicator=i.get("no"), score=top.score)]


def _said_in_name(plan: QueryPlan, e: Entity) -> bool:
    """Whether the words that state a result (「目標を達成」) are those of the indicator ``e``'s name (経営目標を達成した外郭団体の
    割合): the question names the indicator, it states no result."""
    name = nfkc(e.name)
    return any(m.group(0) in name for rx in (REACHED_Q, MISSED_Q) for m in rx.finditer(plan.norm))


def _stated_status(plan: QueryPlan) -> tuple[str, ...]:
    """The statuses the result the question states can be on the sheet (none when it states none, or both)."""
    reached, missed = REACHED_Q.search(plan.norm), MISSED_Q.search(plan.norm)
    if bool(reached) == bool(missed):
        return ()
    return ("達成",) if reached else ("未達成", "概ね達成")


def status_of_program(plan: QueryPlan, snap, jigyo_no: str) -> None:
    """「バスのICカード対応って、まだ全部のバスじゃないですよね？目標に届かなかったのはなんでなんですか」: no indicator
    linked; the result stated is one of the indicators of the sheet the answer comes from (``jigyo_no``, the retrieval's:
    the 事業 linked from shared words may be another).  The one with that status, when it is the only one, or the one that
    shares the most of the question's words (対応 of キャッシュレス決済に対応した路線バス車両の割合; a word's synonyms count as
    it) when no other shares as many."""
    wanted = _stated_status(plan)
    if plan.indicators or not wanted or not {"why", "trend"} & set(plan.intents):
        return
    table = indicator_tables(snap, [jigyo_no]).get(jigyo_no, {})
    fits = [i for i in table.values() if i.get("status") in wanted]
    if len(fits) > 1:
        words = {t for t in plan.tokens if len(t) >= 2}
        words |= expand(words)  # (見た子どもの数: the sheet's 児童生徒数, not 学校数 for 学校 of 「学校に劇団とかを呼んで」)
        shared = [len(words & set(tokenize(nfkc(i.get("name", ""))))) for i in fits]
        fits = [i for i, n in zip(fits, shared) if n == max(shared) and n > 0]
    if len(fits) == 1:
        score = max([e.score for e in plan.jigyo if e.jigyo_no == jigyo_no] or [_PROGRAM_LINK])
        plan.indicators = [Entity("indicator", fits[0].get("name", ""), jigyo_no, indicator=fits[0].get("no"), score=score)]


# The score of an indicator picked so, when the question links no 事業 of that sheet.
_PROGRAM_LINK = 0.55


def indicator_tables(snap, nos: list[str]) -> dict[str, dict]:
    """事業番号 -> the indicators of its newest sheet, by number (read by the status and the movement linkers)."""
    newest = {r.version: r.jigyo_no for r in (snap.newest_of(no) for no in dict.fromkeys(nos)) if r is not None}
    return {newest[v]: {i.get("no"): i for i in part.get("indicators") or []}
            for v, part in snap.sheet_parts(list(newest), "indicators")}

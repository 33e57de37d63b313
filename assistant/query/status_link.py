"""The indicator whose result the question states: 「高齢者世帯とか向けの受信機の配備は目標超えたみたいですけど、何が効いた」.

Two indicators of one 事業 often share the question's words (戸別受信機等の世帯配備率, 要配慮者世帯への配備台数); the
user who says the target was reached (or missed) is asking about the one whose status on the sheet says so.
Only among the linked 事業's indicators, and only when exactly one of those that share a word with the question
has the stated status while the linked one does not.
"""

from __future__ import annotations

from ingest.form import nfkc

from ..text.terms import MISSED_Q, REACHED_Q
from ..text.tokens import tokenize
from ..types import Entity, QueryPlan


def status_link(plan: QueryPlan, snap) -> None:
    if not plan.jigyo or not plan.indicators or plan.indicators[0].jigyo_no != plan.jigyo[0].jigyo_no:
        return
    reached, missed = REACHED_Q.search(plan.norm), MISSED_Q.search(plan.norm)
    if bool(reached) == bool(missed):
        return
    wanted = ("達成",) if reached else ("未達成", "概ね達成")
    top = plan.indicators[0]
    newest = snap.newest_of(top.jigyo_no)
    sheet = ((snap.records.get(newest.version) or {}).get("sheet") or {}) if newest else {}
    rows = {i.get("no"): i for i in sheet.get("indicators") or []}
    if not rows or rows.get(top.indicator, {}).get("status") in wanted:
        return
    words = {t for t in plan.salient if len(t) >= 2}
    hits = [i for i in rows.values() if i.get("status") in wanted and words & set(tokenize(nfkc(i.get("name", ""))))]
    if len(hits) == 1:
        i = hits[0]
        plan.indicators = [Entity("indicator", i.get("name", ""), top.jigyo_no, indicator=i.get("no"), score=top.score)]

"""The same figure on two programs' sheets, asked without naming the program.

「高校生の不読率、R5でガクッと悪くなった背景」: 不読率 is an indicator of 子ども読書活動推進 and of
学校図書館活用推進 alike, and nothing in the question tells which one the user means.  The answer
then tells both, each under its own program's name, instead of guessing one; a program the question
names (or whose rare words it uses) settles it, and an indicator linked clearly better wins alone.
"""

from __future__ import annotations

from ..query.linking import NAMED_LINK
from ..types import STRONG_LINK, QueryPlan
from .evidence import chunk_for

# The other program's indicator is linked at least this share of the best one's score.
TWIN_SHARE = 0.9


def twin_chunks(snap, plan: QueryPlan, primary: list[str]) -> list[str]:
    """The chunks of the twin indicator (same sections as ``primary``'s 4 and 8), or []."""
    if not primary or plan.intent not in ("why", "trend", "lookup") or "cross" in plan.intents \
            or any(e.score >= NAMED_LINK for e in plan.jigyo) or len(plan.indicators) < 2:
        return []
    first = snap.chunks[primary[0]].meta
    top = next((e for e in plan.indicators if e.jigyo_no == first.get("jigyo_no")
                and e.indicator == first.get("indicator")), None)
    if top is None or top.score < STRONG_LINK:
        return []
    twin = next((e for e in plan.indicators if e.jigyo_no != top.jigyo_no
                 and e.score >= max(STRONG_LINK, TWIN_SHARE * top.score)), None)
    if twin is None:
        return []
    newest = snap.newest_of(twin.jigyo_no)
    version = newest.version if newest else None
    secs = [snap.chunks[c].meta.get("section") for c in primary
            if snap.chunks[c].meta.get("jigyo_no") == top.jigyo_no and snap.chunks[c].meta.get("section") in ("4", "8")]
    out = [chunk_for(snap, version, sec, twin.indicator) for sec in dict.fromkeys(secs)] if version else []
    return [c for c in out if c and c not in primary]

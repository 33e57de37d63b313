"""The other half of a sheet's 課題 (9-1) and 方策 (9-2), told beside the half that answers when it speaks of the
question's own words: a problem asked about, and what will be done about it."""

from __future__ import annotations

from ingest.form import nfkc

from ..query.sentences import distinctive_terms
from ..text.terms import FIGURE_NAMED_Q
from ..types import QueryPlan
from .evidence import chunk_for


_PAIRS = {"9-1": "9-2", "9-2": "9-1"}


def paired_section(snap, plan: QueryPlan, cid: str) -> str | None:
    """The other half of 課題 and 方策 when one of its lines speaks of the question's own words: 「防災士って女性
    少ないの？」 is answered by the 課題, and 「託児付きの講座…女性が受講しやすい」 is what will be done about it;
    「資格取っただけで活動してない人が多いって聞くけど、来年どうする？」 by the 方策, and the 課題 that says so."""
    m = snap.chunks[cid].meta
    other = _PAIRS.get(m.get("section"))
    asked = plan.intent in ("issue", "plan") or (plan.intent == "lookup" and m.get("section") == "9-1")
    if len(plan.intents) != 1 or not asked or not other or FIGURE_NAMED_Q.search(plan.norm):
        return None  # a figure also asked for (「成約件数と来年度の対応」) is the related material
    pair = chunk_for(snap, m.get("version"), other)
    terms = distinctive_terms(snap, plan)
    if not pair or not terms:
        return None
    text = nfkc(snap.chunks[pair].text)
    return pair if any(f in text for t in terms.values() for f in t.forms) else None


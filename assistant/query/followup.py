"""Follow-up questions: a short question with nothing of its own linked reuses the conversation's
entities (the previous question's names, or the first citation of the previous answer).
"""

from __future__ import annotations

from ingest.form import nfkc

from ..text.tokens import tokenize
from ..text.vocabulary import FOLLOWUP_Q, STOP_TOKENS
from ..types import Entity, QueryPlan
from .catalogue import Catalogue
from .linking import _assign, _link, expand
from .years import parse_years


def _history_text(history) -> tuple[str, list[dict]]:
    """Previous user questions (newest last) and prior answers' citations."""
    texts: list[str] = []
    cites: list[dict] = []
    for h in history or []:
        if hasattr(h, "to_dict"):
            d = h.to_dict()
            texts.append(d.get("question", ""))
            cites.extend(d.get("citations", []))
            continue
        if not isinstance(h, dict):
            continue
        if "citations" in h and "question" in h:
            texts.append(h.get("question", ""))
            cites.extend(h.get("citations") or [])
            continue
        content = h.get("content", "")
        if isinstance(content, list):  # gradio 6: a list of parts
            content = " ".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)
        if h.get("role") == "user":
            texts.append(str(content))
    return (texts[-1] if texts else ""), cites


def follow_up(plan: QueryPlan, cat: Catalogue, embedder, history) -> None:
    """Nothing specific linked in a short question -> reuse the conversation's entities."""
    q, salient = plan.norm, plan.salient
    prev_q, prev_cites = _history_text(history)
    is_short = len(salient) <= 1 or FOLLOWUP_Q.search(q) is not None
    if (prev_q or prev_cites) and is_short and not plan.indicators and not plan.jigyo and not plan.details:
        plan.followup = True
        plan.context_text = prev_q
        if prev_q:
            ptoks = set(t for t in tokenize(prev_q) if t not in STOP_TOKENS)
            pvec = None
            try:
                pvec = embedder.embed_query(nfkc(prev_q))
            except Exception:
                pvec = None
            _assign(plan, _link(cat, nfkc(prev_q), ptoks, pvec, expand(ptoks)))
            plan.salient = list(dict.fromkeys(plan.salient + [t for t in tokenize(prev_q) if t not in STOP_TOKENS]))
            if not plan.years:
                plan.years, _ = parse_years(prev_q, cat.newest_year)
        if not plan.indicators and prev_cites:
            c = prev_cites[0]
            if c.get("indicator"):
                plan.indicators.append(Entity("indicator", c.get("indicator_name", ""), c["jigyo_no"],
                                              indicator=int(c["indicator"]), score=1.0))
            if c.get("jigyo_no") and not plan.jigyo:
                plan.jigyo.append(Entity("jigyo", c.get("jigyo_name", ""), c["jigyo_no"], score=1.0))


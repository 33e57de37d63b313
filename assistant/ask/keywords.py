"""Questions typed as keywords (「雪崩 危険箇所 監視 センサー」「カスハラ 加害者 罰則 過料」): each word is one the user chose.

A sentence hides its subject among words that only say how it is asked, so the refusal stages judge phrases and leave
a lone common word alone (「…の背景」「…の状況」).  A search-box question has no such words: each keyword narrows
what is asked, and a keyword the answer's sheet never writes (nor a word close to it) is a subject that sheet does not
speak of.  「雪崩 危険箇所 監視 センサー」 is not answered by the 道路のり面 sheet's sensors, which never say 雪崩.
"""

from __future__ import annotations

import re

from ..text.tokens import morphemes
from ..types import QueryPlan
from .evidence import answer_ids, chunk_tokens, near_words, sheet_text, topic_held

# Three or more words split by spaces, none of them a sentence (no 、。); the last may ask (「どうする」「統計ある?」).
_KEYWORD_Q = re.compile(r"[^\s、。]{1,14}(?:\s+[^\s、。]{1,14}){2,}[?？]?")
# A piece with more kana than this is a phrase of a sentence (「あのー井戸水の検査の件数って 去年だけやけに多いけど」:
# voice input with pauses), not a keyword.
_KANA_IN_KEYWORD = 3


def typed_as_keywords(q: str) -> bool:
    """Whether the question is typed as keywords split by spaces."""
    if _KEYWORD_Q.fullmatch(q.strip()) is None:
        return False
    return all(len(re.findall(r"[ぁ-ゖ]", p)) <= _KANA_IN_KEYWORD for p in q.split()[:-1])


def keywords_unwritten(snap, plan: QueryPlan, hits, topic: list[str], embedder=None) -> list[str]:
    """The keywords (as typed) whose topic words the answer's sheet never writes, nor the linked names, nor a synonym or a
    word close in meaning; [] unless the question is typed as keywords."""
    if not hits or not typed_as_keywords(plan.norm):
        return []
    ids = answer_ids(snap, plan, hits)
    if not ids:
        return []
    text = (sheet_text(snap, ids) + "\n" + "\n".join(e.name for e in plan.jigyo + plan.indicators + plan.details)).lower()
    words = set(topic)
    gone: dict[str, list[str]] = {}
    pieces = plan.norm.split()
    for i, piece in enumerate(pieces):
        if re.fullmatch(r"[a-z/?？]+", piece) or (i == len(pieces) - 1 and re.search(r"[ぁ-ゖ]", piece)):
            continue  # (why, before/after, cost: the user's English for how it is asked; 「実際に役立った事例」 asks last)
        typed = {m.norm: m.surface.lower() for m in morphemes(piece) if m.norm in words and len(m.norm) >= 2}
        if typed and not topic_held(text, list(typed), typed):
            gone[piece] = list(typed)
    if not gone:
        return []
    toks = set().union(*(chunk_tokens(snap, c) for c in ids))
    near = near_words(embedder, [f for fs in gone.values() for f in fs], toks)
    return [p for p, fs in gone.items() if not any(near.get(f) for f in fs)]

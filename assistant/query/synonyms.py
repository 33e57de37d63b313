"""The sheets' words for what people say: synonyms of a question's tokens (SYNONYMS, EVERYDAY_TERMS), tokenized once."""

from __future__ import annotations

import functools

from ..text.terms import EVERYDAY_TERMS
from ..text.tokens import tokenize
from ..text.vocabulary import STOP_TOKENS, SYNONYMS


def expand(tokens: set[str]) -> set[str]:
    """Synonyms of the question's tokens (the sheets' words for what people say)."""
    out: set[str] = set()
    for t in tokens:
        for s in SYNONYMS.get(t, ()) + EVERYDAY_TERMS.get(t, ()):
            for x in _syn_tokens(s):
                if x not in tokens:
                    out.add(x)
    return out


@functools.lru_cache(maxsize=1024)  # synonyms are constants: a pure function of them
def _syn_tokens(word: str) -> tuple[str, ...]:
    return tuple(t for t in tokenize(word) if t not in STOP_TOKENS) or (word,)

"""The sheets' words for what people say: synonyms of a question's tokens (SYNONYMS, EVERYDAY_TERMS), tokenized once."""

from __future__ import annotations

import functools
import re

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
        twin = kana_twin(t)
        if twin and twin not in tokens:
            out.add(twin)
        voiced = rendaku(t)
        if voiced and voiced not in tokens:
            out.add(voiced)
    return out


_VOICED = str.maketrans("カキクケコサシスセソタチツテトハヒフヘホ", "ガギグゲゴザジズゼゾダヂヅデドバビブベボ")


def rendaku(t: str) -> str | None:
    """ジカ for シカ, グマ for クマ, ザル for サル: a katakana word's first kana voiced, as it is written at the end of a
    compound (ニホンジカ, ツキノワグマ, ニホンザル); for the words to be found inside the sheet's longer name."""
    if re.fullmatch(r"[ァ-ヶ][ァ-ヶー]+", t) and (v := t[0].translate(_VOICED)) != t[0]:
        return v + t[1:]
    return None


def kana_twin(t: str) -> str | None:
    """ゴミ for ごみ, くま for クマ: a word written all in katakana is the same word in hiragana (and back).  Sudachi
    unifies some (ケガ, けが: 怪我) but not these, and people write either (the sheet's 刈草・ごみ, the user's ゴミ)."""
    if re.fullmatch(r"[ァ-ヶ]{2,}", t):
        return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" and c not in "ヵヶ" else c for c in t)
    if re.fullmatch(r"[ぁ-ゖ]{2,}", t):
        return "".join(chr(ord(c) + 0x60) for c in t)
    return None


@functools.lru_cache(maxsize=1024)  # synonyms are constants: a pure function of them
def _syn_tokens(word: str) -> tuple[str, ...]:
    return tuple(t for t in tokenize(word) if t not in STOP_TOKENS) or (word,)

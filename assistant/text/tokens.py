"""Japanese text processing: normalisation and SudachiPy tokenisation.

``normalize`` is for matching only; sheet display strings are never normalised in
place.  ``tokenize`` produces the terms used by the lexical (BM25) index and by the
default embedder, so both agree on what a "word" is.

Tokenisation scheme (chosen by ``bench/embeddings_candidates.py``): SplitMode C
morphemes, plus their SplitMode A sub-words when a C morpheme is a compound
(満足度 -> 満足度, 満足, 度; NPO法人 -> npo法人, npo, 法人).  Tokens are the Sudachi
``normalized_form`` (so ＮＰＯ / NPO and 下がっ / 下がる agree), NFKC-normalised and
lowercased; particles, auxiliary verbs, supplementary symbols and whitespace are
dropped.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Iterable
from typing import NamedTuple

__all__ = [
    "DROP_POS",
    "Morpheme",
    "morphemes",
    "normalize",
    "tokenize",
    "tokenize_many",
    "get_tokenizer",
    "homophones",
    "reading",
]

# Parts of speech (first level) dropped from token streams.
DROP_POS = frozenset({"助詞", "助動詞", "補助記号", "空白"})

# Sudachi refuses inputs above ~49,149 bytes; stay well below.
_MAX_CHUNK_CHARS = 4000

_WS_RE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """NFKC + collapse runs of whitespace (incl. full-width spaces) + strip."""
    if not text:
        return ""
    return _WS_RE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


class _Sudachi:
    """Process-wide Sudachi dictionary with one tokenizer per thread.

    Sudachi ``Tokenizer`` objects are not safe to share between threads (concurrent
    use raises "Already borrowed"), so each thread lazily gets its own; the
    dictionary (the expensive part) is loaded once.
    """

    def __init__(self) -> None:
        from sudachipy import Dictionary, SplitMode

        self._split_c = SplitMode.C
        self._split_a = SplitMode.A
        self.dictionary = Dictionary()
        self._drop = self.dictionary.pos_matcher(lambda pos: pos[0] in DROP_POS)
        self._local = threading.local()

    def _tokenizer(self):
        tok = getattr(self._local, "tok", None)
        if tok is None:
            make = getattr(self.dictionary, "tokenizer", None) or self.dictionary.create
            tok = make(mode=self._split_c)
            self._local.tok = tok
        return tok

    def tokens(self, text: str, subwords: bool = True) -> list[str]:
        tok = self._tokenizer()
        drop = self._drop
        split_a = self._split_a
        out: list[str] = []
        append = out.append
        for piece in _chunks(text):
            for m in tok.tokenize(piece):
                if drop(m):
                    continue
                form = m.normalized_form()
                if not form.isascii():
                    form = unicodedata.normalize("NFKC", form)
                form = form.lower().strip()
                if not form:
                    continue
                if " " in form:  # tokens are stored space-joined: keep them space-free
                    form = form.replace(" ", "_")
                append(form)
                if subwords and len(form) > 1:
                    subs = m.split(split_a)
                    if len(subs) > 1:
                        for s in subs:
                            if drop(s):
                                continue
                            sf = unicodedata.normalize("NFKC", s.normalized_form()).lower().strip()
                            if sf and sf != form:
                                append(sf.replace(" ", "_"))
        return out


    def synonym_groups(self, word: str) -> tuple[int, ...]:
        """Sudachi's synonym group ids of ``word`` when it is one morpheme (空気 and 大気 share one)."""
        ms = self._tokenizer().tokenize(word)
        return tuple(ms[0].synonym_group_ids()) if len(ms) == 1 else ()

    def reading(self, word: str) -> str:
        """The katakana reading Sudachi gives ``word`` (誘因 and 誘引 both ユウイン)."""
        return "".join(m.reading_form() for m in self._tokenizer().tokenize(word))

    def morphemes(self, text: str) -> list["Morpheme"]:
        """SplitMode C morphemes with their part of speech (nothing dropped).  A verb's noun form that Sudachi cut in
        context only (見 + 守り of 「高齢者の見守りをお願い」) is that word again: read alone, the two are one morpheme
        (見守り), as the sheets' 高齢者見守りネットワーク has it."""
        tok = self._tokenizer()
        out: list[Morpheme] = []
        for piece in _chunks(text):
            ms = [self._morpheme(m) for m in tok.tokenize(piece)]
            i = 0
            while i < len(ms):
                a = ms[i]
                if i + 1 < len(ms) and _ONE_KANJI.fullmatch(a.surface) and a.pos[:1] in (("名詞",), ("動詞",)) and ms[i + 1].pos[:1] == ("名詞",):
                    alone = tok.tokenize(a.surface + ms[i + 1].surface)
                    if len(alone) == 1 and alone[0].part_of_speech()[0] == "動詞":  # (a verb's noun form, 見守り, and a
                        # noun here, as its second part was; not two nouns Sudachi keeps apart, 町 + 村)
                        out.append(self._morpheme(alone[0])._replace(pos=ms[i + 1].pos))
                        i += 2
                        continue
                out.append(a)
                i += 1
        return out

    @staticmethod
    def _morpheme(m) -> "Morpheme":
        norm = unicodedata.normalize("NFKC", m.normalized_form()).lower().strip().replace(" ", "_")
        return Morpheme(m.surface(), norm, tuple(p for p in m.part_of_speech()[:4] if p != "*"))


class Morpheme(NamedTuple):
    surface: str
    norm: str  # as in tokenize(): Sudachi normalized_form, NFKC, lowercased
    pos: tuple[str, ...]  # e.g. ("名詞", "普通名詞", "副詞可能")


def _chunks(text: str) -> Iterable[str]:
    """Split long text at whitespace/punctuation so Sudachi's input limit is never hit."""
    if len(text) <= _MAX_CHUNK_CHARS:
        yield text
        return
    start = 0
    n = len(text)
    while start < n:
        end = min(start + _MAX_CHUNK_CHARS, n)
        if end < n:
            cut = max(text.rfind(c, start, end) for c in (" ", "。", "\n", "、"))
            if cut > start:
                end = cut + 1
        yield text[start:end]
        start = end


_instance: _Sudachi | None = None
_instance_lock = threading.Lock()


def get_tokenizer() -> _Sudachi:
    """The lazily created process-wide Sudachi wrapper."""
    global _instance
    if _instance is None:
        with _instance_lock:
            if _instance is None:
                _instance = _Sudachi()
    return _instance


def tokenize(text: str, subwords: bool = True) -> list[str]:
    """Content tokens of ``text`` for search (never empty, never containing spaces).

    ``subwords=True`` (default) also emits the SplitMode A parts of compounds,
    which raises BM25 recall (満足度 matches 満足).
    """
    text = normalize(text)
    if not text:
        return []
    return get_tokenizer().tokens(text, subwords=subwords)


@functools.lru_cache(maxsize=65536)  # a pure function of the word and the installed dictionary
def synonym_groups(word: str) -> tuple[int, ...]:
    """Sudachi's synonym group ids of ``word`` (SudachiDict-core tags each word with them: 空気 and 大気,
    落とし物 and 遺失物, 先生 and 教員 share a group); empty for a phrase of several morphemes."""
    return get_tokenizer().synonym_groups(word) if len(word) >= 2 and not word.isascii() else ()


@functools.lru_cache(maxsize=65536)  # a pure function of the word and the installed dictionary
def reading(word: str) -> str:
    """How ``word`` is read, in katakana (empty for an empty word)."""
    return get_tokenizer().reading(word) if word else ""


_KANJI_WORD = re.compile(r"[一-龥]{2,}")
_ONE_KANJI = re.compile(r"[一-龥]")


def homophones(word: str, tokens: Iterable[str]) -> set[str]:
    """The tokens a slip of the input method would have typed ``word`` for: as many kanji, all but one the same in
    place, read alike (the user's 誘因物 for the sheet's 誘引物, 感心 for 関心); none for a word of other script."""
    if not _KANJI_WORD.fullmatch(word):
        return set()
    said = reading(word)
    return {t for t in tokens if len(t) == len(word) and t != word and _KANJI_WORD.fullmatch(t)
            and sum(a != b for a, b in zip(t, word)) == 1 and reading(t) == said}


def read_alike(word: str, tokens: Iterable[str]) -> set[str]:
    """The kanji tokens read as ``word`` is, of its length, whichever kanji differ (私財 and 資材, 講演 and 公園): what
    dictation may have written for them.  Many words are read alike, so a caller keeps one only where its context
    says so (see ``ask.refusal``: the compound typed is written so on the sheet)."""
    if not _KANJI_WORD.fullmatch(word):
        return set()
    said = reading(word)
    return {t for t in tokens if len(t) == len(word) and t != word and _KANJI_WORD.fullmatch(t) and reading(t) == said}


def morphemes(text: str) -> list[Morpheme]:
    """The morphemes of ``text`` (normalised as for ``tokenize``) with parts of speech."""
    text = normalize(text)
    return get_tokenizer().morphemes(text) if text else []


def token_set(texts: Iterable[str]) -> set[str]:
    """Every token of ``texts`` (the words of a few names, of the sentences of a passage)."""
    return {t for text in texts for t in tokenize(text)}


def tokenize_many(texts: Iterable[str], subwords: bool = True) -> list[list[str]]:
    return [tokenize(t, subwords=subwords) for t in texts]

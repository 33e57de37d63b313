"""Lexical (BM25) index over Japanese chunks, scored with ``bm25s``.

Why not ``llama_index.retrievers.bm25.BM25Retriever`` directly: it tokenises with
``bm25s.tokenize`` (regex ``\\b\\w\\w+\\b`` + an English stemmer/stopwords) and its
``tokenizer=`` argument is deprecated and ignored, so a Japanese sentence becomes a
single "word" and every query scores 0.  Here we feed ``bm25s`` our own Sudachi
token lists (``assistant.text.tokens.tokenize``) for both the corpus and the query.

(If a llama-index retriever is ever needed, build it with
``BM25Retriever(existing_bm25=index.bm25, ...)`` and override ``_retrieve`` to call
:meth:`LexicalIndex.search`; the stock query path would still mis-tokenise.)
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

import numpy as np

from assistant.text.tokens import tokenize

__all__ = ["LexicalIndex", "top_positive"]

_FORMAT_VERSION = 1
_META_FILE = "lexical.json"


class TokenLists(NamedTuple):
    """Documents as ids and their token lists, index-aligned."""

    ids: list[str]
    tokens: list[list[str]]


class LexicalIndex:
    """BM25 over (id, text) pairs with incremental add/remove.

    The ``bm25s`` matrix is rebuilt lazily on the next search after a change;
    rebuilding ~30k chunks takes a couple of seconds.
    """

    def __init__(self, k1: float = 1.2, b: float = 0.75, method: str = "lucene") -> None:
        self.k1 = k1
        self.b = b
        self.method = method
        self._ids: list[str] = []
        self._tokens: list[list[str]] = []
        self._pos: dict[str, int] = {}
        self._bm25 = None
        self._dirty = True
        self._lock = threading.RLock()

    # ------------------------------------------------------------------ building
    def build(self, ids: Sequence[str], texts: Sequence[str]) -> None:
        """Replace the whole index."""
        if len(ids) != len(texts):
            raise ValueError("ids and texts must have the same length")
        tokens = [tokenize(t) for t in texts]
        with self._lock:
            self._ids, self._tokens, self._pos = [], [], {}
            self._put(ids, tokens)

    def add(self, ids: Sequence[str], texts: Sequence[str]) -> None:
        """Add or replace (upsert) documents."""
        if len(ids) != len(texts):
            raise ValueError("ids and texts must have the same length")
        tokens = [tokenize(t) for t in texts]
        with self._lock:
            self._put(ids, tokens)

    def add_tokens(self, ids: Sequence[str], tokens: Sequence[list[str]]) -> None:
        """Upsert pre-tokenised documents (e.g. tokenised in worker processes)."""
        with self._lock:
            self._put(ids, [list(t) for t in tokens])

    def remove(self, ids: Iterable[str]) -> int:
        """Remove documents by id; returns how many were present."""
        with self._lock:
            drop = {i for i in ids if i in self._pos}
            if not drop:
                return 0
            keep = [n for n, i in enumerate(self._ids) if i not in drop]
            self._ids = [self._ids[n] for n in keep]
            self._tokens = [self._tokens[n] for n in keep]
            self._pos = {i: n for n, i in enumerate(self._ids)}
            self._dirty = True
            return len(drop)

    def _put(self, ids: Sequence[str], tokens: Sequence[list[str]]) -> None:
        for doc_id, toks in zip(ids, tokens):
            n = self._pos.get(doc_id)
            if n is None:
                self._pos[doc_id] = len(self._ids)
                self._ids.append(doc_id)
                self._tokens.append(toks)
            else:
                self._tokens[n] = toks
        self._dirty = True

    def _ensure(self):
        if not self._dirty:
            return self._bm25
        if not self._ids:
            self._bm25 = None
        else:
            import bm25s

            bm25 = bm25s.BM25(k1=self.k1, b=self.b, method=self.method)
            bm25.index(self._tokens, show_progress=False)
            self._bm25 = bm25
        self._dirty = False
        return self._bm25

    # ------------------------------------------------------------------ queries
    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._pos

    @property
    def ids(self) -> list[str]:
        return list(self._ids)

    def tokens_of(self, doc_id: str) -> frozenset[str] | None:
        """The tokens of one document, or None when it is not indexed."""
        with self._lock:
            n = self._pos.get(doc_id)
            return None if n is None else frozenset(self._tokens[n])

    @property
    def vocab(self) -> dict[str, int]:
        """Every token the BM25 index knows (token -> its column), empty when the index is."""
        with self._lock:
            bm25 = self._ensure()
            return bm25.vocab_dict if bm25 is not None else {}

    def terms(self) -> list[str]:
        """Every token the BM25 index knows."""
        return [t for t in self.vocab if t]

    def export(self) -> TokenLists:
        """(ids, token lists), index-aligned: what :meth:`add_tokens` takes back."""
        with self._lock:
            return TokenLists(list(self._ids), list(self._tokens))

    @property
    def bm25(self):
        """The underlying ``bm25s.BM25`` (built on demand), or None when empty."""
        with self._lock:
            return self._ensure()

    def search(
        self, query: str, k: int = 10, allowed_ids: set[str] | None = None
    ) -> list[tuple[str, float]]:
        """Top ``k`` (id, score) with score > 0, best first."""
        return self.search_tokens(tokenize(query), k=k, allowed_ids=allowed_ids)

    def search_tokens(
        self, query_tokens: Sequence[str], k: int = 10, allowed_ids: set[str] | None = None
    ) -> list[tuple[str, float]]:
        if k <= 0:
            return []
        with self._lock:
            bm25 = self._ensure()
            if bm25 is None:
                return []
            vocab = bm25.vocab_dict
            # Unknown tokens are skipped; repeated query tokens count once.
            tok_ids = list(dict.fromkeys(vocab[t] for t in query_tokens if t and t in vocab))
            if not tok_ids:
                return []
            mask = None
            if allowed_ids is not None:
                rows = [self._pos[i] for i in allowed_ids if i in self._pos]
                if not rows:
                    return []
                mask = np.zeros(len(self._ids), dtype=np.float32)
                mask[rows] = 1.0
            scores = bm25.get_scores_from_ids(tok_ids, weight_mask=mask)
            ids = self._ids
        return [(ids[n], float(scores[n])) for n in top_positive(scores, k)]

    # ------------------------------------------------------------------ persistence
    def save(self, directory: str | Path) -> None:
        """Write ``lexical.json`` (ids + token lists) into ``directory``.

        The BM25 matrix is rebuilt from the tokens on load, which keeps the format
        independent of the ``bm25s`` version.
        """
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        with self._lock:
            payload = {
                "version": _FORMAT_VERSION,
                "params": {"k1": self.k1, "b": self.b, "method": self.method},
                "ids": self._ids,
                "tokens": self._tokens,
            }
        tmp = directory / (_META_FILE + ".tmp")
        tmp.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
        tmp.replace(directory / _META_FILE)

    @classmethod
    def load(cls, directory: str | Path) -> LexicalIndex:
        path = Path(directory) / _META_FILE
        payload = json.loads(path.read_text(encoding="utf-8"))
        if payload.get("version") != _FORMAT_VERSION:
            raise ValueError(f"語彙インデックスの形式が未対応です: {path}")
        params = payload.get("params", {})
        index = cls(**params)
        index._put(payload["ids"], [list(t) for t in payload["tokens"]])
        return index

    @classmethod
    def exists(cls, directory: str | Path) -> bool:
        return (Path(directory) / _META_FILE).is_file()


def top_positive(scores, k: int):
    """Positions of the ``k`` best positive scores, best first (ties in position order).

    One selection for the in-memory index and the laid-out postings, so both rank alike."""
    positive = np.flatnonzero(scores > 0)
    if positive.size > k:
        positive = positive[np.argpartition(-scores[positive], k - 1)[:k]]
    return positive[np.argsort(-scores[positive], kind="stable")]

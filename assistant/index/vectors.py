"""The embedders' common base: the interface, L2 normalisation, the bounded word-vector
cache, and the concatenation of several embedders (``HybridEmbedder``)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

import numpy as np


class EmbeddingError(RuntimeError):
    """Raised with a user-facing (Japanese) message when a backend cannot be used."""


@runtime_checkable
class Embedder(Protocol):
    name: str
    dim: int

    def embed_documents(self, texts: list[str]) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...


def _l2(mat: np.ndarray) -> np.ndarray:
    """Row-wise L2 normalisation; all-zero rows stay zero."""
    mat = np.asarray(mat, dtype=np.float32)
    if mat.ndim == 1:
        n = float(np.linalg.norm(mat))
        return mat / n if n > 0 else mat
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return mat / norms


def _to_lists(mat: np.ndarray) -> list[list[float]]:
    return np.asarray(mat, dtype=np.float32).tolist()


WORD_CACHE_SIZE = 200_000  # word vectors kept per embedder (a few hundred MB at most)
NAME_CACHE_SIZE = 100_000  # entity-name vectors kept per embedder (~5,000 sheets' names)


class BoundedCache:
    """A thread-safe mapping that forgets its least recently used entries beyond ``maxsize``."""

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self._data: OrderedDict[Any, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Any) -> Any:
        with self._lock:
            value = self._data.get(key)
            if value is not None:
                self._data.move_to_end(key)
            return value

    def put(self, key: Any, value: Any) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.maxsize:
                self._data.popitem(last=False)

    def __len__(self) -> int:
        return len(self._data)


class _WordVectors:
    """``word_vector(token)``: the embedding of one word, cached (bounded) per embedder.

    For the default (hybrid) embedder it is the word-vector part only: whether two words
    mean the same thing (時給 ~ 賃金), not whether they share characters."""

    _word_cache: BoundedCache | None = None
    _word_cache_lock = threading.Lock()

    def _word_source(self) -> Any:
        return self

    def word_vector(self, token: str) -> np.ndarray:
        cache = self._word_cache
        if cache is None:
            with _WordVectors._word_cache_lock:
                if self._word_cache is None:
                    self._word_cache = BoundedCache(WORD_CACHE_SIZE)
                cache = self._word_cache
        v = cache.get(token)
        if v is None:
            v = np.asarray(self._word_source().embed_documents([token])[0], dtype=np.float32)
            cache.put(token, v)
        return v


    _name_cache: BoundedCache | None = None

    def name_vectors(self, names: Sequence[str]) -> list[np.ndarray]:
        """Embeddings of entity names (事業, indicators, 細事業), cached (bounded) per embedder:
        a catalogue rebuilt after an ingest embeds only the names that are new."""
        with _WordVectors._word_cache_lock:
            if self._name_cache is None:
                self._name_cache = BoundedCache(NAME_CACHE_SIZE)
            cache = self._name_cache
        todo = [n for n in dict.fromkeys(names) if cache.get(n) is None]
        if todo:
            for n, v in zip(todo, self.embed_documents(todo)):
                cache.put(n, np.asarray(v, dtype=np.float32))
        out = []
        for n in names:
            v = cache.get(n)
            if v is None:  # evicted meanwhile (a catalogue larger than the cache)
                v = np.asarray(self.embed_documents([n])[0], dtype=np.float32)
            out.append(v)
        return out


class _ArrayEmbedder(_WordVectors):
    """Base for local embedders that compute a numpy row per text."""

    name: str = ""
    dim: int = 0

    def embed_array(self, texts: Sequence[str]) -> np.ndarray:  # pragma: no cover
        """Subclasses return one row per text (L2 normalisation happens here in the base)."""
        raise TypeError(f"{type(self).__name__} must implement embed_array()")

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return _to_lists(self.embed_array(texts))

    def embed_query(self, text: str) -> list[float]:
        return _to_lists(self.embed_array([text]))[0]


class HybridEmbedder(_ArrayEmbedder):
    """Concatenation of weighted, separately normalised embedders.

    Cosine of the result = sum_i w_i^2 * cos_i / sum_i w_i^2 (for non-empty parts).
    """

    def __init__(self, parts: Sequence[tuple[_ArrayEmbedder, float]], name: str | None = None) -> None:
        self.parts = list(parts)
        self.name = name or "+".join(f"{p.name}*{w:g}" for p, w in self.parts)

    @property
    def dim(self) -> int:  # type: ignore[override]
        return sum(p.dim for p, _ in self.parts)

    def _word_source(self) -> Any:
        return self.parts[0][0]  # the first part is the word-vector one in the default embedder

    def embed_array(self, texts: Sequence[str]) -> np.ndarray:
        blocks = [w * p.embed_array(texts) for p, w in self.parts]
        return _l2(np.concatenate(blocks, axis=1))

"""Dense ranking over the read side: the chunks' embedding vectors, memory-mapped from the
segments (``assistant.index.segments``), scored exactly against the question's vector.

Why not Chroma's query: a process that answers had to import Chroma (~1 s) and load the
collection's HNSW index before its first answer, and that load grew with the index (0.6 s
CPU at 1,000 sheets, ~5x at 5,000), for every ``kaizen ask``. The vectors are laid out once
per batch beside the postings; a question is one matrix-vector product per segment over the
live chunks it may see (a few tens of ms at 70,000 chunks). Scores are Chroma's (cosine
space: unit vectors, similarity = 1 - distance = dot product in float32); the ranking is the
exact one, which the approximate HNSW search gives too at this size.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from .segments import Segment, unit_rows


class _Live(NamedTuple):
    segments: tuple[Segment, ...] = ()
    live: np.ndarray = np.zeros(0, dtype=bool)


class DenseIndex:
    """``search(vector, n, positions)``: the ``n`` most similar live chunks, best first."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state = _Live()

    def load(self, segments: Sequence[Segment], live: np.ndarray) -> None:
        """Switch to a generation: its segments and which read-side positions are live."""
        with self._lock:
            self._state = _Live(tuple(segments), live)

    def search(self, vector, n: int, positions: np.ndarray | None = None) -> list[tuple[int, float]]:
        """(read-side position, similarity) of the ``n`` nearest live chunks, among ``positions``
        when given. A vector of another dimension than the index's raises ``ValueError`` (the
        caller answers from BM25 alone, as it did when Chroma refused such a query)."""
        state = self._state
        if n <= 0 or not state.segments:
            return []
        q = unit_rows([vector])[0]
        size = len(state.live)
        scores = np.full(size, -np.inf, dtype=np.float32)
        for seg in state.segments:
            if not len(seg.docs):
                continue
            if seg.vec.ndim != 2 or seg.vec.shape[1] != q.shape[0]:
                raise ValueError(f"query dimension {q.shape[0]} != index dimension {seg.vec.shape[-1]}")
            # einsum, not @: a BLAS matrix-vector call starts OpenBLAS threads that keep spinning
            # after it, taking the second core from everything else on a busy 2-core machine.
            scores[np.asarray(seg.docs)] = np.einsum("ij,j->i", seg.vec, q)
        allowed = state.live.copy()
        if positions is not None:
            mask = np.zeros(size, dtype=bool)
            pos = np.asarray(positions, dtype=np.int64)
            mask[pos[pos < size]] = True
            allowed &= mask
        scores[~allowed] = -np.inf
        order = _top(scores, min(n, int(allowed.sum())))
        return [(int(p), float(scores[p])) for p in order]


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the ``k`` highest finite scores, highest first, ties by position."""
    if k <= 0:
        return np.zeros(0, dtype=np.int64)
    if k < len(scores):
        part = np.argpartition(-scores, k - 1)[:k]
        kth = scores[part].min()
        part = np.flatnonzero(scores >= kth)  # every tie of the k-th, then a stable order
    else:
        part = np.arange(len(scores))
    part = part[np.isfinite(scores[part])]
    order = part[np.lexsort((part, -scores[part]))]
    return order[:k]

"""BM25 over the memory-mapped segments (``assistant.index.segments``), scored per question.

The scores are those of ``bm25s`` (method ``lucene``, the parameters of
``assistant.index.lexical.LexicalIndex``) over the live chunks, to the last bit: the same
float64 term-frequency component, the same float32 idf and per-(chunk, term) score, added
up in float32 term by term in the question's order, and the same top-k selection over the
chunks in read-side order. So answers do not change with the layout, only memory and start-up.
Only the question's terms are read from disk; nothing is unpickled or built at start.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

import numpy as np

from .lexical import top_positive
from .readstore import ReadStore
from .segments import Segment

K1, B = 1.2, 0.75  # LexicalIndex's defaults (bm25s "lucene")
# bm25s adds a float64 scalar to a float32 array of term frequencies: float64 under NumPy 2's
# promotion rules, float32 under NumPy 1's value-based casting. Compute in what it gets.
_TFC = np.result_type(np.float64(1.0), np.zeros(1, dtype=np.float32))


class _Live(NamedTuple):
    """One generation's segments and which chunk positions in them are live."""

    segments: tuple[Segment, ...] = ()
    live: np.ndarray = np.zeros(0, dtype=bool)
    dl: np.ndarray = np.zeros(0, dtype=np.int64)
    n: int = 0
    avgdl: float = 0.0


class IdSet(set):
    """A set of chunk ids that also knows their read-side positions (a filter's result)."""

    positions: np.ndarray = np.zeros(0, dtype=np.int64)


class _Vocab:
    """``token in vocab``: the token occurs in a live chunk (what ``bm25s.vocab_dict`` held)."""

    def __init__(self, index: PostingsIndex) -> None:
        self._index = index

    def __contains__(self, token: object) -> bool:
        if not isinstance(token, str):
            return False
        if token == "":
            return len(self._index) > 0  # bm25s adds the empty token to every vocabulary
        return self._index.doc_freq(token) > 0


class PostingsIndex:
    """The read side's lexical index: ``search_tokens``, ``doc_freq``, ``vocab``, ``tokens_of``."""

    def __init__(self, store: ReadStore, tokens_of: Callable[[str], frozenset | None]) -> None:
        self._store = store
        self._tokens_of = tokens_of
        self._lock = threading.Lock()
        self._state = _Live()
        self._tids: dict[str, int] = {}  # term -> id (ids never change; absent terms are not kept)

    def load(self, segments: Sequence[Segment], dead: Iterable[int]) -> None:
        """Switch to a generation: its segments and dead positions (read from the pinned store)."""
        size = max((int(s.docs.max()) + 1 for s in segments if len(s.docs)), default=0)
        live = np.zeros(size, dtype=bool)
        dl = np.zeros(size, dtype=np.int64)
        for s in segments:
            live[np.asarray(s.docs)] = True
            dl[np.asarray(s.docs)] = np.asarray(s.dl)
        dead_pos = np.fromiter((p for p in dead if p < size), dtype=np.int64)
        live[dead_pos] = False
        n = int(live.sum())
        # bm25s: np.array(doc lengths).mean(), i.e. the exact integer sum divided in float64.
        avgdl = float(int(dl[live].sum())) / n if n else 0.0
        with self._lock:
            self._state = _Live(tuple(segments), live, dl, n, avgdl)
            self._tids = {}  # a read side laid out again from nothing numbers its terms anew

    # ------------------------------------------------------------------ terms
    def _term_ids(self, tokens: Iterable[str]) -> dict[str, int]:
        want = [t for t in dict.fromkeys(tokens) if t and t not in self._tids]
        if want:
            found = dict(self._store.query_in("SELECT term, tid FROM terms WHERE term IN ({})", want))
            if len(self._tids) > 200_000:
                self._tids.clear()
            self._tids.update(found)
        return {t: self._tids[t] for t in tokens if t in self._tids}

    def _postings(self, state: _Live, tid: int) -> tuple[np.ndarray, np.ndarray]:
        """Live (positions, tf) of term ``tid`` across the segments."""
        rows, tfs = [], []
        for seg in state.segments:
            got = seg.postings(tid)
            if got is not None:
                rows.append(np.asarray(got[0], dtype=np.int64))
                tfs.append(np.asarray(got[1]))
        if not rows:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        r, f = np.concatenate(rows), np.concatenate(tfs)
        keep = state.live[r]
        return r[keep], f[keep]

    def doc_freq(self, token: str) -> int:
        """How many live chunks use ``token``."""
        state = self._state
        tid = self._term_ids([token]).get(token)
        return 0 if tid is None or state.n == 0 else int(self._postings(state, tid)[0].size)

    def terms(self) -> list[str]:
        """Every term the read side has numbered (a term of chunks replaced since may be among them)."""
        return [t for t, in self._store.query("SELECT term FROM terms")]

    def completions(self, prefix: str, limit: int = 3) -> list[str]:
        """Live terms that start with ``prefix`` and are longer, most used first: the full word a
        clipped one stands for (プラ for プラスチック, コンビニ for コンビニエンスストア)."""
        if not prefix:
            return []
        rows = self._store.query("SELECT term FROM terms WHERE term > ? AND term < ? LIMIT 50",
                                 (prefix, prefix + "\U0010ffff"))
        found = [(self.doc_freq(t), t) for t, in rows if t.startswith(prefix) and len(t) > len(prefix)]
        return [t for n, t in sorted(found, key=lambda x: (-x[0], x[1])) if n > 0][:limit]

    # ------------------------------------------------------------------ queries
    @property
    def live(self) -> np.ndarray:
        """Which read-side positions hold a live chunk (this generation's)."""
        return self._state.live

    def __len__(self) -> int:
        return self._state.n

    def __contains__(self, doc_id: object) -> bool:
        if not isinstance(doc_id, str):
            return False
        got = self._store.query("SELECT pos FROM chunks WHERE id=?", (doc_id,))
        state = self._state
        return bool(got) and got[0][0] < len(state.live) and bool(state.live[got[0][0]])

    @property
    def ids(self) -> list[str]:
        """Live chunk ids in read-side order."""
        live = self._state.live
        return [i for p, i in self._store.chunk_ids() if p < len(live) and live[p]]

    @property
    def vocab(self) -> _Vocab:
        return _Vocab(self)

    def tokens_of(self, doc_id: str) -> frozenset[str] | None:
        return self._tokens_of(doc_id)

    def search_tokens(self, query_tokens: Sequence[str], k: int = 10,
                      allowed_ids: set[str] | None = None) -> list[tuple[str, float]]:
        """Top ``k`` (id, score) with score > 0, best first: ``LexicalIndex.search_tokens``'s result."""
        state = self._state
        if k <= 0 or state.n == 0:
            return []
        tids = self._term_ids(query_tokens)
        scores = np.zeros(len(state.live), dtype=np.float32)
        used = 0
        for tid in dict.fromkeys(tids[t] for t in query_tokens if t in tids):
            rows, tf = self._postings(state, tid)
            if rows.size == 0:
                continue  # not in the live vocabulary
            used += 1
            idf = np.float32(math.log(1 + (state.n - rows.size + 0.5) / (rows.size + 0.5)))
            tf_ = tf.astype(_TFC)
            tfc = tf_ / ((K1 * ((1 - B) + B * state.dl[rows] / state.avgdl)).astype(_TFC) + tf_)
            np.add.at(scores, rows, (idf * tfc).astype(np.float32))
        if not used:
            return []
        if allowed_ids is not None:
            pos = self._positions(allowed_ids, state)
            if pos.size == 0:
                return []
            mask = np.zeros(len(state.live), dtype=np.float32)
            mask[pos] = 1.0
            scores *= mask
        return self._top(scores, k)

    def _positions(self, ids: set[str], state: _Live) -> np.ndarray:
        pos = getattr(ids, "positions", None)
        if pos is None:
            pos = np.asarray([p for p, in self._store.query_in("SELECT pos FROM chunks WHERE id IN ({})",
                                                               list(ids))], dtype=np.int64)
        pos = pos[pos < len(state.live)]
        return pos[state.live[pos]]

    def _top(self, scores: np.ndarray, k: int) -> list[tuple[str, float]]:
        order = top_positive(scores, k)
        if order.size == 0:
            return []
        ids = self._store.ids_at(int(p) for p in order)
        return [(ids[int(p)], float(scores[p])) for p in order]

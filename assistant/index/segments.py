"""BM25 postings on disk: immutable, memory-mapped segments of term frequencies.

Why not a ``bm25s`` index saved with ``mmap=True``: its matrix stores finished scores, and a
BM25 score depends on the whole corpus (idf, average length), so every new batch would
rewrite the whole matrix. A segment stores what does not change when other chunks come or
go: per term (a global term id), the chunks that use it (their read-side ``pos``) and how
often. ``assistant.index.postings`` turns them into exactly the scores ``bm25s`` gives,
at query time, for the few terms a question has. A batch adds one segment; removed chunks
are listed as dead until a merge drops them; segments of similar size are merged
(as in Lucene), so a batch costs in proportion to itself, amortised.

A segment also holds its documents' embedding vectors (``vec``: one float32 row per
document, in ``docs`` order, unit length as Chroma's cosine space stores them), so the dense
ranking is computed from the read side too (``assistant.index.dense``): a process answers
without importing Chroma or loading its HNSW index, which grew with the index.

Files are ``<name>.<field>.npy`` under ``segments/``, written to a temporary name and
renamed before the manifest that lists them is committed: a reader never sees a partial one.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

FIELDS = ("tids", "indptr", "rows", "tf", "docs", "dl", "vec")


class Segment:
    """One segment, memory-mapped: CSC postings by term id plus its documents' lengths."""

    def __init__(self, directory: Path, name: str) -> None:
        self.name = name
        arrays = {f: np.load(directory / f"{name}.{f}.npy", mmap_mode="r") for f in FIELDS}
        self.tids, self.indptr, self.rows = arrays["tids"], arrays["indptr"], arrays["rows"]
        self.tf, self.docs, self.dl = arrays["tf"], arrays["docs"], arrays["dl"]
        self.vec = arrays["vec"]

    def postings(self, tid: int) -> tuple[np.ndarray, np.ndarray] | None:
        """(chunk positions, term frequencies) of term ``tid`` in this segment."""
        i = int(np.searchsorted(self.tids, tid))
        if i >= len(self.tids) or int(self.tids[i]) != tid:
            return None
        a, b = int(self.indptr[i]), int(self.indptr[i + 1])
        return self.rows[a:b], self.tf[a:b]

    def triplets(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """All postings as (term id, position, tf) arrays."""
        counts = np.diff(np.asarray(self.indptr))
        return np.repeat(np.asarray(self.tids), counts), np.asarray(self.rows), np.asarray(self.tf)


def _save(directory: Path, name: str, arrays: dict[str, np.ndarray]) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for field in FIELDS:
        final = directory / f"{name}.{field}.npy"
        tmp = directory / f"{name}.{field}.{os.getpid()}.tmp.npy"
        with open(tmp, "wb") as fh:
            np.save(fh, arrays[field], allow_pickle=False)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, final)


def write_segment(directory: Path, name: str, tids: np.ndarray, rows: np.ndarray, tf: np.ndarray,
                  docs: np.ndarray, dl: np.ndarray, vec: np.ndarray) -> int:
    """Write postings given as unsorted (term id, position, tf) triplets, and the documents'
    vectors (rows in ``docs`` order). Returns the number of postings."""
    order = np.lexsort((rows, tids))
    tids, rows, tf = tids[order], rows[order], tf[order]
    uniq, start = np.unique(tids, return_index=True)
    indptr = np.append(start, len(tids)).astype(np.int64)
    _save(directory, name, {"tids": uniq.astype(np.int32), "indptr": indptr, "rows": rows.astype(np.int32),
                            "tf": tf.astype(np.float32), "docs": docs.astype(np.int32), "dl": dl.astype(np.int32),
                            "vec": np.ascontiguousarray(vec, dtype=np.float32)})
    return int(len(tids))


def segment_arrays(docs: Sequence[tuple[int, list[str]]], tid_of: dict[str, int]):
    """(tids, rows, tf, docs, dl) arrays for documents given as (position, token list)."""
    t: list[int] = []
    r: list[int] = []
    f: list[int] = []
    for pos, tokens in docs:
        for token, n in Counter(tokens).items():
            t.append(tid_of[token])
            r.append(pos)
            f.append(n)
    return (np.asarray(t, dtype=np.int64), np.asarray(r, dtype=np.int64), np.asarray(f, dtype=np.float32),
            np.asarray([p for p, _ in docs], dtype=np.int64),
            np.asarray([len(toks) for _, toks in docs], dtype=np.int64))


def merge(directory: Path, segments: Iterable[Segment], dead: np.ndarray, name: str) -> tuple[int, int]:
    """Write the union of ``segments`` without the ``dead`` positions as segment ``name``.
    Returns (documents, postings)."""
    segs = list(segments)
    parts = [s.triplets() for s in segs]
    tids = np.concatenate([p[0] for p in parts])
    rows = np.concatenate([p[1] for p in parts]).astype(np.int64)
    tf = np.concatenate([p[2] for p in parts])
    docs = np.concatenate([np.asarray(s.docs) for s in segs]).astype(np.int64)
    dl = np.concatenate([np.asarray(s.dl) for s in segs]).astype(np.int64)
    d = dim_of(segs)
    vec = np.concatenate([np.asarray(s.vec, dtype=np.float32) if len(s.vec) else np.zeros((0, d), np.float32)
                          for s in segs])
    keep = ~np.isin(rows, dead)
    keep_docs = ~np.isin(docs, dead)
    n = write_segment(directory, name, tids[keep], rows[keep], tf[keep], docs[keep_docs], dl[keep_docs],
                      vec[keep_docs])
    return int(keep_docs.sum()), n


def unit_rows(vectors, dim: int | None = None) -> np.ndarray:
    """Float32 rows scaled to unit length the way hnswlib's cosine space does (``1 / (sqrt(sum
    of squares) + 1e-30)`` in float32); ``dim`` shapes an empty input."""
    arr = np.asarray(vectors, dtype=np.float32)
    if arr.size == 0:
        return np.zeros((0, dim or (arr.shape[1] if arr.ndim == 2 else 0)), dtype=np.float32)
    arr = arr.reshape(len(arr), -1)
    norm = np.sqrt(np.einsum("ij,ij->i", arr, arr, dtype=np.float32)) + np.float32(1e-30)
    return arr * (np.float32(1.0) / norm)[:, None]


def dim_of(segments: Sequence[Segment]) -> int:
    """The vectors' dimension (0 when no segment has a document)."""
    return max((int(s.vec.shape[1]) for s in segments if s.vec.ndim == 2 and len(s.vec)), default=0)


def remove_files(directory: Path, name: str) -> None:
    for field in FIELDS:
        try:
            (directory / f"{name}.{field}.npy").unlink()
        except FileNotFoundError:
            pass

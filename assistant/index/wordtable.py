"""The word-vector table of the default embedder, prepared once and memory-mapped after.

Preparing it (decoding spaCy's ``key2row`` msgpack, ~half a million keys, into a dict, and
removing the table's top principal directions) took seconds and a few hundred MB in every
process that embedded a question. The result depends only on the shipped files, so it is
written once to the user cache directory (``<cache>/kaizen/wordvectors/<hash>/``: the table
as ``.npy``, the keys as sorted arrays) and every later process maps it. The same numbers
either way: a missing or unwritable cache only means preparing it in memory, as before.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np

_FORMAT = "1"


class WordTable:
    """Prepared vectors (rows of the shipped table) and a hashed-key -> row lookup."""

    def __init__(self, vectors: np.ndarray, keys: np.ndarray, rows: np.ndarray) -> None:
        self.vectors, self._keys, self._rows = vectors, keys, rows

    def row(self, key: int) -> int | None:
        i = int(np.searchsorted(self._keys, np.uint64(key)))
        if i < len(self._keys) and int(self._keys[i]) == key:
            return int(self._rows[i])
        return None


def _cache_root() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("kaizen", appauthor=False)) / "wordvectors"


def _key(vocab: Path, n_components: int) -> str:
    parts = [_FORMAT, str(vocab.resolve()), str(n_components)]
    for name in ("vectors", "key2row"):
        st = (vocab / name).stat()
        parts += [str(st.st_size), str(st.st_mtime_ns)]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def _open(directory: Path) -> WordTable | None:
    try:
        return WordTable(*(np.load(directory / f"{n}.npy", mmap_mode="r") for n in ("vectors", "keys", "rows")))
    except (OSError, ValueError):
        return None


def load_table(vocab: Path, n_components: int,
               prepare: Callable[[], tuple[np.ndarray, dict[int, int]]]) -> WordTable:
    """The prepared table of ``vocab``: from the cache, else ``prepare()`` (then cached)."""
    try:
        target = _cache_root() / _key(vocab, n_components)
    except OSError:
        target = None
    got = _open(target) if target is not None and target.is_dir() else None
    if got is not None:
        return got
    vectors, key2row = prepare()
    keys = np.fromiter(key2row.keys(), dtype=np.uint64, count=len(key2row))
    rows = np.fromiter(key2row.values(), dtype=np.int64, count=len(key2row))
    order = np.argsort(keys)
    table = WordTable(vectors, keys[order], rows[order].astype(np.int32))
    if target is not None:
        _save(target, table)
    return table


def _save(target: Path, table: WordTable) -> None:
    """Write the table into a temporary directory next to ``target`` and rename it in one step."""
    tmp: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=target.name + ".", dir=target.parent))
        for name, arr in (("vectors", table.vectors), ("keys", table._keys), ("rows", table._rows)):
            np.save(tmp / f"{name}.npy", np.ascontiguousarray(arr), allow_pickle=False)
        os.replace(tmp, target)
    except OSError:  # unwritable, or another process renamed its copy first: use this one in memory
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)

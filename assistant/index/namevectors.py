"""Embeddings of entity names (事業, indicators, 細事業), computed once per (embedder, name) and
kept on disk beside the read side: a raw float32 file per embedder, memory-mapped, plus a
small SQLite table name -> row.

Why: the catalogue used to embed every name of every sheet in each new process (seconds at
a few thousand sheets, and a matrix of entities x dimensions in memory). Names repeat
across sheets and years, and a name's vector never changes, so the file only grows by the
names a batch brings, and readers map what they need. Rows are appended and fsynced before
the table that counts them is committed, so a reader never maps a row not yet written.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

_EMBED_BATCH = 256


class NameVectors:
    """name -> row of a memory-mapped float32 matrix, per embedder."""

    def __init__(self, directory: Path) -> None:
        self.dir = Path(directory)
        self.dir.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(self.dir / "names.sqlite", check_same_thread=False, isolation_level=None,
                                     timeout=60)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("CREATE TABLE IF NOT EXISTS vec(embedder TEXT, name TEXT, row INTEGER, "
                           "PRIMARY KEY(embedder, name))")
        self._conn.execute("CREATE TABLE IF NOT EXISTS files(embedder TEXT PRIMARY KEY, dim INTEGER, count INTEGER)")
        self._maps: dict[str, np.ndarray] = {}

    def _file(self, key: str) -> Path:
        return self.dir / f"names-{hashlib.sha256(key.encode()).hexdigest()[:12]}.f32"

    def _rows(self, key: str, names: Sequence[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        uniq = list(dict.fromkeys(names))
        for i in range(0, len(uniq), 500):
            part = uniq[i:i + 500]
            sql = f"SELECT name, row FROM vec WHERE embedder=? AND name IN ({','.join('?' * len(part))})"
            with self._lock:
                out.update(self._conn.execute(sql, (key, *part)).fetchall())
        return out

    def _shape(self, key: str) -> tuple[int, int]:
        with self._lock:
            got = self._conn.execute("SELECT dim, count FROM files WHERE embedder=?", (key,)).fetchone()
        return (int(got[0]), int(got[1])) if got else (0, 0)

    def _append(self, key: str, embedder, names: list[str]) -> None:
        """Embed ``names`` not yet stored and append them (under the file lock)."""
        with self._lock, open(self.dir / "names.lock", "a+") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                todo = [n for n in names if n not in self._rows(key, names)]
                if not todo:
                    return
                dim, count = self._shape(key)
                path = self._file(key)
                with open(path, "a+b") as out:
                    out.truncate(count * dim * 4)  # drop rows of an interrupted append
                    for i in range(0, len(todo), _EMBED_BATCH):
                        vecs = np.asarray(embedder.embed_documents(todo[i:i + _EMBED_BATCH]), dtype=np.float32)
                        dim = dim or int(vecs.shape[1])
                        out.write(np.ascontiguousarray(vecs.reshape(len(vecs), dim)).tobytes())
                    out.flush()
                    os.fsync(out.fileno())
                self._conn.execute("BEGIN IMMEDIATE")
                self._conn.executemany("INSERT OR REPLACE INTO vec(embedder, name, row) VALUES(?, ?, ?)",
                                       [(key, n, count + i) for i, n in enumerate(todo)])
                self._conn.execute("INSERT OR REPLACE INTO files(embedder, dim, count) VALUES(?, ?, ?)",
                                   (key, dim, count + len(todo)))
                self._conn.execute("COMMIT")
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def matrix(self, embedder, names: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(matrix, row of each name): the names' vectors are rows of the memory-mapped matrix.
        Names not yet stored are embedded (in batches) and appended first."""
        key = getattr(embedder, "name", "") or type(embedder).__name__
        rows = self._rows(key, names)
        if len(rows) < len(set(names)):
            self._append(key, embedder, [n for n in dict.fromkeys(names) if n not in rows])
            rows = self._rows(key, names)
        dim, count = self._shape(key)
        with self._lock:
            mat = self._maps.get(key)
            if mat is None or mat.shape != (count, dim):
                mat = np.memmap(self._file(key), dtype=np.float32, mode="r", shape=(count, dim)) if count \
                    else np.zeros((0, dim), dtype=np.float32)
                self._maps[key] = mat
        return mat, np.asarray([rows[n] for n in names], dtype=np.int64)

    def close(self) -> None:
        with self._lock:
            self._maps.clear()
            self._conn.close()

"""``wordfreq``'s Japanese frequency list, copied once per machine into SQLite and looked up
word by word.

Why: every question asks how common a few of its words are (``assistant.text.wording``),
and ``wordfreq.get_frequency_dict("ja")`` imports wordfreq and decodes its whole list
(215,000 words) first: ~0.25 s of CPU in every ``kaizen ask``, for some twenty lookups. The
list depends only on the installed wordfreq, so it is written once to the user cache
directory (``<cache>/kaizen/wordfreq/<hash>.sqlite``, keyed by the list files' size and
time) and later processes open it and read only the words they ask about. The values are
wordfreq's floats, stored as SQLite REAL (8 bytes): the same numbers. Without a writable
cache the dict is built in memory, as before.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import os
import sqlite3
import tempfile
import threading
from pathlib import Path

_FORMAT = "1"
LANG = "ja"


class Frequencies:
    """``get(word)`` -> wordfreq's frequency of ``word`` (0.0 when unknown)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._dict: dict[str, float] | None = None
        self._opened = False

    def get(self, word: str) -> float:
        with self._lock:
            if not self._opened:
                self._open()
            if self._db is not None:
                row = self._db.execute("SELECT freq FROM f WHERE word=?", (word,)).fetchone()
                return float(row[0]) if row else 0.0
            return self._dict.get(word, 0.0) if self._dict is not None else 0.0

    def _open(self) -> None:
        self._opened = True
        path = _cache_path()
        if path is not None and not path.exists():
            _build(path)
        if path is not None and path.exists():
            try:
                self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
                return
            except sqlite3.Error:
                self._db = None
        self._dict = _wordfreq_dict()


def _wordfreq_dict() -> dict[str, float]:
    import wordfreq

    return wordfreq.get_frequency_dict(LANG)


def _cache_path() -> Path | None:
    """``<user cache>/kaizen/wordfreq/<key>.sqlite``, the key naming the installed list files."""
    try:
        spec = importlib.util.find_spec("wordfreq")
        if spec is None or not spec.submodule_search_locations:
            return None
        data = Path(list(spec.submodule_search_locations)[0]) / "data"
        parts = [_FORMAT, LANG, str(data.resolve())]
        for f in sorted(data.glob(f"*_{LANG}.msgpack.gz")):
            st = f.stat()
            parts += [f.name, str(st.st_size), str(st.st_mtime_ns)]
        from platformdirs import user_cache_dir

        root = Path(user_cache_dir("kaizen", appauthor=False)) / "wordfreq"
        return root / f"{hashlib.sha256('|'.join(parts).encode()).hexdigest()[:16]}.sqlite"
    except (OSError, ImportError, ValueError):
        return None


def _build(path: Path) -> None:
    """Write the list to a temporary file beside ``path`` and rename it (another process may
    build the same file at the same moment: either copy is whole)."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", dir=path.parent)
        os.close(fd)
        db = sqlite3.connect(tmp)
        try:
            db.execute("CREATE TABLE f(word TEXT PRIMARY KEY, freq REAL NOT NULL) WITHOUT ROWID")
            db.executemany("INSERT INTO f VALUES(?, ?)", _wordfreq_dict().items())
            db.commit()
        finally:
            db.close()
        os.replace(tmp, path)
        tmp = None
    except (OSError, sqlite3.Error):
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


@functools.lru_cache(maxsize=1)
def frequencies() -> Frequencies:
    return Frequencies()

"""Which directory holds the read side of an index: ``KAIZEN_HOME/cache/readside-<id>``, where the id is
the index's identity (the registry's ``store_id``) and the collection, not how it is reached.

Why: the read side is a function of the index's content alone (the registry's generation and
active versions), and laying it out is the one expensive thing a reader may have to do (about a
minute and +0.5 GB of heap at 5,000 sheets). It used to be keyed by the Chroma URL, so the same
server reached by another URL or port (``localhost`` vs ``127.0.0.1``, a restart on a new port, an
embedded index copied to a ``chroma run`` server) laid everything out again in ``kaizen serve``'s
first minute. Keyed by identity, what ``kaizen ingest`` laid out serves every URL of that index.

Two copies of one index share the identity; the state committed in the read side (generation
*and* active versions) tells whether it is the one a reader's registry names, and a reader whose
copy differs lays out the difference (``assistant.index.snapshot``). An index with no identity yet
(nothing ingested) gets a private temporary read side: there is nothing to keep.

A read side laid out before (``read-<hash of URL + collection>``) is adopted once, by renaming, when
its committed state belongs to the same index (the one named for this URL first): no relayout after
an upgrade, nor for a server started over a copy of an embedded index laid out before.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
from pathlib import Path

from .readstore import ReadStore

PREFIX = "readside-"
LEGACY = "read-"


def _hash(ident: str) -> str:
    return hashlib.sha256(ident.encode()).hexdigest()[:12]


def read_dir_name(store_id: str, collection: str) -> str:
    """The directory name of the read side of index ``store_id`` (collection ``collection``)."""
    return PREFIX + _hash(f"{store_id}|{collection}")


def _store_id_of(directory: Path) -> str | None:
    try:
        conn = sqlite3.connect(f"file:{directory / 'read.sqlite'}?mode=ro", uri=True, timeout=5)
        try:
            return ReadStore.read_state(conn).store_id
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def _adopt_legacy(cache: Path, settings, store_id: str, target: Path) -> None:
    """Rename a URL-keyed read side of before to ``target`` when it holds this index."""
    if target.exists():
        return
    mine = cache / (LEGACY + _hash(f"{settings.chroma_url or 'embedded'}|{settings.collection}"))
    olds = sorted(cache.glob(LEGACY + "*"), key=lambda d: d != mine)
    for old in olds:
        if (old / "read.sqlite").is_file() and _store_id_of(old) == store_id:
            try:
                os.rename(old, target)
            except OSError:
                pass  # laid out anew instead
            return


def open_read_side(cache_dir: Path | None, settings, store_id: str) -> tuple[ReadStore, str | None]:
    """The read store of index ``store_id`` under ``cache_dir`` (shared by the processes using it),
    else a private temporary one (returned with its path, to be removed with the snapshot)."""
    if cache_dir is not None and store_id:
        cache = Path(cache_dir)
        target = cache / read_dir_name(store_id, settings.collection)
        try:
            for old in cache.glob("snapshot-*.pkl"):  # the pickled snapshots of before
                old.unlink(missing_ok=True)
            _adopt_legacy(cache, settings, store_id, target)
            return ReadStore(target), None
        except (OSError, sqlite3.Error):
            pass  # a read-only home: this process keeps its own read side
    tmp = tempfile.mkdtemp(prefix="kaizen-read-")
    return ReadStore(Path(tmp)), tmp

"""A copy of the registry's (store_id, generation) beside an embedded index, so a process
that answers can tell whether its laid-out read side is current without opening Chroma.

Why: the read side answers every question on its own (rows, postings, vectors), but
knowing it is current meant reading the registry from Chroma, i.e. importing chromadb
(~1 s) in every ``kaizen ask``. A Chroma server is shared with other hosts, so there the
registry is always asked; this is for the embedded index only (``KAIZEN_HOME/chroma``).

The mark also carries a digest of the registry's active versions: two copies of one index
(same ``store_id``, e.g. an embedded index copied to a Chroma server, then written to on one
side) may reach the same generation number with different sheets, and their read sides are
shared by identity (``assistant.index.readhome``).

Protocol (``Store.write_registry``, under the index's write lock): the mark is removed
*before* the registry is written and written again after, so a mark, when present, never
names an older generation than Chroma holds: a writer that dies in between leaves no mark,
and readers go back to Chroma (which also writes the mark again, under the same lock).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import NamedTuple

NAME = "kaizen-registry-mark.json"


def mark_path(settings) -> Path | None:
    """Where the mark lives (None with a Chroma server: always ask it)."""
    return None if settings.chroma_url else Path(settings.chroma_dir) / NAME


class Mark(NamedTuple):
    store_id: str
    generation: int
    digest: str  # ``active_digest`` of the registry's active versions ("" in a mark written before it)


def active_digest(active: dict) -> str:
    """A short digest of an active map (key -> version): equal maps, equal digests."""
    return hashlib.sha256(json.dumps(sorted(active.items())).encode()).hexdigest()[:16]


def read_mark(settings) -> Mark | None:
    """(store_id, generation, digest) of the registry as last written, or None (ask Chroma)."""
    path = mark_path(settings)
    if path is None:
        return None
    try:
        got = json.loads(path.read_text(encoding="utf-8"))
        return Mark(str(got["store_id"]), int(got["generation"]), str(got.get("digest", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def clear_mark(settings) -> None:
    path = mark_path(settings)
    if path is not None:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass


def write_mark(settings, store_id: str, generation: int, active: dict) -> None:
    """Write the mark atomically (a read-only home simply has none)."""
    path = mark_path(settings)
    if path is None or not store_id:
        return
    tmp = path.with_name(f"{NAME}.{os.getpid()}.tmp")
    mark = {"store_id": store_id, "generation": generation, "digest": active_digest(active)}
    try:
        tmp.write_text(json.dumps(mark), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass

"""A copy of the registry's (store_id, generation) beside an embedded index, so a process
that answers can tell whether its laid-out read side is current without opening Chroma.

Why: the read side answers every question on its own (rows, postings, vectors), but
knowing it is current meant reading the registry from Chroma, i.e. importing chromadb
(~1 s) in every ``kaizen ask``. A Chroma server is shared with other hosts, so there the
registry is always asked; this is for the embedded index only (``KAIZEN_HOME/chroma``).

Protocol (``Store.write_registry``, under the index's write lock): the mark is removed
*before* the registry is written and written again after, so a mark, when present, never
names an older generation than Chroma holds: a writer that dies in between leaves no mark,
and readers go back to Chroma (which also writes the mark again, under the same lock).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

NAME = "kaizen-registry-mark.json"


def mark_path(settings) -> Path | None:
    """Where the mark lives (None with a Chroma server: always ask it)."""
    return None if settings.chroma_url else Path(settings.chroma_dir) / NAME


def read_mark(settings) -> tuple[str, int] | None:
    """(store_id, generation) of the registry as last written, or None (ask Chroma)."""
    path = mark_path(settings)
    if path is None:
        return None
    try:
        got = json.loads(path.read_text(encoding="utf-8"))
        return str(got["store_id"]), int(got["generation"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def clear_mark(settings) -> None:
    path = mark_path(settings)
    if path is not None:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass


def write_mark(settings, store_id: str, generation: int) -> None:
    """Write the mark atomically (a read-only home simply has none)."""
    path = mark_path(settings)
    if path is None or not store_id:
        return
    tmp = path.with_name(f"{NAME}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps({"store_id": store_id, "generation": generation}), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass

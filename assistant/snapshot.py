"""The read side of the index, kept in step with the registry's ``generation``.

Holds the active sheets' records, their chunks (text, quote, metadata) and the
BM25 index over their stored Sudachi tokens. ``refresh()`` is cheap when nothing
changed (one registry read) and incremental when something did: only the
versions that appeared are fetched, only those that went are dropped.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from .lexical import LexicalIndex


@dataclass
class ChunkView:
    id: str
    text: str
    quote: str
    meta: dict


class Snapshot:
    def __init__(self, store) -> None:
        self.store = store
        self.generation = -1
        self.active: dict[str, str] = {}
        self.records: dict[str, dict] = {}
        self.chunks: dict[str, ChunkView] = {}
        self.by_version: dict[str, list[str]] = {}
        self.lexical = LexicalIndex()
        self.embedder_name = ""
        self._lock = threading.RLock()

    def refresh(self) -> bool:
        """Bring the snapshot up to date. Returns True when something changed."""
        reg = self.store.registry()
        if reg.generation == self.generation:
            return False
        with self._lock:
            new_versions = set(reg.active.values())
            old_versions = set(self.records)
            gone = old_versions - new_versions
            added = sorted(new_versions - old_versions)
            records = self.store.sheet_records(added) if added else {}
            ids, docs, metas = self.store.chunk_records(added) if added else ([], [], [])
            # Commit the new state in one step under the lock.
            for v in gone:
                self.records.pop(v, None)
                dropped = self.by_version.pop(v, [])
                for cid in dropped:
                    self.chunks.pop(cid, None)
                self.lexical.remove(dropped)
            new_tokens: list[list[str]] = []
            new_ids: list[str] = []
            for cid, doc, meta in zip(ids, docs, metas):
                meta = dict(meta)
                tokens = meta.pop("tokens", "")
                quote = meta.pop("quote", "")
                self.chunks[cid] = ChunkView(cid, doc, quote, meta)
                self.by_version.setdefault(meta["version"], []).append(cid)
                new_ids.append(cid)
                new_tokens.append(tokens.split())
            if new_ids:
                self.lexical.add_tokens(new_ids, new_tokens)
            self.records.update(records)
            self.active = dict(reg.active)
            self.embedder_name = reg.embedder
            self.generation = reg.generation
        return True

    def is_active(self, chunk_id: str) -> bool:
        return chunk_id in self.chunks

    def __len__(self) -> int:
        return len(self.records)

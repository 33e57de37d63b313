"""The read side of the index, kept in step with the registry's ``generation``.

Holds the active sheets' records, their chunks (text, quote, metadata) and the
BM25 index over their stored Sudachi tokens. ``refresh()`` is cheap when nothing
changed (one registry read) and incremental when something did: only the
versions that appeared are fetched, only those that went are dropped.

A cold start reads the last state from a local cache file (``KAIZEN_HOME/cache``,
keyed by the store's identity and its random ``store_id``, written atomically) and
then refreshes incrementally, so ``kaizen ask`` does not fetch every chunk from
Chroma each time. The cache is only an accelerator: a missing, stale, foreign or
unreadable file just means a full load.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from .lexical import LexicalIndex
from .store import SheetRecord

T = TypeVar("T")


@dataclass
class ChunkView:
    id: str
    text: str
    quote: str
    meta: dict


_CACHE_FORMAT = 1


class Snapshot:
    def __init__(self, store, cache_dir: Path | None = None) -> None:
        self.store = store
        self._cache_file = None
        if cache_dir is not None:
            ident = f"{store.settings.chroma_url or 'embedded'}|{store.settings.collection}"
            self._cache_file = Path(cache_dir) / f"snapshot-{hashlib.sha256(ident.encode()).hexdigest()[:12]}.pkl"
        self.generation = -1
        self.active: dict[str, str] = {}
        self.records: dict[str, SheetRecord] = {}
        self.chunks: dict[str, ChunkView] = {}
        self.by_version: dict[str, list[str]] = {}
        self.lexical = LexicalIndex()
        self.embedder_name = ""
        self.store_id = ""
        self._lock = threading.RLock()
        self._derived: dict[str, tuple[int, Any]] = {}

    def derived(self, key: str, build: Callable[[], T]) -> T:
        """A view derived from this snapshot (an entity catalogue, per-事業 chunk lists, ...),
        built once per ``generation`` and dropped when the snapshot changes.

        ``build`` runs outside the lock (it may take a while and read the snapshot); two
        threads asking at once may both build, and the first result stored wins. A value
        built while the snapshot changed is returned but not kept."""
        with self._lock:
            generation = self.generation
            got = self._derived.get(key)
            if got is not None and got[0] == generation:
                return got[1]
        value = build()
        with self._lock:
            if self.generation != generation:
                return value
            got = self._derived.get(key)
            if got is not None and got[0] == generation:
                return got[1]
            self._derived[key] = (generation, value)
        return value

    def refresh(self) -> bool:
        """Bring the snapshot up to date. Returns True when something changed."""
        reg = self.store.registry()
        if reg.generation == self.generation:
            return False
        if self.generation < 0 and reg.store_id:
            self._load_cache(reg.store_id)
            if reg.generation == self.generation:
                return True
        changed = self._apply(reg)
        self.store_id = reg.store_id
        if reg.store_id:
            self._save_cache()
        return changed

    def _load_cache(self, store_id: str) -> None:
        if self._cache_file is None or not self._cache_file.exists():
            return
        try:
            with open(self._cache_file, "rb") as f:
                data = pickle.load(f)
            if data.get("format") != _CACHE_FORMAT or data.get("store_id") != store_id:
                return
            chunks = {cid: ChunkView(cid, text, quote, meta) for cid, (text, quote, meta) in data["chunks"].items()}
            lexical = LexicalIndex()
            lexical.add_tokens(data["lex_ids"], data["lex_tokens"])
        except Exception:
            return  # an unreadable cache is just a cold start
        with self._lock:
            self.records = data["records"]
            self.chunks = chunks
            self.by_version = data["by_version"]
            self.lexical = lexical
            self.active = data["active"]
            self.embedder_name = data["embedder"]
            self.generation = data["generation"]
            self.store_id = data["store_id"]
            self._derived.clear()

    def _save_cache(self) -> None:
        if self._cache_file is None:
            return
        try:
            with self._lock:
                lex_ids, lex_tokens = self.lexical.export()
                data = {
                    "format": _CACHE_FORMAT,
                    "store_id": self.store_id,
                    "generation": self.generation,
                    "records": self.records,
                    "chunks": {cid: (c.text, c.quote, c.meta) for cid, c in self.chunks.items()},
                    "by_version": self.by_version,
                    "lex_ids": lex_ids,
                    "lex_tokens": lex_tokens,
                    "active": self.active,
                    "embedder": self.embedder_name,
                }
            self._cache_file.parent.mkdir(parents=True, exist_ok=True)
            tmp = self._cache_file.with_suffix(f".{os.getpid()}.tmp")
            with open(tmp, "wb") as f:
                pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self._cache_file)
        except OSError:
            pass  # read-only home etc.: the cache is optional

    def _apply(self, reg) -> bool:
        with self._lock:
            new_versions = set(reg.active.values())
            old_versions = set(self.records)
            gone = old_versions - new_versions
            added = sorted(new_versions - old_versions)
            records = self.store.sheet_records(added) if added else {}
            rows = self.store.chunk_records(added) if added else None
            ids, docs, metas = (rows.ids, rows.documents, rows.metadatas) if rows else ([], [], [])
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
            self._derived.clear()
        return True

    def is_active(self, chunk_id: str) -> bool:
        return chunk_id in self.chunks

    def __len__(self) -> int:
        return len(self.records)

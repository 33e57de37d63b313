"""The index: Chroma (embedded ``PersistentClient`` or a server via ``HttpClient``)
holding chunk embeddings, the parsed sheets and a small registry record.

Atomic replacement. Every sheet version (its sha256) writes its chunks under new
ids first; then one upsert of the registry record switches the active version of
(事業番号, 年度) and bumps ``generation``; only then is the old version deleted.
Readers only see chunks of active versions, so no query sees both versions or
neither, and a crash before the switch leaves the previous version intact (its
half-written successor is listed as ``pending`` and cleaned on the next write).

Identity. A sheet is (事業番号, 年度, stage), the stage marked on the header's checks line
(``ingest.form.stage_of``). A version replaced by another of the same identity is kept as
``superseded``: its record stays (``kaizen sheets --all`` lists it, and a file with that
content is skipped as unchanged), its chunks and its PDF copy go.

Every Chroma error leaves this module as one ``StoreError`` with a Japanese message; the
detail goes to the ``kaizen.index`` log. Opening the index (creating the database and the
collections on first use) is serialised by the same lock file as writes, and retried on
a Chroma server where another process may create the collections at the same moment.
"""

from __future__ import annotations

import json
import os
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import NotRequired, TypedDict

from assistant.config import Settings, apply_offline_env
from ingest.form import stage_of

from .chroma import StoreError, _client, _wrapped, log, open_collections
from .regmark import clear_mark, write_mark

__all__ = ["Registry", "SheetRecord", "Store", "StoreError", "VersionWrite", "parse_key", "record_key", "sheet_key"]

apply_offline_env()

REGISTRY_ID = "__registry__"
_BATCH = 1000


@dataclass
class Registry:
    generation: int = 0
    active: dict[str, str] = field(default_factory=dict)  # "02 05 02|2024" -> version
    pending: dict[str, dict] = field(default_factory=dict)  # version -> {"pid", "host", "t"}
    purge: list[str] = field(default_factory=list)
    embedder: str = ""
    store_id: str = ""  # random, set on the first write: tells one index from another
    superseded: dict[str, str] = field(default_factory=dict)  # version -> key it was replaced in

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str | None) -> Registry:
        if not text:
            return cls()
        data = json.loads(text)
        return cls(**{k: data.get(k, getattr(cls(), k)) for k in cls().__dict__})


class SheetRecord(TypedDict):
    """One sheet version as the sheets collection stores it and the snapshot holds it.

    A plain dict at run time (it is stored as JSON); this declares its keys."""

    sheet: dict  # ingest.form.Sheet.model_dump(): display strings exactly as printed
    warnings: list[str]
    pages: int
    file: str  # the file name it was ingested from
    stored_pdf: NotRequired[str]  # "pdfs/<version>.pdf" under KAIZEN_HOME, "" when not kept
    sha256: str
    version: str
    fiscal_year: int  # 0 when the year label could not be read
    chunks: int
    locations: dict[str, list]  # "4:2" -> [page, [x0, top, x1, bottom]]
    parser_version: NotRequired[str]
    ingested_at: NotRequired[str]


@dataclass
class VersionWrite:
    """Everything one new sheet version writes: its record (in the sheets collection) and
    its chunks (ids, embeddings, documents and metadatas, index-aligned)."""

    version: str
    record: SheetRecord
    meta: dict
    ids: list[str]
    embeddings: list
    documents: list[str]
    metadatas: list[dict]


@dataclass
class ChunkRows:
    """Chunks as read back from Chroma, index-aligned."""

    ids: list[str]
    documents: list[str]
    metadatas: list[dict]


def sheet_key(jigyo_no: str, fiscal_year: int, stage: str = "") -> str:
    """A sheet's identity as the registry keys it: ``"02 05 02|2024|点検"``."""
    return f"{jigyo_no}|{fiscal_year}|{stage}"


def parse_key(key: str) -> tuple[str, int, str]:
    """``"02 05 02|2024|点検"`` -> ("02 05 02", 2024, "点検"); a key written before the stage
    was part of the identity (``"02 05 02|2024"``) has the stage ``""``."""
    parts = key.split("|")
    try:
        fy = int(parts[1]) if len(parts) > 1 else 0
    except ValueError:
        fy = 0
    return parts[0], fy, parts[2] if len(parts) > 2 else ""


def record_key(record: SheetRecord) -> str:
    """The identity key of a stored sheet version (as its ingest computed it)."""
    s = record["sheet"]
    return sheet_key(s.get("jigyo_no") or f"?{record['version'][:8]}", record.get("fiscal_year") or 0,
                     stage_of(s.get("checks", "")))


class Store:
    """Low-level access to the three kinds of records in Chroma."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.RLock()
        self._held = 0  # depth of ``locked()`` in this process (the lock file is taken once)
        if settings.chroma_url:
            self.client = _client(settings)
            self.chunks, self.sheets = open_collections(self.client, settings)
        else:
            with self.locked():  # one process at a time creates the database and collections
                self.client = _client(settings)
                self.chunks, self.sheets = open_collections(self.client, settings)

    # ------------------------------------------------------------- registry
    @_wrapped("読み込み")
    def registry(self) -> Registry:
        got = self.sheets.get(ids=[REGISTRY_ID], include=["documents"])
        docs = got.get("documents") or []
        return Registry.from_json(docs[0] if docs else None)

    @_wrapped("書き込み")
    def write_registry(self, reg: Registry) -> None:
        if not reg.store_id:
            import uuid

            reg.store_id = uuid.uuid4().hex
        clear_mark(self.settings)  # no mark while Chroma may hold a newer registry than it names
        self.sheets.upsert(ids=[REGISTRY_ID], embeddings=[[1.0]], documents=[reg.to_json()],
                           metadatas=[{"kind": "registry"}])
        write_mark(self.settings, reg.store_id, reg.generation, reg.active)

    @contextmanager
    def locked(self):
        """Serialise index writes (threads here, processes via ``KAIZEN_HOME/ingest.lock``).

        Re-entrant in one thread: the lock file is taken by the outermost call only (a second
        ``flock`` on a new descriptor would wait for ourselves)."""
        import fcntl

        with self._lock:
            if self._held:
                self._held += 1
                try:
                    yield
                finally:
                    self._held -= 1
                return
            try:
                self.settings.home.mkdir(parents=True, exist_ok=True)
                fh = open(self.settings.home / "ingest.lock", "a+")
            except OSError as exc:  # a read-only home: readers go on, a write fails in Chroma itself
                log.warning("no lock file in %s: %s", self.settings.home, exc)
                fh = None
            try:
                if fh is not None:
                    fcntl.flock(fh, fcntl.LOCK_EX)
                self._held = 1
                yield
            finally:
                self._held = 0
                if fh is not None:
                    fcntl.flock(fh, fcntl.LOCK_UN)
                    fh.close()

    # ------------------------------------------------------------- writing
    @_wrapped("書き込み")
    def begin_many(self, versions: list[str]) -> None:
        """Mark several versions pending in one registry write."""
        with self.locked():
            reg = self.registry()
            info = {"pid": os.getpid(), "host": os.uname().nodename, "t": time.time()}
            for v in versions:
                reg.pending[v] = dict(info)
            self.write_registry(reg)

    @_wrapped("書き込み")
    def write_versions(self, items: list[VersionWrite]) -> None:
        """Write the chunks and records of new (still inactive) versions with as few Chroma
        writes as possible."""
        ids: list = []
        embs: list = []
        docs: list = []
        metas: list = []
        for it in items:
            ids += list(it.ids)
            embs += list(it.embeddings)
            docs += list(it.documents)
            metas += list(it.metadatas)
        for i in range(0, len(ids), _BATCH):
            sl = slice(i, i + _BATCH)
            self.chunks.upsert(ids=ids[sl], embeddings=embs[sl], documents=docs[sl], metadatas=metas[sl])
        self.sheets.upsert(ids=[it.version for it in items], embeddings=[[1.0]] * len(items),
                           documents=[json.dumps(it.record, ensure_ascii=False) for it in items],
                           metadatas=[dict(it.meta, kind="sheet") for it in items])

    @_wrapped("書き込み")
    def activate_many(self, pairs: list[tuple[str, str]], embedder: str,
                      superseded: list[tuple[str, str]] = ()) -> list[str | None]:
        """Switch several (key, version) pairs in one registry write (in order, as one at a
        time would), and record ``superseded`` (version, key) pairs that were written but lost
        to another file of the same identity. Returns the version each pair replaced; a
        replaced version becomes superseded (record kept, chunks and PDF purged)."""
        olds: list[str | None] = []
        purge: list[str] = []
        with self.locked():
            reg = self.registry()
            for key, version in pairs:
                old = reg.active.get(key)
                olds.append(old)
                reg.active[key] = version
                reg.superseded.pop(version, None)
                if old and old != version:
                    purge.append(old)
                    reg.superseded[old] = key
            for version, key in superseded:
                reg.superseded[version] = key
            for _, version in [*pairs, *((k, v) for v, k in superseded)]:
                reg.pending.pop(version, None)
            # A version switched in and out again within the batch is not purged twice.
            live = set(reg.active.values())
            purge = [v for v in dict.fromkeys(purge) if v not in live]
            for v in live:
                reg.superseded.pop(v, None)
            reg.purge.extend(purge)
            reg.embedder = embedder
            reg.generation += 1
            self.write_registry(reg)
            if purge:
                self.purge(purge)
        return olds

    @_wrapped("削除")
    def deactivate(self, keys: list[str]) -> list[str]:
        """Remove the sheets of ``keys`` for good: their active versions and every superseded
        version of the same identity (records, chunks and PDFs), so that ingesting one of
        those files again is not skipped as unchanged."""
        with self.locked():
            reg = self.registry()
            gone = [reg.active.pop(k) for k in keys if k in reg.active]
            old = [v for v, k in reg.superseded.items() if k in keys]
            for v in old:
                reg.superseded.pop(v, None)
            reg.purge.extend(gone + old)
            reg.generation += 1
            self.write_registry(reg)
            self.purge(gone + old)
        return gone

    @_wrapped("削除")
    def purge(self, versions: list[str]) -> None:
        """Delete the chunks and the PDF copy of ``versions``, and their records unless they
        are kept as superseded."""
        with self.locked():
            reg = self.registry()
            for v in versions:
                self.chunks.delete(where={"version": v})
                if v not in reg.superseded:
                    self.sheets.delete(ids=[v])
                self._drop_pdf(v)
            reg.purge = [v for v in reg.purge if v not in versions]
            self.write_registry(reg)

    def _drop_pdf(self, version: str) -> None:
        try:
            (self.settings.home / "pdfs" / f"{version}.pdf").unlink(missing_ok=True)
        except OSError:
            pass

    @_wrapped("後片付け")
    def cleanup(self) -> None:
        """Remove leftovers of interrupted writes (dead writers' pending versions, PDF copies
        no version refers to) and give keys written before the stage was part of a sheet's
        identity their stage."""
        with self.locked():
            reg = self.registry()
            stale = [v for v, info in reg.pending.items() if v not in reg.active.values() and not _alive(info)]
            legacy = [k for k in reg.active if k.count("|") < 2]
            if not (stale or reg.purge or legacy):
                self._drop_orphan_pdfs(reg)
                return
            for v in stale:
                self.chunks.delete(where={"version": v})
                if v not in reg.superseded:
                    self.sheets.delete(ids=[v])
                self._drop_pdf(v)
                reg.pending.pop(v, None)
            if legacy:
                records = self.sheet_records([reg.active[k] for k in legacy])
                for k in legacy:
                    rec = records.get(reg.active[k])
                    if rec is not None:
                        reg.active[record_key(rec)] = reg.active.pop(k)
            self.write_registry(reg)
            self.purge(list(reg.purge))
            self._drop_orphan_pdfs(self.registry())

    def _drop_orphan_pdfs(self, reg: Registry) -> None:
        """PDF copies (and half-copied ``.part`` files) of versions that are neither active
        nor being written: replaced versions before superseded ones lost theirs, crashes."""
        pdf_dir: Path = self.settings.home / "pdfs"
        if not pdf_dir.is_dir():
            return
        keep = set(reg.active.values()) | set(reg.pending)
        for f in pdf_dir.iterdir():
            version = f.name.removesuffix(".pdf").removesuffix(".part")  # "<version>.pdf", "<version>.part"
            if f.is_file() and version not in keep:
                try:
                    f.unlink()
                except OSError:
                    pass

    # ------------------------------------------------------------- reading
    @_wrapped("読み込み")
    def sheet_records(self, versions: list[str]) -> dict[str, SheetRecord]:
        return {vid: json.loads(doc) for vid, doc in self.sheet_documents(versions).items()}

    def sheet_documents(self, versions: list[str]) -> dict[str, str]:
        """The stored JSON of sheet records, unparsed (the read side keeps it as it is)."""
        out = {}
        for i in range(0, len(versions), _BATCH):
            got = self.sheets.get(ids=versions[i:i + _BATCH], include=["documents"])
            for vid, doc in zip(got["ids"], got["documents"]):
                out[vid] = doc
        return out

    @_wrapped("読み込み")
    def chunk_records(self, versions: list[str]) -> ChunkRows:
        ids: list[str] = []
        docs: list[str] = []
        metas: list[dict] = []
        for i in range(0, len(versions), 200):
            part = versions[i:i + 200]
            where = {"version": part[0]} if len(part) == 1 else {"version": {"$in": part}}
            got = self.chunks.get(where=where, include=["documents", "metadatas"])
            ids += got["ids"]
            docs += got["documents"]
            metas += got["metadatas"]
        return ChunkRows(ids, docs, metas)

    @_wrapped("読み込み")
    def chunk_vectors(self, ids: list[str]) -> list:
        """The chunks' embeddings, in ``ids`` order (the read side lays them out in small slices)."""
        got = self.chunks.get(ids=ids, include=["embeddings"])
        by_id = dict(zip(got["ids"], got["embeddings"]))
        return [by_id[i] for i in ids]

    @_wrapped("検索")
    def query(self, embedding: list[float], k: int, where: dict | None) -> list[tuple[str, float]]:
        # No count() first: Chroma >= 1 returns fewer results (or none) when k exceeds the
        # collection, and the extra call costs a round trip (a server) or a lock (embedded).
        res = self.chunks.query(query_embeddings=[embedding], n_results=k, where=where or None,
                                include=["distances"])
        return list(zip(res["ids"][0], [1.0 - d for d in res["distances"][0]]))


def _alive(info: dict) -> bool:
    """Whether the writer of a pending version may still be writing it."""
    if info.get("host") == os.uname().nodename:
        try:
            pid = int(info.get("pid", 0))
            os.kill(pid, 0)
            return pid != 0
        except (OSError, ValueError):
            return False
    return time.time() - float(info.get("t", 0)) < 3600

"""The index: Chroma (embedded ``PersistentClient`` or a server via ``HttpClient``)
holding chunk embeddings, the parsed sheets and a small registry record.

Atomic replacement. Every sheet version (its sha256) writes its chunks under new
ids first; then one upsert of the registry record switches the active version of
(事業番号, 年度) and bumps ``generation``; only then is the old version deleted.
Readers only see chunks of active versions, so no query sees both versions or
neither, and a crash before the switch leaves the previous version intact (its
half-written successor is listed as ``pending`` and cleaned on the next write).
"""

from __future__ import annotations

import json
import os
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import NotRequired, TypedDict
from urllib.parse import urlparse

from assistant.config import Settings, apply_offline_env

apply_offline_env()

REGISTRY_ID = "__registry__"
_BATCH = 1000


class StoreError(RuntimeError):
    """Japanese message for index problems (e.g. an unreachable Chroma server)."""


@dataclass
class Registry:
    generation: int = 0
    active: dict[str, str] = field(default_factory=dict)  # "02 05 02|2024" -> version
    pending: dict[str, dict] = field(default_factory=dict)  # version -> {"pid", "host", "t"}
    purge: list[str] = field(default_factory=list)
    embedder: str = ""
    store_id: str = ""  # random, set on the first write: tells one index from another

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


def sheet_key(jigyo_no: str, fiscal_year: int) -> str:
    return f"{jigyo_no}|{fiscal_year}"


def _client(settings: Settings):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        headers = {}
        if settings.chroma_token:
            # Token auth as Chroma servers (or a reverse proxy in front of them) expect it.
            headers["Authorization"] = f"Bearer {settings.chroma_token}"
            headers["X-Chroma-Token"] = settings.chroma_token
        try:
            return chromadb.HttpClient(
                host=url.hostname or "127.0.0.1",
                port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https",
                headers=headers,
                settings=chroma_settings,
            )
        except Exception as exc:  # connection refused, auth, ...
            raise StoreError(
                f"Chroma サーバー（{settings.chroma_url}）に接続できません。"
                f"サーバーが起動しているか、KAIZEN_CHROMA_URL とトークンを確認してください。（{exc}）"
            ) from exc
    settings.chroma_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)


class Store:
    """Low-level access to the three kinds of records in Chroma."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.client = _client(settings)
        # We always pass embeddings ourselves: no embedding function is ever called.
        self.chunks = self.client.get_or_create_collection(
            settings.collection, embedding_function=None, metadata={"hnsw:space": "cosine"}
        )
        self.sheets = self.client.get_or_create_collection(
            settings.collection + "_sheets", embedding_function=None
        )
        self._lock = threading.RLock()

    # ------------------------------------------------------------- registry
    def registry(self) -> Registry:
        got = self.sheets.get(ids=[REGISTRY_ID], include=["documents"])
        docs = got.get("documents") or []
        return Registry.from_json(docs[0] if docs else None)

    def write_registry(self, reg: Registry) -> None:
        if not reg.store_id:
            import uuid

            reg.store_id = uuid.uuid4().hex
        self.sheets.upsert(ids=[REGISTRY_ID], embeddings=[[1.0]], documents=[reg.to_json()],
                           metadatas=[{"kind": "registry"}])

    @contextmanager
    def locked(self):
        """Serialise registry updates (threads here, processes via a lock file)."""
        import fcntl

        self.settings.home.mkdir(parents=True, exist_ok=True)
        with self._lock, open(self.settings.home / "ingest.lock", "a+") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    # ------------------------------------------------------------- writing
    def begin_many(self, versions: list[str]) -> None:
        """Mark several versions pending in one registry write."""
        with self.locked():
            reg = self.registry()
            info = {"pid": os.getpid(), "host": os.uname().nodename, "t": time.time()}
            for v in versions:
                reg.pending[v] = dict(info)
            self.write_registry(reg)

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

    def activate_many(self, pairs: list[tuple[str, str]], embedder: str) -> list[str | None]:
        """Switch several (key, version) pairs in one registry write (in order, as one at a
        time would). Returns the version each replaced."""
        olds: list[str | None] = []
        purge: list[str] = []
        with self.locked():
            reg = self.registry()
            for key, version in pairs:
                old = reg.active.get(key)
                olds.append(old)
                reg.active[key] = version
                if old and old != version:
                    purge.append(old)
            for _, version in pairs:
                reg.pending.pop(version, None)
            # A version switched in and out again within the batch is not purged twice.
            purge = [v for v in dict.fromkeys(purge) if v not in reg.active.values()]
            reg.purge.extend(purge)
            reg.embedder = embedder
            reg.generation += 1
            self.write_registry(reg)
        if purge:
            self.purge(purge)
        return olds

    def deactivate(self, keys: list[str]) -> list[str]:
        with self.locked():
            reg = self.registry()
            gone = [reg.active.pop(k) for k in keys if k in reg.active]
            reg.purge.extend(gone)
            reg.generation += 1
            self.write_registry(reg)
        self.purge(gone)
        return gone

    def purge(self, versions: list[str]) -> None:
        for v in versions:
            self.chunks.delete(where={"version": v})
            self.sheets.delete(ids=[v])
        with self.locked():
            reg = self.registry()
            reg.purge = [v for v in reg.purge if v not in versions]
            self.write_registry(reg)

    def cleanup(self) -> None:
        """Remove leftovers of interrupted writes (dead writers' pending versions)."""
        reg = self.registry()
        stale = []
        for version, info in reg.pending.items():
            if version in reg.active.values():
                continue
            alive = False
            if info.get("host") == os.uname().nodename:
                try:
                    os.kill(int(info.get("pid", 0)), 0)
                    alive = int(info.get("pid", 0)) != 0
                except (OSError, ValueError):
                    alive = False
            elif time.time() - float(info.get("t", 0)) < 3600:
                alive = True
            if not alive:
                stale.append(version)
        if stale or reg.purge:
            for v in stale:
                self.chunks.delete(where={"version": v})
                self.sheets.delete(ids=[v])
            with self.locked():
                reg = self.registry()
                for v in stale:
                    reg.pending.pop(v, None)
                self.write_registry(reg)
            self.purge(list(reg.purge))

    # ------------------------------------------------------------- reading
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

    def query(self, embedding: list[float], k: int, where: dict | None) -> list[tuple[str, float]]:
        # No count() first: Chroma >= 1 returns fewer results (or none) when k exceeds the
        # collection, and the extra call costs a round trip (a server) or a lock (embedded).
        res = self.chunks.query(query_embeddings=[embedding], n_results=k, where=where or None,
                                include=["distances"])
        return list(zip(res["ids"][0], [1.0 - d for d in res["distances"][0]]))

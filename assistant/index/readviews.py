"""Mapping views of the pinned read side: ``snap.records``, ``snap.chunks``, ``snap.by_version``.

They read rows by id when an answer needs them and keep the most recently used ones in a
bounded cache owned by the view (so by the snapshot): memory follows what is being asked,
not the size of the index. Iterating a whole view streams it in batches and caches nothing
(analytics and the eval may walk every record; a question never should).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .postings import IdSet
from .readstore import ChunkRow, ReadStore, SheetRow
from .vectors import BoundedCache

CHUNK_CACHE = 4096  # chunk views kept (a question reads a few hundred)
RECORD_CACHE = 256  # parsed sheet records kept
VERSION_CACHE = 1024  # chunk id lists of versions kept


@dataclass
class ChunkView:
    id: str
    text: str
    quote: str
    meta: dict
    tokens: str = field(default="", repr=False)  # Sudachi tokens, space-separated, as stored at ingest


class _Stream:
    """A sized, re-iterable view over a generator function."""

    def __init__(self, make, size: int) -> None:
        self._make, self._size = make, size

    def __iter__(self) -> Iterator[Any]:
        return self._make()

    def __len__(self) -> int:
        return self._size


def _view(r: ChunkRow) -> ChunkView:
    return ChunkView(r.id, r.text, r.quote, r.meta, r.tokens)


class ChunkTable(Mapping):
    """Active chunks by id (``snap.chunks``)."""

    def __init__(self, read: ReadStore) -> None:
        self._read = read
        self.reset()

    def reset(self) -> None:
        """Forget what was cached (a new generation was pinned)."""
        self._cache = BoundedCache(CHUNK_CACHE)
        self._versions = BoundedCache(VERSION_CACHE)
        self._count: int | None = None

    def _put(self, rows: list[ChunkRow]) -> list[ChunkView]:
        views = [_view(r) for r in rows]
        for v in views:
            self._cache.put(v.id, v)
        return views

    def __getitem__(self, cid: str) -> ChunkView:
        got = self._cache.get(cid)
        if got is None:
            rows = self._read.chunks([cid])
            if not rows:
                raise KeyError(cid)
            got = self._put(rows)[0]
        return got

    def __contains__(self, cid: object) -> bool:
        if not isinstance(cid, str):
            return False
        return self._cache.get(cid) is not None or bool(self._read.query("SELECT 1 FROM chunks WHERE id=?", (cid,)))

    def prefetch(self, ids) -> None:
        """Read the chunks of ``ids`` that are not cached in one query (ids not active are skipped)."""
        missing = [i for i in dict.fromkeys(ids) if self._cache.get(i) is None]
        if missing:
            self._put(self._read.chunks(missing))

    def __len__(self) -> int:
        if self._count is None:
            self._count = self._read.count("chunks")
        return self._count

    def __iter__(self) -> Iterator[str]:
        return (i for _, i in self._read.chunk_ids())

    def values(self):  # type: ignore[override]
        return _Stream(lambda: (_view(r) for r in self._read.iter_chunks()), len(self))

    def items(self):  # type: ignore[override]
        return _Stream(lambda: ((r.id, _view(r)) for r in self._read.iter_chunks()), len(self))

    def of_version(self, version: str) -> list[str]:
        """The chunk ids of one version in read-side order, their views cached together."""
        ids = self._versions.get(version)
        if ids is None or any(self._cache.get(i) is None for i in ids):
            ids = tuple(v.id for v in self._put(self._read.chunks_of_version(version)))
            self._versions.put(version, ids)
        return list(ids)

    def find(self, version: str, section: str, indicator: int = 0, detail_no: int | None = None) -> str | None:
        """The first chunk of ``version`` in ``section`` (of that indicator / 細事業 when given)."""
        return self._read.find_chunk(version, section, indicator, detail_no)

    def of_jigyo(self, jigyo_no: str) -> list[str]:
        return [i for _, i in self._read.chunk_ids("jigyo_no=?", (jigyo_no,))]

    def matching(self, fiscal_year: int | None = None, bukyoku: str | None = None,
                 jigyo_no: str | None = None) -> IdSet:
        """Chunks of one year, of a 部局 containing ``bukyoku``, of one 事業 (the filters given)."""
        conds, params = [], []
        if fiscal_year:
            conds.append("fiscal_year=?")
            params.append(fiscal_year)
        if bukyoku:
            conds.append("instr(bukyoku, ?) > 0")
            params.append(bukyoku)
        if jigyo_no:
            conds.append("jigyo_no=?")
            params.append(jigyo_no)
        rows = self._read.chunk_ids(" AND ".join(conds), params)
        out = IdSet(i for _, i in rows)
        out.positions = np.asarray([p for p, _ in rows], dtype=np.int64)
        return out

    def tokens_of(self, cid: str) -> frozenset[str] | None:
        try:
            return frozenset(self[cid].tokens.split())
        except KeyError:
            return None


class VersionChunks:
    """Chunk ids per active version (``snap.by_version``), in read-side order."""

    def __init__(self, chunks: ChunkTable, read: ReadStore) -> None:
        self._chunks, self._read = chunks, read

    def get(self, version: str, default=None):
        ids = self._chunks.of_version(version)
        return ids if ids else default

    def __getitem__(self, version: str) -> list[str]:
        ids = self._chunks.of_version(version)
        if not ids:
            raise KeyError(version)
        return ids

    def __contains__(self, version: object) -> bool:
        return isinstance(version, str) and bool(self._chunks.of_version(version))

    def __iter__(self) -> Iterator[str]:
        rows = self._read.query("SELECT version FROM chunks GROUP BY version ORDER BY min(pos)")
        return (v for v, in rows)

    def __len__(self) -> int:
        return int(self._read.query("SELECT count(DISTINCT version) FROM chunks")[0][0])

    def items(self) -> Iterator[tuple[str, list[str]]]:
        return ((v, self[v]) for v in self)


class RecordTable(Mapping):
    """Active sheet records by version (``snap.records``): parsed when asked for, a few kept."""

    def __init__(self, read: ReadStore) -> None:
        self._read = read
        self.reset([])

    def reset(self, rows: list[SheetRow]) -> None:
        self._rows = rows
        self._versions = {r.version: n for n, r in enumerate(rows)}
        self._cache = BoundedCache(RECORD_CACHE)

    def __getitem__(self, version: str) -> dict:
        got = self._cache.get(version)
        if got is None:
            if version not in self._versions:
                raise KeyError(version)
            got = self._read.records([version]).get(version)
            if got is None:
                raise KeyError(version)
            self._cache.put(version, got)
        return got

    def prefetch(self, versions) -> None:
        missing = [v for v in dict.fromkeys(versions) if v in self._versions and self._cache.get(v) is None]
        for v, rec in self._read.records(missing).items():
            self._cache.put(v, rec)

    def __contains__(self, version: object) -> bool:
        return version in self._versions

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[str]:
        return (r.version for r in self._rows)

    def values(self):  # type: ignore[override]
        return _Stream(lambda: (rec for _, rec in self._read.iter_records()), len(self))

    def items(self):  # type: ignore[override]
        return _Stream(lambda: self._read.iter_records(), len(self))

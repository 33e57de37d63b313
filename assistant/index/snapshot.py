"""The read side of the index, kept in step with the registry's ``generation``.

What a question needs is laid out once per generation on disk (``assistant.index.layout``:
SQLite rows, memory-mapped BM25 segments, name vectors) under ``KAIZEN_HOME/cache/readside-*``
and read on demand: a process that starts does not load the index, it pins the newest
generation and reads the records, chunks and postings an answer touches (bounded caches in
``assistant.index.readviews``). So start-up and memory do not grow with the index.

``refresh()`` is one registry read when nothing changed: with an embedded index, the registry's
mark beside it (``assistant.index.regmark``), so a process that answers from a current read
side never opens Chroma (not even to import it); with a Chroma server, the registry itself.
When something did, the process that notices first lays the change out (in proportion to it,
under a file lock) and every process then pins the new generation. Several ``kaizen serve`` instances over one Chroma
server work the same way: each notices a new generation in the registry; sharing a
writable ``KAIZEN_HOME`` they share the read side, otherwise (a read-only home, or no cache
directory) each lays out its own in a private temporary directory. The read side is the index's
(keyed by its ``store_id``, ``assistant.index.readhome``), not the URL's: what ``kaizen ingest``
laid out serves ``kaizen serve`` through any URL or port that reaches the same index.
"""

from __future__ import annotations

import ctypes
import shutil
import threading
import weakref
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from .dense import DenseIndex
from .layout import lay_out, segment_dir
from .layoutproc import lay_out_in_child, worth_a_child
from .namevectors import NameVectors
from .postings import PostingsIndex
from .readhome import open_read_side
from .readstore import FORMAT, ReadStore, SheetRow, State
from .regmark import Mark, active_digest, mark_path, read_mark, write_mark
from .readviews import ChunkTable, ChunkView, RecordTable, VersionChunks
from .segments import Segment

__all__ = ["ChunkView", "Snapshot"]

T = TypeVar("T")
_PIN_RETRIES = 5


def _cleanup(read: ReadStore, names: NameVectors, tmp: str | None) -> None:
    read.close()
    names.close()
    if tmp:
        shutil.rmtree(tmp, ignore_errors=True)


class Snapshot:
    def __init__(self, store, cache_dir: Path | None = None, settings=None) -> None:
        """``store``: the ``Store``, or a function opening it when first needed (then
        ``settings`` is required): a current read side answers without it."""
        if callable(store):
            self._open_store, self._store, self.settings = store, None, settings
        else:
            self._open_store, self._store, self.settings = None, store, store.settings
        self._marked = False  # this process wrote the registry's mark once (see ``_registry``)
        self._cache_dir = cache_dir
        self._read: ReadStore | None = None
        self._ident: str | None = None  # the store_id the read side belongs to
        self._close = None
        self.generation = -1
        self.active: dict[str, str] = {}
        self.digest = ""
        self.embedder_name = ""
        self.store_id = ""
        self.dense = DenseIndex()
        self._rows: list[SheetRow] = []
        self._lock = threading.RLock()
        self._derived: dict[str, tuple[int, Any]] = {}

    def _attach(self, store_id: str) -> None:
        """Use the read side of index ``store_id`` (``assistant.index.readhome``): at the first
        refresh, and again should the index be replaced by another (a new ``store_id``)."""
        with self._lock:
            if self._read is not None and self._ident == store_id:
                return
            if self._close is not None:
                self._close()
            read, tmp = open_read_side(self._cache_dir, self.settings, store_id)
            names = NameVectors(read.dir)
            self._close = weakref.finalize(self, _cleanup, read, names, tmp)
            self._read, self._names, self._ident = read, names, store_id
            self.chunks = ChunkTable(read)
            self.records = RecordTable(read)
            self.by_version = VersionChunks(self.chunks, read)
            self.lexical = PostingsIndex(read, self.chunks.tokens_of)
            self.generation, self.store_id, self.active, self.digest = -1, "", {}, ""
            self._derived.clear()

    @property
    def read(self) -> ReadStore:
        """The read side's tables (attached to the index's identity when first needed)."""
        if self._read is None:
            mark = read_mark(self.settings)
            self._attach(mark.store_id if mark is not None else self._registry().store_id)
        return self._read

    def __getattr__(self, name: str):
        if name in ("chunks", "records", "by_version", "lexical", "_names"):  # views made by ``_attach``
            self.read
            return self.__dict__[name]
        raise AttributeError(name)

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

    def refresh(self, relayout: bool = False) -> bool:
        """Bring the snapshot up to date. Returns True when something changed.

        ``relayout``: lay the read side out again from Chroma (sheets re-parsed in place)."""
        mark = None if relayout else read_mark(self.settings)
        if mark is not None:
            if mark == (self.store_id, self.generation, self.digest):
                return False
            with self._lock:
                self._attach(mark.store_id)
                state = self.read.pin()
                if state.format == FORMAT and _mark_of(state) == mark:
                    return self._pin_changed(False)
        reg = self._registry()
        if (reg.generation == self.generation and reg.store_id == self.store_id and reg.active == self.active
                and not relayout):
            return False
        with self._lock:
            self._attach(reg.store_id)
            state = self.read.pin()
            if not relayout and _ahead(state, reg):
                reg = self._registry()  # the read side is newer than what we read: read it again
            if relayout or not _covers(state, reg):
                if relayout:
                    _forget(self.read)
                self._lay_out(State() if relayout else state, reg)
            return self._pin_changed(relayout)

    def _lay_out(self, state: State, reg) -> None:
        """Lay ``reg`` out: a large change of a server's index in a child process
        (``assistant.index.layoutproc``), anything else here, giving the heap back afterwards."""
        if worth_a_child(self.settings, state, reg) and lay_out_in_child(self.read.dir, self.settings, reg):
            return
        lay_out(self.read, self.store, reg)
        _return_heap()

    def _pin_changed(self, relayout: bool) -> bool:
        before = (self.generation, self.store_id, self.digest)
        self._pin()
        return relayout or before != (self.generation, self.store_id, self.digest)

    @property
    def store(self):
        with self._lock:
            if self._store is None:
                self._store = self._open_store()
            return self._store

    def _registry(self):
        """The registry from Chroma. Beside an embedded index, the first read in this process is
        made under the write lock and copied to the mark, so that later processes skip Chroma
        (an index written before the mark existed, or after a writer died mid-write)."""
        store = self.store
        if self._marked or mark_path(self.settings) is None:
            return store.registry()
        self._marked = True
        with store.locked():
            reg = store.registry()
            write_mark(self.settings, reg.store_id, reg.generation, reg.active)
        return reg

    def _pin(self) -> None:
        """Pin the newest committed generation and open its segments (again, should another
        process merge them away between the two)."""
        for attempt in range(_PIN_RETRIES):
            state = self.read.pin()
            names = [n for n, in self.read.query("SELECT name FROM segments ORDER BY seq")]
            try:
                segments = [Segment(segment_dir(self.read), n) for n in names]
                break
            except FileNotFoundError:
                if attempt == _PIN_RETRIES - 1:
                    raise
        self.lexical.load(segments, [p for p, in self.read.query("SELECT pos FROM dead")])
        self.dense.load(segments, self.lexical.live)
        self._rows = self.read.sheet_rows()
        self.records.reset(self._rows)
        self.chunks.reset()
        self.generation = state.generation
        self.active = dict(state.active)
        self.digest = active_digest(self.active)
        self.embedder_name = state.embedder
        self.store_id = state.store_id
        self._derived.clear()

    # ------------------------------------------------------------------ small indexes
    @property
    def sheet_rows(self) -> list[SheetRow]:
        """Every active sheet version's summary (no full records), in read-side order."""
        return self._rows

    def versions_of(self, jigyo_no: str) -> list[SheetRow]:
        return [r for r in self._rows if r.jigyo_no == jigyo_no]

    def newest_of(self, jigyo_no: str) -> SheetRow | None:
        """The 事業's sheet of the latest fiscal year (what a question naming the 事業 is answered from), or None;
        two stages of one year go by version id, as the answer's sheet always did."""
        return max(self.versions_of(jigyo_no), key=lambda r: (r.fiscal_year or 0, r.version), default=None)

    def sheet_parts(self, versions: Sequence[str], part: str):
        """(version, {"jigyo_name": …, part: […]}) per version, in order: one of the sheet's tables
        (``indicators``, ``detail``, ``cost``) read without the rest of the record."""
        return self.read.sheet_parts(list(versions), part)

    def entity_names(self) -> list[tuple]:
        """(kind, name, jigyo_no, indicator, detail_no, bukyoku, tokens json) of every active
        sheet's names: newest year first, read-side order within a year, each sheet's names
        in the order of its form."""
        return self.read.query(
            "SELECT n.kind, n.name, s.jigyo_no, n.indicator, n.detail_no, s.bukyoku, n.tokens "
            "FROM names n JOIN sheets s ON s.version = n.version "
            "ORDER BY coalesce(s.fiscal_year, 0) DESC, s.pos, n.seq")

    def name_matrix(self, embedder, names: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(memory-mapped vectors, row of each name); names not embedded before are embedded now."""
        return self._names.matrix(embedder, names)

    def is_active(self, chunk_id: str) -> bool:
        return chunk_id in self.chunks

    def __len__(self) -> int:
        return len(self._rows)


def _covers(state: State, reg) -> bool:
    """Whether the committed read side is the registry's generation of the same index (same active
    versions: a copy of the index written to on its own reaches the same numbers with other sheets)."""
    return (state.format == FORMAT and state.store_id == reg.store_id and state.generation == reg.generation >= 0
            and state.active == reg.active)


def _ahead(state: State, reg) -> bool:
    """A read side of this index newer than the registry read (another process ingested since)."""
    return state.format == FORMAT and state.store_id == reg.store_id and state.generation > reg.generation


def _mark_of(state: State) -> Mark:
    return Mark(state.store_id, state.generation, active_digest(state.active))


def _return_heap() -> None:
    """Ask glibc to return freed heap to the system (a layout frees most of what it allocated)."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _forget(read: ReadStore) -> None:
    """Make the next layout start from nothing (its versions were re-parsed under the same ids)."""
    with read.writing() as w:
        w.execute("DELETE FROM meta")

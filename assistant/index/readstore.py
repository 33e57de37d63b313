"""The read side's on-disk tables: one SQLite file (WAL) beside the BM25 segment files.

Why SQLite: every process that answers questions used to unpickle every record, chunk and
token list before its first answer (12.6 s and +0.3 GB per 1,000 sheets). Here the rows are
written once, when a generation is laid out (``assistant.index.layout``), and read by id
when an answer needs them. Readers *pin* one generation: a read transaction is held open,
so every query sees the same committed state until the next ``pin()`` even while another
process lays out a newer generation (WAL readers never block the writer, nor it them).

Writers hold ``write.lock`` (fcntl, so processes sharing ``KAIZEN_HOME/cache`` take turns)
and commit rows, segment manifest and ``state`` (generation, active versions) in one
transaction: the switch to a new generation is atomic for every reader.
"""

from __future__ import annotations

import fcntl
import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

FORMAT = 4  # 4: segments hold the chunks' embedding vectors
_IN = 500  # ids per "IN (...)" query

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sheets(
  pos INTEGER PRIMARY KEY AUTOINCREMENT, version TEXT UNIQUE NOT NULL, jigyo_no TEXT, jigyo_name TEXT,
  bukyoku TEXT, ka TEXT, year_label TEXT, fiscal_year INTEGER, pages INTEGER, chunks INTEGER, file TEXT,
  stored_pdf TEXT, warnings TEXT, record TEXT NOT NULL, p_indicators TEXT, p_detail TEXT, p_cost TEXT);
CREATE TABLE IF NOT EXISTS chunks(
  pos INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, version TEXT NOT NULL, jigyo_no TEXT,
  fiscal_year INTEGER, bukyoku TEXT, section, indicator, detail_no, text TEXT, quote TEXT, meta TEXT, tokens TEXT);
CREATE INDEX IF NOT EXISTS chunks_by_version ON chunks(version, section, pos);
CREATE INDEX IF NOT EXISTS chunks_by_jigyo ON chunks(jigyo_no, pos);
CREATE TABLE IF NOT EXISTS names(
  version TEXT NOT NULL, seq INTEGER NOT NULL, kind TEXT, name TEXT, indicator INTEGER, detail_no INTEGER,
  tokens TEXT, PRIMARY KEY(version, seq));
CREATE TABLE IF NOT EXISTS terms(term TEXT PRIMARY KEY, tid INTEGER UNIQUE NOT NULL);
CREATE TABLE IF NOT EXISTS segments(name TEXT PRIMARY KEY, seq INTEGER NOT NULL, ndocs INTEGER, nposts INTEGER);
CREATE TABLE IF NOT EXISTS dead(pos INTEGER PRIMARY KEY);
"""

PARTS = ("indicators", "detail", "cost")  # the sheet's tables kept apart for cross-sheet answers
_SHEET_COLS = ("version, jigyo_no, jigyo_name, bukyoku, ka, year_label, fiscal_year, pages, chunks, file, "
               "stored_pdf, warnings")


class SheetRow(NamedTuple):
    """What lists and filters need of one active sheet version, without its full record."""

    version: str
    jigyo_no: str
    jigyo_name: str
    bukyoku: str
    ka: str
    year_label: str
    fiscal_year: int
    pages: int
    chunks: int
    file: str
    stored_pdf: str
    warnings: list[str]


class ChunkRow(NamedTuple):
    pos: int
    id: str
    text: str
    quote: str
    meta: dict
    tokens: str


class State(NamedTuple):
    """The committed generation of the read side."""

    format: int = 0
    store_id: str = ""
    generation: int = -1
    active: dict = {}
    embedder: str = ""


def _sheet_row(r: Sequence) -> SheetRow:
    return SheetRow(*r[:11], json.loads(r[11] or "[]"))


class ReadStore:
    """SQLite tables of one read side; readers pin a generation, writers take ``write.lock``."""

    def __init__(self, directory: Path) -> None:
        self.dir = Path(directory)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.path = self.dir / "read.sqlite"
        self._lock = threading.RLock()
        with self.writing() as w:
            for stmt in filter(str.strip, _SCHEMA.split(";")):
                w.execute(stmt)
        self._conn = self._connect()
        self._pinned = False

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=60)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        return conn

    # ------------------------------------------------------------------ writing
    @contextmanager
    def locked(self) -> Iterator[None]:
        """The writers' lock (threads of this process and other processes)."""
        with self._lock, open(self.dir / "write.lock", "a+") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """A write transaction under the lock: all of it becomes visible at once, or none."""
        with self.locked():
            conn = self._connect()
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
            finally:
                conn.close()

    @staticmethod
    def write_state(conn: sqlite3.Connection, state: State) -> None:
        conn.execute("INSERT OR REPLACE INTO meta(k, v) VALUES('state', ?)",
                     (json.dumps(state._asdict(), ensure_ascii=False),))

    @staticmethod
    def read_state(conn: sqlite3.Connection) -> State:
        row = conn.execute("SELECT v FROM meta WHERE k='state'").fetchone()
        if not row:
            return State()
        try:
            return State(**json.loads(row[0]))
        except (TypeError, ValueError):
            return State()

    # ------------------------------------------------------------------ reading
    def pin(self) -> State:
        """Start reading the newest committed generation (ends the previous read transaction)."""
        with self._lock:
            if self._pinned:
                self._conn.execute("COMMIT")
            self._conn.execute("BEGIN")
            self._pinned = True
            return self.read_state(self._conn)

    def close(self) -> None:
        with self._lock:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def query_in(self, sql: str, values: Sequence[Any]) -> list[tuple]:
        """``sql`` with one ``IN ({})`` placeholder, run in slices of ``values``."""
        out: list[tuple] = []
        for i in range(0, len(values), _IN):
            part = list(values[i:i + _IN])
            out += self.query(sql.format(",".join("?" * len(part))), part)
        return out

    def stream(self, sql: str, params: Sequence[Any] = (), size: int = 200) -> Iterator[tuple]:
        """Rows of ``sql`` in batches (the lock is not held between them)."""
        last = -1
        while True:
            rows = self.query(sql, (*params, last, size))
            yield from rows
            if len(rows) < size:
                return
            last = rows[-1][0]

    def sheet_rows(self) -> list[SheetRow]:
        return [_sheet_row(r[1:]) for r in self.query(f"SELECT pos, {_SHEET_COLS} FROM sheets ORDER BY pos")]

    def records(self, versions: Sequence[str]) -> dict[str, dict]:
        rows = self.query_in("SELECT version, record FROM sheets WHERE version IN ({})", versions)
        return {v: json.loads(doc) for v, doc in rows}

    def sheet_parts(self, versions: Sequence[str], part: str, batch: int = 200) -> Iterator[tuple[str, dict]]:
        """(version, {"jigyo_name", part}) in the order of ``versions``: one table of the sheet
        (``indicators``, ``detail`` or ``cost``) without parsing the whole record."""
        if part not in PARTS:
            raise ValueError(part)
        for i in range(0, len(versions), batch):
            rows = self.query_in(f"SELECT version, jigyo_name, p_{part} FROM sheets WHERE version IN ({{}})",
                                 versions[i:i + batch])
            got = {v: (name, doc) for v, name, doc in rows}
            for v in versions[i:i + batch]:
                if v in got:
                    yield v, {"jigyo_name": got[v][0], part: json.loads(got[v][1] or "[]")}

    def iter_records(self) -> Iterator[tuple[str, dict]]:
        for _, v, doc in self.stream("SELECT pos, version, record FROM sheets WHERE pos > ? ORDER BY pos LIMIT ?"):
            yield v, json.loads(doc)

    def chunks(self, ids: Sequence[str]) -> list[ChunkRow]:
        rows = self.query_in("SELECT pos, id, text, quote, meta, tokens FROM chunks WHERE id IN ({})", ids)
        return [ChunkRow(p, i, t, q, json.loads(m), tk) for p, i, t, q, m, tk in rows]

    def chunks_of_version(self, version: str) -> list[ChunkRow]:
        rows = self.query("SELECT pos, id, text, quote, meta, tokens FROM chunks WHERE version=? ORDER BY pos",
                          (version,))
        return [ChunkRow(p, i, t, q, json.loads(m), tk) for p, i, t, q, m, tk in rows]

    def iter_chunks(self) -> Iterator[ChunkRow]:
        sql = "SELECT pos, id, text, quote, meta, tokens FROM chunks WHERE pos > ? ORDER BY pos LIMIT ?"
        for p, i, t, q, m, tk in self.stream(sql, size=1000):
            yield ChunkRow(p, i, t, q, json.loads(m), tk)

    def chunk_ids(self, where: str = "", params: Sequence[Any] = ()) -> list[tuple[int, str]]:
        """(pos, id) of the chunks matching ``where`` (SQL over version, jigyo_no, fiscal_year, bukyoku)."""
        return self.query(f"SELECT pos, id FROM chunks {'WHERE ' + where if where else ''} ORDER BY pos", params)

    def find_chunk(self, version: str, section: str, indicator: int = 0, detail_no: int | None = None) -> str | None:
        """The first chunk (read-side order) of ``version`` in ``section`` (of that indicator /
        細事業 when given). section, indicator and detail_no are stored as in the metadata (no
        type conversion), so this matches exactly what comparing the metadata would."""
        sql = "SELECT id FROM chunks WHERE version=? AND section=?"
        params: list[Any] = [version, section]
        if indicator:
            sql += " AND indicator=?"
            params.append(indicator)
        if detail_no is not None:
            sql += " AND detail_no=?"
            params.append(detail_no)
        got = self.query(sql + " ORDER BY pos LIMIT 1", params)
        return got[0][0] if got else None

    def ids_at(self, positions: Iterable[int]) -> dict[int, str]:
        return dict(self.query_in("SELECT pos, id FROM chunks WHERE pos IN ({})", list(positions)))

    def count(self, table: str) -> int:
        return int(self.query(f"SELECT count(*) FROM {table}")[0][0])

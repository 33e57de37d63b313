"""Lay out a generation of the index as the read side: what changed since the read side's
own generation is fetched from Chroma and written to SQLite and one new segment (BM25 postings
and the chunks' embedding vectors), in one
transaction (``assistant.index.readstore``). Work is in proportion to the change: the
versions that appeared are fetched, those that went are dropped (their chunks listed dead
until a merge), and segments of similar size are merged now and then.

Fetch order is the order the old in-memory snapshot used (records in slices of 1,000
versions, chunks in slices of 200, Chroma's order within each), so the read side lists
records and chunks in the order answers always saw them.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import uuid
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from assistant.text.tokens import tokenize

from .readstore import FORMAT, PARTS, ReadStore, State
from .segments import Segment, merge, remove_files, segment_arrays, unit_rows, write_segment

RECORD_BATCH = 1000
CHUNK_BATCH = 200
VEC_BATCH = 256  # chunk vectors per Chroma request
MERGE_RATIO = 3  # merge the newest two segments while the older is at most this times the newer
DEAD_SHARE = 0.3  # merge everything when this share of the documents in segments is dead


def segment_dir(read: ReadStore) -> Path:
    return read.dir / "segments"


def lay_out(read: ReadStore, store, reg) -> bool:
    """Bring the read side to ``reg``'s generation. Returns False when it already was there
    (another process laid it out)."""
    superseded: list[str] = []
    with read.writing() as w:
        state = ReadStore.read_state(w)
        if state.format != FORMAT or state.store_id != reg.store_id:
            superseded += _clear(w)
            state = State()
        if state.generation == reg.generation >= 0 and state.active == reg.active:
            return False
        stored = {v for v, in w.execute("SELECT version FROM sheets")}
        wanted = set(reg.active.values())
        _drop(w, sorted(stored - wanted))
        _add(w, read, store, sorted(wanted - stored))
        superseded += _merge(w, read)
        ReadStore.write_state(w, State(FORMAT, reg.store_id, reg.generation, dict(reg.active), reg.embedder))
    for name in superseded:  # readers already map what they use; new readers only see the manifest
        remove_files(segment_dir(read), name)
    return True


def _clear(w: sqlite3.Connection) -> list[str]:
    names = [n for n, in w.execute("SELECT name FROM segments")]
    for table in ("sheets", "chunks", "names", "terms", "segments", "dead", "meta", "sqlite_sequence"):
        w.execute(f"DELETE FROM {table}")  # positions start again at 1: no segment refers to them
    return names


def _drop(w: sqlite3.Connection, versions: list[str]) -> None:
    for v in versions:
        w.execute("INSERT OR IGNORE INTO dead(pos) SELECT pos FROM chunks WHERE version=?", (v,))
        for table in ("chunks", "sheets", "names"):
            w.execute(f"DELETE FROM {table} WHERE version=?", (v,))


def _name_rows(version: str, rec: dict, memo: dict[str, str]) -> list[tuple]:
    """The entity names of one sheet, in the catalogue's order, with their tokens."""
    s = rec["sheet"]
    items = [("jigyo", s["jigyo_name"], 0, 0)]
    items += [("indicator", ind["name"], ind["no"], 0) for ind in s.get("indicators", [])]
    for row in s.get("detail", []):
        items.append(("detail", row["name"], 0, row["no"]))
        items += [("detail", it["name"], 0, row["no"]) for it in row.get("items", []) if it.get("name")]
    out = []
    for seq, (kind, name, ind, det) in enumerate(items):
        if name not in memo:
            memo[name] = json.dumps(tokenize(name), ensure_ascii=False)
        out.append((version, seq, kind, name, ind, det, memo[name]))
    return out


def _add_records(w: sqlite3.Connection, store, versions: list[str]) -> None:
    memo: dict[str, str] = {}
    for i in range(0, len(versions), RECORD_BATCH):
        docs = store.sheet_documents(versions[i:i + RECORD_BATCH])
        for v, doc in docs.items():
            rec = json.loads(doc)
            s = rec["sheet"]
            w.execute("INSERT INTO sheets(version, jigyo_no, jigyo_name, bukyoku, ka, year_label, fiscal_year, "
                      "pages, chunks, file, stored_pdf, warnings, record, p_indicators, p_detail, p_cost) "
                      "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                      (v, s.get("jigyo_no", ""), s.get("jigyo_name", ""), s.get("bukyoku", ""), s.get("ka", ""),
                       s.get("year_label", ""), rec.get("fiscal_year"), rec.get("pages"), rec.get("chunks"),
                       rec.get("file", ""), rec.get("stored_pdf", ""),
                       json.dumps(rec.get("warnings", []), ensure_ascii=False), doc,
                       *(json.dumps(s.get(p, []), ensure_ascii=False) for p in PARTS)))
            w.executemany("INSERT INTO names VALUES(?,?,?,?,?,?,?)", _name_rows(v, rec, memo))


def _term_ids(w: sqlite3.Connection, tokens: Iterable[str]) -> dict[str, int]:
    uniq = list(dict.fromkeys(tokens))
    out: dict[str, int] = {}
    for i in range(0, len(uniq), 500):
        part = uniq[i:i + 500]
        out.update(w.execute(f"SELECT term, tid FROM terms WHERE term IN ({','.join('?' * len(part))})", part))
    new = [t for t in uniq if t not in out]
    if new:
        start = (w.execute("SELECT max(tid) FROM terms").fetchone()[0] or 0) + 1
        w.executemany("INSERT INTO terms(term, tid) VALUES(?, ?)", [(t, start + i) for i, t in enumerate(new)])
        out.update((t, start + i) for i, t in enumerate(new))
    return out


def _vectors(store, ids: list[str], out) -> int:
    """Append the chunks' unit vectors (float32 rows, in ``ids`` order) to the file ``out``, fetched
    ``VEC_BATCH`` at a time so that no response or list of vectors is large. Returns the dimension."""
    dim = 0
    for j in range(0, len(ids), VEC_BATCH):
        rows = unit_rows(store.chunk_vectors(ids[j:j + VEC_BATCH]))
        dim = int(rows.shape[1])
        out.write(rows.tobytes())
    return dim


def _add_chunks(w: sqlite3.Connection, store, versions: list[str], vec_out):
    """Insert the versions' chunks; returns the segment arrays of their tokens (their vectors go to
    ``vec_out``, in the same order) and the vectors' dimension."""
    parts = []
    dim = 0
    for i in range(0, len(versions), CHUNK_BATCH):
        rows = store.chunk_records(versions[i:i + CHUNK_BATCH])
        again = [p for j in range(0, len(rows.ids), 500) for p, in w.execute(
            f"SELECT pos FROM chunks WHERE id IN ({','.join('?' * len(rows.ids[j:j + 500]))})", rows.ids[j:j + 500])]
        if again:  # an id written before under another version: its old row goes
            w.executemany("INSERT OR IGNORE INTO dead(pos) VALUES(?)", [(p,) for p in again])
            w.executemany("DELETE FROM chunks WHERE pos=?", [(p,) for p in again])
        start = (w.execute("SELECT seq FROM sqlite_sequence WHERE name='chunks'").fetchone() or (0,))[0] + 1
        docs, values = [], []
        for n, (cid, text, meta) in enumerate(zip(rows.ids, rows.documents, rows.metadatas)):
            meta = dict(meta)
            tokens = meta.pop("tokens", "")
            quote = meta.pop("quote", "")
            docs.append((start + n, tokens.split()))
            values.append((start + n, cid, meta["version"], meta.get("jigyo_no", ""), meta.get("fiscal_year"),
                           meta.get("bukyoku", ""), meta.get("section"), meta.get("indicator"), meta.get("detail_no"),
                           text, quote, json.dumps(meta, ensure_ascii=False), tokens))
        w.executemany("INSERT INTO chunks(pos, id, version, jigyo_no, fiscal_year, bukyoku, section, indicator, "
                      "detail_no, text, quote, meta, tokens) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)", values)
        if docs:
            tids = _term_ids(w, (t for _, toks in docs for t in toks))
            parts.append(segment_arrays(docs, tids))
            dim = _vectors(store, list(rows.ids), vec_out) or dim
    return parts, dim


def _add(w: sqlite3.Connection, read: ReadStore, store, versions: list[str]) -> None:
    if not versions:
        return
    _add_records(w, store, versions)
    directory = segment_dir(read)
    directory.mkdir(parents=True, exist_ok=True)
    # The vectors wait in a temporary file, not in memory (230 MB at 5,000 sheets laid out at once).
    with tempfile.TemporaryFile(dir=directory) as raw:
        parts, dim = _add_chunks(w, store, versions, raw)
        if not parts:
            return
        arrays = [np.concatenate([p[k] for p in parts]) for k in range(5)]
        raw.flush()
        ndocs = len(arrays[3])
        vec = np.memmap(raw, dtype=np.float32, mode="r", shape=(ndocs, dim)) if ndocs and dim else \
            np.zeros((ndocs, dim), dtype=np.float32)
        seq = (w.execute("SELECT max(seq) FROM segments").fetchone()[0] or 0) + 1
        name = _segment_name(seq)
        n = write_segment(directory, name, *arrays, vec)
        del vec
    w.execute("INSERT INTO segments(name, seq, ndocs, nposts) VALUES(?,?,?,?)", (name, seq, ndocs, n))


def _segment_name(seq: int) -> str:
    """A file name never used before in this directory (a cleared read side starts at seq 1 again)."""
    return f"s{seq:08d}-{uuid.uuid4().hex[:8]}"


def _merge(w: sqlite3.Connection, read: ReadStore) -> list[str]:
    """Merge segments (see the constants above). Returns the names of those merged away."""
    segs = w.execute("SELECT name, seq, ndocs FROM segments ORDER BY seq").fetchall()
    dead = np.asarray([p for p, in w.execute("SELECT pos FROM dead")], dtype=np.int64)
    total = sum(s[2] for s in segs)
    if segs and total and len(dead) > DEAD_SHARE * total:
        take = len(segs)  # compact: even a single segment is rewritten without its dead documents
    else:  # the newest segments while the next older one is not much larger than them together
        take, size = (1, segs[-1][2]) if segs else (0, 0)
        while 0 < take < len(segs) and segs[-1 - take][2] <= MERGE_RATIO * max(size, 1):
            size += segs[-1 - take][2]
            take += 1
        if take < 2:
            return []
    chosen = segs[-take:]
    directory = segment_dir(read)
    opened = [Segment(directory, name) for name, _, _ in chosen]
    seq = chosen[-1][1] + 1
    name = _segment_name(seq)
    ndocs, nposts = merge(directory, opened, dead, name)
    gone_docs = np.concatenate([np.asarray(s.docs) for s in opened])
    w.executemany("DELETE FROM dead WHERE pos=?", [(int(p),) for p in dead[np.isin(dead, gone_docs)]])
    w.executemany("DELETE FROM segments WHERE name=?", [(n,) for n, _, _ in chosen])
    w.execute("INSERT INTO segments(name, seq, ndocs, nposts) VALUES(?,?,?,?)", (name, seq, ndocs, nposts))
    return [n for n, _, _ in chosen]

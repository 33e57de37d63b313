"""Laying a generation out as the read side: in proportion to the batch, atomic with the
switch (a reader keeps its generation, a failed layout leaves the previous one whole)."""

from __future__ import annotations

import pytest

from assistant.config import load_settings
from assistant.index import layout
from assistant.index.snapshot import Snapshot
from assistant.index.store import Store
from assistant.service import Kaizen

from ..conftest import ROOT

NEW_PDF = ROOT / "eval" / "datasets" / "unseen" / "sheets" / "02-03-04_男女共同参画推進事業費.pdf"


def _segment_files(snap) -> dict[str, int]:
    return {p.name: p.stat().st_ino for p in (snap.read.dir / "segments").glob("*.npy")}


def _positions(snap) -> dict[str, int]:
    return dict(snap.read.query("SELECT version, pos FROM sheets"))


def test_a_batch_adds_a_segment_and_leaves_what_was_laid_out_alone(copied_home):
    svc = Kaizen(load_settings(copied_home))
    snap = svc.snapshot()
    files, positions, n_chunks = _segment_files(snap), _positions(snap), len(snap.chunks)
    svc.ingest([NEW_PDF])
    snap = svc.snapshot()
    after = _segment_files(snap)
    assert all(after.get(name) == ino for name, ino in files.items()), "laid-out segments were rewritten"
    assert len(after) > len(files)  # the batch's own segment
    assert {v: p for v, p in _positions(snap).items() if v in positions} == positions
    new = next(r for r in snap.sheet_rows if r.jigyo_no == "02 03 04")
    assert len(snap.chunks) == n_chunks + new.chunks
    hits = snap.lexical.search_tokens(["男女", "共同", "参画"], k=5)
    assert hits and snap.chunks[hits[0][0]].meta["jigyo_no"] == "02 03 04"


def test_a_pinned_reader_keeps_its_generation_while_another_lays_out_and_merges(copied_home, monkeypatch):
    reader = Kaizen(load_settings(copied_home)).snapshot()
    gen, versions = reader.generation, set(reader.records)
    ids, mapped = reader.lexical.ids, set(_segment_files(reader))
    writer = Kaizen(load_settings(copied_home))
    monkeypatch.setattr(layout, "DEAD_SHARE", 0.0)  # any removal merges every segment away
    for no in ("02 05 02", "05 03 02"):
        writer.remove(no)
    writer.snapshot()
    assert not mapped & set(_segment_files(writer.snapshot())), "the reader's segments were merged away"
    # The reader still sees its generation whole: records, chunks and BM25 over the unlinked files.
    assert reader.generation == gen and set(reader.records) == versions
    assert reader.lexical.ids == ids and reader.lexical.search_tokens(["ＮＰＯ", "セミナー"], k=3)
    assert all(c in reader.chunks for c in ids[:20])
    assert reader.refresh() is True and len(reader.records) == len(versions) - 2
    assert not list((reader.read.dir / "segments").glob("*.tmp.npy"))


def test_a_failed_layout_leaves_the_previous_generation(copied_home, monkeypatch):
    settings = load_settings(copied_home)
    snap = Snapshot(Store(settings), copied_home / "cache")
    snap.refresh()
    gen = snap.generation
    Kaizen(settings).indexer.ingest([NEW_PDF])  # the index switches; the read side is not laid out yet

    def crash(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(layout, "_merge", crash)  # after the batch's segment is written, before the commit
    with pytest.raises(RuntimeError):
        snap.refresh()
    fresh = Snapshot(Store(settings), copied_home / "cache")
    state = fresh.read.pin()
    assert state.generation == gen
    listed = {n for n, in fresh.read.query("SELECT name FROM segments")}
    assert all((fresh.read.dir / "segments" / f"{n}.rows.npy").exists() for n in listed)
    assert not any(r.jigyo_no == "02 03 04" for r in fresh.read.sheet_rows())
    monkeypatch.undo()
    assert snap.refresh() is True and any(r.jigyo_no == "02 03 04" for r in snap.sheet_rows)

"""The read side loads lazily: answering a question reads the records and chunks it needs
by id (bounded caches), never the whole index."""

from __future__ import annotations

from assistant.config import load_settings
from assistant.index import readstore, readviews
from assistant.service import Kaizen


def test_one_answer_reads_a_few_records_and_chunks_not_the_index(copied_home, monkeypatch):
    read_records: list[str] = []
    walked: list[str] = []
    original = readstore.ReadStore.records

    def records(self, versions):
        read_records.extend(versions)
        return original(self, versions)

    monkeypatch.setattr(readstore.ReadStore, "records", records)
    monkeypatch.setattr(readstore.ReadStore, "iter_records", lambda self: walked.append("records") or iter(()))
    monkeypatch.setattr(readstore.ReadStore, "iter_chunks", lambda self: walked.append("chunks") or iter(()))
    svc = Kaizen(load_settings(copied_home))
    ans = svc.ask("NPOセミナーの満足度が下がったのはなぜ？")
    assert not ans.refused and ans.citations
    snap = svc.snapshot()
    assert not walked, "a question walked a whole table"
    assert len(set(read_records)) <= 2 < len(snap.records)
    assert 0 < len(snap.chunks._cache) < len(snap.chunks)


def test_caches_are_bounded_and_whole_walks_do_not_fill_them(copied_home, monkeypatch):
    monkeypatch.setattr(readviews, "CHUNK_CACHE", 5)
    snap = Kaizen(load_settings(copied_home)).snapshot()
    ids = list(snap.chunks)
    for cid in ids[:20]:
        assert snap.chunks[cid].id == cid
    assert len(snap.chunks._cache) == 5
    walked = [c.id for c in snap.chunks.values()]
    assert walked == ids and len(snap.chunks._cache) == 5
    assert len(list(snap.records.values())) == len(snap.records)  # streaming, for analytics
    assert len(snap.records._cache) == 0

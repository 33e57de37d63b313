"""Hybrid retrieval over the real sample index; derived views are owned by the snapshot."""

from __future__ import annotations

from assistant.query.intent import analyze
from assistant.query.retrieval import chunks_by_jigyo, newest_versions, retrieve


def test_linked_indicator_ranks_its_factor_analysis_first(service):
    snap = service.snapshot()
    plan = analyze("NPOセミナーの満足度が下がったのはなぜ？", snap, service.embedder)
    hits = retrieve(service, snap, plan, k=5)
    m = snap.chunks[hits[0].chunk_id].meta
    assert (m["jigyo_no"], m["section"], m["indicator"]) == ("02 05 02", "8", 3)


def test_year_filter_is_hard(service):
    snap = service.snapshot()
    plan = analyze("家庭の脱炭素化の課題は？", snap, service.embedder, year=2023)
    hits = retrieve(service, snap, plan, k=10)
    assert hits and all(snap.chunks[h.chunk_id].meta["fiscal_year"] == 2023 for h in hits)


def test_derived_views_are_cached_on_the_snapshot(service):
    snap = service.snapshot()
    by_no = chunks_by_jigyo(snap, "02 05 02")
    assert by_no and all(snap.chunks[c].meta["jigyo_no"] == "02 05 02" for c in by_no)
    newest = newest_versions(snap)
    assert newest is newest_versions(snap)
    years = {snap.records[v]["sheet"]["jigyo_no"]: snap.records[v]["fiscal_year"] for v in newest}
    assert years["06 02 01"] == 2024  # the R6 sheet, not the R5 one

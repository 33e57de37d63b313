"""The dense ranking from the read side's vectors (``assistant.index.dense``) is Chroma's: the
same chunks in the same order at the head of the list for real questions over the sample index,
filters included, and the same scores for every chunk Chroma returns; removed chunks never come
back; a vector of another size is refused (BM25 alone answers).

Chroma's HNSW search is approximate, ours is exact: far down a 120-long list Chroma may skip a
chunk or swap two near-equal ones (a CI run saw it at rank 117), so the tail is compared by
score and overlap, not by position."""

from __future__ import annotations

import json

import numpy as np
import pytest

from assistant.config import load_settings
from assistant.query.intent import analyze
from assistant.query.retrieval import dense_ranking
from assistant.service import Kaizen
from ingest.form import normalize_jigyo_no

from ..conftest import ROOT


def _chroma_where(plan):
    conds = []
    if plan.year_filter:
        conds.append({"fiscal_year": plan.year_filter})
    if plan.jigyo_filter:
        conds.append({"jigyo_no": normalize_jigyo_no(plan.jigyo_filter)})
    if plan.bukyoku_filter:
        conds.append({"bukyoku": plan.bukyoku_filter})
    return None if not conds else conds[0] if len(conds) == 1 else {"$and": conds}


def test_read_side_dense_ranking_is_chromas(service):
    snap = service.snapshot()
    questions = [json.loads(line)["question"]
                 for line in (ROOT / "eval" / "datasets" / "samples.jsonl").read_text(encoding="utf-8").splitlines()
                 if line.strip()][:40]
    filters = [{}, {"year": 2024}, {"jigyo_no": "02-05-02"}, {"bukyoku": "企画振興部"}, {"year": 2023, "jigyo_no": "06 02 01"}]
    compared = filtered = 0
    for i, q in enumerate(questions):
        plan = analyze(q, snap, service.embedder, **filters[i % len(filters)])
        qvec = service.embedder.embed_query(plan.norm)
        want = service.store.query(qvec, min(120, len(snap.chunks)), _chroma_where(plan))
        got = dense_ranking(snap, qvec, 120, plan)
        assert len(got) == len(want), q
        assert [c for c, _ in got[:20]] == [c for c, _ in want[:20]], q
        exact = dict(dense_ranking(snap, qvec, len(snap.chunks), plan))
        assert all(c in exact and abs(exact[c] - s) < 1e-5 for c, s in want), q
        scores = [s for _, s in got]
        assert scores == sorted(scores, reverse=True), q
        assert len({c for c, _ in got} & {c for c, _ in want}) >= 0.95 * len(want), q
        compared += bool(want)
        filtered += bool(want) and bool(filters[i % len(filters)])
    assert compared >= 30 and filtered >= 20


def test_removed_sheets_leave_the_dense_ranking(copied_home):
    svc = Kaizen(load_settings(copied_home))
    snap = svc.snapshot()
    qvec = svc.embedder.embed_query("NPOセミナーの満足度")
    plan = analyze("NPOセミナーの満足度", snap, svc.embedder)
    before = dense_ranking(snap, qvec, 500, plan)
    gone = {s.version for s in svc.sheets() if s.jigyo_no == "02 05 02"}
    assert any(snap.chunks[c].meta["version"] in gone for c, _ in before[:5])
    svc.remove("02 05 02")
    snap = svc.snapshot()
    after = dense_ranking(snap, qvec, 500, plan)
    assert after and all(snap.chunks[c].meta["version"] not in gone for c, _ in after)
    assert [c for c, _ in after] == [c for c, _ in before if c in snap.chunks]


def test_a_vector_of_another_size_is_refused(service):
    snap = service.snapshot()
    with pytest.raises(ValueError):
        snap.dense.search(np.ones(7, dtype=np.float32), 5)

"""The naive baseline's page chunks mapped to the form's sections."""

from __future__ import annotations

from eval import metrics as M


# ---------------------------------------------------------------- baseline
def test_baseline_maps_page_chunks_to_sections(service):
    from eval.baseline import Baseline

    base = Baseline(service)
    assert base.chunks and all(len(c["quote"]) <= 400 for c in base.chunks)
    hit = [c for c in base.chunks if M.squash("法令に係る難解な内容") in M.squash(c["quote"])]
    assert hit and any(["8", 3] in c["sections"] for c in hit)
    assert all(c["page"] == 2 for c in hit)
    res = base.ask("NPOセミナーの満足度が下がったのはなぜ？", k=3)
    assert len(res["citations"]) == 3 and [c["n"] for c in res["citations"]] == [1, 2, 3]

"""The CI gate: the bundled question set meets the agreed bounds."""

from __future__ import annotations

import pytest

from eval.dataset import BUNDLED, load_questions


# ---------------------------------------------------------------- CI gate
@pytest.mark.eval_gate
def test_ci_gate_bundled_set_meets_agreed_bounds(service):
    """CI GATE: the bundled question set must score hit@3 >= 0.9, evidence >= 0.85 and refuse
    every unanswerable question. Do not weaken these bounds; fix the assistant."""
    from eval.runner import ask_one, evaluate

    qs, errors = load_questions(BUNDLED)
    assert not errors
    run = evaluate(lambda q: ask_one(service, q, 3), qs, 3)
    o = run["summary"]["overall"]
    not_refused = [s["id"] for s in run["scores"] if s["kind"] == "unanswerable" and s["refusal_accuracy"] < 1]
    print(f"\nbundled set: hit@1={o['hit@1']:.3f} hit@3={o['hit@k']:.3f} mrr={o['mrr']:.3f} "
          f"evidence={o['evidence']:.3f} full={o['full_evidence']:.3f} refusal={o['refusal_accuracy']:.3f} "
          f"unanswerable not refused={not_refused}")
    assert o["hit@k"] >= 0.9
    assert o["evidence"] >= 0.85
    assert not not_refused, f"unanswerable questions answered: {not_refused}"

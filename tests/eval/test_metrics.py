"""Eval metrics: section matching, hit@k, MRR, evidence, precision, refusal, numeric faithfulness,
summaries."""

from __future__ import annotations

import pytest

from eval import metrics as M
from eval.dataset import KINDS, Question


def cit(no="02 05 02", section="8", indicator=None, fy=2024, quote=""):
    return {"jigyo_no": no, "section": section, "indicator": indicator, "fiscal_year": fy, "quote": quote}


# ---------------------------------------------------------------- metrics
def test_matches_section_nine_indicator_year_and_number_format():
    assert M.matches(cit(section="9-1"), {"jigyo_no": "02 05 02", "section": "9"})
    assert M.matches(cit(section="9-2"), {"jigyo_no": "020502", "section": "9"})
    assert M.matches(cit(section="9"), {"jigyo_no": "02 05 02", "section": "9-2"})
    assert not M.matches(cit(section="9-1"), {"jigyo_no": "02 05 02", "section": "9-2"})
    assert not M.matches(cit(section="8"), {"jigyo_no": "02 05 02", "section": "9"})
    # indicator must match when given, is ignored when not
    assert M.matches(cit(indicator=3), {"jigyo_no": "02 05 02", "section": "8", "indicator": 3})
    assert not M.matches(cit(indicator=2), {"jigyo_no": "02 05 02", "section": "8", "indicator": 3})
    assert not M.matches(cit(indicator=None), {"jigyo_no": "02 05 02", "section": "8", "indicator": 3})
    assert M.matches(cit(indicator=2), {"jigyo_no": "02 05 02", "section": "8"})
    # other 事業, other year
    assert not M.matches(cit(no="06 02 01"), {"jigyo_no": "02 05 02", "section": "8"})
    assert not M.matches(cit(fy=2023), {"jigyo_no": "02 05 02", "section": "8", "fiscal_year": 2024})
    # a baseline page chunk matches any section it overlaps
    page_chunk = dict(cit(section="7"), sections=[["7", None], ["8", 3]])
    assert M.matches(page_chunk, {"jigyo_no": "02 05 02", "section": "8", "indicator": 3})


def test_hit_at_k_and_reciprocal_rank():
    exp = [{"jigyo_no": "02 05 02", "section": "8", "indicator": 3}]
    cites = [cit(section="4", indicator=3), cit(section="8", indicator=3), cit(section="9-1")]
    assert M.hit_at(cites, exp, 1) == 0.0
    assert M.hit_at(cites, exp, 2) == 1.0
    assert M.hit_at(cites, exp, 3) == 1.0
    assert M.reciprocal_rank(cites, exp) == 0.5
    assert M.reciprocal_rank([cit(section="1")] * 2 + [cit(section="8", indicator=3)], exp) == pytest.approx(1 / 3)
    assert M.reciprocal_rank([], exp) == 0.0
    assert M.hit_at([], exp, 3) == 0.0


def test_evidence_recall_nfkc_and_whitespace():
    answer = "テーマの性質上、法令に係る 難解な内容 だったため。ＮＰＯ法人の満足度は８４％。"
    assert M.evidence_recall(answer, ["法令に係る難解な内容", "NPO法人", "84％"]) == 1.0
    assert M.evidence_recall(answer, ["法令に係る難解な内容", "広く薄い内容"]) == 0.5
    assert M.evidence_found(answer, ["法令に係る難解な内容", "広く薄い内容"]) == ["広く薄い内容"]
    assert M.evidence_recall(answer, []) is None


def test_citation_precision_and_refusal():
    exp = [{"jigyo_no": "02 05 02", "section": "9"}]
    cites = [cit(section="9-1"), cit(section="4", indicator=1), cit(section="9-2"), cit(section="7")]
    assert M.citation_precision(cites, exp) == 0.5
    assert M.citation_precision([], exp) is None
    assert M.refusal_correct(True, answerable=False) == 1.0
    assert M.refusal_correct(False, answerable=False) == 0.0
    assert M.refusal_correct(False, answerable=True) == 1.0
    assert M.refusal_correct(True, answerable=True) == 0.0


def test_numeric_faithfulness_ignores_markers_and_commas():
    cites = [cit(quote="R4 96％ → R5 97％（↗）→ R6 84％（↘）（目標95％、未達成）"), cit(quote="決算額 14,434千円")]
    assert M.numeric_faithfulness("R6は84％で目標95％に届かなかった[1]。決算額は14434千円[2]。", cites) == 1.0
    # 83 is in no cited quote
    assert M.numeric_faithfulness("満足度は83％、目標は95％でした[1]。", cites) == 0.5
    assert M.unsupported_numbers("満足度は83％、目標は95％でした[1]。", [c["quote"] for c in cites]) == ["83"]
    assert M.numeric_faithfulness("記載がありません。", cites) is None


def test_percentiles():
    assert M.percentile([10, 20, 30, 40], 50) == 25
    assert M.percentile([10, 20, 30, 40], 95) == pytest.approx(38.5)
    assert M.percentile([7], 95) == 7
    assert M.percentile([], 50) is None


def test_score_and_summary_per_kind():
    q1 = Question("q1", "なぜ？", "why", [{"jigyo_no": "02 05 02", "section": "8", "indicator": 3}], ["難解"])
    q2 = Question("q2", "R2は？", "unanswerable")
    q3 = Question("q3", "推移は？", "trend", [{"jigyo_no": "02 05 02", "section": "4", "indicator": 2}], ["81", "89"])
    r1 = {"answer": "難解だった[1]", "refused": False, "citations": [cit(indicator=3)], "latency_ms": 10}
    r2 = {"answer": "記載がありません。", "refused": True, "citations": [], "latency_ms": 30}
    r3 = {"answer": "R4 81％[1]", "refused": False,
          "citations": [cit(section="8", indicator=2), cit(section="4", indicator=2, quote="R4 81％ → R5 89％")],
          "latency_ms": 20}
    scores = [M.score_question(q, r, 3) for q, r in ((q1, r1), (q2, r2), (q3, r3))]
    assert scores[1]["hit@k"] is None and scores[1]["refusal_accuracy"] == 1.0
    s = M.summarize(scores, KINDS)
    o = s["overall"]
    assert o["n"] == 3
    assert o["hit@1"] == 0.5 and o["hit@k"] == 1.0 and o["mrr"] == 0.75
    assert o["evidence"] == 0.75 and o["full_evidence"] == 0.5
    assert o["citation_precision"] == 0.75
    assert o["refusal_accuracy"] == 1.0 and o["unanswerable_refused"] == 1.0
    assert o["latency_p50"] == 20
    assert s["by_kind"]["trend"]["hit@1"] == 0.0 and s["by_kind"]["why"]["hit@1"] == 1.0
    assert list(s["by_kind"]) == ["why", "trend", "unanswerable"]
    assert o["failed"] == 1  # q3 lacks "89"

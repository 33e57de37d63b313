"""Pure parts of --compare, the run sidecar and paraphrase consistency: no service, no files but tmp_path."""

from __future__ import annotations

import json

import pytest

from eval import metrics as M
from eval.compare import CompareError, PreviousRun, compare_runs, load_previous, status
from eval.dataset import Question, parse_lines
from eval.paraphrase import find_originals, pairs
from eval.runinfo import meta_diff, question_set_hash


def cit(no="02 05 02", section="8", indicator=3, fy=2024):
    return {"jigyo_no": no, "section": section, "indicator": indicator, "fiscal_year": fy, "quote": ""}


def row(qid, answer="", refused=False, citations=()):
    return {"id": qid, "question": "?", "answer": answer, "refused": refused, "citations": list(citations)}


WHY = Question("w1", "NPOセミナーの満足度が下がったのはなぜ？", "why",
               [{"jigyo_no": "02 05 02", "section": "8", "indicator": 3}], ["難解な内容"])
UN = Question("u1", "県立病院の経営改善事業は？", "unanswerable")


# ---------------------------------------------------------------- paraphrase consistency
def test_paraphrase_consistency_needs_same_top_citation_and_same_refusal():
    orig = row("a", "x", citations=[cit(), cit(section="4")])
    same = row("a-p1", "y", citations=[cit(no="020502"), cit(section="9-1")])  # same top, rest differs
    other_top = row("a-p2", "x", citations=[cit(section="4"), cit()])
    other_ind = row("a-p3", "x", citations=[cit(indicator=2)])
    refused = row("a-p4", "x", refused=True, citations=[cit()])
    got = M.paraphrase_consistency([("a-p1", "why", same, orig), ("a-p2", "why", other_top, orig),
                                    ("a-p3", "trend", other_ind, orig), ("a-p4", "trend", refused, orig)])
    assert got["n"] == 4 and got["value"] == pytest.approx(0.25)
    assert got["by_kind"] == {"why": {"value": 0.5, "n": 2}, "trend": {"value": 0.0, "n": 2}}
    assert got["inconsistent"] == ["a-p2", "a-p3", "a-p4"]
    # two refusals without citations agree; no pairs -> no value
    assert M.paraphrase_consistency([("u-p", "unanswerable", row("u-p", refused=True), row("u", refused=True))])[
        "value"] == 1.0
    assert M.paraphrase_consistency([])["value"] is None


def test_dataset_accepts_paraphrase_of_and_rejects_bad_values():
    qs, errors = parse_lines([
        '{"id": "p1", "paraphrase_of": "a01", "question": "x", "kind": "unanswerable"}',
        '{"id": "p2", "paraphrase_of": 5, "question": "x", "kind": "unanswerable"}',
        '{"id": "p3", "paraphrase_of": "p3", "question": "x", "kind": "unanswerable"}',
    ])
    assert [q.id for q in qs] == ["p1"] and qs[0].paraphrase_of == "a01"
    assert qs[0].to_dict()["paraphrase_of"] == "a01"
    assert [e.line for e in errors] == [2, 3]
    assert "paraphrase_of" in errors[0].message and "自分自身" in errors[1].message


def test_originals_from_the_file_then_originals_option_then_bundled(tmp_path):
    qs, _ = parse_lines([
        '{"id": "x1", "question": "q", "kind": "unanswerable"}',
        '{"id": "x1-p", "paraphrase_of": "x1", "question": "q2", "kind": "unanswerable"}',
        '{"id": "a01-p", "paraphrase_of": "a01", "question": "q3", "kind": "unanswerable"}',
        '{"id": "zz-p", "paraphrase_of": "zz", "question": "q4", "kind": "unanswerable"}',
    ])
    path = tmp_path / "p.jsonl"
    found = find_originals(qs, path)  # no samples.jsonl beside it: the bundled set
    assert [q.id for q in found.extra] == ["a01"] and found.missing == ["zz"]
    own = tmp_path / "mine.jsonl"
    own.write_text('{"id": "zz", "question": "z", "kind": "unanswerable"}\n', encoding="utf-8")
    found = find_originals(qs, path, own)
    assert [q.id for q in found.extra] == ["zz"] and found.missing == ["a01"]
    with pytest.raises(ValueError, match="見つかりません"):
        find_originals(qs, path, tmp_path / "none.jsonl")
    got = pairs(qs, {"x1": row("x1"), "x1-p": row("x1-p"), "a01-p": row("a01-p"), "zz-p": row("zz-p")},
                {"a01": row("a01")})
    assert [p[0] for p in got] == ["x1-p", "a01-p"]


# ---------------------------------------------------------------- regression status
def _score(q, r, k=3):
    return M.score_question(q, r, k)


def test_status_regressed_improved_and_unchanged():
    right = row("w1", "法令に係る難解な内容", citations=[cit()])
    thin = row("w1", "別の話", citations=[cit()])
    refused = row("w1", "記載がありません", refused=True)
    assert status(WHY, _score(WHY, right), _score(WHY, thin)) == "regressed"
    assert status(WHY, _score(WHY, thin), _score(WHY, right)) == "improved"
    assert status(WHY, _score(WHY, thin), _score(WHY, refused)) == "regressed"  # newly refused
    assert status(WHY, _score(WHY, refused), _score(WHY, thin)) == "improved"
    assert status(WHY, _score(WHY, right), _score(WHY, right)) is None
    assert status(WHY, _score(WHY, thin), _score(WHY, thin)) is None
    assert status(UN, _score(UN, refused), _score(UN, thin)) == "regressed"  # newly answered
    assert status(UN, _score(UN, thin), _score(UN, refused)) == "improved"


def test_compare_runs_metrics_ids_and_changed_citations(tmp_path):
    qs = [WHY, UN, Question("n1", "新しい質問", "unanswerable")]
    prev = PreviousRun(tmp_path / "p.jsonl", {
        "w1": row("w1", "法令に係る難解な内容", citations=[cit(), cit(section="4")]),
        "u1": row("u1", "答えた", citations=[cit()]),
        "gone": row("gone", "x")})
    cur = [row("w1", "別の話", citations=[cit(), cit(section="9-1")]), row("u1", "記載なし", refused=True),
           row("n1", "記載なし", refused=True)]
    comp = compare_runs(qs, cur, {}, prev, 3, {"k": 3})
    data = comp.to_json()
    assert data["regressed"] == ["w1"] and data["improved"] == ["u1"]
    assert data["only_previous"] == ["gone"] and data["only_current"] == ["n1"] and data["common"] == 2
    assert data["metrics"]["evidence"] == {"previous": 1.0, "current": 0.0, "delta": -1.0}
    assert data["metrics"]["refusal_accuracy"]["delta"] == pytest.approx(0.5)
    assert data["by_kind"]["unanswerable"]["refusal_accuracy"]["current"] == 1.0
    w1 = comp.regressed[0]
    assert w1.removed == ["02 05 02 §4-指標3（2024）"] and w1.added == ["02 05 02 §9-1-指標3（2024）"]
    assert any("根拠の語句" in r for r in w1.reasons)
    assert comp.improved[0].reasons == ["回答不能を拒否できた"]


def test_load_previous_rejects_files_that_are_not_out_files(tmp_path):
    p = tmp_path / "q.jsonl"
    p.write_text('{"id": "q1", "question": "x", "kind": "why", "expected": []}\n', encoding="utf-8")
    with pytest.raises(CompareError, match="質問ファイルのようです"):
        load_previous(p)
    p.write_text("not json\n", encoding="utf-8")
    with pytest.raises(CompareError, match="1行目がJSONとして読めません"):
        load_previous(p)
    p.write_text("\n", encoding="utf-8")
    with pytest.raises(CompareError, match="1件もありません"):
        load_previous(p)
    with pytest.raises(CompareError, match="見つかりません"):
        load_previous(tmp_path / "none.jsonl")
    p.write_text(json.dumps(row("q1")) + "\n", encoding="utf-8")
    assert list(load_previous(p).rows) == ["q1"] and load_previous(p).meta is None


def test_question_set_hash_and_meta_diff():
    a = question_set_hash([WHY, UN])
    assert a == question_set_hash([WHY, UN]) and a != question_set_hash([UN, WHY]) and len(a) == 16
    assert meta_diff(None, {"k": 3}) == []
    diff = meta_diff({"k": 1, "embedding": "default: x", "sheets": 9}, {"k": 3, "embedding": "default: x", "sheets": 9})
    assert [(d["key"], d["previous"], d["current"]) for d in diff] == [("k", 1, 3)]

"""Question files: malformed lines reported with their numbers; the bundled set's shape and grounding."""

from __future__ import annotations

from eval import metrics as M
from eval.dataset import BUNDLED, KINDS, load_questions, parse_lines

# ---------------------------------------------------------------- dataset
GOOD = ('{"id": "q01", "question": "NPOセミナーの満足度が下がったのはなぜ？", "kind": "why", '
        '"expected": [{"jigyo_no": "02 05 02", "section": "8", "indicator": 3}], '
        '"must_include": ["法令に係る難解な内容", "広く薄い内容"], "answer": "参照用の回答文"}')


def test_dataset_reports_malformed_lines_with_numbers_and_keeps_the_rest():
    lines = [
        GOOD,
        "{not json",
        '{"id": "q02", "question": "x", "kind": "guess", "expected": []}',
        "",
        '{"id": "q03", "question": "y", "kind": "why", "expected": [{"jigyo_no": "02 05 02", "section": "10"}]}',
        '{"id": "q04", "question": "z", "kind": "unanswerable", "expected": [], "must_include": []}',
        '{"id": "q01", "question": "dup", "kind": "unanswerable"}',
        '{"id": "q05", "question": "w", "kind": "why", "expected": []}',
        '["a list"]',
    ]
    qs, errors = parse_lines(lines)
    assert [q.id for q in qs] == ["q01", "q04"]
    assert [e.line for e in errors] == [2, 3, 5, 7, 8, 9]
    assert "kind「guess」" in errors[1].message
    assert "section「10」" in errors[2].message
    assert "重複" in errors[3].message
    assert str(errors[0]).startswith("2行目")
    q = qs[0]
    assert q.expected == [{"jigyo_no": "02 05 02", "section": "8", "indicator": 3}]
    assert q.must_include == ["法令に係る難解な内容", "広く薄い内容"] and q.answer == "参照用の回答文"


def test_bundled_set_shape():
    qs, errors = load_questions(BUNDLED)
    assert not errors
    assert len(qs) >= 80
    # every kind but analytics, whose questions have their own set (eval/datasets/analytics, over two indexes)
    assert {q.kind for q in qs} == set(KINDS) - {"analytics"}
    assert (BUNDLED.parent / "analytics" / "samples.jsonl").exists()
    assert sum(q.kind == "unanswerable" for q in qs) >= 8
    # year-over-year questions on the two-year 事業 name the year they need
    yoy = [q for q in qs if any(e["jigyo_no"] == "06 02 01" and e.get("fiscal_year") for e in q.expected)]
    assert {e["fiscal_year"] for q in yoy for e in q.expected if e.get("fiscal_year")} == {2023, 2024}


def test_bundled_set_is_grounded_in_the_sample_sheets(service):
    """Every expected section exists in the index and every must_include string is in its text."""
    snap = service.snapshot()
    chunks = [dict(c.meta, indicator=c.meta.get("indicator") or None, quote=c.quote, text=c.text)
              for c in snap.chunks.values()]
    qs, _ = load_questions(BUNDLED)
    problems = []
    for q in qs:
        for e in q.expected:
            if not any(M.matches(c, e) for c in chunks):
                problems.append((q.id, "no section", e))
        pool = M.squash("".join(c["text"] if q.kind == "cross" else c["quote"] for c in chunks
                                if M.matches_any(c, q.expected)))
        problems += [(q.id, "not in sheet", m) for m in q.must_include if M.squash(m) not in pool]
    assert not problems

"""Question files for ``kaizen eval``: one JSON object a line.

``{"id": "q01", "question": "…", "kind": "why",
   "expected": [{"jigyo_no": "02 05 02", "section": "8", "indicator": 3}],
   "must_include": ["…"], "answer": "参照用の回答文"}``

Optional extras: ``expected[].fiscal_year`` (int, e.g. 2024: the citation must come
from that year's sheet), a top-level ``year`` passed to ``ask`` as a filter, and
``paraphrase_of`` (the id of the question this one rewords; ``kaizen eval`` then also
asks the original and reports paraphrase consistency).
A malformed line is reported with its line number and skipped; the rest still runs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from ingest.form import SECTIONS, nfkc, normalize_jigyo_no

KINDS = ("why", "trend", "plan", "issue", "cost", "activity", "lookup", "cross", "analytics", "unanswerable")


@dataclass
class Question:
    id: str
    question: str
    kind: str
    expected: list[dict] = field(default_factory=list)
    must_include: list[str] = field(default_factory=list)
    answer: str = ""
    year: int | None = None
    line: int = 0
    paraphrase_of: str | None = None

    @property
    def answerable(self) -> bool:
        return self.kind != "unanswerable"

    def to_dict(self) -> dict:
        d = {"id": self.id, "question": self.question, "kind": self.kind, "expected": self.expected,
             "must_include": self.must_include, "answer": self.answer}
        if self.year is not None:
            d["year"] = self.year
        if self.paraphrase_of is not None:
            d["paraphrase_of"] = self.paraphrase_of
        return d


@dataclass
class DatasetError:
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.line}行目: {self.message}"


def parse_question(obj, line: int = 0) -> Question:
    """Validate one decoded line; raises ``ValueError`` with a Japanese message."""
    if not isinstance(obj, dict):
        raise ValueError("JSONオブジェクトではありません")
    for key in ("id", "question", "kind"):
        if not isinstance(obj.get(key), str) or not obj[key].strip():
            raise ValueError(f"「{key}」がありません（空でない文字列が必要です）")
    kind = obj["kind"].strip()
    if kind not in KINDS:
        raise ValueError(f"kind「{kind}」は不明です（{', '.join(KINDS)} のいずれか）")
    expected_raw = obj.get("expected", [])
    if not isinstance(expected_raw, list):
        raise ValueError("「expected」はリストである必要があります")
    expected = []
    for i, e in enumerate(expected_raw, start=1):
        if not isinstance(e, dict) or not isinstance(e.get("jigyo_no"), str) or not isinstance(e.get("section"), str):
            raise ValueError(f"expected の{i}件目に jigyo_no と section（文字列）が必要です")
        section = nfkc(e["section"]).strip()
        if section not in SECTIONS:
            raise ValueError(f"expected の{i}件目の section「{e['section']}」は不明です（1〜9, 9-1, 9-2, detail）")
        item = {"jigyo_no": normalize_jigyo_no(e["jigyo_no"]), "section": section}
        ind = e.get("indicator")
        if ind is not None:
            if isinstance(ind, bool) or not isinstance(ind, int):
                raise ValueError(f"expected の{i}件目の indicator は整数である必要があります")
            item["indicator"] = ind
        fy = e.get("fiscal_year")
        if fy is not None:
            if isinstance(fy, bool) or not isinstance(fy, int):
                raise ValueError(f"expected の{i}件目の fiscal_year は整数（例: 2024）である必要があります")
            item["fiscal_year"] = fy
        expected.append(item)
    if kind == "unanswerable" and expected:
        raise ValueError("unanswerable の質問の expected は空にしてください")
    if kind != "unanswerable" and not expected:
        raise ValueError("回答可能な質問には expected（根拠の節）が1件以上必要です")
    must = obj.get("must_include", [])
    if not isinstance(must, list) or not all(isinstance(m, str) and m.strip() for m in must):
        raise ValueError("「must_include」は空でない文字列のリストである必要があります")
    answer = obj.get("answer", "")
    if not isinstance(answer, str):
        raise ValueError("「answer」は文字列である必要があります")
    year = obj.get("year")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
        raise ValueError("「year」は整数（例: 2024）である必要があります")
    original = obj.get("paraphrase_of")
    if original is not None:
        if not isinstance(original, str) or not original.strip():
            raise ValueError("「paraphrase_of」は元の質問の id（空でない文字列）である必要があります")
        original = original.strip()
        if original == obj["id"].strip():
            raise ValueError("「paraphrase_of」に自分自身の id は指定できません")
    return Question(obj["id"].strip(), obj["question"].strip(), kind, expected, list(must), answer, year, line,
                    original)


class QuestionFile(NamedTuple):
    """The valid questions of a file, and one error per malformed line."""

    questions: list[Question]
    errors: list[DatasetError]


def parse_lines(lines) -> QuestionFile:
    questions: list[Question] = []
    errors: list[DatasetError] = []
    seen: set[str] = set()
    for n, raw in enumerate(lines, start=1):
        text = raw.strip()
        if not text or text.startswith("//"):
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            errors.append(DatasetError(n, f"JSONとして読めません（{exc.msg}、{exc.colno}文字目）"))
            continue
        try:
            q = parse_question(obj, n)
        except ValueError as exc:
            errors.append(DatasetError(n, str(exc)))
            continue
        if q.id in seen:
            errors.append(DatasetError(n, f"id「{q.id}」が重複しています"))
            continue
        seen.add(q.id)
        questions.append(q)
    return QuestionFile(questions, errors)


def load_questions(path: str | Path) -> QuestionFile:
    """Read a question file; returns the valid questions and one error per malformed line."""
    text = Path(path).read_text(encoding="utf-8-sig")
    return parse_lines(text.splitlines())


BUNDLED = Path(__file__).resolve().parent / "datasets" / "samples.jsonl"

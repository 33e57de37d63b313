"""Paraphrase consistency for ``kaizen eval``: find each paraphrase's original, pair the results.

A question line with ``"paraphrase_of": "<id>"`` rewords the question ``<id>``. The original
comes from the same file when it is there, else from ``--originals FILE``, else from
``samples.jsonl`` beside the question file or the bundled set, whichever has the ids.
The metric itself is ``metrics.paraphrase_consistency`` (pure).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from .dataset import BUNDLED, Question, load_questions
from .metrics import paraphrase_consistency


class Originals(NamedTuple):
    """Originals not in the question file (to ask in addition), and ids found nowhere."""

    extra: list[Question]
    missing: list[str]
    source: Path | None


def referenced(questions: Sequence[Question]) -> list[str]:
    """The ids the paraphrases point at, in first-seen order."""
    return list(dict.fromkeys(q.paraphrase_of for q in questions if q.paraphrase_of))


def find_originals(questions: Sequence[Question], questions_path: Path,
                   originals_path: Path | None = None) -> Originals:
    """Resolve the originals not in ``questions``; ``originals_path`` errors raise ``ValueError`` (Japanese)."""
    own = {q.id for q in questions}
    wanted = [i for i in referenced(questions) if i not in own]
    if not wanted:
        return Originals([], [], None)
    if originals_path is not None:
        candidates = [originals_path]
    else:
        beside = questions_path.resolve().parent / "samples.jsonl"
        candidates = [p for p in dict.fromkeys([beside, BUNDLED]) if p.is_file()]
    best: Originals = Originals([], wanted, None)
    for path in candidates:
        if not path.is_file():
            raise ValueError(f"元の質問ファイルが見つかりません: {path}")
        try:
            pool = {q.id: q for q in load_questions(path).questions}
        except (OSError, UnicodeDecodeError) as exc:
            raise ValueError(f"元の質問ファイルを読めません: {path}（{exc}）") from None
        found = [pool[i] for i in wanted if i in pool]
        if len(found) > len(best.extra):
            best = Originals(found, [i for i in wanted if i not in pool], path)
        if not best.missing:
            break
    return best


def pairs(questions: Sequence[Question], rows: dict[str, dict],
          original_rows: dict[str, dict]) -> list[tuple[str, str, dict, dict]]:
    """(paraphrase id, kind, its result, the original's result) for every paraphrase with both results."""
    out = []
    for q in questions:
        if not q.paraphrase_of or q.id not in rows:
            continue
        orig = rows.get(q.paraphrase_of) or original_rows.get(q.paraphrase_of)
        if orig is not None:
            out.append((q.id, q.kind, rows[q.id], orig))
    return out


def consistency(questions: Sequence[Question], rows: dict[str, dict],
                original_rows: dict[str, dict]) -> dict | None:
    """``metrics.paraphrase_consistency`` over the file's paraphrases; None when it has none."""
    if not any(q.paraphrase_of for q in questions):
        return None
    return paraphrase_consistency(pairs(questions, rows, original_rows))


def add_to_summary(summary: dict, result: dict | None) -> None:
    """Put ``paraphrase_consistency`` into the summary's overall and per-kind aggregates."""
    if result is None:
        return
    summary["overall"]["paraphrase_consistency"] = result["value"]
    summary["overall"]["paraphrase_n"] = result["n"]
    for kind, part in result["by_kind"].items():
        if kind in summary["by_kind"]:
            summary["by_kind"][kind]["paraphrase_consistency"] = part["value"]

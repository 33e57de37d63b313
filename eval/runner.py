"""Run a question set through the assistant (or the baseline) and score it."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import NamedTuple

from .dataset import KINDS, Question
from .metrics import score_question, summarize


def as_dict(answer) -> dict:
    """The ``kaizen ask --json`` object of whatever ``svc.ask`` returned."""
    if isinstance(answer, dict):
        return answer
    for name in ("to_json", "to_dict", "model_dump", "as_dict"):
        fn = getattr(answer, name, None)
        if callable(fn):
            out = fn()
            if isinstance(out, str):
                import json

                out = json.loads(out)
            return out
    import dataclasses

    if dataclasses.is_dataclass(answer):
        return dataclasses.asdict(answer)
    raise TypeError(f"unsupported answer type: {type(answer).__name__}")


def ask_one(svc, q: Question, k: int, llm: bool = False) -> dict:
    """Ask one question through ``svc.ask``; returns the ``--out`` line for it."""
    kwargs: dict = {"k": k}
    if q.year is not None:
        kwargs["year"] = q.year
    if llm:
        kwargs["llm"] = True
    t0 = time.perf_counter()
    data = as_dict(svc.ask(q.question, **kwargs))
    elapsed = (time.perf_counter() - t0) * 1000.0
    return {
        "id": q.id,
        "question": q.question,
        "answer": data.get("answer", ""),
        "refused": bool(data.get("refused")),
        "citations": list(data.get("citations") or []),
        "latency_ms": round(elapsed, 1),
    }


class Answered(NamedTuple):
    """Per question, index-aligned: the ``kaizen ask --json``-shaped result and its scores."""

    results: list[dict]
    scores: list[dict]


def run(answer_fn: Callable[[Question], dict], questions: Sequence[Question], k: int,
        progress: Callable[[int, int, str], None] | None = None) -> Answered:
    """Answer every question; returns (results, scores). One failing question never stops the run."""
    results, scores = [], []
    for i, q in enumerate(questions, start=1):
        try:
            res = answer_fn(q)
        except Exception as exc:  # report it as an empty, failed answer
            res = {"id": q.id, "question": q.question, "answer": "", "refused": False, "citations": [],
                   "latency_ms": None, "error": f"{type(exc).__name__}: {exc}"}
        results.append(res)
        scores.append(score_question(q, res, k))
        if progress:
            progress(i, len(questions), q.id)
    return Answered(results, scores)


def evaluate(answer_fn, questions: Sequence[Question], k: int, progress=None) -> dict:
    """``{"results", "scores", "summary"}`` for one system."""
    results, scores = run(answer_fn, questions, k, progress)
    return {"results": results, "scores": scores, "summary": summarize(scores, KINDS)}

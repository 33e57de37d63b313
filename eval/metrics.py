"""Pure metric functions for ``kaizen eval`` (no I/O, no service).

A citation is a dict as in ``kaizen ask --json`` (``jigyo_no``, ``section``,
``indicator``, ``fiscal_year``, ``quote`` …); the baseline may add ``sections``:
every (section, indicator) its page chunk overlaps. An expected item is
``{"jigyo_no", "section", "indicator"?, "fiscal_year"?}``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence

from ingest.form import numbers_in

# Headline metrics, in display order: key -> Japanese label.
METRICS = {
    "hit@1": "hit@1",
    "hit@k": "hit@k",
    "mrr": "MRR",
    "evidence": "根拠再現率",
    "full_evidence": "根拠完全率",
    "citation_precision": "引用適合率",
    "refusal_accuracy": "回答拒否の正確さ",
    "numeric_faithfulness": "数値の忠実性",
    "latency_p50": "遅延p50(ms)",
    "latency_p95": "遅延p95(ms)",
}
JUDGE_METRICS = {"judge_faithfulness": "忠実性(LLM判定)", "judge_correctness": "正確性(LLM判定)"}
# Reported only when the question file has paraphrases (``paraphrase_of``).
PARAPHRASE_METRICS = {"paraphrase_consistency": "言い換え一貫性"}


def _norm_no(text) -> str:
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", str(text or "")))


def _section_ok(cited: str, expected: str) -> bool:
    cited, expected = str(cited or ""), str(expected or "")
    if cited == expected:
        return True
    # "9" covers both 9-1 (課題) and 9-2 (事業改善の方策), in either direction.
    return (expected == "9" and cited.startswith("9-")) or (cited == "9" and expected.startswith("9-"))


def _parts(citation: dict) -> list[tuple[str, int | None]]:
    parts = citation.get("sections")
    if parts:
        return [(str(p[0]), p[1]) if isinstance(p, (list, tuple)) else (str(p.get("section")), p.get("indicator"))
                for p in parts]
    return [(str(citation.get("section") or ""), citation.get("indicator"))]


def matches(citation: dict, expected: dict) -> bool:
    """Does ``citation`` point at the ``expected`` section (and indicator, and year when given)?"""
    if _norm_no(citation.get("jigyo_no")) != _norm_no(expected.get("jigyo_no")):
        return False
    fy = expected.get("fiscal_year")
    if fy is not None and citation.get("fiscal_year") not in (fy, str(fy)):
        return False
    want_ind = expected.get("indicator")
    for section, ind in _parts(citation):
        if not _section_ok(section, expected.get("section")):
            continue
        if want_ind is not None and (ind is None or int(ind) != int(want_ind)):
            continue
        return True
    return False


def matches_any(citation: dict, expected: Sequence[dict]) -> bool:
    return any(matches(citation, e) for e in expected)


def first_hit_rank(citations: Sequence[dict], expected: Sequence[dict]) -> int | None:
    """1-based rank of the first citation matching any expected section, or None."""
    for i, c in enumerate(citations, start=1):
        if matches_any(c, expected):
            return i
    return None


def hit_at(citations: Sequence[dict], expected: Sequence[dict], k: int) -> float:
    rank = first_hit_rank(citations, expected)
    return 1.0 if rank is not None and rank <= k else 0.0


def reciprocal_rank(citations: Sequence[dict], expected: Sequence[dict]) -> float:
    rank = first_hit_rank(citations, expected)
    return 1.0 / rank if rank else 0.0


def squash(text: str) -> str:
    """NFKC, white space removed: how ``must_include`` strings are compared."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def evidence_found(answer: str, must_include: Sequence[str]) -> list[str]:
    """The ``must_include`` strings missing from ``answer``."""
    hay = squash(answer)
    return [m for m in must_include if squash(m) not in hay]


def evidence_recall(answer: str, must_include: Sequence[str]) -> float | None:
    """Share of ``must_include`` strings present in ``answer`` (None when there are none)."""
    if not must_include:
        return None
    missing = evidence_found(answer, must_include)
    return (len(must_include) - len(missing)) / len(must_include)


def citation_precision(citations: Sequence[dict], expected: Sequence[dict]) -> float | None:
    """Share of citations that match an expected section (None without citations)."""
    if not citations:
        return None
    return sum(1 for c in citations if matches_any(c, expected)) / len(citations)


def expected_cited(citations: Sequence[dict], expected: Sequence[dict]) -> float | None:
    """Share of the expected sections that some citation points at (analytics: the rows cited)."""
    if not expected:
        return None
    return sum(1 for e in expected if any(matches(c, e) for c in citations)) / len(expected)


def refusal_correct(refused: bool, answerable: bool) -> float:
    """1 when an unanswerable question was refused or an answerable one was not."""
    return 1.0 if bool(refused) != bool(answerable) else 0.0


_MARKER = re.compile(r"\[\d+\]|［[0-9０-９]+］")


def _num(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def unsupported_numbers(answer: str, quotes: Iterable[str]) -> list[str]:
    """Numbers in ``answer`` (citation markers [n] ignored) that no cited quote contains."""
    pool = set()
    for q in quotes:
        for n in numbers_in(q or ""):
            pool.add(n)
            v = _num(n)
            if v is not None:
                pool.add(v)
    out = []
    for n in numbers_in(_MARKER.sub("", answer or "")):
        v = _num(n)
        if n not in pool and (v is None or v not in pool):
            out.append(n)
    return out


def numeric_faithfulness(answer: str, citations: Sequence[dict]) -> float | None:
    """Share of the answer's numbers found in the cited quotes (None when it states none)."""
    nums = numbers_in(_MARKER.sub("", answer or ""))
    if not nums:
        return None
    bad = unsupported_numbers(answer, [c.get("quote", "") for c in citations])
    return (len(nums) - len(bad)) / len(nums)


def percentile(values: Sequence[float], p: float) -> float | None:
    """Linear-interpolated percentile (p in 0..100); None for no values."""
    vals = sorted(float(v) for v in values if v is not None)
    if not vals:
        return None
    if len(vals) == 1:
        return vals[0]
    pos = (len(vals) - 1) * p / 100.0
    lo, hi = math.floor(pos), math.ceil(pos)
    return vals[lo] + (vals[hi] - vals[lo]) * (pos - lo)


def score_question(q, result: dict, k: int) -> dict:
    """Per-question scores. ``q`` is an ``eval.dataset.Question``; ``result`` an ask-JSON dict."""
    cits = list(result.get("citations") or [])
    answer = result.get("answer") or ""
    refused = bool(result.get("refused"))
    s: dict = {"id": q.id, "kind": q.kind}
    if q.answerable:
        rank = first_hit_rank(cits, q.expected)
        s["rank"] = rank
        s["hit@1"] = hit_at(cits, q.expected, 1)
        s["hit@k"] = hit_at(cits, q.expected, k)
        s["mrr"] = reciprocal_rank(cits, q.expected)
        s["citation_precision"] = citation_precision(cits, q.expected)
    else:
        s.update({"rank": None, "hit@1": None, "hit@k": None, "mrr": None, "citation_precision": None})
    ev = evidence_recall(answer, q.must_include)
    s["evidence"] = ev
    s["full_evidence"] = None if ev is None else (1.0 if ev == 1.0 else 0.0)
    s["missing"] = evidence_found(answer, q.must_include)
    s["refusal_accuracy"] = refusal_correct(refused, q.answerable)
    s["numeric_faithfulness"] = None if refused else numeric_faithfulness(answer, cits)
    s["unsupported_numbers"] = [] if refused else unsupported_numbers(answer, [c.get("quote", "") for c in cits])
    s["latency_ms"] = result.get("latency_ms")
    if q.kind == "analytics":  # an answer over many sheets must cite every row it was computed from
        s["expected_cited"] = expected_cited(cits, q.expected)
    for key in JUDGE_METRICS:
        if key in result:
            s[key] = result[key]
    return s


def failed(score: dict) -> bool:
    """A question fails when it misses top-k, lacks evidence, or is wrongly refused/answered."""
    return (score.get("hit@k") == 0.0 or (score.get("evidence") is not None and score["evidence"] < 1.0)
            or score.get("refusal_accuracy") == 0.0)


def _mean(values) -> float | None:
    vals = [v for v in values if v is not None]
    return sum(vals) / len(vals) if vals else None


def aggregate(scores: Sequence[dict]) -> dict:
    out: dict = {"n": len(scores)}
    for key in ("hit@1", "hit@k", "mrr", "evidence", "full_evidence", "citation_precision",
                "refusal_accuracy", "numeric_faithfulness", "expected_cited", *JUDGE_METRICS):
        out[key] = _mean(s.get(key) for s in scores)
    lat = [s.get("latency_ms") for s in scores]
    out["latency_p50"] = percentile(lat, 50)
    out["latency_p95"] = percentile(lat, 95)
    # Unanswerable questions: all refused? (the CI bound "every unanswerable refused")
    un = [s for s in scores if s["kind"] == "unanswerable"]
    out["unanswerable_refused"] = _mean(s["refusal_accuracy"] for s in un)
    out["failed"] = sum(1 for s in scores if failed(s))
    return {k: v for k, v in out.items() if v is not None or k in METRICS or k == "unanswerable_refused"}


def summarize(scores: Sequence[dict], kinds: Sequence[str] | None = None) -> dict:
    """``{"overall": {...}, "by_kind": {kind: {...}}}``."""
    by_kind: dict[str, list[dict]] = {}
    for s in scores:
        by_kind.setdefault(s["kind"], []).append(s)
    order = list(kinds) if kinds else sorted(by_kind)
    return {"overall": aggregate(scores),
            "by_kind": {k: aggregate(by_kind[k]) for k in order if k in by_kind}}


# ---------------------------------------------------------------- paraphrase consistency
def decision(result: dict) -> tuple[bool, tuple[str, str, int | None] | None]:
    """What a paraphrase must keep: the refusal decision and the top citation (jigyo_no, section, indicator)."""
    cits = result.get("citations") or []
    top = None
    if cits:
        c = cits[0]
        ind = c.get("indicator")
        top = (_norm_no(c.get("jigyo_no")), str(c.get("section") or ""), None if ind in (None, "") else int(ind))
    return bool(result.get("refused")), top


def paraphrase_consistency(pairs: Iterable[tuple[str, str, dict, dict]]) -> dict:
    """Share of paraphrases whose refusal decision and top citation equal their original's.

    ``pairs``: (paraphrase id, kind, paraphrase result, original result), results as in
    ``kaizen ask --json``. Returns ``{"value", "n", "by_kind": {kind: {"value", "n"}},
    "inconsistent": [ids]}``; ``value`` is None when there are no pairs.
    """
    per_kind: dict[str, list[float]] = {}
    inconsistent: list[str] = []
    for pid, kind, para, orig in pairs:
        same = decision(para) == decision(orig)
        per_kind.setdefault(kind, []).append(1.0 if same else 0.0)
        if not same:
            inconsistent.append(pid)
    flat = [v for vals in per_kind.values() for v in vals]
    return {"value": _mean(flat), "n": len(flat),
            "by_kind": {k: {"value": _mean(v), "n": len(v)} for k, v in per_kind.items()},
            "inconsistent": inconsistent}

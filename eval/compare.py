"""``kaizen eval --compare PREVIOUS.jsonl``: an earlier ``--out`` file against this run.

Both runs are scored against the current question file over the questions they share, so
each delta compares like with like. A question *regressed* when it was fully right and is
not any more, or when its refusal decision turned wrong (newly refused, or newly answered
though unanswerable); it *improved* in the opposite cases. Only the loading touches files.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .dataset import KINDS, Question
from .metrics import JUDGE_METRICS, METRICS, PARAPHRASE_METRICS, _norm_no, failed, score_question, summarize
from .paraphrase import add_to_summary, consistency
from .runinfo import meta_diff, read_meta

ROW_KEYS = ("id", "answer", "refused", "citations")


class CompareError(ValueError):
    """A PREVIOUS file that cannot be compared (message in Japanese; exit code 2)."""


@dataclass
class PreviousRun:
    path: Path
    rows: dict[str, dict]
    originals: dict[str, dict] = field(default_factory=dict)
    meta: dict | None = None


def _read_rows(path: Path, what: str) -> dict[str, dict]:
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise CompareError(f"{what}を読めません: {path}（{exc}）") from None
    rows: dict[str, dict] = {}
    hint = "`kaizen eval ... --out FILE.jsonl` で書き出した回答ファイルを指定してください。"
    for n, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError:
            raise CompareError(f"{what} {path.name} は評価結果の --out ファイルではありません"
                               f"（{n}行目がJSONとして読めません）。{hint}") from None
        if not isinstance(obj, dict) or any(key not in obj for key in ROW_KEYS) \
                or not isinstance(obj.get("citations"), list):
            looks_like_questions = isinstance(obj, dict) and "kind" in obj and "expected" in obj
            extra = "質問ファイルのようです。" if looks_like_questions else ""
            raise CompareError(f"{what} {path.name} は評価結果の --out ファイルではありません"
                               f"（{n}行目に id・answer・refused・citations がありません）。{extra}{hint}")
        rows[str(obj["id"])] = obj
    if not rows:
        raise CompareError(f"{what} {path.name} に回答が1件もありません。{hint}")
    return rows


def load_previous(path: Path) -> PreviousRun:
    """Read PREVIOUS (and its ``.meta.json`` / ``.originals.jsonl`` sidecars when present)."""
    if not path.is_file():
        raise CompareError(f"比較する前回の結果ファイルが見つかりません: {path}")
    rows = _read_rows(path, "前回の結果ファイル")
    originals_path = originals_path_for(path)
    originals = _read_rows(originals_path, "前回の元の質問の回答") if originals_path.is_file() else {}
    return PreviousRun(path, rows, originals, read_meta(path))


def originals_path_for(out: Path) -> Path:
    """``R.jsonl`` -> ``R.originals.jsonl`` (answers to originals asked only for paraphrase consistency)."""
    return out.with_name(out.stem + ".originals" + out.suffix)


def check_overlap(previous: PreviousRun, questions: Sequence[Question]) -> None:
    if not any(q.id in previous.rows for q in questions):
        raise CompareError(f"前回の結果 {previous.path.name} と今回の質問セットに共通の質問（id）がありません。"
                           "同じ質問セット（または重なる質問セット）で書き出した --out ファイルを指定してください。")


# ---------------------------------------------------------------- per question
def cite_key(c: dict) -> tuple:
    return (_norm_no(c.get("jigyo_no")), c.get("fiscal_year"), str(c.get("section") or ""), c.get("indicator"))


def cite_label(c: dict) -> str:
    from .report import _cite_label

    return _cite_label(c)


def first_line(text: str, limit: int = 120) -> str:
    line = next((ln.strip() for ln in (text or "").splitlines() if ln.strip()), "")
    return line if len(line) <= limit else line[:limit] + "…"


def status(q: Question, prev: dict, cur: dict) -> str | None:
    """"regressed", "improved" or None, from the two score dicts of one question."""
    ok_prev, ok_cur = not failed(prev), not failed(cur)
    refusal_prev, refusal_cur = prev.get("refusal_accuracy") == 1.0, cur.get("refusal_accuracy") == 1.0
    if (ok_prev and not ok_cur) or (refusal_prev and not refusal_cur):
        return "regressed"
    if (not ok_prev and ok_cur) or (not refusal_prev and refusal_cur):
        return "improved"
    return None


def reasons(q: Question, prev: dict, cur: dict, k: int) -> list[str]:
    """What changed between the two scores, in Japanese."""
    out = []
    if prev.get("refusal_accuracy") != cur.get("refusal_accuracy"):
        if q.answerable:
            out.append("新たに回答拒否" if cur.get("refusal_accuracy") == 0.0 else "回答拒否しなくなった")
        else:
            out.append("回答不能なのに回答" if cur.get("refusal_accuracy") == 0.0 else "回答不能を拒否できた")
    if prev.get("hit@k") is not None and cur.get("hit@k") is not None and prev["hit@k"] != cur["hit@k"]:
        out.append(f"上位{k}件から期待した節が外れた" if cur["hit@k"] < prev["hit@k"] else f"上位{k}件に期待した節が入った")
    pe, ce = prev.get("evidence"), cur.get("evidence")
    if pe is not None and ce is not None and pe != ce:
        out.append(f"根拠の語句 {pe:.2f} → {ce:.2f}")
    return out


@dataclass
class Change:
    id: str
    question: str
    kind: str
    status: str
    reasons: list[str]
    previous_answer: str
    current_answer: str
    removed: list[str]
    added: list[str]
    previous: dict
    current: dict


def change(q: Question, prev_row: dict, cur_row: dict, prev: dict, cur: dict, k: int) -> Change | None:
    st = status(q, prev, cur)
    if st is None:
        return None
    pk = {cite_key(c): c for c in prev_row.get("citations") or []}
    ck = {cite_key(c): c for c in cur_row.get("citations") or []}
    return Change(q.id, q.question, q.kind, st, reasons(q, prev, cur, k),
                  first_line(prev_row.get("answer", "")) + ("（回答拒否）" if prev_row.get("refused") else ""),
                  first_line(cur_row.get("answer", "")) + ("（回答拒否）" if cur_row.get("refused") else ""),
                  [cite_label(c) for key, c in pk.items() if key not in ck],
                  [cite_label(c) for key, c in ck.items() if key not in pk], prev_row, cur_row)


# ---------------------------------------------------------------- whole runs
@dataclass
class Comparison:
    previous_path: str
    meta_diff: list[dict]
    has_meta: bool
    n_common: int
    metrics: dict[str, dict]
    by_kind: dict[str, dict[str, dict]]
    changes: list[Change]
    only_previous: list[str]
    only_current: list[str]
    previous_summary: dict = field(default_factory=dict)
    current_summary: dict = field(default_factory=dict)

    @property
    def regressed(self) -> list[Change]:
        return [c for c in self.changes if c.status == "regressed"]

    @property
    def improved(self) -> list[Change]:
        return [c for c in self.changes if c.status == "improved"]

    def to_json(self) -> dict:
        return {"previous": self.previous_path, "meta_diff": self.meta_diff, "common": self.n_common,
                "metrics": self.metrics, "by_kind": self.by_kind,
                "regressed": [c.id for c in self.regressed], "improved": [c.id for c in self.improved],
                "only_previous": self.only_previous, "only_current": self.only_current}


def metric_keys(*summaries: dict) -> list[str]:
    keys = list(METRICS) + ["unanswerable_refused"]
    for extra in (*JUDGE_METRICS, *PARAPHRASE_METRICS):
        if any(s["overall"].get(extra) is not None for s in summaries):
            keys.append(extra)
    return keys


def deltas(prev: dict, cur: dict, keys: Sequence[str]) -> dict[str, dict]:
    out = {}
    for key in keys:
        p, c = prev.get(key), cur.get(key)
        out[key] = {"previous": p, "current": c, "delta": None if p is None or c is None else c - p}
    return out


def compare_runs(questions: Sequence[Question], current_rows: Sequence[dict], current_originals: dict[str, dict],
                 previous: PreviousRun, k: int, current_meta: dict) -> Comparison:
    """Score both runs on their shared questions and list what changed."""
    by_id = {q.id: q for q in questions}
    cur = {r["id"]: r for r in current_rows}
    common = [q for q in questions if q.id in previous.rows and q.id in cur]
    prev_k = int((previous.meta or {}).get("k") or k)
    prev_scores = [score_question(q, previous.rows[q.id], prev_k) for q in common]
    cur_scores = [score_question(q, cur[q.id], k) for q in common]
    prev_sum, cur_sum = summarize(prev_scores, KINDS), summarize(cur_scores, KINDS)
    add_to_summary(prev_sum, consistency(common, previous.rows, previous.originals))
    add_to_summary(cur_sum, consistency(common, cur, current_originals))
    keys = metric_keys(prev_sum, cur_sum)
    by_kind = {kind: deltas(prev_sum["by_kind"][kind], cur_sum["by_kind"][kind], keys)
               for kind in cur_sum["by_kind"] if kind in prev_sum["by_kind"]}
    changes = [c for q, ps, cs in zip(common, prev_scores, cur_scores)
               if (c := change(q, previous.rows[q.id], cur[q.id], ps, cs, k)) is not None]
    return Comparison(str(previous.path), meta_diff(previous.meta, current_meta), previous.meta is not None,
                      len(common), deltas(prev_sum["overall"], cur_sum["overall"], keys), by_kind, changes,
                      [i for i in previous.rows if i not in by_id], [q.id for q in questions if q.id not in previous.rows],
                      prev_sum, cur_sum)


"""What a ``kaizen eval`` run was made with: the ``.meta.json`` sidecar of every ``--out`` file.

``R.jsonl`` gets ``R.meta.json`` beside it (the rows themselves stay one answer a line, so
existing readers of ``--out`` are unaffected). ``--compare`` reads the previous run's sidecar
and prints what differed (product version, parser, embedding, LLM, k, question set) first.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import subprocess
from collections.abc import Sequence
from pathlib import Path

from .dataset import Question

FORMAT = "kaizen-eval-run/1"

# Keys compared between two runs, in display order, with their Japanese labels.
DIFF_KEYS = {
    "product_version": "製品バージョン",
    "commit": "コミット",
    "parser_version": "パーサーのバージョン",
    "embedding": "埋め込み（バックエンド: モデル）",
    "llm_model": "LLMモデル（--llm）",
    "judge_model": "判定LLMモデル（--judge）",
    "k": "k",
    "questions_sha256": "質問セットのハッシュ",
    "questions_n": "質問数",
    "sheets": "索引のシート数",
}


def question_set_hash(questions: Sequence[Question]) -> str:
    """SHA-256 (first 16 hex digits) of the questions' content, in file order."""
    h = hashlib.sha256()
    for q in questions:
        h.update(json.dumps(q.to_dict(), ensure_ascii=False, sort_keys=True).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()[:16]


def _product_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kaizen-assistant")
    except PackageNotFoundError:
        return "unknown"


def _commit() -> str | None:
    """The source checkout's commit (``+dirty`` with local changes), None outside git."""
    root = Path(__file__).resolve().parent.parent
    if not (root / ".git").exists():
        return None
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "--short=12", "HEAD"], capture_output=True,
                              text=True, timeout=5, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=10, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return head + ("+dirty" if dirty else "")


def run_info(svc, questions: Sequence[Question], k: int, source: str, llm: bool = False,
             judge: bool = False, system: str = "assistant") -> dict:
    """The sidecar's content for one run over ``questions`` with service ``svc``."""
    records = svc.snapshot().records  # streamed: the parser versions, without holding every record
    parsers = sorted({str(r.get("parser_version") or "") for r in records.values()} - {""})
    embedder = svc.embedder
    settings = svc.settings
    return {
        "format": FORMAT,
        "system": system,
        "created_at": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "product_version": _product_version(),
        "commit": _commit(),
        "parser_version": ", ".join(parsers) or None,
        "embedding": f"{settings.embed_backend}: {getattr(embedder, 'name', '') or settings.embed_model or ''}",
        "llm_model": settings.llm_model if llm else None,
        "judge_model": settings.llm_model if judge else None,
        "k": k,
        "questions_file": source,
        "questions_sha256": question_set_hash(questions),
        "questions_n": len(questions),
        "sheets": len(records),
    }


def meta_path(out: Path) -> Path:
    """``R.jsonl`` -> ``R.meta.json``."""
    return out.with_name(out.stem + ".meta.json")


def write_meta(out: Path, info: dict, summary: dict | None = None) -> Path:
    path = meta_path(out)
    data = dict(info)
    if summary is not None:
        data["summary"] = summary
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def read_meta(out: Path) -> dict | None:
    """The sidecar of an ``--out`` file; None when it is absent or not one of ours."""
    path = meta_path(out)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    return data if isinstance(data, dict) and data.get("format") == FORMAT else None


def meta_diff(previous: dict | None, current: dict) -> list[dict]:
    """``[{"key", "label", "previous", "current"}]`` for every recorded setting that differs."""
    if previous is None:
        return []
    out = []
    for key, label in DIFF_KEYS.items():
        if previous.get(key) != current.get(key):
            out.append({"key": key, "label": label, "previous": previous.get(key), "current": current.get(key)})
    return out

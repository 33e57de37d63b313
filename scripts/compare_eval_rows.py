"""Compare two ``kaizen eval --out`` files row by row, ignoring latency fields.

    python scripts/compare_eval_rows.py BEFORE.jsonl AFTER.jsonl

Exit 0 when every row is identical apart from keys that measure time (any key whose
name contains ``latency``, at any depth); otherwise print the first differences and
exit 1. Used to show that a restructuring left the bundled eval unchanged.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def strip_latency(value):
    """``value`` without the keys that measure time (they differ run to run)."""
    if isinstance(value, dict):
        return {k: strip_latency(v) for k, v in value.items() if "latency" not in k}
    if isinstance(value, list):
        return [strip_latency(v) for v in value]
    return value


def load_rows(path: Path) -> list:
    return [strip_latency(json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def diff_keys(a: dict, b: dict) -> list[str]:
    keys = sorted(set(a) | set(b)) if isinstance(a, dict) and isinstance(b, dict) else []
    return [k for k in keys if a.get(k) != b.get(k)]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip())
        return 2
    before, after = (load_rows(Path(p)) for p in argv)
    problems = []
    if len(before) != len(after):
        problems.append(f"row count differs: {len(before)} before, {len(after)} after")
    for n, (a, b) in enumerate(zip(before, after), start=1):
        if a != b:
            ident = a.get("id", n) if isinstance(a, dict) else n
            problems.append(f"row {n} ({ident}): differs in {', '.join(diff_keys(a, b)) or 'value'}")
    if problems:
        print("\n".join(problems[:20]))
        print(f"{len(problems)} difference(s)")
        return 1
    print(f"identical: {len(before)} rows (latency fields ignored)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Analytics benchmark: building the tables from the snapshot, and analytics answers end
to end (``Kaizen.ask``: question analysis, planner, pandas, citations), at 1,000 sheets.

    python -m bench.analytics_bench [--sheets 1000] [--cache DIR] [--rounds 3]

* The index is the bench corpus (``generate_corpus(1000, seed=0)``) built into ``--cache``
  (``bench/common.py``: pass a directory that already holds ``home-1000`` to reuse it;
  the index is copied to a temp dir first, so the cache is never written).
* "tables" = :func:`assistant.analytics.tables.build_tables` over the loaded snapshot
  (every sheet version: indicators, cost rows, 細事業 rows), timed cold ``--rounds`` times.
* "answer" = ``Kaizen.ask`` for the analytics questions below, warm (each asked once
  first: the tables are built once per snapshot generation), ``--rounds`` times each.

Targets at 1,000 sheets: analytics answer p95 <= 300 ms; tables <= 2 s.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from bench.common import ensure_index, machine, percentile, print_table, verdict

TARGET_ANSWER_MS = 300.0
TARGET_TABLES_S = 2.0
QUESTIONS = [
    "一般財源の割合が一番高い事業は？", "部局ごとの決算額の合計は？", "決算額が一番大きい事業は？",
    "執行率が最も低い事業は？", "執行率の平均は？", "未達成の指標はいくつ？", "目標を達成した指標は全部で何件？",
    "補正予算を組んだ事業は何件？", "R6年度の予算現額の合計は？", "職員数が一番多い事業は？",
    "決算額の上位5事業は？", "前年度より決算額が増えた事業はいくつ？", "前年度から決算額が一番増えた事業は？",
    "企画振興部の事業の当初予算の合計は？", "執行率が90%未満の事業は？", "R5年度の決算額の合計は？",
    "達成率が一番低い指標は？", "部局ごとの未達成の指標の数は？", "細事業で決算額が一番大きいのは？",
    "年度ごとの決算額の合計は？",
]


def run(home: Path, rounds: int) -> tuple[list[float], list[float], int, list[str]]:
    from assistant.analytics.tables import build_tables
    from assistant.config import load_settings
    from assistant.service import Kaizen

    svc = Kaizen(load_settings(home))
    snap = svc.snapshot()
    build = []
    for _ in range(rounds):
        t = time.perf_counter()
        tables = build_tables(snap)
        build.append(time.perf_counter() - t)
    rows = len(tables.indicators) + len(tables.costs) + len(tables.details)
    wrong = []
    for q in QUESTIONS:  # warm: analysis caches, the tables of this generation
        if svc.ask(q).intent != "analytics":
            wrong.append(q)
    lat = []
    for _ in range(rounds):
        for q in QUESTIONS:
            t = time.perf_counter()
            svc.ask(q)
            lat.append((time.perf_counter() - t) * 1000)
    return build, lat, rows, wrong


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sheets", type=int, default=1000)
    ap.add_argument("--cache", type=Path, default=None, help="directory holding (or to hold) home-<N>")
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kz-analytics-bench-"))
    try:
        cache = a.cache or tmp
        src = ensure_index(a.sheets, cache)
        home = tmp / "home"
        shutil.copytree(src, home)  # never write into the cache
        build, lat, rows, wrong = run(home, a.rounds)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"\nmachine: {machine()}")
    print_table(f"analytics at {a.sheets} sheets ({rows:,} table rows, {len(QUESTIONS)} questions x {a.rounds})",
                ["measure", "p50", "p95", "max", "verdict"],
                [["build tables (s)", f"{percentile(build, 50):.2f}", f"{percentile(build, 95):.2f}",
                  f"{max(build):.2f}", verdict(percentile(build, 95), TARGET_TABLES_S, "s")],
                 ["analytics answer (ms)", f"{percentile(lat, 50):.0f}", f"{percentile(lat, 95):.0f}",
                  f"{max(lat):.0f}", verdict(percentile(lat, 95), TARGET_ANSWER_MS)]])
    if wrong:
        print(f"not answered as analytics: {wrong}")


if __name__ == "__main__":
    main()

"""Ask latency: retrieval and offline-answer p50/p95 (warm), plus the cold start of
``kaizen ask``, at 100 and 1,000 sheets (embedded Chroma).

    python -m bench.ask_latency [--sizes 9,100,1000] [--cache DIR] [--rounds 2]

Size 9 (or any size <= the bundled samples) uses ``samples/*.pdf``; larger sizes use
the first N sheets of ``samples.corpus.generate_corpus(1000, seed=0)`` built once
into ``--cache`` (see ``bench/common.py``; pass a directory to reuse the indexes).
Questions: ``eval/datasets/samples.jsonl`` when present, else a built-in list.

"retrieval" = question analysis (intent, entities, years) + query embedding + BM25 +
Chroma query + fusion and boosts; "answer" = ``Kaizen.ask`` end to end, offline
(retrieval + cross-sheet logic + refusal decision + composition).  Both warm: every
question is asked once before timing.  "cold" = a fresh ``kaizen ask --json``
process, wall clock (imports, Sudachi and word vectors, Chroma open, snapshot).

Targets: retrieval p95 <= 100 ms, offline answer p95 <= 300 ms (warm, 2 cores).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RETRIEVAL_MS = 100.0
TARGET_ANSWER_MS = 300.0

FALLBACK_QUESTIONS = [
    "NPOセミナーの満足度が下がったのはなぜ？", "共創研修の満足度はどう推移している？",
    "共創セッションは来年度どう改善する予定？", "協働・共創推進事業のR6の決算額はいくら？",
    "目標を達成できなかった指標がある事業は？", "補助で実施している細事業は？",
    "補正予算がマイナスの年度がある事業は？", "東京都の人口は？", "医療的ケア児の支援センターには何件ぐらい相談があった？",
    "外国人の延べ宿泊者数が目標にわずかに届かなかったのはなぜ？",
]


def questions() -> list[str]:
    path = ROOT / "eval" / "datasets" / "samples.jsonl"
    if path.exists():
        out = []
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                out.append(json.loads(line)["question"])
            except (ValueError, KeyError):
                continue
        if out:
            return out
    return FALLBACK_QUESTIONS


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    if not s:
        return float("nan")
    k = (len(s) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def sample_index(cache: Path) -> Path:
    home = cache / "home-samples"
    if (home / "READY").exists():
        return home
    from assistant.config import load_settings
    from assistant.service import Kaizen

    shutil.rmtree(home, ignore_errors=True)
    res = Kaizen(load_settings(home)).ingest(sorted((ROOT / "samples").glob("*.pdf")))
    assert all(r.ok for r in res), [r for r in res if not r.ok]
    (home / "READY").write_text("")
    return home


def corpus_index(n: int, cache: Path) -> Path:
    try:
        from bench.common import ensure_index
    except ImportError:  # pragma: no cover - common.py is part of the repo
        raise SystemExit("bench/common.py is missing")
    return ensure_index(n, cache, log=lambda m: print(m, file=sys.stderr))


def measure(home: Path, qs: list[str], rounds: int) -> dict:
    from assistant.config import load_settings
    from assistant.query.intent import analyze
    from assistant.query.retrieval import retrieve
    from assistant.service import Kaizen

    svc = Kaizen(load_settings(home))
    t = time.perf_counter()
    snap = svc.snapshot()
    for q in qs:  # warm: embedder, catalogue, BM25 matrix, caches
        svc.ask(q)
    warm_s = time.perf_counter() - t
    ret, ans = [], []
    refused = 0
    for _ in range(rounds):
        for q in qs:
            t = time.perf_counter()
            plan = analyze(q, snap, svc.embedder)
            retrieve(svc, snap, plan, k=10)
            ret.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            a = svc.ask(q)
            ans.append((time.perf_counter() - t) * 1000)
            refused += a.refused
    return {"sheets": len(snap.records), "chunks": len(snap.chunks), "warmup_s": warm_s,
            "ret_p50": pct(ret, 50), "ret_p95": pct(ret, 95), "ans_p50": pct(ans, 50), "ans_p95": pct(ans, 95),
            "refused": refused // rounds, "n": len(qs)}


def cold_start(home: Path, question: str) -> float:
    exe = Path(sys.executable).with_name("kaizen")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "assistant.cli"]
    t = time.perf_counter()
    out = subprocess.run(cmd + ["ask", question, "--json", "--index", str(home)], capture_output=True, text=True,
                         timeout=300)
    dt = time.perf_counter() - t
    if out.returncode != 0:
        print(out.stderr[-2000:], file=sys.stderr)
    return dt


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="9,100,1000")
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)
    cache = args.cache or Path(tempfile.mkdtemp(prefix="kaizen-asklat-"))
    cache.mkdir(parents=True, exist_ok=True)
    qs = questions()
    n_samples = len(list((ROOT / "samples").glob("*.pdf")))
    rows = []
    try:
        for size in [int(x) for x in args.sizes.split(",") if x.strip()]:
            print(f"building/reusing index of {size} sheets ...", file=sys.stderr)
            home = sample_index(cache) if size <= n_samples else corpus_index(size, cache)
            r = measure(home, qs, args.rounds)
            r["cold_s"] = cold_start(home, qs[0])
            rows.append(r)
            print(f"  {r}", file=sys.stderr)
    finally:
        if args.cache is None:
            shutil.rmtree(cache, ignore_errors=True)
    print(f"\n# Ask latency (warm, {len(qs)} questions x {args.rounds} rounds; {_machine()})")
    print("| sheets | chunks | retrieval p50 | retrieval p95 | answer p50 | answer p95 | cold `kaizen ask` | refused |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        print(f"| {r['sheets']} | {r['chunks']} | {r['ret_p50']:.1f} ms | {r['ret_p95']:.1f} ms | "
              f"{r['ans_p50']:.1f} ms | {r['ans_p95']:.1f} ms | {r['cold_s']:.1f} s | {r['refused']}/{r['n']} |")
    for r in rows:
        ok_r = "OK" if r["ret_p95"] <= TARGET_RETRIEVAL_MS else "MISSED"
        ok_a = "OK" if r["ans_p95"] <= TARGET_ANSWER_MS else "MISSED"
        print(f"{r['sheets']} sheets: retrieval p95 {ok_r} (target <= {TARGET_RETRIEVAL_MS:g} ms), "
              f"answer p95 {ok_a} (target <= {TARGET_ANSWER_MS:g} ms)")


def _machine() -> str:
    import os

    return f"{os.cpu_count()} cores, load {' '.join(f'{x:.2f}' for x in os.getloadavg())}"


if __name__ == "__main__":
    main()

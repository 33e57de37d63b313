"""Query benchmark: retrieval and offline-answer latency (p50/p95), warm, at 100 and
1,000 sheets, embedded Chroma and a Chroma server (`chroma run` on 127.0.0.1)
side by side.

    python -m bench.query_bench [--sizes 100,1000] [--cache DIR] [--rounds 1]

* The corpus is ``generate_corpus(1000, seed=0)`` (the 100-sheet index holds its
  first 100 sheets); indexes are built once into ``--cache`` (default: a temp dir,
  removed afterwards; pass a directory to reuse them between runs, e.g. the one
  ``python -m bench.ingest_bench --sheets 1000 --keep DIR`` left behind).
* The server runs over a copy of the embedded index's Chroma directory (same
  on-disk format), so both modes answer over identical data.
* Questions: the bundled eval set (``eval/datasets/samples.jsonl``, 99 questions of
  all kinds, incl. cross-sheet and unanswerable ones; many name things of the bundled
  samples and are refused over the generated corpus, which is quick), plus 60
  questions generated from the indexed sheets themselves (their 事業, indicators,
  細事業; why / trend / cost / issue / plan / activity / lookup / cross), which
  do find evidence.
* "retrieval" = query analysis (intent, entities, years) + query embedding + BM25 +
  Chroma query + fusion, i.e. everything before the answer is composed;
  "dense" = the Chroma query alone; "answer" = ``Kaizen.ask`` end to end (offline).
  Warm: every question is asked once before timing.

``bench.ask_latency`` (the ask engineer's) measures the same retrieval/answer split on
embedded Chroma plus the cold start of ``kaizen ask``; this benchmark adds the
Chroma-server side and the dense query alone, over the same questions and indexes.

Targets at 1,000 sheets: retrieval p95 <= 100 ms, offline answer p95 <= 300 ms.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from bench.common import chroma_server, ensure_index, machine, percentile, print_table, verdict

TARGET_RETRIEVAL_MS = 100.0
TARGET_ANSWER_MS = 300.0


def load_questions() -> list[str]:
    """The question set of ``bench.ask_latency`` (the bundled eval questions)."""
    from bench.ask_latency import questions

    return questions()


def corpus_questions(snap, n: int = 60, seed: int = 0) -> list[str]:
    """Questions about the indexed (generated) sheets themselves, of the eval kinds:
    why / trend / cost / issue / plan / activity / lookup, naming a 事業, an indicator
    or a 細事業 item the way staff would, plus a few cross-sheet ones."""
    import random

    rng = random.Random(seed)
    recs = sorted(snap.records.values(), key=lambda r: r["version"])
    out = ["目標を達成できなかった指標がある事業は？", "補正予算がマイナスの年度がある事業は？",
           "決算額が一番大きい事業は？"]
    while len(out) < n and recs:
        r = rng.choice(recs)
        s = r["sheet"]
        name = s["jigyo_name"]
        ind = rng.choice(s["indicators"]) if s.get("indicators") else None
        items = [it["name"] for row in s.get("detail", []) for it in row.get("items", []) if it.get("name")]
        kind = rng.choice(["why", "trend", "cost", "issue", "plan", "activity", "lookup"])
        if kind in ("why", "trend", "lookup") and ind:
            out.append({"why": f"{name}の「{ind['name']}」が目標に届かなかった理由は？",
                        "trend": f"{ind['name']}はどう推移している？",
                        "lookup": f"{name}の{ind['name']}の目標値はいくつ？"}[kind])
        elif kind == "cost":
            out.append(f"{name}の決算額はいくら？")
        elif kind == "issue":
            out.append(f"{name}の課題は何？")
        elif kind == "plan":
            out.append(f"{name}は来年度どう改善する？")
        elif items:
            out.append(f"{rng.choice(items)}ではどんな活動をした？")
    return out


def measure(svc, questions: list[str], rounds: int = 1) -> dict[str, list[float]]:
    """Latencies (ms) of retrieval, the dense query alone, and the offline answer."""
    from assistant.query.intent import analyze
    from assistant.query.retrieval import dense_ranking, retrieve

    snap = svc.snapshot()
    emb = svc.embedder
    questions = questions + corpus_questions(snap)
    for q in questions:  # warm-up: caches, catalogue, lazy loads
        svc.ask(q)
    out: dict[str, list[float]] = {"retrieval": [], "dense": [], "answer": [], "refused": []}
    for _ in range(rounds):
        for q in questions:
            t = time.perf_counter()
            snap = svc.snapshot()
            plan = analyze(q, snap, emb)
            retrieve(svc, snap, plan, k=10)
            out["retrieval"].append((time.perf_counter() - t) * 1000)

            qvec = emb.embed_query(plan.norm)
            t = time.perf_counter()
            dense_ranking(snap, qvec, 120, plan)
            out["dense"].append((time.perf_counter() - t) * 1000)

            t = time.perf_counter()
            a = svc.ask(q)
            out["answer"].append((time.perf_counter() - t) * 1000)
            out["refused"].append(float(a.refused))
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000")
    ap.add_argument("--cache", type=Path, default=None, help="keep / reuse built indexes here")
    ap.add_argument("--rounds", type=int, default=1, help="timed passes over the question set")
    ap.add_argument("--questions", type=int, default=0, help="use only the first N questions (0 = all)")
    ap.add_argument("--modes", default="embedded,server")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    modes = [m for m in args.modes.split(",") if m]
    questions = load_questions()
    if args.questions:
        questions = questions[: args.questions]

    from assistant.config import load_settings
    from assistant.service import Kaizen

    tmp_ctx = tempfile.TemporaryDirectory() if args.cache is None else None
    cache = Path(tmp_ctx.name) if tmp_ctx else args.cache
    cache.mkdir(parents=True, exist_ok=True)
    print(f"# query benchmark ({machine()}); {len(questions)} questions x {args.rounds} round(s), warm")
    rows: list[list[str]] = []
    results: dict[tuple[int, str], dict[str, list[float]]] = {}
    try:
        for n in sizes:
            home = ensure_index(n, cache)
            for mode in modes:
                t = time.perf_counter()
                if mode == "embedded":
                    svc = Kaizen(load_settings(home))
                    res = measure(svc, questions, args.rounds)
                else:
                    data = cache / f"server-{n}"
                    shutil.rmtree(data, ignore_errors=True)
                    shutil.copytree(home / "chroma", data)
                    with chroma_server(data, cache / f"server-{n}.log") as (url, _proc):
                        svc = Kaizen(load_settings(cache / f"server-home-{n}", chroma_url=url))
                        res = measure(svc, questions, args.rounds)
                        del svc
                    shutil.rmtree(data, ignore_errors=True)
                results[(n, mode)] = res
                print(f"  {n} sheets, {mode}: {time.perf_counter() - t:.0f} s  ({machine()})", flush=True)
                rows.append([str(n), mode, f"{len(res['answer'])}", f"{int(sum(res['refused']))}"]
                            + [f"{percentile(res[k], p):.0f}" for k in ("retrieval", "dense", "answer") for p in (50, 95)])
    finally:
        if tmp_ctx:
            tmp_ctx.cleanup()

    print_table("latency in ms (warm)", ["sheets", "chroma", "questions", "refused", "retrieval p50", "retrieval p95", "dense p50",
                                         "dense p95", "answer p50", "answer p95"], rows)
    big = max(sizes)
    print(f"\n# targets at {big} sheets")
    for mode in modes:
        res = results.get((big, mode))
        if res:
            print(f"{mode:9} retrieval p95 {percentile(res['retrieval'], 95):.0f} ms: "
                  f"{verdict(percentile(res['retrieval'], 95), TARGET_RETRIEVAL_MS)}")
            print(f"{mode:9} answer    p95 {percentile(res['answer'], 95):.0f} ms: "
                  f"{verdict(percentile(res['answer'], 95), TARGET_ANSWER_MS)}")
    print(f"({machine()})")


if __name__ == "__main__":
    main()

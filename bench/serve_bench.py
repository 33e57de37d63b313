"""Serve benchmark: peak memory of `kaizen serve` over a 1,000-sheet index, and 8
concurrent chat users against it on 127.0.0.1.

    python -m bench.serve_bench [--sheets 1000] [--cache DIR] [--users 8] [--questions 10]
                                [--timeout 600] [--chroma embedded|server]

* Starts ``kaizen serve --index HOME --host 127.0.0.1 --port P`` as a subprocess over
  a pre-built index (``--cache``: see ``bench.query_bench``), waits until it answers.
* Memory: VmRSS after start-up, after a few warm-up questions, and VmHWM (the peak
  resident set, from ``/proc/PID/status``) at the end, i.e. including the load phase.
* Questions: the bundled eval questions alternating with questions generated from the
  indexed sheets (``bench.query_bench.corpus_questions``: these find evidence, so the
  answer carries sources and the page image is rendered).
* Load: ``--users`` threads, each its own ``gradio_client.Client``, ask
  ``--questions`` questions each through the chat endpoint (``/chat``: streaming,
  cited sources, the page image of the first source) - the same path as a person in
  the browser. Counted as an error: an exception, a timeout, an answer that is an
  error message, or an answer without text. Bounded by ``--timeout`` overall.
* ``--chroma server`` runs the same against a `chroma run` server (over a copy of
  the index's Chroma directory) via ``KAIZEN_CHROMA_URL``, on a fresh port each run: the read
  side laid out when the index was built serves it (it is keyed by the index, not the URL).

Targets (issue 14, 5,000 sheets): peak RSS <= 1.5 GB embedded, <= 1.0 GB with a Chroma server (the
dense index lives in the server); no errors.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import threading
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from bench.common import (  # noqa: E402
    chroma_server,
    ensure_index,
    machine,
    percentile,
    print_table,
    verdict,
    vm_status,
)
from bench.query_bench import load_questions  # noqa: E402

TARGET_RSS_MB = {"embedded": 1536.0, "server": 1024.0}
ERROR_MARKS = ("エラーが発生しました", "回答機能を利用できません", "Traceback", "まだシートが1件も", "完了するまで少しお待ちください")


@contextmanager
def kaizen_serve(home: Path, log: Path, env: dict | None = None, timeout: float = 180.0):
    """``kaizen serve`` on 127.0.0.1; yields (url, pid)."""
    from ui.testing import serve_process

    with serve_process(home, "127.0.0.1", env=env, timeout=timeout, log=log) as (url, proc):
        yield url, proc.pid


def chat_once(client, question: str, timeout: float) -> tuple[float, str | None]:
    """(seconds, error or None) for one question through /chat."""
    import json

    t = time.perf_counter()
    try:
        job = client.submit(question, [], "*", "*", "*", False, api_name="/chat")
        out = job.result(timeout=timeout)
        chat = out[0]
        text = json.dumps(chat[-1]["content"], ensure_ascii=False) if chat else ""
    except Exception as exc:  # noqa: BLE001 - every failure is counted
        return time.perf_counter() - t, f"{type(exc).__name__}: {exc}"[:200]
    dt = time.perf_counter() - t
    if not text.strip('"') or text.strip('"') == "…":
        return dt, "empty answer"
    for mark in ERROR_MARKS:
        if mark in text:
            return dt, text[:200]
    return dt, None


def mixed_questions(home: Path) -> list[str]:
    """Eval questions and questions about the indexed sheets, alternating (see bench.query_bench)."""
    from assistant.config import load_settings
    from assistant.service import Kaizen
    from bench.query_bench import corpus_questions

    evalq = load_questions()
    own = corpus_questions(Kaizen(load_settings(home)).snapshot())
    out = []
    for i in range(max(len(evalq), len(own))):
        out += ([own[i]] if i < len(own) else []) + ([evalq[i]] if i < len(evalq) else [])
    return out


def peak_tree_kb(pid: int) -> int:
    """VmHWM of the server plus its live children (e.g. page renderers), kB."""
    total = vm_status(pid).get("VmHWM", 0)
    try:
        kids = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        kids = []
    for k in kids:
        try:
            total += vm_status(int(k)).get("VmHWM", 0)
        except (OSError, ValueError):
            pass
    return total


def load_phase(url: str, questions: list[str], users: int, per_user: int, timeout: float):
    """``users`` concurrent chat clients asking ``per_user`` questions each, bounded by ``timeout``
    seconds overall. Returns (latencies in s, error lines, wall time in s)."""
    from gradio_client import Client

    lat: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + timeout

    def user(u: int) -> None:
        try:
            c = Client(url, verbose=False)
        except Exception as exc:  # noqa: BLE001
            with lock:
                errors.append(f"user {u}: connect: {exc}")
            return
        for j in range(per_user):
            left = deadline - time.monotonic()
            if left <= 0:
                with lock:
                    errors.append(f"user {u}: overall timeout before question {j + 1}")
                return
            q = questions[(u * per_user + j) % len(questions)]
            dt, err = chat_once(c, q, left)
            with lock:
                lat.append(dt)
                if err:
                    errors.append(f"user {u} q{j + 1} {q}: {err}")

    t = time.perf_counter()
    threads = [threading.Thread(target=user, args=(u,), daemon=True) for u in range(users)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(max(0.0, deadline - time.monotonic()) + 5)
    return lat, errors, time.perf_counter() - t


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sheets", type=int, default=1000)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--users", type=int, default=8)
    ap.add_argument("--questions", type=int, default=10, help="questions per user")
    ap.add_argument("--timeout", type=float, default=600.0, help="overall bound of the load phase, s")
    ap.add_argument("--chroma", choices=["embedded", "server"], default="embedded")
    args = ap.parse_args(argv)

    from gradio_client import Client

    with ExitStack() as stack:
        cache = args.cache or Path(stack.enter_context(tempfile.TemporaryDirectory()))
        cache.mkdir(parents=True, exist_ok=True)
        home = ensure_index(args.sheets, cache)
        questions = mixed_questions(home)
        env = {}
        if args.chroma == "server":
            data = cache / f"serve-server-{args.sheets}"
            shutil.rmtree(data, ignore_errors=True)
            shutil.copytree(home / "chroma", data)
            stack.callback(shutil.rmtree, data, True)
            url, _ = stack.enter_context(chroma_server(data, cache / "serve-chroma.log"))
            env["KAIZEN_CHROMA_URL"] = url
        t = time.perf_counter()
        url, pid = stack.enter_context(kaizen_serve(home, cache / "serve.log", env))
        start_s = time.perf_counter() - t
        rss_start = vm_status(pid)["VmRSS"]

        # Warm-up: a few questions through one client (loads the snapshot, BM25, embedder).
        client = Client(url, verbose=False)
        warm = [chat_once(client, q, 120) for q in questions[:3]]
        rss_warm = vm_status(pid)["VmRSS"]

        # Load: N users x M questions, all at once.
        lat, errors, wall = load_phase(url, questions, args.users, args.questions, args.timeout)
        status = vm_status(pid)
        peak_kb = peak_tree_kb(pid)

    asked = args.users * args.questions
    ms = [x * 1000 for x in lat]
    print(f"# serve benchmark: {args.sheets} sheets, chroma {args.chroma} ({machine()})")
    print_table("memory of `kaizen serve`", ["measure", "value"], [
        ["start-up (process start to HTTP answering)", f"{start_s:.1f} s"],
        ["RSS after start-up", f"{rss_start / 1024:.0f} MB"],
        ["RSS after 3 warm-up questions", f"{rss_warm / 1024:.0f} MB"
         f" (warm-up latencies {', '.join(f'{d:.1f}' for d, _ in warm)} s)"],
        ["RSS at the end", f"{status['VmRSS'] / 1024:.0f} MB"],
        ["peak RSS (VmHWM, incl. the load phase)", f"{peak_kb / 1024:.0f} MB: {verdict(peak_kb / 1024, TARGET_RSS_MB[args.chroma], 'MB')}"],
    ])
    print_table(f"load: {args.users} concurrent chat users x {args.questions} questions (/chat, 127.0.0.1)",
                ["measure", "value"], [
                    ["questions answered", f"{len(lat)} / {asked}"],
                    ["errors", f"{len(errors)}" + ("" if not errors else "  MISSED (target: none)")],
                    ["latency p50 / p95 / max", f"{percentile(ms, 50):.0f} / {percentile(ms, 95):.0f} / "
                                                f"{max(ms, default=float('nan')):.0f} ms"],
                    ["wall time / throughput", f"{wall:.1f} s / {len(lat) / wall:.2f} questions/s"],
                ])
    for e in errors[:10]:
        print("  error:", e)
    print(f"({machine()})")


if __name__ == "__main__":
    main()

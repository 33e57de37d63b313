"""Shared helpers for the benchmarks: the corpus, cached indexes, a `chroma run`
server, percentiles and table printing.

Indexes are built into a cache directory (``--cache``, default a temp dir that is
removed afterwards) as ``home-<N>``; a ``READY`` file marks a complete build, so a
second benchmark run (or another benchmark) reuses it. The corpus of N sheets is
the first N of ``generate_corpus(1000, seed=0)`` (the generator is sequential), so
the 100-sheet index is a subset of the 1,000-sheet one.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def machine() -> str:
    """'2 cores, 23 GiB RAM, load 1.23 1.10 0.90' for the tables."""
    mem = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = f", {int(line.split()[1]) / 1024 / 1024:.0f} GiB RAM"
    except OSError:
        pass
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{os.cpu_count()} cores{mem}, load {load}"


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    k = (len(s) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def print_table(title: str, header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    print(f"\n# {title}")
    print("| " + " | ".join(str(h).ljust(w) for h, w in zip(header, widths)) + " |")
    print("| " + " | ".join("-" * w for w in widths) + " |")
    for r in rows:
        print("| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |")


def verdict(value: float, target: float, unit: str = "ms", lower_is_better: bool = True) -> str:
    ok = value <= target if lower_is_better else value >= target
    if ok:
        return f"OK (target {'<=' if lower_is_better else '>='} {target:g} {unit})"
    if lower_is_better:
        gap = f"{value - target:.2f}" if unit == "x" else f"{value - target:.0f}"
        return f"MISSED by {gap} {unit} ({value / target:.2f}x the {target:g} {unit} target)"
    return f"MISSED by {target - value:.1f} {unit} ({value / target:.2f}x the {target:g} {unit} target)"


def make_corpus(n: int, out: Path) -> list[Path]:
    from samples.corpus import generate_corpus

    out.mkdir(parents=True, exist_ok=True)
    return [Path(p) for p in generate_corpus(n, out, seed=0)]


def ensure_index(n: int, cache: Path, log=print) -> Path:
    """``cache/home-<n>``: a KAIZEN_HOME with the first ``n`` corpus sheets ingested."""
    home = cache / f"home-{n}"
    if (home / "READY").exists():
        return home
    if home.exists():
        shutil.rmtree(home)
    corpus = cache / "corpus"
    # File names start with the sequential 事業番号, so name order is generation order
    # and any complete corpus of m >= n sheets holds the first n.
    ready = [int(p.name[6:]) for p in corpus.glob("READY-*") if p.name[6:].isdigit()]
    files = sorted(corpus.glob("*.pdf"))[:n] if ready and max(ready) >= n else []
    if not files:
        t = time.perf_counter()
        shutil.rmtree(corpus, ignore_errors=True)
        files = make_corpus(n, corpus)
        (corpus / f"READY-{n}").write_text("")
        log(f"  generated {n} sheets in {time.perf_counter() - t:.0f} s")
    from assistant.config import load_settings
    from assistant.service import Kaizen

    t = time.perf_counter()
    res = Kaizen(load_settings(home)).ingest(files[:n], keep_pdf=True)
    bad = [r for r in res if not r.ok]
    log(f"  ingested {n} sheets into {home} in {time.perf_counter() - t:.0f} s ({len(bad)} errors)")
    (home / "READY").write_text(str(n))
    return home


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, timeout: float, proc: subprocess.Popen | None = None) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process exited with {proc.returncode} before {url} answered")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f} s")


@contextmanager
def chroma_server(data_dir: Path, log_path: Path):
    """``chroma run --path data_dir`` on 127.0.0.1 (a free port); yields its URL.

    ``data_dir`` may be a copy of an embedded ``KAIZEN_HOME/chroma`` directory:
    the server reads the same on-disk format, so no second ingest is needed."""
    exe = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = free_port()
    with open(log_path, "w") as log:
        proc = subprocess.Popen([exe, "run", "--path", str(data_dir), "--host", "127.0.0.1", "--port", str(port)],
                                stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            wait_http(url + "/api/v2/heartbeat", 120, proc)
            yield url, proc
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def vm_status(pid: int) -> dict[str, int]:
    """VmRSS / VmHWM (kB) of a process."""
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            k, v = line.split(":", 1)
            out[k] = int(v.split()[0])
    return out

"""Re-running `kaizen ingest` over a folder with duplicated sheets is a no-op (issue 13).

    python -m bench.dup_rerun [--copies 6] [--sheets 8] [--workers 0]

The folder holds ``copies`` byte-distinct copies (pypdf rewrites the document information, so
the sheet is the same and the bytes differ) of each of ``sheets`` sheets: the bundled
samples, then the unseen eval sheets. ``kaizen ingest`` runs twice on a new KAIZEN_HOME, as a
user runs it (a process each, start-up included). Prints both wall times, their ratio
(target: the second <= 0.25x the first) and whether the active versions are the same after
both runs. Everything is written to a temp dir and removed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, machine, print_table, verdict

TARGET = 0.25


def sheet_sources(n: int) -> list[Path]:
    pdfs = sorted((ROOT / "samples").glob("*.pdf")) + sorted((ROOT / "eval/datasets/unseen/sheets").glob("*.pdf"))
    if len(pdfs) < n:
        raise SystemExit(f"only {len(pdfs)} sheets available, {n} asked")
    return pdfs[:n]


def make_folder(sources: list[Path], copies: int, out: Path) -> list[Path]:
    """``copies`` byte-distinct copies of each source, written oldest first."""
    from pypdf import PdfReader, PdfWriter

    out.mkdir(parents=True, exist_ok=True)
    files = []
    for src in sources:
        for i in range(copies):
            writer = PdfWriter(clone_from=PdfReader(src))
            writer.add_metadata({"/Subject": f"copy {i} of {src.name}", "/Keywords": f"dup-rerun-{i}"})
            dst = out / f"{src.stem}-copy{i}.pdf"
            with open(dst, "wb") as fh:
                writer.write(fh)
            files.append(dst)
    return files


def run_ingest(folder: Path, home: Path, workers: int) -> tuple[float, str]:
    env = dict(os.environ, KAIZEN_HOME=str(home))
    cmd = [sys.executable, "-m", "assistant.cli", "ingest", str(folder), "--json"]
    if workers:
        cmd += ["--workers", str(workers)]
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"kaizen ingest failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    statuses: dict[str, int] = {}
    for r in json.loads(proc.stdout):
        statuses[r["label"]] = statuses.get(r["label"], 0) + 1
    return elapsed, "、".join(f"{k} {v}" for k, v in sorted(statuses.items()))


def active_versions(home: Path) -> dict[str, str]:
    from assistant.config import load_settings
    from assistant.index.store import Store

    return Store(load_settings(home)).registry().active


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=6)
    ap.add_argument("--sheets", type=int, default=8)
    ap.add_argument("--workers", type=int, default=0, help="0 = all cores")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="kaizen-dup-rerun-") as tmp:
        folder = Path(tmp) / "in"
        files = make_folder(sheet_sources(args.sheets), args.copies, folder)
        home = Path(tmp) / "home"
        first_s, first_status = run_ingest(folder, home, args.workers)
        first_active = active_versions(home)
        second_s, second_status = run_ingest(folder, home, args.workers)
        second_active = active_versions(home)
    ratio = second_s / first_s
    print(f"machine: {machine()}")
    print_table(f"kaizen ingest twice over {len(files)} files ({args.copies} byte-distinct copies of "
                f"{args.sheets} sheets)", ["run", "wall s", "results"],
                [["1st", f"{first_s:.1f}", first_status], ["2nd", f"{second_s:.1f}", second_status]])
    print(f"\nsecond / first: {ratio:.3f}x  {verdict(ratio, TARGET, 'x')}")
    same = first_active == second_active and len(first_active) == args.sheets
    print(f"active versions after both runs: {len(first_active)} sheets, "
          f"{'the same' if same else 'DIFFERENT'}")


if __name__ == "__main__":
    main()

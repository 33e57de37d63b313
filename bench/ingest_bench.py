"""Ingest benchmark: pages/s with parallel workers, the ratio to bare pdfplumber
text+table extraction of the same files, index size on disk, and a re-run over
the unchanged corpus.

    python -m bench.ingest_bench [--sheets 100] [--workers 0]

The corpus is made by ``samples.corpus.generate_corpus`` when available (varied
sheets), otherwise by byte-distinct copies of ``samples/*.pdf``. It is written to
a temp dir and not committed.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bench.common import machine, verdict

ROOT = Path(__file__).resolve().parent.parent


def make_corpus(n: int, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    try:
        from samples.corpus import generate_corpus

        return [Path(p) for p in generate_corpus(n, out, seed=0)]
    except (ImportError, AttributeError):
        pdfs = sorted((ROOT / "samples").glob("*.pdf"))
        files = []
        for i in range(n):
            src = pdfs[i % len(pdfs)]
            dst = out / f"{i:05d}-{src.name}"
            dst.write_bytes(src.read_bytes() + f"\n% copy {i}\n".encode())
            files.append(dst)
        return files


def _bare(path: str) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.extract_tables()
        return len(pdf.pages)


def cpu_seconds() -> float:
    """User+system CPU of this process and its reaped children (the bare pdfplumber pool;
    the ingest workers run under forkserver and report their CPU via ``Kaizen.worker_cpu_s``)."""
    import resource

    a = resource.getrusage(resource.RUSAGE_SELF)
    b = resource.getrusage(resource.RUSAGE_CHILDREN)
    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime


def bare_pdfplumber(files: list[Path], workers: int) -> tuple[float, int, float]:
    """(wall s, pages, CPU s)."""
    t, c = time.perf_counter(), cpu_seconds()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pages = sum(pool.map(_bare, [str(f) for f in files], chunksize=4))
    return time.perf_counter() - t, pages, cpu_seconds() - c


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sheets", type=int, default=100)
    ap.add_argument("--workers", type=int, default=0, help="0 = all cores")
    ap.add_argument("--keep", type=Path, default=None,
                    help="keep the index as KEEP/home-<N> (and the corpus) for bench.query_bench / bench.serve_bench")
    args = ap.parse_args()
    workers = args.workers or os.cpu_count() or 1

    from assistant.config import load_settings
    from assistant.service import Kaizen

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t = time.perf_counter()
        files = make_corpus(args.sheets, tmp / "corpus")
        gen_s = time.perf_counter() - t

        load_before = os.getloadavg()[0]
        bare_s, pages, bare_cpu = bare_pdfplumber(files, workers)

        svc = Kaizen(load_settings(tmp / "home"))
        svc.embedder.embed_query("ウォームアップ")  # load the embedder outside the timing
        t, c = time.perf_counter(), cpu_seconds()
        results = svc.ingest(files, workers=workers)
        ingest_s = time.perf_counter() - t
        ingest_cpu = cpu_seconds() - c + svc.worker_cpu_s  # forkserver workers report their own CPU
        load_after = os.getloadavg()[0]
        errors = [r for r in results if not r.ok]

        t = time.perf_counter()
        again = svc.ingest(files, workers=workers)
        rerun_s = time.perf_counter() - t
        unchanged = sum(r.status == "unchanged" for r in again)
        size = dir_size(tmp / "home")
        if args.keep:
            import shutil

            args.keep.mkdir(parents=True, exist_ok=True)
            for name in (f"home-{args.sheets}", "corpus"):
                shutil.rmtree(args.keep / name, ignore_errors=True)
            shutil.move(str(tmp / "home"), args.keep / f"home-{args.sheets}")
            (args.keep / f"home-{args.sheets}" / "READY").write_text(str(args.sheets))
            shutil.move(str(tmp / "corpus"), args.keep / "corpus")
            (args.keep / "corpus" / f"READY-{args.sheets}").write_text("")

    rows = [
        ("sheets / pages", f"{len(files)} / {pages}"),
        ("workers", str(workers)),
        ("corpus generation", f"{gen_s:.1f} s"),
        ("bare pdfplumber text+tables", f"{bare_s:.1f} s  ({pages / bare_s:.1f} pages/s)"),
        ("kaizen ingest (parse+chunk+embed+index)", f"{ingest_s:.1f} s  ({pages / ingest_s:.1f} pages/s)"),
        ("ingest pages/s target", verdict(pages / ingest_s, 5.0, "pages/s", lower_is_better=False)),
        ("ratio ingest / bare (wall)", f"{ingest_s / bare_s:.2f}x  " + verdict(ingest_s / bare_s, 2.5, "x")),
        ("CPU s per page: bare / ingest", f"{bare_cpu / pages:.3f} / {ingest_cpu / pages:.3f}"),
        ("ratio ingest / bare (CPU time, load-independent)", f"{ingest_cpu / bare_cpu:.2f}x  "
                                                             + verdict(ingest_cpu / bare_cpu, 2.5, "x")),
        ("1-min load average before / after", f"{load_before:.2f} / {load_after:.2f}"),
        ("errors", str(len(errors))),
        ("re-run over unchanged corpus", f"{rerun_s:.2f} s  ({unchanged}/{len(files)} skipped)  "
                                         + verdict(rerun_s, 30.0, "s")),
        ("index size on disk (KAIZEN_HOME)", f"{size / 1e6:.1f} MB  ({size / len(files) / 1e3:.0f} kB/sheet)"),
    ]
    width = max(len(k) for k, _ in rows)
    print(f"# ingest benchmark ({machine()})")
    for k, v in rows:
        print(f"{k.ljust(width)}  {v}")


if __name__ == "__main__":
    main()

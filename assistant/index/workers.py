"""The ingest's worker processes: what each does to one file (parse, chunk, tokenize, embed)
and the pool they run in, bound to the lifetime of the process that started it.

Why a watchdog: the pool uses the ``forkserver`` start method (a threaded parent, the web UI,
must never fork), so the workers are children of the fork server, not of the ingest, and a
``kill -9`` of the ingest left them (and with them the fork server and the resource tracker,
which stay as long as a worker holds their pipes) running for good, ~340 MB each. Each worker
therefore watches the ingest's pid from a daemon thread (a pidfd: woken by the kernel when
that process exits, whatever the signal) and exits at once when it is gone. A parent-death
signal (``PR_SET_PDEATHSIG``) would only watch the fork server, and fires on the exit of the
parent *thread*, which in the web UI is a short-lived worker thread.
"""

from __future__ import annotations

import multiprocessing
import os
import select
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.config import Settings

if TYPE_CHECKING:  # the parser (and pdfplumber) load only where files are parsed
    from ingest.parser import ParsedSheet


@dataclass
class ParseOutcome:
    """What a worker returns for one file: the parsed sheet and its chunk data, or an error."""

    ok: bool
    code: str = ""  # error code (IngestError.code) when not ok
    message: str = ""  # Japanese error message when not ok
    parsed: ParsedSheet | None = None
    chunks: list = field(default_factory=list)  # ingest.chunks.Chunk
    tokens: list[list[str]] = field(default_factory=list)  # Sudachi tokens per chunk
    embeddings: list | None = None  # per chunk, when the worker embedded them


def parse_worker(path: str, max_pages: int, settings: Settings | None = None) -> ParseOutcome:
    """Parse, chunk, tokenize and (with ``settings``) embed one file.

    Runs in a worker process for batches, so all CPU work happens in parallel and
    the parent only writes to the index."""
    from assistant.text.tokens import tokenize
    from ingest.chunks import make_chunks
    from ingest.errors import IngestError
    from ingest.parser import parse_pdf

    try:
        parsed = parse_pdf(path, max_pages=max_pages)
    except IngestError as exc:
        return ParseOutcome(False, exc.code, exc.message)
    except Exception as exc:  # never lose the batch to one odd file
        return ParseOutcome(False, "corrupt",
                            f"読み取り中に予期しないエラーが発生しました（{type(exc).__name__}: {exc}）。")
    chunks = make_chunks(parsed, Path(path).name)
    tokens = [tokenize(c.text) for c in chunks]
    embeddings = None
    if settings is not None and chunks:
        from .embeddings import make_embedder

        embeddings = make_embedder(settings).embed_documents([c.text for c in chunks])
    return ParseOutcome(True, parsed=parsed, chunks=chunks, tokens=tokens, embeddings=embeddings)


def timed_worker(path: str, max_pages: int, settings: Settings | None = None) -> tuple[ParseOutcome, float]:
    """``parse_worker`` plus the CPU seconds it used (pool workers are not our children
    under forkserver, so the benchmark cannot read their CPU time from rusage)."""
    start = time.process_time()
    outcome = parse_worker(path, max_pages, settings)
    return outcome, time.process_time() - start


# ---------------------------------------------------------------- the pool
def _wait_for_exit(pid: int) -> None:
    """Block until process ``pid`` has exited (a pidfd where the kernel has them, else polling)."""
    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        return
    except (AttributeError, OSError):  # no pidfd (old kernel, other OS): poll
        while True:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            except PermissionError:
                pass
            time.sleep(0.5)
    try:
        select.select([fd], [], [])  # readable once the process has exited
    finally:
        os.close(fd)


def _exit_with(parent_pid: int) -> None:
    _wait_for_exit(parent_pid)
    os._exit(1)  # no cleanup: the parent is gone and nobody will read our results


def watch_parent(parent_pid: int) -> None:
    """Pool initializer: end this worker when ``parent_pid`` (the ingest) ends."""
    threading.Thread(target=_exit_with, args=(parent_pid,), name="kaizen-parent-watch", daemon=True).start()


def worker_pool(n_workers: int) -> ProcessPoolExecutor:
    """A pool of ``n_workers`` forkserver processes that exit when this process does."""
    # Never fork a threaded process (the web UI): a child can inherit a lock that
    # another thread held at fork time, e.g. an import lock, and hang forever.
    ctx = multiprocessing.get_context("forkserver")
    return ProcessPoolExecutor(max_workers=n_workers, mp_context=ctx, initializer=watch_parent,
                               initargs=(os.getpid(),))

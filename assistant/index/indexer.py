"""Ingest orchestration: parse -> chunk -> tokenize -> embed in worker processes, then
write and switch versions atomically in the store.

A parallel ingest writes and switches up to ``COMMIT_BATCH`` parsed sheets together (one
pending mark, one chunk upsert, one record upsert, one registry switch): Chroma's cost
per write grows with the index, so one write per sheet made large ingests parent-bound.
"""

from __future__ import annotations

import datetime as _dt
import multiprocessing
import os
import shutil
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.config import Settings

from .store import SheetRecord, Store, VersionWrite, sheet_key

if TYPE_CHECKING:  # the parser (and pdfplumber) load only where files are parsed
    from ingest.parser import ParsedSheet

ProgressFn = Callable[[int, int, str], None]  # (done, total, file name)
COMMIT_BATCH = 32  # at most this many parsed files are written and switched together


@dataclass
class FileResult:
    """The outcome for one input file. ``status``: ingested | replaced | unchanged | error."""

    file: str
    status: str
    message: str = ""
    code: str = ""
    jigyo_no: str = ""
    jigyo_name: str = ""
    fiscal_year: int = 0
    warnings: list[str] = field(default_factory=list)
    pages: int = 0
    chunks: int = 0

    @property
    def ok(self) -> bool:
        return self.status != "error"

    @property
    def label(self) -> str:
        """Japanese status for people: 取り込み済み / 警告あり / 変更なし / エラー."""
        if self.status == "error":
            return "エラー"
        if self.status == "unchanged":
            return "変更なし"
        return "警告あり" if self.warnings else "取り込み済み"

    def to_dict(self) -> dict:
        return dict(self.__dict__, label=self.label)


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


@dataclass
class PreparedVersion:
    """One parsed file ready to be written (``write``) and switched in under ``key``."""

    version: str
    key: str
    write: VersionWrite
    result: FileResult  # the file's result once switched (status filled in then)


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files and directories (recursively, ``*.pdf``) in a stable order."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out += sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() == ".pdf")
        else:
            out.append(p)
    seen, uniq = set(), []
    for p in out:
        key = str(p.resolve()) if p.exists() else str(p)
        if key not in seen:
            seen.add(key)
            uniq.append(p)
    return uniq


def _timed_worker(path: str, max_pages: int, settings: Settings | None = None) -> tuple[ParseOutcome, float]:
    """``parse_worker`` plus the CPU seconds it used (pool workers are not our children
    under forkserver, so the benchmark cannot read their CPU time from rusage)."""
    start = time.process_time()
    outcome = parse_worker(path, max_pages, settings)
    return outcome, time.process_time() - start


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


class Indexer:
    """Writes files into ``store``; ``embedder()`` gives the embedder (built on first use)."""

    def __init__(self, settings: Settings, store: Store, embedder: Callable[[], Any]) -> None:
        self.settings = settings
        self.store = store
        self._embedder = embedder
        self.worker_cpu_s = 0.0  # CPU seconds spent in ingest worker processes (benchmarks)
        self.parsed_last = False  # whether the last ingest parsed any file (else all were settled)

    def ingest(self, paths: Iterable[str | Path], progress: ProgressFn | None = None, workers: int | None = None,
               keep_pdf: bool = True, force: bool = False) -> list[FileResult]:
        """Ingest files and directories; one ``FileResult`` per input file, in input order."""
        files = expand_paths(paths)
        self.store.cleanup()
        results: list[FileResult | None] = [None] * len(files)
        todo, settled = self._triage(files, results, force)
        self.parsed_last = bool(todo)
        done = [len(settled)]

        def finished(i: int, res: FileResult) -> None:
            results[i] = res
            done[0] += 1
            if progress:
                progress(done[0], len(files), files[i].name)

        if progress:  # files settled without parsing are reported first, in order
            for n, i in enumerate(settled, start=1):
                progress(n, len(files), files[i].name)
        n_workers = workers or self.settings.workers or os.cpu_count() or 1
        if len(todo) >= 4 and n_workers > 1:
            self._ingest_parallel(files, todo, min(n_workers, len(todo)), keep_pdf, finished)
        else:
            for i in todo:
                finished(i, self._commit_many([(files[i], parse_worker(str(files[i]), self.settings.max_pages))],
                                              keep_pdf)[0])
        return [r for r in results if r is not None]

    def _triage(self, files: list[Path], results: list[FileResult | None],
                force: bool) -> tuple[list[int], list[int]]:
        """Fill in the results of missing, too large and unchanged files. Returns the files to
        parse and the settled ones that count in the progress (an unreadable file does not)."""
        from ingest.parser import file_sha256, version_id

        active_versions = set(self.store.registry().active.values())
        todo: list[int] = []
        settled: list[int] = []
        for i, f in enumerate(files):
            if not f.exists():
                results[i] = FileResult(f.name, "error", "ファイルが見つかりません。パスを確認してください。", "not_found")
            elif f.is_file() and f.stat().st_size > self.settings.max_upload_mb * 1024 * 1024 * 4:
                size_mb = f.stat().st_size / 1024 / 1024
                results[i] = FileResult(f.name, "error", f"ファイルが大きすぎます（{size_mb:.1f}MB）。", "too_large")
            else:
                try:
                    sha = file_sha256(f)
                except OSError as exc:
                    results[i] = FileResult(f.name, "error", f"ファイルを読めません（{exc.strerror}）。", "not_found")
                    continue
                if version_id(sha) in active_versions and not force:
                    results[i] = FileResult(f.name, "unchanged", "変更がないためスキップしました。")
                else:
                    todo.append(i)
                    continue
            settled.append(i)
        return todo, settled

    def _ingest_parallel(self, files: list[Path], todo: list[int], n_workers: int, keep_pdf: bool,
                         finished: Callable[[int, FileResult], None]) -> None:
        # Never fork a threaded process (the web UI): a child can inherit a lock that
        # another thread held at fork time, e.g. an import lock, and hang forever.
        ctx = multiprocessing.get_context("forkserver")
        with ProcessPoolExecutor(max_workers=n_workers, mp_context=ctx) as pool:
            futures = {pool.submit(_timed_worker, str(files[i]), self.settings.max_pages, self.settings): i
                       for i in todo}
            # Commit in small batches: every Chroma write has a cost that grows with the
            # index, so one write per batch (not four per sheet) keeps 1,000+ sheets fast.
            batch: list[tuple[int, ParseOutcome]] = []
            left = len(futures)
            size = max(1, min(COMMIT_BATCH, len(futures) // 8))  # small ingests keep fine progress
            for fut in as_completed(futures):
                outcome, cpu_s = fut.result()
                self.worker_cpu_s += cpu_s
                batch.append((futures[fut], outcome))
                left -= 1
                if len(batch) >= size or left == 0:
                    got = self._commit_many([(files[j], out) for j, out in batch], keep_pdf)
                    for (j, _), res in zip(batch, got):
                        finished(j, res)
                    batch = []

    def _commit_many(self, entries: list[tuple[Path, ParseOutcome]], keep_pdf: bool) -> list[FileResult]:
        """Write several parsed files, then switch them all in one registry write.

        Same guarantees as one at a time: every version's chunks and record are written
        (and marked pending) before the switch; a crash before it leaves the previous
        versions active and the leftovers are cleaned by the next ingest."""
        out: list[FileResult | None] = [None] * len(entries)
        prepared: list[tuple[int, PreparedVersion]] = []
        for n, (path, outcome) in enumerate(entries):
            if not outcome.ok:
                out[n] = FileResult(path.name, "error", outcome.message, outcome.code)
            else:
                prepared.append((n, self._prepare(path, outcome, keep_pdf)))
        if prepared:
            store = self.store
            store.begin_many([p.version for _, p in prepared])
            store.write_versions([p.write for _, p in prepared])
            if os.environ.get("KAIZEN_TEST_CRASH") == "before_switch":
                os._exit(3)  # test hook: die after writing, before the atomic switch
            olds = store.activate_many([(p.key, p.version) for _, p in prepared],
                                       getattr(self._embedder(), "name", ""))
            for (n, p), old in zip(prepared, olds):
                p.result.status = "replaced" if old and old != p.version else "ingested"
                out[n] = p.result
        return out  # type: ignore[return-value]

    def _store_pdf(self, path: Path, version: str) -> str:
        """Keep a copy of the PDF (for page images) as ``pdfs/<version>.pdf`` under home."""
        pdf_dir = self.settings.home / "pdfs"
        pdf_dir.mkdir(parents=True, exist_ok=True)
        target = pdf_dir / f"{version}.pdf"
        if not target.exists():
            tmp = target.with_suffix(".part")
            shutil.copyfile(path, tmp)
            os.replace(tmp, target)
        return f"pdfs/{version}.pdf"

    def _prepare(self, path: Path, outcome: ParseOutcome, keep_pdf: bool) -> PreparedVersion:
        parsed, chunks, tokens, embeddings = outcome.parsed, outcome.chunks, outcome.tokens, outcome.embeddings
        assert parsed is not None
        s = parsed.sheet
        fy = parsed.fiscal_year or 0
        version = parsed.version
        record: SheetRecord = {
            "sheet": s.model_dump(),
            "warnings": parsed.warnings,
            "pages": parsed.pages,
            "file": path.name,
            "stored_pdf": self._store_pdf(path, version) if keep_pdf else "",
            "sha256": parsed.sha256,
            "version": version,
            "fiscal_year": fy,
            "chunks": len(chunks),
            "locations": {k: [p, list(b)] for k, (p, b) in parsed.locations.items()},
            "parser_version": chunks[0].metadata["parser_version"] if chunks else "",
            "ingested_at": _dt.datetime.now().isoformat(timespec="seconds"),
        }
        meta = {"jigyo_no": s.jigyo_no, "fiscal_year": fy, "jigyo_name": s.jigyo_name, "bukyoku": s.bukyoku,
                "version": version}
        if embeddings is None:
            embeddings = self._embedder().embed_documents([c.text for c in chunks]) if chunks else []
        metadatas = []
        for c, toks in zip(chunks, tokens):
            m = dict(c.metadata)
            m["quote"] = c.quote
            m["tokens"] = " ".join(toks)
            metadatas.append(m)
        write = VersionWrite(version, record, meta, [c.id for c in chunks], embeddings, [c.text for c in chunks],
                             metadatas)
        result = FileResult(path.name, "", "", "", s.jigyo_no, s.jigyo_name, fy, parsed.warnings, parsed.pages,
                            len(chunks))
        return PreparedVersion(version, sheet_key(s.jigyo_no or f"?{version[:8]}", fy), write, result)

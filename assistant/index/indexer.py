"""Ingest orchestration: parse -> chunk -> tokenize -> embed in worker processes
(``assistant.index.workers``), then write and switch versions atomically in the store.

A parallel ingest writes and switches up to ``COMMIT_BATCH`` parsed sheets together (one
pending mark, one chunk upsert, one record upsert, one registry switch): Chroma's cost
per write grows with the index, so one write per sheet made large ingests parent-bound.
Each batch is written under the index's lock file, so two ingests at once (two terminals,
the web UI and a script) take turns at writing while both parse in parallel.

Several files of one sheet (事業番号, 年度, stage) in a batch: one wins (``identity``), the
others get one Japanese warning naming the winner and are recorded as superseded. A file
whose content is already known, active or superseded, is skipped as unchanged, so running
an unchanged folder again changes nothing.
"""

from __future__ import annotations

import datetime as _dt
import os
import shutil
from collections.abc import Callable, Iterable
from concurrent.futures import as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.config import Settings
from ingest.form import stage_of

from .identity import Contender, Contest, file_rank
from .store import Registry, SheetRecord, Store, VersionWrite, sheet_key
from .workers import ParseOutcome, parse_worker, timed_worker, worker_pool

__all__ = ["COMMIT_BATCH", "FileResult", "Indexer", "ParseOutcome", "ProgressFn", "expand_paths", "parse_worker"]

ProgressFn = Callable[[int, int, str], None]  # (done, total, file name)
COMMIT_BATCH = 32  # at most this many parsed files are written and switched together


@dataclass
class FileResult:
    """The outcome for one input file. ``status``: ingested | replaced | unchanged | duplicate
    (another file of the same sheet won) | error."""

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
    stage: str = ""

    @property
    def ok(self) -> bool:
        return self.status != "error"

    @property
    def label(self) -> str:
        """Japanese status for people: 取り込み済み / 警告あり / 変更なし / 重複・不採用 / エラー."""
        if self.status == "error":
            return "エラー"
        if self.status == "unchanged":
            return "変更なし"
        if self.status == "duplicate":
            return "重複・不採用"
        return "警告あり" if self.warnings else "取り込み済み"

    def to_dict(self) -> dict:
        return dict(self.__dict__, label=self.label)


@dataclass
class PreparedVersion:
    """One parsed file ready to be written (``write``) and switched in under ``key`` (or
    only recorded as superseded, then ``write`` holds no chunks)."""

    path: Path
    version: str
    key: str
    write: VersionWrite
    result: FileResult


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


class Indexer:
    """Writes files into ``store``; ``embedder()`` gives the embedder (built on first use)."""

    def __init__(self, settings: Settings, store: Store, embedder: Callable[[], Any]) -> None:
        self.settings = settings
        self.store = store
        self._embedder = embedder
        self.worker_cpu_s = 0.0  # CPU seconds spent in ingest worker processes (benchmarks)
        self.parsed_last = False  # whether the last ingest parsed any file (else all were settled)
        self._contest = Contest()
        self._before: dict[str, str] = {}  # the active versions when the run started

    def ingest(self, paths: Iterable[str | Path], progress: ProgressFn | None = None, workers: int | None = None,
               keep_pdf: bool = True, force: bool = False) -> list[FileResult]:
        """Ingest files and directories; one ``FileResult`` per input file, in input order."""
        files = expand_paths(paths)
        self.store.cleanup()
        reg = self.store.registry()
        self._contest, self._before = Contest(), dict(reg.active)
        results: list[FileResult | None] = [None] * len(files)
        todo, settled = self._triage(files, results, force, reg)
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

    def _triage(self, files: list[Path], results: list[FileResult | None], force: bool,
                reg: Registry) -> tuple[list[int], list[int]]:
        """Fill in the results of missing, too large and unchanged files. Returns the files to
        parse and the settled ones that count in the progress (an unreadable file does not)."""
        from ingest.parser import file_sha256, version_id

        active = {v: k for k, v in reg.active.items()}
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
                    version = version_id(file_sha256(f))
                except OSError as exc:
                    results[i] = FileResult(f.name, "error", f"ファイルを読めません（{exc.strerror}）。", "not_found")
                    continue
                if force or (version not in active and version not in reg.superseded):
                    todo.append(i)
                    continue
                if version in active:
                    results[i] = FileResult(f.name, "unchanged", "変更がないためスキップしました。")
                    # It competes with new files of the same sheet in this batch.
                    self._contest.seed(active[version], Contender(file_rank(f), version, f.name, results[i], True))
                else:
                    results[i] = FileResult(f.name, "unchanged", "変更がないためスキップしました"
                                            "（以前に取り込んだ版で、同じシートの別の版が有効です）。")
            settled.append(i)
        return todo, settled

    def _ingest_parallel(self, files: list[Path], todo: list[int], n_workers: int, keep_pdf: bool,
                         finished: Callable[[int, FileResult], None]) -> None:
        with worker_pool(n_workers) as pool:
            futures = {pool.submit(timed_worker, str(files[i]), self.settings.max_pages, self.settings): i
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
        out: list[FileResult] = []
        wins: dict[str, tuple[Path, ParseOutcome, Contender]] = {}  # key -> to switch in
        losers: dict[str, tuple[Path, ParseOutcome, str, Contender]] = {}  # version -> to record as superseded
        for path, outcome in entries:
            if not outcome.ok or outcome.parsed is None:
                out.append(FileResult(path.name, "error", outcome.message, outcome.code))
                continue
            key, res = self._key(outcome), self._result(path, outcome)
            out.append(res)
            new = Contender(file_rank(path), outcome.parsed.version, path.name, res, True)
            what, other = self._contest.enter(key, new)
            if what == "lose":
                new.written = False
                losers[new.version] = (path, outcome, key, new)
            elif what == "win":
                if other is not None and key in wins and wins[key][2] is other:  # beaten within this batch
                    other.written = False
                    losers[other.version] = (*wins[key][:2], key, other)
                wins[key] = (path, outcome, new)
        switched = {c.version for _, _, c in wins.values()}
        if wins or losers:
            self._write([self._prepare(p, o, k, c.result, True) for k, (p, o, c) in wins.items()],
                        [self._prepare(p, o, k, c.result, False) for v, (p, o, k, c) in losers.items()
                         if v not in switched], keep_pdf)
        return out

    def _write(self, prepared: list[PreparedVersion], recorded: list[PreparedVersion], keep_pdf: bool) -> None:
        """Write ``prepared`` (switched in) and ``recorded`` (superseded) under the lock."""
        store = self.store
        with store.locked():
            store.begin_many([p.version for p in prepared + recorded])
            for p in prepared:  # copied once pending: a concurrent cleanup keeps it
                p.write.record["stored_pdf"] = self._store_pdf(p.path, p.version) if keep_pdf else ""
            store.write_versions([p.write for p in prepared + recorded])
            if os.environ.get("KAIZEN_TEST_CRASH") == "before_switch":
                os._exit(3)  # test hook: die after writing, before the atomic switch
            store.activate_many([(p.key, p.version) for p in prepared], getattr(self._embedder(), "name", ""),
                                superseded=[(p.version, p.key) for p in recorded])
        for p in prepared:
            if p.result.status == "":
                before = self._before.get(p.key)
                p.result.status = "replaced" if before and before != p.version else "ingested"

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

    @staticmethod
    def _key(outcome: ParseOutcome) -> str:
        """The sheet's identity: (事業番号, 年度, stage)."""
        parsed = outcome.parsed
        assert parsed is not None
        s = parsed.sheet
        return sheet_key(s.jigyo_no or f"?{parsed.version[:8]}", parsed.fiscal_year or 0, stage_of(s.checks))

    @staticmethod
    def _result(path: Path, outcome: ParseOutcome) -> FileResult:
        parsed = outcome.parsed
        assert parsed is not None
        s = parsed.sheet
        return FileResult(path.name, "", "", "", s.jigyo_no, s.jigyo_name, parsed.fiscal_year or 0, parsed.warnings,
                          parsed.pages, len(outcome.chunks), stage_of(s.checks))

    def _prepare(self, path: Path, outcome: ParseOutcome, key: str, result: FileResult,
                 with_chunks: bool) -> PreparedVersion:
        """The writes of one version: its record, and its chunks when it is switched in."""
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
            "stored_pdf": "",
            "sha256": parsed.sha256,
            "version": version,
            "fiscal_year": fy,
            "chunks": len(chunks),
            "locations": {k: [p, list(b)] for k, (p, b) in parsed.locations.items()},
            "parser_version": chunks[0].metadata["parser_version"] if chunks else "",
            "ingested_at": _dt.datetime.now().isoformat(timespec="seconds"),
        }
        meta = {"jigyo_no": s.jigyo_no, "fiscal_year": fy, "jigyo_name": s.jigyo_name, "bukyoku": s.bukyoku,
                "version": version, "stage": stage_of(s.checks)}
        if not with_chunks:
            chunks, tokens, embeddings = [], [], []
        elif embeddings is None:
            embeddings = self._embedder().embed_documents([c.text for c in chunks]) if chunks else []
        metadatas = []
        for c, toks in zip(chunks, tokens):
            m = dict(c.metadata)
            m["quote"] = c.quote
            m["tokens"] = " ".join(toks)
            metadatas.append(m)
        write = VersionWrite(version, record, meta, [c.id for c in chunks], embeddings, [c.text for c in chunks],
                             metadatas)
        return PreparedVersion(path, version, key, write, result)

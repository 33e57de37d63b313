"""The service layer: what the CLI, the web UI, the eval and the benchmarks call.

It owns ingest (parse -> chunk -> embed -> atomic switch), the read-side
snapshot of what is indexed (sheets, chunks, the BM25 index), and the entry
points for asking and drafting. The CLI and the UI hold no parsing or retrieval
logic of their own.
"""

from __future__ import annotations

import datetime as _dt
import multiprocessing
import os
import shutil
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from ingest.form import normalize_jigyo_no, parse_year  # noqa: F401  (callers import them from here)

from .config import Settings, load_settings

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
class SheetInfo:
    jigyo_no: str
    jigyo_name: str
    bukyoku: str
    ka: str
    fiscal_year: int
    year_label: str
    pages: int
    chunks: int
    warnings: list[str]
    file: str
    version: str
    stored_pdf: str

    def to_dict(self) -> dict:
        return dict(self.__dict__)


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


def _timed_worker(path: str, max_pages: int, settings: Settings | None = None):
    """``_parse_worker`` plus the CPU seconds it used (pool workers are not our children
    under forkserver, so the benchmark cannot read their CPU time from rusage)."""
    import time

    start = time.process_time()
    outcome = _parse_worker(path, max_pages, settings)
    return outcome, time.process_time() - start


def _parse_worker(path: str, max_pages: int, settings: Settings | None = None):
    """Parse, chunk, tokenize and (with ``settings``) embed one file.

    Runs in a worker process for batches, so all CPU work happens in parallel and
    the parent only writes to the index."""
    from assistant.textproc import tokenize
    from ingest.chunks import make_chunks
    from ingest.errors import IngestError
    from ingest.parser import parse_pdf

    try:
        parsed = parse_pdf(path, max_pages=max_pages)
    except IngestError as exc:
        return ("error", exc.code, exc.message)
    except Exception as exc:  # never lose the batch to one odd file
        return ("error", "corrupt", f"読み取り中に予期しないエラーが発生しました（{type(exc).__name__}: {exc}）。")
    chunks = make_chunks(parsed, Path(path).name)
    tokens = [tokenize(c.text) for c in chunks]
    embeddings = None
    if settings is not None and chunks:
        from assistant.embeddings import make_embedder

        embeddings = make_embedder(settings).embed_documents([c.text for c in chunks])
    return ("ok", parsed, chunks, tokens, embeddings)


class Kaizen:
    """One assistant over one index (``KAIZEN_HOME`` or a Chroma server)."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or load_settings()
        self._store = None
        self._embedder = None
        self._snapshot = None
        self._lock = threading.RLock()
        self.worker_cpu_s = 0.0  # CPU seconds spent in ingest worker processes (benchmarks)

    # ------------------------------------------------------------ components
    @property
    def store(self):
        if self._store is None:
            from .store import Store

            self._store = Store(self.settings)
        return self._store

    @property
    def embedder(self):
        if self._embedder is None:
            from .embeddings import make_embedder

            self._embedder = make_embedder(self.settings)
        return self._embedder

    # ------------------------------------------------------------ ingest
    def ingest(
        self,
        paths: Iterable[str | Path],
        progress: ProgressFn | None = None,
        workers: int | None = None,
        keep_pdf: bool = True,
        force: bool = False,
    ) -> list[FileResult]:
        from ingest.parser import file_sha256, version_id

        files = expand_paths(paths)
        store = self.store
        store.cleanup()
        reg = store.registry()
        active_versions = set(reg.active.values())
        results: list[FileResult | None] = [None] * len(files)
        todo: list[int] = []
        done = 0
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
            done += 1
            if progress:
                progress(done, len(files), f.name)

        n_workers = workers or self.settings.workers or os.cpu_count() or 1
        if len(todo) >= 4 and n_workers > 1:
            # Never fork a threaded process (the web UI): a child can inherit a lock that
            # another thread held at fork time, e.g. an import lock, and hang forever.
            ctx = multiprocessing.get_context("forkserver")
            with ProcessPoolExecutor(max_workers=min(n_workers, len(todo)), mp_context=ctx) as pool:
                futures = {pool.submit(_timed_worker, str(files[i]), self.settings.max_pages, self.settings): i
                           for i in todo}
                # Commit in small batches: every Chroma write has a cost that grows with the
                # index, so one write per batch (not four per sheet) keeps 1,000+ sheets fast.
                batch: list[tuple[int, tuple]] = []
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
                            results[j] = res
                            done += 1
                            if progress:
                                progress(done, len(files), files[j].name)
                        batch = []
        else:
            for i in todo:
                results[i] = self._commit(files[i], _parse_worker(str(files[i]), self.settings.max_pages), keep_pdf)
                done += 1
                if progress:
                    progress(done, len(files), files[i].name)
        if force and todo:
            with self._lock:
                self._snapshot = None  # same versions re-parsed: reload the read side
        return [r for r in results if r is not None]

    def _commit(self, path: Path, outcome, keep_pdf: bool) -> FileResult:
        return self._commit_many([(path, outcome)], keep_pdf)[0]

    def _commit_many(self, entries: list[tuple[Path, tuple]], keep_pdf: bool) -> list[FileResult]:
        """Write several parsed files, then switch them all in one registry write.

        Same guarantees as one at a time: every version's chunks and record are written
        (and marked pending) before the switch; a crash before it leaves the previous
        versions active and the leftovers are cleaned by the next ingest."""
        out: list[FileResult | None] = [None] * len(entries)
        prepared = []
        for n, (path, outcome) in enumerate(entries):
            if outcome[0] == "error":
                out[n] = FileResult(path.name, "error", outcome[2], outcome[1])
            else:
                prepared.append((n, path, self._prepare_commit(path, outcome, keep_pdf)))
        if prepared:
            store = self.store
            store.begin_many([p["version"] for _, _, p in prepared])
            store.write_versions([p["write"] for _, _, p in prepared])
            if os.environ.get("KAIZEN_TEST_CRASH") == "before_switch":
                os._exit(3)  # test hook: die after writing, before the atomic switch
            olds = store.activate_many([(p["key"], p["version"]) for _, _, p in prepared],
                                       getattr(self.embedder, "name", ""))
            for (n, path, p), old in zip(prepared, olds):
                status = "replaced" if old and old != p["version"] else "ingested"
                out[n] = FileResult(path.name, status, "", "", *p["result"])
        return out  # type: ignore[return-value]

    def _prepare_commit(self, path: Path, outcome, keep_pdf: bool) -> dict:
        from .store import sheet_key

        _, parsed, chunks, tokens, embeddings = outcome
        s = parsed.sheet
        fy = parsed.fiscal_year or 0
        version = parsed.version
        key = sheet_key(s.jigyo_no or f"?{version[:8]}", fy)
        stored = ""
        if keep_pdf:
            pdf_dir = self.settings.home / "pdfs"
            pdf_dir.mkdir(parents=True, exist_ok=True)
            target = pdf_dir / f"{version}.pdf"
            if not target.exists():
                tmp = target.with_suffix(".part")
                shutil.copyfile(path, tmp)
                os.replace(tmp, target)
            stored = f"pdfs/{version}.pdf"
        record = {
            "sheet": s.model_dump(),
            "warnings": parsed.warnings,
            "pages": parsed.pages,
            "file": path.name,
            "stored_pdf": stored,
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
            embeddings = self.embedder.embed_documents([c.text for c in chunks]) if chunks else []
        metadatas = []
        for c, toks in zip(chunks, tokens):
            m = dict(c.metadata)
            m["quote"] = c.quote
            m["tokens"] = " ".join(toks)
            metadatas.append(m)
        return {
            "version": version,
            "key": key,
            "write": (version, record, meta, [c.id for c in chunks], embeddings, [c.text for c in chunks], metadatas),
            "result": (s.jigyo_no, s.jigyo_name, fy, parsed.warnings, parsed.pages, len(chunks)),
        }

    # ------------------------------------------------------------ read side
    def snapshot(self):
        from .snapshot import Snapshot

        with self._lock:
            if self._snapshot is None:
                self._snapshot = Snapshot(self.store, self.settings.home / "cache")
            self._snapshot.refresh()
            return self._snapshot

    def sheets(self, year: int | None = None, bukyoku: str | None = None, jigyo_no: str | None = None) -> list[SheetInfo]:
        snap = self.snapshot()
        out = []
        for version, rec in snap.records.items():
            s = rec["sheet"]
            if year and rec["fiscal_year"] != year:
                continue
            if bukyoku and bukyoku not in s["bukyoku"]:
                continue
            if jigyo_no and normalize_jigyo_no(jigyo_no) != s["jigyo_no"]:
                continue
            out.append(SheetInfo(s["jigyo_no"], s["jigyo_name"], s["bukyoku"], s["ka"], rec["fiscal_year"],
                                 s["year_label"], rec["pages"], rec["chunks"], rec["warnings"], rec["file"],
                                 version, rec.get("stored_pdf", "")))
        out.sort(key=lambda x: (x.jigyo_no, x.fiscal_year))
        return out

    def find_sheet(self, jigyo_no: str, year: int | None = None) -> dict | None:
        """The record of one sheet (newest year unless ``year``)."""
        matches = [r for r in self.snapshot().records.values()
                   if r["sheet"]["jigyo_no"] == normalize_jigyo_no(jigyo_no) and (not year or r["fiscal_year"] == year)]
        if not matches:
            return None
        return max(matches, key=lambda r: r["fiscal_year"])

    def remove(self, jigyo_no: str, year: int | None = None) -> list[str]:
        reg = self.store.registry()
        no = normalize_jigyo_no(jigyo_no)
        keys = [k for k in reg.active if k.split("|")[0] == no and (not year or k.endswith(f"|{year}"))]
        if keys:
            self.store.deactivate(keys)
        return keys

    # ------------------------------------------------------------ ask / draft
    def ask(self, question: str, **kwargs):
        """Answer a question from the sheets (see ``assistant.ask``)."""
        from .ask import answer

        return answer(self, question, **kwargs)

    def ask_stream(self, question: str, **kwargs):
        """Yield answer text pieces, then the final ``Answer`` (see ``assistant.ask``)."""
        from .ask import answer_stream

        return answer_stream(self, question, **kwargs)

    def draft(self, jigyo_no: str, **kwargs):
        """Draft next year's 事業改善の方策 (see ``assistant.drafting``)."""
        from .drafting import draft

        return draft(self, jigyo_no, **kwargs)

    def pdf_path(self, record: dict) -> Path | None:
        stored = record.get("stored_pdf")
        if not stored:
            return None
        p = self.settings.home / stored
        return p if p.exists() else None

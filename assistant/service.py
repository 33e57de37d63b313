"""The service layer: what the CLI, the web UI, the eval and the benchmarks call.

``Kaizen`` builds the parts of one assistant over one index (``KAIZEN_HOME`` or a Chroma
server) and passes them explicitly: the store, the embedder, the ingest orchestration
(``assistant.index.indexer``), the read-side snapshot (``assistant.index.snapshot``),
and the entry points for asking (``assistant.ask``) and drafting (``assistant.draft``).
The CLI and the UI hold no parsing or retrieval logic of their own.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ingest.form import normalize_jigyo_no, stage_of

from .config import Settings, load_settings

if TYPE_CHECKING:  # the parts are imported when first used: `kaizen ask` must start fast
    from .index.indexer import FileResult, ProgressFn
    from .index.store import SheetRecord


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
    stage: str = ""  # 当初要求・当初予算案・補正予算案・点検 as marked on the sheet ("" when none)
    superseded: bool = False  # replaced by another version of the same sheet (``sheets(all=True)``)

    def to_dict(self) -> dict:
        return dict(self.__dict__)


class Kaizen:
    """One assistant over one index (``KAIZEN_HOME`` or a Chroma server)."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or load_settings()
        self._store = None
        self._embedder = None
        self._indexer = None
        self._snapshot = None
        self._lock = threading.RLock()

    # ------------------------------------------------------------ components
    @property
    def store(self):
        if self._store is None:
            from .index.store import Store

            self._store = Store(self.settings)
        return self._store

    @property
    def embedder(self):
        if self._embedder is None:
            from .index.embeddings import make_embedder

            self._embedder = make_embedder(self.settings)
        return self._embedder

    @property
    def indexer(self):
        if self._indexer is None:
            from .index.indexer import Indexer

            self._indexer = Indexer(self.settings, self.store, lambda: self.embedder)
        return self._indexer

    @property
    def worker_cpu_s(self) -> float:
        """CPU seconds spent in ingest worker processes (benchmarks)."""
        return self._indexer.worker_cpu_s if self._indexer is not None else 0.0

    # ------------------------------------------------------------ ingest
    def ingest(
        self,
        paths: Iterable[str | Path],
        progress: ProgressFn | None = None,
        workers: int | None = None,
        keep_pdf: bool = True,
        force: bool = False,
    ) -> list[FileResult]:
        """Parse, chunk, embed and switch in PDFs (see ``assistant.index.indexer``)."""
        indexer = self.indexer
        results = indexer.ingest(paths, progress=progress, workers=workers, keep_pdf=keep_pdf, force=force)
        if force and indexer.parsed_last:
            with self._lock:
                self._snapshot = None  # same versions re-parsed: reload the read side
        return results

    # ------------------------------------------------------------ read side
    def snapshot(self):
        from .index.snapshot import Snapshot

        with self._lock:
            if self._snapshot is None:
                self._snapshot = Snapshot(self.store, self.settings.home / "cache")
            self._snapshot.refresh()
            return self._snapshot

    def sheets(self, year: int | None = None, bukyoku: str | None = None, jigyo_no: str | None = None,
               all: bool = False) -> list[SheetInfo]:
        """The active sheets (with ``all``, also the versions other files replaced)."""
        records = dict(self.snapshot().records)
        old: set[str] = set()
        if all:
            old = set(self.store.registry().superseded) - set(records)
            records.update(self.store.sheet_records(sorted(old)))
        out = []
        for version, rec in records.items():
            s = rec["sheet"]
            if year and rec["fiscal_year"] != year:
                continue
            if bukyoku and bukyoku not in s["bukyoku"]:
                continue
            if jigyo_no and normalize_jigyo_no(jigyo_no) != s["jigyo_no"]:
                continue
            out.append(SheetInfo(s["jigyo_no"], s["jigyo_name"], s["bukyoku"], s["ka"], rec["fiscal_year"],
                                 s["year_label"], rec["pages"], rec["chunks"], rec["warnings"], rec["file"],
                                 version, "" if version in old else rec.get("stored_pdf", ""),
                                 stage_of(s.get("checks", "")), version in old))
        out.sort(key=lambda x: (x.jigyo_no, x.fiscal_year, x.stage, x.superseded, x.file))
        return out

    def find_sheet(self, jigyo_no: str, year: int | None = None) -> SheetRecord | None:
        """The record of one sheet (newest year unless ``year``)."""
        matches = [r for r in self.snapshot().records.values()
                   if r["sheet"]["jigyo_no"] == normalize_jigyo_no(jigyo_no) and (not year or r["fiscal_year"] == year)]
        if not matches:
            return None
        return max(matches, key=lambda r: r["fiscal_year"])

    def remove(self, jigyo_no: str, year: int | None = None) -> list[str]:
        """Remove the sheets of a 事業 (of one year), every stage, with their superseded versions."""
        from .index.store import parse_key

        reg = self.store.registry()
        no = normalize_jigyo_no(jigyo_no)
        keys = [k for k in reg.active if parse_key(k)[0] == no and (not year or parse_key(k)[1] == year)]
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
        """Draft next year's 事業改善の方策 (see ``assistant.draft``)."""
        from .draft import draft

        return draft(self, jigyo_no, **kwargs)

    def pdf_path(self, record: SheetRecord) -> Path | None:
        stored = record.get("stored_pdf")
        if not stored:
            return None
        p = self.settings.home / stored
        return p if p.exists() else None

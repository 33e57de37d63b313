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
        if indexer.parsed_last:
            self.lay_out(relayout=force)
        return results

    def lay_out(self, relayout: bool = False) -> None:
        """Lay the new generation out as the read side now (in proportion to what changed), names'
        vectors included, so the next question (any process's) starts from it.
        ``relayout``: the same versions were re-parsed, lay everything out again."""
        from .query.catalogue import catalogue

        with self._lock:
            snap = self.snapshot()
            if relayout:
                snap.refresh(relayout=True)
        catalogue(snap, self.embedder).vectors()

    # ------------------------------------------------------------ read side
    def snapshot(self):
        from .index.snapshot import Snapshot

        with self._lock:
            if self._snapshot is None:
                # Chroma is opened only when the read side must be laid out (``Snapshot.refresh``).
                self._snapshot = Snapshot(lambda: self.store, self.settings.home / "cache", self.settings)
            self._snapshot.refresh()
            return self._snapshot

    def sheets(self, year: int | None = None, bukyoku: str | None = None, jigyo_no: str | None = None,
               all: bool = False) -> list[SheetInfo]:
        """The active sheets (with ``all``, also the versions other files replaced).

        Active sheets come from the read side's summaries (no record is parsed to list them), their
        stage from the registry key; superseded versions (``all``) are read from the store."""
        from .index.store import parse_key

        reg = self.store.registry()
        stage = {v: parse_key(k)[2] for k, v in reg.active.items()}

        def wanted(fy: int, buk: str, no: str) -> bool:
            return not ((year and fy != year) or (bukyoku and bukyoku not in buk)
                        or (jigyo_no and normalize_jigyo_no(jigyo_no) != no))

        out = []
        rows = list(self.snapshot().sheet_rows)
        for r in rows:
            if wanted(r.fiscal_year, r.bukyoku, r.jigyo_no):
                out.append(SheetInfo(r.jigyo_no, r.jigyo_name, r.bukyoku, r.ka, r.fiscal_year, r.year_label, r.pages,
                                     r.chunks, r.warnings, r.file, r.version, r.stored_pdf or "",
                                     stage.get(r.version, "")))
        if all:
            old = sorted(set(reg.superseded) - {r.version for r in rows})
            for version, rec in self.store.sheet_records(old).items():
                s = rec["sheet"]
                if wanted(rec["fiscal_year"], s["bukyoku"], s["jigyo_no"]):
                    out.append(SheetInfo(s["jigyo_no"], s["jigyo_name"], s["bukyoku"], s["ka"], rec["fiscal_year"],
                                         s["year_label"], rec["pages"], rec["chunks"], rec["warnings"], rec["file"],
                                         version, "", stage_of(s.get("checks", "")), True))
        out.sort(key=lambda x: (x.jigyo_no, x.fiscal_year, x.stage, x.superseded, x.file))
        return out

    def find_sheet(self, jigyo_no: str, year: int | None = None) -> SheetRecord | None:
        """The record of one sheet (newest year unless ``year``)."""
        snap = self.snapshot()
        matches = [r for r in snap.versions_of(normalize_jigyo_no(jigyo_no)) if not year or r.fiscal_year == year]
        if not matches:
            return None
        return snap.records[max(matches, key=lambda r: r.fiscal_year).version]

    def remove(self, jigyo_no: str, year: int | None = None) -> list[str]:
        """Remove the sheets of a 事業 (of one year), every stage, with their superseded versions."""
        from .index.store import parse_key

        reg = self.store.registry()
        no = normalize_jigyo_no(jigyo_no)
        keys = [k for k in reg.active if parse_key(k)[0] == no and (not year or parse_key(k)[1] == year)]
        if keys:
            self.store.deactivate(keys)
        return keys

    def warm_up(self):
        """Do now what the first question would wait for: pin the read side, map the word,
        name and chunk vectors, load Sudachi (one offline answer, returned, not shown; None
        when it failed)."""
        try:
            return self.ask("事業の成果指標の達成状況は？")
        except Exception:  # noqa: BLE001 - a warm-up never stops the server; the question will report it
            return None

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

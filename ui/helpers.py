"""Pure helpers of the web UI (no gradio): labels, citation formatting, safe uploads.

Kept apart from ``ui.app`` so they can be used and tested without importing gradio.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from ingest.form import SEC_DETAIL, SEC_HEADER, SEC_ISSUES, SEC_MEASURES, SECTION_TITLES, year_label

SAMPLES_DIR = Path(__file__).resolve().parents[1] / "samples"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
PDF_MAGIC = b"%PDF-"
MARKS = "①②③④⑤⑥⑦⑧⑨⑩"


# ------------------------------------------------------------------ labels
def wareki(fiscal_year: int | None) -> str:
    """2024 -> 令和6年度 (2019 -> 令和元年度); 0/None -> 年度不明."""
    if not fiscal_year:
        return "年度不明"
    return year_label(fiscal_year, gannen=True)


def mark(indicator) -> str:
    try:
        n = int(indicator or 0)
    except (TypeError, ValueError):
        return ""
    return MARKS[n - 1] if 1 <= n <= len(MARKS) else (f"({n})" if n else "")


def section_label(c: dict) -> str:
    """``8 成果指標の達成状況に関する要因分析 ③ ＮＰＯセミナー参加者満足度``."""
    sec = str(c.get("section") or "")
    title = c.get("section_title") or ""
    if sec == SEC_DETAIL:
        head = title or SECTION_TITLES[SEC_DETAIL]
    elif sec == SEC_HEADER:
        head = title  # the lines above section 1 have no number
    elif sec in (SEC_ISSUES, SEC_MEASURES):
        head = f"9 ({sec[-1]}) {title}".strip()
    else:
        head = f"{sec} {title}".strip()
    ind = c.get("indicator")
    if ind:
        name = c.get("indicator_name") or ""
        head += f" {mark(ind)} {name}".rstrip()
    return head


def citation_label(c: dict) -> str:
    """One line naming a citation, e.g. for the source picker."""
    return (f"[{c.get('n', '?')}] {c.get('jigyo_name', '')}（{wareki(c.get('fiscal_year'))}）"
            f" {section_label(c)}・{c.get('page', '?')}ページ")


def shorten(text: str, limit: int = 150) -> str:
    text = re.sub(r"\s*\n\s*", " ", (text or "").strip())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def sources_markdown(citations: list[dict], quote_limit: int = 150) -> str:
    """The sources block shown under an answer in the chat."""
    if not citations:
        return ""
    lines = [f"\n\n**根拠（{len(citations)}件）** ― 右の「根拠の原本」で該当箇所をシート上に表示できます。\n"]
    for c in citations:
        lines.append(
            f"**[{c.get('n', '?')}] {c.get('jigyo_name', '')}**　事業番号 {c.get('jigyo_no', '')}・"
            f"{wareki(c.get('fiscal_year'))}・{section_label(c)}・{c.get('page', '?')}ページ\n"
            f"> {shorten(c.get('quote', ''), quote_limit)}\n"
        )
    return "\n".join(lines)


def source_detail_markdown(c: dict) -> str:
    quote = (c.get("quote") or "").strip()
    quoted = "\n".join(f"> {line}" if line.strip() else ">" for line in quote.splitlines()) or "> （引用なし）"
    return (
        f"### [{c.get('n', '?')}] {c.get('jigyo_name', '')}\n"
        f"事業番号 **{c.get('jigyo_no', '')}**・**{wareki(c.get('fiscal_year'))}**・"
        f"{section_label(c)}・**{c.get('page', '?')}ページ**\n\n{quoted}\n"
    )


# ------------------------------------------------------------------ uploads
@dataclass
class UploadCheck:
    """One uploaded file after the safety checks (``stored`` is set when it passed)."""

    name: str
    error: str = ""
    stored: Path | None = None


def safe_name(name: str) -> str:
    """A file name safe to create under the uploads directory (no separators, no dots first)."""
    base = unicodedata.normalize("NFKC", os.path.basename(str(name).replace("\\", "/")))
    base = re.sub(r"[^\w.\-（）()・ー]", "_", base).strip("._ ")
    stem = base[:-4] if base.lower().endswith(".pdf") else base
    stem = stem[:80] or "upload"
    return f"{stem}.pdf"


def is_pdf(path: Path) -> bool:
    """By content: the file starts with ``%PDF-`` (after optional whitespace/BOM)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except OSError:
        return False
    return head.lstrip(b"\xef\xbb\xbf \t\r\n\x00").startswith(PDF_MAGIC)


class Uploads(NamedTuple):
    """Per-file checks of an upload, and the error of the whole batch ("" when none)."""

    checks: list[UploadCheck]
    batch_error: str


def check_and_store_uploads(paths: list[tuple[Path, str]], uploads_dir: Path, max_mb: int,
                            max_files: int) -> Uploads:
    """Check uploaded files (PDF by content, size, count) and copy the good ones under ``uploads_dir``.

    ``paths``: (temporary path, original name). Returns (per-file checks, batch error).
    A batch error (too many files) stores nothing.
    """
    if not paths:
        return Uploads([], "PDFファイルを選んでください。")
    if len(paths) > max_files:
        return Uploads([UploadCheck(n, "一度に取り込めるのは最大{}ファイルです。".format(max_files)) for _, n in paths],
                       f"ファイルが多すぎます（{len(paths)}件）。一度に取り込めるのは最大{max_files}ファイルです。")
    uploads_dir.mkdir(parents=True, exist_ok=True)
    out: list[UploadCheck] = []
    for tmp, name in paths:
        tmp = Path(tmp)
        shown = os.path.basename(str(name).replace("\\", "/")) or "（名前なし）"
        try:
            size = tmp.stat().st_size
        except OSError:
            out.append(UploadCheck(shown, "アップロードされたファイルを読めませんでした。もう一度お試しください。"))
            continue
        if size == 0:
            out.append(UploadCheck(shown, "ファイルが空です。"))
            continue
        if size > max_mb * 1024 * 1024:
            out.append(UploadCheck(shown, f"ファイルが大きすぎます（{size / 1024 / 1024:.1f}MB、上限{max_mb}MB）。"))
            continue
        if not is_pdf(tmp):
            out.append(UploadCheck(shown, "PDFファイルではありません（内容がPDF形式ではありません）。"))
            continue
        digest = hashlib.sha256(tmp.read_bytes()).hexdigest()[:16]
        # uploads/<content hash>/<sanitised original name>: the sheet keeps its own file name.
        target = uploads_dir / digest / safe_name(shown)
        # Belt and braces: the target must stay inside uploads_dir.
        if target.resolve().parent.parent != uploads_dir.resolve():
            out.append(UploadCheck(shown, "ファイル名が不正です。"))
            continue
        target.parent.mkdir(exist_ok=True)
        if not target.exists():
            part = target.with_name(target.name + ".part")
            shutil.copyfile(tmp, part)
            os.replace(part, target)
        out.append(UploadCheck(shown, "", target))
    return Uploads(out, "")


# ------------------------------------------------------------------ first start
@dataclass
class BootState:
    """Progress of the first-start ingest of the bundled samples."""

    running: bool = False
    done: int = 0
    total: int = 0
    name: str = ""
    finished: bool = False
    error: str = ""
    results: list = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def banner(self) -> str:
        if self.running:
            pct = int(100 * self.done / self.total) if self.total else 0
            return (f"初回起動のため、サンプルのシートを取り込んでいます… {self.done}/{self.total or '?'}件（{pct}%）"
                    f"{'　' + self.name if self.name else ''}")
        if self.error:
            return f"サンプルの取り込みに失敗しました: {self.error}"
        return ""


def start_sample_ingest(svc, state: BootState, samples_dir: Path = SAMPLES_DIR) -> bool:
    """If the index was never used and samples exist, ingest them in a background thread. True if started.

    An index whose sheets were all removed on purpose stays empty (its registry generation is > 0).
    """
    pdfs = sorted(samples_dir.glob("*.pdf")) if samples_dir.is_dir() else []
    if not pdfs or len(svc.snapshot()) > 0 or svc.store.registry().generation > 0:
        return False
    state.running, state.total = True, len(pdfs)

    def progress(done: int, total: int, name: str) -> None:
        state.done, state.total, state.name = done, total, name

    def run() -> None:
        try:
            state.results = svc.ingest(pdfs, progress=progress)
        except Exception as exc:  # shown in the banner
            state.error = f"{type(exc).__name__}: {exc}"
        finally:
            state.running = False
            state.finished = True

    threading.Thread(target=run, name="kaizen-sample-ingest", daemon=True).start()
    return True

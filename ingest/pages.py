"""Reading the pages of a sheet PDF: opening it safely (each failure a Japanese
``IngestError``), chars without overprinted duplicates, lines, tables and vertical rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

from .errors import IngestError
from .form import nfkc
from .layout import BBox, Line, build_lines, cell_text, lines_in


def squash(text: str) -> str:
    return re.sub(r"[\s\u3000]+", "", nfkc(text))


@dataclass
class Area:
    """A part of a section on one page."""

    page: int  # 1-based
    bbox: BBox


@dataclass
class Page:
    no: int
    width: float
    height: float
    chars: list[dict]
    tables: list  # pdfplumber Table
    landscape: bool
    header_bottom: float = 0.0
    lines: list[Line] = field(default_factory=list)
    edges_right: float = 0.0
    v_edges: list[float] = field(default_factory=list)


def table_cells_text(page: Page, table) -> list[list[str | None]]:
    return [[None if c is None else cell_text(page.chars, c) for c in row.cells] for row in table.rows]


def open_pdf(path: Path, max_pages: int):
    if not path.exists():
        raise IngestError("not_found")
    size = path.stat().st_size
    if size == 0:
        raise IngestError("empty")
    with open(path, "rb") as f:
        head = f.read(1024)
    if b"%PDF-" not in head:
        raise IngestError("not_pdf")
    try:
        pdf = pdfplumber.open(path)
        n = len(pdf.pages)
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise IngestError("encrypted") from exc
    except Exception as exc:  # pdfminer raises many kinds on broken files
        cause = exc.args[0] if exc.args else None
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)) or "password" in repr(exc).lower():
            raise IngestError("encrypted") from exc
        raise IngestError("corrupt") from exc
    if n == 0:
        pdf.close()
        raise IngestError("empty")
    if n > max_pages:
        pdf.close()
        raise IngestError("too_many_pages", pages=n, limit=max_pages)
    return pdf


def dedupe(chars: list[dict]) -> list[dict]:
    """Drop overprinted duplicates (fake bold): same text at the same place."""
    seen: set[tuple] = set()
    out = []
    for c in chars:
        key = (c["text"], round(c["x0"]), round(c["top"]))
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def load_pages(pdf) -> list[Page]:
    pages = []
    for i, p in enumerate(pdf.pages):
        try:
            chars = dedupe([c for c in p.chars if c.get("text")])
            tables = p.find_tables()
            edges = [e for e in p.edges if e["orientation"] == "v"]
        except Exception as exc:
            raise IngestError("corrupt") from exc
        page = Page(
            no=i + 1,
            width=float(p.width),
            height=float(p.height),
            chars=chars,
            tables=tables,
            landscape=p.width > p.height,
        )
        page.lines = build_lines(chars)
        page.edges_right = max((e["x0"] for e in edges), default=page.width - 28)
        page.v_edges = sorted({round(e["x0"], 1) for e in edges})
        pages.append(page)
    return pages


def with_blanks(page: Page, ln: Line) -> list[dict]:
    """The chars of a line including blank chars (spaces) between its visible chars."""
    inner = [
        c for c in page.chars
        if abs(c["top"] - ln.top) < 0.6 * ln.size and ln.x0 - 0.1 <= c["x0"] <= ln.x1 + 0.1
    ]
    return sorted(inner, key=lambda c: c["x0"])


def amount(page: Page, bbox: BBox | None) -> str:
    """A 決算額 cell: the figure without its printed unit line (千円)."""
    if bbox is None:
        return ""
    lines = [ln for ln in lines_in(page.chars, bbox) if squash(ln.text) not in ("千円", "(千円)")]
    text = "".join(ln.text for ln in lines).strip()
    return re.sub(r"\s*千円$", "", text)

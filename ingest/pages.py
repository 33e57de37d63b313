"""Reading the pages of a sheet PDF: opening it safely (each failure a Japanese
``IngestError``), chars without overprinted duplicates, lines, tables and vertical rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
from pdfplumber.page import DerivedPage
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


# Geometry is snapped to this many decimals of a point: far below anything visible, far above
# the float noise of a rotation matrix.
SNAP_DECIMALS = 3
_COORDS = ("x0", "x1", "y0", "y1", "top", "bottom", "doctop", "width", "height")


def snap_object(obj: dict) -> dict:
    """``obj`` with its coordinates rounded to ``SNAP_DECIMALS`` and a line that is straight
    up to that precision made exactly horizontal or vertical.

    pdfminer already maps every object into the displayed orientation of a page stored with
    ``/Rotate`` (90, 180, 270, also when inherited from the page tree), and pdfplumber's
    page size is the displayed one. But the rotation matrix leaves noise such as
    ``cos(90°) = 6e-17``: a ruled line then has ``top != bottom`` by 1e-14 (pdfplumber calls a
    line whose top and bottom differ vertical), a drawn rectangle is no longer exact and
    becomes a curve whose sides have no orientation, and the table finder loses the grid.
    """
    out = dict(obj)
    for k in _COORDS:
        v = out.get(k)
        if isinstance(v, (int, float)):
            out[k] = round(float(v), SNAP_DECIMALS) + 0.0
    if isinstance(out.get("pts"), list):
        out["pts"] = [(round(float(x), SNAP_DECIMALS) + 0.0, round(float(y), SNAP_DECIMALS) + 0.0) for x, y in out["pts"]]
    if out.get("object_type") == "line" and all(k in out for k in ("x0", "x1", "top", "bottom")):
        if out["bottom"] - out["top"] < 10 ** -SNAP_DECIMALS * 2 < out["x1"] - out["x0"]:
            out["bottom"] = out["top"]
            out["height"] = 0.0
            if "y0" in out and "y1" in out:
                out["y0"] = out["y1"]
        elif out["x1"] - out["x0"] < 10 ** -SNAP_DECIMALS * 2 < out["bottom"] - out["top"]:
            out["x1"] = out["x0"]
            out["width"] = 0.0
        if out.get("pts"):
            out["pts"] = _straighten(out["pts"])
    elif out.get("object_type") == "curve" and out.get("pts"):
        out["pts"] = _straighten(out["pts"])
    return out


def _straighten(pts: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Consecutive points that differ by less than the snap precision on one axis share it."""
    eps = 10 ** -SNAP_DECIMALS * 2
    out = [pts[0]]
    for x, y in pts[1:]:
        px, py = out[-1]
        out.append((px if abs(x - px) < eps else x, py if abs(y - py) < eps else y))
    return out


def displayed_area(p) -> tuple[float, float, float, float]:
    """The part of pdfplumber page ``p`` that a viewer shows, in ``p``'s own coordinates
    (x0, top, x1, bottom): the CropBox (clipped to the MediaBox), turned by ``/Rotate``.

    pdfplumber places objects relative to the MediaBox, and its own ``cropbox`` is only right
    on upright pages (on a turned page it swaps x and y without turning). So the CropBox's
    corners are mapped as pdfminer and pdfplumber map every object: pdfminer's page matrix for
    the rotation (``PDFPageInterpreter.process_page``), then pdfplumber's MediaBox offsets
    (``Page.process_object``).
    """
    mx0, my0, mx1, my1 = (float(v) for v in p.page_obj.mediabox)
    cx0, cy0, cx1, cy1 = (float(v) for v in p.page_obj.cropbox)
    cx0, cx1 = sorted((cx0, cx1))
    cy0, cy1 = sorted((cy0, cy1))
    lo_x, hi_x = sorted((mx0, mx1))
    lo_y, hi_y = sorted((my0, my1))
    cx0, cy0, cx1, cy1 = max(cx0, lo_x), max(cy0, lo_y), min(cx1, hi_x), min(cy1, hi_y)
    if cx1 <= cx0 or cy1 <= cy0:  # a CropBox outside the MediaBox: show the MediaBox
        cx0, cy0, cx1, cy1 = lo_x, lo_y, hi_x, hi_y
    root = p.root_page

    def place(x: float, y: float) -> tuple[float, float]:
        X, Y = {0: (x - mx0, y - my0), 90: (y - my0, mx1 - x), 180: (mx1 - x, my1 - y),
                270: (my1 - y, x - mx0)}[p.rotation]
        return X + root.mediabox[0], (root.height - Y) + root.mediabox[1]

    (ax, at), (bx, bt) = place(cx0, cy0), place(cx1, cy1)
    return min(ax, bx), min(at, bt), max(ax, bx), max(at, bt)


def _moved(obj: dict, dx: float, dtop: float, height: float) -> dict:
    """``obj`` moved by (-dx, -dtop): into a page whose top-left is (dx, dtop)."""
    out = dict(obj)
    for k in ("x0", "x1"):
        if k in out:
            out[k] = out[k] - dx
    for k in ("top", "bottom", "doctop"):
        if k in out:
            out[k] = out[k] - dtop
    if "top" in out and "bottom" in out and "y0" in out:
        out["y0"], out["y1"] = height - out["bottom"], height - out["top"]
    if isinstance(out.get("pts"), list):
        out["pts"] = [(x - dx, y - dtop) for x, y in out["pts"]]
    if isinstance(out.get("path"), list):
        out["path"] = [(cmd, *((x - dx, y - dtop) for x, y in pts)) for cmd, *pts in out["path"]]
    return out


def _shown(obj: dict, area: tuple[float, float, float, float]) -> bool:
    """Whether ``obj`` lies at least partly inside ``area`` (what is wholly outside the
    CropBox is not displayed, so it is not part of the sheet)."""
    if not all(k in obj for k in ("x0", "x1", "top", "bottom")):
        return True
    x0, top, x1, bottom = area
    eps = 10 ** -SNAP_DECIMALS
    return obj["x1"] >= x0 - eps and obj["x0"] <= x1 + eps and obj["bottom"] >= top - eps and obj["top"] <= bottom + eps


class DisplayedPage(DerivedPage):
    """A pdfplumber page as it is displayed: its CropBox turned by ``/Rotate``, with the
    origin at the displayed top-left corner, holding the objects shown there with snapped
    geometry (see ``snap_object``). Layout, table finding and the citations' boxes all use
    these coordinates, which are also those of the rendered page image."""

    def __init__(self, parent_page, area: tuple[float, float, float, float] | None = None) -> None:
        self.area = area or displayed_area(parent_page)
        x0, top, x1, bottom = self.area
        self.bbox = (0.0, 0.0, x1 - x0, bottom - top)
        super().__init__(parent_page)

    @property
    def objects(self) -> dict[str, list[dict]]:
        if hasattr(self, "_objects"):
            return self._objects
        x0, top, _, _ = self.area
        height = self.bbox[3]
        self._objects = {
            k: [snap_object(_moved(o, x0, top, height)) for o in v if _shown(o, self.area)]
            for k, v in self.parent_page.objects.items()
        }
        return self._objects


def displayed(p):
    """``p`` as layout analysis needs it: unchanged when it is upright and shown whole (its
    CropBox is its MediaBox), else a ``DisplayedPage``."""
    area = displayed_area(p)
    if not p.rotation % 360 and max(abs(a - b) for a, b in zip(area, p.bbox)) < 1e-6:
        return p
    return DisplayedPage(p, area)


def load_pages(pdf) -> list[Page]:
    pages = []
    for i, p in enumerate(pdf.pages):
        try:
            p = displayed(p)
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

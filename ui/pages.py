"""Page images of stored sheet PDFs with the cited region highlighted (PNG).

A citation (``kaizen ask --json`` contract) names ``jigyo_no``, ``fiscal_year``,
``page`` (1-based) and ``bbox`` ("x0,top,x1,bottom" in PDF points from the top-left corner of
the page as displayed: its CropBox, turned by ``/Rotate``; see ``ingest.pages.DisplayedPage``).
The page image is that displayed page, so the box lands at ``bbox`` × resolution / 72 pixels.
The PDF comes from the index (``svc.pdf_path(record)``), never from a path the browser sent.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

_RENDER_LOCK = threading.Lock()  # pdfium is not thread-safe


def parse_bbox(bbox) -> tuple[float, float, float, float] | None:
    """``"x0,top,x1,bottom"`` or a 4-sequence -> floats; None when absent or malformed."""
    if bbox is None or bbox == "":
        return None
    try:
        if isinstance(bbox, str):
            parts = [float(p) for p in bbox.replace(" ", "").split(",")]
        else:
            parts = [float(p) for p in bbox]
    except (TypeError, ValueError):
        return None
    if len(parts) != 4:
        return None
    x0, top, x1, bottom = parts
    if x1 <= x0 or bottom <= top:
        return None
    return x0, top, x1, bottom


def _highlight(im, box: tuple[float, float, float, float], scale: float, pad: float = 3) -> None:
    """Box ``box`` (points, displayed page) on ``im`` (pixels = points × ``scale``)."""
    from PIL import ImageDraw

    x0, top, x1, bottom = box
    w, h = im.size
    rect = (max(0.0, (x0 - pad) * scale), max(0.0, (top - pad) * scale),
            min(w - 1.0, (x1 + pad) * scale), min(h - 1.0, (bottom + pad) * scale))
    ImageDraw.Draw(im, "RGBA").rectangle(rect, fill=(255, 214, 0, 70), outline=(220, 38, 38), width=4)


def render_page(pdf: Path, page: int, bbox=None, resolution: int = 110, out_dir: Path | None = None) -> Path:
    """Render ``page`` (1-based) of ``pdf`` to a PNG with ``bbox`` highlighted; returns the PNG path.

    Images are cached on disk under ``out_dir`` by (file, page, box, resolution).
    """
    pdf = Path(pdf)
    box = parse_bbox(bbox)
    key = hashlib.sha1(f"{pdf.resolve()}|{pdf.stat().st_mtime_ns}|{page}|{box}|{resolution}".encode()).hexdigest()[:20]
    out_dir = Path(out_dir) if out_dir else pdf.parent.parent / "page-images"
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{key}.png"
    if out.exists():
        return out
    import pdfplumber

    with _RENDER_LOCK, pdfplumber.open(pdf) as doc:
        if not 1 <= page <= len(doc.pages):
            raise ValueError(f"ページ {page} はこのPDFにありません（全{len(doc.pages)}ページ）。")
        # pdfium renders the displayed page (CropBox, turned); pdfplumber's own drawing would
        # place the box relative to its CropBox, which is off on turned pages with a CropBox
        im = doc.pages[page - 1].to_image(resolution=resolution).original.copy()
        if box:
            _highlight(im, box, resolution / 72)
        tmp = out.with_suffix(".part.png")
        im.save(tmp, format="PNG")
        tmp.replace(out)
    return out

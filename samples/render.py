"""Render 事業改善シート JSON (SHEET_SCHEMA.md) into PDFs laid out like the real form.

The layout copies the reference sheet (LibreOffice export of the Nagano Excel form):
pp.1-2 A4 portrait (sections 1-6, then 7-9), last page A4 landscape (細事業一覧).
Every page starts with the same header (事業番号 box, title, checkbox line,
事業名/部局/課・室 row).  Text boxes use a 9 pt font with a 9 pt pitch inside one
item (wrapped or explicit "\\n" lines) and a 12 pt pitch between items.  Tables are
drawn as individual 0.75 pt line segments over light-grey label fills, like the
Excel export, so ``pdfplumber``'s ``find_tables`` finds the same tables.

``render_sheet`` renders one sheet (this module); ``samples.corpus.generate_corpus`` makes
many varied sheets (with their source JSON) for benchmarks. The parts: ``samples.page``
(geometry, font, wrapping, drawing), ``samples.blocks`` (header, sections 4/5/6/8),
``samples.flow`` (page layout, the 細事業一覧 pages). ``rotate`` writes the same sheet with its
pages stored rotated (``samples.rotate``), as some PDF printers and tools store them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.pdfgen import canvas as rl_canvas

from .flow import Flow, draw_detail_pages, portrait_part1, portrait_part2
from .fonts import conforming_tounicode
from .page import BODY_SIZE, PORTRAIT, _as_dict, register_font, text_w, wrap  # noqa: F401  (BODY_SIZE, text_w, wrap re-exported)
from .rotate import rotate_pdf


def render_sheet(sheet: Any, out_path: Path, rotate: int = 0, *, landscape_only: bool = False,
                 inherited: bool = False) -> Path:
    """Render one sheet (dict in SHEET_SCHEMA shape, or ``Sheet``) to ``out_path``.

    ``rotate`` (90, 180, 270; 0 = upright): pages are stored turned with ``/Rotate rotate``,
    so they display as the upright rendering; ``landscape_only`` turns only the landscape
    細事業一覧 pages, ``inherited`` puts ``/Rotate`` on the page tree (see ``rotate_pdf``).
    """
    register_font()
    s = _as_dict(sheet)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    c = rl_canvas.Canvas(str(out_path), pagesize=PORTRAIT, invariant=1, pageCompression=1)
    title = f"{s.get('jigyo_no', '')} {s.get('jigyo_name', '')}（{s.get('year_label', '')}）"
    c.setTitle(title)
    c.setAuthor("kaizen-assistant samplegen")
    c.setCreator("kaizen-assistant samplegen")
    c.setProducer("ReportLab")
    flow = Flow(c, s)
    flow.new_page(first=True)
    flow.place(portrait_part1(s))
    flow.new_page()
    flow.place(portrait_part2(s))
    flow.finish()
    draw_detail_pages(c, s)
    with conforming_tounicode():
        c.save()
    if rotate:
        rotate_pdf(out_path, out_path, rotate, landscape_only=landscape_only, inherited=inherited)
    return out_path



"""Pages stored rotated: the sample renderer's ``rotate`` flag (issue 16).

Some PDF printers store a landscape page as a portrait page whose content is turned, with
``/Rotate 90`` telling the viewer to turn it back; other tools set ``/Rotate`` on the page
tree (inherited by every page) instead of on each page. ``rotate_pdf`` writes such a file
from any sheet PDF (ours or the LibreOffice reference): the content of each chosen page is
stored turned by ``degrees`` counter-clockwise and ``/Rotate degrees`` is set, so a viewer
(which turns the page clockwise) shows exactly the source page. The parser must read the
displayed page; these files are how the tests prove it.

pypdf does the rewriting (reportlab cannot put ``/Rotate`` on the page tree). The output is
deterministic: the source's document id and metadata are kept.
"""

from __future__ import annotations

import os
from pathlib import Path

ANGLES = (90, 180, 270)


def store_rotated(page, degrees: int) -> None:
    """Store pypdf ``page``'s content turned by ``degrees`` counter-clockwise and set
    ``/Rotate degrees`` so that a viewer (which turns it clockwise) shows the original page.
    The page boxes become one MediaBox at the origin (the turned MediaBox of the source)."""
    from pypdf import Transformation

    if degrees not in ANGLES:
        raise ValueError(f"rotation must be one of {ANGLES}, not {degrees}")
    x0, y0 = float(page.mediabox.left), float(page.mediabox.bottom)
    w, h = float(page.mediabox.width), float(page.mediabox.height)
    move = Transformation().translate(-x0, -y0).rotate(degrees)
    move = move.translate(*{90: (h, 0), 180: (w, h), 270: (0, w)}[degrees])
    page.add_transformation(move)
    size = (h, w) if degrees in (90, 270) else (w, h)
    page.mediabox.lower_left = (0, 0)
    page.mediabox.upper_right = size
    for box in ("/CropBox", "/TrimBox", "/BleedBox", "/ArtBox"):
        if box in page:
            del page[box]
    page.rotate(degrees)


def rotate_pdf(src: Path, dest: Path, degrees: int, *, landscape_only: bool = False,
               inherited: bool = False) -> Path:
    """Write ``src`` to ``dest`` (may be the same file) with pages stored rotated.

    ``landscape_only``: only landscape pages are stored turned (portrait + ``/Rotate``, as PDF
    printers write them); ``inherited``: ``/Rotate`` is set on the page tree, not on the pages.
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, NumberObject

    if landscape_only and inherited:
        raise ValueError("an inherited /Rotate applies to every page: landscape_only cannot be used with it")
    if any(p.rotation % 360 for p in PdfReader(src).pages):
        raise ValueError(f"{src} already has rotated pages")
    writer = PdfWriter(clone_from=src)
    for page in writer.pages:
        if landscape_only and page.mediabox.width <= page.mediabox.height:
            continue
        store_rotated(page, degrees)
        if inherited:
            del page[NameObject("/Rotate")]
    if inherited:
        writer.root_object["/Pages"].get_object()[NameObject("/Rotate")] = NumberObject(degrees)
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    writer.write(tmp)
    os.replace(tmp, dest)
    return dest

"""Rewrites of a sheet PDF as other tools write them: Ghostscript, mutool, B5 fit, a MediaBox
larger than the CropBox, and pages stored rotated with ``/Rotate`` (on the page or inherited
from the page tree). The displayed pages stay those of the source."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.generic import NameObject, NumberObject

# name -> what it does; the rotated ones are made with pypdf, the others with Debian tools
VARIANTS = {
    "gs": "re-distilled by Ghostscript (gs -sDEVICE=pdfwrite)",
    "mutool": "cleaned and recompressed (mutool clean -gggg -z)",
    "b5": "fit to B5 (gs -sPAPERSIZE=b5 -dFIXEDMEDIA -dPDFFitPage)",
    "gs_legacy": "re-distilled by Ghostscript with its legacy PDF interpreter (-dNEWPDF=false)",
    "b5_legacy": "fit to B5 by Ghostscript with its legacy PDF interpreter (-dNEWPDF=false)",
    "cropbox": "MediaBox larger than the CropBox (origin shifted)",
    "rot90": "landscape pages stored as portrait + /Rotate 90",
    "rot180": "every page stored upside down + /Rotate 180",
    "rot270": "every page stored turned + /Rotate 270 (portrait pages too)",
    "inherited": "every page stored turned, /Rotate 90 set on the page tree, not the page",
}

_GS = ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite"]


def store_rotated(page, rotate: int) -> None:
    """Store ``page``'s content turned by ``rotate`` degrees counter-clockwise and set
    ``/Rotate rotate`` so that a viewer (which turns it clockwise) shows the original page."""
    x0, y0 = float(page.mediabox.left), float(page.mediabox.bottom)
    w, h = float(page.mediabox.width), float(page.mediabox.height)
    move = Transformation().translate(-x0, -y0).rotate(rotate)
    move = move.translate(*{90: (h, 0), 180: (w, h), 270: (0, w)}[rotate])
    page.add_transformation(move)
    size = (h, w) if rotate in (90, 270) else (w, h)
    page.mediabox.lower_left = (0, 0)
    page.mediabox.upper_right = size
    for box in ("/CropBox", "/TrimBox", "/BleedBox", "/ArtBox"):
        if box in page:
            del page[box]
    page.rotate(rotate)


def make_variant(src: Path, name: str, out_dir: Path) -> Path:
    out = Path(out_dir) / name / src.name  # the same file name: the parse names its PDF
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        return out
    if name in ("gs", "b5", "gs_legacy", "b5_legacy"):
        opts = ["-sPAPERSIZE=b5", "-dFIXEDMEDIA", "-dPDFFitPage"] if name.startswith("b5") else []
        if name.endswith("_legacy"):
            opts.append("-dNEWPDF=false")
        subprocess.run([*_GS, *opts, f"-sOutputFile={out}", str(src)], check=True, capture_output=True)
    elif name == "mutool":
        subprocess.run(["mutool", "clean", "-gggg", "-z", str(src), str(out)], check=True,
                       capture_output=True)
    else:
        writer = PdfWriter()
        for page in PdfReader(src).pages:
            writer.add_page(page)
        for page in writer.pages:
            landscape = page.mediabox.width > page.mediabox.height
            if name == "cropbox":
                x0, y0 = float(page.mediabox.left), float(page.mediabox.bottom)
                x1, y1 = float(page.mediabox.right), float(page.mediabox.top)
                page.cropbox.lower_left = (x0, y0)
                page.cropbox.upper_right = (x1, y1)
                page.mediabox.lower_left = (x0 - 37, y0 - 23)
                page.mediabox.upper_right = (x1 + 41, y1 + 29)
            elif name == "rot90":
                if landscape:
                    store_rotated(page, 90)
            elif name == "rot180":
                store_rotated(page, 180)
            elif name in ("rot270", "inherited"):
                store_rotated(page, 270 if name == "rot270" else 90)
                if name == "inherited":
                    del page[NameObject("/Rotate")]
        if name == "inherited":
            writer.root_object["/Pages"].get_object()[NameObject("/Rotate")] = NumberObject(90)
        writer.write(out)
    return out

"""Rewrites of a sheet PDF as other tools write them: Ghostscript, mutool, B5 fit, a MediaBox
larger than the CropBox, and pages stored rotated with ``/Rotate`` (on the page or inherited
from the page tree; the sample renderer's rotate flag, ``samples.rotate``, writes them). The
displayed pages stay those of the source."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from samples.rotate import rotate_pdf

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
    "rot270_cropbox": "every page stored turned + /Rotate 270, and a MediaBox larger than the CropBox",
}

# the rotated variants: (degrees, rotate_pdf options)
ROTATE = {
    "rot90": (90, {"landscape_only": True}),
    "rot180": (180, {}),
    "rot270": (270, {}),
    "inherited": (90, {"inherited": True}),
}

# the MediaBox grows around the CropBox (the displayed page) by these margins: left, bottom, right, top
CROP_MARGINS = (37, 23, 41, 29)

_GS = ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite"]


def with_margins(src: Path, out: Path, margins: tuple[float, float, float, float] = CROP_MARGINS) -> Path:
    """``src`` with each page's CropBox at its old MediaBox and the MediaBox grown by ``margins``."""
    left, bottom, right, top = margins
    writer = PdfWriter()
    for page in PdfReader(src).pages:
        writer.add_page(page)
    for page in writer.pages:
        x0, y0 = float(page.mediabox.left), float(page.mediabox.bottom)
        x1, y1 = float(page.mediabox.right), float(page.mediabox.top)
        page.cropbox.lower_left = (x0, y0)
        page.cropbox.upper_right = (x1, y1)
        page.mediabox.lower_left = (x0 - left, y0 - bottom)
        page.mediabox.upper_right = (x1 + right, y1 + top)
    writer.write(out)
    return out


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
    elif name in ROTATE:
        degrees, options = ROTATE[name]
        rotate_pdf(src, out, degrees, **options)
    elif name == "cropbox":
        with_margins(src, out)
    elif name == "rot270_cropbox":
        with_margins(make_variant(src, "rot270", out_dir), out)
    else:
        raise ValueError(f"unknown variant {name!r}")
    return out

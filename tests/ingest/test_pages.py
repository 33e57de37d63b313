"""Pages read as displayed: the CropBox (not the larger MediaBox), turned by /Rotate, with its
top-left corner as the origin; what lies wholly outside the CropBox is not read."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas

from ingest.pages import DisplayedPage, displayed, displayed_area
from samples.rotate import rotate_pdf


def _page_with_margin_text(tmp_path: Path) -> Path:
    """A 400 x 300 pt page: "IN" at (50, 250) inside what becomes the CropBox, "OUT" at (350, 250)
    outside it; then the CropBox is set to x 20..320, y 10..290 (MediaBox unchanged)."""
    src = tmp_path / "plain.pdf"
    c = canvas.Canvas(str(src), pagesize=(400, 300))
    c.setFont("Helvetica", 10)
    c.drawString(50, 250, "IN")
    c.drawString(350, 250, "OUT")
    c.save()
    writer = PdfWriter(clone_from=src)
    writer.pages[0].cropbox.lower_left = (20, 10)
    writer.pages[0].cropbox.upper_right = (320, 290)
    out = tmp_path / "cropped.pdf"
    writer.write(out)
    return out


def _text_and_origin(pdf: Path) -> tuple[str, float, float, tuple[float, float]]:
    with pdfplumber.open(pdf) as doc:
        p = displayed(doc.pages[0])
        assert isinstance(p, DisplayedPage)
        chars = p.chars
        first = min(chars, key=lambda c: (c["top"], c["x0"]))
        return "".join(c["text"] for c in chars), float(p.width), float(p.height), (first["x0"], first["top"])


def test_cropped_page_is_read_in_the_cropbox(tmp_path):
    text, w, h, (x0, top) = _text_and_origin(_page_with_margin_text(tmp_path))
    assert text == "IN"  # "OUT" lies outside the CropBox: not displayed, not read
    assert (w, h) == (300, 280)
    assert x0 == pytest.approx(50 - 20, abs=0.01)  # from the CropBox's left edge
    # "IN"'s baseline is 250 - 10 = 240 pt above the CropBox's bottom, so its top is about
    # 280 - 240 - ascent (Helvetica 10 pt: ~7.2 pt) from the CropBox's top
    assert 30 < top < 34


@pytest.mark.parametrize("degrees", [90, 180, 270])
def test_cropped_and_rotated_page_is_read_as_displayed(tmp_path, degrees):
    """Rotating the cropped page's content with /Rotate changes nothing of what is displayed."""
    upright = _page_with_margin_text(tmp_path)
    # rotate_pdf drops the CropBox: turn the uncropped page, then crop the same displayed area
    turned = rotate_pdf(tmp_path / "plain.pdf", tmp_path / f"turned{degrees}.pdf", degrees)
    writer = PdfWriter(clone_from=turned)
    page = writer.pages[0]
    W, H = 400.0, 300.0  # the source page; the CropBox x 20..320, y 10..290 mapped into stored space
    corners = [(20, 10), (320, 290)]
    stored = {90: lambda x, y: (H - y, x), 180: lambda x, y: (W - x, H - y), 270: lambda x, y: (y, W - x)}[degrees]
    (ax, ay), (bx, by) = (stored(x, y) for x, y in corners)
    page.cropbox.lower_left = (min(ax, bx), min(ay, by))
    page.cropbox.upper_right = (max(ax, bx), max(ay, by))
    out = tmp_path / f"cropped{degrees}.pdf"
    writer.write(out)
    assert PdfReader(out).pages[0].rotation == degrees
    got, want = _text_and_origin(out), _text_and_origin(upright)
    assert got[:3] == want[:3]
    assert got[3] == pytest.approx(want[3], abs=0.01)


def test_whole_upright_page_is_pdfplumbers_own(tmp_path):
    src = tmp_path / "plain.pdf"
    _page_with_margin_text(tmp_path)
    with pdfplumber.open(src) as doc:
        p = doc.pages[0]
        assert displayed(p) is p
        assert displayed_area(p) == pytest.approx(p.bbox)

"""The sample renderer's rotate flag: pages stored turned with /Rotate (on the page or the page
tree) that a viewer shows exactly as the upright rendering."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import ImageChops
from pypdf import PdfReader

from samples.render import render_sheet
from samples.rotate import rotate_pdf

ROOT = Path(__file__).resolve().parents[2]
SPEC = json.loads(sorted((ROOT / "samples" / "specs").glob("*.json"))[0].read_text(encoding="utf-8"))


def _stored(pdf: Path) -> list[tuple[object, object, bool]]:
    """Per page as stored (not as pypdf's flattened ``pages`` show it): its own /Rotate, the
    page tree's /Rotate, and whether its MediaBox is landscape."""
    tree = PdfReader(pdf).trailer["/Root"]["/Pages"].get_object()
    out = []
    for kid in tree["/Kids"]:
        page = kid.get_object()
        x0, y0, x1, y1 = (float(v) for v in page["/MediaBox"])
        out.append((page.get("/Rotate"), tree.get("/Rotate"), x1 - x0 > y1 - y0))
    return out


def _images(pdf: Path) -> list:
    """The pages as a viewer shows them (pdfium, 36 dpi)."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        return [doc[i].render(scale=0.5).to_pil().convert("L") for i in range(len(doc))]
    finally:
        doc.close()


@pytest.fixture(scope="module")
def upright(tmp_path_factory) -> Path:
    return render_sheet(SPEC, tmp_path_factory.mktemp("upright") / "sheet.pdf")


@pytest.mark.parametrize("degrees,options", [(90, {}), (180, {}), (270, {}), (90, {"landscape_only": True}),
                                             (270, {"inherited": True})],
                         ids=["90", "180", "270", "90-landscape-only", "270-inherited"])
def test_rotated_rendering_is_stored_turned_and_displays_upright(upright, degrees, options, tmp_path):
    pdf = render_sheet(SPEC, tmp_path / "sheet.pdf", degrees, **options)
    stored = _stored(pdf)
    shown = [landscape for *_, landscape in _stored(upright)]
    assert shown[0] is False and shown[-1] is True
    for (own, tree, landscape), was_landscape in zip(stored, shown):
        turned = not options.get("landscape_only") or was_landscape
        if options.get("inherited"):
            assert (own, tree) == (None, degrees)
        else:
            assert (own or None, tree) == ((degrees if turned else None), None)
        assert landscape == (was_landscape != (turned and degrees in (90, 270)))
    # the viewer shows the upright pages, pixel for pixel up to anti-aliasing
    for got, want in zip(_images(pdf), _images(upright), strict=True):
        assert got.size == want.size
        diff = ImageChops.difference(got, want).point(lambda v: 255 if v > 96 else 0)
        assert sum(diff.histogram()[255:]) < 0.002 * got.width * got.height


def test_rotate_flag_rejects_what_it_cannot_write(upright, tmp_path):
    with pytest.raises(ValueError):
        render_sheet(SPEC, tmp_path / "a.pdf", 45)
    with pytest.raises(ValueError):
        render_sheet(SPEC, tmp_path / "b.pdf", 90, landscape_only=True, inherited=True)
    turned = rotate_pdf(upright, tmp_path / "c.pdf", 90)
    with pytest.raises(ValueError):  # turning an already turned file again would not display upright
        rotate_pdf(turned, tmp_path / "d.pdf", 90)


def test_generate_cli_writes_rotated_samples(tmp_path):
    run = [sys.executable, "-m", "samples.generate"]
    out = subprocess.run([*run, "--rotate", "90", "--landscape-only", "--out", str(tmp_path)],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    written = sorted(tmp_path.glob("*.pdf"))
    specs = sorted((ROOT / "samples" / "specs").glob("*.json"))
    assert len(written) >= len(specs) and len(out.stdout.splitlines()) == len(written)
    for pdf in written:  # the 細事業一覧 (landscape) pages are stored portrait with /Rotate 90, the others as before
        was = [landscape for *_, landscape in _stored(ROOT / "samples" / pdf.name)]
        assert was[-1], pdf.name
        got = [(own or None, tree, landscape) for own, tree, landscape in _stored(pdf)]
        assert got == [((90, None, False) if w else (None, None, False)) for w in was], pdf.name
    bad = subprocess.run([*run, "--inherited", "--out", str(tmp_path / "x")], cwd=ROOT, capture_output=True, text=True)
    assert bad.returncode == 2 and "--rotate" in bad.stderr
    bad = subprocess.run([*run, "--rotate", "90"], cwd=ROOT, capture_output=True, text=True)
    assert bad.returncode == 2 and "--out" in bad.stderr

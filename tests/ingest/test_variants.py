"""Issue 16: a sheet rewritten by other PDF tools parses exactly as its source, above all pages
stored rotated (``/Rotate`` 90, 180, 270, on the page or inherited from the page tree), and
citations on rotated pages stay in the displayed orientation."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from ingest.pages import SNAP_DECIMALS, snap_object
from ingest.parser import parse_pdf

from ..conftest import REFERENCE_JSON, REFERENCE_PDF, SAMPLES
from .test_parser import field_diffs
from .variants import VARIANTS, make_variant

ROTATED = ("rot90", "rot180", "rot270", "inherited")
CROPPED = ("cropbox", "rot270_cropbox")


def _expected(pdf: Path) -> dict:
    if pdf == REFERENCE_PDF:
        return json.loads(REFERENCE_JSON.read_text(encoding="utf-8"))
    return json.loads((SAMPLES / "specs" / f"{pdf.stem}.json").read_text(encoding="utf-8"))


CASES = [REFERENCE_PDF] + sorted(p for p in SAMPLES.glob("*.pdf") if (SAMPLES / "specs" / f"{p.stem}.json").exists())


@pytest.fixture(scope="module")
def variant_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("variants")


def _tools_for(name: str) -> None:
    tool = "gs" if name.startswith(("gs", "b5")) else {"mutool": "mutool"}.get(name)
    if tool and not shutil.which(tool):
        pytest.fail(f"{tool} is missing: run scripts/test.sh, which installs it")


def test_every_bundled_sample_is_covered():
    assert len(CASES) == len(list(SAMPLES.glob("*.pdf"))) >= 9


@pytest.mark.parametrize("name", list(VARIANTS))
@pytest.mark.parametrize("pdf", CASES, ids=[p.stem for p in CASES])
def test_variant_parses_to_the_source_json_exactly(pdf, name, variant_dir):
    _tools_for(name)
    variant = make_variant(pdf, name, variant_dir)
    if name.startswith(("gs", "b5")):
        # Ghostscript keeps the text: our renderer writes ToUnicode CMaps in blocks of at most
        # 100 entries, which gs 9.56-10.04 needs (samples/fonts.py)
        assert _text_survives(variant), "Ghostscript lost the text (poppler reads none)"
    parsed = parse_pdf(variant)
    want = _expected(pdf)
    got = parsed.sheet.model_dump()
    assert field_diffs(got, want) == []
    assert got == want
    assert parsed.warnings == parse_pdf(pdf).warnings


def _text_survives(pdf: Path) -> bool:
    """Whether the file still has its text, as poppler (not our parser) reads it."""
    out = subprocess.run(["pdftotext", "-l", "1", str(pdf), "-"], capture_output=True, text=True, check=True)
    return "事業改善シート" in out.stdout


def _raw_rotate(pdf: Path) -> list[tuple[object, object]]:
    """Per page: its own /Rotate entry and its parent's (None when absent), as stored (read from
    the page tree directly: pypdf's ``pages`` copies inherited entries into each page)."""
    pages = PdfReader(pdf).trailer["/Root"]["/Pages"].get_object()
    out = []
    for kid in pages["/Kids"]:
        page = kid.get_object()
        assert page["/Type"] == "/Page"
        out.append((page.get("/Rotate"), pages.get("/Rotate")))
    return out


@pytest.mark.parametrize("name", ROTATED)
def test_rotated_variants_really_store_pages_rotated(name, variant_dir):
    """The variants are what they claim: content stored turned, /Rotate where the name says."""
    variant = make_variant(REFERENCE_PDF, name, variant_dir)
    raw = _raw_rotate(variant)
    src_sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(REFERENCE_PDF).pages]
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(variant).pages]
    if name == "rot90":
        for (own, _), (w, h), (sw, sh) in zip(raw, sizes, src_sizes):
            if sw > sh:  # the landscape 細事業一覧 page
                assert own == 90 and w < h
            else:
                assert own in (None, 0) and abs(w - sw) < 0.01 and abs(h - sh) < 0.01
        assert any(own == 90 for own, _ in raw)
    elif name == "inherited":
        assert all(own is None and parent == 90 for own, parent in raw)
    else:
        assert all(own == int(name[3:]) for own, _ in raw)


@pytest.mark.parametrize("name", (*ROTATED, *CROPPED))
def test_citations_are_in_the_displayed_page(name, variant_dir):
    """Every cited part (the 細事業 rows too) keeps its page and box: the box of the source, on
    rotated pages and on pages whose MediaBox is larger than the CropBox (shown area)."""
    base = parse_pdf(REFERENCE_PDF).locations
    got = parse_pdf(make_variant(REFERENCE_PDF, name, variant_dir)).locations
    assert set(got) == set(base)
    assert any(k.startswith("detail:") for k in got)
    for key, (page, box) in base.items():
        assert got[key][0] == page, key
        assert max(abs(a - b) for a, b in zip(got[key][1], box)) <= 0.2, (key, got[key], box)


@pytest.mark.parametrize("name", ("rot90", *CROPPED))
def test_page_image_boxes_the_cited_row(name, variant_dir, tmp_path):
    """The UI renders the displayed page; the cited 細事業 row's box lands on the same pixels as
    on the source, and those pixels are the row's: the displayed page cut at the variant's box
    is the source page cut at the source's box."""
    from PIL import Image, ImageChops, ImageStat

    from ui.pages import render_page

    variant = make_variant(REFERENCE_PDF, name, variant_dir)
    page, box = parse_pdf(variant).locations["detail:1"]
    src_page, src_box = parse_pdf(REFERENCE_PDF).locations["detail:1"]
    assert page == src_page

    def image(pdf, b, d):
        return Image.open(render_page(pdf, page, b, resolution=50, out_dir=tmp_path / d)).convert("RGB")

    shown, plain = image(variant, box, "a"), image(variant, None, "c")
    source, source_plain = image(REFERENCE_PDF, src_box, "b"), image(REFERENCE_PDF, None, "d")
    assert shown.width > shown.height  # displayed landscape
    assert max(abs(a - b) for a, b in zip(shown.size, source.size)) <= 1  # pdfium rounds the CropBox
    # the cited row on the displayed page: the same pixels as the source's row
    scale = 50 / 72  # 50 dpi: points * 50/72

    size = (round((src_box[2] - src_box[0]) * scale), round((src_box[3] - src_box[1]) * scale))

    def cut(im, b):
        x, y = round(b[0] * scale), round(b[1] * scale)
        return im.crop((x, y, x + size[0], y + size[1])).convert("L")

    row, src_row = cut(plain, box), cut(source_plain, src_box)
    assert ImageStat.Stat(src_row).stddev[0] > 20  # the row has ink
    assert ImageStat.Stat(ImageChops.difference(row, src_row)).mean[0] < 3
    # the highlight differs from the plain page exactly where the source's highlight does
    def strong(a, b):  # pixels the highlight changed (not anti-aliasing)
        return ImageChops.difference(a, b).convert("L").point(lambda x: 255 if x > 40 else 0).getbbox()

    boxed = strong(shown, plain)
    want = strong(source, source_plain)
    assert boxed is not None and want is not None
    assert max(abs(a - b) for a, b in zip(boxed, want)) <= 2
    # and the boxed region lies around the cited row
    assert abs(boxed[1] - box[1] * scale) <= 6 and abs(boxed[3] - box[3] * scale) <= 6


def test_snap_object_makes_noisy_rules_straight():
    h = {"object_type": "line", "x0": 22.252000000000034, "x1": 130.13900000000004, "top": 28.77293700000007,
         "bottom": 28.77293700000009, "y0": 566.5, "y1": 566.50000000000002, "width": 107.887, "height": 2e-14,
         "pts": [(22.252000000000034, 28.77293700000007), (130.13900000000004, 28.77293700000009)]}
    got = snap_object(h)
    assert got["top"] == got["bottom"] == round(28.772937, SNAP_DECIMALS)
    assert got["pts"][0][1] == got["pts"][1][1]
    v = {"object_type": "line", "x0": 22.620000000000033, "x1": 22.620000000000037, "top": 28.4, "bottom": 48.6,
         "pts": [(22.620000000000037, 28.4), (22.620000000000033, 48.6)]}
    got = snap_object(v)
    assert got["x0"] == got["x1"] and got["pts"][0][0] == got["pts"][1][0]
    # a rectangle drawn through a rotation matrix: its sides are exactly horizontal/vertical again
    curve = {"object_type": "curve", "x0": 22.6, "x1": 76.1, "top": 28.6, "bottom": 48.2,
             "pts": [(22.649000000000033, 48.189936999999986), (76.13900000000004, 48.189936999999986),
                     (76.13900000000004, 28.687937000000034), (22.649000000000036, 28.687937000000034),
                     (22.649000000000033, 48.189936999999986)]}
    pts = snap_object(curve)["pts"]
    assert all(a[0] == b[0] or a[1] == b[1] for a, b in zip(pts, pts[1:]))
    # what is not noise stays: a real diagonal and a short rule keep their shape
    diag = {"object_type": "line", "x0": 0.0, "x1": 10.0, "top": 0.0, "bottom": 10.0, "pts": [(0.0, 0.0), (10.0, 10.0)]}
    assert snap_object(diag)["pts"] == [(0.0, 0.0), (10.0, 10.0)]
    # a char keeps its text and other keys; the source object is not changed
    ch = {"object_type": "char", "text": "事", "x0": 31.40800000000004, "top": 32.9, "fontname": "F"}
    assert snap_object(ch) == {"object_type": "char", "text": "事", "x0": 31.408, "top": 32.9, "fontname": "F"}
    assert ch["x0"] == 31.40800000000004


def test_unrotated_pages_are_read_as_before(variant_dir):
    """Only rotated pages get the snapped view: an upright page's objects are pdfplumber's own."""
    import pdfplumber

    from ingest.pages import DisplayedPage, displayed

    with pdfplumber.open(REFERENCE_PDF) as pdf:
        assert all(displayed(p) is p for p in pdf.pages)
    with pdfplumber.open(make_variant(REFERENCE_PDF, "rot270", variant_dir)) as pdf:
        pages = [displayed(p) for p in pdf.pages]
        assert all(isinstance(p, DisplayedPage) for p in pages)
        assert [p.width > p.height for p in pages] == [False, False, True]

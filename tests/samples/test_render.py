"""Quick checks of the sample-sheet PDF generator and the bundled samples."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pdfplumber
import pytest

from ingest.form import Sheet
from samples.corpus import BOX_TEXT_WIDTH, generate_corpus
from samples.render import BODY_SIZE, render_sheet, text_w, wrap

ROOT = Path(__file__).resolve().parents[2]
SPECS = sorted((ROOT / "samples" / "specs").glob("*.json"))


def _load(p: Path) -> dict:
    return json.loads(p.read_text(encoding="utf-8"))


def _strings(obj) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for k, v in obj.items() if k != "pdf" for s in _strings(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in _strings(v)]
    return [str(obj)] if obj is not None else []


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def test_specs_are_valid_sheets():
    assert len(SPECS) >= 7
    for p in SPECS:
        spec = _load(p)
        Sheet.model_validate(spec)
        assert spec["pdf"].endswith(".pdf") and Path(spec["pdf"]).stem == p.stem


def test_specs_explicit_breaks_are_visible():
    """Every explicit newline follows a line that ends well short of the box edge."""
    for p in SPECS:
        spec = _load(p)
        texts = [a for ind in spec["indicators"] for a in ind["analysis"]] + spec["s1"] + spec["s9_issues"]
        for t in texts:
            for part in t.split("\n")[:-1]:
                last = wrap(part, BOX_TEXT_WIDTH, BODY_SIZE)[-1]
                assert text_w(last, BODY_SIZE) < 0.7 * BOX_TEXT_WIDTH, (p.name, part)


def test_two_year_pair_is_consistent():
    r5 = _load(next(p for p in SPECS if p.stem.endswith("_R5")))
    r6 = _load(next(p for p in SPECS if p.stem.endswith("_R6")))
    assert r5["jigyo_no"] == r6["jigyo_no"]
    assert r5["year_label"].startswith("令和５") and r6["year_label"].startswith("令和６")
    for a, b in zip(r5["indicators"], r6["indicators"]):
        assert (b["r4"], b["r5"], b["r5_trend"]) == (a["r5"], a["r6"], a["r6_trend"])
    assert r6["cost"][:2] == r5["cost"][1:]
    for a, b in zip(r5["detail"], r6["detail"]):
        assert (b["r5"], b["r4"]) == (a["r6"], a["r5"])


@pytest.mark.parametrize("spec_path", SPECS, ids=lambda p: p.stem)
def test_every_spec_renders_with_all_text(spec_path: Path, tmp_path: Path):
    spec = _load(spec_path)
    out = render_sheet(spec, tmp_path / spec["pdf"])
    with pdfplumber.open(out) as pdf:
        pages = pdf.pages
        assert 3 <= len(pages) <= 4
        assert all(p.width < p.height for p in pages[:-1])
        assert pages[-1].width > pages[-1].height
        text = _squash("".join(c["text"] for p in pages for c in p.chars))
        for p in pages:
            first = "".join(ln["text"] for ln in p.extract_text_lines()[:1])
            assert first.startswith("事業番号")
    for s in _strings(spec):
        for part in s.split("\n"):
            assert _squash(part) in text, part


def test_render_accepts_model_and_is_deterministic(tmp_path: Path):
    spec = _load(SPECS[0])
    a = render_sheet(Sheet.model_validate(spec), tmp_path / "a.pdf")
    b = render_sheet(spec, tmp_path / "b.pdf")
    assert a.read_bytes() == b.read_bytes()


def test_bundled_pdfs_are_up_to_date(tmp_path: Path):
    for p in SPECS:
        spec = _load(p)
        bundled = ROOT / "samples" / spec["pdf"]
        assert bundled.exists(), bundled
        assert render_sheet(spec, tmp_path / spec["pdf"]).read_bytes() == bundled.read_bytes(), spec["pdf"]


def test_ruled_tables_found(tmp_path: Path):
    spec = _load(SPECS[0])
    out = render_sheet(spec, tmp_path / "t.pdf")
    with pdfplumber.open(out) as pdf:
        p1 = [t.extract() for t in pdf.pages[0].find_tables()]
        assert p1[0][0] == ["事業番号", *spec["jigyo_no"].split()]
        assert any(row and row[0] == "No." and row[1] == "指標名" for t in p1 for row in t)
        assert any(row and row[0] == "区分" for t in p1 for row in t)
        p3 = [t.extract() for t in pdf.pages[-1].find_tables()]
        assert any(row and row[0] == "細事業\nNo." for t in p3 for row in t)


def test_corpus_is_deterministic_and_varied(tmp_path: Path):
    a = generate_corpus(6, tmp_path / "a", seed=3)
    b = generate_corpus(6, tmp_path / "b", seed=3)
    assert [p.name for p in a] == [p.name for p in b]
    assert all(x.read_bytes() == y.read_bytes() for x, y in zip(a, b))
    sheets = [_load(p.with_suffix(".json")) for p in a]
    assert len({s["jigyo_no"] for s in sheets}) == 6
    for s, p in zip(sheets, a):
        Sheet.model_validate(s)
        assert s["pdf"] == p.name

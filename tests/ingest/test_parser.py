"""The parser on real PDFs: the reference sheet field for field, every generated sample back to its
source JSON, multi-page 細事業一覧, partly readable sheets."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from assistant.config import load_settings
from assistant.service import Kaizen
from ingest.parser import parse_pdf

from ..conftest import REFERENCE_JSON, REFERENCE_PDF, ROOT, SAMPLES

KAIZEN = [sys.executable, "-m", "assistant.cli"]


def field_diffs(got, want, path=""):
    """Field-by-field differences between a parse and its expected JSON."""
    if isinstance(want, dict):
        out = []
        for k, v in want.items():
            out += field_diffs(got.get(k) if isinstance(got, dict) else None, v, f"{path}.{k}")
        return out
    if isinstance(want, list):
        if not isinstance(got, list) or len(got) != len(want):
            return [(path, "length", len(got) if isinstance(got, list) else got, len(want))]
        out = []
        for i, v in enumerate(want):
            out += field_diffs(got[i], v, f"{path}[{i}]")
        return out
    return [] if got == want else [(path, got, want)]


def test_reference_sheet_equals_expected_field_for_field():
    parsed = parse_pdf(REFERENCE_PDF)
    expected = json.loads(REFERENCE_JSON.read_text(encoding="utf-8"))
    got = parsed.sheet.model_dump()
    assert field_diffs(got, expected) == []
    assert got == expected
    assert parsed.warnings == []
    assert parsed.fiscal_year == 2024
    assert parsed.pages == 3


SPECS = sorted((SAMPLES / "specs").glob("*.json"))


@pytest.mark.parametrize("spec", SPECS, ids=[p.stem for p in SPECS])
def test_generated_sample_parses_back_to_its_source(spec):
    """The samples are rendered by another tool (reportlab): the parser must recover them too."""
    want = json.loads(spec.read_text(encoding="utf-8"))
    parsed = parse_pdf(SAMPLES / want["pdf"])
    assert field_diffs(parsed.sheet.model_dump(), want) == []


def test_at_least_seven_samples_with_two_years_of_one_jigyo():
    sheets = [json.loads(p.read_text(encoding="utf-8")) for p in SPECS]
    assert len(sheets) >= 6
    by_no: dict[str, set[str]] = {}
    for s in sheets:
        by_no.setdefault(s["jigyo_no"], set()).add(s["year_label"])
    assert any(len(v) >= 2 for v in by_no.values())
    assert {len(s["indicators"]) for s in sheets} >= {1, 2, 3}


def _spec(name: str) -> dict:
    return json.loads((SAMPLES / "specs" / f"{name}.json").read_text(encoding="utf-8"))


def test_detail_table_spanning_several_landscape_pages(tmp_path):
    """Ten-plus 細事業 rows overflow the landscape page; a 細事業 cut by the break continues."""
    import copy

    from samples.render import render_sheet

    big = _spec("09-01-03_新規就農者育成総合対策事業費")
    for k in range(3):
        row = copy.deepcopy(big["detail"][k])
        row["no"] = len(big["detail"]) + 1
        big["detail"].append(row)
    for row in big["detail"]:
        row["items"] = row["items"] + copy.deepcopy(row["items"])
        for i, item in enumerate(row["items"], 1):
            item["no"] = i
    big["pdf"] = "big.pdf"
    parsed = parse_pdf(render_sheet(big, tmp_path / "big.pdf"))
    assert parsed.pages >= 5
    assert field_diffs(parsed.sheet.model_dump(), big) == []


def test_a_partly_readable_sheet_is_ingested_with_warnings(tmp_path):
    from samples.render import render_sheet

    spec = _spec("08-01-02_インバウンド誘客推進事業費")
    spec["s7"] = []
    spec["indicators"][0]["analysis"] = []
    spec["pdf"] = "partial.pdf"
    pdf = render_sheet(spec, tmp_path / "partial.pdf")
    svc = Kaizen(load_settings(tmp_path / "home"))
    result = svc.ingest([pdf])[0]
    assert result.status == "ingested" and result.label == "警告あり"
    assert any("主な取組実績と成果" in w for w in result.warnings)
    assert any("要因分析" in w for w in result.warnings)
    env = dict(os.environ, KAIZEN_HOME=str(tmp_path / "home"))
    listed = subprocess.run(KAIZEN + ["sheets"], env=env, capture_output=True, text=True, cwd=ROOT)
    assert "主な取組実績と成果" in listed.stdout


def test_a_katakana_word_wrapped_in_a_narrow_cell_is_joined(tmp_path):
    """「野菜たっぷりメ／ニュー認定店舗数」: the renderer kept 「ニュー」 together (禁則: no line starts with ュ) and left
    the first line short of the cell's edge; a katakana word split across lines is still one word."""
    from samples.render import render_sheet

    spec = _spec("08-01-02_インバウンド誘客推進事業費")
    spec["indicators"][0]["name"] = "野菜たっぷりメニュー認定店舗数（累計）"
    spec["pdf"] = "kana.pdf"
    parsed = parse_pdf(render_sheet(spec, tmp_path / "kana.pdf"))
    assert parsed.sheet.indicators[0].name == "野菜たっぷりメニュー認定店舗数（累計）"
    assert field_diffs(parsed.sheet.model_dump(), spec) == []

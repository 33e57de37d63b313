"""The offline draft of 事業改善の方策 over the bundled samples: every unmet or worsened indicator's
causes cited and quoted, bullets as fixed frames around quotes, 継続 marked as such, last year's
measures checked against this year's results."""

from __future__ import annotations

import json

from assistant.draft import KIND_CONTINUE, draft

from ..conftest import REFERENCE_JSON
from .properties import assert_draft_properties, focus, quotes

REF = "02 05 02"


def test_every_sample_draft_has_the_properties(service):
    for info in service.sheets():
        rec = service.find_sheet(info.jigyo_no, info.fiscal_year)
        d = draft(service, info.jigyo_no, info.fiscal_year)
        assert_draft_properties(service, d, rec)
        assert d.worksheet, info.jigyo_no
        # the worksheet has a row per cause of every focus indicator, each with its 要因分析 cited
        for ind in focus(rec):
            rows = [r for r in d.worksheet if r["key"] == f"4:{ind['no']}"]
            assert rows and all(r["cause"] for r in rows)


def test_reference_draft_quotes_each_cause(service):
    rec = service.find_sheet(REF)
    d = draft(service, REF)
    assert (d.jigyo_no, d.jigyo_name, d.fiscal_year) == (REF, "協働・共創推進事業費", 2024)
    assert [i["no"] for i in focus(rec)] == [1, 2, 3]
    # the cause the 要因分析 names for ① is quoted whole, not rewritten
    first = [b for b in d.bullets if "4:1" in b.targets]
    assert any("周知期間が短期間であった" in q for b in first for q in quotes(b.text))
    # every 課題 appears in the worksheet, and is answered or marked as covered by an indicator
    issues = [r for r in d.worksheet if r["key"].startswith("9-1:")]
    assert len(issues) == len([x for x in rec["sheet"]["s9_issues"] if x.strip("・ ")])
    for b in d.bullets:
        for m in rec["sheet"]["s9_measures"]:
            assert b.text != m


def test_modified_reference_with_one_unmet_indicator(tmp_path):
    """A rendered variant of the reference sheet where only indicator ③ misses its target."""
    from assistant.config import load_settings
    from assistant.service import Kaizen
    from samples.render import render_sheet

    sheet = json.loads(REFERENCE_JSON.read_text(encoding="utf-8"))
    sheet["jigyo_no"] = "02 05 09"
    for ind in sheet["indicators"][:2]:
        ind["r6"], ind["status"], ind["r6_trend"] = ind["r6_target"], "達成", "↗"
        ind["analysis"] = ["周知を早めたことにより、目標値を達成した。"]
    pdf = render_sheet(sheet, tmp_path / "02-05-09_variant.pdf")
    svc = Kaizen(load_settings(tmp_path / "home"))
    assert all(r.ok for r in svc.ingest([pdf], workers=1))
    rec = svc.find_sheet("020509")
    d = draft(svc, "020509")
    assert_draft_properties(svc, d, rec)
    inds = {c["indicator"] for b in d.bullets for c in b.citations if c["section"] in ("4", "8")}
    assert inds == {3}


def test_previous_year_measures_are_checked_against_this_years_results(service):
    assert service.find_sheet("06 02 01", 2023) is not None, "R5 and R6 samples of 06-02-01 are bundled"
    d = draft(service, "06 02 01")
    assert d.fiscal_year == 2024 and d.previous_year == 2023
    prev = [c for b in d.bullets for c in b.citations if c["fiscal_year"] == 2023]
    assert any(c["section"] == "9-2" for c in prev)
    assert any("前年度の方策" in b.rationale and "実績に記載" in b.rationale for b in d.bullets)
    assert any(r["previous"] for r in d.worksheet)


def test_continued_bullets_say_so(service):
    seen = 0
    for info in service.sheets():
        d = draft(service, info.jigyo_no, info.fiscal_year)
        rec = service.find_sheet(info.jigyo_no, info.fiscal_year)
        measures = [m.strip("・。") for m in rec["sheet"]["s9_measures"]]
        for b in d.bullets:
            if b.kind == KIND_CONTINUE:
                seen += 1
                assert "継続" in b.rationale and any(m in b.text for m in measures), b.text
            elif b.basis != "peer":
                # only a 継続 bullet may quote this year's own 方策 as its proposal
                assert not any(f"今年度の方策「{m}」を継続" in b.text for m in measures)
    assert seen >= 1

"""The tables built from the parsed sheets: the form's number notation, positional years,
missing values kept missing, one citation chunk per row."""

from __future__ import annotations

import math

from assistant.analytics.tables import build_tables, display_frame

from .fake import FakeSnap, cost, indicator, sheet


def test_tables_read_the_sheet_notation_and_real_years():
    snap = FakeSnap([
        sheet("01 01 01", "甲事業費", "企画振興部", [cost("R4年度", "1,000", "500", "９００"),
                                                   cost("R5年度", "2,000", "―", "1,500", "△ 3,215")],
              indicators=[indicator(1, "参加者数", "―", "40", "５０", "60", "未達成")],
              detail=[{"no": 1, "name": "細A", "r4": "100", "r5": "―", "r6": "△ 20", "items": []}], fy=2023),
    ])
    t = build_tables(snap)
    c = t.costs.set_index("year")
    assert list(c.index) == [2022, 2023]
    assert c.loc[2022, "settlement"] == 900.0  # full-width digits
    assert c.loc[2023, "supplementary"] == -3215.0  # △ is negative
    assert math.isnan(c.loc[2023, "general"]) and c.loc[2023, "general_text"] == "―"  # missing, not zero
    assert math.isnan(c.loc[2023, "general_ratio"])
    assert c.loc[2022, "exec_rate"] == 0.9
    i = t.indicators.iloc[0]
    assert math.isnan(i["v_m2"]) and i["v_m1"] == 40.0 and i["value"] == 50.0 and i["value_text"] == "50"  # quoted half-width
    assert abs(i["achievement"] - 50 / 60) < 1e-12
    d = t.details.set_index("year")
    # an R5 sheet's r4/r5/r6 columns are R3, R4, R5
    assert list(d.index) == [2021, 2022, 2023]
    assert d.loc[2021, "settlement"] == 100.0 and math.isnan(d.loc[2022, "settlement"]) \
        and d.loc[2023, "settlement"] == -20.0


def test_only_the_newest_sheet_of_each_jigyo_is_latest():
    old = sheet("01 01 01", "甲事業費", "企画振興部", [cost("R5年度", "1", "1", "1")], fy=2023)
    new = sheet("01 01 01", "甲事業費", "企画振興部", [cost("R6年度", "2", "2", "2")], fy=2024)
    t = build_tables(FakeSnap([old, new]))
    assert t.costs.loc[t.costs["latest"], "year"].tolist() == [2024]
    assert len(t.costs) == 2


def test_tables_of_the_samples_cite_their_rows(service):
    from assistant.analytics import tables

    snap = service.snapshot()
    t = tables(snap)
    assert t.costs["cid"].notna().all() and t.indicators["cid"].notna().all() and t.details["cid"].notna().all()
    row = t.costs[(t.costs["jigyo_no"] == "02 05 02") & (t.costs["year"] == 2024)].iloc[0]
    assert row["settlement"] == 14434.0 and snap.chunks[row["cid"]].meta["section"] == "6"
    assert t is tables(snap)  # built once per generation
    shown = display_frame("costs", t.costs)
    assert "決算額（千円）" in shown.columns and shown["年度"].iloc[0].startswith("R")

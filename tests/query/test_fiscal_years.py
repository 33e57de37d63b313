"""Years written as a report writes them (FY2024, FY22〜FY24) and a year from which figures are listed."""

from __future__ import annotations

import pytest

from assistant.query.years import names_year, parse_years, spell_fiscal_years


def test_fy_years_are_spelled_as_fiscal_years():
    assert spell_fiscal_years("FY2024の決算") == "2024年度の決算"
    assert spell_fiscal_years("FY24末") == "2024年度末"
    assert spell_fiscal_years("FY2022〜FY2024の推移") == "2022年度〜2024年度の推移"
    assert spell_fiscal_years("PFY2024") == "PFY2024"  # part of another word: left as typed


def test_a_year_from_which_figures_are_listed_runs_to_the_newest():
    assert parse_years("決算額を2022年度から時系列で", 2024)[0] == [2022, 2023, 2024]
    assert parse_years("2022年度の決算額", 2024)[0] == [2022]


def test_a_year_alone_is_a_column_not_a_part():
    # (「2023年度と2024年度、それぞれ」 asks the table's year columns, no breakdown of a figure)
    for word in ("2023年度", "2024", "R5", "令和6年度", "H30年度", "昨年度"):
        assert names_year(word), word
    for word in ("運動部", "20代", "2023年度の予算", "長野市"):
        assert not names_year(word), word



@pytest.mark.parametrize("typed, spelled", [
    ("今期の決算額", "今年度の決算額"), ("来期のアクションプラン", "来年度のアクションプラン"),
    ("前期より減った", "前年度より減った"), ("前期比で", "前年比で"), ("前年度比で28件減少", "前年比で28件減少"), ("前期比増加額", "前年比増加額"), ("今期採択された６件", "今年度採択された６件"),
    # a period word inside a longer name is no year
    ("前期高齢者の医療費", "前期高齢者の医療費"), ("上半期", "上半期"), ("中期計画", "中期計画"), ("次期計画", "次期計画"),
])
def test_a_business_says_its_years_as_terms(typed, spelled):
    assert spell_fiscal_years(typed) == spelled


@pytest.mark.parametrize("q, years", [
    ("今年度（2025年度）の志願倍率は、もう出ていますか。", [2025]),
    ("2024年度（昨年度）の決算額は？", [2024]),
    ("昨年度（R6）の実績は？", [2024]),
])
def test_a_relative_year_restated_in_brackets_is_the_year_written(q, years):
    assert parse_years(q, 2024)[0] == years

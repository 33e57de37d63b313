"""The form's vocabulary: 和暦 years, 事業番号, printed numbers and section codes, each defined once."""

from __future__ import annotations

import pytest

from ingest import form


def test_years_both_ways():
    assert form.parse_year("令和６年度") == form.parse_year("R6") == form.parse_year("2024") == 2024
    assert form.parse_year("令和元年") == 2019 and form.parse_year("H30") == 2018 and form.parse_year(2023) == 2023
    assert form.parse_year("") is None and form.parse_year(None) is None
    with pytest.raises(ValueError, match="年度を解釈できません"):
        form.parse_year("来年")
    assert form.fiscal_year_of("令和６年度実施事業分") == 2024 and form.fiscal_year_of("事業改善シート") is None
    assert form.reiwa(2024) == "R6"
    assert form.year_label(2024) == "令和6年度" and form.year_label(2019) == "令和1年度"
    assert form.year_label(2019, gannen=True) == "令和元年度" and form.year_label(2018) == "平成30年度"
    assert form.year_label(1980) == "1980年度"


def test_jigyo_no_numbers_and_nfkc():
    assert form.normalize_jigyo_no("020502") == form.normalize_jigyo_no("02-05-02") == "02 05 02"
    assert form.normalize_jigyo_no("０２ ０５ ０２") == "02 05 02"
    assert form.to_float("△ 3,215") == -3215.0 and form.to_float("８４％") == 84.0 and form.to_float("―") is None
    assert form.numbers_in("決算額は１４，４３４千円、6.0人") == ["14434", "6.0"]
    assert form.nfkc("ＮＰＯ") == "NPO" and form.nfkc(None) == ""


def test_sections_and_citation_keys():
    assert form.SECTIONS == ("1", "2", "3", "4", "5", "6", "7", "8", "9", "9-1", "9-2", "detail", "header")
    assert form.SECTION_TITLES[form.SEC_ANALYSIS] == "成果指標の達成状況に関する要因分析"
    assert form.INDICATOR_SECTIONS == ("4", "8")
    assert form.CITATION_KEYS[0] == "n" and form.CITATION_KEYS[-1] == "quote"


def test_stage_is_the_marked_box_of_the_checks_line():
    assert form.stage_of("□当初要求　□当初予算案 　□補正予算案　■点検") == "点検"
    assert form.stage_of("■当初要求　□当初予算案　□補正予算案　□点検") == "当初要求"
    assert form.stage_of("□当初要求 ■ 当初予算案 □補正予算案 □点検") == "当初予算案"
    assert form.stage_of("□当初要求　■補正予算案　■当初予算案　□点検") == "当初予算案・補正予算案"
    assert form.stage_of("□当初要求　□当初予算案　□補正予算案　□点検") == ""
    assert form.stage_of("") == form.stage_of(None) == ""
    assert form.STAGES == ("当初要求", "当初予算案", "補正予算案", "点検")

"""The question classes blind analytics set 8 (eval/datasets/analytics/dev_blind8.jsonl) taught, in other
wordings than its questions and over other sheets (the bundled samples, and three unseen 健康福祉部 sheets for a
better-lower indicator): 「…ってあったっけ」 asks whether any exist; a year restated in brackets between the
事業 and its particle (「事業（令和6年度）を一覧にして」); a 部局 with katakana in its name that has no sheet
(「スマートシティ推進部」) is said to have none, not dropped; two thresholds on two figures (「執行率が95%以上で、しかも
一般財源の割合が7割以上」) both keep the rows; a threshold joined by 「しかも/なおかつ」 to a change is the level's, not
the change's (「予算現額が1億円以上で、しかも前年度より減っている」); indicators of one kind (「小さいほど望ましい
種類の指標に限って」) are a group over every sheet, kept as that kind even when read 目標÷実績; a total's change
between two years is told as a % too; both ends of group totals (「いちばん多い部局といちばん少ない部局」) are named; a sheet asked for (「…が一番少ないシートはどれ」) is a 事業, counted per 事業; a ranking asked along with the rows below zero (「上位2つ、それと反対に減額補正をした事業も」) ranks every row and names the negative ones."""

from __future__ import annotations

import pytest

from .test_planner import analytics_of as _answer


def _jigyo(ans) -> set[str]:
    return set(ans.result.rows["jigyo_no"])


@pytest.mark.parametrize("tail", ["ってあったっけ", "ってありましたっけ"])
def test_whether_any_exist_said_colloquially(service, tail):
    ans = _answer(service, f"R4年度→R5年度で予算現額が減った事業{tail}")
    assert ans is not None and ans.spec.change == "decrease" and (ans.spec.compare_year, ans.spec.year) == (2022, 2023)
    assert _jigyo(ans) == {"06 02 01", "07 02 04"}  # 258,000 -> 230,300; 236,500 -> 200,300


def test_a_year_restated_in_brackets_after_the_jigyo(service):
    ans = _answer(service, "予算現額が5千万円以上の事業（令和6年度）を一覧にして")
    assert ans is not None and ans.spec.measure == "total" and ans.spec.year == 2024
    assert _jigyo(ans) == {"06 02 01", "07 02 04", "08 01 02", "09 01 03", "12 04 01"}


def test_a_bukyoku_with_katakana_is_read(service):
    a = service.ask("スマートシティ推進部の事業で、R6の決算額が一番多いのは？")
    assert a.refused and "スマートシティ推進部" in a.answer and not a.citations
    # one that has a sheet is still that 部局's rows
    ans = _answer(service, "観光スポーツ部の事業の令和6年度の予算現額を合計して")
    assert ans is not None and ans.spec.bukyoku == ["観光スポーツ部"] and "139,200千円" in ans.text


def test_two_thresholds_on_two_figures_keep_the_rows(service):
    ans = _answer(service, "令和6年度に執行率が95%以上で、しかも一般財源の割合が7割以上の事業は？")
    assert ans is not None and [c.measure for c in ans.spec.conditions] == ["exec_rate", "general_ratio"]
    assert _jigyo(ans) == {"08 01 02", "12 04 01"}  # 05 03 02 (98.5%) and 07 02 04 (97.5%) are under 70%
    assert "75.2%" in ans.text and "75.0%" in ans.text and "以上で、" in ans.text.split("\n")[0]


def test_a_threshold_joined_to_a_change_is_the_level(service):
    ans = _answer(service, "予算現額が1億円以上で、しかも前年度より予算現額が減っている事業は？")
    assert ans is not None and ans.spec.change == "decrease" and ans.spec.change_condition is None
    assert _jigyo(ans) == {"07 02 04"}  # 200,300 -> 185,600
    assert "185,600千円" in ans.text


def test_indicators_of_one_kind_read_target_over_actual(kenko):
    ans = _answer(kenko, "値が小さいほど望ましい種類の指標に限って、目標÷実績で達成率を出して")
    assert ans is not None and ans.spec.better == "lower" and ans.spec.directed
    assert [i.split("（")[0] for i in ans.result.rows["indicator"]] == ["自殺死亡率"]
    assert "93.2%" in ans.text  # 15.0 ÷ 16.1


def test_indicators_of_one_kind_over_every_sheet(kenko):
    ans = _answer(kenko, "低い方がいい指標について、達成率はそれぞれどのくらい？")
    assert ans is not None and ans.spec.better == "lower" and ans.spec.measure == "achievement"
    assert len(ans.result.rows) == 1
    # one 事業 named outright keeps its own (single-sheet) answer
    assert _answer(kenko, "自殺対策推進事業費の指標のうち、低い方がいい指標の達成率は？") is None


def test_a_totals_change_is_told_as_a_percent_too(service):
    ans = _answer(service, "全事業のR6の予算現額の合計は？R5と比べてどれくらい変わった？")
    assert ans is not None and ans.spec.aggregate == "sum" and ans.spec.compare_year == 2023
    lead = ans.text.split("\n")[0]
    prev, cur = 933_911 + 200_300, 1_028_431 + 185_600  # every 事業 with both years
    assert f"{cur:,}千円" in lead and f"（+{(cur - prev) / prev * 100:.1f}%）" in lead


def test_both_ends_of_group_totals(service):
    ans = _answer(service, "R6の予算現額を部局ごとに足したとき、いちばん多い部局といちばん少ない部局を教えて")
    assert ans is not None and ans.spec.group_by == "bukyoku" and ans.spec.extremes
    lead = ans.text.split("\n")[0]
    assert "農政部（411,600千円" in lead and "企画振興部（18,081千円" in lead


def test_a_sheet_asked_for_is_a_jigyo(service):
    ans = _answer(service, "細事業の数が一番少ないシートはどれ？")
    assert ans is not None and ans.spec.group_by == "jigyo" and ans.spec.aggregate == "count"
    lead = ans.text.split("\n")[0]
    assert "全部で13件" in lead and "協働・共創推進事業費" in lead and "（1件）" in lead


def test_a_ranking_with_the_negative_rows_asked_along(service):
    ans = _answer(service, "R6年度の補正予算等が大きい順に上位2つ、それと反対に減額補正をした事業も知りたい")
    assert ans is not None and ans.spec.measure == "supplementary" and ans.spec.negatives_too
    assert not ans.spec.conditions and ans.result.rows.iloc[0]["jigyo_no"] == "06 02 01"  # +30,000
    lead = ans.text.split("\n")[0]
    assert "の4件です" in lead and all(f"△ {v}千円" in lead for v in ("1,200", "12,400", "3,500", "8,600"))

"""The question classes blind analytics set 7 (eval/datasets/analytics/dev_blind7.jsonl) taught, in other
wordings than its questions and over other sheets (the bundled samples): a % change asked with a second year that
has no era (「令和5年度から6年度にかけて」), a cue that only one row stands out (「飛び抜けて」「ずば抜けて」) and
「…があれば教えて」; a ranking whose subject ends in 最大/最小 (「伸び率が最小の細事業は」) and 「…のはどの事業ですか」
(neither is one 事業 named by its topic); money thresholds in 千万円; a carryover 「計上されている」「入っている」;
achievement read target÷actual when said 「目標値を実績値で割って」; money per staff member (決算額÷職員数);
and the kinds of expense the form never gives (委託料, 旅費…) refused, never read as 決算額 or as a 実施方法."""

from __future__ import annotations

import pytest

from .test_planner import analytics_of as _answer


def _jigyo(ans) -> list[str]:
    return list(ans.result.rows["jigyo_no"])


def test_a_pct_change_with_a_second_year_without_era_that_stands_out(service):
    ans = _answer(service, "令和5年度から6年度にかけて、予算現額の増加率が飛び抜けて高い事業があれば教えて")
    assert ans is not None and ans.spec.measure == "total" and ans.spec.percent
    assert (ans.spec.compare_year, ans.spec.year) == (2023, 2024)
    assert _jigyo(ans)[0] == "02 05 02" and "35.0%" in ans.text  # 13,391 -> 18,081


def test_a_ranking_whose_subject_ends_in_a_superlative_is_no_named_jigyo(service):
    ans = _answer(service, "R4→R6で決算額の伸び率が最小の細事業は？")
    assert ans is not None and ans.spec.measure == "detail_settlement" and ans.spec.percent
    assert ans.spec.order == "asc" and (ans.spec.compare_year, ans.spec.year) == (2022, 2024)


def test_which_jigyo_desu_ka_is_no_named_jigyo(service):
    ans = _answer(service, "令和5年度の執行率がいちばん低いのはどの事業ですか")
    assert ans is not None and ans.spec.measure == "exec_rate" and ans.spec.year == 2023
    assert _jigyo(ans)[0] == "02 05 02" and "88.3%" in ans.text  # 11,828 / 13,391


def test_a_money_threshold_in_sen_man_yen(service):
    ans = _answer(service, "R6年度の決算額が3千万円未満の事業を挙げて")
    assert ans is not None and ans.spec.conditions[0].value == 30_000.0
    assert set(_jigyo(ans)) == {"02 05 02", "05 03 02"}


def test_a_carryover_said_keijo_or_haitte(service):
    ans = _answer(service, "R6に繰越が計上されている事業はどれ？金額も")
    assert ans is not None and ans.spec.measure == "carryover" and ans.spec.year == 2024
    assert set(_jigyo(ans)) == {"08 01 02", "09 01 03"}
    assert "6,500千円" in ans.text and "15,000千円" in ans.text


def test_target_over_actual_said_with_atai(service):
    ans = _answer(service, "達成率が低い順に3つ。減らすのが目標の指標は目標値を実績値で割って比べて")
    assert ans is not None and ans.spec.measure == "achievement" and ans.spec.directed


def test_money_per_staff_member(service):
    ans = _answer(service, "R5の職員一人当たりの決算額が最も小さい事業は？")
    assert ans is not None and ans.spec.measure == "per_staff" and ans.spec.order == "asc"
    assert _jigyo(ans)[0] == "02 05 02"  # 11,828 / 7.0
    assert "約1,690千円" in ans.text and "7.0人" in ans.text


@pytest.mark.parametrize("question", ["旅費を一番使っている事業は？", "委託料が多い順に事業を並べて"])
def test_a_kind_of_expense_is_refused(service, question):
    assert _answer(service, question) is None
    ans = service.ask(question)
    assert ans.refused, ans.answer

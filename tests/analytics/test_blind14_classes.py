"""The question classes blind analytics set 14 (eval/datasets/analytics/dev_blind14.jsonl) taught, in other
wordings than its questions and over other sheets (the bundled samples, and three unseen sheets of 健康福祉部 where
自殺死亡率 is better lower): the rows a change keeps asked with the amount it moved (「…増えた事業と、増えた額」, it
was refused as no 事業 named); one named indicator's 達成率 read in its direction (the single-sheet answer told its
figures only); one named 事業's 細事業 whose 決算額 moved between two years, the others told; the share of one named
事業's largest 細事業 (「一番お金をかけた細事業は全体の何割」); two named 事業 side by side on money tell their
difference (「比べて…どう違う」); 事業 kept by a money condition and by the status of their indicators (「達成した
指標があって、しかもR6に減額補正をしている事業」: it listed the indicators); 細事業 counted per 事業 with the largest
細事業 of the 事業 with the most (「その中で一番大きい細事業も」)."""

from __future__ import annotations

from .test_planner import analytics_of as _answer


def test_rows_a_change_keeps_with_the_amount_moved(service):
    ans = _answer(service, "R6の当初予算が前年度より増えた事業と、増えた額を教えて")
    assert ans is not None and ans.spec.measure == "initial" and ans.spec.change == "increase"
    assert ans.spec.compare_year == 2023 and len(ans.result.rows) >= 1


def test_one_named_indicator_rate_in_its_direction(kenko):
    ans = _answer(kenko, "自殺対策の事業の「自殺死亡率」は、達成率にすると何パーセント？")
    assert ans is not None and ans.spec.measure == "achievement" and ans.spec.directed
    assert len(ans.result.rows) == 1 and "自殺死亡率（人口10万人当たりの自殺者数）」：93.2%（目標" in ans.text  # 15.0 ÷ 16.1
    assert ans.text.startswith("自殺対策推進事業費「自殺死亡率")  # the one row told in the sentence, not 「指標は1件です」


def test_one_named_indicator_rate_asked_plainly(service):
    ans = _answer(service, "新規就農者の事業の「就農５年後の定着率」の達成率はどのくらい？")
    assert ans is not None and ans.spec.measure == "achievement" and len(ans.result.rows) == 1
    assert "91.4%" in ans.text  # 82.3 ÷ 90.0


def test_one_named_jigyo_details_that_moved(service):
    ans = _answer(service, "家庭の脱炭素化推進事業費の細事業のうち、R5の決算がR4より減ったのはどれ？")
    assert ans is not None and ans.spec.jigyo == ["06 02 01"] and ans.spec.change == "decrease"
    assert list(ans.result.rows["detail"]) == ["既存住宅エネルギー自立化促進事業"]  # 233,950 → 204,311
    assert "家庭の省エネ行動促進事業（13,565千円 → 15,332千円" in ans.text  # the other one, told
    fewer = _answer(service, "中小企業ＤＸ推進支援事業費の細事業で、R6の決算額がR4より少ないものはある？")
    assert fewer is not None and fewer.spec.change == "decrease" and (fewer.spec.year, fewer.spec.compare_year) == (2024, 2022)
    assert list(fewer.result.rows["detail"]) == ["中小企業ＤＸ推進事業"]


def test_the_share_of_one_named_jigyo_largest_detail(service):
    ans = _answer(service, "インバウンド誘客推進事業費で、R6に一番お金をかけた細事業は事業全体の何割？")
    assert ans is not None and ans.spec.measure == "detail_top_share" and ans.spec.jigyo == ["08 01 02"]
    assert "海外誘客プロモーション事業：83.3%" in ans.text  # 112,408 ÷ 134,906


def test_two_named_jigyo_side_by_side_tell_the_difference(service):
    ans = _answer(service, "協働・共創推進事業費と流域治水推進事業費を比べて、R6の決算額と職員数はどう違う？")
    assert ans is not None and ans.spec.named and ans.spec.measure == "settlement"
    assert "28,831千円多い" in ans.text  # 43,265 − 14,434


def test_jigyo_kept_by_money_and_by_their_indicators_status(service):
    ans = _answer(service, "達成した指標があって、しかもR6に減額補正をしている事業ってある？")
    assert ans is not None and ans.spec.measure == "supplementary" and ans.spec.has_status == "達成"
    assert sorted(ans.result.rows["jigyo_no"]) == ["07 02 04", "09 01 03"]  # 05 03 02 and 12 04 01 met none


def test_details_counted_per_jigyo_with_the_largest_of_the_top(service):
    ans = _answer(service, "細事業の数が最も多い事業と、その中で決算額が最大の細事業を教えて")
    assert ans is not None and ans.spec.group_by == "jigyo" and ans.spec.top_member
    assert ans.result.rows.iloc[0]["jigyo_no"] == "09 01 03"
    assert "就農準備・経営開始支援事業（338,902千円、R6年度）" in ans.text

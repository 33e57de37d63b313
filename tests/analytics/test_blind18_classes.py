"""The question classes blind analytics set 18 (eval/datasets/analytics/dev_blind18.jsonl) taught, in other
wordings than its questions and over other sheets (the bundled samples and three unseen sheets of 健康福祉部):
a direction said as the aim (「減らすことを目標にしている指標」「増加を目指す指標」: not read, so no kind was picked
out), indicators asked 「…ものはありますか」 after 指標 (left to the single-sheet answers), an indicator listed by its
status told against its target (「未達成」 with no target beside), a turn of the 推移 said with 「…したあと」 (read as
↘ alone), a steady fall said 「減り続けている」 (read as any change), one named indicator's move between two years
(「どれくらい上がった」: the single-sheet answer gave the years, never the difference), a mean of 職員数 (printed in
0.5人 steps) told to the decimals it needs (4.25人, not 4.2人), and a breakdown by an office or area the sheet names
without figures (「地域ごとの内訳」: the sheet's 「地域ごとのネットワーク」 was taken for it)."""

from __future__ import annotations

from .test_planner import analytics_of as _answer


def test_a_direction_said_as_the_aim(kenko, service):
    ans = _answer(kenko, "減少を目指している指標で、未達成のものはありますか？")
    assert ans is not None and ans.spec.better == "lower" and ans.spec.status == "未達成"
    assert list(ans.result.rows["indicator"]) == ["自殺死亡率（人口10万人当たりの自殺者数）"], ans.text
    ans = _answer(service, "増やすことを目標とする指標のうち、達成しているものはありますか")
    assert ans is not None and ans.spec.better == "higher" and ans.spec.status == "達成" and len(ans.result.rows) == 5


def test_a_status_list_tells_each_actual_against_its_target(service):
    ans = _answer(service, "農政部の成果指標で、R6に未達成だったものはありますか")
    assert ans is not None and ans.spec.status == "未達成" and len(ans.result.rows) == 2
    assert "188人（目標 250人）" in ans.text and "82.3％（目標 90.0％）" in ans.text, ans.text


def test_a_turn_said_with_atode(service):
    ans = _answer(service, "R5で悪化した後で、R6は改善に転じた指標はありますか")
    assert ans is not None and (ans.spec.trend_before, ans.spec.trend) == ("↘", "↗")
    assert sorted(ans.result.rows["jigyo_no"]) == ["06 02 01", "07 02 04", "09 01 03"], ans.text


def test_a_steady_fall_said_with_herituzukeru(service):
    ans = _answer(service, "決算額がR4からR6まで減り続けている事業はありますか")
    assert ans is not None and ans.spec.steady == "decrease"
    assert list(ans.result.rows["jigyo_no"]) == ["07 02 04"], ans.text
    assert "R4 221,386千円 → R5 193,577千円 → R6 180,942千円" in ans.text


def test_one_named_indicator_moved_between_two_years(service):
    ans = _answer(service, "中小企業ＤＸ推進支援事業費の労働生産性の向上率は、R4からR6で何ポイント伸びましたか")
    assert ans is not None and ans.spec.indicators == ["07 02 04#2"] and ans.spec.change == "any"
    assert (ans.spec.year, ans.spec.compare_year) == (2024, 2022)
    assert "5.2％ → 7.1％（+1.9ポイント）" in ans.text and "R5 6.8％" in ans.text, ans.text


def test_a_mean_of_staff_told_to_the_decimals_it_needs(service):
    ans = _answer(service, "R5年度の職員数の平均を教えて")
    assert ans is not None and ans.spec.measure == "staff" and ans.spec.aggregate == "mean"
    assert "5.25人" in ans.text and "5.2人" not in ans.text, ans.text


def test_a_breakdown_by_area_the_sheet_gives_no_figures_for(service):
    ans = service.ask("新規就農者育成総合対策事業費のR6決算額を、地域ごとの内訳で教えて")
    assert ans.refused and "地域ごとの内訳" in ans.answer, ans.answer
    ans = service.ask("新規就農者育成総合対策事業費のR6決算額を、振興局別に教えて")
    assert ans.refused, ans.answer

"""The question classes blind analytics set 10 (eval/datasets/analytics/dev_blind10.jsonl) taught, in other
wordings than its questions and over other sheets (the bundled samples, and three unseen 健康福祉部 sheets for a
better-lower indicator): a ranking of a change that names no subject (「一番減ったのは？」); a money threshold then a
rate threshold (「予算現額2,000万円以上、かつ一般財源の割合50%以上」: the first threshold is the first figure's);
「…指標、どのくらいある」 is a count; 「達成率（実績÷目標）」 in brackets only names the rate (each indicator is
still read in its direction); the rows below zero asked along with a ranking (「マイナス補正のものもあれば」, and
「反対に減少した細事業は」 with a change ranked); a count or an existence question tells the rows it checked and
did not keep (「ほかの6事業は…0千円」, 「毎年増えていない2事業」); both ends asked with a total; a condition said at
the year before a change of a rate (「R5は…だったのに、R6で割合が下がった」, in points); a 事業's money in its
largest 細事業 (「1つの細事業に偏っている事業」).  And one that came with main's 「R4から」 reaching the newest year
(dev_blind7 an7-05 fell to 0.963 on 3251fe6): 「令和4年度から5年度にかけて」 ends at R5."""

from __future__ import annotations

import pytest

from .test_planner import analytics_of as _answer


def _jigyo(ans) -> set[str]:
    return set(ans.result.rows["jigyo_no"])


def test_a_change_ranked_with_no_subject_word(service):
    ans = _answer(service, "前年度から予算現額が一番減ったのは？")
    assert ans is not None and ans.spec.measure == "total" and ans.spec.change == "decrease" and ans.spec.limit == 1
    assert ans.result.rows["jigyo_no"].iloc[0] == "07 02 04"  # 中小企業ＤＸ 200,300 → 185,600
    assert "-14,700千円" in ans.text


def test_a_money_threshold_then_a_rate_threshold(service):
    ans = _answer(service, "R6で予算現額2,000万円以上、かつ一般財源の割合50%以上の事業は？")
    assert ans is not None and ans.spec.measure == "total"
    conds = {(c.measure, c.op, c.value) for c in ans.spec.conditions}
    assert conds == {("total", ">=", 20000.0), ("general_ratio", ">=", 0.5)}
    assert len(ans.result.rows) == 4 and "139,200千円、一般財源の割合 75.2%" in ans.text


def test_how_many_asked_with_dono_kurai(service):
    ans = _answer(service, "達成状況が未達成なのに達成率95%以上の指標、どのくらいある？")
    assert ans is not None and ans.spec.aggregate == "count" and ans.spec.status == "未達成"
    assert len(ans.result.rows) == 3 and "3件" in ans.text


def test_achievement_defined_in_brackets_reads_each_direction(kenko):
    ans = _answer(kenko, "達成率（実績÷目標）が一番低い指標は？")
    assert ans is not None and ans.spec.directed
    assert "93.2%（目標" in ans.text  # 自殺死亡率 15.0÷16.1 (better lower), not 16.1÷15.0 = 107.3%


@pytest.mark.parametrize("question, fallen, figure", [
    ("R6の補正予算等で一番大きく増額したのはどこ？マイナス補正のものもあれば挙げて。", 4, "△ 12,400千円"),
    ("細事業で、R5からR6への伸び率が最も高いのはどれ？反対に減少した細事業は？", 1, "193,577千円 → 180,942千円"),
])
def test_the_rows_below_zero_asked_along_with_a_ranking(service, question, fallen, figure):
    ans = _answer(service, question)
    assert ans is not None and ans.spec.negatives_too and ans.spec.limit == 1
    below = ans.result.rows[ans.result.rows["value"] < 0]
    lead = ans.text.split("\n")[0]
    assert len(below) == fallen and figure in lead
    if ans.spec.change:  # a change ranked (every row with both years): the falls told in the lead
        assert ans.spec.change == "any" and "減った細事業は中小企業ＤＸ推進支援事業費 細事業1" in lead
    else:
        assert "（減額）の事業は" in lead


def test_a_count_or_existence_tells_the_rows_not_kept(service):
    ans = _answer(service, "R5に繰越がある事業ってある？金額も")
    assert ans is not None and len(ans.result.rows) == 2
    assert "ほかの6事業は条件に当たりません" in ans.text and "協働・共創推進事業費（0千円）" in ans.text
    assert ans.spec.others
    assert len({c.jigyo_no for c in ans.citations}) == 8  # every 事業 checked is cited
    steady = _answer(service, "R4からR6まで予算現額が毎年増えている事業はいくつ？")
    assert steady is not None and len(steady.result.rows) == 6
    assert "ほかの2事業は毎年増えていません" in steady.text and "R4 236,500千円 → R5 200,300千円" in steady.text
    # a plain list (「すべて教えて」) names only the rows kept
    plain = _answer(service, "R5に繰越があった事業をすべて教えて")
    assert plain is not None and "条件に当たりません" not in plain.text


def test_both_ends_asked_with_a_total(service):
    ans = _answer(service, "R6で職員数が一番多い事業と一番少ない事業、それと合計は？")
    assert ans is not None and ans.spec.aggregate == "sum"
    lead = ans.text.split("\n")[0]
    assert "44.0人" in lead and "新規就農者育成総合対策事業費（11.5人）" in lead
    assert "最も少ないのは流域治水推進事業費（2.0人）" in lead


def test_a_condition_at_the_year_before_a_change_of_a_rate(service):
    ans = _answer(service, "R5は一般財源の割合が50%以上だったのに、R6で一般財源の割合が下がった事業は？")
    assert ans is not None and ans.spec.change == "decrease"
    assert _jigyo(ans) == {"02 05 02"}
    assert "99.9% → 66.7%（-33.2ポイント）" in ans.text and "R5年度に一般財源の割合が50%以上" in ans.text
    assert ans.spec.condition_year == 2023


def test_a_jigyos_money_in_its_largest_detail(service):
    ans = _answer(service, "決算額が1つの細事業に偏っている事業はどこ？最大の細事業が何割を占めるか")
    assert ans is not None and ans.spec.measure == "detail_top_share"
    rows = ans.result.rows
    assert len(rows) == 8 and rows["jigyo_no"].nunique() == 8  # one row per 事業: its largest 細事業
    assert "93.8%（248,905千円÷細事業の合計 265,310千円）" in ans.text


def test_a_span_ends_at_the_second_year_named_without_era(service):
    # 「令和4年度から」 alone reaches the newest year in the query layer; 「…から5年度にかけて」 ends at R5
    ans = _answer(service, "令和4年度から5年度にかけて、決算額の伸び率が一番高い事業は？")
    assert ans is not None and (ans.spec.compare_year, ans.spec.year) == (2022, 2023)
    assert ans.result.rows["jigyo_no"].iloc[0] == "08 01 02" and "+82.4%" in ans.text  # インバウンド 72,118 → 131,574

"""The question classes blind analytics set 17 (eval/datasets/analytics/dev_blind17.jsonl) taught, in other
wordings than its questions and over other sheets (the bundled samples and three unseen sheets of 健康福祉部):
indicators asked with 「…ものはどれ」「…のはどれ」 after 指標 was said earlier in the sentence (「〇〇部の成果指標の
うち、未達成のものはどれ」: it was left to the single-sheet answers, which refused the 部局 or read one sheet); a
direction said with the figure moving (「数値が下がるほど良い指標」「上がるほど良い」: it was not read, so no kind of
indicator was picked out); indicators of one unit (「単位が％の成果指標のうち」「「人」単位の指標」: the unit was no
filter; now the kind is in scope, told with its count, and the others of that unit are cited beside); rows kept by a
money condition asked with 「年度と金額も」 (every year read, each row with its year: it read the newest year only)."""

from __future__ import annotations

from .test_planner import analytics_of as _answer


def test_indicators_asked_of_mono_after_shihyo_are_listed(service):
    ans = _answer(service, "農政部の成果指標のうち、未達成のものはどれですか")
    assert ans is not None and ans.spec.status == "未達成" and ans.spec.bukyoku == ["農政部"]
    assert len(ans.result.rows) == 2  # 新規就農者数（45歳未満） and 就農５年後の定着率 (里親研修 is 達成)
    assert "農政部の達成状況が「未達成」の指標は2件です" in ans.text and "「就農５年後の定着率」" in ans.text
    ans = _answer(service, "成果指標のうち、達成しているものを挙げてください")  # 「…ものを挙げて」 too
    assert ans is not None and ans.spec.status == "達成" and len(ans.result.rows) == 5


def test_a_direction_said_with_the_figure_moving(kenko):
    # 「下がった方がいい」: better lower, as 自殺死亡率 (16.1 against a target of 15.0, 未達成) is
    ans = _answer(kenko, "数値が下がった方がいい指標のうち、未達成のものはどれですか")
    assert ans is not None and ans.spec.better == "lower" and ans.spec.status == "未達成"
    assert list(ans.result.rows["indicator"]) == ["自殺死亡率（人口10万人当たりの自殺者数）"], ans.text


def test_indicators_of_one_unit(service):
    ans = _answer(service, "「人」単位の指標のうち、達成できているのはどれ？")
    assert ans is not None and ans.spec.unit == "人" and ans.spec.status == "達成"
    assert list(ans.result.rows["indicator"]) == ["マイ・タイムライン作成講座の参加者数"]
    assert "（単位が「人」の指標4件中、" in ans.text  # the kind picked out, with how many there are
    assert "ほかの3指標は条件に当たりません" in ans.text and "「新規就農者数（45歳未満）」（188人）" in ans.text
    assert len(ans.citations) == 4  # the three others of that unit are cited too


def test_a_percent_unit_is_one_with_its_full_width_print(service):
    ans = _answer(service, "パーセント表示の成果指標はいくつありますか")
    assert ans is not None and ans.spec.unit == "%" and ans.spec.aggregate == "count"
    assert int(ans.result.scalar) == len(ans.result.rows) == 6  # printed ％ (full width) on every sheet


def test_rows_kept_by_a_money_condition_asked_with_their_years(service):
    ans = _answer(service, "前年度繰越があった事業はありますか。金額と年度も教えて")
    assert ans is not None and ans.spec.span == 3
    assert "家庭の脱炭素化推進事業費（R5年度）（環境部）：12,000千円" in ans.text  # R5's: only R6 was read
    assert "中小企業ＤＸ推進支援事業費（R5年度）" in ans.text and "前年度繰越がプラスの事業は4件" in ans.text

"""The question classes blind analytics set 6 (eval/datasets/analytics/dev_blind6.jsonl) taught, in other
wordings than its questions and over other sheets (the bundled samples, and three unseen 健康福祉部 sheets):
a condition list kept to the year the question names (「令和4年度に補正で減額された事業をすべて」), 「事業と、
それぞれの額」 with a comma and the listed money's total, a threshold said with 「に届かなかった」「を下回った」
(no indicator status), 「一般財源だけでまかなった年度がある」 (a ratio of exactly 100% in any year), spoken verb
forms of a change (「減ってる」「増えてる」), a 部局's group totals that name the 事業 summed, achievement read
target÷actual for the indicators better lower when the question says so, 「…した事業の中で、…のは？」 (a second
condition on another figure, shown in each row), 事業 kept by a count of their indicators then ranked on money,
達成・未達成 counted together (a count per status), and 事業所 (an establishment) never read as 事業 (a program)."""

from __future__ import annotations

import pytest


from .test_planner import analytics_of as _answer


def _jigyo(ans) -> set[str]:
    return set(ans.result.rows["jigyo_no"])


def test_a_condition_list_keeps_to_the_year_named(service):
    ans = _answer(service, "令和4年度に補正予算等で減額された事業をすべて教えて")
    assert ans is not None and ans.spec.year == 2022
    assert _jigyo(ans) == {"02 05 02", "08 01 02", "09 01 03"}  # not the R6 減額 of 05 03 02 or 07 02 04
    assert "R4年度" in ans.text and "医療的ケア児" not in ans.text


def test_rows_with_their_figure_after_a_comma_and_their_total(service):
    ans = _answer(service, "令和5年度に繰越があった事業と、それぞれの額は？")
    assert ans is not None and ans.spec.measure == "carryover" and ans.spec.year == 2023
    assert _jigyo(ans) == {"06 02 01", "07 02 04"}
    assert "12,000千円" in ans.text and "8,000千円" in ans.text
    assert "合計" in ans.text and "20,000千円" in ans.text


@pytest.mark.parametrize("question,year,want", [
    ("R4の執行率が93%に届かなかった事業は何件で、どこ？", 2022, {"08 01 02", "11 03 05"}),
    ("R6年度の執行率が95%を下回った事業はいくつ？", 2024, {"02 05 02", "11 03 05", "09 01 03"}),
])
def test_a_threshold_not_reached_is_no_indicator_status(service, question, year, want):
    ans = _answer(service, question)
    assert ans is not None and ans.spec.measure == "exec_rate" and ans.spec.status is None and ans.spec.year == year
    assert _jigyo(ans) == want


def test_a_ratio_of_exactly_all_in_any_year(service):
    ans = _answer(service, "予算を一般財源だけでまかなった年度がある事業はありますか")
    assert ans is not None and ans.spec.measure == "general_ratio" and ans.spec.span == 3
    rows = ans.result.rows
    assert list(zip(rows["jigyo_no"], rows["year"])) == [("08 01 02", 2022)]  # 協働・共創 R4 is 99.8%, not all
    assert "インバウンド誘客推進事業費" in ans.text and "81,400" in ans.text


def test_spoken_verb_forms_of_a_change(service):
    down = _answer(service, "決算額が前年度より減ってる事業ある？")
    assert down is not None and down.spec.change == "decrease" and _jigyo(down) == {"07 02 04"}
    up = _answer(service, "予算現額が年々増えてる事業は？")
    assert up is not None and up.spec.steady == "increase" and up.spec.measure == "total"
    assert _jigyo(up) == {"05 03 02", "02 05 02", "08 01 02", "11 03 05", "12 04 01", "09 01 03"}


def test_a_bukyoku_group_total_names_the_jigyo_summed(kenko):
    ans = _answer(kenko, "健康福祉部の事業の予算現額を年度ごとに合計して")
    assert ans is not None and ans.spec.group_by == "year" and ans.spec.bukyoku == ["健康福祉部"]
    lead = ans.text.split("\n")[0]
    for name in ("地域医療介護人材確保事業費", "がん検診受診率向上事業費", "自殺対策推進事業費"):
        assert name in lead
    assert "908,950千円" in ans.text  # R6: 736,250 + 52,900 + 119,800


def test_achievement_read_target_over_actual_for_lower_is_better(kenko):
    ans = _answer(kenko, "達成率が低い順に3つ。値が低いほど良い指標は、目標を実績で割った値で比べて")
    assert ans is not None and ans.spec.measure == "achievement" and ans.spec.better is None
    top = ans.result.rows.head(3)
    assert top["indicator"].tolist()[1].startswith("自殺死亡率")  # 15.0 ÷ 16.1 = 93.2%, not 16.1 ÷ 15.0
    assert "93.2%" in ans.text and "目標÷実績" in ans.text


def test_a_second_condition_on_another_figure_shows_it(kenko):
    ans = _answer(kenko, "R6に補正で増額した事業の中で執行率が95%を超えたのは？")
    assert ans is not None and ans.spec.measure == "exec_rate" and ans.spec.year == 2024
    assert _jigyo(ans) == {"05 06 02"}  # 地域医療介護 (増額 35,000) is 93.7%
    assert "15,600" in ans.text and "97.6%" in ans.text


@pytest.mark.parametrize("question", ["協力事業所の数はいくつ？", "認定事業所は県内に何事業所ある？",
                                      "事業所ごとの件数は？"])
def test_jigyosho_is_no_jigyo(service, question):
    ans = _answer(service, question)
    assert ans is None or ans.spec.table == "indicators", question  # never the 事業 counted or summed
    assert _answer(service, "事業の数はいくつ？").spec.aggregate == "count"  # 事業 itself still is


def test_jigyo_kept_by_a_count_then_ranked_on_money(service):
    ans = _answer(service, "未達成の指標が2つ以上ある事業の中で、予算現額が一番小さいのは？")
    assert ans is not None and ans.spec.rank_by == "total" and ans.spec.order == "asc"
    assert set(ans.result.rows["jigyo_no"]) == {"02 05 02", "07 02 04", "09 01 03"}
    lead = ans.text.split("\n")[0]
    assert "最も小さいのは協働・共創推進事業費で、18,081千円" in lead  # R6 予算現額, cited to section 6
    assert "185,600千円" in lead and "411,600千円" in lead
    assert any(c.section == "6" and c.jigyo_no == "02 05 02" for c in ans.citations)


def test_both_statuses_counted_at_once(service):
    ans = _answer(service, "指標の達成と未達成はそれぞれ何件？")
    assert ans is not None and ans.spec.group_by == "status" and ans.spec.status is None
    rows = ans.result.rows
    assert dict(zip(rows["status"], rows["value"])) == {"未達成": 12, "達成": 5, "―": 1}
    assert "全部で18件" in ans.text and "「達成」：5件" in ans.text and "「未達成」：12件" in ans.text

"""The question classes blind analytics set 20 (eval/datasets/analytics/dev_blind20.jsonl) taught, in other
wordings than its questions and over other sheets (the bundled samples): a condition split by the years it held
(「補正予算を3年連続で組んだ」: the condition word was never found), a year pair aside in brackets (「増えた事業（R4→R5）」:
no question left), the statuses counted 「件数で」 (no group), a 部局's rows shown with two figures (「…の事業だけで、
予算現額と執行率を見せて」: nothing planned), the indicators of one unit listed (「単位が「人」の成果指標ってどれが
ある」: refused as a 単位 not written), a 推移 of → or two 推移 at once (「「→」または「↘」」: → unread, ↘ only),
a figure asked in a clause of its own beside two compared (「…、職員1人当たりの決算額も」: left out), and a figure
broken down by route or course (「路線ごとの利用件数」「コース別の受講者数」: the sheet's whole told instead of a refusal)."""

from __future__ import annotations

from .test_planner import analytics_of as _answer


def test_a_condition_held_over_the_years(service):
    ans = _answer(service, "補正予算を3年連続で組んだ事業ってありますか")
    assert ans is not None and ans.spec.steady == "held", ans and ans.text
    assert [(c.measure, c.op) for c in ans.spec.conditions] == [("supplementary", "!=")]
    assert list(ans.result.rows["jigyo_name"]) == ["家庭の脱炭素化推進事業費"], ans.text


def test_a_year_pair_aside(service):
    ans = _answer(service, "予算現額が前年度より増えた事業（R4→R5）は？")
    assert ans is not None and (ans.spec.change, ans.spec.year, ans.spec.compare_year) == ("increase", 2023, 2022)
    assert len(ans.result.rows) == 6 and "インバウンド誘客推進事業費（観光スポーツ部）：81,400千円 → 138,200千円" in ans.text, ans.text


def test_statuses_counted_said_kensu_de(service):
    ans = _answer(service, "指標の達成状況をざっと件数で知りたい")
    assert ans is not None and (ans.spec.group_by, ans.spec.aggregate) == ("status", "count")
    assert "「未達成」：12件" in ans.text and "「達成」：5件" in ans.text, ans.text


def test_a_bukyoku_rows_shown_with_two_figures(service):
    ans = _answer(service, "産業労働部の事業だけで、R6の予算現額と執行率を見せて")
    assert ans is not None and (ans.spec.measure, ans.spec.also, ans.spec.bukyoku) == ("total", ["exec_rate"], ["産業労働部"])
    assert "中小企業ＤＸ推進支援事業費（産業労働部）：185,600千円、執行率 97.5%" in ans.text, ans.text


def test_the_indicators_of_one_unit_listed(service):
    ans = _answer(service, "単位が「人」の成果指標ってどれがありますか")
    assert ans is not None and ans.spec.unit == "人"
    assert len(ans.result.rows) == 4 and "マイ・タイムライン作成講座の参加者数" in ans.text, ans.text


def test_a_flat_trend_and_two_trends_at_once(service):
    ans = _answer(service, "R5年度の推移が「→」または「↘」の成果指標は？")
    assert ans is not None and {ans.spec.trend, ans.spec.trend_or} == {"→", "↘"} and not ans.spec.change
    assert len(ans.result.rows) == 4 and "共創セッションへの企業数" in ans.text, ans.text
    ans = _answer(service, "R5の推移が横ばいの指標を挙げて")
    assert ans is not None and ans.spec.trend == "→"
    assert list(ans.result.rows["indicator"]) == ["共創セッションへの企業数"], ans.text


def test_a_figure_asked_in_a_clause_of_its_own(service):
    ans = _answer(service, "協働・共創推進事業費と流域治水推進事業費を比べて。R6の決算額と職員数、職員1人当たりの決算額も")
    assert ans is not None and ans.spec.also == ["staff", "per_staff"], ans and ans.text
    assert "職員1人あたりの決算額 約21,633千円（21,632.5千円）" in ans.text, ans.text
    assert "職員1人あたりの決算額 約2,406千円（2,405.7千円）" in ans.text, ans.text


def test_a_breakdown_by_route_or_course_is_refused(service):
    for q, kind in (("インバウンド誘客推進事業費の乗換案内、路線ごとの利用件数を教えて", "路線ごと"),
                    ("新規就農者育成総合対策事業費の研修、コース別の受講者数は？", "コース別")):  # 計119名 only
        ans = service.ask(q)
        assert ans.refused and f"「{kind}の内訳」" in ans.answer, ans.answer

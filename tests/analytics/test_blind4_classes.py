"""The question classes blind analytics set 4 (eval/datasets/analytics/dev_blind4.jsonl) taught,
in other wordings than its questions: 「上から・下からN」 rankings, a change said as its amount
(減少額・増加幅), 「一番届かなかった」 as the lowest achievement, a ranking that names no subject
(「…が最も低かったのは？」), and 細事業 asked for when the money word stands in another sentence."""

from __future__ import annotations

import pytest

from assistant.analytics.execute import execute
from assistant.analytics.spec import QuerySpec
from assistant.analytics.tables import build_tables

from .fake import FakeSnap, cost, indicator, sheet
from .test_planner import _spec, analytics_of as _answer, assert_spec

PLANNED = [
    # counted from the top / the bottom
    ("執行率が低い事業、下から3つは？", dict(measure="exec_rate", order="asc", limit=3)),
    ("予算現額が多い事業、上から4つは？", dict(measure="total", order="desc", limit=4)),
    # a change said as its amount
    ("当初予算の増加額が一番大きかった事業はどこ？", dict(measure="initial", change="increase", order="desc")),
    ("決算額の減り幅がいちばん大きいのはどの事業？", dict(measure="settlement", change="decrease", order="desc")),
    # the lowest achievement said as the target missed the most
    ("目標に一番届かなかった指標はどれですか", dict(measure="indicator_value", order="asc", limit=1)),
    ("達成率でみて、目標を最も大きく下回った指標は？", dict(measure="achievement", order="asc", limit=1)),
    # a ranking with no subject word
    ("R5年度で執行率がもっとも低かったのは？", dict(measure="exec_rate", year=2023, order="asc", limit=1)),
    # achievement said as the target exceeded, and the indicators' direction told in the question
    ("目標を一番大きく超えた指標はどれ？", dict(measure="achievement", order="desc", limit=1)),
    ("割合や率のように低いほど良い指標で、達成率が最も高いものは？", dict(measure="achievement", better="lower",
                                                                    aggregate=None)),
    # the largest 減額 by 補正 is the most negative 補正予算等 (the words between 補正 and 減額 allowed)
    ("補正予算を最も大きく減額した事業は？", dict(measure="supplementary", order="asc", limit=1,
                                             conditions=[{"measure": "supplementary", "op": "<", "value": 0.0}])),
    # 細事業 asked, the money word in the next sentence
    ("いちばん大きく伸びた細事業はどれ？金額で教えて", dict(measure="detail_settlement", change="increase")),
]


@pytest.mark.parametrize("question,want", PLANNED)
def test_blind4_cue_words_fill_the_spec(service, question, want):
    assert_spec(service, question, want)


def test_two_jigyo_named_by_a_short_word_are_summed(service):
    ans = _answer(service, "脱炭素の事業とインバウンドの事業、R6の決算額を合わせるといくら？")
    assert ans is not None and ans.spec.named and ans.spec.aggregate == "sum"
    assert sorted(ans.spec.jigyo) == ["06 02 01", "08 01 02"]
    assert ans.result.scalar == 265310 + 134906 and "400,216千円" in ans.text


def test_two_jigyo_named_by_a_short_word_are_compared(service):
    ans = _answer(service, "不登校の事業と新規就農の事業、R6の決算額はどちらが大きい？差は？")
    assert ans is not None and sorted(ans.spec.jigyo) == ["09 01 03", "12 04 01"]
    assert f"{389776 - 104377:,}千円多い" in ans.text


def test_the_changes_of_two_named_jigyo_are_told_side_by_side(service):
    ans = _answer(service, "中小企業DXと流域治水の当初予算、前の年からの伸びを比べてみて")
    assert ans is not None and ans.spec.change == "any" and sorted(ans.spec.jigyo) == ["07 02 04", "11 03 05"]
    assert len(ans.result.rows) == 2 and "→" in ans.text and "質問に挙がった2事業の、" in ans.text


def test_a_pair_word_with_fewer_than_two_names_keeps_the_other_paths(service):
    # 合わせ with one 事業 linked and no second name: not a named comparison
    ans = _answer(service, "流域治水の事業の当初予算と補正を合わせるといくら？")
    assert ans is None or not ans.spec.named


def test_an_indicators_direction_is_told_by_its_status_against_the_target():
    snap = FakeSnap([sheet("01 01 01", "甲事業費", "企画振興部", [cost("R6年度", "1,000", "500", "900")], indicators=[
        indicator(1, "相談件数", "90", "100", "120", "100", "達成"),  # above the target and 達成: higher is better
        indicator(2, "被害額", "500", "480", "450", "400", "未達成", "百万円"),  # above and 未達成: lower is better
        indicator(3, "離職率", "9.0", "8.0", "7.5", "8.0", "達成", "%"),  # below and 達成: lower is better
        indicator(4, "参加者数", "10", "20", "―", "30", "―", "人")])])  # no figure, no status: unknown
    t = build_tables(snap)
    high = execute(t, QuerySpec(measure="achievement", better="higher", order="desc", limit=1))
    assert high.rows["indicator"].tolist() == ["相談件数"]
    low = execute(t, QuerySpec(measure="achievement", better="lower", order="desc"))
    assert low.rows["indicator"].tolist() == ["被害額", "離職率"]


def _run(snap, **kw):
    from assistant.analytics.answer import compose

    res = execute(build_tables(snap), QuerySpec(**kw))
    return res, compose(snap, res)[0]


def _staff(no, name, r5, r6):
    c5, c6 = cost("R5年度", "1,000", "500", "901"), cost("R6年度", "1,000", "500", "900")
    c5["staff"], c6["staff"] = r5, r6
    return sheet(no, name, "企画振興部", [c5, c6])


def test_a_count_of_changes_with_the_total_asked_tells_both_years_totals(service):
    spec = _spec(service, "前年度より職員数が減った事業は何事業？全体の職員数の合計もあわせて知りたい")
    assert spec is not None and spec.totals and spec.change == "decrease" and spec.aggregate == "count"
    snap = FakeSnap([_staff("01 01 01", "甲事業費", "2.0", "2.5"), _staff("01 01 02", "乙事業費", "3.0", "3.0"),
                     _staff("01 01 03", "丙事業費", "4.0", "3.5")])
    res, text = _run(snap, measure="staff", change="increase", aggregate="count", totals=True)
    assert res.scalar == 1 and res.change_totals[:3] == (9.0, 9.0, 3)
    # 職員数 read as printed, with one decimal; the totals over all three 事業, each cited
    assert "3事業の職員数の合計はR5年度 9.0人 → R6年度 9.0人" in text and "2.0人 → 2.5人" in text


def test_a_mean_of_money_is_told_in_whole_thousands_of_yen_too():
    from assistant.analytics.figures import fmt

    assert fmt(172921.625, "settlement") == "約172,922千円（172,921.6千円）"
    assert fmt(17212.5, "total") == "約17,213千円（17,212.5千円）"  # rounded half up, as the sheets' readers do
    assert fmt(1500.0, "settlement") == "1,500千円" and fmt(39.0, "staff") == "39.0人"


def test_every_row_of_a_count_is_named_when_a_few_more_than_the_shown_ten():
    inds = [indicator(i, f"指標{i}", "1", "2", "3", "10", "未達成") for i in range(1, 14)]
    snap = FakeSnap([sheet("01 01 01", "甲事業費", "企画振興部", [cost("R6年度", "1,000", "500", "900")],
                           indicators=inds[:7]),
                     sheet("01 01 02", "乙事業費", "環境部", [cost("R6年度", "1,000", "500", "900")],
                           indicators=inds[7:])])
    res, text = _run(snap, measure="indicator_value", status="未達成", aggregate="count")
    rest = next(x for x in text.splitlines() if x.startswith("・ほかに："))  # rows 11-13, named (and cited, with an index)
    assert res.scalar == 13 and all(f"「指標{i}」" in rest for i in (11, 12, 13))
    _, text = _run(snap, measure="indicator_value", status="未達成", order="desc", limit=1)
    assert "・ほかに：" not in text  # a ranking's answer is its top rows, not every row


def test_the_largest_cut_by_supplementary_is_the_most_negative_first():
    from assistant.analytics.spec import Condition

    snap = FakeSnap([sheet("01 01 01", "甲事業費", "企画振興部", [cost("R6年度", "1,000", "500", "900", "△ 200")]),
                     sheet("01 01 02", "乙事業費", "企画振興部", [cost("R6年度", "1,000", "500", "900", "△ 500")]),
                     sheet("01 01 03", "丙事業費", "環境部", [cost("R6年度", "1,000", "500", "900", "300")])])
    res, text = _run(snap, measure="supplementary", year=2024, order="asc", limit=1,
                     conditions=[Condition(measure="supplementary", op="<", value=0)])
    assert res.rows["jigyo_name"].tolist() == ["乙事業費", "甲事業費"]
    assert "最も大きく減額された事業は乙事業費で、△ 500千円" in text


def test_jigyo_picked_by_how_many_of_their_rows_a_filter_keeps(service):
    spec = _spec(service, "達成した指標が2つ以上ある事業はどこ？")
    assert spec is not None and spec.group_by == "jigyo" and spec.aggregate == "count" and spec.status == "達成"
    assert (spec.having.op, spec.having.value) == (">=", 2.0)
    spec = _spec(service, "未達成の指標がひとつしかない事業を教えて")
    assert spec is not None and (spec.having.op, spec.having.value) == ("==", 1.0) and spec.status == "未達成"
    snap = FakeSnap([
        sheet("01 01 01", "甲事業費", "企画振興部", [cost("R6年度", "1,000", "500", "900")], indicators=[
            indicator(1, "相談件数", "1", "2", "3", "10", "未達成"), indicator(2, "参加者数", "1", "2", "30", "10", "達成")]),
        sheet("01 01 02", "乙事業費", "環境部", [cost("R6年度", "1,000", "500", "900")], indicators=[
            indicator(1, "清掃回数", "1", "2", "3", "10", "未達成"), indicator(2, "研修回数", "1", "2", "3", "10", "未達成")])])
    from assistant.analytics.spec import Condition

    res, text = _run(snap, measure="indicator_value", status="未達成", group_by="jigyo", aggregate="count",
                     having=Condition(measure="indicator_value", op="==", value=1), order="desc")
    assert res.rows["jigyo_name"].tolist() == ["甲事業費"]
    assert "未達成」の指標が1件の事業は1事業です：甲事業費" in text
    assert "甲事業費「相談件数」" in text and "目標 10件" in text  # the indicator counted, with its figures

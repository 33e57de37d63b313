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
from .test_planner import _spec

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
    # 細事業 asked, the money word in the next sentence
    ("いちばん大きく伸びた細事業はどれ？金額で教えて", dict(measure="detail_settlement", change="increase")),
]


@pytest.mark.parametrize("question,want", PLANNED)
def test_blind4_cue_words_fill_the_spec(service, question, want):
    spec = _spec(service, question)
    assert spec is not None, question
    got = spec.to_dict()
    assert {k: got[k] for k in want} == want


def _answer(service, q):
    from assistant.analytics import analytics_answer
    from assistant.query.intent import analyze

    snap = service.snapshot()
    return analytics_answer(snap, analyze(q, snap, service.embedder))


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
    assert len(ans.result.rows) == 2 and "→" in ans.text


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

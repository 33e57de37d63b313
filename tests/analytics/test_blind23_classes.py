"""The question classes blind analytics set 23 (eval/datasets/analytics/dev_blind23.jsonl) taught, in other wordings
than its questions and over other sheets (the bundled samples): a fall said 「少なくなっている」 (read as no change word:
every 細事業 that moved was listed), the indicators a filter keeps asked 「…ものを全部教えて」 (the listing was missed and
the question refused), and money broken down 「学校ごと」 (the 事業's whole was given instead of a refusal)."""

from __future__ import annotations

from .test_planner import analytics_of as _answer


def test_a_fall_said_as_becoming_less(service):
    ans = _answer(service, "細事業で、R6の決算額が前年度より少なくなっているものは？")
    assert ans is not None and ans.spec.change == "decrease", ans and ans.text
    assert ans.text.startswith("細事業のうち、R5年度からR6年度にかけて細事業の決算額が減ったのは1件です"), ans.text


def test_the_indicators_a_filter_keeps_asked_all(service):
    ans = _answer(service, "単位が％の指標で、達成状況が「未達成」になっているものを全部教えて")
    assert ans is not None and (ans.spec.unit, ans.spec.status) == ("%", "未達成"), ans and ans.text
    assert "「未達成」の指標は4件です" in ans.text, ans.text


def test_money_by_school_is_refused(service):
    ans = service.ask("不登校児童生徒支援事業費の決算額、学校ごとの内訳は？")
    assert ans.refused and "学校ごとの内訳" in ans.answer, ans.answer

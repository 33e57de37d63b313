"""The question class blind analytics set 25 (eval/datasets/analytics/dev_blind25.jsonl) taught, in another wording
than its question and over other sheets (the bundled samples): 「一番悪い」 ranks a rate from the bottom (it was read as the
highest).  (Left open from the set: a ranking with one named 事業 left out, 「道路トンネルの事業を除くと…トップ3」.)"""

from __future__ import annotations

from .test_planner import analytics_of as _answer


def test_the_worst_rate_is_the_lowest(service):
    ans = _answer(service, "R6で執行率が一番悪い事業は？")
    assert ans is not None and ans.spec.order == "asc", ans and ans.text
    assert ans.text.startswith("R6年度の執行率（決算額÷予算現額）が最も低い事業は協働・共創推進事業費で、79.8%"), ans.text

"""The question class blind analytics set 25 (eval/datasets/analytics/dev_blind25.jsonl) taught, in another wording
than its questions and over other sheets (the bundled samples): 「一番悪い」 ranks a rate from the bottom (it was read as the
highest), and a named 事業 left out of a ranking over the other sheets (「道路トンネルの事業を除くと…トップ3」: answered as a
ranking inside that one 事業)."""

from __future__ import annotations

from .test_planner import analytics_of as _answer


def test_the_worst_rate_is_the_lowest(service):
    ans = _answer(service, "R6で執行率が一番悪い事業は？")
    assert ans is not None and ans.spec.order == "asc", ans and ans.text
    assert ans.text.startswith("R6年度の執行率（決算額÷予算現額）が最も低い事業は協働・共創推進事業費で、79.8%"), ans.text


def test_a_named_program_left_out(service):
    ans = _answer(service, "流域治水の事業を除いて、R6決算額が大きい細事業トップ3は？")
    assert ans is not None and ans.spec.exclude == ["11 03 05"] and ans.spec.limit == 3, ans and ans.text
    assert "11 03 05" not in set(ans.result.rows["jigyo_no"]) and len(ans.result.rows) >= 3, ans.text
    assert "事業番号 11 03 05 を除く" in ans.text, ans.text

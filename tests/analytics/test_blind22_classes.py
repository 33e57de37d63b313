"""The question class blind analytics set 22 (eval/datasets/analytics/dev_blind22.jsonl) taught, in other wordings
than its question and over other sheets (the bundled samples): a cost-table column asked per 細事業 (「一般財源を細事業ごとに
分けると」) is refused, over every sheet and for one named 事業 alike; a 細事業 row gives its 決算額 only, and the answers
gave the 一般財源 per 事業 or each 細事業's 決算額 instead.  The 細事業's own 決算額 is still answered."""

from __future__ import annotations


def test_a_cost_column_per_detail_is_refused(service):
    for q in ("協働・共創推進事業費のR6の一般財源、細事業ごとだといくら？", "全事業のR6当初予算を細事業別に出して"):
        ans = service.ask(q)
        assert ans.refused and "細事業ごとの一般財源・予算額" in ans.answer, (q, ans.answer)


def test_the_details_settlement_is_answered(service):
    ans = service.ask("協働・共創推進事業費の細事業ごとの決算額は？")
    assert not ans.refused and "14,434千円" in ans.answer, ans.answer

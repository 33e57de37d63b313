"""Blind set AM's answer classes, worded differently here and asked of other sheets where they occur.

- 「去年いくら使った？」 asks last year's money, not an amount per year (去年, 昨年, 今月… are no 「年/月あたり」).
- 「1泊いくらまで出る」: a unit price (泊 among the counters).
"""

from __future__ import annotations

from .citing import keys as _keys


def test_last_years_money_is_no_amount_per_year(service):
    ans = service.ask("流域治水の事業、去年いくら使った？")
    assert not ans.refused and _keys(ans)[0][:2] == ("11 03 05", "6"), (ans.answer, _keys(ans))


def test_the_price_of_one_night_is_a_unit_price(service):
    ans = service.ask("インバウンドの招請ツアー、1泊いくらまで出してるの？")
    assert ans.refused and "単価" in ans.answer, ans.answer

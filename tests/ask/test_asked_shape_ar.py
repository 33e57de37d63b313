"""Blind set AR's answer classes, worded differently here.

- A short word found in one passage of the whole index (方向 of 「いい方向に行ってる」) is chance, no program's word.
- 「ここ数年どこまで進んだ」 asks a trend; 「何が引っかかってる」 and 「…によって差がある」 ask the 課題.
- 「1通いくら」 asks a unit price (通 among the counters).
"""

from __future__ import annotations

from .citing import keys as _keys


def test_a_short_word_in_one_passage_names_no_program(ar_service):
    ans = ar_service.ask("督促が必要だった調査票の割合、いい方向に進んでる？")
    assert not ans.refused and _keys(ans)[0] == ("02 14 05", "4", 3), (ans.answer, _keys(ans))


def test_how_far_over_recent_years_is_a_trend(ar_service):
    ans = ar_service.ask("PCBの処分委託、ここ数年どこまで進んだ？")
    assert not ans.refused and _keys(ans)[0] == ("06 23 05", "4", 1), (ans.answer, _keys(ans))


def test_what_snags_asks_the_issues(ar_service):
    ans = ar_service.ask("土地改良区の合併、何が引っかかってるの？")
    assert not ans.refused and _keys(ans)[0][:2] == ("09 38 06", "9-1"), (ans.answer, _keys(ans))


def test_differences_by_place_ask_the_issues(ar_service):
    ans = ar_service.ask("再犯防止の計画づくり、市町村によって差があったりする？")
    assert not ans.refused and ("05 31 06", "9-1") in [k[:2] for k in _keys(ans)[:2]], (ans.answer, _keys(ans))


def test_the_price_of_one_message_is_a_unit_price(ar_service):
    ans = ar_service.ask("ＳＭＳの督促、1通いくら？")
    assert ans.refused and "単価" in ans.answer, ans.answer

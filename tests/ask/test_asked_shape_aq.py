"""Blind set AQ's answer classes, worded differently here.

- 「X対策」 asks what is done about X: X is judged, not 対策 beside it (闇バイト対策).
- 「ここ数年いくら」 asks the money of those years, no amount per year.
- 「どういうわけ」 asks why.
- A letter before a katakana word makes another thing (eスポーツ is not スポーツ).
- 「AとBでどれくらいの割合」 asks a breakdown the sheet must give.
- 年配 is the sheet's 高齢・年齢.
"""

from __future__ import annotations

from .citing import keys as _keys


def test_measures_against_a_thing_are_judged_by_the_thing(aq_service):
    ans = aq_service.ask("闇バイト対策って、今年は何やったの？")
    assert not ans.refused and _keys(ans)[0][0] == "15 00 02", (ans.answer, _keys(ans))


def test_money_over_recent_years_is_no_amount_per_year(aq_service):
    ans = aq_service.ask("盛土の既存調査、ここ数年いくら？")
    assert not ans.refused and _keys(ans)[0][0] == "11 95 02", (ans.answer, _keys(ans))


def test_what_is_the_reason_asks_why(aq_service):
    ans = aq_service.ask("非行防止教室の開催回数、一回増えてから横ばいなのはどういうわけ？")
    assert not ans.refused and _keys(ans)[0] == ("15 00 02", "8", 3), (ans.answer, _keys(ans))


def test_a_lettered_katakana_word_is_another_thing(aq_service):
    ans = aq_service.ask("eスポーツの合宿って誘致してる？")
    assert ans.refused and "eスポーツ" in ans.answer, ans.answer


def test_shares_of_two_groups_need_the_breakdown(aq_service):
    ans = aq_service.ask("刑法犯少年、男子と女子でどれくらいの割合？")
    assert ans.refused and "内訳" in ans.answer, ans.answer


def test_elderly_is_the_sheets_age_words(aq_service):
    ans = aq_service.ask("ボランティアが年配の方ばかりなのって、何か手を打つの？")
    assert not ans.refused and _keys(ans)[0][:2] == ("15 00 02", "9-2"), (ans.answer, _keys(ans))

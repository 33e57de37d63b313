"""Blind set AU's answer classes, worded differently here.

- 「一番困ってること」 is a superlative of trouble, told by the 課題, never a ranking of the 取組's money.
- 「どっから来てる」 asks the target's rationale (as どこから does).
- A target the question quotes (「目標150本」) names the linked 事業's indicator that prints it, though the question's
  word for it (ロケ本数) is not the sheet's (作品数).
"""

from __future__ import annotations

from .citing import keys as _keys


def test_the_biggest_trouble_is_the_issues(au_service):
    ans = au_service.ask("街路樹の取組で、一番困ってることって何？")
    assert not ans.refused and _keys(ans)[0][:2] == ("11 49 06", "9-1"), (ans.answer, _keys(ans))


def test_where_from_asks_the_rationale(au_service):
    ans = au_service.ask("街路樹の診断本数の目標、どっから来てるの？")
    assert not ans.refused and _keys(ans)[0] == ("11 49 06", "4", 2), (ans.answer, _keys(ans))


def test_a_quoted_target_names_its_indicator(au_service):
    ans = au_service.ask("ロケ本数の目標150本って、何を基準に決めたの？")
    assert not ans.refused and _keys(ans)[0] == ("08 48 05", "4", 1), (ans.answer, _keys(ans))

"""Blind set AS's answer classes, worded differently here.

- Two kanji standing alone (暴排, which Sudachi cuts into 暴 and 排) that shorten two words of one 事業名 (暴力団 排除:
  a compound's own pieces skipped) name that 事業 when they are no word of their own; their pieces are no subject.
- A loanword for an official term (ジェネリック: 後発医薬品).
"""

from __future__ import annotations

from .citing import keys as _keys


def test_a_two_kanji_abbreviation_names_its_program(as_service):
    for q, section in (("暴排の事業、課題って何て書いてある？", "9-1"), ("暴排の予算、R5はいくら？", "6")):
        ans = as_service.ask(q)
        assert not ans.refused and _keys(ans)[0][:2] == ("15 10 08", section), (q, ans.answer, _keys(ans))


def test_a_loanword_is_the_official_term(as_service):
    ans = as_service.ask("ジェネリックの割合って目標いった？")
    assert not ans.refused and _keys(ans)[0] == ("05 15 07", "4", 1), (ans.answer, _keys(ans))

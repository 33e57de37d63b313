"""Blind set T's failure classes, worded differently here and over other sheets.

- A why that guesses its cause (「…の効果なんですか」「円安のせいなの？」) is answered from the 要因分析 of
  the figure whose change it asks about, even when the guess names a 取組 or a word the sheet never
  uses; the guess is no subject of its own.
- 「毎年いくら使ってる」 asks for the yearly money, not an amount per month or person.
- 「…とか使ってたりします？」 asks whether the sheet says it: the passage holding the word answers.
- A system or campaign the sheet names in 「」 (「信州の空き家ナビ」) is the program's own word: its
  indicator answers 「空き家ナビの成約件数」.
- Until when something ran, and an amount per item (「７台、それぞれいくら」), are refused when the sheet
  does not give them.
Real PDFs in real indexes (``o_service``, ``p_service`` of ``conftest.py``).
"""

from __future__ import annotations

from .citing import keys as _keys


def test_a_guessed_effect_is_a_why_about_the_figure(o_service):
    ans = o_service.ask("むし歯が減ったのって、仕上げみがき教室の効果なんですか？")
    assert ans.intent == "why" and not ans.refused, ans.answer
    assert _keys(ans)[0] == ("05 09 04", "8", 1), _keys(ans)


def test_a_guessed_cause_the_sheet_never_names_is_no_subject(p_service):
    ans = p_service.ask("R5に献血者が減ったのって、円安のせいなの？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("05 10 02", "8", 1), _keys(ans)


def test_money_every_year_is_no_amount_per_month(p_service):
    ans = p_service.ask("除雪機械整備事業って毎年いくら使ってる？")
    assert not ans.refused, ans.answer
    assert "88,420" in ans.answer


def test_whether_something_is_used_finds_the_passage(p_service):
    ans = p_service.ask("スマート農業で、自動草刈機とか使ってたりします？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("09 06 04", "8", 3), _keys(ans)


def test_a_system_the_sheet_names_is_the_programs_own_word(o_service):
    ans = o_service.ask("空き家ナビの成約件数の推移は？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("11 06 02", "4", 1), _keys(ans)


def test_until_when_and_each_items_amount_are_refused_when_not_given(p_service):
    ans = p_service.ask("信州ボトルtoボトルのキャンペーンっていつまでやってた？")
    assert ans.refused, ans.answer
    ans = p_service.ask("更新した除雪ドーザ７台、それぞれいくらした？")
    assert ans.refused and "個別の内訳" in ans.answer, ans.answer

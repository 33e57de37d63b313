"""Blind set U's failure classes, worded differently here and over other sheets.

- The sheet's header (担当課, 連絡先, 実施期間, 事業番号) is answered from page 1 and cited as the header.
- 「…の事業で」 names a program outright: another 事業's indicator (保育士の就職者数) is not its answer.
- Per-item breakdowns (「６会場それぞれの相談件数」) are refused when the sheet gives only the total.
- 「人はどれくらい張り付いてる」 is the cost table's 職員数; 「…の影響がまだ残ってたりする？」 is a why.
Real PDFs in real indexes (``o_service``, ``p_service``, ``k_service`` of ``conftest.py``).
"""

from __future__ import annotations

from .citing import keys as _keys


def test_the_header_answers_who_is_in_charge(o_service):
    ans = o_service.ask("空き家対策の事業の担当課はどこ？連絡先も")
    assert not ans.refused, ans.answer
    assert _keys(ans) == [("11 06 02", "header", None)], _keys(ans)
    assert "課・室" in ans.answer and "E-mail" in ans.answer
    assert "E-mail" in ans.citations[0].quote and ans.citations[0].page == 1
    top = float(ans.citations[0].bbox.split(",")[1])  # the red box: above section 1, at the top of page 1
    assert top < 50, ans.citations[0].bbox


def test_a_program_named_outright_keeps_to_its_sheet(k_service):
    ans = k_service.ask("若者県内就職促進事業で、保育士の就職者数は？")
    assert ans.refused, ans.answer  # the 保育士 figures are another 事業's


def test_each_items_count_the_sheet_only_totals_is_refused(o_service):
    ans = o_service.ask("相談会の６会場それぞれの相談件数は？")
    assert ans.refused and "個別の内訳" in ans.answer, ans.answer


def test_staff_stuck_to_a_program_is_the_staff_count(o_service):
    ans = o_service.ask("山岳遭難の事業って、人はどれくらい張り付いてる？")
    assert _keys(ans)[0] == ("08 05 04", "6", None) and "職員数" in ans.answer, ans.answer


def test_an_effect_that_lingers_is_a_why(p_service):
    ans = p_service.ask("献血って、感染症の影響がまだ残ってたりする？")
    assert ans.intent == "why", ans.intent
    assert _keys(ans)[0] == ("05 10 02", "8", 1), _keys(ans)

"""Blind set S's failure classes, worded differently here and over other sheets.

- Where it is hard going, in everyday words (一番きついところ, しんどい), is the 課題.
- Staffing asked with a pause or an approximation (「担当って、何人くらいでやってる」) is the cost table's 職員数.
- 「…と関係ある？」 asks whether the sheet says it: the passage that holds the question's word (a word
  only that passage uses is enough) answers, not the program's first indicator.
- A breakdown per municipality (市町村ごと) and which places by name (「７町村って、具体的にどこ」) that
  the sheet does not give are refused by name.
- A member of a group other than the indicator's (高校生 for an indicator of 大学 students) is refused,
  not answered with the indicator's figures.
- A program named by its short form (スマート農業の事業) asks for the program, not for a 細事業 that only
  shares the words that named it; a tool used (ドローンを使った) is no question about money.
Real PDFs in real indexes (``o_service``, ``p_service``, ``k_service`` of ``conftest.py``).
"""

from __future__ import annotations

from .citing import keys as _keys


def test_where_it_is_hard_going_is_the_issue(o_service):
    ans = o_service.ask("空き家対策で、いま一番きついところってどこ？")
    assert ans.intent == "issue" and not ans.refused, ans.answer
    assert _keys(ans)[0] == ("11 06 02", "9-1", None), _keys(ans)


def test_staffing_with_a_pause_is_the_staff_count(o_service):
    ans = o_service.ask("食品ロスの担当って、何人くらいでやってる？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("06 06 02", "6", None), _keys(ans)
    assert "職員数" in ans.answer


def test_whether_the_sheet_relates_two_things(p_service):
    ans = p_service.ask("スマート農業って、遅霜の話と関係ある？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("09 06 04", "8", 3), _keys(ans)
    assert "遅霜" in ans.answer


def test_a_breakdown_or_names_the_sheet_does_not_give(o_service):
    ans = o_service.ask("空き家改修補助、市町村ごとの件数は？")
    assert ans.refused and "市町村ごと" in ans.answer, ans.answer
    ans = o_service.ask("登録がゼロの７町村って、具体的にどこ？")
    assert ans.refused, ans.answer


def test_another_member_of_the_indicators_group_is_refused(k_service):
    ans = k_service.ask("高校生のＵターン就職率は？")  # the indicator counts university students
    assert ans.refused and "Uターン就職率" in ans.answer, ans.answer
    ans = k_service.ask("大学生のＵターン就職率は？")
    assert not ans.refused and _keys(ans)[0] == ("07 06 03", "4", 1), ans.answer


def test_a_short_name_asks_for_the_program_not_a_detail(p_service):
    ans = p_service.ask("スマート農業の事業、R6の決算はいくら？")
    assert _keys(ans)[0] == ("09 06 04", "6", None), _keys(ans)
    assert "35,476" in ans.answer  # the program's 決算額, not its first 細事業's


def test_a_tool_used_is_no_money_question(p_service):
    ans = p_service.ask("ドローンを使った防除の面積は？")
    assert ans.intent != "cost", ans.intent
    assert _keys(ans)[0] == ("09 06 04", "4", 2), _keys(ans)

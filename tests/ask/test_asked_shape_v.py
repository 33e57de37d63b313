"""Blind set V's failure classes, worded differently here and over other sheets.

- A count written with a kanji multiplier (「約９万戸」「約11万トン」) states the count asked for.
- A part of a stated whole (「181件、長野市の分は何件」) is refused when the sheet gives only the whole.
- The program's own words say whose count, not which (「献血キャンペーン、何校で」 on the 献血 sheet).
- When it ran, by month (「何月ごろ」), is refused unless a sentence about that 取組 gives the month.
- An amount of something that is not the program's money (成約額) is not its 決算額.
- 矢印 is the form's 推移 column; 「次回はやり方変える」 asks for 方策; a 内訳 starts with its whole.
- 「どのくらいやりました」 asks what was done (取組実績).
- A proper name is never matched by a name near it in meaning (長野県立大学 is not 長野大学), and a short
  form already written in full (県立大学) is not expanded again.
Real PDFs in real indexes (``o_service``, ``p_service``, ``v_service`` of ``conftest.py``).
"""

from __future__ import annotations

from .citing import keys as _keys


def test_a_count_written_with_man_is_stated(o_service):
    ans = o_service.ask("放置空き家って県内に何戸くらいあるの？")
    assert not ans.refused, ans.answer
    assert "９万戸" in ans.answer and _keys(ans)[0] == ("11 06 02", "1", None), _keys(ans)


def test_a_part_of_a_stated_whole_is_refused(o_service):
    ans = o_service.ask("特定空家の除却181件、長野市の分は何件？")
    assert ans.refused and "長野市" in ans.answer, ans.answer


def test_a_part_the_sheet_states_is_answered(o_service):
    ans = o_service.ask("空き家改修補助の93件のうち、移住世帯は何件？")
    assert not ans.refused and "37件" in ans.answer, ans.answer


def test_the_programs_own_word_does_not_count_another_thing(p_service):
    ans = p_service.ask("献血キャンペーンって、何校でやったの？")
    assert ans.refused and "キャンペーン" in ans.answer, ans.answer


def test_a_month_the_sheet_never_gives_is_refused(o_service):
    ans = o_service.ask("空き家の相談会って何月ごろやってたの？")
    assert ans.refused and "時期" in ans.answer, ans.answer


def test_a_month_the_sheet_gives_is_answered(p_service):
    ans = p_service.ask("献血の街頭キャンペーンって何月ごろやってた？")
    assert not ans.refused and "７月" in ans.answer, ans.answer


def test_an_amount_of_something_else_is_not_the_programs_money(o_service):
    ans = o_service.ask("空き家バンクの成約額って、R6はいくら？")
    assert ans.refused and "成約額" in ans.answer, ans.answer


def test_the_arrow_is_the_trend_column(o_service):
    ans = o_service.ask("山岳遭難件数の矢印、R6はどっち向きになってる？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("08 05 04", "4", 1), _keys(ans)


def test_changing_how_it_is_done_next_time_is_a_plan(o_service):
    ans = o_service.ask("食べきりキャンペーンって、次回はやり方を変えるんですか？")
    assert ans.intent == "plan" and _keys(ans)[0] == ("06 06 02", "9-2", None), (ans.intent, _keys(ans))


def test_a_breakdown_starts_with_its_whole(o_service):
    ans = o_service.ask("山岳遭難の事業、細事業ごとの内訳ってわかる？R6で")
    got = _keys(ans)
    assert got[0] == ("08 05 04", "6", None) and {k[1] for k in got[1:]} == {"detail"}, got


def test_how_much_was_done_politely_is_what_was_done(p_service):
    ans = p_service.ask("高校献血セミナーって、どのくらいやりました？")
    assert ans.intent == "activity", ans.intent
    assert "54校" in ans.answer, ans.answer


def test_a_proper_name_is_never_near_another(v_service):
    ans = v_service.ask("長野県立大学からボランティアに登録してる学生は何人？")
    assert ans.refused and "長野県立大学" in ans.answer and "県立大学学" not in ans.answer, ans.answer

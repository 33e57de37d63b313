"""Blind set X's failure classes, worded differently here, over an index where the asked words are used
by other sheets than the one the answer comes from (``xop_service`` of ``conftest.py``).

- A place the answering sheet never names (佐久市, 韓国) is refused: its figures are the sheet's, not the place's.
- A kind of power (風力) the sheet does not generate is refused (小水力 is a 水力, not a 風力).
- 「野沢温泉村のスキー場だけの利用者数」 asks a part the sheet does not give.
- An amount of something that is not the program's money (除雪費, 解決金) is refused, not given as 決算額.
- 「…届かなかったのは、結局宿の問題？」 guesses a cause: a why; 「弱いところ」 asks for 課題.
- 「どういう申請が多い」 is answered by the passage that counts by kind; 「担当はどこ」 by the header.
- 「環境部の事業で、…の件数は」 counts something of a program, not the 部局's 事業 (the cross-sheet count is not used).
- 「どこまで進んだ」 asks what was done (取組実績).
- 「15校って、具体的にどこ」「６会場って、長野市と松本市以外はどこ」: which ones of a number are refused when the sheet
  does not name them (or names only some, 「…など６会場」, and the others are asked).
"""

from __future__ import annotations

import pytest

from .citing import keys as _keys


@pytest.mark.parametrize("question, named", [
    ("スノーリゾートの事業で、佐久市のスキー場の利用者って増えてる？", "佐久市"),
    ("スキー場の事業で、韓国からのお客さんって増えてる？", "韓国"),
    ("小水力の事業で、風力発電の発電量は？", "風力"),
    ("野沢温泉村のスキー場だけの利用者数は？", "野沢温泉村"),
    ("林道の事業で、除雪費っていくら？", "除雪費"),
    ("あっせん申請の解決金、平均いくら？", "解決金"),
])
def test_what_the_answering_sheet_never_gives_is_refused(xop_service, question, named):
    ans = xop_service.ask(question)
    assert ans.refused and named in ans.answer, ans.answer


def test_a_guessed_cause_of_a_shortfall_is_a_why(xop_service):
    ans = xop_service.ask("スキー場の外国人の割合が目標に届かなかったのは、結局宿の問題？")
    assert ans.intent == "why", ans.intent
    assert _keys(ans)[0] == ("08 07 03", "8", 2), _keys(ans)


def test_weak_points_are_the_issues(xop_service):
    ans = xop_service.ask("林道の事業、ぶっちゃけ弱いところってどこ？")
    assert ans.intent == "issue" and _keys(ans)[0] == ("10 04 02", "9-1", None), (ans.intent, _keys(ans))


def test_which_kind_is_most_is_the_passage_that_counts_by_kind(xop_service):
    ans = xop_service.ask("あっせんって、どういう申請が多いんですか？")
    assert _keys(ans)[0] == ("21 01 02", "8", 1), _keys(ans)
    assert "人間関係が12件" in ans.answer, ans.answer


def test_who_is_in_charge_is_the_header(xop_service):
    ans = xop_service.ask("林道の事業って、担当はどこ？")
    assert _keys(ans) == [("10 04 02", "header", None)], _keys(ans)
    assert "森林づくり推進課" in ans.answer, ans.answer


def test_a_count_of_another_thing_in_a_bukyokus_program_is_not_a_count_of_its_jigyo(xop_service):
    ans = xop_service.ask("環境部の事業で、ペットボトルの店頭回収の件数は？")
    assert ans.intent != "analytics", ans.answer
    assert "事業は1件" not in ans.answer, ans.answer
    ans = xop_service.ask("環境部の事業っていくつある？")  # the 事業 themselves are still counted
    assert ans.intent == "analytics", ans.answer


def test_how_far_it_got_is_what_was_done(xop_service):
    ans = xop_service.ask("冬の除雪機械の更新って、どこまで進んだの？")
    assert ans.intent == "activity", ans.intent
    assert _keys(ans)[0] == ("11 07 03", "7", None), _keys(ans)


@pytest.mark.parametrize("question", ["プラの出前授業をやった15校って、具体的にどこ？",
                                      "空き家の相談会の６会場って、長野市と松本市以外はどこ？"])
def test_which_ones_of_a_number_the_sheet_does_not_name_are_refused(xop_service, question):
    ans = xop_service.ask(question)
    assert ans.refused and "個別の名称" in ans.answer, ans.answer

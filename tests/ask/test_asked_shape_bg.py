"""Blind set BG's answer classes, worded differently here: 田んぼ = 水田・水稲, かすれる = 摩耗; 「Xのやつで一番…細事業」 is
one program's 細事業 (not a ranking over every sheet); why a thing is not used or does not spread is told by the 課題; an
ASCII word written in capitals (ALT) is a subject that must be on the sheet."""

from __future__ import annotations

from .citing import answered_first, keys as _keys


def test_everyday_words_for_fields_and_wear(bg_service):
    answered_first(bg_service, (("横断歩道がかすれてる箇所って減ってきてる？", ("15 66 08", "4", 3)),
                                ("田んぼの土壌診断、来年はどう進めるの？", ("09 65 08", "9-2", None))))


def test_one_programs_detail_said_casually(bg_service):
    ans = bg_service.ask("土壌診断のやつで、一番お金がかかってる細事業は？")
    assert not ans.refused and _keys(ans)[0] == ("09 65 08", "detail", None), (ans.answer, _keys(ans))
    assert ans.query is None or not ans.query, ans.query  # one sheet's 細事業, no ranking over every sheet


def test_why_a_thing_is_not_used(bg_service):
    ans = bg_service.ask("堆肥ってどうして活用されないの？")
    assert not ans.refused and _keys(ans)[0] == ("09 65 08", "9-1", None), (ans.answer, _keys(ans))
    assert "散布に手間がかかる" in ans.answer, ans.answer


def test_a_capitalised_ascii_subject(bg_service):
    for q, word in (("SSWだけじゃなくてALTも配置してる？", "ALT"), ("ICTを使った横断歩道の取組ってある？", "ICT")):
        ans = bg_service.ask(q)
        assert ans.refused and f"「{word}」" in ans.answer, (q, ans.answer, _keys(ans))
    ans = bg_service.ask("SSWって今何人配置されてる？")  # written on the sheet: answered
    assert not ans.refused and "61人" in ans.answer, (ans.answer, _keys(ans))

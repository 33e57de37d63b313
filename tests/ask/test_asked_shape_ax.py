"""Blind set AX's answer classes, worded differently here: everyday words and jargon for the sheets' terms (入試 =
入学者選抜, 暑さ = 高温, CPR = 心肺蘇生, 先生 = 教員); how a target was set is its 目標設定の考え方 (no prose promoted, no
term defined); what was done asked in everyday words (「何を届けてるの」「…って話、結局どうなった」); 「お金的に続けられるの」
asks the 課題, お金的 is no subject."""

from __future__ import annotations

from .citing import answered_first, keys as _keys


def test_everyday_words_and_jargon_for_the_sheets_terms(awx_service):
    answered_first(awx_service, (("入試のネット出願、使った人の割合は？", ("12 44 07", "4", 1)),
                                 ("暑さで米の品質が落ちてる件、来年度の手立ては？", ("09 31 08", "9-2", None)),
                                 ("CPRの実施率の目標値は？", ("05 35 07", "4", 1))))


def test_how_a_target_was_set(awx_service):
    ans = awx_service.ask("先生1人あたりの入試事務の時間、目標ってどういう考え方？")
    assert not ans.refused and _keys(ans)[0] == ("12 44 07", "4", 3), (ans.answer, _keys(ans))
    assert "約４８時間からの半減" in ans.answer


def test_what_was_done_in_everyday_words(awx_service):
    for q, want in (("ドローンで何を届けてるの？", "日用品と処方薬"),
                    ("コンビニにAEDを増やすって話、結局どうなった？", "347台増設")):
        ans = awx_service.ask(q)
        assert not ans.refused and _keys(ans)[0][1] == "7" and want in ans.answer, (q, ans.answer, _keys(ans))


def test_can_it_go_on_for_the_money(awx_service):
    ans = awx_service.ask("ドローンの配送って、お金的にこの先も続けられるの？")
    assert not ans.refused and _keys(ans)[0] == ("02 29 08", "9-1", None), (ans.answer, _keys(ans))

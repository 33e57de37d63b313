"""Blind set AV's answer classes, worded differently here: the everyday word for the sheet's official term
(山火事 for 林野火災, 道具 for 資機材) names it and grounds the phrase."""

from __future__ import annotations

from .citing import keys as _keys


def test_an_everyday_word_is_the_official_term(av_service):
    ans = av_service.ask("山火事の件数って最近どうなってる？")
    assert not ans.refused and _keys(ans)[0] == ("10 53 08", "4", 1), (ans.answer, _keys(ans))


def test_an_everyday_word_grounds_the_phrase(av_service):
    ans = av_service.ask("初期消火の道具、何集落に配った？")
    assert not ans.refused and _keys(ans)[0] == ("10 53 08", "4", 3), (ans.answer, _keys(ans))

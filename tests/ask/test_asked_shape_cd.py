"""Blind sets CD's and CE's answer classes (a newly transferred 担当者 taking over a program, businesses and groups that use
the programs), asked here of their sheets in other wording: 「R7はどう進める」 asks the 方策, not next year's figures;
オーバー is the sheets' 超過; 母数 (the denominator) is no subject; 「うちの県」 is our prefecture,
no part of a figure; 県の土地 is the sheets' 県有地."""

from __future__ import annotations

from .citing import answered_first


def test_how_next_year_goes_on_asks_the_measures(cdce_service):
    answered_first(cdce_service, [("支払事務の集約、R7はどう進めるの？", ("17 39 03", "9-2", None))])


def test_everyday_words_for_the_sheets_terms(cdce_service):
    answered_first(cdce_service, [
        ("支払期限オーバーの件数、推移は？", ("17 39 03", "4", 3)),
        ("県の土地を借りて店を出すのって、実績あるの？", ("01 83 07", "7", None)),
    ])


def test_the_denominator_is_no_subject(cdce_service):
    answered_first(cdce_service, [("観光地の電波の指標、母数は何か所？", ("02 24 06", "4", 2))])


def test_our_prefecture_is_no_part_of_a_figure(cdce_service):
    ans = cdce_service.ask("うちの県の支払伝票って年間何件くらい出てる？")
    assert not ans.refused and ans.citations[0].jigyo_no == "17 39 03", ans.answer

"""Blind set AW's answer classes, worded differently here: why the asker asks (「議会の答弁資料を作っています」) is no
subject; everyday words for the sheets' terms (寮 = 寄宿舎, 入館 = 来館, 調整役 = コーディネーター); a rounded figure (「15万人台」)
names the indicator of the 事業 named; one word with the count asked of it (「いじめの件数」) must be on the sheet; a 事業
named outright is the evidence even when another sheet's chunk ranks first; people told by a verb (「…を希望してる人って何人」)
need that verb on the sheet."""

from __future__ import annotations

from .citing import answered_first, keys as _keys


def test_why_the_asker_asks_is_no_subject(awx_service):
    answered_first(awx_service, (("来月の議会の答弁資料を作っています。臓器提供の意思表示をしている県民の割合はどう推移してる？", ("05 66 09", "4", 1)),
                                 ("部長レクに使いたいので教えてください。ドローン配送の利用件数の推移は？", ("02 29 08", "4", 2))))


def test_everyday_words_for_the_sheets_terms(awx_service):
    answered_first(awx_service, (("寮に入ってる県外の生徒って増えた？", ("12 85 05", "4", 2)),
                                 ("美術館の入館者、目標は何人？", ("02 73 05", "4", 1)),
                                 ("院内で調整役をしている人がいる病院はいくつ？", ("05 66 09", "4", 2))))


def test_a_rounded_figure_names_the_indicator(awx_service):
    ans = awx_service.ask("県立美術館、R6は20万人を超えたけど何が良かったの？")
    assert not ans.refused and _keys(ans)[0] == ("02 73 05", "8", 1), (ans.answer, _keys(ans))
    assert "多言語音声ガイド" in ans.answer


def test_the_year_before_last_is_a_year(awx_service):
    ans = awx_service.ask("県立美術館、一昨年は16万人くらいまで減ったよね。どうして？")
    assert not ans.refused and _keys(ans)[0] == ("02 73 05", "8", 1), (ans.answer, _keys(ans))


def test_one_word_with_its_count_must_be_on_the_sheet(awx_service):
    ans = awx_service.ask("寄宿舎でのいじめの件数は？")
    assert ans.refused and "いじめ" in ans.answer, (ans.answer, _keys(ans))


def test_the_named_program_is_the_evidence(awx_service):
    ans = awx_service.ask("ICT施工を始めてから建設現場の労働災害は減った？")
    assert ans.refused and "労働災害" in ans.answer, (ans.answer, _keys(ans))


def test_people_told_by_a_verb_need_it_on_the_sheet(awx_service):
    ans = awx_service.ask("臓器提供を希望してる人って何人いる？")
    assert ans.refused and "臓器提供を希望してる人" in ans.answer, (ans.answer, _keys(ans))
    ans = awx_service.ask("ドローン配送でけがをした人の数は？")
    assert ans.refused, (ans.answer, _keys(ans))

"""Blind sets BZ–CC's answer classes (a municipal officer working with the prefecture, a local reporter, an assembly
member preparing committee questions, a policy evaluator), asked here of their sheets in other wording: a 取組 the
question says most of (RMOのネットワーク会議 for 信州RMOネットワーク会議) over another sheet's shorter one it also
holds; ゴミ is the sheet's ごみ; a year past the next one that the sheet itself writes (R8年度の設置率100％) is asked of
what it says, and 100％ names no other sheet's indicator; the form's words (要因分析の根拠, 見立て, 未達) are no
subject; 「何がハードル」 asks the 課題 and 「減ってるけど背景は」 the 要因分析 of the figure the question names
(参加者 of 年間延べ活動参加者数); 注意喚起 is the sheets' 啓発 and ドライバー their 運転者; a program for 子ども is asked of them, not of
another 医療費助成; two kanji that start two words of one program's indicator names (立適: 立地適正化) name that program;
a clipped word of the program's name (介護ロボ) asks the 補助率 of the program itself."""

from __future__ import annotations

from .citing import answered_first, keys


def test_the_detail_said_most_of_is_meant(bzcc_service):
    ans = bzcc_service.ask("RMOのネットワーク会議、去年は何人くらい来たの？")
    assert not ans.refused and keys(ans)[0][0] == "02 52 03" and "236名" in ans.answer, (ans.answer, keys(ans))


def test_katakana_and_hiragana_spellings_are_one_word(bzcc_service):
    ans = bzcc_service.ask("アダプトで出たゴミの回収運搬、いくらかかってる？")
    assert not ans.refused and "29,842" in ans.answer, ans.answer


def test_a_later_year_the_sheet_writes(bzcc_service):
    answered_first(bzcc_service, [("特別教室の空調、R8で100%って間に合いそう？", ("14 74 04", "9-1", None))])


def test_the_forms_own_words_are_no_subject(bzcc_service):
    ans = bzcc_service.ask("FCVの登録台数が目標に届かなかった要因分析の根拠は？")
    assert not ans.refused and ("04 53 06", "8", 1) in keys(ans) and "７００万円台" in ans.answer, (ans.answer, keys(ans))
    answered_first(bzcc_service, [("スマート林業、事業体のICT導入は何がハードルだと県は見立ててる？", ("10 81 02", "9-1", None))])


def test_the_background_of_a_named_figure(bzcc_service):
    answered_first(bzcc_service, [("アダプトの参加者、R6は減ってるけどその背景は？", ("11 15 01", "8", 2))])


def test_the_sheets_words_for_a_warning_and_a_driver(bzcc_service):
    answered_first(bzcc_service, [
        ("レンタカーでの多言語の注意喚起、実施率の推移は？", ("15 29 02", "4", 3)),
        ("外国人ドライバーの交通安全の事業、決算はいくら？", ("15 29 02", "6", None)),
    ])


def test_a_program_for_children_is_not_another_programs_subsidy(bzcc_service):
    ans = bzcc_service.ask("子ども医療費の助成って県はいくら出してる？")
    assert ans.refused, ans.answer


def test_two_kanji_initials_of_an_indicators_words_name_its_program(bzcc_service):
    answered_first(bzcc_service, [("立適って作っても効果が出てないみたいだけど、県は何が問題だと見てる？", ("11 48 08", "9-1", None))])


def test_a_clipped_program_word_is_no_other_subject_of_a_subsidy_rate(bzcc_service):
    ans = bzcc_service.ask("介護ロボ導入の補助率ってどのくらい？")
    assert not ans.refused and "３／４" in ans.answer, ans.answer


def test_a_shortfall_then_what_held_it_back_asks_the_analysis(bzcc_service):
    answered_first(bzcc_service, [("ICT生産管理システムの導入、目標に届いてない。何がネック？", ("10 81 02", "8", 3))])

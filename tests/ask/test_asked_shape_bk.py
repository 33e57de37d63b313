"""Blind set BK's answer classes, worded differently here (and on BG's, BH's and BF's sheets): 「県の持ち出し」 is the
cost table's 一般財源; 「〜したがらないのはなぜ」 is what holds it back, the 課題; 「映像」「犯人」 are the sheets' 画像 and
被疑者; 「どのくらい結んでる」 asks what was done.  Not stated, so refused: which ones of 「18館」, and from which region
people came (「どこの地域の病院から」)."""

from __future__ import annotations

from .citing import answered_first


def test_the_prefectures_own_money(bk_service):
    ans = bk_service.ask("ジビエの事業、R6は県の持ち出しってどのくらいだった？")
    assert not ans.refused and "一般財源" in ans.answer.splitlines()[0], ans.answer
    answered_first(bk_service, (("ジビエの事業、R6は県の持ち出しってどのくらいだった？", ("10 14 05", "6", None)),))


def test_not_wanted_is_held_back(bk_service):
    answered_first(bk_service, (("農家さんが堆肥をあまり使いたがらないのはなぜ？", ("09 65 08", "9-1", None)),))


def test_everyday_words_for_images_and_suspects(bk_service):
    answered_first(bk_service, (("防犯カメラの映像が犯人の特定につながった件数、増えてる？", ("15 94 09", "4", 3)),))


def test_how_many_agreements_is_what_was_done(bf_service):
    answered_first(bf_service, (("映像提供の協定って、市町村とどのくらい結んでるの？", ("15 55 06", "7", None)),))


def test_names_and_origins_not_on_the_sheet(bk_service):
    ans = bk_service.ask("18館のモデル公民館ってどこ？")
    assert ans.refused and "18館" in ans.answer, ans.answer
    ans = bk_service.ask("DPATの研修の修了者って、どこの地域の病院から来てたの？")
    assert ans.refused and "出身地" in ans.answer, ans.answer

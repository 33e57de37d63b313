"""Blind sets CX's and CY's answer classes (the head of an NPO that wants to work with the prefecture; a resident asking by
smartphone voice input), asked here of their sheets in other wording: a word said and taken back (「どじょう汚染 あ 土壌汚染」
「競技会 じゃなくて協議会」「置き場 えー搬出先か」) is replaced by what follows; a word that reads as a piece of a linked name
(奈良枯れ for ナラ枯れ) is that name's; everyday words for the sheets' (大家 for 家主, 泥棒 for 盗難, 見回り for パトロール,
申し込み for 申請, 残土 for 発生土); okurigana written out (立ち入り検査) is the sheet's 立入検査; a body a sheet names that
ends in 本部 (協働本部) is no 部局 missing from the index; the people the user heard it from (ガイド仲間もぼやいてた) are no
subject; a yes-or-no question with an afterthought after a pause (「…してるの 警察の盗難対策で」) still asks whether."""

from __future__ import annotations

from .citing import answered_first, keys


def test_a_word_taken_back(cxcy_service):
    answered_first(cxcy_service, [
        ("どじょう汚染 あ 土壌汚染の指定区域 措置が終わった割合ってどうなってる", ("06 69 01", "4", 1)),
        ("居住支援競技会 じゃなくて協議会か それがある市町村の数 推移教えて", ("11 26 11", "4", 2)),
    ])


def test_a_word_that_sounds_like_the_name(cxcy_service):
    answered_first(cxcy_service, [("奈良枯れの被害の量 ここ3年どうなってる", ("10 60 09", "4", 1))])


def test_everyday_words_for_the_sheets_words(cxcy_service):
    for q, no in (("大家さんに登録してもらうために 県は去年何をしたの", "11 26 11"),
                  ("果物泥棒の件数 なんで減ったの", "15 60 01"),
                  ("創業補助の申し込み 去年何件あった？", "07 44 09")):
        ans = cxcy_service.ask(q)
        assert not ans.refused and keys(ans)[0][0] == no, (q, ans.answer)


def test_okurigana_written_out(cxcy_service):
    # (残土 is the sheet's 建設発生土; 立ち入り検査 its 立入検査)
    answered_first(cxcy_service, [("残土の搬出先への立ち入り検査、毎年何件くらい？増えてる？", ("06 69 01", "4", 3))])


def test_a_body_that_ends_in_honbu(cxcy_service):
    answered_first(cxcy_service, [("協働本部がカバーしてる小中学校の割合 推移は？", ("14 64 05", "4", 1))])


def test_the_people_the_user_heard_it_from(cxcy_service):
    ans = cxcy_service.ask("キャンプ場の知り合いもぼやいてたけど、アウトドアの参加者が目標にいかなかったのはなんで？")
    assert not ans.refused and ("08 32 09", "8", 1) in keys(ans)[:2], ans.answer


def test_whether_a_thing_is_done_with_an_afterthought(cxcy_service):
    ans = cxcy_service.ask("夜中の畑の見回りに ドローンを飛ばしたりとかしてるの 盗難対策で")
    assert ans.refused and ans.answer.startswith("農作物等盗難防止対策推進事業費のシートには「ドローン」"), ans.answer

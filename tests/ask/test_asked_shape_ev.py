"""Dev sets EV and EW's answer classes (a resident from Osaka on a neighbourhood committee, in 関西弁; a written inquiry
from another prefecture's staff, in the register of 照会), asked here of their sheets: a word that holds 全事業 (保全事業,
安全事業) names one program, not every 事業; 「〇〇事業の」 names the program it shortens; 職員 in 「警察職員向けの研修」 is no
count of staff; a price asked as one compound (購入単価, 派遣単価) is the sheet's 「１式当たり」; a term the user glosses in
parentheses by the sheet's own term (「官民のテロ対策ネットワーク（パートナーシップ）」) is that term; everyday words for the
sheets' (エアコン: 空調, ＥＣ: ネット販売, 入門: はじめて); more 関西弁 (〜たん？, 〜いん？, 〜んやけど, 使えへん, 大阪やったら) and
a last sentence about another prefecture after the question."""

from __future__ import annotations

from .citing import answered_first, answered_from, answered_saying


def test_a_word_holding_zen_jigyo_asks_of_one_program(evew_service):
    # (once a listing of every 事業's 一般財源: 保全事業 holds 全事業)
    answered_from(evew_service, [
        ("基幹水利施設の保全事業に係る令和６年度の決算額及びうち一般財源の額をご教示願います。", "09 33 04"),
        # (once the 事業 whose R5 決算額 rose most, over every sheet: テロ対策事業 names the program)
        ("テロ対策事業の令和５年度決算額が他年度と比べて突出しておりますが、細事業別にみるとどの事業で増えているのでしょうか。", "15 63 03"),
    ])


def test_staff_of_a_training_is_no_count_of_staff(evew_service):
    # (once 「職員数を事業ごとに大きい順に」: 警察職員向け read as the 職員数 of the cost table)
    ans = evew_service.ask("テロ対策に係る事業で、警察職員向けの外国語研修はどのように実施されていますか。")
    assert ans.refused and "職員数" not in ans.answer, ans.answer


def test_a_price_asked_as_one_compound_and_a_term_glossed_by_the_user(evew_service):
    # (once refused: 「ドローン検知装置1式当たりの購入単価」「官民のテロ対策ネットワーク」に関する記載はない)
    answered_saying(evew_service, [("ドローン検知装置１式当たりの購入単価をご教示願います。", "7,850千円")])
    answered_first(evew_service, [
        ("官民のテロ対策ネットワーク（パートナーシップ）への加盟事業者数は、ここ数年でどのように推移していますか。", ("15 63 03", "4", 3)),
    ])


def test_everyday_words_and_kansai_forms(evew_service):
    # (once refused: 「エアコン」が何校か, 「大阪」, 「入門者向け講座」)
    answered_saying(evew_service, [("私立の学校でエアコン付けたん、去年は何校で何部屋くらい？", "空調設備")])
    answered_first(evew_service, [
        ("私立の幼稚園とかの耐震化、目標に届かへんかったって聞いたけどなんでなん？大阪やったらとっくに終わってそうやけどな",
         ("13 58 03", "8", 1)),
    ])
    answered_from(evew_service, [
        ("ＥＣアドバイザー派遣の令和６年度実績（派遣先事業者数・回数）と、入門者向け講座の開催状況について照会いたします。", "07 55 04"),
    ])


def test_the_plan_table_named_and_a_respect_said_with_jou(evew_service):
    # (once refused: 「総合5か年計画上の達成目標」: the evidence was narrowed to the linked indicator's rows, and 上 of
    # 計画上 was judged as a word)
    ans = evew_service.ask("当該水利施設保全の事業が貢献する総合５か年計画上の達成目標について、直近の実績値の推移と目標値をご教示願います。")
    assert not ans.refused and ("09 33 04", "5", None) in [(c.jigyo_no, c.section, c.indicator) for c in ans.citations], \
        (ans.answer, ans.citations)


def test_two_nouns_asked_with_mo_are_one_thing(evew_service):
    # (once answered from the 立入検査: the sheet has オンライン and 診療, never オンライン診療)
    ans = evew_service.ask("病院の立入検査とかやってる事業って、オンライン診療増やす話も入ってるん？")
    assert ans.refused and "オンライン診療" in ans.answer, ans.answer
    answered_from(evew_service, [("水銀の体温計の回収の事業で、ドラッグストアでの回収もやってる？", "06 56 03")])


def test_a_subsidy_that_comes_out_is_asked_yes_or_no():
    from assistant.text.terms import EXISTS_Q

    assert EXISTS_Q.search("スクールバス買うのにも補助出るの?")
    assert EXISTS_Q.search("従業員宿舎の整備に県の補助は出ますか?")
    assert not EXISTS_Q.search("ストーブの補助って、買った値段の何割くらい出るんですか?")  # how much, not whether

"""Blind sets CL's and CM's answer classes (an external evaluation committee member, the prefecture's public-relations
staff), asked here of their sheets in other wording: a clipped name (マイナカード) is the sheet's マイナンバーカード;
words of how a figure moves or when (右肩下がり, 遅れ気味, コロナ明け) and 台数 are no subject; 「心配してること」 asks
for 課題 and 「何が大きかった」 for the reasons; everyday words (人出 = 来場, 亡くなった人 = 死者, 反響 = 閲覧); the items
before 「それぞれいくら」 may be 細事業 in the user's words (「観戦の誘客と学校訪問で」: each row's 決算額); 「チーム別の
内訳」 must be written by チーム."""

from __future__ import annotations

from .citing import answered_first, answered_from, keys, refused_saying


def test_a_clipped_name_is_the_sheets_full_one(clcm_service):
    answered_first(clcm_service, [("マイナカードでできるオンライン申請の件数、どう伸びてる？", ("02 95 11", "4", 1))])


def test_how_a_figure_moves_is_no_subject(clcm_service):
    answered_first(clcm_service, [("技能五輪の入賞者、右肩下がりだけど何が原因？", ("07 81 02", "8", 3))])
    answered_first(clcm_service, [("システム開発が遅れ気味なの、間に合わせる手は打ってるの？", ("17 52 05", "9-2", None))])


def test_worries_and_what_mattered_most(clcm_service):
    answered_first(clcm_service, [
        ("冬道の事故対策で、県がいま心配してることは？", ("15 92 10", "9-1", None)),
        ("出前研修の受講者が伸びたのは何が大きかったの？", ("13 59 09", "8", 1)),
    ])


def test_everyday_words_for_the_sheets_terms(clcm_service):
    answered_first(clcm_service, [("冬の事故で亡くなった人が減ったのはなぜ？", ("15 92 10", "8", 2))])
    answered_from(clcm_service, [("技能フェスティバルの人出はどのくらい？", "07 81 02"), ("冬道注意マップの反響は？", "15 92 10")])


def test_items_of_each_may_be_detail_programs_in_the_users_words(clcm_service):
    for q in ("がん患者支援の事業、アピアランスケアと就労支援でそれぞれいくら？",
              "プロスポーツの事業、観戦の誘客と学校訪問でそれぞれいくら使った？"):
        ans = clcm_service.ask(q)
        assert not ans.refused and [k for k in keys(ans) if k[1] == "detail"], (q, ans.answer)
    refused_saying(clcm_service, [("7チームの観客数、チーム別の内訳は？", "チームごとの内訳")])

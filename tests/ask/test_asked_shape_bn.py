"""Blind set BN's answer classes (a new member of staff's words), asked here of BG's, BH's and BN's sheets in other
wording: loanwords and everyday words for the sheets' terms (アクション: 方策, ロールアウト: 展開, バジェット: 予算,
朝イチ, かかりつけのお医者さん: かかりつけ医) are no subject the sheets lack; 「次は…考えてる」 asks the 方策; money
asked of a phrase (「土壌診断の予算」) marks it as the program's name."""

from __future__ import annotations

from .citing import answered_first, keys


def test_loanwords_for_the_sheets_terms(bk_service):
    answered_first(bk_service, (("フロンの事業、次は具体的にどういうアクションを考えてるんですか？", ("06 63 04", "9-2", None)),
                                ("家庭教育支援チームって、ほかの町村にもロールアウトする予定ある？", ("12 17 09", "9-2", None))))
    ans = bk_service.ask("朝イチの参集訓練って、何分で出動できるようになった？")
    assert not ans.refused and ("05 18 09", "4", 3) in keys(ans)[:2], (ans.answer, keys(ans))


def test_money_asked_of_a_phrase_names_the_program(bk_service):
    ans = bk_service.ask("土壌診断の予算、R6は補正で減額されてますか？最終的なバジェットはいくらですか？")
    assert not ans.refused and ("09 65 08", "6", None) in keys(ans)[:2], (ans.answer, keys(ans))


def test_the_family_doctor():
    from assistant.text.terms import SPLIT_TERMS, SPLIT_TERMS_RE

    def read(q):
        return SPLIT_TERMS_RE.sub(lambda m: SPLIT_TERMS[m.group(0)], q)
    assert read("かかりつけのお医者さん向けの研修") == "かかりつけ医向けの研修"
    assert read("お医者さんの数") == "医師の数"

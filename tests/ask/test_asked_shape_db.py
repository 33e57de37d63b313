"""Blind sets DB's and DC's answer classes (someone in the Tokyo area thinking of moving to Nagano; front-line staff of
社協, 保健師, 消防団, 農業委員), asked here of their sheets in other wording: a phrase that is the words of a 細事業
linked at once (業者向けの講習会 of 事業者向け講習会) anchors no other sheet that writes it whole; a newcomer's everyday
words for the sheets' (パネルのルール: 条例, 子だくさん: 多子世帯, 運転手: ドライバー, 町村役場: 町村, ママさんたち:
保護者); a place inside a cause the user guesses (「東京からでも受けやすくなったとか？」) narrows nothing; 「2人目の子」
is no word 目の子; 災害VC is 災害ボランティアセンター and 社協 the sheet's short form of 社会福祉協議会; 「何人くらい派遣した」
counts the people sent; a 補正's purpose told by what it bought (「補正予算により、高圧洗浄機20台…」); refused: a cost
near in meaning but of another thing (医療費 is no 通学費 or 自己負担), a starting salary (初任給)."""

from __future__ import annotations

from assistant.query.anchors import verbatim_jigyo
from assistant.query.intent import analyze

from .citing import answered_first, answered_from, answered_saying, refused_saying


def test_a_linked_details_words_anchor_no_other_sheet(dbdc_service):
    # (11-76-04 屋外広告物適正化 writes 「業者向けの講習会」 whole; 06-90-11 names its 細事業 事業者向け講習会.  A guard: on
    # ten sheets the word-for-word search also finds 06-90-11's 「事業者向けの講習会」, so it anchors nothing either way; on
    # the whole dev index its pool of passages had only 11-76-04's, which the linked 細事業 now outweighs)
    q = "太陽光の業者向けの講習会、受講者が増えたのはなぜ？"
    plan = analyze(q, dbdc_service.snapshot(), dbdc_service.embedder)
    assert verbatim_jigyo(plan, dbdc_service.snapshot()) != "11 76 04", [(d.name, d.score) for d in plan.details]
    answered_first(dbdc_service, [(q, ("06 90 11", "8", 3))])


def test_a_newcomers_everyday_words(dbdc_service):
    answered_first(dbdc_service, [("太陽光パネルのルールを作った市町村の数、どう推移してる？", ("06 90 11", "4", 1))])
    answered_from(dbdc_service, [("子だくさんの家の保育料を安くする事業、決算はいくら？", "16 91 04"),
                                 ("ライドシェアの運転手をやってみたいけど、講習ってあるの？", "02 21 08"),
                                 ("子育て世帯の訪問支援、働いてるママさんたちは平日の研修に来られないけど、来年度は変わる？", "13 20 10")])


def test_a_place_in_a_guessed_cause_narrows_nothing(dbdc_service):
    # (no sheet here names 大阪: a place the user guesses, not one the question narrows to)
    answered_from(dbdc_service, [("町村の共同採用試験の申込者が増えたのはなぜ？大阪からでも受けやすくなったとか？", "01 67 03")])


def test_the_nth_child_is_a_child(dbdc_service):
    snap = dbdc_service.snapshot()
    plan = analyze("2人目の子の分も保育料が安くなるの？", snap, dbdc_service.embedder)
    assert "目の子" not in " ".join(plan.salient) and "子ども" in plan.norm, (plan.norm, plan.salient)


def test_the_sheets_short_forms_and_the_people_sent(dbdc_service):
    answered_saying(dbdc_service, [
        ("災害VCの事業、R6は補正でいくら足して、何に使ったの？", "3,500"),
        ("災害VCの訓練の補助金、1社協あたり上限はいくら？", "200千円"),
        ("能登の災害VCに、県の事業で何人くらい派遣したの？", "24名"),
    ])


def test_another_cost_and_pay_are_refused(dbdc_service):
    # (12-56-01 遠距離通学費補助 speaks of 通学費 and 自己負担: close in meaning to 医療費, another thing's cost)
    refused_saying(dbdc_service, [
        ("子どもの医療費って、県の助成で何歳まで無料なの？", "医療費"),
        ("共同採用で町村の職員になったら、初任給はいくら？", "給与"),
    ])

"""Blind sets CJ's and CK's answer classes (a university student researching programs for a seminar report, mayors and
council chairs asking how a program touches their area), asked here of their sheets in other wording: a stated purpose
(「ゼミのレポートに使いたいので」) is no subject; everyday words for the sheets' terms (おうち = 家庭, 雪国 = 積雪, 邪魔 = 支障,
スピード = 速度); 「何割くらい終わった」 is a completion rate, not a subsidy rate, and names the program's
indicator that says it (撤去完了率) though the program was named by its short form; 「県は何かするんでしょうか」 asks
for 方策; a stock in km is the 現状's; which ones of a count (「6講座あるそうですが、それぞれ」「22件」「12地点」
「11のＤＭＯ」) are named only where the sheet lists them; what one 地区 costs is a unit price."""

from __future__ import annotations

from .citing import answered_first, refused_saying


def test_a_stated_purpose_is_no_subject(cjck_service):
    answered_first(cjck_service, [("ゼミのレポートに使いたいので、撤去完了率の推移を教えてください。", ("11 74 10", "4", 2))])


def test_everyday_words_for_the_sheets_terms(cjck_service):
    answered_first(cjck_service, [
        ("防災ノートって、おうちで使われてるんですか？", ("12 83 07", "7", None)),
        ("雪国ではハンプが邪魔になるって話、今後どうする？", ("15 72 08", "9-2", None)),
        ("地域からの交通安全の要望のうち、スピード関係はいくつ？", ("15 72 08", "1", None)),
    ])


def test_how_much_is_done_is_a_completion_rate(cjck_service):
    answered_first(cjck_service, [("土砂撤去の事業、何割くらい終わったの？", ("11 74 10", "4", 2))])


def test_whether_the_prefecture_will_do_something_asks_for_measures(cjck_service):
    answered_first(cjck_service, [("HPVの2回目を受けてない人には、県は何かするんでしょうか？", ("05 88 03", "9-2", None))])


def test_a_stock_in_km_is_the_current_state(cjck_service):
    answered_first(cjck_service, [("要対策の区間って全部で何kmあるの？", ("11 74 10", "1", None))])


def test_which_ones_of_a_count_need_the_names_listed(cjck_service):
    refused_saying(cjck_service, (("オンデマンド研修は6講座あるそうですが、それぞれどんな内容？", "6講座の個別の名称"),
                                  ("入札不調の22件って、どこの工事？", "22件の個別の名称"),
                                  ("基準を超えた12地点ってどこ？", "12地点の個別の名称"),
                                  ("専門人材がいる11のＤＭＯはどこ？", "11DMOの個別の名称")))


def test_what_one_district_costs_is_a_unit_price(cjck_service):
    ans = cjck_service.ask("ゾーン30プラスを1地区整備するのに、ざっくりいくら？")
    assert ans.refused and "単価" in ans.answer, ans.answer

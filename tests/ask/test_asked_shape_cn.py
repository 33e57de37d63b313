"""Blind sets CN's and CO's answer classes (residents' web inquiries; a 係長 talking shop), asked here of their sheets
in other wording: the prefecture's own name is no subject (長野県民 are the sheet's 県民); 「自体」 only stresses a word;
a place in an aside does not narrow a question about the whole prefecture; 「ダムの長寿命化」 names the one program whose
name holds both words; 「７割超えた」 is a level passed, not a gap to a target; money asked without saying which is the
決算額 and the budget it came from; whether a program does a thing is refused when its sheet never writes the thing."""

from __future__ import annotations

from assistant.query.catalogue import catalogue
from assistant.query.figure_link import figure_link
from assistant.query.intent import analyze
from assistant.query.short_names import NAMED_LINK
from assistant.types import Entity

from .citing import answered_first, refused_saying


def test_the_prefectures_own_name_and_stressed_words_are_no_subject(cnco_service):
    answered_first(cnco_service, [
        ("長野県民が1人1日に出すごみの量、ここ3年でどう変わった？", ("06 91 10", "4", 1)),
        ("縁結びネット、登録自体は増えてるのに会員数が目標に届かないのはなぜ？", ("13 51 02", "8", 1)),
    ])


def test_a_place_in_an_aside_does_not_narrow_the_whole_prefecture(cnco_service):
    answered_first(cnco_service, [
        ("うちの地域（諏訪）はまだまだだけど、中学校の休日の部活動の地域展開が全県で目標に届かなかったのはなぜ？", ("12 65 11", "8", 1)),
    ])
    refused_saying(cnco_service, [("部活動の地域展開、諏訪地域の中学校の移行率は？", "諏訪")])


def test_a_pair_of_words_names_the_program_whose_name_holds_them(cnco_service):
    # (the school sheet 14-38-02 is another 長寿命化 program: the pair names the dam's outright, as surely as its name)
    plan = analyze("ダムの長寿命化、R6の予算現額はいくら？", cnco_service.snapshot(), cnco_service.embedder)
    assert plan.jigyo and plan.jigyo[0].jigyo_no == "11 32 10" and plan.jigyo[0].score >= NAMED_LINK, plan.jigyo
    ans = cnco_service.ask("ダムの長寿命化、R6の予算現額はいくら？")
    assert not ans.refused and ans.citations[0].jigyo_no == "11 32 10" and "1,638,113" in ans.answer, ans.answer


def test_a_level_passed_is_no_gap_to_a_target(cnco_service):
    # The がん検診 sheet 05-04-03 prints an indicator 7 社 short of its target: 「７割超えた」 names no gap of 7, while
    # 「目標を７社上回った」 would.
    snap = cnco_service.snapshot()
    cat = catalogue(snap, cnco_service.embedder)
    named = [Entity("jigyo", cat.jigyo_names["05 04 03"], "05 04 03", score=NAMED_LINK)]
    for q, linked in (("がん検診の事業で、提出率が７割超えたのは何が効いた？", False),
                      ("がん検診の事業で、目標に７社届かなかったのはなぜ？", True)):
        plan = analyze(q, snap, cnco_service.embedder)
        plan.indicators = []
        assert figure_link(plan, cat, named) is linked, (q, plan.indicators)
    answered_first(cnco_service, [("登山計画書の提出率、７割超えたのは何が効いた？", ("15 86 04", "8", 2))])


def test_money_unsaid_is_the_settlement_and_its_budget(cnco_service):
    ans = cnco_service.ask("ごみ減量の事業費、R6はいくら？")
    assert not ans.refused and "21,047" in ans.answer and "22,600" in ans.answer, ans.answer


def test_a_thing_the_sheet_never_writes_is_not_done_by_it(cnco_service):
    refused_saying(cnco_service, [
        ("山岳遭難の事業で、入山料を取る仕組みってあるの？", "入山料"),
        ("ダムの長寿命化の事業で、小水力発電の設備もやってるの？", "小水力発電"),
    ])
    # a thing the sheet writes is answered, and a request (「教えてもらえますか」) asks for no thing
    ans = cnco_service.ask("ダムの長寿命化の事業で、遠隔監視の設備ってやってる？")
    assert not ans.refused and ans.citations[0].jigyo_no == "11 32 10", ans.answer
    ans = cnco_service.ask("受援体制の事業で、R6に実際にやったことを一通り教えてもらえますか。")
    assert not ans.refused and ans.citations[0].jigyo_no == "03 28 05", ans.answer

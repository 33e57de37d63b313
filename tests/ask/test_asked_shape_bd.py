"""Blind set BD's answer classes, worded differently here: 心配なこと・懸念 ask for the 課題; how a 取組 named outright
turned out (「結局どうなった」) is told from 取組実績 with its own line first; who taught (講師), how much is paid (謝金
「いくら」) and whether a subsidy is whole or half (「全額？半分？」) must be stated on the sheet."""

from __future__ import annotations

from .citing import answered_first, keys as _keys


def test_a_worry_asks_for_the_issues(bd_service):
    answered_first(bd_service, (("道路照明のLED化で、懸念されていることってある？", ("11 28 03", "9-1", None)),
                                ("理数教育の事業、この先心配な点は？", ("12 26 07", "9-1", None))))


def test_how_a_named_doing_turned_out(bd_service):
    ans = bd_service.ask("バリアフリーマップの件、結局どうなったの？")
    assert not ans.refused and _keys(ans)[0] == ("08 24 03", "7", None), (ans.answer, _keys(ans))
    first = ans.answer.split("\n")[1]
    assert "バリアフリーマップ" in first, ans.answer  # its own line first, then the rest of 取組実績


def test_who_taught_and_how_much_is_paid(bd_service):
    ans = bd_service.ask("理数の対策講座って、講師はどんな人？")
    assert ans.refused and "講師" in ans.answer, (ans.answer, _keys(ans))
    ans = bd_service.ask("リケジョ・キャリアトークの講師ってどんな人？")  # the sheet says who: 県内企業で働く女性技術者
    assert not ans.refused and "女性技術者" in ans.answer, (ans.answer, _keys(ans))
    ans = bd_service.ask("理科支援員の報酬っていくらなの？")
    assert ans.refused and "報酬の額" in ans.answer, (ans.answer, _keys(ans))


def test_whole_or_half_of_a_subsidy(bd_service):
    ans = bd_service.ask("アウトドア用車いすの導入補助って、全額出るんですか？半額？")
    assert ans.refused and "補助率" in ans.answer, (ans.answer, _keys(ans))

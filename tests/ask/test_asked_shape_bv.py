"""Blind sets BV's and BW's answer classes (a budget examiner of the 財政課, a resident), asked here of their sheets in
other wording: 「どの部分」 is no 部局 and 「担当課は何が課題って言ってる」 asks the 課題, not the 課; a loanword cut short
before the name's next word (プロ人材) names the program; 「来年からやり方変わる？」「来年は減らせる？対策は」「R7から変わる？」 ask the
方策 and 「今後なにが心配」 the 課題; 長野県 is every figure's place, no subject the sheet must name; a 補助率 printed
as a fraction with its cap in brackets (１／３（上限１０万円）を補助) and a sum per visit (１回あたり２，５００円) are
stated; 税金 is the 一般財源; a thing the program is asked to cover as well (「除草剤も」「双子…向けの」) is a subject
of its own."""

from __future__ import annotations

from .citing import answered_first, keys


def test_the_header_is_not_asked(bvw_service):
    answered_first(bvw_service, [
        ("プロ人材の事業について、担当課は何を課題として挙げてる？", ("07 88 05", "9-1", None)),
    ])
    ans = bvw_service.ask("土砂災害の事業って、どの部分に一番お金を使ってるの？")
    assert not ans.refused and keys(ans)[0][:2] == ("11 64 02", "detail"), (ans.answer, keys(ans))


def test_a_clipped_loanword_names_the_program(bvw_service):
    answered_first(bvw_service, [
        ("プロ人材、来年度の具体策ある？", ("07 88 05", "9-2", None)),
    ])
    for q in ("プロ人材の成約件数、伸びてる？", "プロ人材って来年何か変える？"):  # named, not found by its words
        plan = bvw_service.ask(q).plan
        assert plan.jigyo and plan.jigyo[0].jigyo_no == "07 88 05" and plan.jigyo[0].score >= 0.9, (q, plan.jigyo)


def test_next_years_way_and_what_is_feared(bvw_service):
    answered_first(bvw_service, [
        ("アレチウリの一斉駆除、来年はやり方が変わるの？", ("06 19 09", "9-2", None)),
        ("火山の退避壕の繰越、来年度は減らせそう？対策は", ("03 52 03", "9-2", None)),
        ("クビアカツヤカミキリについて、今後どんなことが心配されてる？", ("06 19 09", "9-1", None)),
        # (next year's change, asked by its year: the 方策, not next year's figures that no sheet has yet)
        ("プロ人材の事業、R7から変わるところある？", ("07 88 05", "9-2", None)),
        ("外来生物の駆除、R7から補助が拡充されるの？", ("06 19 09", "9-2", None)),
    ])


def test_the_prefecture_and_the_terms_printed(bvw_service):
    ans = bvw_service.ask("長野県には土砂災害の警戒区域がどれくらいあるの？")
    assert not ans.refused, ans.answer
    ans = bvw_service.ask("薪ストーブを買ったら補助は何割くらい？")
    assert not ans.refused and "１／３" in ans.answer, ans.answer
    ans = bvw_service.ask("産後ケアの補助って1回いくら出るの？")
    assert not ans.refused and "２，５００円" in ans.answer, ans.answer
    ans = bvw_service.ask("木質バイオマスの事業、県の税金はいくら使われてる？")
    assert not ans.refused and "22,650" in ans.answer, ans.answer


def test_a_thing_covered_as_well_is_a_subject(bvw_service):
    for q in ("アレチウリの駆除では除草剤も使うの？", "産後ケアの事業に、双子を育てる家庭向けの支援はある？"):
        ans = bvw_service.ask(q)
        assert ans.refused, (q, ans.answer)

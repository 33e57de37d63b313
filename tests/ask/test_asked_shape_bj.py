"""Blind set BJ's answer classes, worded differently here (and on other sets' sheets where the class allows): a figure
that moved and 「なんかやったの？」 asks why it moved (its 要因分析); 「今の人員で足りてるの」 asks for the 課題; money the
prefecture takes in (違反金, 使用料…) is stated only by a sentence with the sum received; 「職員の残業の平均」 is no
cross-sheet mean of 職員数; everyday clippings (路駐, 駐禁) and 英語 for the sheets' 外国語 are the sheets' words."""

from __future__ import annotations

from .citing import answered_first, keys


def test_a_move_and_what_was_done_is_a_why(bj_service, bg_service):
    answered_first(bj_service, (("駐車がらみの事故、一回増えてまた減ったけど、なんかやったの？", ("15 84 08", "8", 2)),))
    answered_first(bg_service, (("立入検査の件数、一回減ってまた増えたけど、なんかしたの？", ("06 63 04", "8", 1)),))


def test_whether_the_people_are_enough_is_an_issue(bj_service, bg_service):
    for service, q, no in ((bj_service, "違法駐車の取り締まり、今の人員で足りてるの？", "15 84 08"),
                           (bg_service, "SSWの体制って今ので足りてるの？", "12 64 04")):
        ans = service.ask(q)
        assert not ans.refused and (no, "9-1", None) in keys(ans)[:2], (q, ans.answer, keys(ans))


def test_money_coming_in_is_stated_or_refused(bj_service):
    ans = bj_service.ask("放置違反金って、年間いくら入ってくるの？")
    assert ans.refused and "収入" in ans.answer, ans.answer
    ans = bj_service.ask("違法駐車の事業の一般財源、どれくらい入ってる？")  # the program's own funding: its cost table
    assert not ans.refused and keys(ans)[0] == ("15 84 08", "6", None), (ans.answer, keys(ans))


def test_staff_said_of_another_figure_is_no_staff_count(bj_service):
    answered_first(bj_service, (("職員の休みって平均で何日くらい取れてるの？", ("01 86 05", "4", 2)),))
    ans = bj_service.ask("県職員の残業って、平均で何時間くらい？")
    assert ans.table is None and "職員数" not in ans.answer, ans.answer
    ans = bj_service.ask("職員数の平均って、全部の事業でどれくらい？")  # 職員数 itself: the cross-sheet mean
    assert ans.table is not None and "職員数" in ans.answer, ans.answer


def test_everyday_clippings_and_words():
    from assistant.query.linking import expand
    from assistant.text.terms import ABBREVIATION_RE, ABBREVIATIONS

    assert ABBREVIATION_RE.sub(lambda m: ABBREVIATIONS[m.group(0)], "観光地の路駐と駐禁の取締り") == "観光地の路上駐車と駐車禁止の取締り"
    assert "外国語" in expand({"英語"})

"""Blind sets BT's and BU's answer classes (a staff member just transferred into the section, a town office official),
asked here of their sheets in other wording: 去年・昨年度 are the newest sheet's year (its results are read the year
after); 学童 is 放課後児童クラブ; a 補助率 printed as a fraction (１／３を補助) states the rate, and a cap asked
(「1件いくらまで」「補助率と上限」) is the 取組's printed terms, not its money; where a 研修 is held is the line of
places under its heading, and where a center is the sentence that names the hospital; 「目標…届かなかったのって何が
引っかかって」 asks why; 前任 is the user's situation, no subject; 「海外展開の件」 names a program as 「…の事業」 does,
and so do four kanji of two words inside one 事業名 (電子契約); a figure the user half-remembers is looked up on the
program they named; 「その後も補助ってあるの」 asks the 方策."""

from __future__ import annotations

from .citing import answered_first, keys


def test_last_year_is_the_newest_sheets_year(btu_service):
    ans = btu_service.ask("病児保育の事業、昨年度の決算額と一般財源はいくら？")
    assert not ans.refused and "196,318" in ans.answer and "R5年度" not in ans.answer.split("\n")[0], ans.answer
    ans = btu_service.ask("狭あい道路の事業って去年いくら使ったの？")
    assert not ans.refused and "39,226" in ans.answer, ans.answer


def test_school_age_care_and_the_terms_of_a_subsidy(btu_service):
    ans = btu_service.ask("学童の支援員さんって高齢化してるの？")
    assert not ans.refused and keys(ans)[0][0] == "13 72 07", (ans.answer, keys(ans))
    ans = btu_service.ask("支援員の処遇改善の補助って、県は何割出してるの？")
    assert not ans.refused and "／" in ans.answer, ans.answer  # (a rate printed as a fraction: １／３を補助)
    ans = btu_service.ask("海外展開のチャレンジ補助金って上限いくら？補助率も")
    assert not ans.refused and "100万円" in ans.answer, ans.answer
    ans = btu_service.ask("二次交通の実証運行の補助って、1件いくらまで出るの？")  # (no unit price: the cap, 上限500万円)
    assert not ans.refused and keys(ans)[0][0] == "08 65 01", (ans.answer, keys(ans))


def test_where_it_is_held_and_where_it_is(btu_service):
    ans = btu_service.ask("認定資格研修ってどこの会場で受けられるの？")
    assert not ans.refused and "伊那" in ans.answer, ans.answer
    ans = btu_service.ask("聴覚支援センターはどこに置かれてるんでしたっけ")
    assert not ans.refused and "信州大学医学部附属病院" in ans.answer, ans.answer


def test_the_transferred_staffs_words(btu_service):
    answered_first(btu_service, [
        ("電子契約の利用率、目標に届かなかったのは何が引っかかったんですか？", ("17 41 08", "8", 1)),
        ("海外展開の件、前任が来年度どうするつもりだったか分かります？", ("07 46 05", "9-2", None)),
        ("電子契約の登録事業者、目標の1,000ちょっとは超えたんですよね？何が効いたんでしょう", ("17 41 08", "8", 2)),
        ("二次交通の実証が終わった路線、その後も県の補助はあるんですか？", ("08 65 01", "9-2", None)),
    ])

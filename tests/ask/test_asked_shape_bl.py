"""Blind set BL's answer classes, worded differently here (and on BG's sheets): a katakana word typed with two kana
swapped (携帯トレイ) is the sheets' word; ミツバチ (Sudachi's 蜜蜂) is the sheets' 蜂; 「Xの事業で」 names that 事業 even when
Sudachi writes X in its dictionary form (ダニ as 壁蝨), so a 助成 another sheet has is refused with where it is;
people told by what befell them (「亡くなった人って何人」) are counted only where the sheet counts them; 「2軒ってどこ」
asks names; 「調べてたりする」 asks what was done; 「目標2000人」 is a count, no year; 科捜研 is 科学捜査研究所."""

from __future__ import annotations

from .citing import answered_first


def test_swapped_kana_and_everyday_names(bl_service):
    answered_first(bl_service, (("携帯トレイって何個くらい回収できた？", ("06 86 07", "4", 2)),
                                ("ミツバチの飼養群数ってどう推移してる？", ("09 84 03", "4", 1))))


def test_a_program_named_in_sudachis_form(bl_service):
    ans = bl_service.ask("ダニの事業で、医療費の助成ってある？")
    assert ans.refused and "肝炎" in ans.answer, ans.answer  # said where it is, not answered from there


def test_people_told_by_what_befell_them(bg_service):
    ans = bg_service.ask("横断歩道で亡くなった人って年間何人？")  # the sheet counts 死傷者, not the dead
    assert ans.refused and "亡くなった人" in ans.answer, ans.answer


def test_which_ones_and_what_was_looked_into(bl_service, bg_service):
    ans = bl_service.ask("太陽光パネルを増設した2軒ってどこ？")
    assert ans.refused and "2軒" in ans.answer, ans.answer
    answered_first(bg_service, (("フロンの漏れって調べてたりする？", ("06 63 04", "7", None)),))


def test_a_count_is_no_year_and_an_institute_abbreviated():
    from assistant.query.years import parse_years
    from assistant.text.terms import ABBREVIATION_RE, ABBREVIATIONS

    assert parse_years("出前講座の目標2000人ってどういう計算？", 2024) == ([], False)
    assert parse_years("2023年の実績は？", 2024)[0] == [2023]
    assert ABBREVIATION_RE.sub(lambda m: ABBREVIATIONS[m.group(0)], "科捜研の人手") == "科学捜査研究所の人手"

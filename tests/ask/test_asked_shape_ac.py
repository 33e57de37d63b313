"""Blind set AC's answer classes, worded differently here and asked of other sheets where they occur.

- 「103団体のうち、自治会は何団体？」 asks a part of a count the sheet gives only as a whole: refused, whatever the
  counter (何団体, 何店), not answered with the whole.
- 「私学の…事業」 is the 私立 school program (私学 = 私立学校, 高校 = 高等学校), and 「何か所回った」 is told by
  「214所属で検査」: dev AC's bAC47 and bAC56, over the whole dev index in tests/eval/test_unseen_dev.py.
"""

from __future__ import annotations


def test_a_part_of_a_count_the_sheet_gives_whole_is_refused(yj_service):
    ans = yj_service.ask("不法投棄の登録団体103団体のうち、自治会は何団体？")
    assert ans.refused and "内訳" in ans.answer, ans.answer

"""Blind set AB's answer classes, worded differently here and asked of other sheets.

- 「実際どんなことやったの」 asks what was done (取組実績, 7), not the indicators.
- 「…って話、何か手は打つの？」 asks the 方策 (9-2) first.
- 「毎年けっこう繰り越してるの？」 asks the cost table's 前年度繰越 (繰り越す, however it is spelled).
(「協力隊の定着率」 for 「任期終了後に県内に定着した隊員の割合」, 「パラスポーツの事業費」 with パラスポーツ only in 7 and
「なかなか進まない背景」 as 現状 and 課題 are dev AB's bAB26, bAB34 and bAB35 in tests/eval/test_unseen_dev.py.)
"""

from __future__ import annotations

from .citing import keys as _keys


def test_what_they_actually_did_is_the_activities(v_service):
    ans = v_service.ask("R6は探究の事業で実際どんなことやったの？")
    assert ans.intent == "activity" and _keys(ans)[0] == ("12 11 03", "7", None), (ans.intent, _keys(ans))


def test_whether_they_will_do_something_about_it_is_the_measures(v_service):
    ans = v_service.ask("父子家庭の相談が少ないって話、何か手は打つの？")
    assert _keys(ans)[0] == ("13 06 02", "9-2", None), _keys(ans)


def test_carrying_over_every_year_is_the_cost_table(xop_service):
    ans = xop_service.ask("林道の事業って毎年けっこう繰り越してるの？")
    assert _keys(ans)[0] == ("10 04 02", "6", None), _keys(ans)
    assert "前年度繰越" in ans.answer

"""The question classes blind analytics set 26 (eval/datasets/analytics/dev_blind26.jsonl) taught, in another wording than
its questions and over other sheets: statuses quoted side by side (「「達成」「未達成」はそれぞれ何件」, no ・ between them) are
counted per status; a missing figure in either of two years named (「R4またはR5の実績が空欄」) is looked for in those years
only; an indicator read at its own sheet's year is shown as the sheet prints it (92.0, not 92)."""

from __future__ import annotations

from .test_planner import analytics_of as _answer


def test_statuses_quoted_side_by_side_are_counted_each(service):
    ans = _answer(service, "「達成」「未達成」の指標はそれぞれ何件？")
    assert ans is not None and ans.spec.group_by == "status", ans and ans.text
    assert "達成状況ごとに数える" in ans.text, ans.text


def test_a_missing_figure_in_either_of_two_years(service):
    ans = _answer(service, "R4またはR5の実績が空欄になっている指標を全部教えて")
    assert ans is not None and ans.spec.missing and ans.spec.missing_years == [2022, 2023], ans and ans.spec
    nos = set(ans.result.rows["jigyo_no"])
    assert "09 01 03" in nos and "12 04 01" not in nos, ans.text  # (12 04 01's R6 is the one ―: not asked)
    assert "R4・R5のいずれかで記載されていない" in ans.text, ans.text


def test_a_figure_as_the_sheet_prints_it(chisan):
    ans = _answer(chisan, "％の指標で、R6の実績が90％を超えているのはどれ？")
    assert ans is not None and list(ans.result.rows["jigyo_no"]) == ["10 36 06"], ans and ans.text
    assert "92.0％" in ans.text, ans.text

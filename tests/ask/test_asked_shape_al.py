"""Blind set AL's answer classes, worded differently here and asked of other sheets where they occur.

- 「その目標、どこから来てる数字？」 asks the 目標設定の考え方 (4), like 「根拠は」.
- 「家保」 is 家畜保健衛生所 (ABBREVIATIONS).
- 「来年何か変えるの？」 asks the 方策 (9-2).
- 「何かやり方変えたの？」 asks what was done or why it moved, not next year's 方策 (the past tense).
"""

from __future__ import annotations


import pytest

from .citing import keys as _keys
from .conftest import _four_sheets


@pytest.fixture(scope="module")
def al_service(tmp_path_factory):
    """Dev set AL's four sheets (成年後見, 家畜伝染病防疫, 県立学校トイレ, 飲酒運転根絶) with dev sets AJ's and AK's."""
    return _four_sheets(tmp_path_factory, "sheets_AL", "sheets_AJ", "sheets_AK")


def test_where_a_target_comes_from_is_its_rationale(al_service):
    ans = al_service.ask("ヘルスメイトの会員数の目標って、どこから来てる数字？")
    assert _keys(ans)[0] == ("05 34 02", "4", 3), (ans.answer, _keys(ans))


def test_an_office_abbreviated(al_service):
    ans = al_service.ask("家保の体制って足りてるの？")
    assert not ans.refused and _keys(ans)[0][0] == "09 52 03", ans.answer


def test_what_changes_next_year_is_a_measure(al_service):
    ans = al_service.ask("いじめ防止のSNS相談、来年何か変えるの？")
    assert _keys(ans)[0][:2] == ("12 29 02", "9-2"), (ans.answer, _keys(ans))


def test_whether_the_way_was_changed_is_no_plan(al_service):
    ans = al_service.ask("ドクヘリの出動件数、目標より増えてるけど何かやり方変えたの？")
    assert _keys(ans)[0][1] != "9-2", (ans.answer, _keys(ans))

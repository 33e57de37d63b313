"""Blind set AK's answer classes, worded differently here and asked of other sheets where they occur.

- A name the sheet glosses beside an indicator's (「食生活改善推進員（ヘルスメイト）」) is that indicator, though
  the indicator's own block (4, 8) never writes it; an honorific (ヘルスメイトさん) is no part of the name.
- 「大気測定局」「郵便局」 are no 部局: a station or an office is a subject to find, not a department not indexed.
- 「測定機器の更新にいくら使った」: a 取組 that is its 細事業's only one spent the 細事業's money, which answers.
"""

from __future__ import annotations


import pytest

from .citing import keys as _keys
from .conftest import _four_sheets


@pytest.fixture(scope="module")
def ak_service(tmp_path_factory):
    """Dev set AK's four sheets (県民食育, 大気環境監視, 林業労働安全衛生, 高校生キャリア教育) with dev set AI's
    (its 行方不明者 sheet has 見守り)."""
    return _four_sheets(tmp_path_factory, "sheets_AK", "sheets_AI")


def test_a_name_glossed_beside_the_indicator_is_the_indicator(ak_service):
    ans = ak_service.ask("ヘルスメイトさんの会員数は目標届いてる？")
    assert not ans.refused and _keys(ans)[0] == ("05 34 02", "4", 3), (ans.answer, _keys(ans))


def test_a_measuring_station_is_no_department(ak_service):
    ans = ak_service.ask("大気測定局の測定率って目標達成してる？")
    assert not ans.refused and _keys(ans)[0] == ("06 19 02", "4", 1), (ans.answer, _keys(ans))
    ans = ak_service.ask("郵便局と連携した見守りってやってる？")
    assert "シートは取り込まれていない" not in ans.answer, ans.answer


def test_the_money_of_a_details_only_activity_is_its_details_row(ak_service):
    """測定機器整備事業 has one 取組 (測定機器の更新): it spent the 細事業's money, which answers (a 細事業 of several
    取組 is refused: tests/analytics/test_blind11_classes.py)."""
    for q in ("大気の測定機器の更新って、R6にいくら使ったの？", "大気の測定機器の更新だけでいくらかかった？"):
        ans = ak_service.ask(q)
        assert not ans.refused and ("06 19 02", "detail") in {k[:2] for k in _keys(ans)}, (q, ans.answer, _keys(ans))

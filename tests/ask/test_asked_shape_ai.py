"""Blind set AI's answer classes, worded differently here and asked of other sheets where they occur.

- A service's number (「#7119」) is how the sheets name it: it says which 事業.
- A greeting that opens the message (「お疲れさまです。」) is no subject.
- 「高2」 is 高校2年生 (the sheets spell grades out).
- 「メールマガジン」 is a 取組, not the sheet's E-mail address.
- 「1機っていくら」: a unit price (機 among the counters).
- 「ちゃんと活かせてるの？」 asks the 課題.
- 「少しはマシになった？」「…の件」: everyday words, never the subject.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .citing import keys as _keys
from .conftest import _index

UNSEEN = Path(__file__).resolve().parents[2] / "eval" / "datasets" / "unseen"


@pytest.fixture(scope="module")
def ai_service(tmp_path_factory):
    """Dev set AI's four sheets (救急安心電話相談 #7119, 森林境界, 高校生留学, 行方不明者) with dev set AF's, the
    disaster-helicopter sheet and the children's-reading sheet (高校２年生の不読率)."""
    pdfs = sorted((UNSEEN / "sheets_AI").glob("*.pdf")) + sorted((UNSEEN / "sheets_AF").glob("*.pdf")) + [
        next((UNSEEN / "sheets_J").glob("03-05-02_*.pdf")), next((UNSEEN / "sheets_S").glob("12-08-02_*.pdf"))]
    assert len(pdfs) == 10
    return _index(tmp_path_factory, "ai", pdfs)


def test_a_service_number_names_its_program(ai_service):
    ans = ai_service.ask("#7119の事業の決算額の推移は？")
    assert not ans.refused and _keys(ans)[0][:2] == ("05 58 02", "6"), (ans.answer, _keys(ans))


def test_a_greeting_is_no_subject(ai_service):
    ans = ai_service.ask("お疲れさまです。交通信号機の事業の課題って何でしたっけ")
    assert _keys(ans)[0][:2] == ("15 97 02", "9-1"), (ans.answer, _keys(ans))


def test_a_school_grade_abbreviated(ai_service):
    ans = ai_service.ask("高2の不読率ってどうなってる？")
    assert not ans.refused and _keys(ans)[0][:2] == ("12 08 02", "4"), (ans.answer, _keys(ans))


def test_a_mail_magazine_is_no_email_address(ai_service):
    ans = ai_service.ask("寄付者向けのメールマガジンって年何回出してる？")
    assert _keys(ans)[0][:2] == ("02 96 02", "7") and "年４回" in ans.answer, (ans.answer, _keys(ans))


def test_the_price_of_one_machine_is_a_unit_price(ai_service):
    ans = ai_service.ask("防災ヘリ1機っていくら？")
    assert ans.refused and "単価" in ans.answer, ans.answer


def test_whether_it_is_put_to_use_is_an_issue(service):
    ans = service.ask("不登校の子の支援、ちゃんと活かせてるの？")
    assert _keys(ans)[0][:2] == ("12 04 01", "9-1"), (ans.answer, _keys(ans))


def test_everyday_judgement_words_are_no_subject(ai_service):
    ans = ai_service.ask("#7119、最近は少しはマシになった？")
    assert not ans.refused and _keys(ans)[0][0] == "05 58 02", ans.answer

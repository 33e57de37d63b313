"""Blind set AJ's answer classes, worded differently here and asked of other sheets where they occur.

- 「ドクヘリ」 for ドクターヘリ, a word the tokenizer keeps whole: a katakana word made of its head and a later
  part (ドク + ヘリ) is that word clipped.
- 「一気に」 is how a change is told, never a subject.
- 「1回飛ぶといくら」: what one costs, however the work is said (回 among the counters; 「21件」 is no 1件).
- 「小学校・中学校・高校の内訳」「県内と県外の内訳」: a breakdown the sheet does not give.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .citing import keys as _keys
from .conftest import _index

UNSEEN = Path(__file__).resolve().parents[2] / "eval" / "datasets" / "unseen"


@pytest.fixture(scope="module")
def aj_service(tmp_path_factory):
    """Dev set AJ's four sheets (ドクターヘリ, 価格転嫁, 温泉地再生, いじめ防止) with dev set AF's and the
    disaster-helicopter sheet."""
    pdfs = sorted((UNSEEN / "sheets_AJ").glob("*.pdf")) + sorted((UNSEEN / "sheets_AF").glob("*.pdf")) + [
        next((UNSEEN / "sheets_J").glob("03-05-02_*.pdf"))]
    assert len(pdfs) == 9
    return _index(tmp_path_factory, "aj", pdfs)


def test_a_clipped_word_the_tokenizer_keeps_whole(aj_service):
    ans = aj_service.ask("ドクヘリって今後どうするの？")
    assert not ans.refused and _keys(ans)[0][:2] == ("05 28 02", "9-2"), (ans.answer, _keys(ans))


def test_ikki_is_how_a_change_is_told(aj_service):
    ans = aj_service.ask("女性の風しん検査、R5で減ってR6で一気に増えてるけど、コロナの話とかも関係ある？")
    assert not ans.refused and _keys(ans)[0][0] == "05 94 02", ans.answer


def test_what_one_flight_costs_is_a_unit_price(aj_service):
    ans = aj_service.ask("防災ヘリって1回飛ぶといくらかかるの？")
    assert ans.refused and "単価" in ans.answer, ans.answer


def test_a_breakdown_into_named_parts_is_not_stated(aj_service):
    for q in ("いじめの認知件数、小学校・中学校・高校の内訳は？", "寄付件数の9,840件、県内と県外の内訳は？"):
        ans = aj_service.ask(q)
        assert ans.refused and "内訳" in ans.answer, (q, ans.answer)

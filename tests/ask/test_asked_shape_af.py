"""Blind set AF's answer classes, worded differently here and asked of other sheets where they occur.

- A common word that is the one word of a 事業名 (きのこ, 茸 once normalised: one character) names that 事業,
  though another sheet mentions it in passing (毒キノコ on the food-hygiene sheet).
- A 事業 named without its (推進)事業費 (「ふるさと信州寄付金の割合」): the rest of the question picks its indicator.
- 「目標いくらで実績いくら」 of a named money indicator asks its figures, not the cost table.
- An indicator that is itself a per-unit figure (生産１kg当たりの光熱費) is no unit price asked and left unstated.
- 「…なんでしたっけ」 is no なんで (why): 「何が問題なんでしたっけ」 asks the 課題.
- A katakana clipping of a two-word compound the sheets use (クラファン) is that word, and its sentence answers.
- 「全部で何橋くらいあって」: the stock the program works on, told in its 現状 (1).
- 「R6で増えた数」 of a 取組 counts what was done (7).
- Text quoted in brackets finds the sheet and the passage that print it.
- A rate of a named 細事業 is stated on its own sheet or not at all (another sheet's 補助率1/2 is not its).
- 「1本建て替えるのにいくら」: what one costs, however the work is said.
- 「何か所に入った」 is told as 「２団地で導入」: places counted by their kind (団地, 地区, 会場, 拠点, 施設).
- 「家庭から出る分だけだと何トン」: a part alone, in the unit asked, where the sheet gives the whole only.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .citing import keys as _keys
from .conftest import _index

UNSEEN = Path(__file__).resolve().parents[2] / "eval" / "datasets" / "unseen"


@pytest.fixture(scope="module")
def af_service(tmp_path_factory):
    """Dev set AF's four sheets (ふるさと信州寄付金, 風しん, きのこ, 交通信号機) with dev set O's (食品ロス …), the
    food-hygiene sheet (毒キノコ), and two sheets that subsidise 市町村 at a stated 補助率 (熱中症, 避難所)."""
    pdfs = sorted((UNSEEN / "sheets_AF").glob("*.pdf")) + sorted((UNSEEN / "sheets_O").glob("*.pdf")) + [
        next((UNSEEN / "sheets_K").glob("05-08-02_*.pdf")), next((UNSEEN / "sheets_Z").glob("05-17-02_*.pdf")),
        next((UNSEEN / "sheets_U").glob("03-08-02_*.pdf"))]
    assert len(pdfs) == 11
    return _index(tmp_path_factory, "af", pdfs)


def test_a_common_word_that_is_one_programs_name_names_it(af_service):
    ans = af_service.ask("きのこの夏のキャンペーン、どんな内容だった？")
    assert not ans.refused and _keys(ans)[0][0] == "10 92 02", (ans.answer, _keys(ans))


def test_a_program_named_without_its_suffix_lets_the_rest_pick_the_indicator(af_service):
    ans = af_service.ask("ふるさと信州寄付金の割合はどう推移してる？")
    assert _keys(ans)[0] == ("02 96 02", "4", 3), _keys(ans)


def test_target_and_actual_of_a_money_indicator_are_its_figures(af_service):
    ans = af_service.ask("ふるさと信州寄付金の寄付額、R6の目標は何円で実績は？")
    assert _keys(ans)[0] == ("02 96 02", "4", 1) and "268,900" in ans.answer, (ans.answer, _keys(ans))


def test_an_indicator_that_is_a_per_unit_figure_is_no_unit_price(af_service):
    ans = af_service.ask("きのこの1kg当たりの光熱費、R5に上がったのはなぜ？")
    assert not ans.refused and _keys(ans)[0][:3] in {("10 92 02", "8", 3), ("10 92 02", "4", 3)}, (ans.answer, _keys(ans))


def test_nandeshitakke_asks_no_reason(service):
    ans = service.ask("流域治水って何が問題なんでしたっけ")
    assert not ans.refused and _keys(ans)[0][:2] == ("11 03 05", "9-1"), (ans.answer, _keys(ans))


def test_a_clipped_katakana_compound_is_the_sheets_word(af_service):
    ans = af_service.ask("クラファンの結果ってどうだった？")
    assert not ans.refused and _keys(ans)[0][:2] == ("02 96 02", "7") and "８件" in ans.answer, (ans.answer, _keys(ans))


def test_how_many_in_all_is_the_situation(k_service):
    ans = k_service.ask("県管理の橋は全部で何橋くらいあって、どれくらい古いの？")
    assert _keys(ans)[0][:2] == ("11 02 03", "1") and "4,200橋" in ans.answer, (ans.answer, _keys(ans))


def test_how_many_were_added_is_what_was_done(af_service):
    ans = af_service.ask("体験型の返礼品、R6で増えた数は？")
    assert _keys(ans)[0][:2] == ("02 96 02", "7") and "34品目" in ans.answer, (ans.answer, _keys(ans))


def test_a_quoted_phrase_finds_the_passage_that_prints_it(af_service):
    ans = af_service.ask("シートの「依然として多く」って何の話？")
    assert not ans.refused and _keys(ans)[0][:2] == ("06 06 02", "1"), (ans.answer, _keys(ans))


def test_a_named_subsidys_rate_is_stated_on_its_own_sheet_or_not_at_all(af_service):
    ans = af_service.ask("風しんの市町村事務費補助、県の補助率ってどれくらい？")
    assert ans.refused and "補助率" in ans.answer, ans.answer


def test_what_one_costs_however_the_work_is_said(af_service, k_service):
    for svc, q in ((af_service, "信号柱1本建て替えるのにいくらかかるの？"), (k_service, "橋1橋直すのにだいたいいくら？")):
        ans = svc.ask(q)
        assert ans.refused and "単価" in ans.answer, (q, ans.answer)


def test_a_part_alone_in_the_unit_asked(af_service):
    ans = af_service.ask("食品ロス、家庭から出る分だけだと何トン？")
    assert ans.refused and "家庭から出る分" in ans.answer, ans.answer


def test_places_counted_by_their_kind(af_service):
    ans = af_service.ask("培地を燃やすボイラー、何か所に入った？")
    assert not ans.refused and "２団地" in ans.answer, ans.answer

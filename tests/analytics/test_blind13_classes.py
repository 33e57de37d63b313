"""The question classes blind analytics set 13 (eval/datasets/analytics/dev_blind13.jsonl) taught, in other
wordings than its questions and over other sheets (the bundled samples, and five unseen sheets of five 部局: an
indicator exactly at its target, two 概ね達成 ones that rose, three better lower, one 事業 with no 未達成): a ― mark
glossed in brackets (「実績が「―」（未記入）の年度がある指標」); an actual exactly at its target (達成率 100%); the 事業
with no 未達成 indicator (概ね達成 and ― are not 未達成), the others told; two figures of named 事業 joined by と
(「執行率と職員数をそれぞれ」); named 事業 summed over their years and their difference; one named 事業's money summed
or averaged over its years (the single-sheet answers read each year only); the years a condition held counted per
事業 (「補正を組んだ回数が一番多い」); an indicator's direction read from its actual figure, not from the rate ranked
(a 概ね達成 indicator that rose under ↗ is better higher); a kind of indicator glossed in brackets and picked out
whole; a threshold list and a steady rise told with the rows that missed; a count per 部局 told with the 部局 at 0."""

from __future__ import annotations

import pytest

from ..conftest import ROOT
from .test_planner import analytics_of as _answer


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """Five unseen sheets of five 部局 (none of set 13's)."""
    from assistant.config import load_settings
    from assistant.service import Kaizen

    unseen = ROOT / "eval" / "datasets" / "unseen"
    pdfs = [p for folder, pre in (("sheets_W", "18-01-02"), ("sheets_X", "20-02-01"), ("sheets_U", "11-09-02"),
                                  ("sheets", "05-01-04"), ("sheets_N", "11-05-04"))
            for p in sorted((unseen / folder).glob(f"{pre}_*.pdf"))]
    assert len(pdfs) == 5
    svc = Kaizen(load_settings(tmp_path_factory.mktemp("mixed-home")))
    assert all(r.ok for r in svc.ingest(pdfs))
    return svc


def _rest(text: str) -> str:
    return next(x for x in text.split("\n") if x.startswith("・ほかの"))


def test_a_missing_mark_glossed_in_brackets(service):
    ans = _answer(service, "実績が「―」（記載なし）になっている年度がある成果指標を、事業名つきで挙げて")
    assert ans is not None and ans.spec.missing and ans.spec.missing_any
    assert sorted(ans.result.rows["indicator"]) == ["学校内外の機関等で相談・指導等を受けた不登校児童生徒の割合",
                                                     "就農５年後の定着率"]


def test_an_actual_exactly_at_its_target(mixed):
    ans = _answer(mixed, "実績が目標とちょうど一致した成果指標はありますか")
    assert ans is not None and [(c.measure, c.op, c.value) for c in ans.spec.conditions] == [("achievement", "==", 1.0)]
    assert list(ans.result.rows["indicator"]) == ["Park-PFI等による民間連携事業数（累計）"]
    assert "100.0%（実績 4件／目標 4件）" in ans.text


def test_the_jigyo_with_no_unmet_indicator_and_the_others(mixed):
    ans = _answer(mixed, "未達成の指標がひとつもない事業は？")
    assert ans is not None and ans.spec.every == "未達成なし"
    assert list(ans.result.rows["jigyo_name"]) == ["下水道施設耐震化・長寿命化事業費"]  # 達成 2, ― 1
    assert "（3指標：達成2件・―1件）" in ans.text
    assert "県営小水力発電推進事業費（未達成2件）" in _rest(ans.text)


def test_two_figures_of_named_jigyo_joined_by_to(mixed):
    ans = _answer(mixed, "若年層投票参加促進事業費と県営小水力発電推進事業費の、R6の執行率と職員数をそれぞれ比べて")
    assert ans is not None and ans.spec.measure == "exec_rate" and ans.spec.also == ["staff"]
    assert "職員数 15.0人" in ans.text and "職員数 3.5人" in ans.text


def test_named_jigyo_summed_over_their_years_and_the_difference(mixed):
    ans = _answer(mixed, "若年層投票参加促進事業費と県営小水力発電推進事業費、R4〜R6の当初予算を足すとどちらが大きい？")
    assert ans is not None and ans.spec.span == 3 and ans.spec.group_by == "jigyo" and ans.spec.aggregate == "sum"
    assert "1,357,700千円" in ans.text and "36,660千円" in ans.text and "1,321,040千円多い" in ans.text


def test_one_named_jigyo_over_its_years(mixed):
    ans = _answer(mixed, "県営小水力発電推進事業費の決算額、R4〜R6の3年間の合計は？")
    assert ans is not None and ans.spec.jigyo == ["20 02 01"] and ans.spec.span == 3
    assert "1,322,633千円" in ans.text and "値のある3年度" in ans.text  # 371,864 + 452,117 + 498,652
    mean = _answer(mixed, "県営小水力発電推進事業費の予算現額の3年間の平均を教えて")
    assert mean is not None and mean.spec.aggregate == "mean" and mean.spec.measure == "total"


def test_years_a_condition_held_counted_per_jigyo(service):
    ans = _answer(service, "R4〜R6で補正予算を組んだ回数が一番多い事業は？")
    assert ans is not None and ans.spec.group_by == "jigyo" and ans.spec.aggregate == "count" and ans.spec.span == 3
    assert ans.result.rows.iloc[0]["jigyo_name"] == "家庭の脱炭素化推進事業費" and ans.result.rows.iloc[0]["value"] == 3
    assert "年度は全部で12件" in ans.text


def test_the_direction_is_read_from_the_actual_not_the_rate(mixed):
    ans = _answer(mixed, "少ないほど良いタイプの指標だけ、達成率を目標÷実績で一覧にして")
    assert ans is not None and ans.spec.better == "lower"
    assert sorted(ans.result.rows["indicator"]) == ["下水道管路に起因する道路陥没件数", "公園施設に起因する事故件数",
                                                     "故障・災害による発電停止時間"]  # not the 概ね達成 ones that rose


def test_a_kind_glossed_in_brackets_and_picked_out_whole(mixed):
    ans = _answer(mixed, "値が小さいほど良い（少ないと改善）タイプの成果指標を全部拾って、達成率（目標÷実績）も一覧に")
    assert ans is not None and ans.spec.better == "lower" and ans.spec.directed and len(ans.result.rows) == 3


def test_a_threshold_list_tells_the_rows_short_of_it(service):
    ans = _answer(service, "R6年度の執行率が95%以上の事業を全部挙げて")
    assert ans is not None and ans.spec.others and len(ans.result.rows) == 5
    assert "新規就農者育成総合対策事業費（94.7%" in _rest(ans.text)


def test_a_steady_rise_tells_the_others(service):
    ans = _answer(service, "R4からR6まで決算額がずっと増え続けている事業はどれ？")
    assert ans is not None and ans.spec.steady == "increase" and len(ans.result.rows) == 6
    assert "中小企業ＤＸ推進支援事業費（R4 221,386千円 → R5 193,577千円 → R6 180,942千円）" in _rest(ans.text)


def test_a_count_per_bukyoku_tells_the_bukyoku_at_zero(service):
    ans = _answer(service, "部局ごとの、推移が↘の指標の数は？")
    assert ans is not None and ans.spec.group_by == "bukyoku" and ans.spec.aggregate == "count"
    assert "・企画振興部：3件" in ans.text and "・健康福祉部：0件" in ans.text

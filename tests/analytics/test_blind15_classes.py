"""The question classes blind analytics set 15 (eval/datasets/analytics/dev_blind15.jsonl) taught, in other
wordings than its questions and over other sheets (the bundled samples, three unseen sheets of 健康福祉部, and the
four unseen sheets of set AA with one 「概ね達成」 indicator each): a ranking among the indicators of one status
between 達成 and 未達成 (「おおむね達成の指標で、達成率が最も高い」: it ranked every indicator); a change denied
(「増えていない」「減っていない」: the rows whose change is ≤ 0 or ≥ 0, unchanged ones too; it listed the rows that
rose); named 事業 summed over their years and set against each other with no 「どっち」 (「…の3年間合計を比較すると」:
it told R6's sum of both); 「その事業」 after a sentence about a group of 事業 (「健康福祉部の事業はいくつ？それらの
事業の…合計も」: those 事業, it was kept for one sheet and refused); a source of the money the form does not give
(国庫支出金, 県債: the cost table has うち一般財源 only) is refused, not read as the 予算現額."""

from __future__ import annotations

import pytest

from ..conftest import ROOT
from .test_planner import analytics_of as _answer


@pytest.fixture(scope="module")
def near_met(tmp_path_factory):
    """Four unseen sheets of four 部局 (set AA; none of set 15's), one 「概ね達成」 indicator on each."""
    from assistant.config import load_settings
    from assistant.service import Kaizen

    pdfs = sorted((ROOT / "eval" / "datasets" / "unseen" / "sheets_AA").glob("*.pdf"))
    assert len(pdfs) == 4
    svc = Kaizen(load_settings(tmp_path_factory.mktemp("near-met-home")))
    assert all(r.ok for r in svc.ingest(pdfs))
    return svc


def test_ranking_among_the_indicators_of_one_status(near_met):
    ans = _answer(near_met, "おおむね達成になっている指標で、達成率が最も高いものは？")
    assert ans is not None and ans.spec.status == "概ね達成" and ans.spec.measure == "achievement"
    assert len(ans.result.rows) == 4  # 電子決裁率 (達成, 102.5%) and the 未達成 ones are left out
    assert "最も高い指標は受動喫煙防止対策推進事業費「中学校・高校での防煙教室の受講者数（単年度）」で、98.6%" in ans.text
    low = _answer(near_met, "「概ね達成」の指標のうち、達成率が一番低いのは？")
    assert low is not None and low.spec.status == "概ね達成"
    assert "県政モニター調査で県議会の活動を「知らない」と答えた人の割合」で、96.4%" in low.text  # 40.0 ÷ 41.5


def test_a_change_denied_keeps_the_unchanged_rows_too(service):
    ans = _answer(service, "R5からR6にかけて職員数が減っていない事業はどれ")
    assert ans is not None and ans.spec.change == "any" and ans.spec.change_condition.op == ">="
    assert len(ans.result.rows) == 6 and "職員数が減っていないのは6件です" in ans.text
    assert "流域治水推進事業費（建設部）：2.0人 → 2.0人（0.0人" in ans.text  # unchanged, kept
    flat = _answer(service, "R6の決算額が前年度より増えていない事業は？")
    assert flat is not None and list(flat.result.rows["jigyo_no"]) == ["07 02 04"]  # 193,577 → 180,942


def test_named_jigyo_summed_over_their_years_set_against_each_other(service):
    ans = _answer(service, "協働・共創推進事業費と流域治水推進事業費で、R4からR6までの予算現額の3年間合計を比較すると？")
    assert ans is not None and ans.spec.span == 3 and ans.spec.group_by == "jigyo" and ans.spec.aggregate == "sum"
    assert "流域治水推進事業費（11 03 05）：126,300千円" in ans.text and "86,193千円多い" in ans.text


def test_that_jigyo_after_a_sentence_about_a_group(kenko):
    ans = _answer(kenko, "健康福祉部の事業はいくつある？それらの事業の予算現額の合計もあわせて教えて")
    assert ans is not None and ans.spec.bukyoku == ["健康福祉部"] and ans.spec.measure == "total"
    assert "健康福祉部の事業は3件です" in ans.text and "908,950千円" in ans.text  # 736,250 + 119,800 + 52,900


@pytest.mark.parametrize("q", ["予算現額のうち県債でまかなった額が大きい事業トップ3は？", "国庫支出金の多い順に事業を並べて",
                               "R6決算額のうち特定財源の割合が一番高い事業は？"])
def test_a_source_of_money_not_on_the_form_is_refused(service, q):
    assert _answer(service, q) is None
    assert service.ask(q).refused

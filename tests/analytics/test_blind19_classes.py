"""The question classes blind analytics set 19 (eval/datasets/analytics/dev_blind19.jsonl) taught, in other
wordings than its questions and over other sheets (the bundled samples and three unseen sheets of sets P, Q and S):
a ranking said 「ワースト」「ベスト」 with no number before 「の事業」 (taken for a topic, so one sheet), how far a
total moved (「全部足すと…どれくらい減った」 read as a filter keeping the rows that fell), the share of 一般財源 said
the other way round (「予算現額のうち、一般財源が半分以上」: no measure found), a total set against a year named
(「合計（R4と比べて）」: the other year was never read), the same 推移 two years running (「2年連続で悪化」: the
year's ↘ only), and two named 事業 compared on their change with 「どっち」 (ranked on the year's figure)."""

from __future__ import annotations

import pytest

from ..conftest import ROOT
from .test_planner import analytics_of as _answer


@pytest.fixture(scope="module")
def falls(tmp_path_factory):
    """Three unseen sheets (sets Q, P, S) with one indicator each marked ↘ in R5 and in R6, and one more ↘ in R6 only
    (消防団協力事業所数, ↗ in R5)."""
    from assistant.config import load_settings
    from assistant.service import Kaizen

    unseen = ROOT / "eval" / "datasets" / "unseen"
    pdfs = [p for d, pre in (("sheets_Q", "03-06-01"), ("sheets_P", "05-10-02"), ("sheets_S", "10-03-04"))
            for p in sorted((unseen / d).glob(f"{pre}_*.pdf"))]
    assert len(pdfs) == 3
    svc = Kaizen(load_settings(tmp_path_factory.mktemp("falls-home")))
    assert all(r.ok for r in svc.ingest(pdfs))
    return svc


def test_worst_and_best_without_a_number(service):
    ans = _answer(service, "R6年度の一般財源の割合がワーストの事業はどれ？")
    assert ans is not None and (ans.spec.measure, ans.spec.order, ans.spec.limit) == ("general_ratio", "asc", 1)
    assert "家庭の脱炭素化推進事業費で、5.7%" in ans.text, ans.text
    ans = _answer(service, "R5年度の執行率がベストの事業を教えて")
    assert ans is not None and (ans.spec.order, ans.spec.limit) == ("desc", 1)
    assert "中小企業ＤＸ推進支援事業費で、96.6%" in ans.text, ans.text


def test_how_far_a_total_moved_keeps_every_row(service):
    ans = _answer(service, "全事業の予算現額を足し合わせると、R5とR6でそれぞれいくらで、どれくらい減った？")
    assert ans is not None and ans.spec.aggregate == "sum" and ans.spec.change == "any"
    assert len(ans.result.rows) == 8, ans.text
    assert "R6年度の予算現額の合計は1,214,031千円、R5年度は1,134,211千円で、+79,820千円" in ans.text, ans.text


def test_general_share_said_within_the_budget(service):
    ans = _answer(service, "R5年度の予算現額のうち、一般財源が半分以上を占める事業はどれ？")
    assert ans is not None and ans.spec.measure == "general_ratio"
    assert [(c.op, c.value) for c in ans.spec.conditions] == [(">=", 0.5)]
    assert len(ans.result.rows) == 5 and "流域治水推進事業費（建設部）：50.0%" in ans.text, ans.text


def test_a_total_set_against_a_year_named(service):
    ans = _answer(service, "R6年度の決算額が一番大きい事業と、全事業の決算額の合計（R4と比べて）を教えて")
    assert ans is not None and (ans.spec.change, ans.spec.compare_year, ans.spec.aggregate) == ("any", 2022, "sum")
    assert "R4年度は1,032,853千円" in ans.text, ans.text
    assert "R6年度の決算額が最も大きいのは新規就農者育成総合対策事業費（389,776千円）" in ans.text, ans.text
    ans = _answer(service, "職員数の合計はR5に比べてどう？")
    assert ans is not None and (ans.spec.change, ans.spec.compare_year) == ("any", 2023)
    assert "R6年度の職員数の合計は44.0人、R5年度は42.0人" in ans.text, ans.text
    # 「R4と比べて少ない」 says the direction: one named 事業's 細事業 that fell, as before
    ans = _answer(service, "中小企業ＤＸ推進支援事業費の細事業で、R6の決算額がR4と比べて少ないものは？")
    assert ans is not None and (ans.spec.change, ans.spec.compare_year, ans.spec.jigyo) == ("decrease", 2022, ["07 02 04"])


def test_the_same_trend_two_years_running(falls):
    ans = _answer(falls, "2年連続で悪化している成果指標はどれですか")
    assert ans is not None and (ans.spec.trend_before, ans.spec.trend) == ("↘", "↘")
    assert sorted(ans.result.rows["indicator"]) == sorted(["10代・20代の献血者数", "被害跡地の樹種転換面積", "消防団員数"]), ans.text
    assert "転じた" not in ans.text, ans.text


def test_two_named_compared_on_their_change(service):
    ans = _answer(service, "中小企業ＤＸ推進支援事業費と新規就農者育成総合対策事業費、R4→R6で決算額の減り方が大きいのはどちら？")
    assert ans is not None and ans.spec.change == "any" and ans.spec.compare_year == 2022 and ans.spec.order == "asc"
    assert "中小企業ＤＸ推進支援事業費で、221,386千円 → 180,942千円（-40,444千円、-18.3%）" in ans.text, ans.text
    assert "371,095千円 → 389,776千円（+18,681千円、+5.0%）" in ans.text, ans.text

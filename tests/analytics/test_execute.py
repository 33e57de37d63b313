"""Running specs over the tables: rankings with ties, group totals, counts, changes,
conditions, and missing values set aside (never zero)."""

from __future__ import annotations

import pytest

from assistant.analytics.answer import compose
from assistant.analytics.execute import execute
from assistant.analytics.spec import Condition, QuerySpec
from assistant.analytics.tables import build_tables

from .fake import FakeSnap, cost, indicator, sheet


@pytest.fixture()
def snap():
    return FakeSnap([
        sheet("01 01 01", "甲事業費", "企画振興部", [cost("R5年度", "1,000", "500", "800"), cost("R6年度", "1,000", "500", "900")],
              indicators=[indicator(1, "甲の指標", "1", "2", "3", "4", "未達成")]),
        sheet("01 01 02", "乙事業費", "企画振興部", [cost("R5年度", "2,000", "1,000", "1,900"), cost("R6年度", "2,000", "1,000", "1,500", "△ 100")],
              indicators=[indicator(1, "乙の指標", "1", "2", "5", "4", "達成")]),
        sheet("02 01 01", "丙事業費", "環境部", [cost("R5年度", "500", "100", "450"), cost("R6年度", "500", "―", "―")],
              indicators=[indicator(1, "丙の指標", "1", "2", "―", "4", "―")]),
    ])


def run(snap, **kw):
    res = execute(build_tables(snap), QuerySpec(**kw))
    return res, compose(snap, res)


def test_ranking_states_ties_and_missing(snap):
    res, (text, _, table) = run(snap, measure="general_ratio", order="desc", limit=1)
    assert res.year == 2024
    assert res.rows["jigyo_name"].tolist() == ["甲事業費", "乙事業費"]  # both 50.0 %
    assert len(res.ties()) == 2
    assert "甲事業費と乙事業費" in text and "2件が同じ値" in text and "50.0%" in text
    assert "丙事業費" in text and "0とはみなしていません" in text  # missing general, said so
    assert table.chart == "bar" and table.total == 2


def test_group_sum_excludes_missing_values(snap):
    res, (text, _, table) = run(snap, measure="settlement", group_by="bukyoku", aggregate="sum")
    assert res.rows["bukyoku"].tolist() == ["企画振興部"]
    assert res.rows["value"].tolist() == [2400.0]
    assert "企画振興部（2,400千円、2件）" in text and "丙事業費" in text
    assert table.columns[0] == "部局"


def test_counts_changes_and_conditions(snap):
    res, (text, _, _) = run(snap, measure="indicator_value", status="未達成", aggregate="count")
    assert res.scalar == 1 and "1件" in text
    res, _ = run(snap, measure="settlement", change="increase")
    assert res.compare_year == 2023 and res.rows["jigyo_name"].tolist() == ["甲事業費"]
    assert res.rows["value"].tolist() == [100.0]
    res, (text, _, _) = run(snap, measure="supplementary", conditions=[Condition(measure="supplementary", op="!=", value=0)],
                            aggregate="count")
    assert res.scalar == 1 and "補正予算等がある事業は1件" in text
    res, _ = run(snap, measure="settlement", year=2023, aggregate="sum")
    assert res.scalar == 3150.0
    res, _ = run(snap, measure="achievement", order="asc", limit=1)
    assert res.rows["indicator"].tolist() == ["甲の指標", "乙の指標"] and len(res.missing) == 1


def test_spec_rejects_inconsistent_queries():
    with pytest.raises(ValueError):
        QuerySpec(measure="settlement", status="未達成")
    with pytest.raises(ValueError):
        QuerySpec(measure="settlement", unknown=1)
    with pytest.raises(ValueError):
        QuerySpec(measure="settlement", year=2023, compare_year=2024, change="any")


def test_unused_span_and_exact_half(snap):
    res, (text, _, _) = run(snap, measure="unused", order="desc", limit=1)
    assert res.rows["jigyo_name"].tolist()[0] == "乙事業費" and res.rows["value"].tolist()[0] == 500.0
    assert "500千円（予算現額 2,000千円−決算額 1,500千円）" in text
    assert "丙事業費" in text  # 決算額 ― : no 不用額, said so (not 500)
    res, (text, _, _) = run(snap, measure="settlement", span=2, group_by="jigyo", aggregate="sum", order="desc")
    assert res.rows["value"].tolist() == [3400.0, 1700.0, 450.0] and "R5年度～R6年度" in text
    half = [Condition(measure="general_ratio", op="==", value=0.5)]
    res, (text, _, _) = run(snap, measure="general_ratio", span=2, conditions=half)
    assert sorted(res.rows["year"].tolist()) == [2023, 2023, 2024, 2024]  # every year's row, not the newest only
    assert "甲事業費（R5年度）" in text and "ちょうど" in text


def test_missing_filter_trend_of_an_earlier_year_and_both_ends(snap):
    res, (text, _, _) = run(snap, measure="indicator_value", missing=True, aggregate="count")
    assert res.scalar == 1 and "丙の指標" in text and "記載されていない" in text
    t = build_tables(snap)
    t.indicators.loc[t.indicators["indicator"] == "甲の指標", "trend_m1"] = "↘"
    res = execute(t, QuerySpec(measure="indicator_value", trend="↘", year=2023, aggregate="count"))
    assert res.scalar == 1 and res.rows["indicator"].tolist() == ["甲の指標"]
    assert execute(t, QuerySpec(measure="indicator_value", trend="↘", aggregate="count")).scalar == 0  # R6: none
    res, (text, _, _) = run(snap, measure="achievement", order="desc", limit=1, extremes=True)
    assert "最も高い指標は乙事業費「乙の指標」で125.0%" in text and "最も低い指標は甲事業費「甲の指標」で75.0%" in text


def test_every_indicator_met_tells_the_unjudged(snap):
    res, (text, _, _) = run(snap, measure="indicator_value", every="達成", group_by="jigyo", aggregate="count")
    assert res.rows["jigyo_name"].tolist() == ["乙事業費"]
    assert "「達成」の事業は1件です：乙事業費（1指標）" in text
    assert "丙事業費（達成0件・判定なし（―）1件）" in text and "すべて「達成」とは言えません" in text


def test_items_by_method_counted_per_jigyo():
    from .fake import FakeSnap

    def detail(no, methods):
        return {"no": no, "name": f"細{no}", "r4": "1", "r5": "1", "r6": "1",
                "items": [{"no": i, "name": f"取組{i}", "method": m} for i, m in enumerate(methods, 1)]}

    s = FakeSnap([sheet("01 01 01", "甲事業費", "企画振興部", [], detail=[detail(1, ["補助", "委託"]), detail(2, ["補助"])]),
                  sheet("01 01 02", "乙事業費", "環境部", [], detail=[detail(1, ["補助", "直接"])])])
    res, (text, _, table) = run(s, measure="items", method="補助", group_by="jigyo", aggregate="count", order="desc")
    assert res.rows["value"].tolist() == [2, 1]
    assert "全部で3件" in text and "最も多いのは甲事業費（01 01 01）（2件）" in text


def test_nothing_in_scope_before_a_bukyoku_filter(snap):
    """A topic no sheet has, then a 部局: the empty mask stays a row filter (pandas once read it as
    column names, dropped every column and the run stopped on a KeyError)."""
    res, (text, cites, _) = run(snap, measure="settlement", topic="留置施設", bukyoku=["企画振興部"])
    assert res.rows.empty and not cites
    assert text

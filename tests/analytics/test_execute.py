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

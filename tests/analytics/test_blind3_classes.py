"""The question classes blind analytics set 3 (eval/datasets/analytics/dev_blind3.jsonl) taught,
in other wordings than its questions: 「N事業全部の」 names no 部局, a ratio over every row is the
sums divided (not a sum of ratios), two named 事業 tell their difference, 「悪くなった」 is 推移 ↘,
細事業 counted under a money threshold said as 「に届かない・に満たない」, a year's 補正 減額 asked
whether any exist lists that year's rows, and 「AやBを支える…関係の事業」 selects by A or B."""

from __future__ import annotations

import pytest

from assistant.analytics.answer import compose
from assistant.analytics.execute import execute, topic_versions
from assistant.analytics.spec import QuerySpec
from assistant.analytics.tables import build_tables

from .fake import FakeSnap, cost, sheet
from .test_planner import _spec

PLANNED = [
    # 「N事業全部の」: 全部 is no 部局 (the question is not refused as naming an unknown 部局)
    ("5事業全部の予算現額を足し合わせるといくら？", dict(measure="total", aggregate="sum")),
    # a ratio over all rows: planned as the total, computed as Σ÷Σ
    ("一般財源の割合は全事業まとめると全体で何％？", dict(measure="general_ratio", aggregate="sum")),
    # 推移 ↘ said in plain words
    ("前年度より悪くなった成果指標はどれですか？", dict(measure="indicator_value", trend="↘")),
    # 細事業 counted under a threshold said as 「に満たない」
    ("決算額が500万円に満たない細事業は何件ある？", dict(measure="detail_settlement", aggregate="count",
                                                        conditions=[{"measure": "detail_settlement", "op": "<",
                                                                     "value": 5000.0}])),
    # a year's 補正 減額, asked whether any exist: that year's rows
    ("R6年度、補正で予算額を減額した事業ってありますか？", dict(measure="supplementary", year=2024,
                                                            conditions=[{"measure": "supplementary", "op": "<",
                                                                         "value": 0.0}])),
    # the people served, several named with や
    ("高齢者や若者を支援する関係の事業の決算額の合計は？", dict(topic="高齢者|若者", aggregate="sum")),
]


@pytest.mark.parametrize("question,want", PLANNED)
def test_blind3_cue_words_fill_the_spec(service, question, want):
    spec = _spec(service, question)
    assert spec is not None, question
    got = spec.to_dict()
    assert {k: got[k] for k in want} == want


def test_a_word_ending_in_zenbu_is_no_unknown_bukyoku(service):
    from assistant.query.intent import analyze

    plan = analyze("3事業全部の当初予算は？", service.snapshot(), service.embedder)
    assert plan.unknown_bukyoku == []
    plan = analyze("観光振興部の当初予算は？", service.snapshot(), service.embedder)
    assert plan.unknown_bukyoku == ["観光振興部"]  # a real 部局 name that has no sheet is still told


@pytest.fixture()
def snap():
    return FakeSnap([
        sheet("01 01 01", "甲事業費", "企画振興部", [cost("R6年度", "1,000", "500", "900")]),
        sheet("01 01 02", "乙事業費", "企画振興部", [cost("R6年度", "3,000", "600", "1,500", "△ 200")]),
        sheet("02 01 01", "丙事業費", "環境部", [cost("R6年度", "200", "100", "200")]),
    ])


def run(snap, **kw):
    res = execute(build_tables(snap), QuerySpec(**kw))
    return res, compose(snap, res)[0]


def test_a_ratio_over_every_row_is_the_sums_divided(snap):
    res, text = run(snap, measure="exec_rate", aggregate="sum")
    # 900+1,500+200 = 2,600 over 1,000+3,000+200 = 4,200: 61.9% (the mean of 90%, 50%, 100% would be 80.0%)
    assert res.scalar == pytest.approx(2600 / 4200)
    assert "全体で見ると61.9%" in text and "決算額の合計2,600千円 ÷ 予算現額の合計4,200千円" in text
    assert "合計は" not in text.split("\n")[0].split("（")[0]  # never 「執行率の合計は240%」
    res, text = run(snap, measure="general_ratio", aggregate="sum", bukyoku=["企画振興部"])
    assert res.scalar == pytest.approx(1100 / 4000) and "27.5%" in text


def test_two_named_jigyo_tell_their_difference(snap):
    res, text = run(snap, measure="settlement", named=True, jigyo=["01 01 01", "01 01 02"], order="desc", limit=1)
    assert "乙事業費のほうが甲事業費より600千円多いです" in text
    res, text = run(snap, measure="settlement", named=True, jigyo=["01 01 01", "01 01 02"], order="asc", limit=1)
    assert "甲事業費のほうが乙事業費より600千円少ないです" in text
    res, text = run(snap, measure="exec_rate", named=True, jigyo=["01 01 01", "01 01 02"], order="desc", limit=1)
    assert "のほうが" not in text  # a ratio's difference is no amount of money


def test_a_negative_supplementary_keeps_only_those_rows(snap):
    from assistant.analytics.spec import Condition

    res, text = run(snap, measure="supplementary", year=2024, order="desc",
                    conditions=[Condition(measure="supplementary", op="<", value=0)])
    assert res.rows["jigyo_name"].tolist() == ["乙事業費"] and "△ 200千円" in text


def test_several_served_words_select_any_of_them():
    about = {"v0": ("甲事業費 健康福祉部 高齢者支援課", "暮らしを支える"), "v1": ("乙事業費 産業労働部 課", "若者の就職を支える"),
             "v2": ("丙事業費 建設部 課", "橋を長持ちさせる")}
    # 高齢者 is in v0's 課 name; 若者 in no name, so in v1's 目的; each word looked up on its own
    assert topic_versions("高齢者|若者", about) == ["v0", "v1"]
    assert topic_versions("若者", about) == ["v1"]
    s = FakeSnap([sheet("01 01 01", "高齢者支援事業費", "健康福祉部", [cost("R6年度", "1,000", "0", "900")]),
                  sheet("01 01 02", "若者定住事業費", "企画振興部", [cost("R6年度", "1,000", "0", "400")]),
                  sheet("01 01 03", "橋梁事業費", "建設部", [cost("R6年度", "1,000", "0", "500")])])
    res, text = run(s, measure="settlement", topic="高齢者|若者", aggregate="sum")
    assert res.scalar == 1300.0 and "「高齢者」か「若者」とある事業" in text

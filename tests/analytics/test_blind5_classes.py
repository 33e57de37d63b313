"""The question classes blind analytics set 5 (eval/datasets/analytics/dev_blind5.jsonl) taught,
in other wordings than its questions, over the bundled samples: 「小さい方からN」 rankings, a money
threshold written 「5万千円（5,000万円）以上」, both ends asked with no subject (「一番低いのと一番高いの」),
a 部局's 事業 told year by year (「〇〇部の事業の…の推移」), 「目標値に対する実績」 with a direction left out
(「…ほど良い指標は除いて」), a change between years joined by an arrow (「R4→R5で…の増加が」), and a cost
that includes pay (「人件費込み」), which the sheets never state: refused (over two unseen sheets whose
prose mentions 人件費, where it was answered with other figures before)."""

from __future__ import annotations

import pytest

from ..conftest import ROOT

from .test_planner import analytics_of as _answer, assert_spec

PLANNED = [
    # counted from the small / large side: 「小さい方から」「多いほうから」「低い順に」
    ("決算額が小さい方から3つの事業を挙げて", dict(measure="settlement", order="asc", limit=3)),
    ("一般財源が多いほうから2件教えて", dict(measure="general", order="desc", limit=2)),
    # a money threshold in 万千円, restated in brackets
    ("当初予算が5万千円（5,000万円）以上の事業はどれ？",
     dict(measure="initial", conditions=[{"measure": "initial", "op": ">=", "value": 50000.0}])),
    ("決算額が200百万円を超える事業は？",
     dict(measure="settlement", conditions=[{"measure": "settlement", "op": ">", "value": 200000.0}])),
    # both ends asked with no subject word
    ("一般財源の割合でいちばん低いのと、いちばん高いのを挙げて", dict(measure="general_ratio", extremes=True)),
    # 「目標値に対する実績」 is the achievement rate; a direction said to be left out keeps the other one
    ("目標値に対する実績の割合が最も低い指標は？", dict(measure="achievement", order="asc", limit=1)),
    ("人数や件数が多いほど良い指標は除いて、実績÷目標が一番高い指標は？",
     dict(measure="achievement", better="lower", aggregate=None, order="desc", limit=1)),
    # two years joined by an arrow, and 「増加が」「減少が」 as the change
    ("R4→R5で予算現額の減少が一番大きかった事業は？",
     dict(measure="total", year=2023, compare_year=2022, change="decrease", limit=1)),
    ("細事業で、R5→R6の決算額の増加がいちばん多いのは？",
     dict(measure="detail_settlement", year=2024, compare_year=2023, change="increase", limit=1)),
]


@pytest.mark.parametrize("question,want", PLANNED)
def test_blind5_cue_words_fill_the_spec(service, question, want):
    assert_spec(service, question, want)


def test_a_bukyoku_money_trend_lists_each_year_in_order(service):
    ans = _answer(service, "環境部の事業について、当初予算の推移を一覧で見せて")
    assert ans is not None
    spec = ans.spec
    assert spec.bukyoku == ["環境部"] and spec.span == 3 and spec.order is None and spec.aggregate is None
    rows = ans.result.rows
    assert rows["year"].tolist() == [2022, 2023, 2024]  # R4 -> R5 -> R6, not by amount
    assert rows["value"].tolist() == [210000, 236500, 248700]
    assert "推移" in ans.text and "年度順" in ans.text
    assert ans.text.index("210,000千円") < ans.text.index("236,500千円") < ans.text.index("248,700千円")
    assert ans.citations and all(c.section == "6" for c in ans.citations)
    assert ans.table.columns[0] == "番号"  # listed in year order, not ranked


@pytest.fixture(scope="module")
def pay_mentioned(tmp_path_factory):
    """Two unseen sheets whose 要因分析 mention 人件費 in prose (「人件費の上昇で」): the word is on the
    sheets, a figure of it is not."""
    from assistant.config import load_settings
    from assistant.service import Kaizen

    unseen = ROOT / "eval" / "datasets" / "unseen"
    pdfs = [*sorted((unseen / "sheets_L").glob("07-08-01_*.pdf")), *sorted((unseen / "sheets_K").glob("12-05-03_*.pdf"))]
    assert len(pdfs) == 2
    svc = Kaizen(load_settings(tmp_path_factory.mktemp("pay-home")))
    assert all(r.ok for r in svc.ingest(pdfs))
    return svc


@pytest.mark.parametrize("question", ["職員の人件費も入れた本当のコストが大きい順に並べて",
                                      "人件費を加えたトータルのコストで比べると、どこが一番？"])
def test_a_cost_that_includes_pay_is_refused(pay_mentioned, question):
    ans = pay_mentioned.ask(question)
    assert ans.refused and "人件費" in ans.answer and not ans.citations

"""The question classes blind analytics set 2 (eval/datasets/analytics/dev_blind2.jsonl) taught,
in other wordings than its questions: existence questions (「…事業はありますか」), a top N
without 上位, growth rates, counts and shares of indicators, 推移 as of an earlier year with
the indicator's three years, a condition's own figure when money is named only generically,
a total compared with the previous year, a count that also tells its money's total, and the
要因分析 cited beside indicators without a figure."""

from __future__ import annotations

import pytest

from assistant.analytics.answer import compose
from assistant.analytics.execute import execute
from assistant.analytics.spec import Condition, QuerySpec
from assistant.analytics.tables import build_tables

from .fake import FakeSnap, cost, indicator, sheet
from .test_planner import _spec

PLANNED = [
    # 「…ってある？」「…はありますか」: asked whether any exist
    ("前の年度から当初予算が増えた事業はありますか？", dict(measure="initial", change="increase")),
    ("実績が空欄になっている指標はある？", dict(missing=True, aggregate=None)),
    # a top N said with a count word, without 上位/トップ
    ("予算現額が大きい事業を3つ挙げて", dict(measure="total", order="desc", limit=3)),
    ("一般財源の割合が低い事業を4件教えてください", dict(measure="general_ratio", order="asc", limit=4)),
    # growth rate: ranked by the change as a % of the earlier year (and the measure defaults to 決算額)
    ("当初予算の増加率（R5→R6）が最も高い事業は？", dict(measure="initial", change="any", percent=True, order="desc")),
    ("どの細事業が前年度からの伸び率が最も低い？", dict(measure="detail_settlement", percent=True, order="asc")),
    # a count or share of indicators, the count word far from 指標
    ("成果指標のうち、目標を達成できなかったものは何件？", dict(measure="indicator_value", status="未達成",
                                                               aggregate="count")),
    ("目標を達成した指標は全体の何パーセント？", dict(status="達成", aggregate="count", share=True)),
    # 推移 as of an earlier year
    ("令和5年度の推移が悪化していた指標は？", dict(trend="↘", year=2023)),
    # money named only generically beside a condition: the condition's own figure
    ("繰越がある事業とその金額を全部教えて", dict(measure="carryover")),
    # a total compared with the year before
    ("全事業の予算現額を合わせるといくら？前の年と比較してどう？", dict(measure="total", aggregate="sum", change="any")),
    # the reason asked along
    ("実績が空欄になっている指標はある？なぜか教えて", dict(missing=True, reasons=True)),
]


@pytest.mark.parametrize("question,want", PLANNED)
def test_blind2_cue_words_fill_the_spec(service, question, want):
    spec = _spec(service, question)
    assert spec is not None, question
    got = spec.to_dict()
    assert {k: got[k] for k in want} == want


@pytest.fixture()
def snap():
    ind = indicator(1, "甲の指標", "10", "8", "12", "11", "達成")
    ind.update(r5_trend="↘", r6_trend="↗")
    return FakeSnap([
        sheet("01 01 01", "甲事業費", "企画振興部", [cost("R5年度", "1,000", "500", "800"), cost("R6年度", "1,000", "500", "1,000")],
              indicators=[ind, indicator(2, "甲の第二指標", "1", "2", "―", "4", "―")]),
        sheet("01 01 02", "乙事業費", "企画振興部", [cost("R5年度", "2,000", "1,000", "1,600"),
                                                 cost("R6年度", "2,000", "1,000", "1,800", "△ 100")],
              indicators=[indicator(1, "乙の指標", "1", "2", "3", "4", "未達成")]),
        sheet("02 01 01", "丙事業費", "環境部", [cost("R5年度", "500", "100", "400"), cost("R6年度", "500", "100", "400", "50")],
              indicators=[indicator(1, "丙の指標", "1", "2", "5", "4", "達成")]),
    ])


def run(snap, **kw):
    res = execute(build_tables(snap), QuerySpec(**kw))
    return res, compose(snap, res)[0]


def test_growth_rate_ranks_by_percent_not_amount(snap):
    res, text = run(snap, measure="settlement", change="any", percent=True, order="desc", limit=1)
    # 甲 +200 (+25.0%), 乙 +200 (+12.5%), 丙 0: the amounts tie, the rates do not
    assert res.rows["jigyo_name"].tolist() == ["甲事業費", "乙事業費", "丙事業費"]
    assert "増減率" in text and "800千円 → 1,000千円（+200千円、+25.0%）" in text
    res, text = run(snap, measure="settlement", change="any", order="desc", limit=1)
    assert "+12.5%" in text  # a plain change also tells its rate


def test_total_compared_with_the_year_before(snap):
    res, text = run(snap, measure="settlement", aggregate="sum", change="any")
    assert "R6年度の決算額の合計は3,200千円、R5年度は2,800千円で、+400千円（+14.3%）増えています" in text


def test_count_out_of_all_with_share_and_the_unjudged(snap):
    res, text = run(snap, measure="indicator_value", status="達成", aggregate="count", share=True)
    assert res.scalar == 2 and "全4件中の50.0%" in text
    assert "判定なし）の1件を除いた3件に限れば66.7%" in text


def test_count_by_a_money_condition_tells_its_total(snap):
    cond = [Condition(measure="supplementary", op="!=", value=0)]
    res, text = run(snap, measure="supplementary", conditions=cond, aggregate="count")
    assert res.scalar == 2 and "補正予算等の合計は-50千円" in text


def test_top_n_says_a_tie_at_the_cut(snap):
    res, text = run(snap, measure="total", order="asc", limit=1)
    assert "丙事業費" in text
    res, text = run(snap, measure="general", order="desc", limit=1)  # 乙 1,000 alone at the top
    assert "絞れません" not in text
    res, text = run(snap, measure="staff", order="asc", limit=2)  # every 事業 2.0人
    assert "2位は" not in text and "1位は甲事業費と乙事業費と丙事業費が同じ値（3件）" in text


def test_trend_of_an_earlier_year_lists_the_three_years(snap):
    res, text = run(snap, measure="indicator_value", trend="↘", year=2023)
    assert res.rows["indicator"].tolist() == ["甲の指標"]
    assert "R4 10件 → R5 8件（↘） → R6 12件（↗）（目標 11件、達成状況 達成）" in text
    assert "1位" not in text  # a filtered list, not a ranking


def test_the_largest_decrease_comes_first():
    s = FakeSnap([sheet("01 01 01", "甲事業費", "企画振興部", [cost("R5年度", "1,000", "0", "900"), cost("R6年度", "1,000", "0", "880")]),
                  sheet("01 01 02", "乙事業費", "企画振興部", [cost("R5年度", "1,000", "0", "900"), cost("R6年度", "1,000", "0", "500")])])
    res, text = run(s, measure="settlement", change="decrease", order="desc", limit=1)
    assert res.rows["jigyo_name"].tolist() == ["乙事業費", "甲事業費"]
    assert "減少額が最も大きい事業は乙事業費で、900千円 → 500千円（-400千円、-44.4%）" in text


@pytest.mark.parametrize("question,topic", [
    ("農業関係の事業の決算額を合計するといくら？", "農業"),
    ("教育に関する事業で執行率が一番低いのは？", "教育"),
    ("観光分野の事業はいくつある？", "観光"),
])
def test_a_topic_selects_a_group_of_jigyo_not_one(service, question, topic):
    spec = _spec(service, question)
    assert spec is not None and spec.topic == topic


def test_a_topic_is_read_from_name_bukyoku_ka_then_purpose():
    from assistant.analytics.execute import topic_versions

    about = {"v0": ("甲福祉事業費 健康福祉部 課", "高齢者の暮らし"), "v1": ("乙事業費 建設部 住宅課", "福祉の視点で住まいを整える"),
             "v2": ("丙事業費 環境部 課", "子育て世帯の住まい")}
    assert topic_versions("福祉", about) == ["v0"]  # named in 事業名/部局: the purpose's 福祉 is not needed
    assert topic_versions("子育て", about) == ["v2"]  # named nowhere else: its 目的
    assert topic_versions("観光", about) == []
    s = FakeSnap([sheet("01 01 01", "甲福祉事業費", "健康福祉部", [cost("R6年度", "1,000", "0", "900")]),
                  sheet("01 01 02", "乙事業費", "建設部", [cost("R6年度", "1,000", "0", "500")])])
    res, text = run(s, measure="settlement", topic="福祉", aggregate="sum")
    assert res.scalar == 900.0 and "「福祉」とある事業のR6年度の決算額の合計は900千円" in text


@pytest.mark.parametrize("question,want", [
    ("実施方法が補助になっている取組は全部で何件？", dict(measure="items", method="補助", aggregate="count", group_by=None)),
    ("請負で実施している取組はいくつ？", dict(measure="items", method="請負", aggregate="count")),
    ("どの実施方法の取組がいちばん多い？", dict(measure="items", group_by="method", aggregate="count", order="desc")),
])
def test_items_counted_without_naming_a_jigyo(service, question, want):
    spec = _spec(service, question)
    assert spec is not None, question
    got = spec.to_dict()
    assert {k: got[k] for k in want} == want


def test_items_grouped_by_method():
    def detail(no, methods):
        return {"no": no, "name": f"細{no}", "r4": "1", "r5": "1", "r6": "1",
                "items": [{"no": i, "name": f"取組{i}", "method": m} for i, m in enumerate(methods, 1)]}

    s = FakeSnap([sheet("01 01 01", "甲事業費", "企画振興部", [], detail=[detail(1, ["補助", "委託"]), detail(2, ["委託"])]),
                  sheet("01 01 02", "乙事業費", "環境部", [], detail=[detail(1, ["委託", "直接"])])])
    res, text = run(s, measure="items", group_by="method", aggregate="count", order="desc")
    assert res.rows["method"].tolist() == ["委託", "直接", "補助"] and res.rows["value"].tolist() == [3, 1, 1]
    assert "全部で5件" in text and "最も多いのは「委託」（3件）" in text


@pytest.mark.parametrize("question", [
    "精度管理事業ってどんな取組をしてて、実施方法は何ですか？",  # one 細事業's 実施方法 (unseen dev set E)
    "林業の担い手の事業で、決算額が一番大きい細事業は？",  # a topic without 関係/分野: one 事業 named
])
def test_one_sheets_items_and_topics_stay_single_sheet(service, question):
    assert _spec(service, question) is None


def test_named_rows_compared_on_a_measure(service):
    from assistant.analytics import analytics_answer
    from assistant.query.intent import analyze

    q = "流域治水推進事業と協働・共創推進事業では、執行率はどっちが高い？"
    plan = analyze(q, service.snapshot(), service.embedder)
    ana = analytics_answer(service.snapshot(), plan)
    assert ana is not None and ana.spec.named and len(ana.spec.jigyo) == 2
    assert set(ana.result.rows["jigyo_name"]) == {"流域治水推進事業費", "協働・共創推進事業費"}
    assert "質問に挙がった事業" in ana.text
    one = analyze("流域治水推進事業の執行率はR5とR6のどちらが高い？", service.snapshot(), service.embedder)
    assert analytics_answer(service.snapshot(), one) is None  # one 事業 named: the existing answers


def test_named_indicators_by_shortened_names():
    from assistant.analytics.named import resolve_named

    s = FakeSnap([sheet("01 01 01", "甲事業費", "企画振興部", [], indicators=[
                      indicator(1, "長寿命化改修（外壁改修・屋上防水）を完了した棟数（累計）", "1", "2", "254", "265", "未達成"),
                      indicator(2, "入居者満足度", "1", "2", "3", "4", "未達成")]),
                  sheet("01 01 02", "乙事業費", "教育委員会", [], indicators=[
                      indicator(1, "特別支援学級担任の特別支援学校教諭免許状保有率", "1", "2", "38.5", "40.0", "未達成")])])
    t = build_tables(s)
    spec = QuerySpec(measure="achievement", named=True, order="desc", limit=1)
    got = resolve_named(t, spec, "免許状保有率（特別支援学級担任）と長寿命化改修の完了棟数、達成率はどちらが上？")
    assert got is not None and got.indicators == ["01 01 01#1", "01 01 02#1"]
    res, text = run(s, **got.model_dump(exclude={"named"}), named=True)
    assert "96.3%（実績 38.5件／目標 40.0件）" in text  # 96.25% rounded half up
    assert resolve_named(t, spec, "入居者満足度はどちらが高い？") is None  # one row named: no comparison


@pytest.mark.parametrize("question,want", [
    ("細事業で前年度比の減少率が最も大きいのは？", dict(measure="detail_settlement", percent=True, change="decrease")),
    ("R5の推移が↘だった指標、R6ではどうなった？", dict(trend="↘", year=2023)),
    ("実績が出ていない指標とその理由を教えて", dict(missing=True, reasons=True)),
    ("補正予算を組んだ事業とその金額は？", dict(measure="supplementary")),
    ("住宅に関する事業の決算額は？", dict(measure="settlement", topic="住宅")),
    ("決算額が2番目に大きい事業は？", dict(measure="settlement", order="desc", limit=2)),
])
def test_more_wordings_of_the_same_classes(service, question, want):
    spec = _spec(service, question)
    assert spec is not None, question
    got = spec.to_dict()
    assert {k: got[k] for k in want} == want


@pytest.mark.parametrize("question,want", [
    ("予算を一番使い切れていない事業はどこ？", dict(measure="unused", order="desc")),
    ("企画振興部と環境部、決算額の合計はどちらが多い？", dict(measure="settlement", group_by="bukyoku", aggregate="sum",
                                                      bukyoku=["企画振興部", "環境部"])),
    ("R5とR6で決算額の合計はどれくらい変わった？", dict(measure="settlement", aggregate="sum", change="any",
                                                   year=2024, compare_year=2023)),
    ("未達成の指標が一番多い事業はどこ？", dict(status="未達成", group_by="jigyo", aggregate="count", order="desc")),
    ("細事業の決算額の合計が一番大きい事業は？", dict(measure="detail_settlement", group_by="jigyo", aggregate="sum")),
])
def test_wordings_found_after_the_set(service, question, want):
    spec = _spec(service, question)
    assert spec is not None, question
    got = spec.to_dict()
    assert {k: got[k] for k in want} == want


def test_a_group_mean_of_a_ratio_reads_as_a_percentage(snap):
    res, text = run(snap, measure="exec_rate", group_by="bukyoku", aggregate="mean", order="desc")
    assert "最も高いのは" in text and "%" in text  # numpy floats formatted (rounded half up)


def test_a_comparison_naming_no_rows_is_planned_without_it(service):
    from assistant.analytics import analytics_answer
    from assistant.query.intent import analyze

    plan = analyze("執行率の平均はR5とR6のどちらが高い？", service.snapshot(), service.embedder)
    ana = analytics_answer(service.snapshot(), plan)
    assert ana is not None and not ana.spec.named and ana.spec.measure == "exec_rate"


def test_a_sort_said_without_ichiban_is_a_ranking(service):
    spec = _spec(service, "R6の決算額が多い事業を教えて")
    assert spec is not None and spec.measure == "settlement" and spec.order == "desc"


@pytest.mark.parametrize("question,want", [
    ("R4からR6にかけて決算額がずっと増え続けている事業は？", dict(measure="settlement", steady="increase", change=None)),
    ("3年連続で実績が伸びている指標はどれ？", dict(measure="indicator_value", steady="increase")),
    ("右肩上がりで予算が増えた細事業は？", dict(measure="detail_settlement", steady="increase")),
])
def test_every_year_the_same_way(service, question, want):
    spec = _spec(service, question)
    assert spec is not None, question
    got = spec.to_dict()
    assert {k: got[k] for k in want} == want


# 職員1人あたりの決算額 is computed since set 7 (per_staff, tests/analytics/test_blind7_classes.py); 予算 per staff is not.
@pytest.mark.parametrize("question", ["職員1人あたりの予算が一番大きい事業は？", "費用対効果が高い事業はどれ？"])
def test_figures_no_measure_names_are_not_ranked_on_another(service, question):
    assert _spec(service, question) is None


def test_steady_rows_over_three_years():
    s = FakeSnap([sheet("01 01 01", "甲事業費", "企画振興部", [cost("R4年度", "1", "0", "100"), cost("R5年度", "1", "0", "200"),
                                                            cost("R6年度", "1", "0", "300")]),
                  sheet("01 01 02", "乙事業費", "企画振興部", [cost("R4年度", "1", "0", "100"), cost("R5年度", "1", "0", "50"),
                                                            cost("R6年度", "1", "0", "300")])])
    res, text = run(s, measure="settlement", steady="increase", order="desc")
    assert res.rows["jigyo_name"].tolist() == ["甲事業費"]
    assert "R4年度からR6年度まで毎年決算額が増えたのは1件です（3年度とも値のある2件中）" in text
    assert "R4 100千円 → R5 200千円 → R6 300千円" in text


@pytest.mark.parametrize("question,want", [
    ("令和6年度において執行率が最も低かった事業と、その不用額を教えてください", dict(measure="exec_rate", order="asc")),
    ("R5年度からR6年度にかけて一般財源が減少した事業を挙げてください", dict(measure="general", change="decrease")),
    ("部局別に事業数を教えて", dict(group_by="bukyoku", aggregate="count")),
    ("R6年度の決算額の中央値は？", dict(measure="settlement", aggregate="median")),
])
def test_third_round_of_wordings(service, question, want):
    spec = _spec(service, question)
    assert spec is not None, question
    got = spec.to_dict()
    assert {k: got[k] for k in want} == want


def test_a_threshold_on_the_change_itself(service):
    spec = _spec(service, "前年度比で決算額が10%以上増えた事業は？")
    assert spec.percent and spec.change_condition.value == pytest.approx(0.1) and not spec.conditions
    spec = _spec(service, "決算額が前年度より5,000万円以上増えた事業はいくつ？")
    assert not spec.percent and spec.change_condition.value == 50000.0


def test_change_condition_filters_the_change(snap):
    cond = Condition(measure="settlement", op=">=", value=0.2)
    res, text = run(snap, measure="settlement", change="increase", percent=True, change_condition=cond)
    assert res.rows["jigyo_name"].tolist() == ["甲事業費"]  # +25% (乙 +12.5%)
    assert "増減率が20%以上" in text and "全3件中" not in text


@pytest.mark.parametrize("question,want", [
    ("成果指標を一つも達成していない事業はある？", dict(every="未達成", group_by="jigyo")),
    ("当初予算が一番多い事業と少ない事業は？", dict(measure="initial", extremes=True, order="desc")),
    ("R5と比べて予算現額が増えた事業は何件？", dict(measure="total", change="increase", year=None, compare_year=2023)),
    ("R4からR6にかけて決算額が増えた事業は？", dict(measure="settlement", change="increase", year=2024,
                                                 compare_year=2022)),
])
def test_fourth_round_of_wordings(service, question, want):
    spec = _spec(service, question)
    assert spec is not None, question
    got = spec.to_dict()
    assert {k: got[k] for k in want} == want

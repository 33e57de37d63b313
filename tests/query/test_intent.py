"""Question analysis: intents from Japanese cues, entity linking by meaning, years, 部局."""

from __future__ import annotations

import pytest


# --------------------------------------------------------------------------- intent / entities / years
@pytest.mark.parametrize(
    "question,intent",
    [
        ("NPOセミナーの満足度が下がったのはなぜ？", "why"),
        ("共創研修の満足度はどう推移している？", "trend"),
        ("来年度はどう改善する？", "plan"),
        ("共創セッションの課題は？", "issue"),
        ("協働・共創推進事業のR6の決算額はいくら？", "cost"),
        ("NPO運営セミナーは何回開催した？", "activity"),
        ("目標を達成できなかった指標がある事業は？", "cross"),
        ("ＮＰＯ夢バンクの貸付期間は？", "lookup"),
    ],
)
def test_intent_from_japanese_cues(service, question, intent):
    from assistant.query.intent import analyze

    plan = analyze(question, service.snapshot(), service.embedder)
    assert plan.intent == intent


@pytest.mark.parametrize(
    "question,indicator_name",
    [
        ("研修の評価はどうだった？", "職員の共創研修会満足度"),
        ("NPOセミナーの満足度は？", "ＮＰＯセミナー参加者満足度"),  # NPO == ＮＰＯ
        ("ＮＰＯセミナーの満足度は？", "ＮＰＯセミナー参加者満足度"),
        ("共創セッションに来てくれた企業は何社？", "共創セッションへの企業数"),
    ],
)
def test_entity_linking_by_meaning(service, question, indicator_name):
    from assistant.query.intent import analyze

    plan = analyze(question, service.snapshot(), service.embedder)
    assert plan.indicators, plan.to_dict()
    assert plan.indicators[0].name == indicator_name


def test_years_explicit_and_relative():
    from assistant.query.years import parse_years

    assert parse_years("R6の実績", 2024)[0] == [2024]
    assert parse_years("令和６年度の実績", 2024)[0] == [2024]
    assert parse_years("2023年度の実績", 2024)[0] == [2023]
    # 去年・昨年度 are the newest sheet's year (its results are read the year after); 前年度 and 一昨年 the one before
    assert parse_years("昨年度の実績", 2024) == ([2024], True)
    assert parse_years("去年いくら使った", 2024) == ([2024], True)
    assert parse_years("一昨年の実績", 2024) == ([2023], True)
    assert parse_years("前年度の実績", 2024) == ([2023], True)
    assert parse_years("去年より決算額が増えた事業は？", 2024) == ([2023, 2024], True)  # compared with: both years
    assert parse_years("今年度の実績", 2025) == ([2025], True)
    assert parse_years("実績は？", 2024) == ([], False)


def test_bukyoku_named_in_question_becomes_a_preference(service):
    from assistant.query.intent import analyze

    plan = analyze("企画振興部の事業の課題は？", service.snapshot(), service.embedder)
    assert plan.bukyoku == ["企画振興部"]


@pytest.mark.parametrize("question, absent", [
    # (「…って人がどのくらいいたか」: people who say so, counted by a survey; no 職員数 of the cost table)
    ("県の調査で「知らない」って人がどのくらいいたか分かりますか？", "cost"),
    # (改善に取り組んだ事業者: what was done, no 方策; 見直しを終えた市町村: a count of what is done)
    ("旅館で働き方の改善に取り組んだところって、累計で増えてます？", "plan"),
    ("計画の見直しを終えた市町村は令和6年度末でいくつ？", "plan"),
])
def test_words_of_a_done_thing_or_a_count_of_people_set_no_intent(question, absent):
    from assistant.query.intent import detect_intents

    assert absent not in detect_intents(question)


@pytest.mark.parametrize("question, intent", [
    ("季節間リレー雇用は、今年度は参加事業者を増やすんですか？", "plan"),
    ("R7年度から補助の上限が上がるんですか？", "plan"),
])
def test_this_years_change_is_a_plan(question, intent):
    from assistant.query.intent import detect_intents

    assert detect_intents(question)[0] == intent


@pytest.mark.parametrize("typed, read", [
    ("包括の職員の離職率", "地域包括支援センターの職員の離職率"),
    ("包括がパンクしてる件", "地域包括支援センターがパンクしてる件"),
    ("包括連携協定の締結数", "包括連携協定の締結数"),
    ("包括的な支援体制", "包括的な支援体制"),
    ("地域包括支援センター", "地域包括支援センター"),
    ("特商法の処分件数", "特定商取引法の処分件数"),
])
def test_a_short_form_that_stands_alone(typed, read):
    from assistant.text.terms import ABBREVIATION_RE, ABBREVIATIONS

    assert ABBREVIATION_RE.sub(lambda m: ABBREVIATIONS[m.group(0)], typed) == read


def test_what_a_course_dealt_with_is_what_was_done():
    from assistant.query.intent import detect_intents

    # (the 活動 of 部活動 in the program's name once set it; blanked, the question's own words must)
    assert detect_intents("〇の事業で、指導者向けの研修ではどのような内容を扱ったのか教えていただけますか。")[0] == "activity"

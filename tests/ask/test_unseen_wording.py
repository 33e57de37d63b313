"""Ask on wording never seen: issue 11's table of failure classes, each as a test.

Everyday words never decide a refusal; an absent subject is refused by name and no
other subject's figures are given; reasons are quoted whole; 現状 comes from section
1; each part of a two-part question is answered; superlatives inside one sheet are
ranked from the structured sheet with every compared row cited.  Real sample index.
"""

from __future__ import annotations

import pytest

from assistant.ask import numbers_grounded


def _keys(ans) -> list[tuple]:
    return [(c.jigyo_no, c.section, c.indicator) for c in ans.citations]


@pytest.mark.parametrize(
    "question,expected,must",
    [
        ("最近、NPOセミナーの満足度はどうなっている？", ("02 05 02", "4", 3), ["96", "97", "84"]),
        ("ここ3年で共創セッションの企業数はどう変わった？", ("02 05 02", "4", 1), ["12社", "10社"]),
        ("研修会の満足度の数字が目標を下回った背景は？", ("02 05 02", "8", 2), ["繋がりを見出す難易度が高く"]),
        ("流域治水の事業で、今年いちばん力を入れたことは？", ("11 03 05", "7", None), []),
    ],
)
def test_everyday_words_never_refuse(service, question, expected, must):
    ans = service.ask(question)
    assert not ans.refused, ans.answer
    assert expected in _keys(ans)[:2], _keys(ans)
    for m in must:
        assert m in ans.answer
    assert not numbers_grounded(ans)


def test_absent_subject_is_named_and_no_other_figures_are_given(service):
    ans = service.ask("スマート農業の研修の受講者数はどう推移している？")
    assert ans.refused, ans.answer
    assert "スマート農業" in ans.answer
    assert "受講者数" not in ans.answer.split("近い内容")[0] or "記載" in ans.answer
    assert not ans.citations
    for figure in ("人 →", "R6 "):  # no figures of ＤＸ人材育成講座 (or any indicator) as the answer
        assert figure not in ans.answer


def test_why_quotes_the_whole_factor_analysis(service):
    ans = service.ask("NPOセミナーの満足度が下がったのはなぜ？")
    assert _keys(ans)[0] == ("02 05 02", "8", 3)
    sheet_text = ans.citations[0].quote
    # every paragraph of the 要因分析, not only its first sentence
    for paragraph in [p.strip() for p in sheet_text.split("\n") if p.strip()]:
        assert paragraph in ans.answer.replace("\n", "")


def test_genjo_question_cites_section_1_first(service):
    ans = service.ask("中小企業のDXについて、現状の問題は何とされている？")
    assert not ans.refused
    assert _keys(ans)[0] == ("07 02 04", "1", None)
    assert "人手不足" in ans.answer


def test_two_part_cost_question_answers_both_columns(service):
    ans = service.ask("協働・共創推進事業費のR6年度の当初予算はいくらで、予算現額はいくら？")
    assert _keys(ans)[0] == ("02 05 02", "6", None)
    assert "当初予算は R6年度 18,081千円" in ans.answer
    assert "予算現額（合計）は R6年度 18,081千円" in ans.answer
    assert not numbers_grounded(ans)


def test_superlative_inside_one_sheet_ranks_subprograms(service):
    ans = service.ask("新規就農者育成総合対策事業費の細事業で一番お金を使ったのはどれ？")
    assert not ans.refused, ans.answer
    first = ans.answer.split("\n")[0]
    assert "就農準備・経営開始支援事業" in first
    details = [c for c in ans.citations if c.section == "detail"]
    assert len(details) == 3  # one citation per compared 細事業
    assert "338,902" in ans.answer
    assert not numbers_grounded(ans)


def test_unindexed_bukyoku_is_refused_by_name(service):
    ans = service.ask("県民文化部の事業の成果指標って、達成できてますか？")
    assert ans.refused
    assert "県民文化部" in ans.answer


def test_years_the_linked_programs_sheets_do_not_cover_are_refused(service):
    # The R5 sheet of another 事業 covers R3, but 協働・共創推進事業費's FY2024 sheet reports R4-R6 only.
    ans = service.ask("協働・共創推進事業費のR3年度の決算額は？")
    assert ans.refused and "令和3年度" in ans.answer and "協働・共創推進事業費" in ans.answer
    assert not service.ask("協働・共創推進事業費のR4年度の決算額は？").refused


def test_a_sheet_named_by_its_year_must_be_indexed(service):
    ans = service.ask("協働・共創推進事業の令和5年度実施事業分のシートで、目標値はいくつだった？")
    assert ans.refused and "令和5年度実施事業分" in ans.answer
    ok = service.ask("家庭の脱炭素化推進事業の令和5年度実施事業分のシートで、課題は何だった？")
    assert not ok.refused, ok.answer


def test_is_it_going_well_lists_every_indicator(service):
    ans = service.ask("流域治水の事業、結局うまくいってるの？")
    assert not ans.refused
    fours = [c for c in ans.citations if c.section == "4" and c.jigyo_no == "11 03 05"]
    assert len(fours) == 2  # both indicators of the sheet, each against its target


def test_why_money_moved_needs_a_stated_reason(service):
    ans = service.ask("協働・共創推進事業費のR4の補正がマイナスなのはなぜ？")
    assert ans.refused and "理由" in ans.answer


def test_two_nouns_joined_by_no_are_one_subject(service):
    ans = service.ask("外国人の医療的ケア児って何人？")
    assert ans.refused and "外国人の医療的ケア児" in ans.answer


def test_background_of_a_program_is_its_genjo(service):
    ans = service.ask("そもそも、なんで医療的ケア児の支援をすることになったの？背景は？")
    assert not ans.refused, ans.answer
    assert (ans.citations[0].jigyo_no, ans.citations[0].section) == ("05 03 02", "1")

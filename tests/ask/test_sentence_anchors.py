"""Blind set Y's answer classes, worded differently here and asked of other sheets where they occur.

- A figure told as a distance from the target (「目標まで60人足りなかった」) names the indicator that fell
  that short, not an indicator that prints the figure (大学生ボランティアの目標60人).
- 「ご教示いただけますか」「次の一手は」: how a request is put, never its subject (no refusal; 次の一手 asks 方策).
- The one sentence that holds the question's own words answers it (:mod:`assistant.query.sentences`):
  「上級生が新入生を教える仕組み」 is a 9-2 measure, 「父子家庭のアンケート」 too, 「施設に戻る子」 is the
  不調 indicator's 目標設定の考え方, not the indicator that shares the program's word 里親.
- A terse 「就職率　目標と実績」 asks for the indicator's figures, not 取組実績.
- A 課題 asked about (「生徒が自分でテーマ決められてないって本当？」) is followed by the 方策 that speaks of it,
  and a 方策 by the 課題 the question takes for granted.
- 「大学生と何やってるの？」「相談会ってやってた？」 ask what was done (取組実績).
- 「耐震シェルターの補助っていつから始まったの」 asks since when a thing inside the program runs: the sentence
  that dates it (R6年度から…新設), not the program's 実施期間 in the header.
- 「予算、なんで増えたの？補正とか繰越とか入ってる？」 is answered by the cost table's rows (all parts, with
  the 当初予算 they are added to), not refused for want of a written reason.
"""

from __future__ import annotations

import pytest

from .citing import keys as _keys


def test_a_shortfall_names_the_indicator_that_fell_short(lv_service):
    ans = lv_service.ask("湖畔清掃のボランティア、目標まで60人足りなかったのはどうして？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("06 05 02", "8", 3), _keys(ans)


def test_a_shortfall_is_not_another_sheets_printed_figure(yj_service):
    ans = yj_service.ask("防災士の取得者、目標に9人届かなかったのって能登半島の地震のせい？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("03 09 02", "8", 1), _keys(ans)
    assert "能登半島地震" in ans.answer


def test_a_polite_request_is_no_subject(v_service):
    ans = v_service.ask("探究フェスタの参加生徒数が目標に届かなかった理由をご教示いただけますか")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("12 11 03", "8", 3), _keys(ans)


def test_the_next_move_asks_for_measures(v_service):
    ans = v_service.ask("ひとり親家庭の支援、次の一手は？")
    assert ans.intent == "plan" and _keys(ans)[0] == ("13 06 02", "9-2", None), (ans.intent, _keys(ans))


@pytest.mark.parametrize("question, key, words", [
    ("サイバーの事業で、上級生が新入生を教える仕組みってある？", ("15 04 02", "9-2", None), "上級生が新入生を指導"),
    ("ひとり親で、父子家庭のアンケートってやるの？", ("13 06 02", "9-2", None), "父子家庭を対象としたアンケート調査"),
])
def test_the_sentence_holding_the_questions_words_answers_it(v_service, question, key, words):
    ans = v_service.ask(question)
    assert _keys(ans)[0] == key, _keys(ans)
    assert words in ans.answer


def test_an_indicators_reason_names_it_when_its_name_does_not(yj_service):
    ans = yj_service.ask("里親のところがうまくいかなくて施設に戻る子、R6に増えたのはなぜ？")
    assert _keys(ans)[0] == ("13 04 03", "8", 3), _keys(ans)
    assert "委託経験の浅い里親に中高生を委託した事例" in ans.answer


@pytest.mark.parametrize("question, key", [
    ("就職率　目標と実績", ("13 06 02", "4", 2)),
    ("不正送金被害件数　目標と実績", ("15 04 02", "4", 3)),
])
def test_a_terse_target_and_result_asks_for_the_figures(v_service, question, key):
    ans = v_service.ask(question)
    assert _keys(ans)[0] == key, _keys(ans)


def test_whether_the_budget_holds_carryover_or_supplementary_is_the_cost_table(v_service):
    ans = v_service.ask("ひとり親の予算、R6はなんで増えたの？補正とか繰越とか入ってる？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("13 06 02", "6", None), _keys(ans)
    for figure in ("4,800", "161,000", "156,200"):  # 補正, 予算現額 and the 当初予算 they add up from
        assert figure in ans.answer, ans.answer


def test_an_issue_asked_about_is_followed_by_the_measure_that_speaks_of_it(v_service):
    ans = v_service.ask("探究の事業で、生徒が自分でテーマ決められてないって本当？")
    assert _keys(ans)[:2] == [("12 11 03", "9-1", None), ("12 11 03", "9-2", None)], _keys(ans)
    assert "テーマ設定の指導方法" in ans.answer


@pytest.mark.parametrize("question", ["サイバーの事業で、大学生と何やってるの？", "耐震の事業で、相談会ってやってた？"])
def test_what_they_are_doing_asks_what_was_done(v_service, question):
    ans = v_service.ask(question)
    assert ans.intent == "activity" and _keys(ans)[0][1] == "7", (ans.intent, _keys(ans))


@pytest.mark.parametrize("question", ["耐震シェルターの補助っていつから始まったの？", "防災ベッドの補助、いつからあるの？"])
def test_since_when_a_thing_inside_the_program_runs_is_the_sentence_that_dates_it(v_service, question):
    ans = v_service.ask(question)
    assert _keys(ans)[0] == ("11 12 03", "7", None), _keys(ans)
    assert "R6年度から" in ans.answer and "設置補助を新設" in ans.answer


def test_since_when_the_program_runs_is_still_its_header(v_service):
    ans = v_service.ask("耐震の事業っていつからやってるの？")
    assert _keys(ans)[0] == ("11 12 03", "header", None), _keys(ans)

"""Subjects asked in everyday words (blind set K's failure classes, worded differently here).

Staff shorten program names (若者就職 for 若者県内就職促進事業費), say お店・社員・地元・田んぼ
for the sheets' 飲食店・従業員・県内・農地, use a verb's noun (代わり for 代わって), and ask for a
rate or a named 取組 without naming the indicator or the 細事業.  None of these may be refused
or answered from another subject; what the sheets do not state (a fee, what a 繰越 was for) is
still refused, by name.  Real PDFs in a real index.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .citing import keys as _keys

ROOT = Path(__file__).resolve().parents[2]


def test_a_shortened_program_name_links_its_program(k_service):
    ans = k_service.ask("若者就職の事業、現状の課題ってどう書いてある？")
    assert not ans.refused, ans.answer
    assert ans.citations and ans.citations[0].jigyo_no == "07 06 03", _keys(ans)
    ans = k_service.ask("若者就職のシートの細事業で、お金が一番かかってるのは？")
    assert not ans.refused and "奨学金返還支援事業" in ans.answer, ans.answer
    # words that are not in the name, in its order, name no program
    assert k_service.ask("若者起業の事業の予算は？").refused


@pytest.mark.parametrize("question,jigyo_no,must", [
    ("外国人が働くお店向けに、県は何か作って配った？", "05 08 02", "５言語"),  # お店: 飲食店・施設
    ("社員の代わりに会社が奨学金を返す仕組み、使う会社は増えた？", "07 06 03", "151社"),  # 代わり: 代わって
    ("鶏肉の生焼けでお腹をこわす食中毒、どうして起きたって書いてある？", "05 08 02", "加熱不足"),
])
def test_everyday_words_for_the_sheets_terms(k_service, question, jigyo_no, must):
    ans = k_service.ask(question)
    assert not ans.refused, ans.answer
    assert ans.citations[0].jigyo_no == jigyo_no, _keys(ans)
    assert must in ans.answer


def test_a_rate_and_its_target_are_the_indicators(k_service):
    ans = k_service.ask("県外の大学に出た学生が地元に帰って就職する割合、目標はクリアした？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("07 06 03", "4", 1)
    assert "39.1" in ans.answer and "40.0" in ans.answer


def test_a_named_activity_is_the_activity_not_an_indicator(k_service):
    ans = k_service.ask("文化財パトロールって何回くらい回ったの？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0][1] in ("7", "detail"), _keys(ans)
    assert "1,120" in ans.answer.split("関連")[0]


def test_the_staff_count_in_everyday_words(k_service):
    ans = k_service.ask("食品衛生の監視の事業は、何人でこなしてるの？")
    assert _keys(ans)[0] == ("05 08 02", "6", None), _keys(ans)
    assert "12.5人" in ans.answer


def test_what_the_sheets_do_not_state_is_still_refused(k_service):
    ans = k_service.ask("伝統技術の研修会、参加費はいくらかかった？")
    assert ans.refused and "料金" in ans.answer, ans.answer
    ans = k_service.ask("中山間の事業でR6に繰り越した8,600千円は何の分？")
    assert ans.refused and "使い道" in ans.answer, ans.answer
    # DV is the subject: 被害者 and 相談 on the 消費生活 sheet do not ground it
    ans = k_service.ask("DV被害者からの相談件数はどう推移してる？")
    assert ans.refused and "DV" in ans.answer, ans.answer


def test_how_big_a_situation_is_comes_from_section_1(k_service):
    # the sheet's 現状と課題 states the outflow (2,318人); the Uターン rate only shares 県外・就職
    ans = k_service.ask("若者就職の事業で、若者の県外への流出って数字だとどれくらい？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("07 06 03", "1", None), _keys(ans)
    assert "2,318人" in ans.answer
    # the indicator's own figure asked for is still the indicator's
    assert _keys(k_service.ask("Uターン就職率ってどれくらい？"))[0] == ("07 06 03", "4", 1)


def test_a_part_the_sheet_names_without_a_count_is_refused(k_service):
    ans = k_service.ask("自殺対策のシートで、女性の自殺者は年に何人くらい？")
    assert ans.refused and "女性の自殺者" in ans.answer, ans.answer
    # the whole is counted on the sheet: answered
    assert not k_service.ask("自殺者って県内で何人くらい？").refused
    # a modifier the sheet never puts before the subject is the user's name for it, not a part
    ans = k_service.ask("サポカーの試乗会って何回開いたの？")
    assert not ans.refused and "２１回" in ans.answer, ans.answer


@pytest.mark.parametrize("question,expected,must", [
    # the indicator's name in other words: 来た人の数 for 受講者数
    ("認知症サポーター講座に来た人の数、増えてる？", ("05 02 05", "4", 1), "14,615人"),
    # 防犯の講話 names the 取組 防犯講話 (of the 特殊詐欺 sheet, not a sheet sharing 高齢者)
    ("防犯の講話って去年何回やった？", ("15 01 03", "7", None), "394回"),
    ("特殊詐欺のほうで、今のネックって何？", ("15 01 03", "9-1", None), "現役世代"),  # ネック: a 課題
    ("跡継ぎがいない企業の割合ってどうなってる？", ("07 08 01", "4", 3), "54.6"),  # 跡継ぎ: 後継者
    ("浄化槽の転換で、何か新たな補助は考えてるの？", ("06 05 02", "9-2", None), "上乗せ補助"),  # planned
])
def test_other_words_for_what_the_sheet_says(k_service, question, expected, must):
    ans = k_service.ask(question)
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == expected, _keys(ans)
    assert must in ans.answer


@pytest.mark.parametrize("question,says", [
    ("湖畔清掃に参加した2,940人のうち、学生は何人？", "内訳"),  # the whole's sentence names no part
    ("特殊詐欺の事業、R7の予算額はいくら？", "令和7年度"),  # next year's figures are on no sheet
    ("事業承継セミナーの会場ってどこ？", "開催場所"),  # 6会場 are counted, never named
])
def test_what_the_sheets_count_but_do_not_break_down_or_name(k_service, question, says):
    ans = k_service.ask(question)
    assert ans.refused and says in ans.answer, ans.answer


def test_money_left_unspent_is_the_budget_less_the_settlement(k_service):
    ans = k_service.ask("防災ヘリの事業、R6の予算はどれくらい使い残したの？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("03 05 02", "6", None)
    assert "489,300千円 − 478,615千円 = 10,685千円" in ans.answer  # both printed figures beside the difference


def test_an_everyday_word_for_the_names_term_links_the_program(k_service):
    ans = k_service.ask("橋の事業って、R6の一般財源はいくら？")  # 橋 for 橋梁長寿命化修繕事業費
    assert _keys(ans)[0] == ("11 02 03", "6", None), _keys(ans)
    assert "280,300" in ans.answer


def test_how_many_people_in_a_role_is_the_activity_not_the_staff_count(k_service):
    # 操縦士 are the contractor's (取組実績), not the program's 職員数 in the cost table
    ans = k_service.ask("防災ヘリの操縦士って何人体制？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("03 05 02", "7", None), _keys(ans)
    assert "５名" in ans.answer


@pytest.mark.parametrize("question,expected,must", [
    # the subject is linked outright: a lone word beside it is how the question is put
    ("保育士の離職率について、改善したことと目標に届かないこと、両方の事情を教えて", ("13 03 02", "4", 2), "9.1"),
    ("修学資金を受けて就職した人数、R6が空欄なのはどうして？", ("13 03 02", "8", 3), "R6年度の実績は"),  # 空欄: a cell
    ("県立高校で毎日ICTを使う生徒の割合は？", ("12 03 02", "4", 1), "52.4"),  # inside 県立高校生
    ("合宿の受入れ市町村が増えないのは何がネック？", ("08 04 02", "8", 3), "１町にとどまった"),  # a why, not 課題
    ("学校ICTの事業で一番お金を使った細事業は？", ("12 03 02", "detail", None), "端末管理・更新事業"),  # ICT = ict
    ("端末の入れ替えはいつごろ予定してる？", ("12 03 02", "9-2", None), "R7～R9年度"),  # 入れ替え: 更新
])
def test_the_linked_subject_with_everyday_words_around_it(k_service, question, expected, must):
    ans = k_service.ask(question)
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == expected, _keys(ans)
    assert must in ans.answer


def test_which_kind_is_most_is_a_breakdown(k_service):
    ans = k_service.ask("事業承継のM&A成約件数、どんな地域が多いの？")
    assert ans.refused and "地域ごとの内訳" in ans.answer, ans.answer
    # a sheet that says which share is largest answers it (このうち山岳救助が約55％を占める)
    ans = k_service.ask("防災ヘリの出動って、どういう案件が多いの？")
    assert not ans.refused and "占める" in ans.answer, ans.answer


def test_a_carryover_is_told_with_the_budget_it_is_part_of(k_service):
    ans = k_service.ask("学校ICTの事業のR6の繰越額は？")
    assert "48,000千円" in ans.answer and "524,600千円" in ans.answer, ans.answer


def test_what_was_done_is_the_activity_not_a_look_alike_indicator(k_service):
    # 「何をどれだけやった」 asks what was done; 取組実績 says it (出前講座を63回), not the
    # indicator that only shares 消費者 (消費者トラブルの相談先を知っている県民の割合)
    ans = k_service.ask("若い人向けの消費者教育、R6は何をどれだけやったの？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("03 04 02", "7", None), _keys(ans)
    assert "63回" in ans.answer


def test_one_programs_indicator_is_not_a_count_of_all_indicators(k_service):
    # 「詐欺対策の成果指標で…いくつ」 names one program: no count over every sheet's indicators
    ans = k_service.ask("詐欺対策の成果指標で、犯人の検挙数ってR6はいくつ？")
    assert "指標は" not in ans.answer and "件のうち" not in ans.answer, ans.answer
    assert ans.refused, ans.answer  # 検挙数 is on no sheet


def test_a_figure_not_out_yet_is_the_indicator_shown_as_a_dash(k_service):
    # 「まだ出てない」: the indicator whose R6 is ― and its 要因分析 saying when it will be known
    ans = k_service.ask("保育の事業で、R6の数字がまだ出ていない指標ってどれ？いつ分かるの？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[:2] == [("13 03 02", "4", 3), ("13 03 02", "8", 3)], _keys(ans)
    # a katakana long vowel before って is no dash (センターって)
    from assistant.text.vocabulary import NOT_YET_Q
    assert not NOT_YET_Q.search("ナースセンターって民間に押されてるの？")


def test_a_program_named_in_two_words_joined_by_no(k_service):
    # 「消費生活の相談の事業」 shortens 消費生活相談体制強化事業費: not a cross-sheet list of unmet indicators
    from assistant.query.intent import analyze

    q = "消費生活の相談の事業で、見守りの協議会を作る市町村が目標に届かなかったのはなぜ？"
    plan = analyze(q, k_service.snapshot(), k_service.embedder)
    assert [e.jigyo_no for e in plan.jigyo] == ["03 04 02"] and plan.jigyo[0].score >= 0.9, plan.jigyo
    ans = k_service.ask(q)
    assert not ans.refused and _keys(ans)[0] == ("03 04 02", "8", 1), _keys(ans)


def test_a_statement_to_confirm_is_answered_from_the_passage_that_says_it(k_service):
    # 「…って本当？」: the 要因分析 that tells of the heat and the cancelled courses, not 取組実績
    ans = k_service.ask("文化財の講座、猛暑で中止になった回があるって本当？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("12 05 03", "8", 3), _keys(ans)
    assert "４回中止" in ans.answer


def test_a_program_named_outright_that_is_not_indexed_is_refused_by_name(k_service):
    """下水道事業 is no 事業 here; a link that only guesses from shared words (水道, 事業: score under
    UNSURE_LINK) must not answer for it, while a sure link (the user's words of a real name) does."""
    from dataclasses import replace

    from assistant.ask.refusal import UNSURE_LINK, refusal_reason
    from assistant.query.intent import analyze

    snap = k_service.snapshot()
    plan = analyze("下水道事業の広域化の状況を教えて", snap, k_service.embedder)
    assert plan.unknown_names == ["下水道事業"]
    hits = [True]
    plan.jigyo = [replace(e, score=UNSURE_LINK - 0.05) for e in plan.jigyo] or plan.jigyo
    plan.details = [replace(e, score=UNSURE_LINK - 0.05) for e in plan.details]
    reason = refusal_reason(snap, plan, hits)
    assert reason and "下水道事業" in reason, reason


def test_pay_is_never_read_as_the_staff_count(k_service):
    # the cost table counts staff (職員数); what they are paid is on no sheet
    ans = k_service.ask("文化財の事業、職員5.5人の給与を一人ずつ教えて")
    assert ans.refused and "人件費" in ans.answer, ans.answer
    assert not k_service.ask("防災ヘリの事業って職員は何人？").refused  # the count itself is the table's

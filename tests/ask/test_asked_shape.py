"""How a question is put, read apart from what it is about (blind set N's failure classes, worded
differently here, over other sheets).

- The words that say what kind of answer is wanted (対策 for measures, 手立て, 根っこの課題, 何が
  うまくいった, 何がネックだった) decide the section, never a refusal.
- A count belongs to its own clause (「…回って、何回研修した」 counts 研修, not the 範囲 before).
- A count in another unit than the linked indicator's (回 asked, 人 reported) is answered from the
  取組実績 sentence that gives it.
- Who did the work (受託した業者), or a count per kind the sheet gives only as a total (どの手口が
  何件ずつ), is refused by name; a named program that is not indexed is refused, never counted
  over every sheet.
Blind set O's classes, below the first group:
- 「予算はいくら」 without saying which gives the 当初予算, any 補正 or 繰越, and the 予算現額.
- A 取組 named closely is what was done (取組実績 first), not an indicator sharing only the
  program's words; a figure told only in the 要因分析 is answered from there.
- A named program that is not indexed is refused even when nearby words link another one;
  who was commissioned (委託した会社), which shops (どこのお店) and a cap (上限額) the sheet does
  not state are refused by name, while a commissioned body the sheet names is answered.
- Everyday words for the sheets' terms: 大人 for 成人, 取り壊し for 除却.
And blind set P's:
- 対策 inside a program's name (詐欺対策の事業) is no question about measures; 「担当って何人」 is 職員数;
  「次にやること」 is the 方策; 「前年度からの繰越」 is the column 前年度繰越, not a year.
- A clipped loanword (プラ) is the sheets' full word (プラスチック); a name written without its ・
  (10代20代) is the name; one month's figure (3月の献血者数) is refused by name.
- The 課題・方策 of a program the question names are not refused over a lone everyday word of the
  situation (電波 where the sheet says 通信環境).
- A figure of a subject the sheet gives no figure for (米の収量 on a sheet that reports work hours)
  is refused by name, not answered with another indicator's figures.
And blind set Q's:
- A part of the budget asked for (補正, 一般財源) is told with its 当初予算 and 予算現額; what was
  spent (決算額) with the budget it came from; 職員数 is the cost table's even when a 細事業 is named.
- Which shops, schools or contractors (どこの業者, 未受講の高校ってどこ) and a count per place
  (各市町村に何回ずつ) the sheet does not give are refused by name.
Real PDFs in real indexes (the ``k_service``, ``o_service`` and ``p_service`` fixtures of ``conftest.py``).
"""

from __future__ import annotations

from .citing import keys as _keys


def test_the_word_for_measures_is_no_subject(k_service):
    from assistant.ask.refusal import topic_words
    from assistant.query.intent import analyze

    svc = k_service
    plan = analyze("出店してもすぐ撤退しちゃう店への対策ってある？", svc.snapshot(), svc.embedder)
    assert plan.intent == "plan"
    assert "対策" not in topic_words(plan)  # it asked for 方策; the subject words are elsewhere
    plan = analyze("熱中症対策ってある？", svc.snapshot(), svc.embedder)
    assert "熱中症" in topic_words(plan)  # the subject before it is still judged


def test_the_root_of_a_problem_is_its_issue(k_service):
    ans = k_service.ask("若者就職の事業で、うまくいってない根っこの課題は？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("07 06 03", "9-1", None), _keys(ans)


def test_a_means_asked_for_is_the_measures(k_service):
    ans = k_service.ask("茅葺き職人が減ってるみたいだけど、若手を育てる手立ては考えてる？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("12 05 03", "9-2", None), _keys(ans)
    assert "連続講座" in ans.answer


def test_what_went_well_or_held_it_back_is_a_why(k_service):
    ans = k_service.ask("インターンシップの参加学生数、目標を上回ってるけど何がうまくいったの？")
    assert _keys(ans)[0] == ("07 06 03", "8", 2), _keys(ans)
    assert "１日型" in ans.answer
    ans = k_service.ask("Uターン就職率、上がったのに目標に届いてないよね。何がネックだったの？")
    assert _keys(ans)[0] == ("07 06 03", "8", 1), _keys(ans)


def test_a_count_belongs_to_its_own_clause(k_service):
    ans = k_service.ask("ICT支援員、R6はどのくらいの範囲を回って、何回研修したの？")
    assert not ans.refused, ans.answer
    assert "438回" in ans.answer and _keys(ans)[0][:2] == ("12 03 02", "7")
    # a quoting って is no clause break: the subject before it is still the counted one
    ans = k_service.ask("チームオレンジのアドバイザーって、県内に何人いるの？")
    assert ans.refused and "アドバイザー" in ans.answer, ans.answer


def test_a_count_in_another_unit_than_the_indicator_is_told_by_the_activity(k_service):
    ans = k_service.ask("サポーター養成講座の受講者数、講座を開いた回数は何回？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("05 02 05", "7", None), _keys(ans)
    assert "486回" in ans.answer
    ans = k_service.ask("サポーター養成講座の受講者数はR6で何人？")  # the indicator's own unit: its row
    assert _keys(ans)[0] == ("05 02 05", "4", 1), _keys(ans)


def test_who_did_the_work_is_not_stated(k_service):
    for q in ("ICT支援員の派遣って、受託した業者はどこ？", "回線の増強工事はどこが受注したの？"):
        ans = k_service.ask(q)
        assert ans.refused and "名称" in ans.answer, (q, ans.answer)


def test_a_count_per_kind_the_sheet_totals_is_not_stated(k_service):
    ans = k_service.ask("声掛けで防いだ231件って、どの手口が何件ずつ？")
    assert ans.refused and "手口ごとの内訳" in ans.answer, ans.answer


def test_a_named_program_not_indexed_is_refused_not_counted(k_service):
    ans = k_service.ask("空き家対策の支援事業って、補助件数はどのくらいあります？")
    assert ans.refused and "空き家対策の支援事業" in ans.answer, ans.answer
    assert ans.intent != "analytics"


def test_a_bare_budget_gives_its_initial_amount_and_its_correction(k_service):
    ans = k_service.ask("若者就職の事業、R6の予算っていくらだった？")
    assert not ans.refused, ans.answer
    for must in ("当初予算", "141,600", "補正予算等", "18,000", "159,600"):
        assert must in ans.answer, (must, ans.answer)


def test_an_activity_named_closely_is_what_was_done(k_service):
    ans = k_service.ask("キャラバン・メイトの養成研修って、去年どれくらいやった？")
    assert _keys(ans)[0] == ("05 02 05", "7", None), _keys(ans)
    assert "132人" in ans.answer


def test_a_figure_told_only_in_the_analysis_is_answered_from_it(k_service):
    ans = k_service.ask("企業の社員研修で農地保全のボランティアに来た人は何人？")
    assert _keys(ans)[0] == ("09 04 02", "8", 3), _keys(ans)
    assert "310人" in ans.answer


def test_an_unindexed_program_is_refused_by_name_despite_nearby_links(k_service):
    ans = k_service.ask("農道の舗装事業って、今年の予算どのくらい？")
    assert ans.refused and "「農道の舗装事業」" in ans.answer, ans.answer


def test_names_and_caps_the_sheet_does_not_state(k_service):
    for q, label in (("声掛け研修をしたコンビニって、どこのお店？", "名称"),
                     ("外国人向けリーフレットの作成を委託した会社はどこ？", "名称"),
                     ("合宿受入れ補助の上限額っていくら？", "シートには上限額")):
        ans = k_service.ask(q)
        assert ans.refused and label in ans.answer, (q, ans.answer)
    ans = k_service.ask("食品の衛生の講習会って、委託した先はどこ？")  # the sheet names it
    assert not ans.refused and "食品衛生協会" in ans.answer, ans.answer


def test_everyday_words_for_adult_and_demolition(o_service):
    ans = o_service.ask("大人の歯の健診って、受ける人の割合はどう動いてる？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("05 09 04", "4", 2), _keys(ans)
    ans = o_service.ask("壊れそうな空き家の取り壊し、件数はどうなってる？")
    assert not ans.refused and "除却" in ans.answer, ans.answer
    assert ("11 06 02", "8", 1) not in _keys(ans), _keys(ans)  # not the 空き家バンク figure


def test_a_word_for_measures_inside_a_name_asks_for_none(k_service):
    ans = k_service.ask("詐欺対策の担当って何人くらい？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("15 01 03", "6", None) and "3.5人" in ans.answer, ans.answer
    ans = k_service.ask("詐欺対策の事業、前年度からの繰越ってあった？")
    assert _keys(ans)[0] == ("15 01 03", "6", None), _keys(ans)
    assert "R6年度 2,300千円" in ans.answer, ans.answer  # the column 前年度繰越, every year


def test_what_comes_next_is_the_measures(k_service):
    ans = k_service.ask("認知症の事業、次にやることを教えて")
    assert _keys(ans)[0] == ("05 02 05", "9-2", None), _keys(ans)


def test_one_months_figure_is_not_stated(k_service, p_service):
    ans = k_service.ask("特殊詐欺の被害額、8月の実績は？")
    assert ans.refused and "月ごと" in ans.answer, ans.answer
    ans = p_service.ask("献血の事業で、3月の献血者数は？")
    assert ans.refused and "月ごと" in ans.answer, ans.answer


def test_a_clipped_loanword_is_the_sheets_word(p_service):
    from assistant.query.intent import analyze

    plan = analyze("プラの事業の担当って何人？", p_service.snapshot(), p_service.embedder)
    assert plan.clipped == {"プラ": "プラスチック"} and "プラスチック" in plan.salient
    ans = p_service.ask("プラの事業の担当って何人？")
    assert not ans.refused and _keys(ans)[0] == ("06 07 02", "6", None), ans.answer


def test_a_word_it_merely_begins_is_no_clipping(service):
    """The bundled samples say プラットフォーム, never プラスチック: プラ is not that word."""
    from assistant.query.intent import analyze

    plan = analyze("プラごみの回収量は？", service.snapshot(), service.embedder)
    assert plan.clipped == {}
    assert service.ask("プラごみの回収量は？").refused


def test_a_name_written_without_its_middle_dot(p_service):
    ans = p_service.ask("10代20代の献血者数、最近どう？")
    assert _keys(ans)[0] == ("05 10 02", "4", 2), _keys(ans)


def test_the_situation_of_a_named_program_in_everyday_words(k_service, p_service):
    ans = p_service.ask("電波が弱い山あいの地区では、スマート農業をどう進めていく予定？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("09 06 04", "9-2", None), _keys(ans)
    # a subject the named program does not have, in a phrase, is still refused
    ans = k_service.ask("詐欺対策の事業で、ドローンの活用はどうするの？")
    assert ans.refused and "ドローンの活用" in ans.answer, ans.answer


def test_a_figure_of_a_subject_the_sheet_gives_no_figure_for(p_service):
    ans = p_service.ask("スマート農業の実証で、米の収量はどれくらい増えた？")
    assert ans.refused and "「収量」の数値" in ans.answer, ans.answer
    ans = p_service.ask("ドローン防除の面積ってどれくらい？")  # its own indicator: answered
    assert not ans.refused and _keys(ans)[0] == ("09 06 04", "4", 2), ans.answer


def test_a_part_of_the_budget_is_told_with_what_it_belongs_to(k_service):
    ans = k_service.ask("湖沼の事業、R6の一般財源はいくら？")
    assert ans.answer.index("68,100") < ans.answer.index("142,200"), ans.answer  # asked first, then its whole
    ans = k_service.ask("若者就職の事業のR6の補正っていくら？")
    for must in ("18,000", "当初予算", "141,600", "159,600"):
        assert must in ans.answer, (must, ans.answer)
    ans = k_service.ask("詐欺対策の事業、R6の決算額は？")
    assert "44,072" in ans.answer and "予算現額" in ans.answer and "当初予算" not in ans.answer, ans.answer


def test_staff_are_the_cost_tables_even_with_a_named_activity(k_service):
    ans = k_service.ask("奨学金の返還支援の事業って職員何人でやってるの？")
    assert _keys(ans)[0] == ("07 06 03", "6", None) and "8.0人" in ans.answer, ans.answer


def test_which_places_and_counts_per_place_are_not_stated(k_service):
    ans = k_service.ask("声掛け研修を受けた金融機関ってどこ？")
    assert ans.refused and "名称" in ans.answer, ans.answer
    ans = k_service.ask("チームオレンジのアドバイザーは各市町村に何回ずつ行ったの？")
    assert ans.refused and "市町村ごとの内訳" in ans.answer, ans.answer

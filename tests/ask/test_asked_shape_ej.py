"""Dev sets EJ and EK's answer classes (an external auditor's written questions, a regional office's liaison who
names programs by their coined words and asks by area), asked here of their sheets: three kanji no dictionary joins
(危険木), written inside one 事業名 alone, name that program; the form's own シート names no program and 差額 of two
amounts is the cost table's; a degree asked (満足度) is the indicator that counts those who say it; everyday words for
the sheets' (仕事探し: 就業, 管内: 地域, 地元: 地域); changing how a thing is handled is next year's doing; people who do a
thing (通勤に車を使う人) are no staff count; a price per kilo is a unit price the sheets do not give; the words before
「のシート」 name the program however short (暑さ対策のシート), the sheet itself no subject."""

from __future__ import annotations

from .citing import answered_first, answered_from, answered_saying, keys, refused_saying


def _plan(service, q):
    from assistant.query.intent import analyze

    return analyze(q, service.snapshot(), service.embedder)


def test_a_coined_word_inside_one_name_names_that_program(ejek_service):
    # (once no 事業 named: in a large index 再犯防止推進's money, and 道路のり面・落石防災対策's 方策; 危険 + 木 linked nothing)
    from assistant.query.short_names import NAMED_LINK

    cases = [("危険木のR6、予算現額と決算、それと一般財源いくらか教えて", ("10 45 03", "6", None)),
             ("危険木、来年度はどういう路線を優先して伐るの？", ("10 45 03", "9-2", None))]
    for q, _ in cases:
        jigyo = _plan(ejek_service, q).jigyo
        assert jigyo and jigyo[0].jigyo_no == "10 45 03" and jigyo[0].score >= NAMED_LINK, (q, jigyo)
    answered_first(ejek_service, cases)


def test_the_form_itself_names_no_program_and_a_difference_is_the_cost_tables(ejek_service):
    # (once a ranking of 路面下空洞対策 and シートベルト・チャイルドシート着用推進, or refused: 「決算額の差額」)
    for q in ("路面下空洞対策の令和６年度について、予算現額と決算額の差額および執行率を算定したい。シート上の数値を示されたい。",
              "路面下空洞対策の令和６年度について、予算現額と決算額の差額および執行率を算定したい。"):
        ans = ejek_service.ask(q)
        assert not ans.refused and {k[0] for k in keys(ans)} == {"11 56 03"} and "262,118" in ans.answer, (q, ans.answer)


def test_a_degree_asked_is_the_rate_of_those_who_say_it(ejek_service):
    # (once 遠隔授業の配信科目数, or no indicator: 遠隔授業 is in that indicator's name, 満足 in 「満足」と回答した割合)
    for q in ("遠隔授業の満足度、R6で下がっちゃった理由は？", "遠隔授業の満足度は？"):
        inds = _plan(ejek_service, q).indicators
        assert inds and (inds[0].jigyo_no, inds[0].indicator) == ("12 19 05", 3), (q, inds)
    answered_first(ejek_service, [("遠隔授業の満足度、R6で下がっちゃった理由は？", ("12 19 05", "8", 3))])


def test_everyday_words_for_work_and_areas(ejek_service):
    # (once refused: 「仕事探しのセミナー」「木曽管内」「地元の事業者」に関する記載は取り込まれたシートにない)
    answered_saying(ejek_service, [("移住や仕事探しのセミナーは令和６年度に何回開いて、何人来たのか。", "48回"),
                                   ("うちの木曽管内で、遠隔授業を受けてる高校って何校？", "木曽地域３校")])
    answered_first(ejek_service, [("地元の事業者とIT企業の協業実証って、件数ここ数年で増えてる？", ("07 27 04", "4", 3))])


def test_changing_how_a_thing_is_handled_is_next_years_doing(ejek_service):
    # (once the indicator's figures, or refused: 「調査対象の範囲」)
    answered_first(ejek_service, [
        ("バスが減った地域に住む県職員について、車を使わない通勤の日の扱いを何か変えるのか。", ("06 48 05", "9-2", None)),
        ("路面下の調査について、来年度は契約の仕方を変えるのか。調査対象の範囲を広げる予定があるかも含めて確認したい。",
         ("11 56 03", "9-2", None))])


def test_people_who_do_a_thing_are_no_staff_count(ejek_service):
    def intent(q):
        return _plan(ejek_service, q).intent

    # (once the cost table's 職員数: 「人がどのくらいいる」)
    assert intent("長野県では通勤に車を使う人がどのくらいいるのか。この事業の前提となっている現状を確認したい。") != "cost"
    assert intent("エコ通勤の事業を担当する人はどのくらいいるのか。") == "cost"


def test_a_price_per_kilo_is_a_unit_price(ejek_service):
    # (once the program's 決算額: 「キロいくら」 read as the program's money)
    refused_saying(ejek_service, [("伐った木って、キロいくらくらいで売れてるの？", "単価")])


def test_the_words_before_the_sheet_name_its_program(ejek_service):
    # (once refused: 「暑さ対策」「お店」に関する記載は取り込まれたシートにない; シート, the form itself, was judged with them)
    answered_first(ejek_service, [("暑さ対策のシートで、来年度は？", ("09 61 04", "9-2", None))])
    answered_from(ejek_service, [("東京のお店のシートで、来館者数は？", "02 34 06")])
    # ... and a program no sheet is about is still refused
    ans = ejek_service.ask("温泉のシートで、来年度の方策は？")
    assert ans.refused, ans.answer

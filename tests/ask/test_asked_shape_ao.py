"""Blind set AO's answer classes, worded differently here (and asked of the bundled sheets where they occur).

- A figure's spelling (参加人数, written once in another sheet's 要因分析) points to no program; 「…の流れ」 of a
  figure asks its trend.
- Words that each sit on several sheets, together on one (看護師 on three, バス mostly on the school-bus sheet), say which.
- 「ここ数年でどれくらい」 asks a trend; 「仕方、変えたりする」 asks the 方策.
- A why said with verbs (休んだりやめたり) is answered by the 要因分析 of the 漢語 (休止・廃止).
- 県外・海外 narrow the subject as a place name does; a katakana word the sheet never writes whole (ヘルプカード) is
  not its pieces; 「年間いくら」 asks an amount the sheet must write.
"""

from __future__ import annotations

from .citing import keys as _keys


def test_a_figures_spelling_on_another_sheet_names_no_program(ao_service):
    ans = ao_service.ask("観察会の参加人数の流れが見たいです")
    assert not ans.refused and _keys(ans)[0] == ("06 99 02", "4", 1), (ans.answer, _keys(ans))


def test_words_shared_by_sheets_but_mostly_on_one_name_it(ao_service):
    for q in ("看護師さんが一緒に乗るバスって増えた？", "看護師さんの乗るバス、入った？"):
        ans = ao_service.ask(q)
        assert not ans.refused and _keys(ans)[0][0] == "14 82 01", (q, ans.answer, _keys(ans))


def test_how_many_over_recent_years_is_a_trend(ao_service):
    ans = ao_service.ask("ヘルプマークって、ここ数年でどれくらい配った？")
    assert not ans.refused and _keys(ans)[0] == ("05 41 03", "4", 1), (ans.answer, _keys(ans))


def test_changing_how_it_is_done_asks_the_measures(ao_service):
    ans = ao_service.ask("星空観察会の開催の仕方、変えたりするの？")
    assert not ans.refused and _keys(ans)[0][:2] == ("06 99 02", "9-2"), (ans.answer, _keys(ans))


def test_a_why_said_with_verbs_finds_the_reason_in_kango(ao_service):
    ans = ao_service.ask("やめたり休んだりする起業体が少なくなったのはどうして？")
    assert not ans.refused and _keys(ans)[0] == ("09 73 02", "8", 3), (ans.answer, _keys(ans))
    assert "継承" in ans.answer, ans.answer


def test_a_region_the_sheet_never_names_is_refused(ao_service, service):
    for svc, q in ((ao_service, "星空保全の事業で県外からの観光客って増えた？"), (ao_service, "ヘルプマーク、海外から来た人にも配ってる？"),
                   (service, "NPOセミナーに海外から参加した人っている？")):
        ans = svc.ask(q)
        assert ans.refused and ("県外" in ans.answer or "海外" in ans.answer), (q, ans.answer)


def test_a_region_the_sheet_says_in_its_own_words_is_answered(ao_service):
    ans = ao_service.ask("農村女性の起業で、県外のお店との取引って始まった？")  # the sheet: 県外の量販店との取引が始まった
    assert not ans.refused and _keys(ans)[0][0] == "09 73 02", (ans.answer, _keys(ans))


def test_a_katakana_word_the_sheet_never_writes_whole_is_refused(ao_service, service):
    for svc, q in ((ao_service, "ヘルプカードって配ってる数わかる？"), (service, "共創セッションのオンラインアーカイブって何回見られた？")):
        ans = svc.ask(q)
        assert ans.refused and ("ヘルプカード" in ans.answer or "オンラインアーカイブ" in ans.answer), (q, ans.answer)


def test_an_amount_per_year_of_an_unwritten_item_is_refused(ao_service):
    ans = ao_service.ask("ヘルプマークの郵送費、年間いくら？")
    assert ans.refused and "郵送費" in ans.answer, ans.answer

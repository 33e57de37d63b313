"""Blind set AP's answer classes, worded differently here.

- A hiragana name the sheet prints in brackets (「まいさぽ」), which Sudachi cuts into pieces, names that sheet; its
  pieces are in the evidence's text, if not among its tokens.
- 去年度 is no topic word (Sudachi reads 去 as 去る).
- 「いつごろから始まった」 asks the 実施期間; 「何に困ってる」 asks the 課題.
- A word and its figure written as one (立地件数) is the linked 事業's indicator that has it.
- An attribute asked of a 事業 and its 細事業 linked together must be stated on their sheet (補助率); a loan's term
  (返済期間) must be written.
"""

from __future__ import annotations

from .citing import keys as _keys


def test_a_bracketed_hiragana_name_names_its_sheet(ap_service):
    ans = ap_service.ask("まいさぽで就職した人がR6に盛り返した理由は？")
    assert not ans.refused and _keys(ans)[0] == ("05 20 03", "8", 1), (ans.answer, _keys(ans))


def test_last_fiscal_year_is_no_topic_word(ap_service):
    ans = ap_service.ask("去年度の出前授業、何回やった？")
    assert not ans.refused and _keys(ans)[0][0] == "06 15 02", (ans.answer, _keys(ans))


def test_since_about_when_asks_the_period(ap_service):
    ans = ap_service.ask("生活困窮の事業って、いつごろから始まったんですか")
    assert not ans.refused and _keys(ans)[0][:2] == ("05 20 03", "header"), (ans.answer, _keys(ans))


def test_what_troubles_them_asks_the_issues(ap_service):
    ans = ap_service.ask("人権啓発で何に困ってるのか知りたい")
    assert not ans.refused and _keys(ans)[0][:2] == ("02 15 02", "9-1"), (ans.answer, _keys(ans))


def test_a_word_with_its_figure_names_the_indicator(ap_service):
    ans = ap_service.ask("企業の立地件数って目標に届いてる？")
    assert not ans.refused and _keys(ans)[0] == ("07 20 04", "4", 1), (ans.answer, _keys(ans))


def test_a_subsidy_rate_must_be_on_the_linked_sheet(ap_service):
    ans = ap_service.ask("市町村の人権啓発事業の補助って補助率どれくらい？")  # 熱中症's sheet has a 補助率, this one none
    assert ans.refused and "補助率" in ans.answer, ans.answer


def test_a_loans_term_must_be_written(ap_service):
    ans = ap_service.ask("産業団地の開発資金の貸付、返済期間って何年？")
    assert ans.refused and "期間" in ans.answer, ans.answer

"""Blind sets BP's and BQ's answer classes (a budget clerk's and an assembly member's secretary's words), asked here of
their sheets in other wording: 「…のやつで」「…のほうで」 name a program as 「…の事業で」 does, and so do four kanji of two
words inside one 事業名 (個別避難); 特支 is 特別支援学校, and a compound's pieces do not break the order of a short
name; a subject asked of the program named that only another sheet has is refused there; 「何が難しい」 asks the 課題,
「来年も同じやり方で」「手当て考えてる」 the 方策; 「担当課が課題として挙げてる」 asks the 課題, not the header; 県警 is the
警察本部."""

from __future__ import annotations

from .citing import keys


def test_a_program_named_as_that_one(bpq_service):
    ans = bpq_service.ask("有機のやつで、ドローンを使った除草ってやってる？")
    assert ans.refused and "ドローン" in ans.answer, ans.answer
    ans = bpq_service.ask("個別避難の補助って補助率どれくらい？")
    assert not ans.refused and keys(ans)[0][0] == "03 58 02", (ans.answer, keys(ans))


def test_an_abbreviated_school_and_a_subject_of_another_sheet(bpq_service):
    from assistant.query.short_names import abbreviates
    assert abbreviates("特別支援学校の就労", "特別支援学校生徒就労促進事業費", word_ok=True)
    ans = bpq_service.ask("特支の就労の事業、寄宿舎の改修もしてる？")
    assert ans.refused and "寄宿舎" in ans.answer, ans.answer


def test_issues_and_plans_in_everyday_words(bpq_service):
    ans = bpq_service.ask("有機農業、給食に使ってもらうのは何が難しいの？")
    assert not ans.refused and ("09 71 05", "9-1", None) in keys(ans)[:2], (ans.answer, keys(ans))
    for q, no in (("テレワークの商談会、来年も同じようにやるの？", "08 49 02"),
                  ("特支の就労の事業、職場に定着しない卒業生への手当て考えてる？", "14 66 01")):
        ans = bpq_service.ask(q)
        assert not ans.refused and keys(ans)[0] == (no, "9-2", None), (q, ans.answer, keys(ans))
    ans = bpq_service.ask("木育のほう、担当課が課題に挙げてるのはどんなこと？")
    assert not ans.refused and keys(ans)[0] == ("10 68 04", "9-1", None), (ans.answer, keys(ans))


def test_the_prefectural_police():
    from assistant.text.terms import bukyoku_forms
    assert "県警" in bukyoku_forms("警察本部")

"""Blind sets CH's and CI's answer classes (an officer visiting from another prefecture, a busy 課長 checking with
staff), asked here of their sheets in other wording: which ones of a counted number are named only when the names
stand right before it (an earlier clause's words name nothing), a breakdown asked as a condition (「国籍で見ると」)
must be written by that kind, a colloquial particle after the last item of 「AとBって、それぞれ」 is no part of it, nor
障がい's が a particle that ends a part asked 「のうち…どのくらい」,
everyday names for a bus's riders and losses (乗客, 赤字補填), a phrase refused on the best sheet that another sheet
among the hits writes whole (雇用義務), what was done asked as 「どんなことやってるんですか」
「何かやったんですか」, a guessed cause (「…の影響が大きいんですか」), a worry said as an idiom (頭を抱えてる), and a
service named by its number (#9110)."""

from __future__ import annotations

from .citing import answered_first, refused_saying


def test_which_ones_of_a_count_are_named_only_right_before_it(chci_service):
    refused_saying(chci_service, (("デマンド交通を導入した7市町村は、具体的にどこですか？", "7市町村の個別の名称"),
                                  ("オンライン診療を始めた5地区ってどこ？", "5地区の個別の名称")))


def test_a_breakdown_asked_as_a_condition_is_written_by_that_kind(chci_service):
    ans = chci_service.ask("日本語教室に来てる人、国籍で見るとどこが多い？")
    assert ans.refused and "国籍ごとの内訳" in ans.answer, ans.answer
    answered_first(chci_service, [("日本語教室の学習者数、数字で見るとどう？", ("13 78 05", "4", 2))])


def test_a_particle_after_the_last_item_is_no_part_of_it(chci_service):
    # (and 「県内…それぞれ何か所あるんでしたっけ」 asks how many the prefecture has: the 現状, told in section 1)
    answered_first(chci_service, [("県内だと、へき地の診療所と無医地区って、それぞれ何か所あるんでしたっけ？", ("05 62 04", "1", None))])


def test_a_part_of_a_whole_asked_how_many(chci_service):
    ans = chci_service.ask("面接会に参加した求職者412人のうち、精神障がいのある人はどのくらい？")
    assert ans.refused and "精神障がいのある人の内訳" in ans.answer, ans.answer


def test_riders_and_losses_by_their_everyday_names(chci_service):
    answered_first(chci_service, [
        ("地域鉄道の乗客が伸び悩んでる理由は？", ("02 52 05", "8", 1)),
        ("バスの赤字補填にいくら使ってる？", ("02 52 05", "6", None)),
    ])


def test_what_was_done_a_guessed_cause_and_a_worry_in_everyday_words(chci_service):
    answered_first(chci_service, [
        ("総合型地域スポーツクラブには、どんなことやってるんですか？", ("08 57 08", "7", None)),
        ("請求書の電子化で、県庁の職員向けには何かやったんですか？事務の見直しとか。", ("17 81 02", "7", None)),
        ("広域バスの利用者が減ったのは、時間外労働の規制の影響が大きいんですか？", ("02 52 05", "8", 2)),
        ("へき地の医療で、いま頭を抱えてるのは何？", ("05 62 04", "9-1", None)),
    ])


def test_a_service_named_by_its_number(chci_service):
    from assistant.query.intent import analyze

    q = "#9110の夜の件数、なんでこんなに増えたの？"
    plan = analyze(q, chci_service.snapshot(), chci_service.embedder)
    assert "9110" in plan.salient, plan.salient  # (a bare number is no topic word; #9110 names the service)
    answered_first(chci_service, [(q, ("15 64 02", "8", 1))])


def test_a_phrase_another_sheet_among_the_hits_writes_whole(chci_service):
    answered_first(chci_service, [("法定雇用率の引上げで雇用義務が出てきた中小企業に、来年度はどう支援するつもり？", ("07 29 02", "9-2", None))])

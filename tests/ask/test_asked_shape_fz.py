"""Dev set FZ's answer classes, asked here of its sheets in other words: a retired official writes like a letter of his
generation, with kanji numbers (「令和六年度」「十七館」「ここ三年」), old-fashioned forms (「…は如何。」「承知したい」「…の由」
「幾ら」「拝察するが」) and his own memory told beside the question (「私の頃は…ものだが。」); the words themselves are read in
tests/text (test_kana_numbers, test_dialect, test_textproc)."""

from __future__ import annotations

from .citing import answered_first, answered_from, answered_saying, refused_saying


def test_kanji_numbers_are_the_sheets_figures_and_years(fz_service):
    # (once 令和六年度 was no year, and 十七館 no count: the names were answered with a 細事業's lines)
    answered_saying(fz_service, [
        ("博物館ネットワークの事業、令和六年度の決算額は如何。", "28,142"),
    ])
    refused_saying(fz_service, [
        ("学芸員を派遣した十七館について、館の名前を承知したい。", "17館"),
    ])


def test_old_fashioned_question_words(fz_service):
    # (once 「一冊幾ら」 asked no price, and the cost table answered)
    refused_saying(fz_service, [
        ("周遊パスポートは一冊幾らで頒布しているのか。", "単価"),
    ])


def test_his_own_memory_and_plan_words_are_no_subject(fz_service):
    # (once refused: 「算段」・「先輩の背中」に関する記載はない)
    answered_from(fz_service, [
        ("漏水調査の技を若い職員にどう引き継ぐ算段か。私の頃は先輩の背中を見て覚えたものだが。", "16 12 04"),
    ])


def test_where_the_section_sees_its_issues_asks_no_header(fz_service):
    # (once the header's 課・室 answered 「担当はどこに課題が」)
    answered_first(fz_service, [
        ("漏水防止の事業について、担当はどこに課題があると見ているのか。", ("16 12 04", "9-1", None)),
    ])

"""Dev set GG's answer classes, asked here of its sheets in other words: a phone operator types each caller's question as
a call memo (「【架電者】70代男性・飯田市　…とのこと」「【問合せ】区長（佐久市）より：」「折り返し要。」「　※…」), callers name a
program by a number in its name (「119番を便利にする県の事業」「ネット119」) and tell their family's part (「…と夫が言っている」)."""

from __future__ import annotations

from .citing import answered_first, answered_saying


def test_a_call_memos_header_and_notes_are_no_subject(gg_service):
    # (once refused: 「60代女性・松本市」「区長(佐久市)より:」に関する記載は取り込まれたシートにない)
    answered_first(gg_service, [
        ("【架電者】60代女性・松本市　統計調査員の登録調査員数、ここ3年でどう変わったのかとのこと", ("03 53 02", "4", 1)),
        ("折り返し要。【問合せ】区長（佐久市）より：水源地域の間伐はここ何年かでどれくらい進んでいるのか", ("16 41 02", "4", 1)),
        ("遺品整理の研修会を受けた事業者は累計で何事業者か（70代男性・上田市）　※広報誌で見たとのこと", ("06 60 03", "4", 3)),
    ])


def test_a_number_in_a_programs_name_names_it(gg_service):
    # (once refused: ご質問の内容はシートに記載が見つからない — 119 was no word, 便利 and 夫 were the only topic words)
    answered_saying(gg_service, [
        ("119番を便利にする県の事業、R6の決算はいくらでしたか", "11,188"),
    ])
    answered_first(gg_service, [
        ("ネット119の登録が難しいと夫が言っています。県は何が課題だと見ていますか", ("01 44 03", "9-1", None)),
    ])

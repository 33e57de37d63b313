"""Blind set BF's answer classes, worded differently here: おかげ・まわり are how a question is put, not subjects; a
phrase's words may stand in the chunk and its 事業名 together (「喀痰吸引の新規認定」), and ・ is no part of a word
(ヒヤリハット = ヒヤリ・ハット); 「AのB」 with A in a 事業名 and B in its indicator's name ranks that indicator first;
メアド is the メールアドレス of the header."""

from __future__ import annotations

from .citing import answered_first, keys as _keys


def test_frame_words_of_cause_and_scope(bf_service):
    answered_first(bf_service, (("日本酒の輸出が持ち直した理由って、円安のおかげ？", ("07 59 06", "8", 1)),
                                ("日本酒まわりの課題って何がある？", ("07 59 06", "9-1", None))))


def test_a_phrase_told_by_the_chunk_and_its_program(bf_service):
    answered_first(bf_service, (("喀痰吸引の新規認定者、増えてる？", ("05 57 01", "4", 1)),
                                ("喀痰吸引のヒヤリハットの件数、ここ3年で減ってる？", ("05 57 01", "4", 3))))


def test_the_mail_address_said_short(bf_service):
    ans = bf_service.ask("渋滞対策の担当のメアドって何？")
    assert not ans.refused and _keys(ans)[0] == ("11 52 01", "header", None) and "@pref.nagano.lg.jp" in ans.answer, \
        (ans.answer, _keys(ans))

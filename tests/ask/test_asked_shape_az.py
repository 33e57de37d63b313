"""Blind set AZ's answer classes, worded differently here: ほったらかし = 放置; the words that ask for a header field
(連絡先, メールアドレス) vote for no program, and a program its rare words point to is linked surely enough for its header;
「住む場所によって」 asks the 課題; 「目標いくつで実績いくつ」 asks one indicator's figures, not a list over the sheets (いくつ);
a 細事業 named and said to have grown is its own 決算額 row, named as 「…の細事業」."""

from __future__ import annotations

from .citing import keys as _keys


def test_an_everyday_word_for_left_alone(az_service):
    ans = az_service.ask("ほったらかしの竹林、整備した面積はどれくらい？")
    assert not ans.refused and _keys(ans)[0] == ("10 62 09", "4", 1), (ans.answer, _keys(ans))


def test_header_words_vote_for_no_program(az_service):
    ans = az_service.ask("青少年のネットの事業、メールアドレスを教えて")
    assert not ans.refused and _keys(ans)[0] == ("02 68 06", "header", None), (ans.answer, _keys(ans))
    assert "jisedai@pref.nagano.lg.jp" in ans.answer


def test_differences_by_place_ask_the_issue(az_service):
    ans = az_service.ask("骨密度の精密検査、住む場所によって受けやすさが違ったりする？")
    assert not ans.refused and _keys(ans)[0] == ("05 64 06", "9-1", None), (ans.answer, _keys(ans))


def test_target_and_result_of_one_indicator(az_service):
    ans = az_service.ask("ＢＣＰの訓練をしてない企業の割合、目標いくつで実績いくつ？")
    assert not ans.refused and _keys(ans)[0] == ("07 67 09", "4", 3), (ans.answer, _keys(ans))


def test_a_named_detail_that_grew(az_service):
    ans = az_service.ask("連携型ＢＣＰの細事業、R5からだいぶ増えてない？")
    assert not ans.refused and _keys(ans)[0] == ("07 67 09", "detail", None), (ans.answer, _keys(ans))

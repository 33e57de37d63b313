"""A question written as a letter (``assistant.text.letter``): read without its opening and closing words, the greeting
before 「さて、」 and the closing courtesies; a question that is no letter as it was."""

from __future__ import annotations

import pytest

from assistant.text.letter import is_letter, without_letter_frame


@pytest.mark.parametrize("letter, body", [
    # the season's greeting and the writer's news before さて, the courtesy and the closing word after the question
    ("拝啓　木枯らしの季節となりました。孫が年末に帰省するのを楽しみにしております。さて、県内で地震保険に入っている家は、"
     "令和六年度でどのくらいの割合になったのでございましょうか。お教えいただければ幸甚に存じます。敬具",
     "県内で地震保険に入っている家は、令和六年度でどのくらいの割合になったのでございましょうか。"),
    # 前略 has no greeting to skip; a first sentence that names the subject stays
    ("前略　県民だよりで、オープンカレッジのことを読みました。実際はいくつ開かれたのでしょうか。草々",
     "県民だよりで、オープンカレッジのことを読みました。実際はいくつ開かれたのでしょうか。"),
    # without さて: the greeting that asks after the reader goes, the question stays
    ("拝啓　師走の候、皆様いかがお過ごしでしょうか。障がいのある方の学びの場をお手伝いする方々は、今どれほどいらっしゃるので"
     "ございましょうか。敬具",
     "障がいのある方の学びの場をお手伝いする方々は、今どれほどいらっしゃるのでございましょうか。"),
    # a closing wish for the reader's health, no closing word
    ("拝啓　さて、山菜の畑がだんだん減っていると聞きました。なぜ県の目標に届かないのでしょうか。寒さ厳しき折、皆様どうぞ"
     "ご自愛ください。",
     "山菜の畑がだんだん減っていると聞きました。なぜ県の目標に届かないのでしょうか。"),
    # the courtesy that carries the ask keeps what it asks for
    ("拝啓　さて、介護と仕事の事業の決算額をお教えいただければ幸いに存じます。敬具", "介護と仕事の事業の決算額。"),
    # a short note that only ends with a closing word
    ("山菜採りのマナーを呼びかける看板、昨年度は何か所に立てられましたか。草々",
     "山菜採りのマナーを呼びかける看板、昨年度は何か所に立てられましたか。"),
])
def test_a_letter_is_read_without_its_frame(letter, body):
    assert is_letter(letter)
    assert without_letter_frame(letter) == body


@pytest.mark.parametrize("question", [
    "地震保険の加入率は？",
    "さて、R6の決算額はいくら？",  # (さて alone makes no letter)
    "最近、寒さが厳しくなって灯油代の補助が気になります。補助はありますか？",
])
def test_a_question_that_is_no_letter_is_kept(question):
    assert not is_letter(question)
    assert without_letter_frame(question) == question


def test_a_letter_that_is_only_its_frame_is_kept():
    assert without_letter_frame("拝啓　敬具") == "拝啓　敬具"

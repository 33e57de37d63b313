"""Loanwords typed in hiragana (``assistant.query.kana_spelling.katakana_loanwords``): a word whose katakana spelling is
one common noun and whose hiragana spelling is written nowhere is read in katakana; verbs, particles and words of their
own in kana stay as typed."""

from __future__ import annotations

import pytest

from assistant.query.kana_spelling import katakana_loanwords, spell_form_kana


@pytest.mark.parametrize("typed, read", [
    ("すまほ見ながらの運転の事故", "スマホ見ながらの運転の事故"),
    ("すまほいじって運転してつかまるのは", "スマホいじって運転してつかまるのは"),
    ("うちの村はみんなぷろぱんだよ。", "うちの村はみんなプロパンだよ。"),
    ("ぷろぱんの保安のやつ", "プロパンの保安のやつ"),
    ("1へくたーるあたりで", "1ヘクタールあたりで"),
    ("ぼぶすれーの会場", "ボブスレーの会場"),
])
def test_loanwords_in_hiragana_are_read_in_katakana(typed, read):
    assert katakana_loanwords(typed) == read


@pytest.mark.parametrize("q", [
    "繰越もあるみたいですけど",  # (ある + み: no アルミ)
    "いっていいの", "どこもなの", "からだの調子", "かんたんに言うと", "ここの数字", "いくらかかった", "ものづくりの補助",
    "受けた人数", "決めたんですか",
])
def test_everyday_kana_stays(q):
    assert katakana_loanwords(q) == q


@pytest.mark.parametrize("typed, read", [
    # the form's own words typed in hiragana, where they stand as words
    ("やさしい日本語の事業、2024年度けっさんは？", "やさしい日本語の事業、2024年度決算は？"),
    ("出前授業のかだいは？", "出前授業の課題は？"),
    ("去年のよさんとけっさんはいくらですか", "去年の予算と決算はいくらですか"),
    # not inside another word
    ("つよさんの話", "つよさんの話"), ("おかだいさん", "おかだいさん"), ("ほじょけんの", "ほじょけんの"),
])
def test_the_forms_words_in_hiragana_are_spelled_as_the_form_writes_them(typed, read):
    assert spell_form_kana(typed) == read

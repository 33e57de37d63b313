"""Numbers said in kana (dictation, slow typing) are written in digits before a question is read."""

from __future__ import annotations

import pytest

from assistant.text.kana_numbers import kana_number, spell_kana_numbers, spell_kanji_numbers


@pytest.mark.parametrize("said, written", [
    ("令和ろくねんどに何件くらい点検した", "令和6年度に何件くらい点検した"),
    ("れいわごねんどに補正かかってたよね", "令和5年度に補正かかってたよね"),
    ("年度末で見ると令和よねんからどうなってる", "年度末で見ると令和4年からどうなってる"),
    ("れいわななねんどの当初予算", "令和7年度の当初予算"),
    ("令和ろく年度 どんなのに出したの", "令和6年度 どんなのに出したの"),
    ("えーとさんびゃくさんじゅうはちにんだったかな", "えーと338人だったかな"),
    ("いちまんにせんごひゃくえん", "12500円"),
    ("ろっぴゃくけん", "600件"),
    ("はっせんにん", "8000人"),
])
def test_numbers_said_in_kana_are_written_in_digits(said, written):
    assert spell_kana_numbers(said) == written


@pytest.mark.parametrize("kept", [
    "にけんあった",  # a lone digit word: に is a particle as often as a number
    "ごにんです",
    "せんにんの職員",  # 専任
    "じっけんの結果",  # 実験
    "じゅうにんの声",  # 住人
    "れいわのはじめ",
    "そうだね",
])
def test_everyday_kana_stay_as_typed(kept):
    assert spell_kana_numbers(kept) == kept


def test_kana_number_values():
    assert kana_number("さんびゃくさんじゅうはち") == 338
    assert kana_number("にせんにじゅうよ") == 2024
    assert kana_number("いちまんにせん") == 12000
    assert kana_number("にご") is None  # two digits in a row are no number


@pytest.mark.parametrize("written, digits", [
    # a letter of an older generation writes its years and counts in kanji
    ("令和六年度の決算額は如何。", "令和6年度の決算額は如何。"),
    ("学芸員を送った十七館の名前", "学芸員を送った17館の名前"),
    ("ここ三年どう推移しておるか", "ここ3年どう推移しておるか"),
    ("補助した二十九件の大会", "補助した29件の大会"),
    ("三百二十人ほど", "320人ほど"),
    ("目標は五万件と聞いた", "目標は5万件と聞いた"),
    # words and names with kanji numbers, and the sheets' own 千 after digits, stay
    ("一校一国運動の学校", "一校一国運動の学校"),
    ("一番多いのは", "一番多いのは"),
    ("八十二銀行と十日町", "八十二銀行と十日町"),
    ("長野五輪の施設", "長野五輪の施設"),
    ("保管点数の目標45千点", "保管点数の目標45千点"),
    ("1,600千円の繰越", "1,600千円の繰越"),
    ("単位は千円でいいんですよね", "単位は千円でいいんですよね"),
])
def test_kanji_numbers_written_in_digits(written, digits):
    assert spell_kanji_numbers(written) == digits

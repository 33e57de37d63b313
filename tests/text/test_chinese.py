"""Chinese in a Japanese question (``assistant.text.chinese``): simplified characters in the Japanese form, Chinese words
in Japanese; the kanji Japanese writes, and Japanese words that are also Chinese, as they were."""

from __future__ import annotations

import pytest

from assistant.text.chinese import japanese_for_chinese


@pytest.mark.parametrize("typed, read", [
    ("防火管理讲习、R6の修了者は何人？", "防火管理講習、R6の修了者は何人？"),
    ("児童養護施設の离职率は？", "児童養護施設の離職率は？"),
    ("R7预算はR6よりどれくらい增加？", "R7予算はR6よりどれくらい増加？"),
    ("2024年度的决算额是多少？", "2024年度の決算額はいくら？"),
    ("这个防火的项目、一番大きい问题は？", "この防火の事業、一番大きい問題は？"),
    ("目標に届かなかったのは为什么ですか？", "目標に届かなかったのはなぜですか？"),
    ("ネット講習の效果もありますか", "ネット講習の効果もありますか"),
    ("35岁以下だと多いですか？", "35歳以下だと多いですか？"),
    ("セミナー的满意度、为什么下降了？", "セミナーの満足度、なぜ下降？"),
])
def test_chinese_is_read_as_japanese(typed, read):
    assert japanese_for_chinese(typed) == read


@pytest.mark.parametrize("text", [
    "里山の干ばつ対策の予算は？",  # (s2t would make them 裏山, 幹ばつ)
    "具体的な方策と効果的な取組は？",
    "研修の項目は多少変わりましたか？",  # 項目 and 多少 are Japanese words when nothing else is Chinese
    "皇后杯の後援事業、決算額は？",
    "机の購入費は？",
    "終了した事業は？",
])
def test_japanese_stays_as_it_was(text):
    assert japanese_for_chinese(text) == text

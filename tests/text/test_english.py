"""English words in a Japanese question (``assistant.text.english``): read as the form's Japanese words, longest phrase
first; other text, and the acronyms the sheets print, as they were."""

from __future__ import annotations

import pytest

from assistant.text.english import japanese_for_english
from assistant.text.tokens import morphemes
from assistant.text.wording import is_everyday


@pytest.mark.parametrize("typed, read", [
    ("R6のbudgetはいくらでしたか？", "R6の予算はいくらでしたか？"),
    ("起業人の事業、next yearのplanを教えてください。", "起業人の事業、来年度の今後の方策を教えてください。"),
    ("介護助手のprogramのmain targetは誰？", "介護助手の事業の主な対象は誰？"),
    ("水道のtraining program、一般財源は使ってますか？", "水道の研修、一般財源は使ってますか？"),
    ("くるみの苗木が足りないproblem、how are they going to fix it?", "くるみの苗木が足りない課題、どう改善するか?"),
    ("KPIは達成できた？ achievement rateも知りたいです。", "KPIは達成できた？達成率も知りたいです。"),
    ("その割合はup or down?", "その割合は増えた？減った？?"),
    ("Which sub-program spent the most in R6?", "どれ細事業一番お金を使った in R6?"),
    # no English word of the form: as typed (acronyms, full-width letters of a name)
    ("ＤＸ推進の事業、KPIは？", "ＤＸ推進の事業、KPIは？"),
    ("NPOセミナーの満足度は？", "NPOセミナーの満足度は？"),
    ("WHOの指針に沿った検診の受診率は？", "WHOの指針に沿った検診の受診率は？"),
])
def test_english_words_read_as_the_forms_words(typed, read):
    assert japanese_for_english(typed) == read


def test_an_english_word_left_over_is_no_topic_an_acronym_is():
    ms = {m.surface: m for m in morphemes("they keep the town PFAS LED")}
    assert all(is_everyday(ms[w]) for w in ("they", "keep", "town"))
    assert not is_everyday(ms["PFAS"]) and not is_everyday(ms["LED"])
    assert not is_everyday(next(m for m in morphemes("pfasの井戸") if m.surface == "pfas"))


@pytest.mark.parametrize("typed, read", [
    # an English gloss in brackets repeats the word before it
    ("リスクアセスメント（risk assessment）を入れた会社", "リスクアセスメントを入れた会社"),
    ("床を直すお金（補助金（subsidy））は", "床を直すお金（補助金）は"),
    ("教育（ESD）の事業", "教育（ESD）の事業"),  # (an acronym may be the sheet's own word)
    # a machine translation's loanwords
    ("FY2024の針広混交林のプログラムのバジェットと実際の支出", "FY2024の針広混交林の事業の予算と決算額"),
    ("モニタリングポストの稼働のレートのトレンドは？", "モニタリングポストの稼働率の推移は？"),
    ("森林のオーナーのための説明のミーティング", "森林の所有者のための説明会"),
    ("幼保小の架け橋プログラムの課題", "幼保小の架け橋プログラムの課題"),  # (a program's own name)
])
def test_glosses_and_a_machine_translations_loanwords(typed, read):
    assert japanese_for_english(typed) == read

"""Pieces of a question that name a sheet's thing though the tokenizer cuts them (query.linking, query.anchors,
query.figure_link): a number inside a name (119番, ネット119, #9110), a word cut into one kanji and a noun (分教室), and a
row of the indicator table pasted with its marker (「① 校 8 7 ↗ 5 6 ↗」)."""

from __future__ import annotations

import pytest

from assistant.query.anchors import one_kanji_prefixed
from assistant.query.figure_link import _ROW_PASTED
from assistant.query.linking import _NUMBER_NAME


@pytest.mark.parametrize("text, numbers", [
    ("119番を便利にする県の事業", {"119"}),
    ("ネット119の登録が難しい", {"119"}),
    ("#9110って外国語も", {"9110"}),
    ("NET119の利用登録者数", {"119"}),  # a name writes it so too
    ("2024年度の予算は1200万円", set()),  # a year and an amount are no name
    ("R6の決算は1,234千円", set()),
    ("受講者18人", set()),
])
def test_a_number_inside_a_name(text, numbers):
    assert set(_NUMBER_NAME.findall(text)) == numbers


@pytest.mark.parametrize("question, runs", [
    ("特別支援学校の分教室って、今いくつ", ["分教室"]),
    ("飯山駅って冬以外の利用は", []),  # 以外 is a word of how, no noun of a name
    ("各市町村に何回ずつ行ったの", []),  # 各 is a prefix: every 市町村
    ("総事業費はいくら", []),  # the form's own word (事業)
])
def test_a_word_cut_into_one_kanji_and_a_noun(question, runs):
    assert one_kanji_prefixed(question) == runs


@pytest.mark.parametrize("question, marker", [
    ("教室不足の事業の「① 校 8 7 ↗ 5 6 ↗ 未達成」なんですが", "①"),
    ("『③ 人 2,840 3,615 ↗ 4,500 3,980 ↗ 未達成』は何の人数", "③"),
])
def test_a_table_row_pasted_with_its_marker(question, marker):
    assert _ROW_PASTED.search(question).group(1) == marker


@pytest.mark.parametrize("question", [
    "①の取組は何ですか",  # a 取組's number, no row
    "① 校舎の増築は進んだ？",  # a heading pasted, no figures
])
def test_a_marker_without_a_row_of_figures(question):
    assert _ROW_PASTED.search(question) is None

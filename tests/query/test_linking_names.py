"""How a question says a 事業名 short (query.linking): with one of two words joined by ・ left out."""

from __future__ import annotations

import pytest

from assistant.query.linking import _conjunct_dropped


@pytest.mark.parametrize("name, question", [
    ("学校スキー・スケート授業支援事業費", "スキー授業支援の課題を教えてください"),  # the second word left out
    ("学校スキー・スケート授業支援事業費", "スケート授業支援について"),  # the first
    ("森林・林業総合センター運営事業費", "林業総合センター運営の件"),  # two kanji words
])
def test_a_name_said_without_one_joined_word(name, question):
    assert _conjunct_dropped(name, question.replace("の", ""))


@pytest.mark.parametrize("name, question", [
    ("学校スキー・スケート授業支援事業費", "授業支援について"),  # most of the name unsaid: no name
    ("学校スキー・スケート授業支援事業費", "スキー場の支援"),  # the name's end unsaid
    ("若者公共交通利用促進事業費", "公共交通の利用"),  # no ・ in the name
])
def test_not_a_name_said_short(name, question):
    assert not _conjunct_dropped(name, question.replace("の", ""))

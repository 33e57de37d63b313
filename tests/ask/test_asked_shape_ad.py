"""Blind set AD's answer classes, worded differently here and asked of other sheets where they occur.

- 「8分野って、具体的にどんな分野」「12テーマって具体的にどんなテーマ」 ask the names of the kinds counted (分野,
  テーマ, コース, 講座): refused when the sheet gives only the count.
- 「1日いくら」 is a unit price; a 単価 is stated only with its figure (「労務単価の上昇」 states none).
- 「デジアカ」 shortens デジタルアーカイブ (two katakana words, two kana of each, the long-vowel mark skipped).
"""

from __future__ import annotations

import pytest


def test_the_names_of_the_fields_counted_are_refused_when_not_stated(k_service):
    ans = k_service.ask("保育士のキャリアアップ研修の8分野って、具体的にどんな分野？")
    assert ans.refused and "個別の名称" in ans.answer, ans.answer


@pytest.fixture(scope="module")
def adv_service(tmp_path_factory):
    from .conftest import _four_sheets

    return _four_sheets(tmp_path_factory, "sheets_AD", "sheets_V")


def test_a_katakana_clipping_names_the_program(adv_service):
    ans = adv_service.ask("デジアカって、R6の決算いくら？")
    assert not ans.refused and ans.citations[0].jigyo_no == "12 78 02", ans.answer


@pytest.mark.parametrize("question", ["脱酸処理の単価って、1点いくらかかってるの？", "骨髄ドナーの助成って、日額いくら？"])
def test_a_unit_price_is_stated_only_with_its_figure(adv_service, question):
    ans = adv_service.ask(question)
    assert ans.refused and "単価" in ans.answer, ans.answer

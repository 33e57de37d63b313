"""Blind set AD's answer classes, worded differently here and asked of other sheets where they occur.

- 「8分野って、具体的にどんな分野」「12テーマって具体的にどんなテーマ」 ask the names of the kinds counted (分野,
  テーマ, コース, 講座): refused when the sheet gives only the count.
- 「1日いくら」 is a unit price; a 単価 is stated only with its figure (「労務単価の上昇」 states none).
- 「デジアカ」 shortens デジタルアーカイブ (two katakana words, two kana of each, the long-vowel mark skipped): dev AD's
  bAD25 over the whole dev index in tests/eval/test_unseen_dev.py.
"""

from __future__ import annotations


def test_the_names_of_the_fields_counted_are_refused_when_not_stated(k_service):
    ans = k_service.ask("保育士のキャリアアップ研修の8分野って、具体的にどんな分野？")
    assert ans.refused and "個別の名称" in ans.answer, ans.answer

"""A loanword program name said clipped (``Catalogue.clipped_kana``): クラファン for クラウドファンディング, each of two
katakana words cut to its first two morae; a run that only starts like a clipping stays as it was."""

from __future__ import annotations

import pytest

from assistant.query.catalogue import Catalogue, _two_morae


@pytest.mark.parametrize("word, clipped", [
    ("クラウド", "クラ"), ("ファンディング", "ファン"), ("パーソナル", "パソ"), ("コンピューター", "コン"), ("スロー", "スロ"),
])
def test_two_morae(word, clipped):
    assert _two_morae(word) == clipped


def _catalogue(names):
    cat = Catalogue.__new__(Catalogue)  # (only the names are read)
    cat.norm_names = names
    return cat


def test_a_clipped_name_is_spelled_out():
    cat = _catalogue(["クラウドファンディング活用販路開拓支援事業費", "ネットトラブル防止セミナー事業費"])
    assert cat.unclipped("クラファン") == "クラウドファンディング"
    assert cat.unclipped("クラファンセミナー") == "クラウドファンディングセミナー"  # (セミナー: a word of the names)
    assert cat.unclipped("ネットラジオ") == "ネットラジオ"  # (ネットラ + ジオ: ジオ is no word of the names)
    assert cat.unclipped("ファンディング") == "ファンディング"

"""The prepared word-vector table: written once to the cache, memory-mapped after, the same
numbers as preparing it in memory (and prepared in memory when the cache cannot be written)."""

from __future__ import annotations

import numpy as np

from assistant.index import wordtable
from assistant.index.local_vectors import WordVectorEmbedder

TEXTS = ["ＮＰＯセミナーの満足度", "企業との共創", "時給", "該当なしの語ｘｙｚ"]


def test_cached_table_is_memory_mapped_and_gives_the_same_vectors(tmp_path, monkeypatch):
    monkeypatch.setattr(wordtable, "_cache_root", lambda: tmp_path / "wv")
    first = WordVectorEmbedder()
    a = first.embed_array(TEXTS)
    assert len(list((tmp_path / "wv").iterdir())) == 1  # prepared once, written for the next process
    second = WordVectorEmbedder()
    b = second.embed_array(TEXTS)
    assert isinstance(second._table.vectors, np.memmap) and not isinstance(first._table.vectors, np.memmap)
    assert np.array_equal(a, b)
    assert second.token_rows(["満足度", "存在しない語ｚｚ"]) == first.token_rows(["満足度", "存在しない語ｚｚ"])


def test_unwritable_cache_prepares_in_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setattr(wordtable, "_cache_root", lambda: blocker / "wv")
    emb = WordVectorEmbedder()
    assert emb.embed_array(TEXTS[:1]).shape == (1, 300)
    assert not isinstance(emb._table.vectors, np.memmap)

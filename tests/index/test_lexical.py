"""The BM25 index's public views: the tokens of a chunk and the vocabulary."""

from __future__ import annotations

from assistant.index.lexical import LexicalIndex
from assistant.textproc import tokenize


def test_tokens_of_and_vocab_follow_adds_and_removals() -> None:
    lex = LexicalIndex()
    assert lex.vocab == {} and lex.tokens_of("a") is None
    lex.add(["a", "b"], ["ＮＰＯセミナー参加者満足度は84％", "共創セッションへの企業数"])
    assert lex.tokens_of("a") == frozenset(tokenize("ＮＰＯセミナー参加者満足度は84％"))
    assert "npo" in lex.vocab and "企業" in lex.vocab
    lex.remove(["a"])
    assert lex.tokens_of("a") is None and "npo" not in lex.vocab
    assert lex.tokens_of("b") == frozenset(tokenize("共創セッションへの企業数"))


def test_export_round_trips_through_add_tokens() -> None:
    lex = LexicalIndex()
    lex.add_tokens(["x", "y"], [["満足度", "低下"], ["企業", "数"]])
    ids, tokens = lex.export()
    copy = LexicalIndex()
    copy.add_tokens(ids, tokens)
    assert copy.ids == ["x", "y"] and copy.tokens_of("y") == frozenset({"企業", "数"})
    assert copy.search_tokens(["満足度"]) == lex.search_tokens(["満足度"])

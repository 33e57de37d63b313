"""The Japanese BM25 index: ranking, filters, incremental add/remove, save/load, and its public
views (the tokens of a chunk, the vocabulary, export)."""

from __future__ import annotations

from assistant.index.lexical import LexicalIndex
from assistant.text.tokens import tokenize

from ..chunk_texts import CHUNKS


def _index() -> LexicalIndex:
    ix = LexicalIndex()
    ix.build(list(CHUNKS), list(CHUNKS.values()))
    return ix


def test_lexical_ranks_japanese() -> None:
    ix = _index()
    hits = ix.search("満足度が下がった理由", k=3)
    assert hits and hits[0][0] == "ind3"
    assert all(score > 0 for _, score in hits)
    assert ix.search("NPO法人の高齢化", k=1)[0][0] == "s1"
    assert ix.search("来てくれた企業の数", k=1)[0][0] == "ind1"


def test_lexical_filters_and_edge_cases() -> None:
    ix = _index()
    hits = ix.search("満足度", k=5, allowed_ids={"ind2", "cost"})
    assert [h[0] for h in hits] == ["ind2"]
    assert ix.search("満足度", k=5, allowed_ids=set()) == []
    assert ix.search("", k=5) == []
    assert ix.search("ｘｙｚｚｙ", k=5) == []
    assert LexicalIndex().search("満足度", k=3) == []


def test_lexical_add_remove() -> None:
    ix = _index()
    ix.remove(["ind3"])
    assert "ind3" not in ix
    assert ix.search("満足度が下がった理由", k=1)[0][0] != "ind3"
    ix.add(["ind3"], [CHUNKS["ind3"]])
    assert ix.search("満足度が下がった理由", k=1)[0][0] == "ind3"
    ix.add(["ind3"], ["全く別の内容"])  # upsert
    assert len(ix) == len(CHUNKS)
    assert ix.search("満足度が下がった理由", k=1)[0][0] != "ind3"


def test_lexical_save_load_roundtrip(tmp_path) -> None:
    ix = _index()
    ix.save(tmp_path)
    assert LexicalIndex.exists(tmp_path)
    loaded = LexicalIndex.load(tmp_path)
    assert loaded.ids == ix.ids
    q = "NPOセミナーの満足度"
    assert loaded.search(q, k=5) == ix.search(q, k=5)


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

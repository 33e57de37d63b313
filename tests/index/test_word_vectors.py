"""``word_vector``: the word-vector part of the default embedder, with a bounded cache."""

from __future__ import annotations

import numpy as np

from assistant.index import embeddings as E


def test_word_vector_is_the_word_part_and_cached() -> None:
    emb = E.default_embedder()
    word_part = emb.parts[0][0]
    v = emb.word_vector("企業")
    assert v.dtype == np.float32 and v.shape == (word_part.dim,)
    assert np.allclose(v, word_part.embed_documents(["企業"])[0])
    assert emb.word_vector("企業") is v  # cached
    near, far = emb.word_vector("会社"), emb.word_vector("降水量")
    assert float(v @ near) > float(v @ far)


def test_word_vector_of_a_plain_embedder_is_its_own_embedding() -> None:
    emb = E.CharNgramEmbedder(64)
    assert np.allclose(emb.word_vector("企業"), emb.embed_documents(["企業"])[0])


def test_bounded_cache_forgets_the_least_recently_used() -> None:
    cache = E.BoundedCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1  # a is now the most recent
    cache.put("c", 3)
    assert cache.get("b") is None and cache.get("a") == 1 and cache.get("c") == 3 and len(cache) == 2

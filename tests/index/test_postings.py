"""BM25 from the memory-mapped segments gives exactly the scores and order of ``bm25s``
(``LexicalIndex``) over the same live chunks, after additions and removals too."""

from __future__ import annotations

import random

import numpy as np

from assistant.config import load_settings
from assistant.index.lexical import LexicalIndex
from assistant.index.postings import PostingsIndex
from assistant.index.readstore import ReadStore
from assistant.index.segments import Segment, merge, segment_arrays, unit_rows, write_segment
from assistant.service import Kaizen


def _reference(snap) -> LexicalIndex:
    ref = LexicalIndex()
    ids = snap.lexical.ids
    ref.add_tokens(ids, [snap.chunks[i].tokens.split() for i in ids])
    return ref


def _questions(snap, n: int = 40) -> list[list[str]]:
    rng = random.Random(7)
    ids = snap.lexical.ids
    out = [["満足度", "下がる", "理由"], ["ＮＰＯ", "セミナー"], ["存在しない語"], ["満足度", "満足度"]]
    for _ in range(n):
        toks = snap.chunks[rng.choice(ids)].tokens.split()
        out.append(rng.sample(toks, min(len(toks), rng.randint(1, 6))))
    return out


def test_scores_equal_bm25s_to_the_bit_before_and_after_a_removal(copied_home):
    svc = Kaizen(load_settings(copied_home))
    for step in range(3):
        snap = svc.snapshot()
        ref = _reference(snap)
        for q in _questions(snap):
            for k in (3, 60):
                assert snap.lexical.search_tokens(q, k=k) == ref.search_tokens(q, k=k), q
            assert snap.lexical.doc_freq(q[0]) == len(ref.search_tokens([q[0]], k=len(ref)))
        allowed = snap.chunks.matching(fiscal_year=2023)
        q = ["満足度", "事業"]
        assert snap.lexical.search_tokens(q, 10, allowed) == ref.search_tokens(q, 10, set(allowed))
        assert "満足度" in snap.lexical.vocab and "存在しない語" not in snap.lexical.vocab
        if step == 0:  # the removed sheet's chunks stay in the segment, dead: scores follow the live ones
            svc.remove("05 03 02")
        if step == 1:  # laid out again from nothing (sheets re-parsed in place): new term ids, same scores
            assert svc.snapshot().refresh(relayout=True) is True


def test_segments_merge_away_dead_documents(tmp_path):
    read = ReadStore(tmp_path)
    docs = [(p, ["a", "b", "a"][: 1 + p % 3]) for p in range(1, 9)]
    tids = {"a": 1, "b": 2}
    vec = {p: unit_rows([[float(p), 1.0, 0.0]])[0] for p, _ in docs}  # each document's vector names it
    write_segment(tmp_path, "s1", *segment_arrays(docs[:5], tids), np.stack([vec[p] for p, _ in docs[:5]]))
    write_segment(tmp_path, "s2", *segment_arrays(docs[5:], tids), np.stack([vec[p] for p, _ in docs[5:]]))
    segs = [Segment(tmp_path, "s1"), Segment(tmp_path, "s2")]
    ndocs, _ = merge(tmp_path, segs, np.asarray([2, 7]), "s3")
    merged = Segment(tmp_path, "s3")
    assert ndocs == 6 and sorted(merged.docs.tolist()) == [1, 3, 4, 5, 6, 8]
    # The vectors stay with their documents (bit for bit) and leave with the dead ones.
    assert all(np.array_equal(merged.vec[i], vec[int(p)]) for i, p in enumerate(merged.docs))
    rows, tf = merged.postings(1)
    assert 2 not in rows.tolist() and 7 not in rows.tolist()
    index = PostingsIndex(read, lambda _: None)
    index.load([merged], [])
    assert len(index) == 6


def test_completions_are_live_longer_terms_most_used_first(copied_home):
    svc = Kaizen(load_settings(copied_home))
    lex = svc.snapshot().lexical
    assert lex.completions("インバ") == ["インバウンド"]
    assert lex.completions("") == [] and lex.completions("存在しない") == []
    got = lex.completions("セ", limit=50)
    assert got and all(t.startswith("セ") and t != "セ" for t in got)
    assert [lex.doc_freq(t) for t in got] == sorted((lex.doc_freq(t) for t in got), reverse=True)
    svc.remove("08 01 02")  # the inbound-tourism sheet: its words are no longer live
    assert svc.snapshot().lexical.completions("インバ") == []

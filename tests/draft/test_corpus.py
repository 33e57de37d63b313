"""Drafts over a generated corpus (sheets recombined from the bundled specs) indexed with the
samples: the done-when properties of issue 15 hold on every draft, most bullets say something
the sheet's own 9-2 does not, and where another indexed 事業 states the same cause, a
参考：他事業の方策 bullet cites that 事業."""

from __future__ import annotations

import pytest

from assistant.draft import draft
from assistant.draft.peers import peer_index

from ..conftest import sample_pdfs
from .properties import assert_draft_properties, restates_measure

N_SHEETS = 10


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.service import Kaizen
    from samples.corpus import generate_corpus

    tmp = tmp_path_factory.mktemp("draft-corpus")
    pdfs = generate_corpus(N_SHEETS, tmp / "pdf", seed=15)
    svc = Kaizen(load_settings(tmp / "home"))
    assert all(r.ok for r in svc.ingest(sample_pdfs() + pdfs, workers=1))
    generated = {svc_rec["sheet"]["jigyo_no"] for svc_rec in svc.snapshot().records.values()
                 if svc_rec["sheet"]["pdf"] in {p.name for p in pdfs}}
    drafts = []
    for no in sorted(generated):
        rec = svc.find_sheet(no)
        drafts.append((rec, draft(svc, no)))
    return svc, drafts


def test_corpus_drafts_have_the_properties(corpus):
    svc, drafts = corpus
    assert len(drafts) == N_SHEETS
    for rec, d in drafts:
        assert_draft_properties(svc, d, rec)


def test_most_bullets_are_not_this_years_measures_again(corpus):
    _, drafts = corpus
    bullets = [b for _, d in drafts for b in d.bullets]
    share = sum(not restates_measure(b) for b in bullets) / len(bullets)
    print(f"bullets not restating the sheet's own 9-2: {share:.0%} of {len(bullets)}")
    assert share >= 0.6


def test_same_cause_elsewhere_gives_a_cited_reference(corpus):
    svc, drafts = corpus
    peers = peer_index(svc)
    expected = 0
    for rec, d in drafts:
        no = rec["sheet"]["jigyo_no"]
        for b in d.bullets:
            if b.reference:
                others = {c["jigyo_no"] for c in b.citations} - {no}
                assert others, b.text
                assert any(c["section"] in ("9-2", "7") and c["jigyo_no"] in others for c in b.citations)
                assert any(c["section"] in ("8", "9-1") and c["jigyo_no"] in others for c in b.citations)
        for row in d.worksheet:
            if not row["key"].startswith("4:"):
                continue
            same = [pc for pc in peers.causes if pc.cause == row["cause"] and pc.jigyo_no != no]
            own = rec["sheet"]["s9_measures"]
            if same and any(all(pc.measure not in m for m in own) for pc in same):
                expected += 1
                assert row["peers"], row  # the same cause in another 事業 is found
    refs = sum(b.reference for _, d in drafts for b in d.bullets)
    assert expected >= 1 and refs >= expected // 2  # the corpus reuses sample causes

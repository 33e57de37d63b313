"""Shared check for drafting tests: every citation of a draft points into its sheet's chunk."""

from __future__ import annotations

from assistant.draft import CITATION_KEYS


def _chunk_for(snap, c):
    """The indexed chunk a citation points at (same sheet version, section, indicator)."""
    for ch in snap.chunks.values():
        m = ch.meta
        if (m["jigyo_no"] == c["jigyo_no"] and m["fiscal_year"] == c["fiscal_year"] and m["section"] == c["section"]
                and (int(m.get("indicator") or 0) or None) == c["indicator"] and m["file"] == c["file"]
                and c["quote"] in ch.quote):
            return ch
    return None


def assert_citations_valid(svc, d):
    snap = svc.snapshot()
    for b in d.bullets:
        assert b.citations, b.text
        for c in b.citations:
            assert set(CITATION_KEYS) <= set(c), c
            ch = _chunk_for(snap, c)
            assert ch is not None, f"citation not in its sheet's chunk: {c}"
            assert c["page"] == ch.meta["page"] and c["bbox"] == ch.meta["bbox"]
            assert c["section_title"] == ch.meta["section_title"]
            if c["section"] in ("4", "8"):
                assert c["indicator"] == ch.meta["indicator"] and c["indicator_name"] == ch.meta["indicator_name"]
            else:
                assert c["indicator"] is None

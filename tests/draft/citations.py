"""Shared check for drafting tests: every citation of a draft names the sheet it quotes, and its
quote is in that sheet's chunk and on the page it gives (a 参考 quote from another 事業 is cited
to that 事業, not to the sheet being drafted)."""

from __future__ import annotations

from functools import lru_cache

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


@lru_cache(maxsize=256)
def page_texts(pdf: str) -> tuple[str, ...]:
    """The text of each page of a PDF, whitespace removed (NFKC), as pdfplumber reads it."""
    import pdfplumber

    from ingest.pages import squash

    with pdfplumber.open(pdf) as doc:
        return tuple(squash(p.extract_text() or "") for p in doc.pages)


def _subsequence(a: str, b: str) -> bool:
    it = iter(b)
    return all(ch in it for ch in a)


def on_page(svc, c) -> bool:
    """The quote is on the cited page of the cited sheet's PDF. Section 4's quote is composed from
    the table row, whose cells the page text interleaves: there the indicator's name must be on the
    page, in order."""
    from ingest.pages import squash

    rec = svc.find_sheet(c["jigyo_no"], c["fiscal_year"])
    assert rec is not None and rec["sheet"]["jigyo_name"] == c["jigyo_name"], c
    pdf = svc.pdf_path(rec)
    assert pdf is not None, c
    pages = page_texts(str(pdf))
    if not 0 < c["page"] <= len(pages):
        return False
    text = pages[c["page"] - 1]
    if c["section"] == "4":
        return _subsequence(squash(c["indicator_name"]), text)
    if c["section"].startswith("detail"):  # table cells, read row by row across the columns
        return _subsequence(squash(c["quote"].split("／")[0].split("：")[-1]), text)
    return squash(c["quote"]) in text


def assert_citations_valid(svc, d):
    snap = svc.snapshot()
    for b in d.bullets:
        assert b.citations, b.text
        for c in b.citations:
            assert set(CITATION_KEYS) <= set(c), c
            ch = _chunk_for(snap, c)
            assert ch is not None, f"citation not in its sheet's chunk: {c}"
            pages = [int(p) for p in str(ch.meta.get("line_pages") or ch.meta["page"]).split(",")]
            assert c["page"] in pages, c
            if c["page"] == ch.meta["page"]:
                assert c["bbox"] == ch.meta["bbox"]
            assert on_page(svc, c), f"quote not on the cited page {c['page']} of {c['jigyo_no']}: {c['quote']}"
            assert c["section_title"] == ch.meta["section_title"]
            if c["section"] in ("4", "8"):
                assert c["indicator"] == ch.meta["indicator"] and c["indicator_name"] == ch.meta["indicator_name"]
            else:
                assert c["indicator"] is None

"""Numbered citations of a draft, built from the indexed chunks of the cited sheet versions
(so page, bbox and quote are real), in the ``kaizen ask --json`` shape."""

from __future__ import annotations

from typing import Any

from ingest.form import CITATION_KEYS, INDICATOR_SECTIONS, SEC_DETAIL


class Sources:
    """Chunks of the cited sheet versions; numbers each (chunk, quote) once per draft."""

    def __init__(self, snap) -> None:
        self.snap = snap
        self.by_key: dict[tuple[str, str, int], Any] = {}
        self.numbers: dict[tuple[str, str], int] = {}
        self.cites: list[dict] = []

    def load(self, version: str) -> None:
        for cid in self.snap.by_version.get(version, []):
            c = self.snap.chunks.get(cid)
            if c is None:
                continue
            m = c.meta
            key = (version, m["section"], int(m.get("indicator") or 0))
            if m["section"] == SEC_DETAIL:
                key = (version, f"{SEC_DETAIL}:{m.get('detail_no', 0)}", 0)
            self.by_key[key] = c

    def chunk(self, version: str, section: str, indicator: int = 0):
        return self.by_key.get((version, section, indicator))

    def cite(self, version: str, section: str, indicator: int = 0, quote: str | None = None) -> dict | None:
        c = self.chunk(version, section, indicator)
        if c is None:
            return None
        q = (quote or "").strip()
        if not q or q not in c.quote:
            q = c.quote
        key = (c.id, q)
        if key not in self.numbers:
            m = c.meta
            page, bbox = quote_page(m, c.quote, q)
            ind = int(m.get("indicator") or 0)
            self.numbers[key] = len(self.cites) + 1
            self.cites.append({
                "n": self.numbers[key],
                "jigyo_no": m.get("jigyo_no", ""),
                "jigyo_name": m.get("jigyo_name", ""),
                "fiscal_year": m.get("fiscal_year"),
                "section": m["section"],
                "section_title": m.get("section_title", ""),
                "indicator": ind if (ind and m["section"] in INDICATOR_SECTIONS) else None,
                "indicator_name": m.get("indicator_name", "") if ind else "",
                "page": page,
                "bbox": bbox,
                "file": m.get("file", ""),
                "quote": q,
                "chunk_id": c.id,
            })
        return self.cites[self.numbers[key] - 1]


def quote_page(meta: dict, body: str, quote: str) -> tuple[int, str]:
    """(page, bbox) of the quote: the chunk's, or, for a section that runs onto the next page
    (``line_pages``, one page per line of the body), the page of the line the quote starts in and
    the section's box on that page."""
    pages = str(meta.get("line_pages") or "").split(",")
    at = body.find(quote)
    k = body.count("\n", 0, at) if at >= 0 else -1
    if not meta.get("line_pages") or not 0 <= k < len(pages) or int(pages[k]) == meta.get("page"):
        return meta.get("page"), meta.get("bbox", "")
    boxes = dict(x.split(":", 1) for x in str(meta.get("page_bboxes") or "").split(";") if ":" in x)
    return int(pages[k]), boxes.get(pages[k], "")


def public(c: dict) -> dict:
    return {k: c.get(k) for k in CITATION_KEYS}


def add(bullet_cites: list[dict], c: dict | None) -> None:
    if c is not None and all(x["n"] != c["n"] for x in bullet_cites):
        bullet_cites.append(c)

"""The ToUnicode CMaps of the sample PDFs, written within the CMap format's limits.

ReportLab (5.1 and earlier) writes each 256-glyph subset of a TrueType font with a ToUnicode
CMap whose ``beginbfchar`` block holds every code of the subset, up to 256 entries. The CMap
format allows at most 100 entries per block (Adobe Technical Note #5014, "CIDFont and CMap
file specification": larger sets are split into several blocks of 100 or fewer). Most readers
accept the larger block; Ghostscript's PDF interpreter (the default from 9.56 on; 10.00 in
Debian 12) drops such a CMap as a whole, so a PDF re-distilled by ``gs -sDEVICE=pdfwrite``
keeps the glyphs but loses their text (poppler and pdfplumber then read Latin-1 garbage).
Measured on a bundled sample: blocks of 100 keep the text through gs, blocks of 101 lose it.

``conforming_tounicode`` makes ReportLab write the same mapping in blocks of at most 100,
while a canvas is saved (ReportLab calls the module-level ``makeToUnicodeCMap`` from
``TTFont.addObjects`` then; there is no option for it).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from reportlab.pdfbase import ttfonts

MAX_BFCHAR = 100  # entries per beginbfchar block (CMap format limit)

_LOCK = threading.Lock()
_BFCHAR = re.compile(r"(\d+) beginbfchar\n(.*?)\nendbfchar", re.S)


def split_bfchar(cmap: str, limit: int = MAX_BFCHAR) -> str:
    """``cmap`` with every ``beginbfchar`` block of more than ``limit`` entries split into
    consecutive blocks of at most ``limit``; the mapping and everything else are unchanged."""

    def split(m: re.Match) -> str:
        entries = m.group(2).split("\n")
        if int(m.group(1)) != len(entries):
            raise ValueError("a beginbfchar block whose count does not match its entries")
        return "\n".join(f"{len(part)} beginbfchar\n" + "\n".join(part) + "\nendbfchar"
                         for part in (entries[i:i + limit] for i in range(0, len(entries), limit)))

    return _BFCHAR.sub(split, cmap)


@contextmanager
def conforming_tounicode() -> Iterator[None]:
    """While active, ReportLab writes ToUnicode CMaps with blocks of at most 100 entries."""
    with _LOCK:
        original = ttfonts.makeToUnicodeCMap

        def make(fontname, subset):
            return split_bfchar(original(fontname, subset))

        ttfonts.makeToUnicodeCMap = make
        try:
            yield
        finally:
            ttfonts.makeToUnicodeCMap = original

"""The sample PDFs' ToUnicode CMaps keep to the CMap format's 100 entries per block, which
Ghostscript's PDF interpreter needs to keep their text (tests/ingest/test_variants.py runs gs)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from samples.fonts import MAX_BFCHAR, split_bfchar

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = sorted((ROOT / "samples").glob("*.pdf"))

REPORTLAB_STYLE = "\n".join([
    "/CMapName /AAAAAA+IPAexGothic def", "1 begincodespacerange", "<00> <FF>", "endcodespacerange",
    "256 beginbfchar", *[f"<{i:02X}> <{0x4E00 + i:04X}>" for i in range(256)], "endbfchar", "endcmap",
])


def _mapping(cmap: str) -> dict[str, str]:
    return dict(re.findall(r"<([0-9A-F]{2})> <([0-9A-F]{4})>", cmap))


def _blocks(cmap: str) -> list[int]:
    return [int(n) for n in re.findall(r"(\d+) beginbfchar", cmap)]


def test_split_keeps_the_mapping_in_blocks_of_at_most_100():
    got = split_bfchar(REPORTLAB_STYLE)
    assert _blocks(got) == [100, 100, 56]
    assert _mapping(got) == _mapping(REPORTLAB_STYLE) and len(_mapping(got)) == 256
    assert got.count("endbfchar") == 3
    # the rest of the CMap is untouched, and a conforming CMap is left as it is
    assert got.startswith("/CMapName /AAAAAA+IPAexGothic def\n1 begincodespacerange") and got.endswith("endcmap")
    assert split_bfchar(got) == got
    small = REPORTLAB_STYLE.replace("256 beginbfchar", "7 beginbfchar")
    small = "\n".join(ln for ln in small.split("\n") if not re.match(r"<(0[7-9A-F]|[1-F][0-9A-F])> ", ln))
    assert split_bfchar(small) == small


def test_a_block_whose_count_is_wrong_is_refused():
    with pytest.raises(ValueError):
        split_bfchar(REPORTLAB_STYLE.replace("256 beginbfchar", "255 beginbfchar"))


@pytest.mark.parametrize("pdf", BUNDLED, ids=[p.stem for p in BUNDLED])
def test_bundled_pdfs_keep_their_tounicode_blocks_within_the_limit(pdf):
    cmaps = []
    for page in PdfReader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if "/ToUnicode" in font:
                cmaps.append(font["/ToUnicode"].get_object().get_data().decode("latin-1"))
    assert cmaps
    blocks = [n for c in cmaps for n in _blocks(c)]
    assert blocks and max(blocks) <= MAX_BFCHAR, (pdf.name, max(blocks))

"""Chunking: one chunk per section (per indicator for 4 and 8, per 細事業), with the metadata citations need."""

from __future__ import annotations

from ingest.chunks import make_chunks
from ingest.parser import parse_pdf

from ..conftest import REFERENCE_PDF


def test_chunks_one_per_section_with_metadata():
    parsed = parse_pdf(REFERENCE_PDF)
    chunks = make_chunks(parsed, REFERENCE_PDF.name)
    sections = [(c.metadata["section"], c.metadata["indicator"]) for c in chunks]
    assert sections == [
        ("1", 0), ("2", 0), ("3", 0), ("4", 1), ("4", 2), ("4", 3), ("5", 0), ("6", 0), ("7", 0),
        ("8", 1), ("8", 2), ("8", 3), ("9-1", 0), ("9-2", 0), ("detail", 0),
    ]
    required = {"jigyo_no", "jigyo_name", "bukyoku", "ka", "fiscal_year", "year_label", "section", "section_title",
                "indicator", "indicator_name", "status", "page", "bbox", "file", "sha256", "parser_version"}
    for c in chunks:
        assert required <= set(c.metadata)
        assert all(v is not None and not isinstance(v, (dict, list)) for v in c.metadata.values())
        assert c.text.startswith("【協働・共創推進事業費（事業番号 02 05 02）令和６年度実施事業分】")
        assert c.metadata["fiscal_year"] == 2024
        assert c.metadata["page"] in (1, 2, 3)
        assert len(c.metadata["bbox"].split(",")) == 4
    npo = next(c for c in chunks if c.metadata["section"] == "4" and c.metadata["indicator"] == 3)
    assert "R4 96％ → R5 97％（↗） → R6 84％（↘）（目標95％、未達成）" in npo.text
    assert npo.metadata["r6"] == 84.0 and npo.metadata["r6_target"] == 95.0
    assert npo.metadata["status"] == "未達成" and npo.metadata["page"] == 1
    why = next(c for c in chunks if c.metadata["section"] == "8" and c.metadata["indicator"] == 3)
    assert "法令に係る難解な内容" in why.quote and why.metadata["page"] == 2

"""The draft as Markdown and Word (.docx)."""

from __future__ import annotations

from assistant.draft import draft, to_markdown, write_docx, write_markdown

REF = "02 05 02"


def test_docx_and_markdown_outputs(service, tmp_path):
    from docx import Document
    from docx.oxml.ns import qn

    d = draft(service, REF)
    path = write_docx(d, tmp_path / "draft.docx")
    doc = Document(str(path))
    text = "\n".join(p.text for p in doc.paragraphs)
    for b in d.bullets:
        assert b.text in text
        assert b.rationale in text
    ws, table = doc.tables[0], doc.tables[-1]
    assert len(ws.rows) == len(d.worksheet) + 1 and ws.rows[0].cells[1].text == "要因"
    assert d.worksheet[0]["cause"] in ws.rows[1].cells[1].text
    assert len(table.rows) == len(d.sources()) + 1
    cells = [c.text for row in table.rows[1:] for c in row.cells]
    assert d.sources()[0]["quote"] in cells
    rfonts = doc.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert rfonts.get(qn("w:eastAsia")) == "IPAexGothic"

    md = write_markdown(d, tmp_path / "draft.md").read_text(encoding="utf-8")
    assert md == to_markdown(d)
    assert "## 出典" in md and d.note in md and "## 作業表" in md
    assert d.worksheet[0]["cause"] in md
    for b in d.bullets:
        assert b.text in md
    assert "| 1 | 02 05 02 協働・共創推進事業費 | R6 | 4 成果指標 | 共創セッションへの企業数 | 1 |" in md


def test_sources_of_other_sheets_name_their_sheet(service, tmp_path):
    """A 参考：他事業の方策 quotes another 事業: its source row names that 事業 (番号・名称) and
    year, in Markdown and in Word, so it cannot read as the drafted sheet's own text and page."""
    from docx import Document

    others = 0
    for info in service.sheets():
        d = draft(service, info.jigyo_no, info.fiscal_year)
        md_rows = {ln.split(" | ")[0]: ln for ln in to_markdown(d).splitlines() if ln.startswith("| ")}
        table = Document(str(write_docx(d, tmp_path / "d.docx"))).tables[-1]
        docx_rows = {row.cells[0].text: [c.text for c in row.cells] for row in table.rows[1:]}
        for c in d.sources():
            name = f"{c['jigyo_no']} {c['jigyo_name']}"
            assert name in md_rows[f"| {c['n']}"], (name, md_rows[f"| {c['n']}"])
            assert docx_rows[str(c["n"])][1] == name
            others += c["jigyo_no"] != d.jigyo_no
    assert others >= 2  # the samples have 参考 bullets quoting other 事業

"""The draft as Markdown and as a Word document (.docx, Japanese font set explicitly)."""

from __future__ import annotations

from pathlib import Path

from .model import Draft
from .phrases import _reiwa, _section_label

JP_FONT = "IPAexGothic"


WORKSHEET_TITLE = "作業表（指標・課題ごとに：要因 → 今年度の取組 → 結果 → 方策の案）"
WORKSHEET_COLUMNS = ("項目", "要因", "今年度の取組", "結果", "方策の案", "種別")


def worksheet_cells(row: dict) -> tuple[str, ...]:
    """One worksheet row as the six cells shown in the UI and written to Markdown and Word (the
    cells as edited in the UI, when it holds them)."""
    if row.get("cells"):
        return tuple(str(c) for c in row["cells"])
    cause = row.get("cause", "")
    if row.get("cause_n"):
        cause += f" [{row['cause_n']}]"
    measure = row.get("measure", "")
    if row.get("measure_n"):
        measure += " " + "".join(f"[{n}]" for n in row["measure_n"])
    result = row.get("result", "")
    if row.get("previous"):
        result += "／前年度の方策：" + "、".join(row["previous"])
    return (row.get("topic", ""), cause, measure, result, row.get("proposal", ""), row.get("kind", ""))


SOURCE_COLUMNS = ("#", "事業", "年度", "項目", "指標", "ページ", "記載内容")


def source_cells(c: dict) -> tuple[str, ...]:
    """One source as table cells. Each names its own sheet (事業番号・事業名・年度), since a
    参考：他事業の方策 quotes another 事業 beside the drafted one; the page is the quote's own."""
    return (str(c["n"]), f"{c.get('jigyo_no', '')} {c.get('jigyo_name', '')}".strip(), _reiwa(c["fiscal_year"] or 0),
            _section_label(c), c.get("indicator_name") or "―", str(c["page"]), c["quote"])


def _label(b) -> str:
    return getattr(b, "label", b.kind)


def to_markdown(d: Draft) -> str:
    year = d.year_label or (f"{d.fiscal_year}年度" if d.fiscal_year else "")
    lines = [f"# 事業改善の方策（下書き）：{d.jigyo_name}（事業番号 {d.jigyo_no}）", "",
             f"対象シート：{year}", "", d.note, "", "## ９(2) 事業改善の方策（案）", ""]
    for b in d.bullets:
        marks = "".join(f"[{c['n']}]" for c in b.citations)
        lines.append(f"{b.text} {marks}".rstrip())
        lines.append(f"    - 理由（{_label(b)}）：{b.rationale}")
    if d.worksheet:
        lines += ["", f"## {WORKSHEET_TITLE}", "", "| " + " | ".join(WORKSHEET_COLUMNS) + " |",
                  "|" + "---|" * len(WORKSHEET_COLUMNS)]
        for row in d.worksheet:
            cells = [c.replace("\n", "<br>").replace("|", "｜") for c in worksheet_cells(row)]
            lines.append("| " + " | ".join(cells) + " |")
    lines += ["", "## 出典", "", "| " + " | ".join(SOURCE_COLUMNS) + " |", "|" + "---|" * len(SOURCE_COLUMNS)]
    for c in d.sources():
        cells = [x.replace("\n", " ").replace("|", "｜") for x in source_cells(c)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def write_markdown(d: Draft, path: str | Path) -> Path:
    path = Path(path)
    path.write_text(to_markdown(d), encoding="utf-8")
    return path


def _set_font(run_or_style, name: str = JP_FONT) -> None:
    from docx.oxml.ns import qn

    font = run_or_style.font
    font.name = name
    el = run_or_style.element if hasattr(run_or_style, "element") else run_or_style._element
    rpr = el.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)  # a theme font would win over the named one


def write_docx(d: Draft, path: str | Path) -> Path:
    """A Word file: the note, the bullets with their reasons, then the sources as a table."""
    from docx import Document
    from docx.shared import Pt

    path = Path(path)
    doc = Document()
    for style_name in ("Normal", "Title", "Heading 1", "Heading 2", "Table Grid"):
        try:
            _set_font(doc.styles[style_name])
        except KeyError:
            pass
    doc.styles["Normal"].font.size = Pt(10.5)
    year = d.year_label or (f"{d.fiscal_year}年度" if d.fiscal_year else "")
    doc.add_heading("事業改善の方策（下書き）", level=1)
    doc.add_paragraph(f"{d.jigyo_name}（事業番号 {d.jigyo_no}）　対象シート：{year}")
    doc.add_paragraph(d.note)
    doc.add_heading("９(2) 事業改善の方策（案）", level=2)
    for b in d.bullets:
        marks = "".join(f"[{c['n']}]" for c in b.citations)
        p = doc.add_paragraph()
        p.add_run(b.text)
        r = p.add_run(f" {marks}")
        r.font.size = Pt(8)
        reason = doc.add_paragraph()
        rr = reason.add_run(f"　理由（{_label(b)}）：{b.rationale}")
        rr.font.size = Pt(9)
    if d.worksheet:
        doc.add_heading(WORKSHEET_TITLE, level=2)
        _table(doc, WORKSHEET_COLUMNS, [worksheet_cells(r) for r in d.worksheet])
    doc.add_heading("出典", level=2)
    _table(doc, SOURCE_COLUMNS, [source_cells(c) for c in d.sources()])
    doc.save(str(path))
    return path


def _table(doc, titles, rows) -> None:
    from docx.shared import Pt

    table = doc.add_table(rows=1, cols=len(titles))
    table.style = doc.styles["Table Grid"]
    for cell, title in zip(table.rows[0].cells, titles):
        cell.text = title
    for values in rows:
        for cell, value in zip(table.add_row().cells, values):
            cell.text = value
    for row in table.rows:
        for cell in row.cells:
            for para in cell.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(8)

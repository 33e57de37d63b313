"""Parse a 事業改善シート PDF into ``Sheet`` (SHEET_SCHEMA.md), from the page layout.

Pages 1-2 (portrait) hold sections 1-9, located by their numbered headings; a
section that overflows continues on the next page below the page header. The
landscape page(s) hold the 細事業一覧 table. Tables are read cell by cell from
pdfplumber's ruled-line table finder; free-text sections from the chars inside
the section's area (see ``ingest.layout``).

A sheet that parses only partly still yields a ``Sheet`` with ``warnings``;
input that cannot be a sheet raises ``IngestError``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import IngestError
from .form import (
    SEC_ANALYSIS,
    SEC_INDICATORS,
    SEC_ISSUES,
    SEC_MEASURES,
    SECTION_TITLES,
    Bullet,
    Sheet,
    fiscal_year_of,
    nfkc,
)
from .layout import (
    BULLET_RE,
    CIRCLED,
    BBox,
    Line,
    block_texts,
    join_lines,
    lines_in,
    split_items,
    union,
)
from .pages import (  # noqa: F401
    Area,
    Page,
    load_pages,
    open_pdf,
    squash,
    table_cells_text,
    with_blanks,
)
from .tables import TableSections

# 1.1: rotated pages (/Rotate) snapped straight; 1.2: citation boxes in the displayed page (the
# CropBox) when the MediaBox is larger; 1.3: the page of each item of a section that runs onto the
# next page (a quote from 9-2 on page 3 is cited to page 3). A sheet parsed by an older version is re-ingested.
PARSER_VERSION = "1.3"

_HEADING_RE = re.compile(r"^([1-9])[\s\u3000]*(.+)$")
_YEAR_LABEL_RE = re.compile(r"(?:事業改善シート|細事業一覧)\s*[（(]([^）)]*年度[^）)]*)[）)]")


def version_id(sha256: str) -> str:
    """A sheet version: the file's content and the parser that read it. A parser
    upgrade therefore re-ingests unchanged files as new versions."""
    return f"{sha256[:16]}-p{PARSER_VERSION}"


@dataclass
class ParsedSheet:
    sheet: Sheet
    warnings: list[str] = field(default_factory=list)
    pages: int = 0
    sha256: str = ""
    # where each citable part lies: key -> (page, bbox); keys "1", "4:2", "9-1", "detail:1", ...
    locations: dict[str, tuple[int, BBox]] = field(default_factory=dict)
    # the page of each item (line) of a list section, in the order of its text: a section that
    # runs onto the next page has items on both ("7", "9-1", "9-2", ...)
    item_pages: dict[str, list[int]] = field(default_factory=dict)
    # the part of such a section on each page: key -> {page: bbox}
    page_boxes: dict[str, dict[int, BBox]] = field(default_factory=dict)

    @property
    def fiscal_year(self) -> int | None:
        return fiscal_year_of(self.sheet.year_label)

    @property
    def version(self) -> str:
        return version_id(self.sha256)


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class _Parser(TableSections):
    def __init__(self, pages: list[Page], name: str) -> None:
        self.pages = pages
        self.warnings: list[str] = []
        self.locations: dict[str, tuple[int, BBox]] = {}
        self.item_pages: dict[str, list[int]] = {}
        self.page_boxes: dict[str, dict[int, BBox]] = {}
        self.sheet = Sheet(pdf=name)

    def warn(self, msg: str) -> None:
        self.warnings.append(msg)

    def place_items(self, key: str, boxes: list[tuple[int, BBox]]) -> None:
        """The page of each item of a list section and the section's box on each of its pages."""
        self.item_pages[key] = [p for p, _ in boxes]
        self.page_boxes[key] = {p: tuple(round(v, 1) for v in union([b for q, b in boxes if q == p]))
                                for p in sorted({p for p, _ in boxes})}

    def locate(self, key: str, page: int, bbox: BBox | None) -> None:
        if bbox is not None and key not in self.locations:
            self.locations[key] = (page, tuple(round(v, 1) for v in bbox))

    # ----------------------------------------------------------------- header
    def parse_header(self) -> None:
        s = self.sheet
        for page in self.pages:
            header_tables = []
            for t in page.tables:
                rows = table_cells_text(page, t)
                flat = [squash(c) for r in rows for c in r if c]
                if any(x in ("事業番号", "事業名", "実施期間", "E-mail") for x in flat):
                    header_tables.append(t)
                    self._header_fields(rows)
            if header_tables:
                page.header_bottom = max(t.bbox[3] for t in header_tables)
            for ln in page.lines[:6]:
                m = _YEAR_LABEL_RE.search(ln.text)
                if m and not s.year_label:
                    s.year_label = m.group(1)
                if not s.checks and ("□" in ln.text or "■" in ln.text):
                    chars = with_blanks(page, ln)
                    start = next(i for i, c in enumerate(chars) if c["text"] in "□■")
                    s.checks = "".join(c["text"] for c in chars[start:]).strip()
                if not s.jigyo_no:
                    m2 = re.search(r"事業番号\s*(\d{2})\s*(\d{2})\s*(\d{2})", nfkc(ln.text))
                    if m2:
                        s.jigyo_no = " ".join(m2.groups())
            if not page.header_bottom:
                title = next((ln for ln in page.lines[:6] if _YEAR_LABEL_RE.search(ln.text)), None)
                page.header_bottom = title.bottom if title else 0.0
        for name in ("jigyo_no", "year_label", "jigyo_name"):
            if not getattr(s, name):
                self.warn(f"ヘッダーの{_FIELD_JA[name]}が読み取れませんでした。")

    def _header_fields(self, rows: list[list[str | None]]) -> None:
        s = self.sheet
        for row in rows:
            cells = [c for c in row if c is not None]
            keys = [squash(c) for c in cells]
            if keys and keys[0] == "事業番号" and not s.jigyo_no:
                digits = [nfkc(c).strip() for c in cells[1:4]]
                if all(re.fullmatch(r"\d{2}", d) for d in digits) and len(digits) == 3:
                    s.jigyo_no = " ".join(digits)
            for i, k in enumerate(keys[:-1]):
                value = cells[i + 1].strip()
                if k == "事業名" and not s.jigyo_name:
                    s.jigyo_name = value
                elif k == "部局" and not s.bukyoku:
                    s.bukyoku = value
                elif k in ("課・室", "課室") and not s.ka:
                    s.ka = value
                elif k == "実施期間" and not s.period:
                    s.period = value
                elif k.lower() == "e-mail" and not s.email:
                    s.email = value

    # --------------------------------------------------------------- sections
    def find_headings(self) -> list[tuple[str, int, Line]]:
        found: list[tuple[str, int, Line]] = []
        seen = set()
        for page in self.pages:
            if page.landscape:
                continue
            for ln in page.lines:
                if ln.top < page.header_bottom - 1:
                    continue
                m = _HEADING_RE.match(nfkc(ln.text))
                if not m:
                    continue
                no, rest = m.group(1), squash(m.group(2))
                title = squash(SECTION_TITLES[no])
                if no not in seen and rest.startswith(title[: min(len(title), 4)]):
                    found.append((no, page.no, ln))
                    seen.add(no)
        return found

    def section_areas(self, headings: list[tuple[str, int, Line]]) -> dict[str, list[Area]]:
        areas: dict[str, list[Area]] = {}
        portrait = [p for p in self.pages if not p.landscape]
        for idx, (no, page_no, ln) in enumerate(headings):
            nxt = headings[idx + 1] if idx + 1 < len(headings) else None
            end_page = nxt[1] if nxt else max((p.no for p in portrait), default=page_no)
            parts = []
            for p in portrait:
                if p.no < page_no or p.no > end_page:
                    continue
                top = ln.bottom + 0.5 if p.no == page_no else p.header_bottom + 0.5
                bottom = nxt[2].top - 0.5 if (nxt and p.no == nxt[1]) else p.height
                if bottom > top:
                    parts.append(Area(p.no, (0.0, top, p.width, bottom)))
            areas[no] = parts
        return areas

    def page(self, no: int) -> Page:
        return self.pages[no - 1]

    def area_lines(self, areas: list[Area]) -> list[tuple[Area, list[Line]]]:
        return [(a, lines_in(self.page(a.page).chars, a.bbox)) for a in areas]

    def area_tables(self, areas: list[Area]) -> list[tuple[Page, object]]:
        out = []
        for a in areas:
            page = self.page(a.page)
            for t in page.tables:
                x0, top, x1, bottom = t.bbox
                if top >= a.bbox[1] - 2 and bottom <= a.bbox[3] + 2:
                    out.append((page, t))
        return out

    def text_items(self, areas: list[Area]) -> tuple[list[str], list[tuple[int, BBox]]]:
        texts, boxes = [], []
        for a, lines in self.area_lines(areas):
            if not lines:
                continue
            right = self._right_edge(a.page, max(lines, key=lambda ln: ln.x1))
            for n, group in enumerate(split_items(lines, right)):
                text = join_lines(group, right)
                if n == 0 and texts and not BULLET_RE.match(text):
                    texts[-1] += text  # an item cut by the page break
                    continue
                texts.append(text)
                boxes.append((a.page, union([ln.bbox for ln in group])))
        return texts, boxes

    def parse_list(self, key: str, areas: list[Area]) -> list[str]:
        texts, boxes = self.text_items(areas)
        if boxes:
            self.locate(key, boxes[0][0], union([b for p, b in boxes if p == boxes[0][0]]))
        self.place_items(key, boxes)
        return texts

    def parse_headed(self, key: str, areas: list[Area]) -> list[Bullet]:
        texts, boxes = self.text_items(areas)
        groups: list[Bullet] = []
        for t in texts:
            if t[:1] in CIRCLED or not groups:
                if t[:1] in CIRCLED:
                    groups.append(Bullet(head=t, items=[]))
                    continue
                groups.append(Bullet(head="", items=[]))
            groups[-1].items.append(t)
        if boxes:
            self.locate(key, boxes[0][0], union([b for p, b in boxes if p == boxes[0][0]]))
        self.place_items(key, boxes)  # heads and items, in text order
        return groups

    # section 9
    def parse_direction(self, areas: list[Area]) -> None:
        """(1) 課題 and (2) 事業改善の方策, by their labels, across page breaks."""
        target = None
        buckets: dict[str, list[tuple[int, Line]]] = {SEC_ISSUES: [], SEC_MEASURES: []}
        rights: dict[str, float] = {}
        for a, lines in self.area_lines(areas):
            for ln in lines:
                label = squash(ln.text)
                if label.startswith("(1)"):
                    target = SEC_ISSUES
                    continue
                if label.startswith("(2)"):
                    target = SEC_MEASURES
                    continue
                if target:
                    buckets[target].append((a.page, ln))
                    rights[target] = self._right_edge(a.page, ln)
        for key in (SEC_ISSUES, SEC_MEASURES):
            got = buckets[key]
            items: list[str] = []
            boxes: list[tuple[int, BBox]] = []
            for page_no in sorted({p for p, _ in got}):
                lines = [ln for p, ln in got if p == page_no]
                right = self._right_edge(page_no, lines[0])
                texts = block_texts(lines, right)
                # an item cut by the page break continues on the next page
                if items and texts and not BULLET_RE.match(texts[0]):
                    items[-1] += texts.pop(0)
                items += texts
                boxes += [(page_no, union([ln.bbox for ln in lines]))] * len(texts)
            self.place_items(key, boxes)
            if got:
                first = got[0][0]
                self.locate(key, first, union([ln.bbox for p, ln in got if p == first]))
            if key == SEC_ISSUES:
                self.sheet.s9_issues = items
            else:
                self.sheet.s9_measures = items
        if not self.sheet.s9_issues:
            self.warn("今後の事業の方向性（９）の課題が読み取れませんでした。")
        if not self.sheet.s9_measures:
            self.warn("今後の事業の方向性（９）の事業改善の方策が読み取れませんでした。")

    def _right_edge(self, page_no: int, ln: Line) -> float:
        """The right border of the box around ``ln``: the nearest vertical rule to its right."""
        page = self.page(page_no)
        cands = [x for x in page.v_edges if x >= ln.x1 - 1]
        return min(cands) if cands else page.edges_right

    # ------------------------------------------------------------------ main
    def run(self) -> None:
        self.parse_header()
        headings = self.find_headings()
        areas = self.section_areas(headings)
        missing = [no for no in SECTION_TITLES if no.isdigit() and no not in areas]
        for no in missing:
            self.warn(f"{no}　{SECTION_TITLES[no]}の見出しが見つかりませんでした。")
        s = self.sheet
        s.s1 = self.parse_list("1", areas.get("1", []))
        s.s2 = self.parse_list("2", areas.get("2", []))
        s.s3 = self.parse_headed("3", areas.get("3", []))
        self.parse_indicators(areas.get(SEC_INDICATORS, []))
        self.parse_plan(areas.get("5", []))
        self.parse_cost(areas.get("6", []))
        s.s7 = self.parse_headed("7", areas.get("7", []))
        self.parse_analysis(areas.get(SEC_ANALYSIS, []))
        self.parse_direction(areas.get("9", []))
        self.parse_detail()
        for key, val in (("1", s.s1), ("2", s.s2), ("3", s.s3), ("7", s.s7)):
            if not val and key in areas:
                self.warn(f"{key}　{SECTION_TITLES[key]}の本文が空です。")


_FIELD_JA = {"jigyo_no": "事業番号", "year_label": "年度", "jigyo_name": "事業名"}


def parse_pdf(path: str | Path, max_pages: int = 20) -> ParsedSheet:
    """Parse one sheet PDF. Raises ``IngestError`` for input that is not a usable sheet."""
    path = Path(path)
    pdf = open_pdf(path, max_pages)
    try:
        pages = load_pages(pdf)
    finally:
        pdf.close()
    if not any(p.chars for p in pages):
        raise IngestError("scanned")
    text_head = "".join(ln.text for p in pages[:2] for ln in p.lines[:8])
    parser = _Parser(pages, path.name)
    parser.run()
    s = parser.sheet
    has_sheet_title = "事業改善シート" in text_head or "細事業一覧" in text_head
    if not (has_sheet_title and s.jigyo_no) and len(parser.find_headings()) < 3:
        raise IngestError("not_sheet")
    return ParsedSheet(
        sheet=s,
        warnings=parser.warnings,
        pages=len(pages),
        sha256=file_sha256(path),
        locations=parser.locations,
        item_pages=parser.item_pages,
        page_boxes=parser.page_boxes,
    )

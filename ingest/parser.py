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

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

from .errors import IngestError
from .form import (SEC_ANALYSIS, SEC_INDICATORS, SEC_ISSUES, SEC_MEASURES, SECTION_TITLES, Bullet, CostRow, DetailItem,
                   DetailRow, Indicator, PlanRow, Sheet, YearValue, fiscal_year_of, nfkc)
from .layout import BULLET_RE, CIRCLED, BBox, Line, block_texts, build_lines, cell_text, lines_in, split_items, join_lines, union

PARSER_VERSION = "1.0"

_HEADING_RE = re.compile(r"^([1-9])[\s\u3000]*(.+)$")
_YEAR_LABEL_RE = re.compile(r"(?:事業改善シート|細事業一覧)\s*[（(]([^）)]*年度[^）)]*)[）)]")


def squash(text: str) -> str:
    return re.sub(r"[\s\u3000]+", "", nfkc(text))


def version_id(sha256: str) -> str:
    """A sheet version: the file's content and the parser that read it. A parser
    upgrade therefore re-ingests unchanged files as new versions."""
    return f"{sha256[:16]}-p{PARSER_VERSION}"


@dataclass
class Area:
    """A part of a section on one page."""

    page: int  # 1-based
    bbox: BBox


@dataclass
class ParsedSheet:
    sheet: Sheet
    warnings: list[str] = field(default_factory=list)
    pages: int = 0
    sha256: str = ""
    # where each citable part lies: key -> (page, bbox); keys "1", "4:2", "9-1", "detail:1", ...
    locations: dict[str, tuple[int, BBox]] = field(default_factory=dict)

    @property
    def fiscal_year(self) -> int | None:
        return fiscal_year_of(self.sheet.year_label)

    @property
    def version(self) -> str:
        return version_id(self.sha256)


@dataclass
class _Page:
    no: int
    width: float
    height: float
    chars: list[dict]
    tables: list  # pdfplumber Table
    landscape: bool
    header_bottom: float = 0.0
    lines: list[Line] = field(default_factory=list)
    edges_right: float = 0.0
    v_edges: list[float] = field(default_factory=list)


def _table_cells_text(page: _Page, table) -> list[list[str | None]]:
    return [[None if c is None else cell_text(page.chars, c) for c in row.cells] for row in table.rows]


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _open(path: Path, max_pages: int):
    if not path.exists():
        raise IngestError("not_found")
    size = path.stat().st_size
    if size == 0:
        raise IngestError("empty")
    with open(path, "rb") as f:
        head = f.read(1024)
    if b"%PDF-" not in head:
        raise IngestError("not_pdf")
    try:
        pdf = pdfplumber.open(path)
        n = len(pdf.pages)
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise IngestError("encrypted") from exc
    except Exception as exc:  # pdfminer raises many kinds on broken files
        cause = exc.args[0] if exc.args else None
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)) or "password" in repr(exc).lower():
            raise IngestError("encrypted") from exc
        raise IngestError("corrupt") from exc
    if n == 0:
        pdf.close()
        raise IngestError("empty")
    if n > max_pages:
        pdf.close()
        raise IngestError("too_many_pages", pages=n, limit=max_pages)
    return pdf


def _dedupe(chars: list[dict]) -> list[dict]:
    """Drop overprinted duplicates (fake bold): same text at the same place."""
    seen: set[tuple] = set()
    out = []
    for c in chars:
        key = (c["text"], round(c["x0"]), round(c["top"]))
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _load_pages(pdf) -> list[_Page]:
    pages = []
    for i, p in enumerate(pdf.pages):
        try:
            chars = _dedupe([c for c in p.chars if c.get("text")])
            tables = p.find_tables()
            edges = [e for e in p.edges if e["orientation"] == "v"]
        except Exception as exc:
            raise IngestError("corrupt") from exc
        page = _Page(
            no=i + 1,
            width=float(p.width),
            height=float(p.height),
            chars=chars,
            tables=tables,
            landscape=p.width > p.height,
        )
        page.lines = build_lines(chars)
        page.edges_right = max((e["x0"] for e in edges), default=page.width - 28)
        page.v_edges = sorted({round(e["x0"], 1) for e in edges})
        pages.append(page)
    return pages


class _Parser:
    def __init__(self, pages: list[_Page], name: str) -> None:
        self.pages = pages
        self.warnings: list[str] = []
        self.locations: dict[str, tuple[int, BBox]] = {}
        self.sheet = Sheet(pdf=name)

    def warn(self, msg: str) -> None:
        self.warnings.append(msg)

    def locate(self, key: str, page: int, bbox: BBox | None) -> None:
        if bbox is not None and key not in self.locations:
            self.locations[key] = (page, tuple(round(v, 1) for v in bbox))

    # ----------------------------------------------------------------- header
    def parse_header(self) -> None:
        s = self.sheet
        for page in self.pages:
            header_tables = []
            for t in page.tables:
                rows = _table_cells_text(page, t)
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
                    chars = _with_blanks(page, ln)
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

    def page(self, no: int) -> _Page:
        return self.pages[no - 1]

    def area_lines(self, areas: list[Area]) -> list[tuple[Area, list[Line]]]:
        return [(a, lines_in(self.page(a.page).chars, a.bbox)) for a in areas]

    def area_tables(self, areas: list[Area]) -> list[tuple[_Page, object]]:
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
        return groups

    # section 4
    def parse_indicators(self, areas: list[Area]) -> None:
        inds: list[Indicator] = []
        for page, t in self.area_tables(areas):
            for row in t.rows:
                cells = row.cells
                texts = [None if c is None else cell_text(page.chars, c) for c in cells]
                mark = (texts[0] or "").strip()
                if not mark or mark[0] not in CIRCLED:
                    continue
                vals = [x for x in texts[1:] if x is not None]
                if len(vals) < 10:
                    self.warn(f"成果指標{mark}の列数が想定と異なります（{len(vals) + 1}列）。")
                    vals += [""] * (10 - len(vals))
                no = CIRCLED.index(mark[0]) + 1
                ind = Indicator(
                    no=no, mark=mark[0], name=vals[0], unit=vals[1], r4=vals[2], r5=vals[3],
                    r5_trend=vals[4], r6_target=vals[5], r6=vals[6], r6_trend=vals[7],
                    status=vals[8], reason=vals[9],
                )
                inds.append(ind)
                self.locate(f"4:{no}", page.no, union([c for c in cells if c]))
        if not inds:
            self.warn("成果指標（４）の表が読み取れませんでした。")
        self.sheet.indicators = inds

    # section 5
    def parse_plan(self, areas: list[Area]) -> None:
        rows_out: list[PlanRow] = []
        for page, t in self.area_tables(areas):
            body = False
            for row in t.rows:
                texts = [None if c is None else cell_text(page.chars, c) for c in row.cells]
                if not body:
                    if any(x and squash(x) == "数値" for x in texts):
                        body = True
                    continue
                v = [x or "" for x in texts] + [""] * 12
                rows_out.append(
                    PlanRow(
                        no=v[0], field=v[1], goal=v[2], unit=v[3],
                        recent=[YearValue(year=v[4], value=v[5]), YearValue(year=v[6], value=v[7]),
                                YearValue(year=v[8], value=v[9])],
                        target=YearValue(year=v[10], value=v[11]),
                    )
                )
                self.locate("5", page.no, t.bbox)
        if not rows_out and areas:
            self.warn("施策分野と達成目標（５）の表が読み取れませんでした。")
        self.sheet.s5 = rows_out

    # section 6
    def parse_cost(self, areas: list[Area]) -> None:
        rows_out: list[CostRow] = []
        for page, t in self.area_tables(areas):
            for row in t.rows:
                texts = [x for x in (None if c is None else cell_text(page.chars, c) for c in row.cells) if x is not None]
                if not texts or not re.match(r"^(R|H|令和|平成)\s*[0-9元]+\s*年度", nfkc(texts[0])):
                    continue
                v = texts + [""] * 8
                rows_out.append(CostRow(year=v[0], carryover=v[1], initial=v[2], supplementary=v[3],
                                        total=v[4], general=v[5], settlement=v[6], staff=v[7]))
                self.locate("6", page.no, t.bbox)
        if not rows_out:
            self.warn("事業コスト（６）の表が読み取れませんでした。")
        self.sheet.cost = rows_out

    # section 8
    def parse_analysis(self, areas: list[Area]) -> None:
        by_mark: dict[str, list[str]] = {}
        current: str | None = None
        for page, t in self.area_tables(areas):
            for row in t.rows:
                cells = [c for c in row.cells if c is not None]
                if not cells:
                    continue
                first = squash(cell_text(page.chars, cells[0]))
                if first == "指標" and len(cells) >= 3:
                    texts = [cell_text(page.chars, c) for c in cells]
                    current = texts[1].strip()[:1]
                    by_mark[current] = []
                    ind = self._indicator(current)
                    if ind is not None:
                        self._check_same(ind, texts)
                    continue
                if current is None:
                    continue
                box = union(cells)
                lines = lines_in(page.chars, box)
                by_mark[current].extend(block_texts(lines, box[2] - 1.0, bullets=False))
                no = CIRCLED.index(current) + 1 if current in CIRCLED else 0
                self.locate(f"8:{no}", page.no, box)
        for ind in self.sheet.indicators:
            if ind.mark in by_mark:
                ind.analysis = by_mark[ind.mark]
                if not ind.analysis:
                    self.warn(f"成果指標{ind.mark}の要因分析（８）が空です。")
            else:
                self.warn(f"成果指標{ind.mark}の要因分析（８）が見つかりませんでした。")

    def _indicator(self, mark: str) -> Indicator | None:
        return next((i for i in self.sheet.indicators if i.mark == mark), None)

    def _check_same(self, ind: Indicator, texts: list[str]) -> None:
        vals = [squash(x) for x in texts]
        if len(vals) >= 9 and (vals[4], vals[6], vals[8]) != (squash(ind.r5_trend), squash(ind.r6_trend), squash(ind.status)):
            self.warn(f"成果指標{ind.mark}の推移・達成状況が４と８で一致しません。")

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
            for page_no in sorted({p for p, _ in got}):
                lines = [ln for p, ln in got if p == page_no]
                right = self._right_edge(page_no, lines[0])
                texts = block_texts(lines, right)
                # an item cut by the page break continues on the next page
                if items and texts and not BULLET_RE.match(texts[0]):
                    items[-1] += texts.pop(0)
                items += texts
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

    # 細事業一覧
    def parse_detail(self) -> None:
        rows_out: list[DetailRow] = []
        self._detail_page = 0
        for page in self.pages:
            if not page.landscape:
                continue
            for t in page.tables:
                if t.bbox[1] < page.header_bottom - 1:
                    continue
                for row in t.rows:
                    cells = list(row.cells) + [None] * 9
                    texts = [None if c is None else cell_text(page.chars, c) for c in cells[:9]]
                    first_no = nfkc(texts[0] or "").strip()
                    if rows_out and first_no == str(rows_out[-1].no) and page.no != self._detail_page:
                        # A 細事業 cut by a page break repeats its No. and name: continue it.
                        self._detail_page = page.no
                        for name, cell in (("r6", cells[2]), ("r5", cells[3]), ("r4", cells[4])):
                            if not getattr(rows_out[-1], name):
                                setattr(rows_out[-1], name, _amount(page, cell))
                    elif re.fullmatch(r"\d+", first_no):
                        self._detail_page = page.no
                        rows_out.append(
                            DetailRow(
                                no=int(nfkc(texts[0])), name=texts[1] or "",
                                r6=_amount(page, cells[2]), r5=_amount(page, cells[3]), r4=_amount(page, cells[4]),
                            )
                        )
                        self.locate(f"detail:{len(rows_out)}", page.no, union([c for c in cells[:9] if c]))
                    if not rows_out:
                        continue
                    item_no = texts[5]
                    if item_no is not None and re.fullmatch(r"\d+", nfkc(item_no).strip()):
                        rows_out[-1].items.append(
                            DetailItem(no=int(nfkc(item_no)), name=texts[6] or "", summary=texts[7] or "",
                                       method=(texts[8] or "").strip())
                        )
                    elif texts[7] is not None and rows_out[-1].items and all(x is None for x in texts[:7]):
                        item = rows_out[-1].items[-1]
                        item.output = (item.output + texts[7]) if item.output else texts[7]
        if not rows_out:
            self.warn("細事業一覧が読み取れませんでした。")
        self.sheet.detail = rows_out

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


def _with_blanks(page: _Page, ln: Line) -> list[dict]:
    """The chars of a line including blank chars (spaces) between its visible chars."""
    inner = [
        c for c in page.chars
        if abs(c["top"] - ln.top) < 0.6 * ln.size and ln.x0 - 0.1 <= c["x0"] <= ln.x1 + 0.1
    ]
    return sorted(inner, key=lambda c: c["x0"])


def _amount(page: _Page, bbox: BBox | None) -> str:
    """A 決算額 cell: the figure without its printed unit line (千円)."""
    if bbox is None:
        return ""
    lines = [ln for ln in lines_in(page.chars, bbox) if squash(ln.text) not in ("千円", "(千円)")]
    text = "".join(ln.text for ln in lines).strip()
    return re.sub(r"\s*千円$", "", text)


def parse_pdf(path: str | Path, max_pages: int = 20) -> ParsedSheet:
    """Parse one sheet PDF. Raises ``IngestError`` for input that is not a usable sheet."""
    path = Path(path)
    pdf = _open(path, max_pages)
    try:
        pages = _load_pages(pdf)
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
    )

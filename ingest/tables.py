"""The ruled tables of the form: 成果指標 (4), 施策分野と達成目標 (5), 事業コスト (6), 要因分析 (8)
and the 細事業一覧, read cell by cell. A mixin of the parser (it uses its sheet, pages,
warnings and locations)."""

from __future__ import annotations

import re

from .form import (
    SEC_ANALYSIS,
    SEC_COST,
    SEC_DETAIL,
    SEC_INDICATORS,
    SEC_PLAN,
    CostRow,
    DetailItem,
    DetailRow,
    Indicator,
    PlanRow,
    YearValue,
    nfkc,
)
from .layout import CIRCLED, block_texts, cell_text, lines_in, union
from .pages import Area, amount, squash


class TableSections:
    """Parses the table sections into ``self.sheet`` (see ``ingest.parser._Parser``)."""

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
                self.locate(f"{SEC_INDICATORS}:{no}", page.no, union([c for c in cells if c]))
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
                self.locate(SEC_PLAN, page.no, t.bbox)
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
                self.locate(SEC_COST, page.no, t.bbox)
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
                self.locate(f"{SEC_ANALYSIS}:{no}", page.no, box)
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
                                setattr(rows_out[-1], name, amount(page, cell))
                    elif re.fullmatch(r"\d+", first_no):
                        self._detail_page = page.no
                        rows_out.append(
                            DetailRow(
                                no=int(nfkc(texts[0])), name=texts[1] or "",
                                r6=amount(page, cells[2]), r5=amount(page, cells[3]), r4=amount(page, cells[4]),
                            )
                        )
                        self.locate(f"{SEC_DETAIL}:{len(rows_out)}", page.no, union([c for c in cells[:9] if c]))
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

"""Laying the blocks out over the portrait pages (breaking boxes and tables across pages), and
the landscape 細事業一覧 pages."""

from __future__ import annotations

from reportlab.pdfgen import canvas as rl_canvas

from .blocks import (
    Block,
    Unit,
    box_block,
    draw_box_part,
    draw_header,
    heading_block,
    s4_block,
    s5_block,
    s6_block,
    s8_blocks,
    units_height,
)
from .page import (
    _FW_DIGITS,
    BLOCK_GAP,
    BODY_SIZE,
    BOTTOM_LIMIT,
    BOX_PAD,
    CELL_PITCH,
    COST_UNIT,
    GAP_BEFORE_HEADING,
    HEADINGS,
    LANDSCAPE,
    LEGEND,
    PORTRAIT,
    PX0,
    PX1,
    S9_ISSUES_TITLE,
    S9_MEASURES_TITLE,
    TIGHT,
    Page,
    _reiwa_year,
    cell_lines,
)

# --------------------------------------------------------------------------- flow


class Flow:
    """Places blocks on portrait pages, starting new pages (with the short header) as needed."""

    def __init__(self, c: rl_canvas.Canvas, s: dict):
        self.c = c
        self.s = s
        self.pg: Page | None = None
        self.y = 0.0
        self.page_top = 0.0

    def new_page(self, first: bool = False) -> None:
        if self.pg is not None:
            self.pg.flush()
            self.c.showPage()
        self.c.setPageSize(PORTRAIT)
        self.pg = Page(self.c, PORTRAIT)
        bottom = draw_header(self.pg, self.s, "first" if first else "cont")
        self.y = bottom + GAP_BEFORE_HEADING
        self.page_top = self.y

    def _room(self) -> float:
        return BOTTOM_LIMIT - self.y

    def _at_top(self) -> bool:
        return abs(self.y - self.page_top) < 0.01

    def _first_need(self, b: Block) -> float:
        if b.units is not None:
            return (b.units[0].height + 0.4 + 2.0) if b.units else b.min_height
        return b.height

    def place(self, blocks: list[Block]) -> None:
        i = 0
        while i < len(blocks):
            b = blocks[i]
            gap = 0.0 if self._at_top() else b.gap_before
            if b.keep_with_next and i + 1 < len(blocks):
                nxt = blocks[i + 1]
                need = gap + b.height + self._first_need(nxt)
                if need > self._room() and not self._at_top():
                    self.new_page()
                    gap = 0.0
                b.draw(self.pg, self.y + gap)
                self.y += gap + b.height
                i += 1
                continue
            if b.units is not None:
                self._place_box(b, gap)
                i += 1
                continue
            if gap + b.height > self._room() and not self._at_top():
                self.new_page()
                gap = 0.0
            b.draw(self.pg, self.y + gap)
            self.y += gap + b.height
            i += 1

    def _place_box(self, b: Block, gap: float) -> None:
        units = list(b.units or [])
        total = max(units_height(units) + BOX_PAD, b.min_height)
        self.y += gap
        while True:
            room = self._room()
            if total <= room:
                draw_box_part(self.pg, self.y, units, total)
                self.y += total
                return
            # how many whole units fit on this page?
            k = 0
            while k < len(units) and units_height(units[: k + 1]) + 3.4 <= room:
                k += 1
            if k == 0:
                if not self._at_top():
                    self.new_page()
                    continue
                # a single unit taller than a page: split it by lines
                u = units[0]
                fit = max(1, int((room - 3.4 - BODY_SIZE) // TIGHT) + 1)
                head = Unit(u.lines[:fit], (fit - 1) * TIGHT + BODY_SIZE)
                rest_lines = [(t, off - fit * TIGHT) for t, off in u.lines[fit:]]
                rest = Unit(rest_lines, (len(rest_lines) - 1) * TIGHT + BODY_SIZE)
                draw_box_part(self.pg, self.y, [head], units_height([head]) + 3.4)
                units = [rest] + units[1:]
            else:
                part = units[:k]
                draw_box_part(self.pg, self.y, part, units_height(part) + 3.4)
                units = units[k:]
            total = units_height(units) + BOX_PAD
            self.new_page()

    def finish(self) -> None:
        if self.pg is not None:
            self.pg.flush()
            self.c.showPage()
            self.pg = None


def _bullets(groups: list[dict]) -> list[str]:
    out: list[str] = []
    for g in groups or []:
        if g.get("head"):
            out.append(g["head"])
        out.extend(g.get("items") or [])
    return out


def portrait_part1(s: dict) -> list[Block]:
    blocks: list[Block] = []
    blocks.append(heading_block(HEADINGS["1"]))
    blocks.append(box_block(s.get("s1") or [], 85.0))
    blocks.append(heading_block(HEADINGS["2"]))
    blocks.append(box_block(s.get("s2") or [], 66.0))
    blocks.append(heading_block(HEADINGS["3"]))
    blocks.append(box_block(_bullets(s.get("s3") or []), 190.0))
    blocks.append(heading_block(HEADINGS["4"], LEGEND))
    blocks.append(s4_block(s))
    blocks.append(heading_block(HEADINGS["5"]))
    blocks.append(s5_block(s))
    blocks.append(heading_block(HEADINGS["6"], COST_UNIT))
    blocks.append(s6_block(s))
    return blocks


def portrait_part2(s: dict) -> list[Block]:
    blocks: list[Block] = []
    blocks.append(heading_block(HEADINGS["7"]))
    blocks.append(box_block(_bullets(s.get("s7") or []), 220.0))
    blocks.append(heading_block(HEADINGS["8"]))
    s8 = s8_blocks(s)
    if s8:
        blocks.extend(s8)
    else:
        blocks.append(Block(height=20.0, draw=lambda pg, top: pg.box(PX0, top, PX1, top + 20.0)))
    blocks.append(heading_block(HEADINGS["9"]))
    blocks.append(box_block([S9_ISSUES_TITLE] + list(s.get("s9_issues") or []), 100.0))
    measures = box_block([S9_MEASURES_TITLE] + list(s.get("s9_measures") or []), 100.0, gap_before=BLOCK_GAP)
    blocks.append(measures)
    return blocks


# --------------------------------------------------------------------------- detail page

D_X = [22.6, 49.4, 147.6, 201.2, 254.8, 308.4, 335.1, 469.1, 772.7, 817.3]
D_HEAD_TOP, D_HEAD_BOT = 76.0, 103.0
D_BOTTOM = 565.0


def _item_geometry(item: dict) -> tuple[float, float, float]:
    """(row height, summary part height, name lines) of one 細事業を構成する主な取組 row."""
    X = D_X
    n_sum = cell_lines(item.get("summary", ""), X[7], X[8])
    n_out = cell_lines(item.get("output", ""), X[7], X[8])
    n_name = cell_lines(item.get("name", ""), X[6], X[7])
    h_sum = max(n_sum, 1) * CELL_PITCH + 3.0
    h_out = max(n_out, 1) * CELL_PITCH + 5.0
    h = max(h_sum + h_out, n_name * CELL_PITCH + 6.0)
    return h, h_sum, n_name


def draw_detail_pages(c: rl_canvas.Canvas, s: dict) -> None:
    ry = _reiwa_year(s.get("year_label", ""))
    X = D_X
    # Lay rows out in page chunks: list of (detail row, items) per page.
    pages: list[list[tuple[dict, list[dict], bool]]] = [[]]
    y = D_HEAD_BOT
    for row in s.get("detail") or []:
        items = list(row.get("items") or [])
        amount_need = 3 * 8.0 + 10.0
        chunk: list[dict] = []
        first = True
        for it in items:
            h = _item_geometry(it)[0]
            if y + h > D_BOTTOM and (chunk or pages[-1]):
                if chunk:
                    pages[-1].append((row, chunk, first))
                    first = False
                pages.append([])
                chunk = []
                y = D_HEAD_BOT
            chunk.append(it)
            y += h
        if not items:
            y += amount_need
        pages[-1].append((row, chunk, first))
    for chunks in pages:
        c.setPageSize(LANDSCAPE)
        pg = Page(c, LANDSCAPE)
        draw_header(pg, s, "detail")
        top, hb = D_HEAD_TOP, D_HEAD_BOT
        pg.fill(X[0], top, X[-1], hb)
        heads = [
            "細事業\nNo.",
            "細事業名",
            f"R{ry}年度\n決算額",
            f"R{ry - 1}年度\n決算額",
            f"R{ry - 2}年度\n決算額",
            "No.",
            "細事業を構成する主な取組",
            f"令和{str(ry).translate(_FW_DIGITS)}年度実施内容（実績）\n（上段：事業概要、下段：活動によるアウトプット）",
            "実施方法",
        ]
        for i, h in enumerate(heads):
            pg.cell(X[i], top, X[i + 1], hb, h, wrap_text=False)
        pg.hline(X[0], X[-1], top)
        pg.hline(X[0], X[-1], hb)
        for x in X:
            pg.vline(x, top, hb)
        y = hb
        for row, items, first in chunks:
            geos = [_item_geometry(it) for it in items]
            row_h = sum(g[0] for g in geos) if items else 3 * 8.0 + 10.0
            rb = y + row_h
            pg.cell(X[0], y, X[1], rb, str(row.get("no", "")), wrap_text=False)
            pg.cell(X[1], y, X[2], rb, row.get("name", ""), align="left")
            if first:
                for i, k in enumerate(("r6", "r5", "r4")):
                    val = row.get(k, "")
                    pg.cell(X[2 + i], y, X[3 + i], rb - 10.0, val, align="right", wrap_text=False)
                    pg.text(X[3 + i] - 1.0, rb - 8.8, "千円", 7.0, "right")
            for x in X[:6]:
                pg.vline(x, y, rb)
            iy = y
            for it, (h, h_sum, _n) in zip(items, geos):
                ib = iy + h
                pg.cell(X[5], iy, X[6], ib, str(it.get("no", "")), wrap_text=False)
                pg.cell(X[6], iy, X[7], ib, it.get("name", ""), align="left")
                pg.cell(X[7], iy, X[8], iy + h_sum, it.get("summary", ""), align="left", valign="top")
                pg.hline(X[7], X[8], iy + h_sum, dashed=True)
                pg.cell(X[7], iy + h_sum, X[8], ib, it.get("output", ""), align="left", valign="top", top_pad=1.4)
                pg.cell(X[8], iy, X[9], ib, it.get("method", ""))
                for x in X[5:]:
                    pg.vline(x, iy, ib)
                pg.hline(X[5], X[-1], ib)
                iy = ib
            pg.hline(X[0], X[-1], rb)
            y = rb
        pg.flush()
        c.showPage()

"""The page header and the form's blocks: headings, text boxes and the tables of sections
4, 5, 6 and 8."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .page import (
    _FW_DIGITS,
    BLOCK_GAP,
    BODY_SIZE,
    BOX_PAD,
    CELL_PITCH,
    CELL_SIZE,
    DEFAULT_CHECKS,
    GAP_BEFORE_HEADING,
    HEAD_SIZE,
    HEADING_TO_BOX,
    LOOSE,
    NO_START_CELL,
    PX0,
    PX1,
    TIGHT,
    Page,
    _reiwa_year,
    cell_lines,
    text_w,
    wrap,
)

# --------------------------------------------------------------------------- header


def draw_header(pg: Page, s: dict, kind: str) -> float:
    """Draw the page header; return the bottom y of the header table.

    kind: "first" (p.1, with 実施期間/E-mail row), "cont" (portrait continuation,
    p.2), "detail" (landscape 細事業一覧 page).
    """
    detail = kind == "detail"
    x0 = 22.6 if detail else PX0
    lab = 53.6 if detail else 53.9
    dig = 17.9 if detail else 17.95
    ry = _reiwa_year(s.get("year_label", ""))
    year_label = s.get("year_label") or f"令和{str(ry).translate(_FW_DIGITS)}年度実施事業分"

    # 事業番号 box
    top, bot = 28.8, 48.2
    pg.fill(x0, top, x0 + lab, bot)
    pg.cell(x0, top, x0 + lab, bot, "事業番号", size=9.0)
    groups = (s.get("jigyo_no") or "").split()
    xs = [x0 + lab + dig * i for i in range(4)]
    pg.box(x0, top, xs[3], bot)
    for i in range(1, 4):
        pg.vline(xs[i - 1], top, bot)
    for i, g in enumerate(groups[:3]):
        pg.cell(xs[i], top, xs[i + 1], bot, g, size=10.0, wrap_text=False)

    checks = s.get("checks") or DEFAULT_CHECKS
    if detail:
        pg.text(296.1, 30.4, f"細事業一覧（{year_label}）", 13.0)
        pg.text(816.6, 32.9, checks, 9.0, "right")
    else:
        pg.text(138.5, 31.4, f"事業改善シート（{year_label}）", 11.5)
        pg.text(565.9, 33.3, checks, 8.5, "right")

    # 事業名 / 部局 / 課・室 row
    if detail:
        cx = [22.6, 76.2, 308.4, 344.1, 451.2, 486.9, 629.8]
    else:
        cx = [PX0, 81.5, 288.2, 324.1, 414.0, 449.9, PX1]
    r0, r1 = 52.0, 68.5
    for a, b in ((cx[0], cx[1]), (cx[2], cx[3]), (cx[4], cx[5])):
        pg.fill(a, r0, b, r1)
    pg.cell(cx[0], r0, cx[1], r1, "事　業　名", size=9.0, wrap_text=False)
    pg.cell(cx[1], r0, cx[2], r1, s.get("jigyo_name", ""), size=10.0, align="left", wrap_text=False)
    pg.cell(cx[2], r0, cx[3], r1, "部局", size=9.0, wrap_text=False)
    pg.cell(cx[3], r0, cx[4], r1, s.get("bukyoku", ""), size=9.0, align="left", wrap_text=False)
    pg.cell(cx[4], r0, cx[5], r1, "課・室", size=9.0, wrap_text=False)
    pg.cell(cx[5], r0, cx[6], r1, s.get("ka", ""), size=9.0, align="left", wrap_text=False)
    pg.hline(cx[0], cx[6], r0)
    pg.hline(cx[0], cx[6], r1)
    for x in cx:
        pg.vline(x, r0, r1)
    bottom = r1
    if kind == "first":
        r2 = 85.0
        pg.fill(cx[0], r1, cx[1], r2)
        pg.fill(cx[2], r1, cx[3], r2)
        pg.cell(cx[0], r1, cx[1], r2, "実施期間", size=9.0, wrap_text=False)
        pg.cell(cx[1], r1, cx[2], r2, s.get("period", ""), size=9.0, align="left", wrap_text=False)
        pg.cell(cx[2], r1, cx[3], r2, "E-mail", size=9.0, wrap_text=False)
        pg.cell(cx[3], r1, cx[6], r2, s.get("email", ""), size=9.0, align="left", wrap_text=False)
        pg.hline(cx[0], cx[6], r2)
        for x in (cx[0], cx[1], cx[2], cx[3], cx[6]):
            pg.vline(x, r1, r2)
        bottom = r2
    return bottom


# --------------------------------------------------------------------------- flow blocks


@dataclass
class Unit:
    """An unbreakable run of text lines inside a text box."""

    lines: list[tuple[str, float]]  # (text, offset from the unit's first line)
    height: float  # offset of the last line + TIGHT


def text_units(items: list[str], width: float) -> list[Unit]:
    units = []
    for it in items:
        lines = wrap(it, width, BODY_SIZE)
        units.append(Unit([(ln, i * TIGHT) for i, ln in enumerate(lines)], (len(lines) - 1) * TIGHT + BODY_SIZE))
    return units


def units_height(units: list[Unit]) -> float:
    if not units:
        return 0.0
    return sum(LOOSE + (u.height - BODY_SIZE) for u in units[:-1]) + units[-1].height


@dataclass
class Block:
    """Something placed in the portrait flow.

    height: total height; draw(pg, top) draws it.  Text boxes are splittable:
    ``units`` is set and the flow cuts between units.
    """

    height: float
    draw: Callable[[Page, float], None] | None = None
    gap_before: float = 0.0
    keep_with_next: bool = False
    units: list[Unit] | None = None
    min_height: float = 0.0
    x0: float = PX0
    x1: float = PX1
    pre_gap_after_break: bool = False


def heading_block(text: str, extra: str = "") -> Block:
    def draw(pg: Page, top: float) -> None:
        pg.text(PX0 + 1.0, top, text, HEAD_SIZE)
        if extra:
            pg.text(PX0 + 72.9, top + 1.2, extra, CELL_SIZE)

    return Block(height=HEADING_TO_BOX, draw=draw, gap_before=GAP_BEFORE_HEADING, keep_with_next=True)


def box_block(items: list[str], min_height: float, gap_before: float = 0.0) -> Block:
    width = PX1 - PX0 - 2.0
    units = text_units(items, width)
    return Block(height=0.0, units=units, min_height=min_height, gap_before=gap_before)


def draw_box_part(pg: Page, top: float, units: list[Unit], height: float, x0=PX0, x1=PX1) -> None:
    y = top + 0.4
    for i, u in enumerate(units):
        for ln, off in u.lines:
            pg.text(x0 + 1.0, y + off, ln, BODY_SIZE)
        y += u.height - BODY_SIZE + LOOSE
    pg.box(x0, top, x1, top + height)


# ---- section 4 -------------------------------------------------------------

S4_X = [PX0, 45.6, 126.5, 153.4, 189.4, 225.3, 252.3, 288.2, 324.1, 351.1, 387.0, PX1]


def s4_block(s: dict) -> Block:
    ry = _reiwa_year(s.get("year_label", ""))
    y2, y1, y0 = ry, ry - 1, ry - 2
    inds = s.get("indicators") or []
    X = S4_X
    h_head1, h_head2 = 10.5, 10.5
    rows = []
    for ind in inds:
        n = max(cell_lines(ind.get("name", ""), X[1], X[2]), cell_lines(ind.get("reason", ""), X[10], X[11]))
        rows.append(max(n * CELL_PITCH + 2.5, 26.5))
    if not rows:
        rows = [26.5]
    height = h_head1 + h_head2 + sum(rows)

    def draw(pg: Page, top: float) -> None:
        t1 = top + h_head1
        t2 = t1 + h_head2
        pg.fill(X[0], top, X[-1], t2)
        # header
        span = lambda a, b, txt, tt=top, bb=t2: pg.cell(X[a], tt, X[b], bb, txt)  # noqa: E731
        span(0, 1, "No.")
        span(1, 2, "指標名")
        span(2, 3, "単位")
        pg.cell(X[3], top, X[4], t1, f"R{y0}年度")
        pg.cell(X[3], t1, X[4], t2, "実績")
        pg.cell(X[4], top, X[6], t1, f"R{y1}年度")
        pg.cell(X[4], t1, X[5], t2, "実績")
        pg.cell(X[5], t1, X[6], t2, "推移")
        pg.cell(X[6], top, X[7], t2, f"R{y2}年度\n目標値", wrap_text=False)
        pg.cell(X[7], top, X[9], t1, f"R{y2}年度")
        pg.cell(X[7], t1, X[8], t2, "実績")
        pg.cell(X[8], t1, X[9], t2, "推移")
        pg.cell(X[9], top, X[10], t2, "達成\n状況", wrap_text=False)
        pg.cell(X[10], top, X[11], t2, "目標値設定理由")
        pg.hline(X[0], X[-1], top)
        pg.hline(X[3], X[6], t1)
        pg.hline(X[7], X[9], t1)
        for x in X:
            if x in (X[5], X[8]):
                pg.vline(x, t1, t2)
            else:
                pg.vline(x, top, t2)
        pg.hline(X[0], X[-1], t2)
        y = t2
        for ind, rh in zip(inds, rows):
            b = y + rh
            pg.cell(X[0], y, X[1], b, ind.get("mark", ""), size=9.0, wrap_text=False)
            pg.cell(X[1], y, X[2], b, ind.get("name", ""), align="left")
            pg.cell(X[2], y, X[3], b, ind.get("unit", ""))
            pg.cell(X[3], y, X[4], b, ind.get("r4", ""), align="right", wrap_text=False)
            pg.cell(X[4], y, X[5], b, ind.get("r5", ""), align="right", wrap_text=False)
            pg.cell(X[5], y, X[6], b, ind.get("r5_trend", ""), size=9.0, wrap_text=False)
            pg.cell(X[6], y, X[7], b, ind.get("r6_target", ""), align="right", wrap_text=False)
            pg.cell(X[7], y, X[8], b, ind.get("r6", ""), align="right", wrap_text=False)
            pg.cell(X[8], y, X[9], b, ind.get("r6_trend", ""), size=9.0, wrap_text=False)
            pg.cell(X[9], y, X[10], b, ind.get("status", ""), wrap_text=False)
            pg.cell(X[10], y, X[11], b, ind.get("reason", ""), align="left")
            for x in X:
                pg.vline(x, y, b)
            pg.hline(X[0], X[-1], b)
            y = b
        if not inds:
            b = y + rows[0]
            for x in X:
                pg.vline(x, y, b)
            pg.hline(X[0], X[-1], b)

    return Block(height=height, draw=draw)


# ---- section 5 -------------------------------------------------------------

S5_X = [PX0, 45.6, 135.4, 279.2, 306.2, 342.1, 369.1, 405.0, 432.0, 467.9, 494.9, 530.8, PX1]


def s5_block(s: dict) -> Block:
    X = S5_X
    rows_data = s.get("s5") or []
    h1, h2 = 10.5, 18.7
    rows = []
    for r in rows_data:
        n = max(cell_lines(r.get("field", ""), X[1], X[2]), cell_lines(r.get("goal", ""), X[2], X[3]))
        rows.append(max(n * CELL_PITCH + 5.7, 21.7))
    if not rows:
        rows = [21.7]
    height = h1 + h2 + sum(rows)

    def draw(pg: Page, top: float) -> None:
        t1, t2 = top + h1, top + h1 + h2
        pg.fill(X[0], top, X[-1], t2)
        pg.cell(X[0], top, X[1], t2, "No.")
        pg.cell(X[1], top, X[2], t2, "施策分野（施策の総合\n的展開名）", wrap_text=False)
        mid = (X[2] + X[3]) / 2
        pg.text(mid, top + 5.6, "達成目標", CELL_SIZE, "center")
        pg.text(mid, top + 13.9, "（☆印が付いているものは主要目標）", 7.5, "center")
        pg.cell(X[3], top, X[4], t2, "単位")
        pg.cell(X[4], top, X[10], t1, "直近３か年の状況")
        pg.cell(X[10], top, X[12], t1, "目標")
        for i in range(4, 12):
            label = "年／\n年度" if i % 2 == 0 else "数値"
            pg.cell(X[i], t1, X[i + 1], t2, label, wrap_text=False)
        pg.hline(X[0], X[-1], top)
        pg.hline(X[4], X[-1], t1)
        pg.hline(X[0], X[-1], t2)
        for i, x in enumerate(X):
            if i in (5, 6, 7, 8, 9, 11):
                pg.vline(x, t1, t2)
            else:
                pg.vline(x, top, t2)
        y = t2
        for r, rh in zip(rows_data or [{}], rows):
            b = y + rh
            recent = list(r.get("recent") or [])
            while len(recent) < 3:
                recent.append({"year": "", "value": ""})
            target = r.get("target") or {}
            pg.cell(X[0], y, X[1], b, r.get("no", ""), wrap_text=False)
            pg.cell(X[1], y, X[2], b, r.get("field", ""), align="left")
            pg.cell(X[2], y, X[3], b, r.get("goal", ""), align="left")
            pg.cell(X[3], y, X[4], b, r.get("unit", ""), wrap_text=False)
            for k, yv in enumerate(recent[:3]):
                pg.cell(X[4 + 2 * k], y, X[5 + 2 * k], b, yv.get("year", ""), wrap_text=False)
                pg.cell(X[5 + 2 * k], y, X[6 + 2 * k], b, yv.get("value", ""), align="right", wrap_text=False)
            pg.cell(X[10], y, X[11], b, target.get("year", ""), wrap_text=False)
            pg.cell(X[11], y, X[12], b, target.get("value", ""), align="right", wrap_text=False)
            for x in X:
                pg.vline(x, y, b)
            pg.hline(X[0], X[-1], b)
            y = b

    return Block(height=height, draw=draw)


# ---- section 6 -------------------------------------------------------------

S6_X = [PX0, 99.5, 162.4, 225.3, 288.2, 351.1, 414.0, 494.9, PX1]
COST_KEYS = ["carryover", "initial", "supplementary", "total", "general", "settlement", "staff"]


def s6_block(s: dict) -> Block:
    X = S6_X
    rows_data = s.get("cost") or []
    h1, h2, rh = 10.5, 18.7, 15.0
    height = h1 + h2 + rh * max(1, len(rows_data))

    def draw(pg: Page, top: float) -> None:
        t1, t2 = top + h1, top + h1 + h2
        pg.fill(X[0], top, X[-1], t2)
        pg.cell(X[0], top, X[1], t2, "区分")
        pg.cell(X[1], top, X[6], t1, "予算額")
        for i, lab in enumerate(["前年度繰越", "当初予算", "補正予算等", "合計\n（予算現額）", "うち一般財源"]):
            pg.cell(X[1 + i], t1, X[2 + i], t2, lab, wrap_text=False)
        pg.cell(X[6], top, X[7], t2, "決算額")
        pg.cell(X[7], top, X[8], t2, "職員数")
        pg.hline(X[0], X[-1], top)
        pg.hline(X[1], X[6], t1)
        pg.hline(X[0], X[-1], t2)
        for i, x in enumerate(X):
            if 2 <= i <= 5:
                pg.vline(x, t1, t2)
            else:
                pg.vline(x, top, t2)
        y = t2
        for r in rows_data or [{}]:
            b = y + rh
            pg.cell(X[0], y, X[1], b, r.get("year", ""), size=9.0, wrap_text=False)
            for i, k in enumerate(COST_KEYS):
                pg.cell(X[1 + i], y, X[2 + i], b, r.get(k, ""), size=9.0, align="right", wrap_text=False)
            for x in X:
                pg.vline(x, y, b)
            pg.hline(X[0], X[-1], b)
            y = b

    return Block(height=height, draw=draw)


# ---- section 8 -------------------------------------------------------------

S8_X = [PX0, 54.6, 72.5, 270.2, 324.1, 351.1, 405.0, 432.0, 485.9, PX1]
S8_HEAD_H = 15.0


def s8_blocks(s: dict) -> list[Block]:
    ry = _reiwa_year(s.get("year_label", ""))
    X = S8_X
    blocks = []
    for k, ind in enumerate(s.get("indicators") or []):
        units = text_units(ind.get("analysis") or [], PX1 - PX0 - 2.0)
        body = max(units_height(units) + BOX_PAD, 52.0)
        name = ind.get("name", "")
        name_w = X[3] - X[2] - 2.0
        if text_w(name, 9.0) <= name_w:
            name_size, head_h = 9.0, S8_HEAD_H
        else:  # long names wrap at 8 pt and the header row grows
            name_size = CELL_SIZE
            head_h = max(S8_HEAD_H, len(wrap(name, name_w, CELL_SIZE, NO_START_CELL)) * CELL_PITCH + 4.0)
        height = head_h + body

        def draw(pg: Page, top: float, ind=ind, units=units, body=body, head_h=head_h, name_size=name_size) -> None:
            b = top + head_h
            for a in (0, 3, 5, 7):
                pg.fill(X[a], top, X[a + 1], b)
            pg.cell(X[0], top, X[1], b, "指標", wrap_text=False)
            pg.cell(X[1], top, X[2], b, ind.get("mark", ""), size=9.0, wrap_text=False)
            pg.cell(X[2], top, X[3], b, ind.get("name", ""), size=name_size, align="left")
            pg.cell(X[3], top, X[4], b, f"R{ry - 1}年度推移", wrap_text=False)
            pg.cell(X[4], top, X[5], b, ind.get("r5_trend", ""), size=9.0, wrap_text=False)
            pg.cell(X[5], top, X[6], b, f"R{ry}年度推移", wrap_text=False)
            pg.cell(X[6], top, X[7], b, ind.get("r6_trend", ""), size=9.0, wrap_text=False)
            pg.cell(X[7], top, X[8], b, "達成状況", wrap_text=False)
            pg.cell(X[8], top, X[9], b, ind.get("status", ""), wrap_text=False)
            pg.hline(X[0], X[-1], top)
            for x in X:
                pg.vline(x, top, b)
            pg.hline(X[0], X[-1], b)
            draw_box_part(pg, b, units, body)

        blocks.append(Block(height=height, draw=draw, gap_before=BLOCK_GAP if k else 0.0))
    return blocks

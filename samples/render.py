"""Render 事業改善シート JSON (SHEET_SCHEMA.md) into PDFs laid out like the real form.

The layout copies the reference sheet (LibreOffice export of the Nagano Excel form):
pp.1-2 A4 portrait (sections 1-6, then 7-9), last page A4 landscape (細事業一覧).
Every page starts with the same header (事業番号 box, title, checkbox line,
事業名/部局/課・室 row).  Text boxes use a 9 pt font with a 9 pt pitch inside one
item (wrapped or explicit "\\n" lines) and a 12 pt pitch between items.  Tables are
drawn as individual 0.75 pt line segments over light-grey label fills, like the
Excel export, so ``pdfplumber``'s ``find_tables`` finds the same tables.

``render_sheet`` renders one sheet; ``generate_corpus`` makes many varied sheets
(with their source JSON) for benchmarks.
"""

from __future__ import annotations

import copy
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

FONT = "IPAexGothic"
_FALLBACK_FONT = Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")

PORTRAIT = A4
LANDSCAPE = landscape(A4)

LINE_W = 0.75
GREY = 0.85

# Text box typography (sections 1, 2, 3, 7, 8, 9).
BODY_SIZE = 9.0
TIGHT = 9.0  # pitch of wrapped lines and explicit "\n" inside one item
LOOSE = 12.0  # pitch between consecutive items / paragraphs
HEAD_SIZE = 10.0  # section headings
CELL_SIZE = 8.0  # table cells
CELL_PITCH = 8.0

# Portrait geometry (x in pt from the left, y as "top" in pt from the top edge).
PX0, PX1 = 27.6, 566.8
BOTTOM_LIMIT = 806.0
GAP_BEFORE_HEADING = 5.8
HEADING_TO_BOX = 13.6
BOX_PAD = 0.4 + 3.0 + TIGHT  # space above the first and below the last line of a text box
BLOCK_GAP = 3.0  # between the per-indicator tables of section 8 and the two boxes of 9

# Japanese line-breaking (禁則処理): chars that may not start / end a line.
NO_START = set(
    "、。，．,.）)」』】〕〉》］]｝}！!？?：:；;ゝゞ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー％%・"
)
NO_END = set("（(「『【〔〈《［[｛{")
# Table cells follow the reference export, where a wrapped cell line may start with "・".
NO_START_CELL = NO_START - {"・"}

LEGEND = "（推移の凡例　↗：改善　↘：悪化　→：変化なし　―：数値なし）"
HEADINGS = {
    "1": "１　現状と課題",
    "2": "２　事業目的",
    "3": "３　事業目的を達成するための取組",
    "4": "４　成果指標",
    "5": "５　本事業が貢献する総合５か年計画の施策分野と達成目標",
    "6": "６　事業コスト",
    "7": "７　主な取組実績と成果",
    "8": "８　成果指標の達成状況に関する要因分析",
    "9": "９　今後の事業の方向性",
}
COST_UNIT = "（単位：千円、人）"
S9_ISSUES_TITLE = "(1) 上記７、８及び県民の意見等を踏まえた課題"
S9_MEASURES_TITLE = "(2) 事業改善の方策"
DEFAULT_CHECKS = "□当初要求　□当初予算案 　□補正予算案　■点検"

_FW_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
_HW_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


# --------------------------------------------------------------------------- font


def font_path() -> Path:
    """The IPAexGothic TTF shipped with matplotlib-fontja, else the Debian package."""
    try:
        import matplotlib_fontja  # type: ignore

        p = Path(matplotlib_fontja.__file__).parent / "fonts" / "ipaexg.ttf"
        if p.exists():
            return p
    except Exception:  # pragma: no cover - optional dependency missing
        pass
    if _FALLBACK_FONT.exists():
        return _FALLBACK_FONT
    raise FileNotFoundError("IPAexGothic (ipaexg.ttf) not found")


_registered = False
_descent = -0.12
_width_cache: dict[tuple[str, float], float] = {}


def register_font() -> None:
    global _registered, _descent
    if _registered:
        return
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(font_path())))
    face = pdfmetrics.getFont(FONT).face
    _descent = face.descent / 1000.0
    _registered = True


def char_w(ch: str, size: float) -> float:
    key = (ch, size)
    w = _width_cache.get(key)
    if w is None:
        register_font()
        w = pdfmetrics.stringWidth(ch, FONT, size)
        _width_cache[key] = w
    return w


def text_w(s: str, size: float) -> float:
    return sum(char_w(c, size) for c in s)


# --------------------------------------------------------------------------- wrapping


def _is_word(c: str) -> bool:
    return c.isascii() and (c.isalnum() or c in ".,-/")


def wrap_para(text: str, width: float, size: float, no_start: set[str] = NO_START) -> list[str]:
    """Greedy character wrap with 禁則処理 (push the previous char down)."""
    if text == "":
        return [""]
    lines: list[str] = []
    n = len(text)
    s = 0
    while s < n:
        w = 0.0
        e = s
        while e < n:
            cw = char_w(text[e], size)
            if e > s and w + cw > width + 0.01:
                break
            w += cw
            e += 1
        if e < n:
            b = e
            # kinsoku: at most two chars pushed down
            while b > s + 1 and b > e - 2 and (text[b] in no_start or text[b - 1] in NO_END):
                b -= 1
            if text[b] in no_start or text[b - 1] in NO_END:
                b = e  # give up rather than produce a very short line
            # keep short half-width words ("R6", "201", "8,049") together
            if _is_word(text[b]) and _is_word(text[b - 1]):
                ws = b
                while ws > s and _is_word(text[ws - 1]):
                    ws -= 1
                we = b
                while we < n and _is_word(text[we]):
                    we += 1
                if ws > s and we - ws <= 4 and text[ws - 1] not in NO_END and b - ws <= 3:
                    b = ws
            e = b
        lines.append(text[s:e])
        s = e
    return lines


def wrap(text: str, width: float, size: float, no_start: set[str] = NO_START) -> list[str]:
    out: list[str] = []
    for para in text.split("\n"):
        out.extend(wrap_para(para, width, size, no_start))
    return out


# --------------------------------------------------------------------------- drawing


class Page:
    """A canvas page with top-based coordinates and de-duplicated rule segments."""

    def __init__(self, c: rl_canvas.Canvas, size: tuple[float, float]):
        self.c = c
        self.w, self.h = size
        self._segs: list[tuple[float, float, float, float, bool]] = []
        self._seen: set[tuple[float, float, float, float, bool]] = set()

    # text -----------------------------------------------------------------
    def text(self, x: float, top: float, s: str, size: float, align: str = "left") -> None:
        if not s:
            return
        base = self.h - top - size * (1.0 + _descent)
        self.c.setFont(FONT, size)
        if align == "right":
            self.c.drawRightString(x, base, s)
        elif align == "center":
            self.c.drawCentredString(x, base, s)
        else:
            self.c.drawString(x, base, s)

    # rules ----------------------------------------------------------------
    def hline(self, x0: float, x1: float, y: float, dashed: bool = False) -> None:
        self._add((round(x0, 2), round(y, 2), round(x1, 2), round(y, 2), dashed))

    def vline(self, x: float, y0: float, y1: float) -> None:
        self._add((round(x, 2), round(y0, 2), round(x, 2), round(y1, 2), False))

    def box(self, x0: float, top: float, x1: float, bottom: float) -> None:
        self.hline(x0, x1, top)
        self.hline(x0, x1, bottom)
        self.vline(x0, top, bottom)
        self.vline(x1, top, bottom)

    def _add(self, seg: tuple[float, float, float, float, bool]) -> None:
        if seg not in self._seen:
            self._seen.add(seg)
            self._segs.append(seg)

    def fill(self, x0: float, top: float, x1: float, bottom: float, grey: float = GREY) -> None:
        self.c.setFillGray(grey)
        self.c.rect(x0, self.h - bottom, x1 - x0, bottom - top, stroke=0, fill=1)
        self.c.setFillGray(0)

    def flush(self) -> None:
        c = self.c
        c.setStrokeGray(0)
        for x0, y0, x1, y1, dashed in self._segs:
            if dashed:
                c.setLineWidth(0.737)
                c.setDash([0.5, 1.0], 0)
            else:
                c.setLineWidth(LINE_W)
                c.setDash([], 0)
            c.line(x0, self.h - y0, x1, self.h - y1)
        c.setDash([], 0)
        self._segs.clear()
        self._seen.clear()

    # cells ----------------------------------------------------------------
    def cell(
        self,
        x0: float,
        top: float,
        x1: float,
        bottom: float,
        text: str,
        size: float = CELL_SIZE,
        align: str = "center",
        valign: str = "middle",
        pitch: float | None = None,
        pad: float = 1.0,
        wrap_text: bool = True,
        top_pad: float = 0.4,
    ) -> None:
        """Draw (wrapped) text inside a cell; shrink single-line text that does not fit."""
        if text == "":
            return
        pitch = pitch or size
        width = x1 - x0 - 2 * pad
        if wrap_text:
            lines = wrap(text, width, size, NO_START_CELL)
        else:
            lines = text.split("\n")
            widest = max(text_w(ln, size) for ln in lines)
            if widest > width:
                size = max(4.0, size * width / widest)
                pitch = size
        block = (len(lines) - 1) * pitch + size
        if valign == "top":
            y = top + top_pad
        elif valign == "bottom":
            y = bottom - block - 1.8
        else:
            y = top + (bottom - top - block) / 2
        for ln in lines:
            if align == "left":
                self.text(x0 + pad, y, ln, size)
            elif align == "right":
                self.text(x1 - pad, y, ln, size, "right")
            else:
                self.text((x0 + x1) / 2, y, ln, size, "center")
            y += pitch


def cell_lines(text: str, x0: float, x1: float, size: float = CELL_SIZE, pad: float = 1.0) -> int:
    return len(wrap(text, x1 - x0 - 2 * pad, size, NO_START_CELL)) if text else 1


def fit_size(text: str, width: float, size: float, min_size: float = 5.0) -> float:
    w = text_w(text, size)
    if w <= width:
        return size
    return max(min_size, size * width / w)


# --------------------------------------------------------------------------- helpers


def _reiwa_year(year_label: str) -> int:
    m = re.search(r"令和([0-9０-９]+)年度", year_label or "")
    if not m:
        return 6
    return int(m.group(1).translate(_HW_DIGITS))


def _as_dict(sheet: Any) -> dict:
    if hasattr(sheet, "model_dump"):
        return sheet.model_dump()
    return copy.deepcopy(dict(sheet))


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


# --------------------------------------------------------------------------- entry points


def render_sheet(sheet: Any, out_path: Path) -> Path:
    """Render one sheet (dict in SHEET_SCHEMA shape, or ``Sheet``) to ``out_path``."""
    register_font()
    s = _as_dict(sheet)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    c = rl_canvas.Canvas(str(out_path), pagesize=PORTRAIT, invariant=1, pageCompression=1)
    title = f"{s.get('jigyo_no', '')} {s.get('jigyo_name', '')}（{s.get('year_label', '')}）"
    c.setTitle(title)
    c.setAuthor("kaizen-assistant samplegen")
    c.setCreator("kaizen-assistant samplegen")
    c.setProducer("ReportLab")
    flow = Flow(c, s)
    flow.new_page(first=True)
    flow.place(portrait_part1(s))
    flow.new_page()
    flow.place(portrait_part2(s))
    flow.finish()
    draw_detail_pages(c, s)
    c.save()
    return out_path


# --------------------------------------------------------------------------- corpus

SPECS_DIR = Path(__file__).resolve().parent.parent / "samples" / "specs"
BOX_TEXT_WIDTH = PX1 - PX0 - 2.0

_TOPICS = [
    "地域公共交通", "移住・定住", "結婚・子育て", "保育人材", "介護人材", "地域医療", "健康づくり",
    "食品安全", "自然保護", "森林整備", "県産材利用", "再生可能エネルギー", "ごみ減量",
    "ものづくり産業", "創業", "事業承継", "観光地域づくり", "スポーツ振興", "文化芸術",
    "文化財保存", "国際交流", "消費者保護", "交通安全", "防災", "消防力", "道路維持",
    "橋梁長寿命化", "砂防", "住宅耐震化", "空き家対策", "特別支援教育", "学校ＩＣＴ",
    "高校魅力化", "生涯学習", "農産物ブランド", "鳥獣被害", "水産振興", "男女共同参画",
    "人権啓発", "ＮＰＯ協働", "デジタル行政", "統計調査",
]
_SUFFIXES = ["推進事業費", "支援事業費", "対策事業費", "促進事業費", "強化事業費", "整備事業費", "活性化事業費"]
_ORGS = [
    ("企画振興部", "地域振興課"), ("企画振興部", "交通政策課"), ("総務部", "情報政策課"),
    ("県民文化部", "文化政策課"), ("県民文化部", "人権・男女共同参画課"), ("健康福祉部", "健康増進課"),
    ("健康福祉部", "介護支援課"), ("環境部", "自然保護課"), ("環境部", "資源循環推進課"),
    ("産業労働部", "産業立地・経営支援課"), ("観光スポーツ部", "山岳高原観光課"), ("農政部", "農業技術課"),
    ("林務部", "森林づくり推進課"), ("建設部", "道路管理課"), ("建設部", "建築住宅課"),
    ("危機管理部", "消防課"), ("教育委員会", "高校教育課"), ("教育委員会", "特別支援教育課"),
]
_UNITS = ["件", "人", "％", "回", "社", "団体", "ha", "世帯", "校", "市町村"]


def load_specs(specs_dir: Path = SPECS_DIR) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(specs_dir).glob("*.json"))]


def visible_breaks(text: str, width: float = BOX_TEXT_WIDTH, size: float = BODY_SIZE) -> str:
    """Drop explicit "\\n" breaks that a reader could not tell from a wrap.

    A break is kept only when the line before it ends well short of the box's right
    edge (under 70 % of the width), so "where the line ends" tells wraps from breaks.
    """
    parts = text.split("\n")
    out = parts[0]
    for p in parts[1:]:
        last = wrap(out.split("\n")[-1], width, size)[-1]
        out += ("\n" if text_w(last, size) < 0.7 * width else "") + p
    return out


def _fmt(v: float, decimals: int, fullwidth: bool) -> str:
    s = f"{v:,.{decimals}f}"
    return s.translate(_FW_DIGITS).replace(",", "，").replace(".", "．") if fullwidth else s


def _yen(v: int) -> str:
    return "0" if v == 0 else (f"△ {-v:,}" if v < 0 else f"{v:,}")


def _trend(a: float | None, b: float | None) -> str:
    if a is None or b is None:
        return "―"
    return "↗" if b > a else ("↘" if b < a else "→")


class _Pools:
    def __init__(self, specs: list[dict]):
        self.s1 = [t for s in specs for t in s["s1"]]
        self.s2 = [t for s in specs for t in s["s2"]]
        self.s3 = [g for s in specs for g in s["s3"]]
        self.s7 = [g for s in specs for g in s["s7"]]
        self.issues = [t for s in specs for t in s["s9_issues"]]
        self.measures = [t for s in specs for t in s["s9_measures"]]
        self.inds = [i for s in specs for i in s["indicators"]]
        self.analysis = [a for i in self.inds for a in i["analysis"]]
        self.s5 = [s["s5"] for s in specs]
        self.items = [it for s in specs for r in s["detail"] for it in r["items"]]
        self.detail_names = [r["name"] for s in specs for r in s["detail"]]


def _pick_list(rng: random.Random, pool: list[str], lo: int, hi: int, long_p: float) -> list[str]:
    out = []
    for t in rng.sample(pool, min(len(pool), rng.randint(lo, hi))):
        if rng.random() < long_p:
            extra = rng.choice(pool).lstrip("・")
            t = t + extra
        out.append(t)
    return out


def _indicator(rng: random.Random, pools: _Pools, no: int) -> dict:
    src = rng.choice(pools.inds)
    unit = src["unit"] if rng.random() < 0.6 else rng.choice(_UNITS)
    pct = unit == "％"
    decimals = 1 if (pct and rng.random() < 0.5) else 0
    base = rng.uniform(50, 99) if pct else rng.choice([12, 45, 180, 960, 2400, 15000])
    fw = rng.random() < 0.12

    def val() -> float:
        v = base * rng.uniform(0.85, 1.15)
        return min(v, 100.0) if pct else v

    r4 = None if rng.random() < 0.15 else round(val(), decimals)
    r5 = round(val(), decimals)
    tgt = round(max(r5, base) * rng.uniform(1.0, 1.1), decimals)
    if pct:
        tgt = min(tgt, 100.0)
    r6 = None if rng.random() < 0.08 else round(val(), decimals)
    f = lambda v: "―" if v is None else _fmt(v, decimals, fw)  # noqa: E731
    status = "―" if r6 is None else ("達成" if r6 >= tgt else "未達成")
    analysis = [visible_breaks(a) for a in rng.sample(pools.analysis, rng.randint(1, 2))]
    return {
        "no": no, "mark": "①②③"[no - 1], "name": src["name"], "unit": unit,
        "r4": f(r4), "r5": f(r5), "r5_trend": _trend(r4, r5), "r6_target": f(tgt),
        "r6": f(r6), "r6_trend": _trend(r5, r6), "status": status,
        "reason": rng.choice(pools.inds)["reason"], "analysis": analysis,
    }


def _cost_rows(rng: random.Random, years: list[int]) -> list[dict]:
    scale = rng.choice([3_000, 12_000, 40_000, 150_000, 600_000])
    rows = []
    for y in years:
        initial = int(scale * rng.uniform(0.8, 1.2))
        carry = 0 if rng.random() < 0.8 else int(initial * rng.uniform(0.02, 0.1))
        r = rng.random()
        supp = 0 if r < 0.6 else (int(initial * rng.uniform(0.02, 0.2)) * (-1 if r < 0.8 else 1))
        total = carry + initial + supp
        rows.append({
            "year": f"R{y}年度", "carryover": _yen(carry), "initial": _yen(initial),
            "supplementary": _yen(supp), "total": _yen(total),
            "general": _yen(int(total * rng.uniform(0.3, 1.0))),
            "settlement": int(total * rng.uniform(0.85, 0.99)),
            "staff": f"{rng.choice([1, 2, 3, 4, 5, 6, 8, 12]) + rng.choice([0, 0, 0.5]):.1f}",
        })
    return rows


def _split(total: int, k: int, rng: random.Random) -> list[int]:
    w = [rng.uniform(0.3, 1.0) for _ in range(k)]
    parts = [int(total * x / sum(w)) for x in w]
    parts[0] += total - sum(parts)
    return parts


def corpus_sheet(i: int, rng: random.Random, pools: _Pools) -> dict:
    ry = 6 if rng.random() < 0.75 else 5
    a, b, c = 20 + (i // 400) % 80, 1 + (i // 20) % 20, 1 + i % 20
    jigyo_no = f"{a:02d} {b:02d} {c:02d}"
    name = rng.choice(_TOPICS) + rng.choice(_SUFFIXES)
    bukyoku, ka = rng.choice(_ORGS)
    n_ind = rng.choice([1, 2, 2, 3, 3])
    long_p = rng.choice([0.0, 0.1, 0.4])
    years = [ry - 2, ry - 1, ry]
    cost = _cost_rows(rng, years)
    settle = [r.pop("settlement") for r in cost]
    for r, v in zip(cost, settle):
        r["settlement"] = _yen(v)
    # keep the key order of the schema
    cost = [{k: r[k] for k in ("year", "carryover", "initial", "supplementary", "total", "general", "settlement", "staff")} for r in cost]

    n_rows = rng.choice([1, 1, 2, 3])
    n_items_total = rng.randint(max(2, n_rows), 10 if n_rows > 1 else 5)
    per_row = [1] * n_rows
    for _ in range(n_items_total - n_rows):
        per_row[rng.randrange(n_rows)] += 1
    amounts = [_split(v, n_rows, rng) for v in settle]  # per year, per row
    detail = []
    for k in range(n_rows):
        items = []
        for j, it in enumerate(rng.sample(pools.items, per_row[k])):
            items.append({**it, "no": j + 1})
        detail.append({
            "no": k + 1, "name": rng.choice(pools.detail_names),
            "r6": _yen(amounts[2][k]), "r5": _yen(amounts[1][k]), "r4": _yen(amounts[0][k]),
            "items": items,
        })

    def groups(pool: list[dict]) -> list[dict]:
        gs = rng.sample(pool, rng.randint(1, 3))
        out = []
        for n, g in enumerate(gs):
            head = "①②③"[n] + g["head"][1:]
            items = _pick_list(rng, g["items"], 1, len(g["items"]), long_p)
            out.append({"head": head, "items": items})
        return out

    sheet = {
        "year_label": f"令和{str(ry).translate(_FW_DIGITS)}年度実施事業分",
        "checks": DEFAULT_CHECKS,
        "jigyo_no": jigyo_no,
        "jigyo_name": name,
        "bukyoku": bukyoku,
        "ka": ka,
        "period": rng.choice(["H8 ～", "H24 ～", "R2 ～", f"R{ry - 1} ～", f"R{ry - 2} ～ R{ry + 2}", "Ｒ３ ～"]),
        "email": f"sheet{i:05d}@pref.nagano.lg.jp",
        "s1": _pick_list(rng, pools.s1, 1, 4, long_p),
        "s2": _pick_list(rng, pools.s2, 1, 2, 0.0),
        "s3": groups(pools.s3),
        "indicators": [_indicator(rng, pools, k + 1) for k in range(n_ind)],
        "s5": copy.deepcopy(rng.choice(pools.s5)),
        "cost": cost,
        "s7": groups(pools.s7),
        "s9_issues": _pick_list(rng, pools.issues, 1, 4, long_p),
        "s9_measures": _pick_list(rng, pools.measures, 1, 4, long_p),
        "detail": detail,
        "pdf": f"{jigyo_no.replace(' ', '-')}_{name}.pdf",
    }
    return sheet


def generate_corpus(n: int, out_dir: Path, seed: int = 0) -> list[Path]:
    """Render ``n`` varied sheets derived from the bundled specs into ``out_dir``.

    Each ``<stem>.pdf`` gets its source ``<stem>.json`` next to it (SHEET_SCHEMA shape,
    ``pdf`` = the file name), so a parse can be compared with what was rendered.
    Deterministic for a given (n, seed).
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    pools = _Pools(load_specs())
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        sheet = corpus_sheet(i, rng, pools)
        pdf = render_sheet(sheet, out_dir / sheet["pdf"])
        pdf.with_suffix(".json").write_text(json.dumps(sheet, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        paths.append(pdf)
    return paths

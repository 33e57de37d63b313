"""Page geometry, the font, Japanese line wrapping (kinsoku) and the drawing primitives of
the sample renderer."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

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

"""Layout primitives over pdfplumber: lines built from positioned chars, and text
blocks (bullets / paragraphs) recovered from line geometry.

We never use ``extract_text()`` reading order: every string is rebuilt from the
chars inside a known box (a table cell or a section area), keeping the spaces the
PDF really contains (U+3000 and ASCII) and joining wrapped lines the way the form
was typed: a wrap (line filled to the box edge) joins with nothing, a short line
followed by a line at the tight pitch is an explicit line break (``\\n``), and a
larger pitch or a bullet mark starts a new item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom (PDF points, top-left origin)

# Marks that start a new list item at the beginning of a line.
BULLET_RE = re.compile(r"^[・●○◆◇■□※]|^[①-⑳]|^\([0-9０-９]+\)|^（[0-9０-９]+）")
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    chars: list[dict] = field(default_factory=list, repr=False)

    @property
    def bbox(self) -> BBox:
        return (self.x0, self.top, self.x1, self.bottom)


def _inside(ch: dict, bbox: BBox) -> bool:
    cx = (ch["x0"] + ch["x1"]) / 2
    cy = (ch["top"] + ch["bottom"]) / 2
    return bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]


def chars_in(chars: list[dict], bbox: BBox) -> list[dict]:
    return [c for c in chars if _inside(c, bbox)]


def build_lines(chars: list[dict]) -> list[Line]:
    """Group chars into visual lines (by vertical overlap), left to right.

    Trailing/leading blanks are stripped; inner blanks are kept as printed.
    """
    visible = sorted(chars, key=lambda c: (round(c["top"], 1), c["x0"]))
    rows: list[list[dict]] = []
    spans: list[list[float]] = []  # per row: first top, min top, max bottom
    for ch in visible:
        mid = (ch["top"] + ch["bottom"]) / 2
        # chars come sorted by top: only the last few rows can still take this char
        for idx in range(len(rows) - 1, max(-1, len(rows) - 4), -1):
            first_top, r_top, r_bot = spans[idx]
            if r_top - 0.5 <= mid <= r_bot + 0.5 and abs(first_top - ch["top"]) < 0.6 * ch["size"]:
                rows[idx].append(ch)
                spans[idx][1] = min(r_top, ch["top"])
                spans[idx][2] = max(r_bot, ch["bottom"])
                break
        else:
            rows.append([ch])
            spans.append([ch["top"], ch["top"], ch["bottom"]])
    lines = []
    for row in rows:
        row.sort(key=lambda c: c["x0"])
        text = "".join(c["text"] for c in row)
        stripped = text.strip(" \u3000")
        if not stripped:
            continue
        solid = [c for c in row if c["text"].strip(" \u3000")]
        lines.append(
            Line(
                text=stripped,
                x0=min(c["x0"] for c in solid),
                x1=max(c["x1"] for c in solid),
                top=min(c["top"] for c in solid),
                bottom=max(c["bottom"] for c in solid),
                size=max(c["size"] for c in solid),
                chars=solid,
            )
        )
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines


def lines_in(chars: list[dict], bbox: BBox) -> list[Line]:
    return build_lines(chars_in(chars, bbox))


def _is_full(line: Line, right: float, width: float) -> bool:
    """A line that (nearly) reaches the box's right edge was wrapped, not broken by
    hand. Renderers leave a few characters free at a wrap (Latin runs are not split,
    禁則 moves punctuation), so a break counts as explicit only when the line stops
    well short: more than two characters and more than a quarter of the box."""
    return right - line.x1 < max(2.2 * line.size, 0.25 * width)


_KANA_SPLIT = re.compile(r"^[ァ-ヶ][ァ-ヶー]$")


def join_lines(lines: list[Line], right: float) -> str:
    """Join the lines of one item: wraps join with nothing, short lines with ``\\n``."""
    out = ""
    width = right - min((ln.x0 for ln in lines), default=right)
    for i, ln in enumerate(lines):
        if i == 0:
            out = ln.text
        elif _is_full(lines[i - 1], right, width) or _KANA_SPLIT.search(out[-1:] + ln.text[:1]):
            out += ln.text  # (a katakana word split at a line end, 「メ／ニュー」, was wrapped: 禁則 kept ニュ together)
        else:
            out += "\n" + ln.text
    return out


def split_items(lines: list[Line], right: float, bullets: bool = True) -> list[list[Line]]:
    """Split lines into items: a bullet mark or a pitch larger than the wrap pitch
    starts a new item."""
    items: list[list[Line]] = []
    for ln in lines:
        new = not items
        if items:
            prev = items[-1][-1]
            pitch = ln.top - prev.top
            if pitch > 1.2 * max(prev.size, ln.size):
                new = True
            elif bullets and BULLET_RE.match(ln.text):
                new = True
        if new:
            items.append([ln])
        else:
            items[-1].append(ln)
    return items


def block_texts(lines: list[Line], right: float, bullets: bool = True) -> list[str]:
    return [join_lines(group, right) for group in split_items(lines, right, bullets)]


def cell_text(chars: list[dict], bbox: BBox | None) -> str:
    """The whole text of one table cell, wraps joined."""
    if bbox is None:
        return ""
    lines = lines_in(chars, bbox)
    return join_lines(lines, bbox[2] - 1.0) if lines else ""


def union(boxes: list[BBox]) -> BBox | None:
    boxes = [b for b in boxes if b]
    if not boxes:
        return None
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )

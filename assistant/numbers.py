"""Derived numeric values from display strings (never applied to the sheet itself)."""

from __future__ import annotations

import re
import unicodedata

_MISSING = {"", "―", "-", "－", "—", "ー", "‐", "…"}


def to_float(display: str | None) -> float | None:
    """``"5,604"`` -> 5604.0, ``"△ 3,215"`` -> -3215.0, ``"―"`` -> None, ``"８４"`` -> 84.0."""
    if display is None:
        return None
    text = unicodedata.normalize("NFKC", display).strip()
    if text in _MISSING:
        return None
    negative = False
    if text.startswith(("△", "▲")):
        negative = True
        text = text[1:]
    text = text.replace(",", "").replace(" ", "")
    text = re.sub(r"(千円|円|%|％|人|社|件|回|名)$", "", text)
    if text.startswith("-"):
        negative = not negative if negative else True
        text = text[1:]
    try:
        value = float(text)
    except ValueError:
        return None
    return -value if negative else value


def numbers_in(text: str) -> list[str]:
    """Numbers as they appear in ``text`` (NFKC, commas dropped): for faithfulness checks."""
    norm = unicodedata.normalize("NFKC", text)
    return [m.replace(",", "") for m in re.findall(r"\d[\d,]*(?:\.\d+)?", norm)]

"""Text heuristics of drafting: terms, similarity, the cause an analysis names, the
measure a sentence proposes, and how sources and years are labelled."""

from __future__ import annotations

import re

from ingest.form import SECTION_SHORT_LABELS, reiwa
from ingest.form import nfkc as _nfkc

# --------------------------------------------------------------------------- text helpers
_STOP = frozenset("実施 必要 こと する ある いる なる 行う 図る 向け 向ける 年度 事業 取組 取り組む 目標 対応 よう ため 等 "
                  "もの れる られる 前年度 今後 また 一方 できる 増加 減少 下回る 上回る 目標値 参加 つなげる 活用 "
                  "改善 場合 的 性 化 県 さ".split())


def _terms(text: str) -> set[str]:
    from assistant.text.tokens import tokenize

    return {t for t in tokenize(text) if t not in _STOP and len(t) > 1 or (len(t) == 1 and "\u4e00" <= t <= "\u9fff"
                                                                             and t not in _STOP)}


def _overlap(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _bigrams(text: str) -> set[str]:
    t = re.sub(r"[\s・、。「」（）()]", "", _nfkc(text))
    return {t[i:i + 2] for i in range(len(t) - 1)}


def _similar(a: str, b: str) -> float:
    """Share of ``a``'s character bigrams found in ``b`` (how much of a repeats b)."""
    x, y = _bigrams(a), _bigrams(b)
    return len(x & y) / len(x) if x else 0.0


def _sentences(text: str) -> list[str]:
    """Sentences and lines, each an exact substring of ``text``."""
    return [s.strip() for s in re.findall(r"[^。\n]+。?", text or "") if s.strip()]


def _lines(text: str) -> list[str]:
    return [s.strip() for s in (text or "").split("\n") if s.strip()]


def _body(line: str) -> str:
    """A bullet line without its leading 「・」 and final 「。」."""
    return line.strip().lstrip("・").rstrip("。").strip()


def _short(text: str, n: int = 40) -> str:
    text = _body(text).replace("\n", "")
    return text if len(text) <= n else text[: n - 1] + "…"


_MARKS = "①②③④⑤⑥⑦⑧⑨"


def _reiwa(fy: int) -> str:
    return reiwa(fy) if fy else ""


def _v(value: str, unit: str) -> str:
    value = (value or "").strip()
    return "―" if not value or value == "―" else f"{value}{unit}"


def _section_label(c: dict) -> str:
    s = c["section"]
    label = SECTION_SHORT_LABELS.get(s)
    return label or f"{s} {c.get('section_title', '')}".strip()

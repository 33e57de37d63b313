"""The form's vocabulary in one place: the parsed ``Sheet`` and its rows, the section
codes and titles, 和暦 years, 事業番号 and printed numbers.

Everything here describes the 事業改善シート itself (SHEET_SCHEMA.md), so it sits at
the bottom of the layers: the parser, the chunker, the index, the answers, the UI and
the eval all read it; it imports nothing of the project.

Values inside ``Sheet`` stay display strings exactly as printed; normalised numbers
live only in derived values (:func:`to_float`, :func:`numbers_in`).
"""

from __future__ import annotations

import re
import unicodedata

from pydantic import BaseModel, Field


# --------------------------------------------------------------------------- text
def nfkc(text: str | None) -> str:
    """NFKC-normalised ``text`` (``None`` -> ``""``): full-width digits and letters to ASCII."""
    return unicodedata.normalize("NFKC", text or "")


# --------------------------------------------------------------------------- sections
SEC_INDICATORS = "4"  # 成果指標
SEC_PLAN = "5"  # 総合５か年計画の施策分野と達成目標
SEC_COST = "6"  # 事業コスト
SEC_RESULTS = "7"  # 主な取組実績と成果
SEC_ANALYSIS = "8"  # 成果指標の達成状況に関する要因分析
SEC_DIRECTION = "9"  # 今後の事業の方向性 (9-1 and 9-2 together)
SEC_ISSUES = "9-1"  # 課題
SEC_MEASURES = "9-2"  # 事業改善の方策
SEC_DETAIL = "detail"  # 細事業一覧
SEC_HEADER = "header"  # the lines above section 1: 事業番号, 事業名, 部局, 課・室, 実施期間, E-mail
HEADER_TITLE = "事業の基本情報（シート冒頭）"
INDICATOR_SECTIONS = (SEC_INDICATORS, SEC_ANALYSIS)  # sections cited per indicator

SECTION_TITLES = {
    "1": "現状と課題",
    "2": "事業目的",
    "3": "事業目的を達成するための取組",
    SEC_INDICATORS: "成果指標",
    SEC_PLAN: "本事業が貢献する総合５か年計画の施策分野と達成目標",
    SEC_COST: "事業コスト",
    SEC_RESULTS: "主な取組実績と成果",
    SEC_ANALYSIS: "成果指標の達成状況に関する要因分析",
    SEC_DIRECTION: "今後の事業の方向性",
    SEC_ISSUES: "課題",
    SEC_MEASURES: "事業改善の方策",
    SEC_DETAIL: "細事業一覧",
}
SECTIONS = tuple(SECTION_TITLES) + (SEC_HEADER,)  # every section code a citation or an eval question may name
# How a chunk header and a draft name the parts of section 9 and the 細事業一覧.
SECTION_SHORT_LABELS = {SEC_ISSUES: "９(1) 課題", SEC_MEASURES: "９(2) 事業改善の方策", SEC_DETAIL: "細事業一覧"}

# The ``kaizen ask --json`` contract: the keys of one citation, in order.
CITATION_KEYS = ("n", "jigyo_no", "jigyo_name", "fiscal_year", "section", "section_title", "indicator",
                 "indicator_name", "page", "bbox", "file", "quote")


# --------------------------------------------------------------------------- 和暦 years
REIWA_BASE = 2018  # 令和N年度 = 2018 + N
HEISEI_BASE = 1988  # 平成N年度 = 1988 + N
_ERA_RE = re.compile(r"(令和|平成|R|H)\s*(元|\d+)\s*年度?")


def era_year(era: str, n: str | int) -> int:
    """``("令和", "6")`` -> 2024; ``R``/``r`` are 令和, anything else 平成; ``元`` is 1."""
    num = 1 if n == "元" else int(n)
    return (REIWA_BASE if era in ("令和", "R", "r") else HEISEI_BASE) + num


def fiscal_year_of(label: str) -> int | None:
    """``令和６年度実施事業分`` -> 2024 (the fiscal year's starting calendar year)."""
    m = _ERA_RE.search(nfkc(label))
    if not m:
        return None
    return era_year(m.group(1), m.group(2))


def parse_year(text: str | int | None) -> int | None:
    """``2024``, ``R6``, ``令和6年度``, ``令和６`` -> 2024."""
    if text is None or text == "":
        return None
    if isinstance(text, int):
        return text
    t = nfkc(str(text)).strip()
    if re.fullmatch(r"\d{4}", t):
        return int(t)
    m = re.match(r"^(令和|R|r|平成|H|h)\s*(元|\d+)", t)
    if m:
        return era_year(m.group(1), m.group(2))
    raise ValueError(f"年度を解釈できません: {text}（例: 2024, R6, 令和6年度）")


def reiwa(fiscal_year: int) -> str:
    """2024 -> ``R6`` (the column labels of the form)."""
    return f"R{fiscal_year - REIWA_BASE}"


def year_label(fiscal_year: int, gannen: bool = False) -> str:
    """2024 -> ``令和6年度``; with ``gannen`` the first year is ``元`` (2019 -> 令和元年度)."""
    if fiscal_year >= REIWA_BASE + 1:
        n = fiscal_year - REIWA_BASE
    elif fiscal_year >= HEISEI_BASE + 1:
        n = fiscal_year - HEISEI_BASE
    else:
        return f"{fiscal_year}年度"
    era = "令和" if fiscal_year > REIWA_BASE else "平成"
    return f"{era}{'元' if gannen and n == 1 else n}年度"


# --------------------------------------------------------------------------- 事業番号
def normalize_jigyo_no(text: str) -> str:
    """``020502``, ``02-05-02``, ``02 05 02`` -> ``02 05 02``."""
    digits = re.sub(r"\D", "", nfkc(text))
    if len(digits) == 6:
        return f"{digits[0:2]} {digits[2:4]} {digits[4:6]}"
    return nfkc(text).strip()


# --------------------------------------------------------------------------- stage
# The header's checks line names the stage a sheet was made for; one box is marked (■).
STAGES = ("当初要求", "当初予算案", "補正予算案", "点検")
_CHECK_RE = re.compile(r"([□■☑])\s*([^□■☐☑]*)")


def stage_of(checks: str | None) -> str:
    """The stage marked on the checks line: ``□当初要求　□当初予算案 　□補正予算案　■点検`` -> ``点検``.

    Several marked boxes join with ``・`` in the form's order; none marked (or no checks line)
    gives ``""``. Part of a sheet's identity with 事業番号 and 年度: the same 事業 and year
    printed for 当初要求 and for 点検 are two different sheets."""
    text = nfkc(checks).replace("☐", "□")
    marked = []
    for box, label in _CHECK_RE.findall(text):
        if box == "□":
            continue
        label = re.sub(r"\s+", "", label)
        marked.append(next((s for s in STAGES if s == label), label))
    order = {s: i for i, s in enumerate(STAGES)}
    return "・".join(sorted(dict.fromkeys(m for m in marked if m), key=lambda m: order.get(m, len(STAGES))))


# --------------------------------------------------------------------------- numbers
_MISSING = {"", "―", "-", "－", "—", "ー", "‐", "…"}


def to_float(display: str | None) -> float | None:
    """``"5,604"`` -> 5604.0, ``"△ 3,215"`` -> -3215.0, ``"―"`` -> None, ``"８４"`` -> 84.0."""
    if display is None:
        return None
    text = nfkc(display).strip()
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
    return [m.replace(",", "") for m in re.findall(r"\d[\d,]*(?:\.\d+)?", nfkc(text))]


# --------------------------------------------------------------------------- the sheet
class Bullet(BaseModel):
    """A headed group of bullets (sections 3 and 7)."""

    head: str = ""
    items: list[str] = Field(default_factory=list)


class Indicator(BaseModel):
    """Sections 4 and 8 joined per indicator."""

    no: int
    mark: str = ""
    name: str = ""
    unit: str = ""
    r4: str = ""
    r5: str = ""
    r5_trend: str = ""
    r6_target: str = ""
    r6: str = ""
    r6_trend: str = ""
    status: str = ""
    reason: str = ""
    analysis: list[str] = Field(default_factory=list)


class YearValue(BaseModel):
    year: str = ""
    value: str = ""


class PlanRow(BaseModel):
    """Section 5 row."""

    no: str = ""
    field: str = ""
    goal: str = ""
    unit: str = ""
    recent: list[YearValue] = Field(default_factory=list)
    target: YearValue = Field(default_factory=YearValue)


class CostRow(BaseModel):
    """Section 6 row (千円, staff in 人)."""

    year: str = ""
    carryover: str = ""
    initial: str = ""
    supplementary: str = ""
    total: str = ""
    general: str = ""
    settlement: str = ""
    staff: str = ""


class DetailItem(BaseModel):
    no: int
    name: str = ""
    summary: str = ""
    output: str = ""
    method: str = ""


class DetailRow(BaseModel):
    """細事業一覧 row: one 細事業 and its 主な取組."""

    no: int
    name: str = ""
    r6: str = ""
    r5: str = ""
    r4: str = ""
    items: list[DetailItem] = Field(default_factory=list)


class Sheet(BaseModel):
    """One 事業改善シート, field for field as SHEET_SCHEMA.md names them."""

    year_label: str = ""
    checks: str = ""
    jigyo_no: str = ""
    jigyo_name: str = ""
    bukyoku: str = ""
    ka: str = ""
    period: str = ""
    email: str = ""
    s1: list[str] = Field(default_factory=list)
    s2: list[str] = Field(default_factory=list)
    s3: list[Bullet] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    s5: list[PlanRow] = Field(default_factory=list)
    cost: list[CostRow] = Field(default_factory=list)
    s7: list[Bullet] = Field(default_factory=list)
    s9_issues: list[str] = Field(default_factory=list)
    s9_measures: list[str] = Field(default_factory=list)
    detail: list[DetailRow] = Field(default_factory=list)
    pdf: str = ""

"""Data models: the parsed sheet (SHEET_SCHEMA.md) and what the service layer returns.

Values inside ``Sheet`` stay display strings exactly as printed; normalised numbers
live only in derived fields (see ``assistant.numbers``).
"""

from __future__ import annotations

from pydantic import BaseModel, Field


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

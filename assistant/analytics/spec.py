"""The typed query an analytics answer is computed from (pydantic).

The offline planner (:mod:`.planner`) and, when configured, an LLM (:mod:`.llm_spec`)
both fill a :class:`QuerySpec`; :mod:`.execute` runs it over the tables.  The model
never writes SQL: it can only choose among the measures, filters and aggregates below,
and a spec that does not validate is dropped for the offline one.  The spec is returned
with the answer (``kaizen ask --json`` ``"query"``) so a user can check what was computed.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

TableName = Literal["indicators", "costs", "details", "items"]


class Measure(BaseModel):
    """One measure: the table it is read from, its column, label and unit."""

    table: TableName
    column: str
    label: str
    unit: str  # 千円, 人, % (ratios), or "" (an indicator's own unit)
    ratio: bool = False  # shown as a percentage


MEASURES: dict[str, Measure] = {
    "settlement": Measure(table="costs", column="settlement", label="決算額", unit="千円"),
    "total": Measure(table="costs", column="total", label="予算現額", unit="千円"),
    "initial": Measure(table="costs", column="initial", label="当初予算", unit="千円"),
    "supplementary": Measure(table="costs", column="supplementary", label="補正予算等", unit="千円"),
    "carryover": Measure(table="costs", column="carryover", label="前年度繰越", unit="千円"),
    "general": Measure(table="costs", column="general", label="一般財源", unit="千円"),
    "staff": Measure(table="costs", column="staff", label="職員数", unit="人"),
    "exec_rate": Measure(table="costs", column="exec_rate", label="執行率（決算額÷予算現額）", unit="%", ratio=True),
    "general_ratio": Measure(table="costs", column="general_ratio", label="一般財源の割合（一般財源÷予算現額）",
                             unit="%", ratio=True),
    "unused": Measure(table="costs", column="unused", label="不用額（予算現額−決算額）", unit="千円"),
    "per_staff": Measure(table="costs", column="per_staff", label="職員1人あたりの決算額（決算額÷職員数）", unit="千円"),
    "indicator_value": Measure(table="indicators", column="value", label="成果指標の実績", unit=""),
    "achievement": Measure(table="indicators", column="achievement", label="成果指標の達成率（実績÷目標）",
                           unit="%", ratio=True),
    "detail_settlement": Measure(table="details", column="settlement", label="細事業の決算額", unit="千円"),
    "detail_top_share": Measure(table="details", column="top_share", label="最大の細事業が事業全体に占める割合"
                                "（最大の細事業の決算額÷細事業の合計）", unit="%", ratio=True),
    "items": Measure(table="items", column="n", label="細事業の取組", unit="件"),  # counted (実施方法)
}
MeasureName = Literal["settlement", "total", "initial", "supplementary", "carryover", "general", "staff",
                      "exec_rate", "general_ratio", "unused", "per_staff", "indicator_value", "achievement", "detail_settlement",
                      "detail_top_share", "items"]


class Condition(BaseModel):
    """A numeric condition on a measure (補正を組んだ = supplementary != 0; 執行率90%未満 = exec_rate < 0.9)."""

    model_config = ConfigDict(extra="forbid")
    measure: MeasureName
    op: Literal[">", ">=", "<", "<=", "!=", "=="]
    value: float


# The 達成状況 of an indicator short of its target.
SHORT_OF_TARGET = ("未達成", "概ね達成")


class QuerySpec(BaseModel):
    """What to compute: the rows of one table, filtered, maybe grouped and aggregated, ordered."""

    model_config = ConfigDict(extra="forbid")
    measure: MeasureName
    year: int | None = Field(None, description="fiscal year the measure is read at (2024 = R6); None = default")
    compare_year: int | None = Field(None, description="with change: the earlier year the change is measured from")
    change: Literal["increase", "decrease", "any"] | None = Field(
        None, description="rank or filter by the change from compare_year to year")
    bukyoku: list[str] = Field(default_factory=list, description="部局 names (any of)")
    jigyo: list[str] = Field(default_factory=list, description="事業番号 (any of)")
    exclude: list[str] = Field(default_factory=list, description="事業番号 left out (「〇〇の事業を除くと」)")
    topic: str | None = Field(None, description="only the 事業 whose 事業名, 部局, 課 or 目的 has this word "
                              "(「福祉関係の事業」); words joined by | select any of them (「障がい|子ども」)")
    named: bool = Field(False, description="only the 事業 or 指標 the question names, compared (「AとB、どっちが上」)")
    indicators: list[str] = Field(default_factory=list, description="indicators as 事業番号#指標番号 (any of)")
    # 目標未満: short of the target, 未達成 or 概ね達成 (「目標に届かなかった指標」: 75.8 against 76.0 is 概ね達成)
    status: Literal["達成", "概ね達成", "未達成", "目標未満"] | None = None
    trend: Literal["↗", "↘", "→"] | None = None
    trend_before: Literal["↗", "↘", "→"] | None = Field(
        None, description="with trend: the 推移 the year before (「R5で↘だった指標のうち、R6で↗に転じた」)")
    trend_or: Literal["↗", "↘", "→"] | None = Field(
        None, description="with trend: another 推移 kept too (「推移が↘か→になってる指標」)")
    better: Literal["higher", "lower"] | None = Field(
        None, description="indicators whose figure is better higher (件数・人数) or lower (被害額・離職率), as their "
        "status against the target tells (達成 above the target = higher)")
    unit: str | None = Field(None, description="only the indicators whose unit is this (「単位が％の成果指標」: %; "
                             "compared NFKC-normalised, so ％ and % are one)")
    directed: bool = Field(False, description="achievement: the indicators better lower (as their status against "
                           "the target tells) read target÷actual (「少ない方がいい指標は目標÷実績で」)")
    conditions: list[Condition] = Field(default_factory=list)
    also: list[MeasureName] = Field(default_factory=list, description="other figures of the same table told beside "
                                    "each row (「AとBの決算額・執行率・職員数を比べて」)")
    others: bool = Field(False, description="money rows with conditions or steady, asked whether any exist or how "
                         "many: also tell and cite the rows checked and not kept (「繰越がある事業ってある？」)")
    condition_year: int | None = Field(
        None, description="money: the year the conditions are read at (「R5は全額一般財源だったのに、R6で割合が下がった」); "
        "None = the year asked")
    change_condition: Condition | None = Field(
        None, description="with change: a threshold on the change itself (a fraction with percent: 「10%以上増えた」)")
    span: int | None = Field(None, ge=2, le=3, description="money: read the span fiscal years ending at year "
                             "(3 = R4-R6: a 3-year total, or every year's row)")
    missing: bool = Field(False, description="only the rows whose measure is missing (―), never read as 0")
    missing_any: bool = Field(False, description="with missing, indicators: missing in any of the sheet's three years "
                              "(「実績が―の年度がある指標」), not only the year asked")
    missing_years: list[int] = Field(default_factory=list, description="with missing_any: only these fiscal years "
                                     "(「R4かR5の実績が―」); empty = all three")
    method: str | None = Field(None, description="items: the 取組 whose 実施方法 is this (補助, 委託, 直接…)")
    every: Literal["達成", "未達成", "未達成なし", "達成なし"] | None = Field(
        None, description="indicators per 事業: the 事業 whose every indicator has this status (― is no status); "
        "未達成なし: none of them 未達成 (「未達成の指標をひとつも抱えていない事業」)")
    reasons: bool = Field(False, description="indicators: cite and quote each row's 要因分析 (section 8) too")
    steady: Literal["increase", "decrease", "held"] | None = Field(
        None, description="rows whose figure rose (fell) every year over the three years ending at year; held: "
        "whose figure met the conditions on it in each of those years (「3年とも執行率95%以上」)")
    held_years: Literal[2] | None = Field(None, description="with steady held: the two years ending at year "
                                          "(「R4年度とR5年度の2年続けて減額補正」); None = three")
    percent: bool = Field(False, description="with change: rank and tell the change as a % of the earlier year")
    totals: bool = Field(False, description="with change: also tell both years' totals over every row with both "
                         "years (「増えた事業はいくつ、合計もあわせて」)")
    mean_too: bool = Field(False, description="with count of money rows: also tell their mean beside the total "
                           "(「何件ありますか？決算額の平均も」)")
    share: bool = Field(False, description="with count: tell the count as a share of every row in scope")
    extremes: bool = Field(False, description="with order: tell both the highest and the lowest row")
    member_smallest: bool = Field(False, description="with top_member: the smallest 細事業 instead (「その中で一番小さい」)")
    top_member: bool = Field(False, description="細事業 counted per 事業: also tell the largest 細事業 of the 事業 with "
                             "the most (「その中で一番大きい細事業も」)")
    negatives_too: bool = Field(False, description="with order and limit: also name every row below zero "
                                "(「上位3つと、逆にマイナス補正になっている事業」)")
    has_status: Literal["達成", "未達成", "全部達成", "達成なし", "未達成なし"] | None = Field(
        None, description="money rows: only the 事業 with an indicator of this status at its sheet's year (「決算額が減ったけど、"
                          "指標は達成している事業」); 全部達成: every indicator 達成; 達成なし: none 達成 (「一つも達成していない」); "
                          "未達成なし: none 未達成 (「未達成の指標がない」)")
    vs_mean: Literal["above", "below"] | None = Field(None, description="with aggregate mean: also name the rows above "
                                                      "(below) the mean (「平均と、平均を上回っている事業」)")
    group_by: Literal["bukyoku", "jigyo", "year", "method", "status", "trend"] | None = None  # method: the 取組' 実施方法
    having: Condition | None = Field(None, description="with group_by and count: keep the groups whose count "
                                     "meets this (「未達成の指標が1つだけの事業」: == 1)")
    rank_by: MeasureName | None = Field(None, description="with having: the 事業 kept are ranked on this money measure "
                                        "(「達成した指標が2つ以上ある事業のうち、決算額が一番大きいのは」)")
    rank_condition: Condition | None = Field(None, description="with rank_by: only the 事業 whose cost row meets "
                                             "this too (「決算が4,000万円以上で、しかも指標を2つ以上達成している事業」)")
    aggregate: Literal["count", "sum", "mean", "median", "min", "max"] | None = None
    order: Literal["desc", "asc"] | None = None
    limit: int | None = Field(None, ge=1, le=1000)

    def statuses(self) -> tuple[str, ...]:
        """The sheets' 達成状況 values the status filter keeps (目標未満: 未達成 and 概ね達成)."""
        return SHORT_OF_TARGET if self.status == "目標未満" else (self.status,) if self.status else ()

    @model_validator(mode="after")
    def _consistent(self) -> QuerySpec:
        table = MEASURES[self.measure].table
        if (self.status or self.trend or self.better) and table != "indicators":
            raise ValueError("status/trend filter only an indicator measure")
        if self.unit and table != "indicators":
            raise ValueError("unit picks out indicators")
        if self.trend_before and not (self.trend or self.status):
            raise ValueError("status/trend filter only an indicator measure")
        for c in self.conditions:
            if MEASURES[c.measure].table != table:
                raise ValueError("a condition must be on the same table as the measure")
        if any(MEASURES[a].table != table for a in self.also):
            raise ValueError("the figures told beside are of the measure's table")
        if self.compare_year is not None and self.year is not None and self.compare_year >= self.year:
            raise ValueError("compare_year must be before year")
        if self.every and (table != "indicators" or self.group_by != "jigyo"):
            raise ValueError("every is told per 事業 over its indicators")
        if self.method and table != "items":
            raise ValueError("method filters the 取組 (measure items)")
        if table == "items" and (self.change or self.conditions or self.year is not None or self.span):
            raise ValueError("取組 are counted per sheet (no year, change or condition)")
        if self.span and (table == "indicators" or self.change):
            raise ValueError("span reads money over several years (no change, no indicator)")
        if self.group_by == "status" and (table != "indicators" or self.status):
            raise ValueError("達成状況 groups the indicators (no status filter)")
        if self.group_by == "trend" and (table != "indicators" or self.trend):
            raise ValueError("推移 groups the indicators (no trend filter)")
        if self.group_by == "method" and table != "items":
            raise ValueError("実施方法 groups the 取組 (measure items)")
        if (self.missing_any or self.missing_years) and (not self.missing or table != "indicators"):
            raise ValueError("missing_any reads an indicator's three years for ―")
        if self.directed and self.measure != "achievement":
            raise ValueError("directed reads an achievement rate")
        if self.reasons and table != "indicators":
            raise ValueError("reasons are the indicators' 要因分析")
        if self.steady and (self.change or self.span or self.group_by or table == "items"):
            raise ValueError("steady reads each row's three years (no change, span or group)")
        if self.held_years and self.steady != "held":
            raise ValueError("held_years counts the years held")
        if self.steady == "held" and not any(c.measure == self.measure for c in self.conditions):
            raise ValueError("held reads the conditions on the measure in each year")
        if self.condition_year is not None and (table != "costs" or not self.conditions):
            raise ValueError("condition_year reads the cost conditions at another year")
        if self.change_condition and not self.change:
            raise ValueError("change_condition filters a change")
        if self.rank_by and (not self.having or MEASURES[self.rank_by].table != "costs"):
            raise ValueError("rank_by ranks the 事業 a count kept, on a money measure")
        if self.rank_condition and (not self.rank_by or MEASURES[self.rank_condition.measure].table != "costs"):
            raise ValueError("rank_condition keeps the ranked 事業 by a cost figure")
        if self.having and self.aggregate != "count":
            raise ValueError("having keeps groups by their count")
        if self.share and self.aggregate == "sum" and not (self.bukyoku or self.jigyo or self.topic):
            raise ValueError("a sum's share is a part's (a 部局, 事業 or topic) against every 事業")
        if self.has_status and table not in ("costs", "details"):
            raise ValueError("has_status keeps money rows by their 事業's indicators")
        if self.vs_mean and (self.aggregate != "mean" or self.group_by):
            raise ValueError("vs_mean names the rows against a mean over rows")
        if self.totals and not self.change:
            raise ValueError("totals are a change's two years")
        if self.percent and not self.change:
            raise ValueError("percent is a change's")
        if self.change and self.group_by:
            raise ValueError("a change is told per row, not per group")
        return self

    @property
    def table(self) -> str:
        return MEASURES[self.measure].table

    def to_dict(self) -> dict:
        return self.model_dump(mode="json")

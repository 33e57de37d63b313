"""Section-level chunks with structured metadata.

One chunk per section; sections 4 and 8 one chunk per indicator; 9 split into 9-1
and 9-2; 細事業一覧 one chunk per 細事業. Every chunk's text starts with a short
context header so it stands alone; ``quote`` is the sheet's own text (what a
citation shows).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from .form import (
    SEC_ANALYSIS,
    SEC_DETAIL,
    SEC_INDICATORS,
    SEC_ISSUES,
    SEC_MEASURES,
    SECTION_SHORT_LABELS,
    SECTION_TITLES,
    Indicator,
    Sheet,
    reiwa,
    to_float,
)
from .parser import PARSER_VERSION, ParsedSheet


@dataclass
class Chunk:
    id: str
    text: str  # header + body: what is embedded and searched
    quote: str  # the body as printed on the sheet
    metadata: dict = field(default_factory=dict)


def indicator_years(fiscal_year: int | None) -> tuple[str, str, str]:
    """Labels of the positional columns r4, r5, r6 for a sheet of ``fiscal_year``."""
    if not fiscal_year:
        return ("R4", "R5", "R6")
    return (reiwa(fiscal_year - 2), reiwa(fiscal_year - 1), reiwa(fiscal_year))


def _v(value: str, unit: str) -> str:
    value = value.strip()
    if not value or value == "―":
        return "―"
    return f"{value}{unit}"


def figures_text(ind: Indicator, fiscal_year: int | None) -> str:
    """「R4 96％ → R5 97％（↗）→ R6 84％（↘）（目標95％、未達成）」"""
    y4, y5, y6 = indicator_years(fiscal_year)
    u = ind.unit
    parts = [f"{y4} {_v(ind.r4, u)}", f"{y5} {_v(ind.r5, u)}" + (f"（{ind.r5_trend}）" if ind.r5_trend else "")]
    parts.append(f"{y6} {_v(ind.r6, u)}" + (f"（{ind.r6_trend}）" if ind.r6_trend else ""))
    tail = f"（目標{_v(ind.r6_target, u)}、{ind.status or '―'}）"
    return " → ".join(parts) + tail


def cost_text(sheet: Sheet) -> str:
    rows = []
    for r in sheet.cost:
        rows.append(
            f"{r.year}：前年度繰越 {r.carryover}、当初予算 {r.initial}、補正予算等 {r.supplementary}、"
            f"合計（予算現額） {r.total}、うち一般財源 {r.general}、決算額 {r.settlement}（千円）、職員数 {r.staff}人"
        )
    return "\n".join(rows)


def _headed(groups) -> str:
    out = []
    for g in groups:
        if g.head:
            out.append(g.head)
        out.extend(g.items)
    return "\n".join(out)


def _bbox_str(loc) -> tuple[int, str]:
    if not loc:
        return 0, ""
    page, bbox = loc
    return page, ",".join(f"{v:.1f}" for v in bbox)


def plan_text(sheet: Sheet) -> str:
    """Section 5, one line per 施策分野 (empty cells left out)."""
    rows = []
    for r in sheet.s5:
        cells = [r.no, r.field, r.goal, r.unit] + [f"{x.year} {x.value}".strip() for x in r.recent]
        cells.append(f"目標 {r.target.year} {r.target.value}".strip() if (r.target.year or r.target.value) else "")
        rows.append("　".join(c for c in cells if c.strip()))
    return "\n".join(rows)


def _indicator_numbers(ind: Indicator) -> dict[str, float]:
    """The indicator's figures as numbers (chunk metadata for cross-sheet questions)."""
    nums = {}
    for name in ("r4", "r5", "r6", "r6_target"):
        f = to_float(getattr(ind, name))
        if f is not None:
            nums[name] = f
    return nums


def _cost_numbers(sheet: Sheet) -> dict[str, float]:
    """Budget figures by kind and year, e.g. ``supplementary_R6`` (chunk metadata)."""
    costs = {}
    for r in sheet.cost:
        for name in ("initial", "supplementary", "total", "settlement"):
            f = to_float(getattr(r, name))
            if f is not None and r.year:
                costs[f"{name}_{r.year.replace('年度', '')}"] = f
    return costs


def make_chunks(parsed: ParsedSheet, file: str) -> list[Chunk]:
    s = parsed.sheet
    fy = parsed.fiscal_year or 0
    version = parsed.version
    base = {
        "jigyo_no": s.jigyo_no,
        "jigyo_name": s.jigyo_name,
        "bukyoku": s.bukyoku,
        "ka": s.ka,
        "fiscal_year": fy,
        "year_label": s.year_label,
        "file": file,
        "sha256": parsed.sha256,
        "version": version,
        "parser_version": PARSER_VERSION,
    }
    chunks: list[Chunk] = []

    def add(section: str, body: str, loc_key: str, indicator: Indicator | None = None, sub: str = "", extra=None):
        if not body.strip():
            return
        title = SECTION_TITLES[section]
        label = SECTION_SHORT_LABELS.get(section, f"{section} {title}")
        head = f"【{s.jigyo_name}（事業番号 {s.jigyo_no}）{s.year_label}】{label}"
        if indicator is not None:
            head += f" 指標{indicator.mark} {indicator.name}（{indicator.unit}）"
        if sub:
            head += f" {sub}"
        page, bbox = _bbox_str(parsed.locations.get(loc_key))
        meta = dict(base)
        meta.update(
            section=section,
            section_title=title,
            indicator=indicator.no if indicator else 0,
            indicator_name=indicator.name if indicator else "",
            status=indicator.status if indicator else "",
            page=page,
            bbox=bbox,
        )
        pages = parsed.item_pages.get(loc_key) or []
        if len(set(pages)) > 1 and len(pages) == len(body.split("\n")):
            meta["line_pages"] = ",".join(map(str, pages))  # the page of each line (a section across a page break)
            meta["page_bboxes"] = ";".join(f"{p}:" + ",".join(f"{v:.1f}" for v in b)
                                           for p, b in parsed.page_boxes.get(loc_key, {}).items())
        if extra:
            meta.update(extra)
        key = loc_key.replace(":", "-")
        cid = f"{s.jigyo_no.replace(' ', '')}-{fy}-{key}-{version}"
        chunks.append(Chunk(id=cid, text=f"{head}\n{body}", quote=body, metadata=meta))

    add("1", "\n".join(s.s1), "1")
    add("2", "\n".join(s.s2), "2")
    add("3", _headed(s.s3), "3")
    for ind in s.indicators:
        nums = _indicator_numbers(ind)
        body = f"{ind.name}：{figures_text(ind, fy)}"
        if ind.reason:
            body += f"\n目標値設定理由：{ind.reason}"
        add(SEC_INDICATORS, body, f"{SEC_INDICATORS}:{ind.no}", ind, extra=nums)
    add("5", plan_text(s), "5")
    add("6", cost_text(s), "6", extra=_cost_numbers(s))
    add("7", _headed(s.s7), "7")
    for ind in s.indicators:
        add(SEC_ANALYSIS, "\n".join(ind.analysis), f"{SEC_ANALYSIS}:{ind.no}", ind)
    add(SEC_ISSUES, "\n".join(s.s9_issues), SEC_ISSUES)
    add(SEC_MEASURES, "\n".join(s.s9_measures), SEC_MEASURES)
    y4, y5, y6 = indicator_years(fy)
    for i, row in enumerate(s.detail, start=1):
        lines = [f"細事業{row.no} {row.name}：決算額 {y6}年度 {row.r6}千円、{y5}年度 {row.r5}千円、{y4}年度 {row.r4}千円"]
        for it in row.items:
            lines.append(f"取組{it.no} {it.name}（実施方法：{it.method}）：{it.summary}／アウトプット：{it.output}")
        add(SEC_DETAIL, "\n".join(lines), f"{SEC_DETAIL}:{i}", sub=f"細事業{row.no} {row.name}",
            extra={"detail_no": row.no, "methods": json.dumps(sorted({it.method for it in row.items}), ensure_ascii=False)})
    return chunks

"""The years a question asks about that no sheet reports on, and the sentence that refuses them.

A sheet of fiscal year FY reports R(FY-2)…R(FY) and plans R(FY+1) in its 方策; a year no indexed
sheet covers, a next year's figures, or a year the linked 事業's own sheets do not cover is refused
plainly instead of answered with another year's figures.
"""

from __future__ import annotations

import re

from ingest.form import REIWA_BASE, year_label

from ..text.vocabulary import FIGURE_ASKED_Q, SHEET_YEAR_Q
from ..types import QueryPlan
from .evidence import sheet_text

# A figure compared with an earlier era as a whole (「平成の頃と比べるとどれくらい減った」「昭和の時代から」): no sheet
# reports beyond its three years, unless it writes of that era.
_ERA_Q = re.compile(r"(平成|昭和)(?:の(?:頃|ころ|時代|時|初め|終わり|半ば)|時代)")

# Next year's money asked, the year said in words (「来年度、…の補助にはいくら予算を確保してる」「来年度の予算はいくら付くの」):
# the sheet plans next year in words (方策), its money is on next year's sheet.
_NEXT_YEARS_MONEY_Q = re.compile(r"(?:来年度?|次年度|翌年度)(?:の|は|に|、|って)?[^。？?]{0,20}?(?:いくら|何円|金額|予算額|予算要求)"
                                 r"|(?:いくら|何円)[^。？?]{0,12}(?:来年度?|次年度|翌年度)")


_CHANGED_Q = re.compile(r"上げる|上げん|引き上げ|引上げ|下げる|引き下げ|増やす|減らす|変わる|変える|拡充|見直")


def years_unreported(snap, plan: QueryPlan, hits) -> str | None:
    """One Japanese sentence when the years asked are no sheet's (see module doc), else None."""
    newest = max((r.fiscal_year or 0) for r in snap.sheet_rows)
    stated = _years_written(snap, plan, hits, newest)
    unknown = [y for y in plan.unknown_years if y not in stated]
    if unknown and not [y for y in plan.years if y not in unknown]:
        ys = "・".join(year_label(y) for y in unknown)
        return f"{ys}の情報は取り込まれたシートに記載がないため、お答えできません。"
    future = [y for y in plan.years if y > newest and not plan.relative_year and y not in stated]
    if future and "cost" in plan.intents:  # (read once, not per year)
        budgeted = _budget_years(snap, plan, hits)
        future = [y for y in future if y not in budgeted]
    # Next year's plans are on the sheet (9-2); next year's figures (決算見込み, 予算額) are not.
    if future and (plan.intent != "plan" or "cost" in plan.intents or FIGURE_ASKED_Q.search(plan.norm)):
        ys = "・".join(year_label(y) for y in future)
        return f"{ys}の実績や予算はまだどのシートにも記載がないため、お答えできません。"
    era = _ERA_Q.search(plan.norm)
    if era and not any(y < 2019 for y in plan.years) and not _era_written(snap, hits):
        return f"「{era.group(1)}の頃」の数値は取り込まれたシートに記載がないため、お答えできません（シートにあるのは直近3年度の数値です）。"
    # (「来年度上げるんだっけ、いくらに」: the amount the 方策 raises a subsidy to, written on the sheet)
    if not plan.years and _NEXT_YEARS_MONEY_Q.search(plan.norm) and not _CHANGED_Q.search(plan.norm):
        return "来年度の予算額はまだどのシートにも記載がないため、お答えできません（シートにあるのは今後の方策です）。"
    return _jigyo_years_gap(snap, plan)


def _answering_text(snap, hits, header: bool = True) -> str:
    """The text of the sheet the first hit is from (its header too, or not); none for the placeholder hits of a cross
    question's pre-check."""
    versions = {snap.chunks[h.chunk_id].meta.get("version") for h in hits[:1] if getattr(h, "chunk_id", None) in snap.chunks}
    return sheet_text(snap, [c for v in versions for c in snap.by_version.get(v, [])
                             if header or snap.chunks[c].meta.get("section") != "header"])


def _era_written(snap, hits) -> bool:
    """Whether the answering sheet's text speaks of an earlier era's years (平成, H30年): then it may tell the comparison."""
    return re.search(r"平成|昭和|(?<![A-Za-z])H\s*\d{1,2}\s*年", _answering_text(snap, hits, header=False)) is not None


def _budget_years(snap, plan: QueryPlan, hits) -> set[int]:
    """The years whose budget (当初予算, 予算現額) the cost table of the answering sheet, or of the 事業 named, prints: a
    sheet made when next year's budget is set carries its row (「R7年度：…当初予算 24,500」), so 「R7の当初予算」 is on it."""
    versions = {snap.chunks[h.chunk_id].meta.get("version") for h in hits[:3] if getattr(h, "chunk_id", None) in snap.chunks}
    versions |= {r.version for e in plan.jigyo if e.score >= 0.6 and (r := snap.newest_of(e.jigyo_no))}
    years = set()
    for v in versions:
        for c in snap.by_version.get(v, []):
            meta = snap.chunks[c].meta
            if meta.get("section") == "6":
                years |= {REIWA_BASE + int(k.rsplit("_R", 1)[1]) for k, x in meta.items()
                          if re.fullmatch(r"(?:initial|total)_R\d+", k) and isinstance(x, (int, float))}
    return years


def _years_written(snap, plan: QueryPlan, hits, newest: int) -> set[int]:
    """The years past every sheet's next year that the answering sheet writes (「R8年度の設置率100％の達成が厳しい」, a
    target year in its 課題 or 方策): a question about what the sheet says of that year (「R8で100%の計画でしょ？いけそう
    なの？」) is answered from it, not refused as a year no sheet reports on.  (The next year, R7, is written on most
    sheets' 方策: its figures are still no sheet's.)"""
    later = [y for y in plan.unknown_years if y > newest]
    if not later:
        return set()
    text = _answering_text(snap, hits)
    return {y for y in later if re.search(rf"(?:R|令和){y - REIWA_BASE}年", text, re.IGNORECASE)}


def _jigyo_years_gap(snap, plan: QueryPlan) -> str | None:
    """Years the linked 事業's own sheets do not cover.

    A sheet of fiscal year FY reports R(FY-2)…R(FY); 「森林づくり担い手確保事業のR3年度の決算額」
    is not on a FY2024 sheet even when another 事業's older sheet covers R3.  「令和5年度実施事業分
    のシート」 names a sheet: that 事業 must have one for that year.
    """
    if not plan.jigyo or plan.relative_year:
        return None
    no = plan.jigyo[0].jigyo_no
    fys = {r.fiscal_year for r in snap.versions_of(no)}
    if not fys:
        return None
    name = plan.jigyo[0].name or no
    m = SHEET_YEAR_Q.search(plan.norm)
    if m:
        fy = REIWA_BASE + int(m.group(1))
        if fy not in fys:
            return f"{name}の{year_label(fy)}実施事業分のシートは取り込まれていないため、お答えできません。"
    # 「令和８年度の予算っていくら要求してる」: its table ends with the sheet's year, or with next year's budget row when the
    # sheet prints one (「R7年度：…当初予算 24,500」); another 事業's newer sheet is no matter
    if plan.intent == "cost" and plan.years and min(plan.years) > max(fys) and not set(plan.years) <= _budget_years(snap, plan, []):
        ys = "・".join(year_label(y) for y in plan.years)
        return f"{ys}の予算・決算は{name}のシートにまだ記載がないため、お答えできません（記載があるのは{year_label(max(fys))}までです）。"
    figure = plan.intent in ("cost", "trend") or (plan.intent in ("activity", "lookup") and FIGURE_ASKED_Q.search(plan.norm))
    if figure and not re.search(r"施策|[5５]か年|総合計画", plan.norm):
        covered = {y for fy in fys for y in (fy - 2, fy - 1, fy)}
        missing = [y for y in plan.years if y not in covered and y <= max(fys)]
        if missing and len(missing) == len(plan.years):
            ys = "・".join(year_label(y) for y in missing)
            return f"{ys}の数値は{name}のシートに記載がないため、お答えできません。"
    return None

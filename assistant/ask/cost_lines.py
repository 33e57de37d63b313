"""The cost table (section 6, 事業コスト) told for a question: the columns it asks for, the years, and the figures
computed from two printed ones (不用額, 執行率, 一般財源の割合), each shown with both figures."""

from __future__ import annotations

import re

from ingest.form import nfkc, to_float

from ..query.money_link import amounts
from ..text.analytics_words import THRESHOLD_Q
from ..text.terms import YEARS_SPAN_Q
from ..text.vocabulary import CHANGE_Q, COST_COLUMNS, PREVIOUS_YEAR_Q, UNUSED_Q
from ..types import QueryPlan


def cost_sentences(rows: list[dict], plan: QueryPlan, name: str, mark: str) -> list[str]:
    """Sentences (each ending in ``mark``) that tell the cost table ``rows`` of program ``name`` for the question."""
    out: list[str] = []
    ys = sorted(plan.years)
    if len(ys) >= 2 and re.search(r"から|～|〜|→|まで|推移|変わ|比べ", plan.norm):
        ys = list(range(ys[0], ys[-1] + 1))  # 「R4からR6」: every year between
    elif len(ys) == 1 and PREVIOUS_YEAR_Q.search(plan.norm) and CHANGE_Q.search(plan.norm):
        ys = [ys[0] - 1, ys[0]]  # 「R6の決算いくら？前年からどれだけ増えた？」: the year before too
    elif YEARS_SPAN_Q.search(plan.norm):
        ys = []  # 「R6は補正も組んでますよね。決算ベースでどう推移してるのか」: every year the table gives
    want_years = {f"R{y - 2018}年度" for y in ys}
    sel = [r for r in rows if nfkc(r.get("year", "")) in want_years] or rows
    cols = _bare_budget(_cost_columns(plan.norm), plan.norm, sel)
    if UNUSED_Q.search(plan.norm) or _EXEC_RATE_Q.search(plan.norm):  # 「お金が余った」「執行率」: 予算現額 and 決算額
        cols = [c for c in cols if c[0] not in ("total", "settlement")] + [("total", "予算現額（合計）"), ("settlement", "決算額")]
    for col, label in cols:
        unit = "人" if col == "staff" else "千円"
        parts = [f"{r.get('year', '')} {r.get(col, '')}{unit}" for r in sel if r.get(col, "").strip()]
        if parts:
            out.append(f"{name}の{label}は {' → '.join(parts)} です{mark}。")
    out += _quoted_cells(rows, plan, sel, cols, name, mark)
    if UNUSED_Q.search(plan.norm):
        out += _unused_lines(name, sel if ys else sel[-1:], mark)
    for words, num, label in _SHARES:  # 「執行率は」「一般財源の比率」: computed from two printed figures, both shown
        if words.search(plan.norm):
            out += _share_lines(name, sel if ys else sel[-1:], num, label, mark)
    return out


def _quoted_cells(rows: list[dict], plan: QueryPlan, sel: list[dict], cols: list[tuple[str, str]], name: str,
                  mark: str) -> list[str]:
    """The figures of the table the question quotes in its own unit, beyond the years and columns told: 「前の年が1,234万円
    ですから５割近い増額」 is R5's 12,340 to be confirmed, 「補正で6千万円積み増した」 the 60,000 the table prints, in whichever
    year and column it stands."""
    shown = {(id(r), c) for r in sel for c, _ in cols}
    out: list[str] = []
    for a in ([] if THRESHOLD_Q.search(plan.norm) else amounts(plan.norm)):  # (「5,000万円以上」: a threshold, no cell)
        for r in rows:
            for col, label, _ in COST_COLUMNS[:-1]:
                x = to_float(r.get(col, ""))
                if x and abs(x - a.value) <= a.tolerance and (id(r), col) not in shown:
                    shown.add((id(r), col))
                    out.append(f"{name}の{label}は {r.get('year', '')} {r.get(col, '')}千円 です{mark}。")
    return out


def _cost_columns(question: str) -> list[tuple[str, str]]:
    """Every column of the cost table the question asks for, in the table's order, then the columns
    that give them their meaning.

    「当初予算はいくらで、予算現額はいくら？」 asks for two; 「予算は？」 for the budget
    (予算現額) and what was spent; 「決算額は？」 for what was spent, then the budget it came from;
    「補正は？」「一般財源は？」 for a part of the budget, then its 当初予算 and 予算現額; nothing
    specific (事業費・費用・いくらかかった), the settlement (決算額) and the budget it came from: staff who say 事業費
    mean either, and the sheet prints both.
    """
    q = re.sub(r"当初予算|補正予算", "", question)  # 予算 inside these names is not 予算現額
    asked = [(col, label) for col, label, pat in COST_COLUMNS
             if pat.search(q if col == "total" else question)]
    cols = {c for c, _ in asked}
    extra: list[tuple[str, str]] = []  # told after what was asked, to give it its meaning
    if cols == {"total"}:
        extra.append(("settlement", "決算額"))
    if cols == {"settlement"}:  # what was spent, beside the budget it was spent from
        extra.append(("total", "予算現額（合計）"))
    # 繰越・補正・一般財源 are parts of the budget: the 予算現額 they belong to gives them their
    # meaning, and a 繰越 or 補正 is added to the 当初予算 (「膨らんでる？繰越とか補正とか入ってる？」: all
    # three parts, and the sum)
    if cols & {"carryover", "supplementary"} and "initial" not in cols:
        extra.append(("initial", "当初予算"))
    if cols & {"carryover", "supplementary", "general"} and "total" not in cols:
        extra.append(("total", "予算現額（合計）"))
    return asked + extra if asked else [("settlement", "決算額"), ("total", "予算現額（合計）")]


def _bare_budget(cols: list[tuple[str, str]], question: str, rows: list[dict]) -> list[tuple[str, str]]:
    """「予算はいくら」 without saying which: the 当初予算, any 繰越 or 補正 of those years, and the 予算現額 they add
    up to; staff mean either the first or the last, and the sheet prints both."""
    if "total" not in {c for c, _ in cols} or "予算" not in question or re.search(r"現額|合計|当初|補正|繰越|繰り越", question):
        return cols
    moved = [(c, label) for c, label, _ in COST_COLUMNS if c in ("carryover", "supplementary")
             and any(re.sub(r"[0０,\s―－-]", "", r.get(c) or "") for r in rows)]
    extra = [("initial", "当初予算")] + moved
    i = [c for c, _ in cols].index("total")
    return cols[:i] + [x for x in extra if x not in cols] + cols[i:]


def _unused_lines(name: str, rows: list[dict], mark: str) -> list[str]:
    """不用額 (予算現額 − 決算額) of each row: computed from two printed figures, both shown."""
    out = []
    for r in rows:
        total, spent = to_float(r.get("total")), to_float(r.get("settlement"))
        if total is not None and spent is not None:
            out.append(f"{name}の{r.get('year', '')}の不用額（予算現額−決算額）は {r.get('total')}千円 − "
                       f"{r.get('settlement')}千円 = {total - spent:,.0f}千円 です{mark}。")
    return out


# Shares of the 予算現額 asked for by name: (the words that ask, the column divided, its name).
_EXEC_RATE_Q = re.compile(r"執行率|執行の?割合|消化率|執行状況")
_SHARES = ((_EXEC_RATE_Q, "settlement", "執行率（決算額÷予算現額）"),
           (re.compile(r"一般財源(?:の)?(?:比率|割合|率)|一般財源が(?:どれ|どの|何)"), "general", "一般財源の割合（うち一般財源÷予算現額）"))


def _share_lines(name: str, rows: list[dict], col: str, label: str, mark: str) -> list[str]:
    """A column's share of each row's 予算現額 (執行率, 一般財源の割合): computed from two printed figures, both shown."""
    out = []
    for r in rows:
        part, total = to_float(r.get(col)), to_float(r.get("total"))
        if part is not None and total:
            out.append(f"{name}の{r.get('year', '')}の{label}は {r.get(col)}千円 ÷ {r.get('total')}千円 = "
                       f"{100 * part / total:.1f}％ です{mark}。")
    return out

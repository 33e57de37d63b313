"""Superlatives inside one sheet: 一番・最も・最大・最小 over its 細事業, indicators or years.

「新規就農者育成総合対策事業費の細事業で一番お金を使ったのはどれ？」 is answered from
the structured sheet, not from similar text: every compared row is listed with its
own citation, the winner first.  Only figures printed on the sheet are quoted
(a change is shown as its two printed figures, never as a computed difference), so
every number stays grounded.  Across sheets, see the analytics work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.form import to_float

from ..text.terms import MONEY_COSTS_Q
from ..text.vocabulary import LEAST_Q, PREVIOUS_YEAR_Q, SUPERLATIVE_CHANGE_Q, SUPERLATIVE_Q
from ..types import Citation, QueryPlan
from .evidence import Cites, answer_version, chunk_for



@dataclass
class Ranked:
    """The rows compared (best first) and the sentence that answers."""

    lead: str
    rows: list[tuple[str, str]]  # (cited chunk id, line without its marker)
    heading: str = "比較した値:"


# How a program's money is divided (「お金ざっくりどう分かれてる」「予算の配分は」): over its 細事業.
_MONEY_SPLIT = re.compile(r"(?:お金|予算|決算|事業費|費用|経費)[^。？?]{0,12}(?:分かれ|わかれ|配分|振り分け|割り振)|"
                          r"(?:分かれ|わかれ|配分|振り分け|割り振)[^。？?]{0,8}(?:お金|予算|決算|事業費|費用)")

# 「一番困ってる」「最も大きな課題」: a superlative of trouble, told by the 課題, not by ranking figures.
# (「川の油の事故で一番多い原因は」: the commonest cause, which the 現状 or the 要因分析 tells, is no figure either)
_MOST_TROUBLING = re.compile(r"(?:一番|いちばん|最も|もっとも)(?:の)?(?:大きな|大きい)?(?:困|大変|問題|課題|心配|ネック|苦労|悩|難し)"
                             r"|(?:一番|いちばん|最も|もっとも)(?:多い|多かった|大きい|大きな)(?:の)?(?:原因|理由|要因|きっかけ|ケース|パターン)")


def rank_in_sheet(sheet: dict, question: str, chunk_for, years: tuple[int, ...] = ()) -> Ranked | None:
    """A ranking over one sheet's rows, or None when the question is no superlative.

    ``chunk_for(section, indicator=0, detail_no=None)`` gives the chunk id to cite; ``years``
    (fiscal) are the years the question names, the span of a change (default R4 → R6).
    """
    q = question
    if _MONEY_SPLIT.search(q) and not SUPERLATIVE_Q.search(q) and len(sheet.get("detail") or []) >= 2:
        ranked = _details(sheet, False, False, chunk_for)  # 「研修の方と補助の方でお金どう分かれてる」: every 細事業's share
        return ranked and Ranked(f"{sheet['jigyo_name']}のR6年度の決算額は、細事業ごとに次のとおりです", ranked.rows, "細事業ごとの決算額（多い順）:")
    if not SUPERLATIVE_Q.search(q) or _MOST_TROUBLING.search(q):
        return None  # (「いま一番困ってることって何」 asks the 課題, no row of figures)
    # (「小さい学校の事業で、一番金がかかっとるのは」: an adjective before a noun, said before the superlative, names the program)
    sup = SUPERLATIVE_Q.search(q)
    least = bool(LEAST_Q.search(re.sub(r"(?:小さ|少な)(?:い|な)(?=[一-龥ァ-ヶー])", "", q[:sup.start()]) + q[sup.start():])) \
        and not re.search(r"増え|伸び|上が", q)
    change = bool(SUPERLATIVE_CHANGE_Q.search(q))
    # 「R6決算が一番大きいのはどれ？前の年からどれくらい増えた？」: ranked by the level; the change
    # is a second question, told by the previous year's figure beside each row.
    level = re.search(r"(?:一番|いちばん|最も|もっとも)(?:大き|多|高|少な|小さ|低)[^?？。]*[?？。]", q)
    with_prev = bool(level and not SUPERLATIVE_CHANGE_Q.search(q[:level.end()]))
    if with_prev:
        change = False
        least = bool(LEAST_Q.search(level.group(0)))
    if PREVIOUS_YEAR_Q.search(q) and not years:
        years = (2023, 2024)  # 「前の年より」: R5 → R6
    if re.search(r"細事業|取組|内訳", q) and sheet.get("detail"):
        return _details(sheet, least, change, chunk_for, years, with_prev)
    if re.search(r"指標|数字|実績|達成率", q) and sheet.get("indicators"):
        return _indicators(sheet, q, least, chunk_for)
    if re.search(r"年度|年", q) and re.search(r"決算|予算|お金|費用|金額", q) and sheet.get("cost"):
        return _years(sheet, q, least, chunk_for)
    if (re.search(r"お金|決算|費用|金額|事業費|(?:どこ|何)に[^。？?]{0,6}使", q) or MONEY_COSTS_Q.search(q)) and sheet.get("detail"):
        # 「事業費、どこに一番使ってる」「一番金かかってんのどこ」
        return _details(sheet, least, change, chunk_for, years, with_prev)
    return None


def _rank(items: list[tuple[float, str, str]], least: bool) -> list[tuple[str, str]]:
    items = sorted(items, key=lambda x: x[0], reverse=not least)
    return [(cid, line) for _, cid, line in items]


def _span(years: tuple[int, ...], row: dict) -> tuple[str, str]:
    """The two columns a change is read over: the first and last year named, else R4 → R6."""
    keys = [f"r{y - 2018}" for y in sorted(set(years)) if f"r{y - 2018}" in row]
    return (keys[0], keys[-1]) if len(keys) >= 2 else ("r4", "r6")


def _details(sheet: dict, least: bool, change: bool, chunk_for, years: tuple[int, ...] = (),
             with_prev: bool = False) -> Ranked | None:
    items = []
    a, b = _span(years, sheet["detail"][0]) if sheet["detail"] else ("r4", "r6")
    label = {k: f"R{k[1:]}年度" for k in (a, b)}
    for row in sheet["detail"]:
        first, last = to_float(row.get(a)), to_float(row.get(b))
        cid = chunk_for("detail", detail_no=row["no"])
        if cid is None or last is None:
            continue
        if change:
            if first is None:
                continue
            value = last - first
            line = f"細事業{row['no']} {row['name']}：{label[a]} {row[a]}千円 → {label[b]} {row[b]}千円"
        else:
            value = last
            line = f"細事業{row['no']} {row['name']}：R6年度 決算 {row['r6']}千円"
            if with_prev and row.get("r5") not in (None, ""):
                line += f"（R5年度 {row['r5']}千円）"
        items.append((value, cid, line))
    if not items:
        return None
    rows = _rank(items, least)
    what = (f"{label[a]}から{label[b]}にかけての決算額の" + ("減少" if least else "増加")) if change else "R6年度の決算額"
    best = rows[0][1].split("：", 1)[0]
    most = "最も小さい" if least and not change else "最も大きい"  # 一番減った: the largest decrease
    if change and least and min(v for v, _, _ in items) >= 0:  # nothing fell: say so, never call a rise a fall
        return Ranked(f"{sheet['jigyo_name']}の細事業で、{label[a]}から{label[b]}にかけて決算額が減少したものはありません"
                      f"（増加が最も小さいのは{best}）", rows)
    return Ranked(f"{sheet['jigyo_name']}の細事業のうち、{what}が{most}のは{best}です", rows)


def _indicators(sheet: dict, q: str, least: bool, chunk_for) -> Ranked | None:
    rate = bool(re.search(r"達成率|達成度|目標に対", q))
    items = []
    for ind in sheet["indicators"]:
        r5, r6, target = to_float(ind.get("r5")), to_float(ind.get("r6")), to_float(ind.get("r6_target"))
        cid = chunk_for("4", indicator=ind["no"])
        if cid is None or r6 is None:
            continue
        unit = ind.get("unit", "")
        if rate:
            if not target:
                continue
            value = r6 / target
            line = f"「{ind['name']}」 R6 {ind['r6']}{unit}（目標{ind['r6_target']}{unit}）"
        else:
            if r5 is None:
                continue
            value = r6 - r5
            line = f"「{ind['name']}」 R5 {ind['r5']}{unit} → R6 {ind['r6']}{unit}"
        items.append((value, cid, line))
    if not items:
        return None
    rows = _rank(items, least)
    what = "目標に対するR6実績の割合" if rate else ("R5からR6への減少" if least else "R5からR6への増加")
    best = rows[0][1].split(" R", 1)[0]
    most = "最も小さい" if least and rate else "最も大きい"
    return Ranked(f"{sheet['jigyo_name']}の成果指標のうち、{what}が{most}のは{best}です", rows)


def _years(sheet: dict, q: str, least: bool, chunk_for) -> Ranked | None:
    col, label = ("total", "予算現額") if re.search(r"予算", q) and not re.search(r"決算", q) else ("settlement", "決算額")
    cid = chunk_for("6")
    if cid is None:
        return None
    items = [(to_float(r.get(col)), cid, f"{r['year']} {label} {r.get(col)}千円") for r in sheet["cost"]]
    items = [x for x in items if x[0] is not None]
    if not items:
        return None
    rows = _rank(items, least)
    best = rows[0][1].split(" ", 1)[0]
    most = "最も小さい" if least else "最も大きい"
    return Ranked(f"{sheet['jigyo_name']}の{label}が{most}のは{best}です", rows)
def superlative_answer(snap, plan: QueryPlan, hits) -> tuple[str, list[Citation]] | None:
    """一番・最も… over the rows of the best sheet: the winner first, each compared row cited."""
    if not hits:
        return None
    v = answer_version(snap, plan, hits)

    def cite(sec, indicator=0, detail_no=None):
        return chunk_for(snap, v, sec, indicator, detail_no)

    ranked = rank_in_sheet(snap.records[v]["sheet"], plan.norm, cite, years=tuple(plan.years))
    if ranked is None:
        return None
    cites = Cites(snap)
    lines = [f"{ranked.lead}[{cites.n(ranked.rows[0][0])}]。", ranked.heading]
    lines += [f"・{line}[{cites.n(cid)}]" for cid, line in ranked.rows]
    return "\n".join(lines), cites.items



"""Linking by amounts of money the question quotes in its own unit.

The sheets print money in 千円 (56,200; 1,204,800); people say 5,620万円, 約1億4千万円, 12億円, 354万円.  Read to the
precision it is said in, an amount is a figure of some cost table (section 6) or some 細事業's row of the 細事業一覧,
and amounts that agree on one 事業 name it even when the words do not: 「駅の事業費、予算現額5,620万円に対して決算4,498万円」
is the station program's 56,200 and 44,983, whatever 駅の事業 linked to by its words; 「自主衛生管理支援が354万円から
885万円」 is one 細事業's R5 and R6.  A 事業 named outright keeps the question (its figure may be misremembered).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ingest.form import nfkc, numbers_in

from ..text.analytics_words import MANY_Q, THRESHOLD_Q
from ..types import Entity, QueryPlan

# 「5,620万円」「約1億4千万円」「10億3千万円」「56,200千円」「6千万円」: a number, its scale, and maybe a second part.
_AMOUNT = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(億|千万|百万|万|千)?(?:\s*(\d[\d,]*(?:\.\d+)?)\s*(千万|百万|万|千))?\s*円")
_SCALE = {"億": 100_000.0, "千万": 10_000.0, "百万": 1_000.0, "万": 10.0, "千": 1.0, None: 0.001}  # in 千円

# A 事業 the question names this surely keeps it, whatever the amounts say.
_NAMED = 0.9


class Amount(NamedTuple):
    value: float  # in 千円
    tolerance: float  # half the step it is said to (5,620万円: 5; 約1億4千万円: 5,000)


class MoneyRow(NamedTuple):
    value: float
    jigyo_no: str
    section: str  # "6" or "detail"
    detail_no: int
    detail_name: str


def amounts(q: str) -> list[Amount]:
    """The amounts of money ``q`` quotes, in 千円 (a plain 円 figure under 1,000 円 is no sheet's)."""
    out = []
    for m in _AMOUNT.finditer(nfkc(q)):
        a, u1, b, u2 = m.groups()
        if u1 is None and b is None and "," not in a and float(a) < 1000:
            continue
        value = float(a.replace(",", "")) * _SCALE[u1]
        last, unit = a, _SCALE[u1]
        if b:
            value += float(b.replace(",", "")) * _SCALE[u2]
            last, unit = b, _SCALE[u2]
        step = unit * 10 ** -len(last.partition(".")[2])
        if value <= 0 or step / value > 0.2:
            continue  # 「2億円」: a round level, too coarse to tell one table from another
        out.append(Amount(value, max(step / 2, 0.5)))
    return out


def money_rows(snap, rows) -> list[MoneyRow]:
    """Every amount the sheets print: the cost tables' columns and the 細事業一覧's 決算額, newest sheets first."""
    nos = {r.version: r.jigyo_no for r in rows}
    versions = [r.version for r in rows]
    out: list[MoneyRow] = []
    for v, s in snap.sheet_parts(versions, "cost"):
        for row in s.get("cost", []):
            for col in ("carryover", "initial", "supplementary", "total", "general", "settlement"):
                for x in numbers_in(str(row.get(col) or "")):
                    if x.replace(",", "") not in ("0", ""):
                        out.append(MoneyRow(float(x.replace(",", "")), nos[v], "6", 0, ""))
    for v, s in snap.sheet_parts(versions, "detail"):
        for d in s.get("detail", []):
            for col in ("r4", "r5", "r6"):
                for x in numbers_in(str(d.get(col) or "")):
                    if x.replace(",", "") not in ("0", ""):
                        out.append(MoneyRow(float(x.replace(",", "")), nos[v], "detail", int(d.get("no") or 0),
                                            str(d.get("name") or "")))
    return out


def money_link(plan: QueryPlan, cat) -> str | None:
    """Keep ``plan`` on the 事業 whose printed amounts the question quotes (and the 細事業 that prints them all);
    returns that 事業's number, or None when the amounts tell none (or a 事業 named outright is kept)."""
    # (a threshold over many sheets, 「決算額が5,000万円を割り込む事業は」「当初予算5,000万円以上の事業」, names none of them)
    if "cross" in plan.intents or THRESHOLD_Q.search(plan.norm) or MANY_Q.search(plan.norm):
        return None
    said = amounts(plan.norm)
    if not said:
        return None
    rows = cat.money_rows
    matched = [[r for r in rows if abs(r.value - a.value) <= a.tolerance] for a in said]
    votes: dict[str, int] = {}
    for got in matched:
        for no in {r.jigyo_no for r in got}:
            votes[no] = votes.get(no, 0) + 1
    if not votes:
        return None
    best = max(votes.values())
    top = [no for no, n in votes.items() if n == best]
    # one 事業 only; by one amount only when said precisely (to 万円, four figures or more) and printed by that 事業 alone
    precise = [a for a, got in zip(said, matched) if a.tolerance <= 5 and a.value >= 1000 and len({r.jigyo_no for r in got}) == 1]
    if len(top) != 1 or (best < 2 and not precise):
        return None
    no = top[0]
    if any(e.score >= _NAMED and e.jigyo_no != no for e in plan.jigyo):
        return None
    if not plan.jigyo or plan.jigyo[0].jigyo_no != no:
        plan.jigyo = [Entity("jigyo", cat.jigyo_names.get(no, ""), no, score=0.8)]
        plan.indicators = [e for e in plan.indicators if e.jigyo_no == no]
    own = [[r for r in got if r.jigyo_no == no] for got in matched]
    details = {(r.detail_no, r.detail_name) for got in own for r in got if r.section == "detail"}
    if len(details) == 1 and all(any(r.section == "detail" for r in got) for got in own if got):
        d_no, d_name = next(iter(details))
        plan.details = [Entity("detail", d_name, no, detail_no=d_no, score=0.8)]
        plan.indicators = []
    else:
        plan.details = [d for d in plan.details if d.jigyo_no == no]
    return no

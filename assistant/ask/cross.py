"""Cross-sheet questions answered from the structured sheets (unmet indicators, methods, …)."""

from __future__ import annotations

import re

from ingest.form import normalize_jigyo_no, to_float

from ..query.retrieval import newest_versions
from ..text.tokens import tokenize
from ..text.analytics_words import METHOD_Q
from ..text.terms import CROSS_PATTERNS, MONEY_BY_METHOD_Q
from ..types import QueryPlan
from .evidence import Cites, chunk_for, figures_line

MAX_CROSS_ITEMS = 30


def _scope_versions(snap, plan: QueryPlan) -> list[str]:
    """Sheets in scope of a cross question: filters, else the newest sheet per 事業 (or the year asked)."""
    years = set(plan.years) if plan.years else set()
    yf = plan.year_filter
    sheet_years = {r.fiscal_year for r in snap.sheet_rows}
    use_years = years & sheet_years
    newest = newest_versions(snap)
    out = []
    for r in snap.sheet_rows:
        v, fy = r.version, r.fiscal_year
        if yf and fy != yf:
            continue
        if plan.bukyoku_filter and plan.bukyoku_filter not in (r.bukyoku or ""):
            continue
        if plan.jigyo_filter and r.jigyo_no != normalize_jigyo_no(plan.jigyo_filter):
            continue
        if plan.bukyoku and r.bukyoku not in plan.bukyoku:
            continue
        if not yf:
            if use_years:
                if fy not in use_years:
                    continue
            elif v not in newest:
                continue
        out.append(r)
    out.sort(key=lambda r: (r.jigyo_no, r.fiscal_year or 0))
    return [r.version for r in out]


def _indicator_lines(snap, versions: list[str], cites, keep) -> list[str]:
    """One cited line per indicator that ``keep`` accepts: 「・事業名：「指標」 R4 … → R6 …[n]」."""
    lines: list[str] = []
    for v, s in snap.sheet_parts(versions, "indicators"):
        if len(lines) > MAX_CROSS_ITEMS:
            break  # enough to list MAX_CROSS_ITEMS and say there are more
        for ind in s.get("indicators", []):
            if not keep(ind):
                continue
            cid = chunk_for(snap, v, "4", ind["no"])
            if not cid:
                continue
            _, figs = figures_line(snap.chunks[cid].quote)
            lines.append(f"・{s['jigyo_name']}：「{ind['name']}」 {figs}[{cites.n(cid)}]")
    return lines


# What a list of 取組 by 実施方法 is asked with (「補助で実施している取組を全部挙げて」「県が補助している事業はどれ」)
_LIST_WORDS = re.compile(r"補助|委託|直接|貸付|負担金|交付金|直営|請負|指定管理|細事業|事業|取組|取り組み|実施|方法|実施方法|一覧|全部|全て|"
                         r"すべて|上げる|挙げる|県|長野|長野県|ある|する|行う|やる|どれ|何|件数|数")


def _topic_of_its_own(plan: QueryPlan) -> bool:
    """Whether the question names a subject of its own beside the 実施方法 (灯油代, 家庭 of 「家庭の灯油代を補助する事業」)."""
    return any(len(t) >= 2 and not _LIST_WORDS.fullmatch(t) for t in plan.salient)


def cross_answer(snap, plan: QueryPlan) -> tuple[str, list[str], str] | None:
    """(kind, chunk ids, answer text) for the structured cross-sheet questions, else None."""
    q = plan.norm
    kind = None
    for name, pat in CROSS_PATTERNS:
        if pat.search(q):
            kind = name
            break
    if kind is None and re.search(r"指標", q):
        kind = "indicator_name"
    if kind is None:
        return None
    if kind == "method" and (not re.search(r"細事業|取組|実施|方法|事業", q) or MONEY_BY_METHOD_Q.search(q)):
        return None  # 「実施方法別に決算額を集計」: money by 実施方法 is no list of 取組 (refused: not on the form)
    if kind == "method" and not METHOD_Q.search(q) and _topic_of_its_own(plan):
        return None  # 「家庭の灯油代を補助するような事業はあるのでしょうか」: a program of one subject, no list of every 補助
    versions = _scope_versions(snap, plan)
    cites = Cites(snap)
    lines: list[str] = []
    if kind in ("unmet", "near_met", "met", "worse"):
        def keep(ind: dict) -> bool:
            return (kind == "unmet" and ind.get("status") == "未達成") or \
                   (kind == "near_met" and ind.get("status") == "概ね達成") or \
                   (kind == "met" and ind.get("status") == "達成") or \
                   (kind == "worse" and ind.get("r6_trend") == "↘")

        lines = _indicator_lines(snap, versions, cites, keep)
        label = {"unmet": "目標を達成できなかった（未達成の）指標", "near_met": "目標を概ね達成した（概ね達成の）指標",
                 "met": "目標を達成した指標",
                 "worse": "前年度より悪化（↘）した指標"}[kind]
    elif kind == "method":
        method = re.search(r"補助|委託|直接|貸付", q).group(0)
        for v, s in snap.sheet_parts(versions, "detail"):
            if len(lines) > MAX_CROSS_ITEMS:
                break
            for row in s.get("detail", []):
                for it in row.get("items", []):
                    if method not in (it.get("method") or ""):
                        continue
                    cid = chunk_for(snap, v, "detail", detail_no=row["no"])
                    if not cid:
                        continue
                    n = cites.n(cid)
                    lines.append(f"・{s['jigyo_name']}：{row['name']}の取組「{it['name']}」（実施方法：{it['method']}）[{n}]")
        label = f"実施方法が「{method}」の細事業の取組"
    elif kind == "indicator_name":
        # 「満足度を成果指標にしている事業」: indicators whose name carries the question's topic words.
        topic = {t for t in plan.salient if t not in ("指標", "成果", "成果指標", "目標")}
        if not topic:
            return None
        def names_topic(ind: dict) -> bool:
            toks = set(tokenize(ind["name"]))
            return bool(topic & toks) and not (len(topic & toks) < min(len(topic), 2) and not (topic <= toks))

        lines = _indicator_lines(snap, versions, cites, names_topic)
        if not lines:
            return None
        label = "該当する成果指標"
    else:  # neg_supp
        for v, s in snap.sheet_parts(versions, "cost"):
            if len(lines) > MAX_CROSS_ITEMS:
                break
            for r in s.get("cost", []):
                f = to_float(r.get("supplementary"))
                if f is not None and f < 0:
                    cid = chunk_for(snap, v, "6")
                    if not cid:
                        continue
                    n = cites.n(cid)
                    lines.append(f"・{s['jigyo_name']}：{r['year']} 補正予算等 {r['supplementary']}千円[{n}]")
        label = "補正予算等がマイナス（減額）の年度がある事業"
    if len(lines) > MAX_CROSS_ITEMS:
        lines = lines[:MAX_CROSS_ITEMS] + ["（ほかにも該当があります。年度・部局で絞り込んでください）"]
        used = {int(x) for ln in lines for x in re.findall(r"\[(\d+)\]", ln)}
        cites.items = [c for c in cites.items if c.n in used]
    if not lines:
        return kind, [], f"取り込まれたシートには、{label}はありません。"
    # No item count in the text: every number in an answer must come from a cited quote.
    text = f"{label}は次のとおりです。\n" + "\n".join(lines)
    return kind, [c.chunk_id for c in cites.items], text



"""Which indicator a question describes by how it moved (「一回落ちてまた戻った」: down in R5, up in R6)."""

from __future__ import annotations

import re

from ingest.form import to_float

from ..text.vocabulary import TWO_WAY_CHANGE_Q
from ..types import QueryPlan


# A fall and a rise told one after the other (not 「増えたり減ったり」, which says no order).
_TOLD_IN_ORDER = re.compile(r"一回|一度|いったん|一旦|また|再び")


def moved_as_told(snap, plan: QueryPlan) -> tuple[str, int] | None:
    """(事業番号, indicator) of the one linked indicator whose R4→R5→R6 figures moved as the question
    tells it, among indicators linked about equally well: 「R5にガクッと減って今年は増えてる」 is the
    利用者数 that dipped in R5, not the 外国人の割合 (linked a little better) that rose both years.  With
    none linked surely, any indicator of the linked 事業 (「直売所の売上って一回落ちてまた戻った」: its 販売額); with one
    linked surely that did not move so, the one indicator of its sheet that did."""
    if not TWO_WAY_CHANGE_Q.search(plan.norm) or not (plan.indicators or plan.jigyo):
        return None
    top = plan.indicators[0].score if plan.indicators else 0.0
    close = [(e.jigyo_no, e.indicator) for e in plan.indicators
             if e.score >= top - 0.1 and e.jigyo_no == plan.indicators[0].jigyo_no]
    dip = re.search(r"(?:減|下が|落ち).*(?:戻|回復|増え|上が|持ち直)", plan.norm) is not None
    no = close[0][0] if close else plan.jigyo[0].jigyo_no
    rows = {}
    for _, part in snap.sheet_parts([r.version for r in snap.versions_of(no)], "indicators"):
        for ind in part.get("indicators", []):
            rows[ind.get("no")] = [to_float(ind.get(k)) for k in ("r4", "r5", "r6")]

    def fits(keys):
        return [k for k in keys if None not in rows.get(k[1], [None] * 3) and (
            (rows[k[1]][1] < rows[k[1]][0] and rows[k[1]][2] > rows[k[1]][1]) if dip
            else (rows[k[1]][1] > rows[k[1]][0] and rows[k[1]][2] < rows[k[1]][1]))]
    got = fits(close) if len(close) >= 2 else []
    if len(got) != 1 and plan.jigyo and not plan.strong_indicators():
        got = fits([(plan.jigyo[0].jigyo_no, n) for n in rows])
    elif close and dip and _TOLD_IN_ORDER.search(plan.norm) and not fits(close):  # (「感震ブレーカーを知ってる人の割合、一回下がって
        # また上がって」, a fall then a rise told in order: not the 設置率 linked by
        got = fits([(no, n) for n in rows])  # its name, which rose both years, but the sheet's one indicator that moved so)
    return got[0] if len(got) == 1 else None

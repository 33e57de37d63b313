"""The offline draft, composed deterministically from the drafting worksheet.

The worksheet (``worksheet``) gathers, per unmet or worsened indicator and per 課題, the causes
split from the 要因分析, this year's measures and results, last year's measures and what other
indexed 事業 did about a similar cause; ``propose`` turns it into bullets that quote their
sources inside fixed frames. The order of the steps is the order in which sources are numbered.
"""

from __future__ import annotations

from ingest.form import normalize_jigyo_no, parse_year

from .llm import llm_draft
from .model import Draft, DraftError
from .peers import peer_index
from .phrases import _reiwa
from .propose import propose
from .sources import Sources
from .sources import public as _public
from .worksheet import build as build_worksheet


def _previous(svc, rec: dict) -> dict | None:
    fy = rec["fiscal_year"]
    no = rec["sheet"]["jigyo_no"]
    snap = svc.snapshot()
    earlier = [r for r in snap.versions_of(no) if r.fiscal_year and fy and r.fiscal_year < fy]
    return snap.records[max(earlier, key=lambda r: r.fiscal_year).version] if earlier else None


def compose(svc, rec: dict) -> Draft:
    """The offline draft for one sheet record: its worksheet and the bullets proposed from it."""
    src = Sources(svc.snapshot())
    src.load(rec["version"])
    prev = _previous(svc, rec)
    if prev is not None:
        src.load(prev["version"])
    peers = peer_index(svc)
    ws = build_worksheet(rec, prev, src, peers)
    bullets, rows = propose(ws, peers.weights, _reiwa(rec["fiscal_year"]))
    for b in bullets:
        b.citations = [_public(c) for c in sorted(b.citations, key=lambda c: c["n"])]
        b.rationale = b.rationale.replace("\n", "")
    sheet = rec["sheet"]
    d = Draft(sheet["jigyo_no"], sheet["jigyo_name"], rec["fiscal_year"], bullets, year_label=sheet.get("year_label", ""),
              previous_year=prev["fiscal_year"] if prev else None, worksheet=rows)
    used = {n for r in rows for n in [r["cause_n"], *r["measure_n"], *r.get("peer_n", [])] if n}
    d.worksheet_sources = [_public(c) for c in src.cites if c["n"] in used]
    d.source_index = src  # for LLM mode: the numbered sources
    d.record, d.previous = rec, prev
    return d


# --------------------------------------------------------------------------- entry point
def draft(svc, jigyo_no: str, year: int | str | None = None, llm: bool = False) -> Draft:
    """Draft next year's 事業改善の方策 for one 事業 (newest sheet unless ``year``)."""

    y = parse_year(year) if year not in (None, "") else None
    rec = svc.find_sheet(jigyo_no, y)
    if rec is None:
        when = f"{y}年度の" if y else ""
        raise DraftError(f"事業番号 {normalize_jigyo_no(jigyo_no)} の{when}シートは取り込まれていません。"
                         "`kaizen sheets` で一覧を確認してください。")
    if llm and not svc.settings.llm_configured:
        raise DraftError("LLMが設定されていません。KAIZEN_LLM_BASE_URL と KAIZEN_LLM_MODEL を設定するか、--llm を外してください。")
    d = compose(svc, rec)
    if llm:
        d = llm_draft(svc, d)
    return d

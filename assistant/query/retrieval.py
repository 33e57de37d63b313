"""Hybrid retrieval: Sudachi BM25 + dense (the read side's vectors) + intent/entity signals, fused.

Reciprocal-rank fusion of the lexical and the dense ranking, plus boosts (in the
same units, 1/(K+rank)) for the sections the intent prefers, the linked
事業/指標/細事業 and the year asked about.  Hard filters (year, 部局, 事業) are
applied to both rankings.  Only chunks of active sheet versions count.
"""

from __future__ import annotations

import re

import numpy as np

from ingest.form import nfkc, normalize_jigyo_no

from ..text.tokens import tokenize
from ..text.wording import place_forms
from ..types import Hit, QueryPlan
from .linking import expand
from .figure_sentences import figure_shares, printed, quoted_figures
from .sentences import anchored_chunks, asked_form, distinctive_terms

RRF_K = 60
UNIT = 1.0 / (RRF_K + 1)  # the score of a rank-1 hit in one list
POOL = 60

# Boost weights (in UNIT).
W_SECTION = 1.1
W_JIGYO = 0.9
W_INDICATOR = 1.3
W_DETAIL = 0.8
W_YEAR = 0.6
W_NEWEST = 0.25
W_BUKYOKU = 0.5
W_SENTENCE = 1.5
# Every sheet's cost table holds the words a cost question asks with (予算現額, 一般財源, 決算額), so both rankings rank
# them alike: the linked 事業 is what tells its table apart (「カスハラ 事業 R6 予算現額 一般財源」).
W_OWN_TABLE = 1.5
_TABLE_ROW_Q = re.compile(r"予算|決算|財源|補正|当初|現額|執行|不用")  # (not 「金額にするとどのくらい」: a sentence's figure)


def allowed_ids(snap, plan: QueryPlan) -> set[str] | None:
    """Chunks passing the caller's hard filters (None = everything)."""
    if not (plan.year_filter or plan.bukyoku_filter or plan.jigyo_filter):
        return None
    no = normalize_jigyo_no(plan.jigyo_filter) if plan.jigyo_filter else None
    return snap.chunks.matching(plan.year_filter, plan.bukyoku_filter, no)


def _where(plan: QueryPlan) -> tuple[str, list]:
    """The hard filters as the dense side applies them: exact metadata equality (what Chroma's
    ``where`` did), so a 部局 filter there is the whole name, not a part of it."""
    conds, params = [], []
    if plan.year_filter:
        conds.append("fiscal_year=?")
        params.append(plan.year_filter)
    if plan.jigyo_filter:
        conds.append("jigyo_no=?")
        params.append(normalize_jigyo_no(plan.jigyo_filter))
    if plan.bukyoku_filter:
        conds.append("bukyoku=?")
        params.append(plan.bukyoku_filter)
    return " AND ".join(conds), params


def dense_ranking(snap, qvec, k: int, plan: QueryPlan) -> list[tuple[str, float]]:
    """The ``k`` chunks nearest to ``qvec`` among the active chunks passing the hard filters,
    best first (``assistant.index.dense``: the read side's vectors, no Chroma query)."""
    n = min(k, len(snap.chunks))
    if n <= 0:
        return []
    where, params = _where(plan)
    positions = np.asarray([p for p, _ in snap.read.chunk_ids(where, params)], dtype=np.int64) if where else None
    raw = snap.dense.search(qvec, n, positions)
    ids = snap.read.ids_at(p for p, _ in raw)
    return [(ids[p], s) for p, s in raw]


def _dense(snap, qvec, k: int, plan: QueryPlan, allowed=None) -> list[tuple[str, float]]:
    """Nearest neighbours among the active (and allowed) chunks, at most ``POOL``."""
    raw = dense_ranking(snap, qvec, k, plan)
    snap.chunks.prefetch(cid for cid, _ in raw)
    return [(cid, s) for cid, s in raw if cid in snap.chunks and (allowed is None or cid in allowed)][:POOL]


def chunks_by_jigyo(snap, jigyo_no: str) -> list[str]:
    """Active chunk ids of one 事業番号, in read-side order."""
    return snap.chunks.of_jigyo(jigyo_no)


def newest_versions(snap) -> set[str]:
    """The newest sheet version of each 事業 (derived from the snapshot, per generation)."""
    return snap.derived("newest_versions", lambda: _newest_versions(snap))


def _newest_versions(snap) -> set[str]:
    best: dict[str, tuple[int, str]] = {}
    for r in snap.sheet_rows:
        no = r.jigyo_no
        fy = r.fiscal_year or 0
        if no not in best or fy > best[no][0]:
            best[no] = (fy, r.version)
    return {v for _, v in best.values()}


def retrieve(svc, snap, plan: QueryPlan, k: int = 10, qvec=None, by_place: bool = False) -> list[Hit]:
    """The ``k`` best chunks.  ``by_place``: the passages naming a place the question names (「能登の経験を研修に」)
    compete for the sentence boost from any sheet; asked again so only when the answer would be refused for
    a place its sheet never names (``ask.pipeline``), it changes no answer given otherwise."""
    allowed = allowed_ids(snap, plan)
    if allowed is not None and not allowed:
        return []
    query_text = plan.norm if not plan.context_text else plan.context_text + " " + plan.norm
    qtokens = tokenize(query_text)
    qtokens += sorted(expand(set(qtokens)))
    lex = snap.lexical.search_tokens(qtokens, k=POOL, allowed_ids=allowed)
    dense: list[tuple[str, float]] = []
    try:
        if qvec is None:
            qvec = svc.embedder.embed_query(query_text)
        dense = _dense(snap, qvec, POOL * 2 if allowed is None else POOL, plan, allowed)
    except Exception:  # dense side unavailable (e.g. embedder mismatch): lexical only
        dense = []

    hits: dict[str, Hit] = {}
    for rank, (cid, s) in enumerate(lex, start=1):
        h = hits.setdefault(cid, Hit(cid, 0.0))
        h.lex, h.lex_rank = s, rank
        h.score += 1.0 / (RRF_K + rank)
    for rank, (cid, s) in enumerate(dense, start=1):
        h = hits.setdefault(cid, Hit(cid, 0.0))
        h.dense, h.dense_rank = s, rank
        h.score += 1.0 / (RRF_K + rank)

    # Chunks of linked entities join the pool even when neither ranking found them.
    linked_jigyo = {e.jigyo_no: e.score for e in plan.jigyo}
    linked_ind = {(e.jigyo_no, e.indicator): e.score for e in plan.indicators}
    linked_det = {(e.jigyo_no, e.detail_no): e.score for e in plan.details}
    if linked_ind or linked_det or (linked_jigyo and plan.section_prefs):
        nos = set(linked_jigyo) | {j for j, _ in linked_ind} | {j for j, _ in linked_det}
        pool = [c for no in nos for c in chunks_by_jigyo(snap, no)]
        snap.chunks.prefetch(c for c in pool if c not in hits)
        for cid in pool:
            if cid in hits or (allowed is not None and cid not in allowed):
                continue
            m = snap.chunks[cid].meta
            if (m.get("jigyo_no"), m.get("indicator")) in linked_ind or \
               (m.get("jigyo_no"), m.get("detail_no")) in linked_det or \
               (m.get("jigyo_no") in linked_jigyo and m.get("section") in plan.section_prefs):
                hits[cid] = Hit(cid, 0.0)

    snap.chunks.prefetch(hits)
    sig = _Signals(plan, newest_versions(snap), linked_jigyo, linked_ind, linked_det)
    for h in hits.values():
        sig.apply(snap, h)
    _anchor_sentences(snap, plan, hits, allowed, sig, by_place)
    _anchor_figures(snap, plan, hits, allowed, sig)
    ranked = sorted(hits.values(), key=lambda h: (-h.score, h.chunk_id))
    return ranked[:k]


class _Signals:
    """The boosts of one question (section, linked 事業/指標/細事業, year, 部局), applied hit by hit."""

    def __init__(self, plan: QueryPlan, newest: set[str], linked_jigyo, linked_ind, linked_det) -> None:
        self.plan, self.newest = plan, newest
        self.jigyo, self.ind, self.det = linked_jigyo, linked_ind, linked_det
        self.ind_nos = {j for j, _ in linked_ind}
        self.top_ind = max(linked_ind.values()) if linked_ind else 0.0
        self.top_det = max(linked_det.values()) if linked_det else 0.0
        self.top_j = max(linked_jigyo.values()) if linked_jigyo else 0.0
        self.years = set(plan.years)
        self.table = plan.intent == "cost" and not linked_det and _TABLE_ROW_Q.search(plan.norm) is not None \
            and "細事業" not in plan.norm  # (「省エネ化の細事業、決算額の推移」: a 細事業's row, not the table's)

    def apply(self, snap, h: Hit) -> None:
        plan = self.plan
        m = snap.chunks[h.chunk_id].meta
        sec = m.get("section", "")
        pref = plan.section_prefs.get(sec, 0.0)
        if pref:
            h.score += W_SECTION * pref * UNIT
            h.why.append(f"section:{pref:.2f}")
        no = m.get("jigyo_no")
        if no in self.jigyo:
            h.score += W_JIGYO * UNIT * min(1.0, self.jigyo[no] / self.top_j)
            if sec == "6" and self.table:
                h.score += W_OWN_TABLE * UNIT * min(1.0, self.jigyo[no] / self.top_j)
        ind_key = (no, m.get("indicator"))
        if m.get("indicator") and ind_key in self.ind:
            # Full weight when the intent is about the indicator itself; otherwise the
            # indicator only tells which 事業 (and topic) the question is about.
            w = W_INDICATOR if (plan.intent in ("why", "trend", "lookup", "cross") or not plan.section_prefs) else 0.35
            h.score += w * UNIT * (self.ind[ind_key] / self.top_ind)
            h.why.append("indicator")
        if self.ind and no in self.ind_nos and not self.jigyo:
            h.score += 0.6 * W_JIGYO * UNIT  # same 事業 as the linked indicator
        det_key = (no, m.get("detail_no"))
        if sec == "detail" and det_key in self.det:
            h.score += W_DETAIL * UNIT * (self.det[det_key] / self.top_det)
        fy = m.get("fiscal_year")
        if self.years and fy in self.years:
            h.score += W_YEAR * UNIT
        elif m.get("version") in self.newest:
            h.score += W_NEWEST * UNIT
        if plan.bukyoku and m.get("bukyoku") in plan.bukyoku:
            h.score += W_BUKYOKU * UNIT


def _anchor_sentences(snap, plan: QueryPlan, hits: dict[str, Hit], allowed, sig: _Signals, by_place: bool = False) -> None:
    """Boost the chunk whose one sentence holds the question's distinctive words (see
    :mod:`.sentences`), among the pool and the linked 事業's chunks; an indicator's 4 and 8 go together.
    The sheet ranked first with every other signal is the one a question naming no 事業 is about."""
    cands = set(hits)
    for no in {e.jigyo_no for e in plan.jigyo}:
        cands.update(chunks_by_jigyo(snap, no))
    for place in sorted(place_forms(plan.norm)) if by_place else ():  # the passages that name the place compete too
        cands.update(cid for cid, _ in snap.lexical.search_tokens([place], k=POOL))
    cands = [c for c in cands if allowed is None or c in allowed]
    snap.chunks.prefetch(cands)
    boosted: dict[str, float] = {}
    prefs = plan.section_prefs
    when = asked_form(plan) is not None  # the sentence that dates or counts the thing, in whatever section
    first = max(hits.values(), key=lambda h: (h.score, h.chunk_id), default=None)
    home = snap.chunks[first.chunk_id].meta.get("version") if first else None
    for cid, share in _anchored(snap, plan, cands, home, when, by_place).items():
        m = snap.chunks[cid].meta
        pair = m.get("section") in ("4", "8") and m.get("indicator")
        if prefs and not when and m.get("section") not in prefs and not (pair and ("4" in prefs or "8" in prefs)):
            continue  # a sentence of a section the question does not ask for (an indicator's, for a 方策)
        boosted[cid] = max(boosted.get(cid, 0.0), share)
        if pair:
            other = snap.chunks.find(m.get("version"), "8" if m.get("section") == "4" else "4", m.get("indicator"), None)
            if other and (allowed is None or other in allowed):
                boosted[other] = max(boosted.get(other, 0.0), share)
    for cid, share in boosted.items():
        h = hits.get(cid)
        if h is None:
            h = hits[cid] = Hit(cid, 0.0)
            sig.apply(snap, h)
        h.score += W_SENTENCE * UNIT * share
        h.why.append("sentence")


def _anchor_figures(snap, plan: QueryPlan, hits: dict[str, Hit], allowed, sig: _Signals) -> None:
    """Boost the passage of the question's sheet (the linked 事業's, else the best hit's) that prints the figures the
    question quotes with their counters (:mod:`.figure_sentences`): 「271駅のうち182駅」 is the 現状と課題's."""
    figures = quoted_figures(plan.norm)
    if not figures or not hits:
        return
    nos = {e.jigyo_no for e in plan.jigyo[:1]}
    if not nos:
        first = max(hits.values(), key=lambda h: (h.score, h.chunk_id))
        nos = {snap.chunks[first.chunk_id].meta.get("jigyo_no")}
    newest = newest_versions(snap)
    cands = [c for no in nos for c in chunks_by_jigyo(snap, no)
             if (allowed is None or c in allowed) and snap.chunks[c].meta.get("version") in newest]
    snap.chunks.prefetch(cands)
    # (a figure of the indicator table names the indicator, 「R6は12件まで落ちたみたいだけど何で」: its 4 and 8 answer)
    figures = [f for f in figures if not any(printed(f, nfkc(snap.chunks[c].text)) for c in cands
                                             if snap.chunks[c].meta.get("section") == "4")]
    for cid, share in figure_shares(snap, cands, figures).items():
        h = hits.get(cid)
        if h is None:
            h = hits[cid] = Hit(cid, 0.0)
            sig.apply(snap, h)
        h.score += W_SENTENCE * UNIT * share
        h.figures = max(h.figures, share)
        h.why.append(f"figures:{share:.2f}")


def _anchored(snap, plan: QueryPlan, cands, home, when: bool, by_place: bool = False) -> dict[str, float]:
    """The anchored chunks and their share; asked when or how many (「いつから」「何人」), a sentence that also
    dates or counts the thing counts twice: it is the answer itself, and outweighs the linked 細事業's table."""
    terms = distinctive_terms(snap, plan)  # once, for both readings
    got = anchored_chunks(snap, plan, cands, home, terms=terms, by_place=by_place)
    if when:
        for cid, share in anchored_chunks(snap, plan, cands, home, must=asked_form(plan), terms=terms).items():
            got[cid] = max(got.get(cid, 0.0), 2.0 * share)
    return got

"""Answering a question from the sheets, with citations; offline by default.

``answer(svc, question, ...)`` -> :class:`Answer` (``to_dict()`` is the stable JSON
contract of ``kaizen ask --json``); ``answer_stream(...)`` yields text pieces, then
the final :class:`Answer`.

Stages, each its own module: question analysis and subject linking
(:mod:`assistant.query.intent`, :mod:`assistant.query.linking`) -> cross-sheet
questions from the structured sheets (:mod:`.cross`), otherwise retrieval
(:mod:`assistant.query.retrieval`: BM25 + dense + boosts, fused) -> answerability
(:mod:`.refusal`) -> superlatives inside one sheet (:mod:`.superlative`) or an
extractive Japanese answer from the sections that answer (:mod:`.compose`), or, with
``llm=True``, an LLM answer over the same sources whose [n] markers are validated.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import NamedTuple

from ingest.form import nfkc, parse_year

from ..query.intent import analyze
from ..query.retrieval import retrieve
from ..query.movement_link import movement_link
from ..query.status_link import status_of_program
from ..text.tokens import tokenize
from ..text.wording import place_forms
from ..types import Answer, AskError, Citation, QueryPlan
from .compose import compose, select
from .cross import cross_answer
from .evidence import Cites
from .header import header_answer
from .refusal import refusal_reason
from .resheet import elsewhere_sheet, owners_sheets, phrase_sheet, premise_sheet, whole_topic_sheet
from ..text.terms import UNIT_PRICE_Q
from ..text.vocabulary import CROSS_STRONG_Q
from .superlative import SUPERLATIVE_Q, superlative_answer

def _prepare(svc, question: str, year=None, bukyoku=None, jigyo_no=None, history=None, k: int = 3):
    if isinstance(year, str):
        year = parse_year(year)
    snap = svc.snapshot()
    plan = analyze(question, snap, svc.embedder, history=history, year=year, bukyoku=bukyoku, jigyo_no=jigyo_no)
    return snap, plan, retrieve


def _offline(svc, snap, plan: QueryPlan, retrieve, k: int) -> tuple[str, list[Citation], bool, list]:
    if not snap.records:
        return refusal_reason(snap, plan, []), [], True, []
    if "cross" in plan.intents and (plan.jigyo or plan.jigyo_filter) \
            and (SUPERLATIVE_Q.search(plan.norm) or not CROSS_STRONG_Q.search(plan.norm)):
        # 「〇〇事業費の細事業で一番…はどれ？」「〇〇事業の課題、全部出して」 are about one sheet,
        # unless the question asks for 事業 (どの事業, 全事業…).
        plan.intents = [i for i in plan.intents if i != "cross"] or ["lookup"]
        plan.intent = plan.intents[0]
    if plan.intent == "cross" or "cross" in plan.intents:
        pre = refusal_reason(snap, plan, [True]) if (plan.unknown_years or plan.unknown_jigyo_no) else None
        if pre:
            return pre, [], True, []
        got = cross_answer(snap, plan)
        if got is not None:
            kind, cids, text = got
            if not cids:
                return text, [], True, []
            cites = Cites(snap)
            for cid in cids:
                cites.n(cid)
            return text, cites.items, False, []
    head = header_answer(snap, plan) if not plan.unknown_jigyo_no else None  # 「13 01 02 の…」 not indexed
    if head:
        return head[0], head[1], False, []
    hits = retrieve(svc, snap, plan, k=max(10, k))
    plan, hits = owners_sheets(svc, snap, plan, hits, k)
    if hits and not plan.indicators:  # 「…目標に届かなかったのはなんで」: the answering sheet's indicator with that status
        status_of_program(plan, snap, snap.chunks[hits[0].chunk_id].meta.get("jigyo_no", ""))
        if plan.indicators:
            hits = retrieve(svc, snap, plan, k=max(10, k))
    if hits and movement_link(plan, snap, [snap.chunks[h.chunk_id].meta.get("jigyo_no", "") for h in hits]):
        hits = retrieve(svc, snap, plan, k=max(10, k))  # 「R6は減った」: the indicator that fell in R6
    reason = refusal_reason(snap, plan, hits, svc.embedder)
    if reason is None:  # (a refusal stands: the subject is no sheet's, though another holds its words)
        plan, hits = whole_topic_sheet(svc, snap, plan, hits, k)
        plan, hits = premise_sheet(svc, snap, plan, hits, k)  # (「…担当の方が少ないと伺いました」: the sheet that says so)
    else:  # (unless another sheet among the hits writes the absent phrase whole)
        moved = phrase_sheet(svc, snap, plan, hits, k, reason)
        if moved[0] is plan:  # (or the sheet the refusal says writes what the linked one does not)
            moved = elsewhere_sheet(svc, snap, plan, hits, k, reason)
        if moved[0] is not plan:
            (plan, hits), reason = moved, None
    if reason and place_forms(plan.norm):  # 「能登の経験を研修に生かした」: the passage at the place, if a sheet has one
        again = retrieve(svc, snap, plan, k=max(10, k), by_place=True)
        if not refusal_reason(snap, plan, again, svc.embedder):
            reason, hits = None, again
    if reason:
        return reason, [], True, hits
    if plan.intent == "cross":
        # Open cross question: the best chunk of each distinct 事業.
        seen, cids = set(), []
        key = _rarest_topic(snap, plan)
        for h in hits:
            c = snap.chunks[h.chunk_id]
            no = c.meta.get("jigyo_no")
            if no in seen or h.score < hits[0].score * 0.6:
                continue
            if key and not _mentions(c.text, key):
                continue
            seen.add(no)
            cids.append(h.chunk_id)
        if cids:  # none kept (no chunk names the rarest topic): the answer below, never an empty one
            text, cites = compose(snap, plan, cids[: max(k, 5)], [])
            return text, cites, False, hits
    ranked = superlative_answer(snap, plan, hits)
    if ranked is not None:
        return ranked[0], ranked[1], False, hits
    primary, related = select(snap, plan, hits, k)
    text, cites = compose(snap, plan, primary, related)
    return text, cites, False, hits


class _Analytics(NamedTuple):
    text: str
    citations: list[Citation]
    table: object
    spec: object
    mode: str
    note: str


# A second question asked after the first (「…一番多い事業は？逆に前年度より減った事業もあれば教えて」).
_SECOND_Q = re.compile(r"[?？]\s*(?=(?:逆に|反対に|それと|あと|ついでに|一方)[、,]?)")


def _two_questions(svc, snap, plan: QueryPlan, llm: bool) -> _Analytics | None:
    """Two analytics questions in one (「R6の職員数が一番多い事業は？逆に前年度より減った事業も」): each planned
    alone and answered, the second's citations numbered after the first's; None unless both are analytics."""
    m = _SECOND_Q.search(plan.norm)
    if not m or not plan.norm[m.end():].strip():
        return None
    got = [_analytics(svc, snap, analyze(part, snap, svc.embedder), llm, split=False)
           for part in (plan.norm[:m.end()], plan.norm[m.end():])]
    if None in got or got[0].spec == got[1].spec:
        return None
    first, second = got
    rows = [(a.spec.bukyoku, a.spec.topic, a.spec.jigyo) for a in got]
    if any(rows[0]) and rows[0] != rows[1]:
        return None  # 「健康福祉部の事業は何件？あとR6決算額の平均も」: the second asks of the same 事業
    return _joined(first, second)


def _each_measure(snap, plan: QueryPlan, ana: "_Analytics") -> "_Analytics":
    """「R6の職員数と決算額の合計はそれぞれ」: a total (or mean) of each figure named, one after the other."""
    from ..analytics import analytics_answer
    from ..analytics.cues import measures_listed
    from ..analytics.spec import MEASURES

    spec = ana.spec
    if spec.aggregate not in ("sum", "mean") or spec.group_by or spec.also:
        return ana
    more = [m for m in measures_listed(plan.norm) if m != spec.measure and MEASURES[m].table == MEASURES[spec.measure].table]
    for m in more:
        got = analytics_answer(snap, plan, spec.model_copy(update={"measure": m}))
        if got is not None:
            ana = _joined(ana, _Analytics(got.text, got.citations, got.table, got.spec, ana.mode, ana.note))
    return ana


def _joined(first: "_Analytics", second: "_Analytics") -> "_Analytics":
    """Two analytics answers told as one: the second's citations numbered after the first's, its lines once."""
    import dataclasses

    off = len(first.citations)
    text2 = re.sub(r"\[(\d+)\]", lambda x: f"[{int(x.group(1)) + off}]", second.text)
    later = set(text2.split("\n"))
    text = "\n".join(ln for ln in first.text.split("\n") if ln not in later or not ln) + "\n" + text2
    later = [dataclasses.replace(c, n=c.n + off) for c in second.citations]
    cites = first.citations[:1] + later[:1] + first.citations[1:] + later[1:]  # each question's lead row first
    return _Analytics(text, cites, first.table, first.spec, first.mode, first.note)


def _analytics(svc, snap, plan: QueryPlan, llm: bool, split: bool = True) -> _Analytics | None:
    """A question over the numbers of many sheets (the offline planner recognises it): its
    answer from the structured sheets; with ``llm`` the model may fill the same spec
    (validated; an invalid one falls back to the planner's).  None for every other question."""
    if not snap.records:
        return None
    if split and (two := _two_questions(svc, snap, plan, llm)):
        return two
    from ..analytics import analytics_answer, plan_query

    if plan.unknown_names and plan.intent != "cross":
        return None  # 「犯罪被害者の支援事業って…」 names one program that is not indexed: refused, not counted
    if UNIT_PRICE_Q.search(plan.norm) and not CROSS_STRONG_Q.search(plan.norm):
        return None  # 「登山道1区間直すのに平均どれくらい」: one program's unit price, not an average of programs
    spec = plan_query(plan)
    if spec is None:
        return None
    if spec.aggregate == "count" and not spec.indicators and not spec.measure.startswith("indicator") \
            and _counts_another_thing(plan.norm):
        return None  # 「労働委員会の事業で、不当労働行為の救済申立て件数は」: a figure of one program, not its 事業 counted
    if "why" in plan.intents[:2] and not spec.reasons and not CROSS_STRONG_Q.search(plan.norm):
        return None  # 「協力事業所の数、R6に減ったのはどうして」: one program's reason, not a count of changes (「減った原因、
        # いくつかあるなら全部挙げて」: 全部 asks for every cause, the why behind its cross reading)
    if _names_one_jigyo(plan) and not (spec.jigyo or spec.named or spec.bukyoku or spec.topic) \
            and spec.aggregate == "count" and spec.measure.startswith("indicator"):
        return None  # 「詐欺対策の成果指標で、検挙件数はいくつ」: one program's figure, not a count of all indicators
    mode, note = "offline", ""
    if llm:
        from ..analytics.llm_spec import llm_spec

        got, note = llm_spec(svc.settings, plan.question, spec)
        if got is not None:
            spec, mode = got, "llm"
    ana = analytics_answer(snap, plan, spec)
    if ana is None:
        return None
    text = f"{ana.text}\n{note}" if note else ana.text
    return _each_measure(snap, plan, _Analytics(text, ana.citations, ana.table, ana.spec, mode, note))


_COUNT_OF = re.compile(r"(?P<x>[一-龥ァ-ヶー][一-龥ァ-ヶーぁ-ゖ]{1,12}?)(?:の?件数|の数(?=を|は|が|って|[?？、。]|$))")  # (「支援した大会の数」)


def _counts_another_thing(q: str) -> bool:
    """Whether the question counts something else than 事業 (「救済申立て件数」「支援した大会の数」), not 事業 or rows of them."""
    m = _COUNT_OF.search(q)
    return bool(m) and not re.search(r"事業|シート|取組|指標|部局|課|以上|以下|未満|超|円|％|%|割|倍|増|減|件$", m.group("x"))


def _names_one_jigyo(plan: QueryPlan) -> bool:
    """Whether the question itself names (or shortens) its one linked 事業 (詐欺対策 for
    特殊詐欺被害防止対策事業費), not only shares a rare word with it."""
    from ..query.linking import abbreviates
    from ..text.wording import noun_phrases

    return len(plan.jigyo) == 1 and any(abbreviates(p.text, plan.jigyo[0].name) or p.text in plan.jigyo[0].name
                                        for p in noun_phrases(plan.norm) if len(p.text) >= 2)


def _rarest_topic(snap, plan: QueryPlan) -> str | None:
    """The question's most specific word (fewest chunks use it): what every listed item must mention."""
    best, best_df = None, None
    for t in plan.salient:
        if len(t) < 2:
            continue
        df = snap.lexical.doc_freq(t)  # how many chunks search_tokens([t]) would find
        if df and (best_df is None or df < best_df):
            best, best_df = t, df
    return best


def _mentions(text: str, token: str) -> bool:
    return token in set(tokenize(text))


def answer(svc, question: str, year=None, bukyoku=None, jigyo_no=None, history=None, llm: bool = False,
           k: int = 3) -> Answer:
    """Answer ``question`` from the indexed sheets (see module doc)."""
    result = None
    for piece in answer_stream(svc, question, year=year, bukyoku=bukyoku, jigyo_no=jigyo_no, history=history,
                               llm=llm, k=k):
        if isinstance(piece, Answer):
            result = piece
    assert result is not None
    return result


def answer_stream(svc, question: str, year=None, bukyoku=None, jigyo_no=None, history=None, llm: bool = False,
                  k: int = 3) -> Iterator[str | Answer]:
    """Yield the answer text in pieces, then the final :class:`Answer`."""
    t0 = time.perf_counter()
    question = (question or "").strip()
    if not question:
        raise AskError("質問を入力してください。")
    if llm and not svc.settings.llm_configured:
        raise AskError("LLMが設定されていません。KAIZEN_LLM_BASE_URL と KAIZEN_LLM_MODEL を設定するか、--llm を外してください。")
    snap, plan, retrieve = _prepare(svc, question, year, bukyoku, jigyo_no, history, k)
    ana = _analytics(svc, snap, plan, llm)
    if ana is not None:
        for line in ana.text.split("\n"):
            yield line + "\n"
        yield Answer(question=question, answer=ana.text, refused=False, intent="analytics", citations=ana.citations,
                     latency_ms=(time.perf_counter() - t0) * 1000, plan=plan, mode=ana.mode,
                     note=ana.note, query=ana.spec.to_dict(), table=ana.table.to_dict())
        return
    text, cites, refused, hits = _offline(svc, snap, plan, retrieve, k)
    if llm and not refused and cites:
        from ..llm import llm_answer_stream

        ans = None
        for piece in llm_answer_stream(svc, question, plan, snap, cites, hits, history, offline_text=text):
            if isinstance(piece, Answer):
                ans = piece
            else:
                yield piece
        assert ans is not None
        ans.latency_ms = (time.perf_counter() - t0) * 1000
        ans.plan = plan
        yield ans
        return
    for line in text.split("\n"):
        yield line + "\n"
    yield Answer(question=question, answer=text, refused=refused, intent=plan.intent,
                 citations=cites if not refused else [], latency_ms=(time.perf_counter() - t0) * 1000,
                 plan=plan)


def numbers_grounded(ans: Answer) -> list[str]:
    """Numbers in the answer text (citation markers removed) that no cited quote contains.

    The evidence is each citation's quote plus the indicator and 事業 names it cites.
    """
    from ingest.form import numbers_in

    text = re.sub(r"\[\d+\]", "", ans.answer)
    # A citation's quote, and the names it cites (printed on the sheet above the quote).
    quotes = nfkc("\n".join(f"{c.quote}\n{c.indicator_name}\n{c.jigyo_name}" for c in ans.citations)).replace(",", "")
    return [x for x in numbers_in(text) if x not in quotes]



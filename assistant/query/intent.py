"""Question analysis: intent, section preferences, years, 事業番号, 部局, unknown names.

Everything here becomes *preferences* for retrieval (section boosts, entity boosts)
plus a few hard filters the user asked for explicitly (``--year`` etc.).  Entities
come from :mod:`.linking`; the words it reacts to from :mod:`assistant.text.vocabulary`.
"""

from __future__ import annotations

import re

from ingest.form import nfkc

from ..text.tokens import tokenize
from ..text.vocabulary import _CROSS, _CUES, _SECTION_CUES, SECTION_PREFS, STOP_TOKENS
from ..text.wording import frame_forms, zipf
from ..types import Entity, QueryPlan
from .catalogue import catalogue
from .linking import _FOLLOWUP_RE, _assign, _history_text, _link, _named_in, expand

_JIGYO_NO_RE = re.compile(r"(?<!\d)(\d{2})[\s\-ー－]?(\d{2})[\s\-ー－]?(\d{2})(?!\d)")
_BUKYOKU_RE = re.compile(r"([\u4e00-\u9fff]{2,6}(?:部|局|委員会))(?:の|で|が|は|に|と|[、?？]|$)")
_REIWA_RE = re.compile(r"(?:令和|R)\s*(元|\d{1,2})\s*(?:年度|年)?", re.IGNORECASE)
_HEISEI_RE = re.compile(r"(?:平成|H)\s*(元|\d{1,2})\s*(?:年度|年)", re.IGNORECASE)
_WESTERN_RE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})\s*(?:年度|年)?(?!\d)")
_REL_YEARS = [("一昨年度", -2), ("昨年度", -1), ("前年度", -1), ("昨年", -1), ("去年", -1),
              ("今年度", 0), ("本年度", 0), ("今年", 0)]
# 「…事業」「…事業費」 names the user typed, used to notice 事業 that are not indexed.
_NAMED_JIGYO_RE = re.compile(r"([A-Za-z0-9・ー\u30a0-\u30ff\u4e00-\u9fff]{2,30}?事業費?)(?:の|は|で|に|を|が|と|について|[?？]|$)")

# --------------------------------------------------------------------------- intent
def detect_intents(question: str) -> list[str]:
    q = nfkc(question)
    found = [name for name, pat in _CUES.items() if pat.search(q)]
    # "改善" inside a trend question ("改善した") is not a plan question.
    if "plan" in found and re.search(r"改善した|改善して", q) and not re.search(r"今後|方策|来年度|次年度|どう改善", q):
        found.remove("plan")
    # A question about a change *and* its reason is a why question first.
    order = ["why", "plan", "issue", "cost", "trend", "activity"]
    found.sort(key=order.index)
    if _CROSS.search(q) and not _JIGYO_NO_RE.search(q):
        found.insert(0, "cross")
    return found or ["lookup"]


def section_preferences(question: str, intents: list[str]) -> dict[str, float]:
    prefs: dict[str, float] = {}
    for rank, intent in enumerate(i for i in intents if i != "cross"):
        w = 1.0 if rank == 0 else 0.6
        for sec, v in SECTION_PREFS.get(intent, {}).items():
            prefs[sec] = max(prefs.get(sec, 0.0), v * w)
    q = nfkc(question)
    for pat, sec, v in _SECTION_CUES:
        if pat.search(q):
            prefs[sec] = max(prefs.get(sec, 0.0), v * (0.7 if prefs else 1.0))
    return prefs


# --------------------------------------------------------------------------- years
def parse_years(question: str, newest: int | None) -> tuple[list[int], bool]:
    """Fiscal years named in the question (2024 = 令和6年度) and whether one was relative."""
    q = nfkc(question)
    years: list[int] = []
    relative = False
    for m in _REIWA_RE.finditer(q):
        n = 1 if m.group(1) == "元" else int(m.group(1))
        years.append(2018 + n)
    for m in _HEISEI_RE.finditer(q):
        n = 1 if m.group(1) == "元" else int(m.group(1))
        years.append(1988 + n)
    for m in _WESTERN_RE.finditer(q):
        years.append(int(m.group(1)))
    if newest:
        rest = q
        for word, delta in _REL_YEARS:
            if word in rest:
                years.append(newest + delta)
                relative = True
                rest = rest.replace(word, "")
    return list(dict.fromkeys(years)), relative


def analyze(question: str, snap, embedder, history=None, year=None, bukyoku=None, jigyo_no=None) -> QueryPlan:
    q = nfkc(question).strip()
    cat = catalogue(snap, embedder)
    bare = q
    for n in cat.strip_names:
        if n and n in bare:
            bare = bare.replace(n, "〇")
    intents = detect_intents(bare)
    tokens = tokenize(q)
    frames = frame_forms(q)  # 最近, ここ, 一番, 数字…: how it is asked, not what about
    salient = [t for t in dict.fromkeys(tokens)
               if t not in STOP_TOKENS and t not in frames and not t.isdigit() and len(t) > 0]
    plan = QueryPlan(question=question, norm=q, intent=intents[0], intents=intents,
                     section_prefs=section_preferences(bare, intents), tokens=tokens, salient=salient)
    plan.year_filter = year
    plan.bukyoku_filter = bukyoku
    plan.jigyo_filter = jigyo_no

    years, relative = parse_years(q, cat.newest_year)
    plan.years, plan.relative_year = years, relative
    covered = set()
    for fy in cat.fiscal_years:
        covered.update({fy - 2, fy - 1, fy, fy + 1})
    plan.unknown_years = [y for y in years if y not in covered]

    # 事業番号 typed in the question.
    m = _JIGYO_NO_RE.search(q)
    if m:
        no = f"{m.group(1)} {m.group(2)} {m.group(3)}"
        if no in cat.jigyo_names:
            plan.jigyo.append(Entity("jigyo", cat.jigyo_names[no], no, score=2.0))
        elif not re.search(r"20\d\d|19\d\d", m.group(0)):
            plan.unknown_jigyo_no = no

    # 部局
    for b in sorted(cat.bukyoku, key=len, reverse=True):
        nb = nfkc(b)
        short = re.sub(r"部$|局$|委員会$", "", nb)
        if nb in q or (len(short) >= 2 and short + "部" in q):
            plan.bukyoku.append(b)

    # 部局 the user named that has no sheet (県民文化部, 危機管理部, 企業局); common words
    # ending in 部/局 (全部, 一部, 内部, 結局) are general Japanese, so wordfreq knows them.
    known = {nfkc(b) for b in cat.bukyoku}
    for m in _BUKYOKU_RE.finditer(q):
        name = m.group(1)
        if name not in known and not any(name in k or k in name for k in known) and zipf(name) < 3.0:
            plan.unknown_bukyoku.append(name)

    qtok_set = set(salient)
    expanded = expand(qtok_set)
    qvec = None
    try:
        qvec = embedder.embed_query(q) if salient else None
    except Exception:  # a remote embedder failing must not break linking
        qvec = None
    scored = _link(cat, q, qtok_set, qvec, expanded) if qtok_set else []
    # When a 事業 is named outright, its name's words must not also link its indicators
    # (「協働・共創推進事業の予算」 is not about 「共創セッションへの企業数」).
    named = [e for s_, e in scored if e.kind == "jigyo" and _named_in(e.name, q)]
    if named:
        q_rest = q
        for e in named:
            q_rest = q_rest.replace(nfkc(e.name), " ").replace(re.sub(r"費$", "", nfkc(e.name)), " ")
        rest = set(t for t in tokenize(q_rest) if t not in STOP_TOKENS and not t.isdigit())
        sub = []
        if rest:
            try:
                rvec = embedder.embed_query(q_rest)
            except Exception:
                rvec = None
            sub = [x for x in _link(cat, q_rest, rest, rvec, expand(rest)) if x[1].kind != "jigyo"]
        scored = [x for x in scored if x[1].kind == "jigyo"] + sub
        scored.sort(key=lambda x: -x[0])
    _assign(plan, scored)
    # A 細事業 named like its 事業 (協働・共創推進事業 / 協働・共創推進事業費) is the 事業.
    jn = {nfkc(e.name) for e in plan.jigyo}
    plan.details = [d for d in plan.details
                    if not any(nfkc(d.name) in j or j in nfkc(d.name) for j in jn)]

    # Follow-up: nothing specific linked here -> reuse the conversation's entities.
    prev_q, prev_cites = _history_text(history)
    is_short = len(salient) <= 1 or _FOLLOWUP_RE.search(q) is not None
    if (prev_q or prev_cites) and is_short and not plan.indicators and not plan.jigyo and not plan.details:
        plan.followup = True
        plan.context_text = prev_q
        if prev_q:
            ptoks = set(t for t in tokenize(prev_q) if t not in STOP_TOKENS)
            pvec = None
            try:
                pvec = embedder.embed_query(nfkc(prev_q))
            except Exception:
                pvec = None
            _assign(plan, _link(cat, nfkc(prev_q), ptoks, pvec, expand(ptoks)))
            plan.salient = list(dict.fromkeys(plan.salient + [t for t in tokenize(prev_q) if t not in STOP_TOKENS]))
            if not plan.years:
                plan.years, _ = parse_years(prev_q, cat.newest_year)
        if not plan.indicators and prev_cites:
            c = prev_cites[0]
            if c.get("indicator"):
                plan.indicators.append(Entity("indicator", c.get("indicator_name", ""), c["jigyo_no"],
                                              indicator=int(c["indicator"]), score=1.0))
            if c.get("jigyo_no") and not plan.jigyo:
                plan.jigyo.append(Entity("jigyo", c.get("jigyo_name", ""), c["jigyo_no"], score=1.0))

    # Names of 事業 the user typed that match nothing indexed.
    for m in _NAMED_JIGYO_RE.finditer(q):
        name = m.group(1)
        core = re.sub(r"(事業費|事業)$", "", name)
        core = re.sub(r"^(この|その|あの|どの|各|全|細)", "", core)
        if len(core) < 2 or core in ("細", "全", "各", "本", "同", "当", "その他"):
            continue
        ctoks = set(tokenize(core)) - STOP_TOKENS
        if not ctoks:
            continue
        best = 0.0
        ncore = nfkc(core).lower()
        cand: set[int] = set()
        for t in ctoks:
            cand.update(cat.postings.get(t, ()))
        w_core = sum(cat.idf_of(t) for t in ctoks)
        for i in cand:
            e, toks = cat.entities[i], cat.tokens[i]
            if e.kind not in ("jigyo", "detail"):
                continue
            if ncore in cat.norm_names[i]:
                best = 1.0
                break
            best = max(best, sum(cat.idf_of(t) for t in ctoks & toks) / w_core)
        if best < 0.5:
            plan.unknown_names.append(name)
    return plan



"""The drafting worksheet of one sheet: the structured basis of every draft.

One topic per unmet or worsened (↘) indicator and per 課題 (9-1). For each: the causes,
each a unit split from the 要因分析 prose (``causes``); this year's measures that addressed
it (7 実績, 9-2 方策, 細事業 取組) and how the figure moved; what the analysis says worked or
should be done; when the previous year's sheet is indexed, last year's 9-2 and whether it
shows up in this year's 実績; and what other 事業 did about a similar cause (``peers``).
Every item carries its numbered citation, so the worksheet is also what LLM mode reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.form import SEC_ANALYSIS, SEC_DETAIL, SEC_INDICATORS, SEC_ISSUES, SEC_MEASURES, SEC_RESULTS

from .causes import CAUSE, FORWARD, WORKED, split, strip_lead
from .match import MATCH_MIN, addresses, fit
from .peers import PeerIndex
from .phrases import _MARKS, _body, _nfkc, _reiwa, _terms, _v
from .sources import Sources



@dataclass
class Ref:
    """One cited piece of a sheet: the quoted text and its numbered citation."""

    text: str
    cite: dict
    label: str  # 要因分析, 実績, 今年度の方策, 細事業, 課題, 前年度の方策, 他事業 …

    def to_dict(self) -> dict:
        return {"text": self.text, "label": self.label, "n": self.cite["n"]}


@dataclass
class Peer:
    """A similar cause of another 事業 and that 事業's measure for it."""

    name: str  # 事業名（事業番号）
    cause: Ref
    measure: Ref
    score: float

    def to_dict(self) -> dict:
        return {"name": self.name, "cause": self.cause.to_dict(), "measure": self.measure.to_dict(),
                "score": round(self.score, 3)}


@dataclass
class CauseRow:
    cause: Ref
    terms: set[str]
    measures: list[Ref] = field(default_factory=list)  # this year's: 9-2, 7, 細事業
    peers: list[Peer] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"cause": self.cause.to_dict(), "measures": [m.to_dict() for m in self.measures],
                "peers": [p.to_dict() for p in self.peers]}


@dataclass
class Previous:
    """Last year's 9-2 measure for this topic and whether this year's 実績 shows it."""

    measure: Ref
    done: Ref | None

    def to_dict(self) -> dict:
        return {"measure": self.measure.to_dict(), "done": self.done.to_dict() if self.done else None}


@dataclass
class Topic:
    key: str  # "4:2" (indicator ②) or "9-1:1" (課題 1)
    title: str
    figure: str = ""  # 「R4 38 → R5 42 → R6 45市町村（目標50市町村、未達成）」
    figure_ref: Ref | None = None
    causes: list[CauseRow] = field(default_factory=list)
    worked: list[Ref] = field(default_factory=list)
    forward: list[Ref] = field(default_factory=list)
    previous: list[Previous] = field(default_factory=list)
    stated: Ref | None = None  # the analysis when it states no cause (only the figure)
    indicator: dict | None = None

    def to_dict(self) -> dict:
        return {"key": self.key, "title": self.title, "figure": self.figure,
                "causes": [c.to_dict() for c in self.causes], "worked": [w.to_dict() for w in self.worked],
                "forward": [f.to_dict() for f in self.forward], "previous": [p.to_dict() for p in self.previous],
                "stated": self.stated.to_dict() if self.stated else None}


@dataclass
class Worksheet:
    jigyo_no: str
    topics: list[Topic]
    measures: list[str]  # this year's 9-2 lines (bodies)

    def to_dict(self) -> dict:
        return {"jigyo_no": self.jigyo_no, "topics": [t.to_dict() for t in self.topics]}


def _num(s: str) -> float | None:
    t = _nfkc(s or "").replace(",", "").replace("△", "-").replace(" ", "")
    try:
        return float(t)
    except ValueError:
        return None


def lower_is_better(ind: dict) -> bool:
    """An unmet indicator above its target (自殺死亡率, 待機児童数) should fall."""
    r6, tgt = _num(ind.get("r6", "")), _num(ind.get("r6_target", ""))
    return ind.get("status") == "未達成" and r6 is not None and tgt is not None and r6 > tgt


def figure_text(ind: dict, fy: int) -> str:
    u = ind.get("unit", "")
    ys = [(_reiwa(fy - 2), ind.get("r4", "")), (_reiwa(fy - 1), ind.get("r5", "")), (_reiwa(fy), ind.get("r6", ""))]
    path = " → ".join(f"{y} {_v(v, u)}" for y, v in ys if y and (v or "").strip() not in ("", "―"))
    return f"{path}（目標{_v(ind.get('r6_target', ''), u)}、{ind.get('status') or '―'}）"


class _Builder:
    def __init__(self, rec: dict, prev: dict | None, src: Sources, peers: PeerIndex) -> None:
        self.rec, self.prev, self.src, self.peers = rec, prev, src, peers
        self.v = rec["version"]
        self.sheet = rec["sheet"]
        self.fy = rec["fiscal_year"] or 0
        self.measures = [_body(x) for x in self.sheet.get("s9_measures", []) if _body(x)]
        self.s7 = [_body(it) for g in self.sheet.get("s7", []) for it in g.get("items", []) if _body(it)]
        self.detail = [(d["no"], it) for d in self.sheet.get("detail", []) for it in d.get("items", [])]
        self.w = peers.weights

    def ref(self, section: str, ind: int, text: str, label: str, version: str | None = None) -> Ref | None:
        c = self.src.cite(version or self.v, section, ind, text)
        return Ref(text, c, label) if c is not None else None

    def _fit(self, terms: set[str], text: str, bonus: float = 0.0) -> float:
        """How well a line of this sheet addresses a cause: idf cosine, or 0 when they share fewer than
        two content words (a lone shared word such as 研修 is no match)."""
        return fit(self.w, terms, _terms(text), bonus)

    def measure_for(self, cause: set[str], subject: set[str], position: int | None = None) -> str | None:
        """This year's 9-2 line that answers a cause best (``match.addresses``), if any."""
        best = max(((addresses(self.w, cause, subject, _terms(m), 0.05 if i == position else 0), m)
                    for i, m in enumerate(self.measures)), default=None)
        return best[1] if best and best[0] > 0 else None

    def this_year(self, cause: set[str], subject: set[str], position: int | None = None, issues: bool = False) -> list[Ref]:
        """This year's 9-2, 7 and 細事業 取組 that address a cause (best of each kind); with ``issues``
        also the 課題 (9-1) that states it as a problem to solve. When no 9-2 line answers the cause
        itself but one answers that 課題, it is the cause's measure too."""
        out = []
        terms = cause | subject
        issue = None
        if issues:
            lines = [_body(x) for x in self.sheet.get("s9_issues", []) if _body(x)]
            best = max(((self._fit(terms, x), x) for x in lines), default=None)
            if best and best[0] >= MATCH_MIN:
                issue = best[1]
                out.append(self.ref(SEC_ISSUES, 0, issue, "課題"))
        measure = self.measure_for(cause, subject, position)
        if measure is None and issue is not None:
            measure = self.measure_for(_terms(issue), set())
        if measure is not None:
            out.append(self.ref(SEC_MEASURES, 0, measure, "今年度の方策"))
        # the 実績 sentence that fits best (an item's sentences report different things)
        sents = [strip_lead(x) for it in self.s7 for x in re.findall(r"[^。]+", it) if len(x) >= 8]
        best = max(((self._fit(terms, x), x) for x in sents), default=None)
        if best and best[0] >= MATCH_MIN:
            out.append(self.ref(SEC_RESULTS, 0, best[1], "実績"))
        best = max(((self._fit(terms, f"{it['name']} {it.get('summary', '')}"), no, it) for no, it in self.detail),
                   default=None, key=lambda x: x[0])
        if best and best[0] >= MATCH_MIN:
            no, it = best[1], best[2]
            c = self.src.chunk(self.v, f"{SEC_DETAIL}:{no}")
            line = next((ln for ln in (c.quote.split("\n") if c else []) if it["name"] in ln), None)
            summary = (it.get("summary") or "").strip()
            if line and summary and summary in line:
                line = summary  # what the 取組 does, without its number, method and output
            if line:
                out.append(self.ref(f"{SEC_DETAIL}:{no}", 0, line, "細事業"))
        return [r for r in out if r is not None]

    def peer_refs(self, terms: set[str]) -> list[Peer]:
        out = []
        for score, pc in self.peers.similar(terms, self.sheet["jigyo_no"], self.measures, k=1):
            self.src.load(pc.version)
            cause = self.ref(pc.section, pc.indicator, pc.cause, "他事業の要因" if pc.section == SEC_ANALYSIS else "他事業の課題",
                             pc.version)
            meas = self.ref(pc.measure_section, 0, pc.measure,
                            "他事業の方策" if pc.measure_section == SEC_MEASURES else "他事業の実績", pc.version)
            if cause and meas:
                out.append(Peer(f"{pc.jigyo_name}（{pc.jigyo_no}）", cause, meas, score))
        return out

    def row(self, cause: Ref, position: int | None = None, subject: str = "") -> CauseRow:
        """A cause and what addresses it; ``subject`` (the indicator's name) joins the cause's words
        when matching this sheet's own measures, since a cause rarely repeats what it is about."""
        terms = _terms(cause.text)
        return CauseRow(cause, terms, self.this_year(terms, _terms(subject), position, issues=cause.label == "要因分析"),
                        self.peer_refs(terms))

    def indicator_topic(self, ind: dict) -> Topic:
        no = ind["no"]
        mark = _MARKS[no - 1] if 0 < no <= len(_MARKS) else str(no)
        c4 = self.src.chunk(self.v, SEC_INDICATORS, no)
        t = Topic(f"{SEC_INDICATORS}:{no}", f"指標{mark} {ind['name']}", figure_text(ind, self.fy), indicator=ind)
        if c4 is not None:
            t.figure_ref = self.ref(SEC_INDICATORS, no, c4.quote.split("\n")[0], "成果指標")
        c8 = self.src.chunk(self.v, SEC_ANALYSIS, no)
        text = c8.quote if c8 is not None else "\n".join(ind.get("analysis") or [])
        units = split(text, ind["name"], lower_is_better(ind))
        for u in units:
            r = self.ref(SEC_ANALYSIS, no, u.quote, "要因分析")
            if r is None:
                continue
            if u.role == CAUSE:
                t.causes.append(self.row(r, subject=ind["name"]))
            elif u.role == WORKED:
                t.worked.append(r)
            elif u.role == FORWARD:
                t.forward.append(r)
        if not t.causes and units:
            first = next((u for u in units if len(u.quote) >= 8), units[0])
            t.stated = self.ref(SEC_ANALYSIS, no, first.quote, "要因分析")
        return t

    def issue_topic(self, qi: int, line: str) -> Topic:
        t = Topic(f"{SEC_ISSUES}:{qi + 1}", f"課題{qi + 1}")
        r = self.ref(SEC_ISSUES, 0, _body(line), "課題")
        if r is not None:
            t.causes.append(self.row(r, position=qi))
        return t

    def previous_measures(self, topics: list[Topic]) -> None:
        """Last year's 9-2 line by line: the topic it is about and whether this year's 実績 shows it."""
        if self.prev is None:
            return
        pv = self.prev["version"]
        for m in (_body(x) for x in self.prev["sheet"].get("s9_measures", []) if _body(x)):
            mt = _terms(m)
            scored = [(max((self.w.sim(mt, c.terms | _terms(t.indicator["name"] if t.indicator else ""))
                            for c in t.causes), default=0.0), k) for k, t in enumerate(topics)]
            if not scored:
                return
            score, k = max(scored)
            if score < MATCH_MIN:
                continue
            ref = self.ref(SEC_MEASURES, 0, m, "前年度の方策", pv)
            done = max(self.s7, key=lambda x: self.w.sim(mt, _terms(x)), default=None)
            done_ref = None
            if done and self.w.sim(mt, _terms(done)) >= 0.3:
                done_ref = self.ref(SEC_RESULTS, 0, done, "実績")
            if ref is not None:
                topics[k].previous.append(Previous(ref, done_ref))


def build(rec: dict, prev: dict | None, src: Sources, peers: PeerIndex) -> Worksheet:
    """The worksheet of one sheet record (``prev``: the same 事業's earlier sheet, if indexed)."""
    b = _Builder(rec, prev, src, peers)
    inds = b.sheet.get("indicators", [])
    focus = [i for i in inds if i.get("status") == "未達成" or (i.get("r6_trend") == "↘" and i.get("status") != "―")]
    topics = [b.indicator_topic(i) for i in focus]
    for qi, line in enumerate(x for x in b.sheet.get("s9_issues", []) if _body(x)):
        topics.append(b.issue_topic(qi, line))
    b.previous_measures(topics)
    return Worksheet(b.sheet["jigyo_no"], topics, b.measures)


def short(text: str, n: int = 60) -> str:
    text = re.sub(r"\s+", "", text)
    return text if len(text) <= n else text[: n - 1] + "…"

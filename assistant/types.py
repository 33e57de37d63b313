"""Records passed between the layers: a question's plan, retrieval hits, citations and
answers. Plain dataclasses, no behaviour beyond their JSON shape.

They sit low in the layers (above ``ingest`` and beside ``assistant.config``) so that
the query, answer, LLM and drafting code can share them without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.form import CITATION_KEYS, INDICATOR_SECTIONS

__all__ = ["ANALYTICS_KEYS", "CITATION_KEYS", "CONTRACT_KEYS", "Answer", "AskError", "Citation", "Entity", "Hit", "QueryPlan",
           "citation_from_chunk"]

# The ``kaizen ask --json`` contract: the keys of an answer, in order (CITATION_KEYS: of one citation).
CONTRACT_KEYS = ("question", "answer", "refused", "intent", "citations", "latency_ms")
# ... and what an answer over the numbers of many sheets adds (intent "analytics"): the query spec
# it was computed from and its table (columns, rows, chart kind, values).
ANALYTICS_KEYS = ("query", "rows", "table")


class AskError(RuntimeError):
    """A Japanese message for the user (e.g. LLM not configured)."""


# --------------------------------------------------------------------------- query
@dataclass
class Entity:
    kind: str  # jigyo | indicator | detail | bukyoku
    name: str
    jigyo_no: str = ""
    indicator: int = 0
    detail_no: int = 0
    bukyoku: str = ""
    score: float = 0.0


# A link this strong means the question names the entity (or a close paraphrase of it).
STRONG_LINK = 0.7


@dataclass
class QueryPlan:
    question: str
    norm: str
    intent: str
    intents: list[str]
    section_prefs: dict[str, float]
    tokens: list[str]
    salient: list[str]
    years: list[int] = field(default_factory=list)  # explicit years (fiscal, e.g. 2024)
    relative_year: bool = False
    year_filter: int | None = None  # hard (caller's --year)
    bukyoku_filter: str | None = None
    jigyo_filter: str | None = None
    jigyo: list[Entity] = field(default_factory=list)  # linked 事業, best first
    indicators: list[Entity] = field(default_factory=list)
    details: list[Entity] = field(default_factory=list)
    bukyoku: list[str] = field(default_factory=list)
    unknown_names: list[str] = field(default_factory=list)
    unknown_jigyo_no: str = ""
    unknown_years: list[int] = field(default_factory=list)
    unknown_bukyoku: list[str] = field(default_factory=list)
    followup: bool = False
    context_text: str = ""  # entity text borrowed from the conversation
    clipped: dict[str, str] = field(default_factory=dict)  # a clipped loanword -> the sheets' full word (プラ -> プラスチック)
    indicator_order: int = 0  # an indicator named by its order on the sheet (「指標の2つめ」: 2; the last: -1; 0 none)

    def strong_indicators(self) -> list[Entity]:
        """Indicators the question is about, not only near to (score ≥ STRONG_LINK: named or close)."""
        return [e for e in self.indicators if e.score >= STRONG_LINK]

    def to_dict(self) -> dict:
        d = dict(self.__dict__)
        for key in ("jigyo", "indicators", "details"):
            d[key] = [e.__dict__ for e in d[key]]
        return d


@dataclass
class Hit:
    chunk_id: str
    score: float
    lex: float = 0.0  # raw BM25
    dense: float = 0.0  # cosine
    lex_rank: int = 0
    dense_rank: int = 0
    why: list[str] = field(default_factory=list)
    figures: float = 0.0  # share of the figures the question quotes that this passage prints (query.figure_sentences)


# --------------------------------------------------------------------------- answer
@dataclass
class Citation:
    n: int
    jigyo_no: str
    jigyo_name: str
    fiscal_year: int
    section: str
    section_title: str
    indicator: int | None
    indicator_name: str
    page: int
    bbox: str
    file: str
    quote: str
    chunk_id: str = ""

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in CITATION_KEYS}


def citation_from_chunk(snap, cid: str, n: int) -> Citation:
    """Citation ``[n]`` of the snapshot's chunk ``cid`` (its metadata, page, bbox and quote)."""
    c = snap.chunks[cid]
    m = c.meta
    sec = m.get("section", "")
    ind = m.get("indicator") or 0
    return Citation(
        n=n,
        jigyo_no=m.get("jigyo_no", ""),
        jigyo_name=m.get("jigyo_name", ""),
        fiscal_year=m.get("fiscal_year", 0),
        section=sec,
        section_title=m.get("section_title", ""),
        indicator=int(ind) if sec in INDICATOR_SECTIONS and ind else None,
        indicator_name=m.get("indicator_name", "") if sec in INDICATOR_SECTIONS else "",
        page=int(m.get("page") or 0),
        bbox=m.get("bbox", ""),
        file=m.get("file", ""),
        quote=c.quote,
        chunk_id=cid,
    )


@dataclass
class Answer:
    question: str
    answer: str
    refused: bool
    intent: str
    citations: list[Citation] = field(default_factory=list)
    latency_ms: float = 0.0
    mode: str = "offline"  # offline | llm
    flagged: bool = False  # LLM answer without a valid citation (replaced by the offline one)
    note: str = ""
    plan: QueryPlan | None = None
    query: dict | None = None  # analytics: the QuerySpec the answer was computed from
    table: dict | None = None  # analytics: {"columns", "rows", "chart", "values", "labels", "total", ...}

    def to_dict(self) -> dict:
        d = {
            "question": self.question,
            "answer": self.answer,
            "refused": self.refused,
            "intent": self.intent,
            "citations": [c.to_dict() for c in self.citations],
            "latency_ms": round(self.latency_ms, 1),
        }
        if self.query is not None:
            t = self.table or {}
            d["query"] = self.query
            d["rows"] = [dict(zip(t.get("columns", []), r)) for r in t.get("rows", [])]
            d["table"] = {k: v for k, v in t.items() if k != "rows"}
        return d

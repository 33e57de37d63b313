"""Answering a question from the sheets, with citations; offline by default.

``answer(svc, question, ...)`` -> :class:`Answer` (``to_dict()`` is the stable JSON
contract of ``kaizen ask --json``); ``answer_stream(...)`` yields text pieces, then
the final :class:`Answer`.

Pipeline: :func:`assistant.intent.analyze` (intent, entities, years) ->
cross-sheet questions from the structured sheets, otherwise
:func:`assistant.retrieval.retrieve` (BM25 + dense + boosts, fused) -> a refusal
decision -> an extractive Japanese answer built only from the cited sections
(every figure in it is copied from a cited quote), or, with ``llm=True``, an LLM
answer over the same sources whose [n] markers are validated.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

from ingest.form import nfkc as _nfkc
from ingest.form import to_float
from ingest.form import year_label as _year_label

from .intent import STOP_TOKENS, analyze, expand, nfkc
from .types import CITATION_KEYS, CONTRACT_KEYS, Answer, AskError, Citation, QueryPlan  # noqa: F401
from .types import citation_from_chunk as _citation

# Evidence threshold: share of the question's topic words (idf-weighted) that must
# occur in the retrieved evidence; below it (and with nothing linked) we refuse.
MIN_COVERAGE = 0.5
MAX_CROSS_ITEMS = 30


# --------------------------------------------------------------------------- helpers
class _Cites:
    """Numbered citations in order of first use."""

    def __init__(self, snap) -> None:
        self.snap = snap
        self.items: list[Citation] = []
        self._n: dict[str, int] = {}

    def n(self, cid: str) -> int:
        if cid not in self._n:
            self._n[cid] = len(self.items) + 1
            self.items.append(_citation(self.snap, cid, self._n[cid]))
        return self._n[cid]


_SENT_RE = re.compile(r"(?<=。)|\n")
_CAUSAL_RE = re.compile(r"ため|により|によって|ことから|による|影響|要因|下回|上回|減少|増加|結果")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT_RE.split(text or "") if s and s.strip()]


def _topic_tokens(plan: QueryPlan) -> set[str]:
    toks = set(plan.salient)
    return toks | expand(toks)


def _overlap(text: str, topic: set[str]) -> int:
    if not topic:
        return 0
    from .textproc import tokenize

    return len(set(tokenize(text)) & topic)


def _pick(lines: list[str], topic: set[str], limit: int, always: int = 0) -> list[str]:
    """The lines most about ``topic`` (in sheet order); all (up to limit) when none match."""
    scored = [(i, _overlap(ln, topic)) for i, ln in enumerate(lines)]
    hits = [i for i, s in scored if s > 0]
    if not hits:
        return lines[: max(always, limit)] if always or not topic else lines[:limit]
    best = sorted(hits, key=lambda i: (-scored[i][1], i))[:limit]
    return [lines[i] for i in sorted(best)]


def _trim(s: str, n: int = 160) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def _strip_bullet(s: str) -> str:
    return s.lstrip("・･- ").strip()


def _sheet(snap, cid: str) -> dict:
    return snap.records[snap.chunks[cid].meta["version"]]["sheet"]


# --------------------------------------------------------------------------- per-section sentences
def _figures_line(quote: str) -> tuple[str, str]:
    first = quote.split("\n", 1)[0]
    if "：" in first:
        name, figs = first.split("：", 1)
        return name, figs
    return "", first


# Questions about why or how an indicator's target was set (answered by 目標値設定理由).
_REASON_Q = re.compile(r"目標|理由|根拠|設定|目指|計画|最終|指標に(?:し|して|する|した)|指標とし")
# ... also when asked "why" about the target or the indicator itself, not about a result.
_WHY_SET_Q = re.compile(r"設定|指標に(?:し|して|する|した)|指標とし|目標値?(?:を|は).{0,10}(?:に|と)(?:した|する|して)|根拠")


def _compose_chunk(snap, cid: str, n: int, plan: QueryPlan, topic: set[str], lead: bool) -> list[str]:
    """Sentences (each ending in [n]) that report what chunk ``cid`` says about the question."""
    c = snap.chunks[cid]
    m = c.meta
    sec = m.get("section")
    q = c.quote
    mark = f"[{n}]"
    name = m.get("jigyo_name", "")
    out: list[str] = []
    if sec == "4":
        ind_name, figs = _figures_line(q)
        out.append(f"「{ind_name}」（{name}）の実績は {figs} です{mark}。")
        if "目標値設定理由" in q and (
                (plan.intent == "lookup" and _REASON_Q.search(plan.norm))
                or _WHY_SET_Q.search(plan.norm)
                or (plan.intent != "why" and re.search(r"計画|最終|目指", plan.norm))):
            reason = q.split("目標値設定理由：", 1)[-1]
            out.append(f"目標値の設定理由は「{_trim(reason, 200)}」とされています{mark}。")
    elif sec == "8":
        sents = sentences(q)
        if plan.intent == "why":
            causal = [s for s in sents if _CAUSAL_RE.search(s)] or sents
            chosen = [s for s in sents if s in causal][:3]
        else:
            chosen = _pick(sents, topic, 2, always=1)
        body = "".join(_trim(s, 180) for s in chosen)
        ind = m.get("indicator_name", "")
        out.append(f"「{ind}」の要因分析には「{body}」と記載されています{mark}。")
    elif sec in ("9-1", "9-2"):
        lines = [_strip_bullet(s) for s in q.split("\n") if s.strip()]
        chosen = _pick(lines, topic, 3)
        label = "課題" if sec == "9-1" else "今後の改善の方策"
        out.append(f"{name}の{label}として、次が挙げられています{mark}。")
        out += [f"・{_trim(s, 200)}{mark}" for s in chosen]
    elif sec == "6":
        sheet = _sheet(snap, cid)
        rows = sheet.get("cost", [])
        ys = sorted(plan.years)
        if len(ys) >= 2 and re.search(r"から|～|〜|→|まで|推移|変わ|比べ", plan.norm):
            ys = list(range(ys[0], ys[-1] + 1))  # 「R4からR6」: every year between
        want_years = {f"R{y - 2018}年度" for y in ys}
        sel = [r for r in rows if nfkc(r.get("year", "")) in want_years] or rows
        col = "settlement"
        label = "決算額"
        if re.search(r"当初予算|当初", plan.norm):
            col, label = "initial", "当初予算"
        elif re.search(r"補正", plan.norm):
            col, label = "supplementary", "補正予算等"
        elif re.search(r"予算現額|合計", plan.norm) or (re.search(r"予算", plan.norm) and not re.search(r"決算", plan.norm)):
            col, label = "total", "予算現額（合計）"
        elif re.search(r"一般財源", plan.norm):
            col, label = "general", "うち一般財源"
        elif re.search(r"職員数|人員|何人", plan.norm):
            col, label = "staff", "職員数"
        unit = "人" if col == "staff" else "千円"
        parts = [f"{r.get('year', '')} {r.get(col, '')}{unit}" for r in sel if r.get(col, "").strip()]
        if parts:
            out.append(f"{name}の{label}は {' → '.join(parts)} です{mark}。")
        if col not in ("settlement",) and len(sel) >= 1 and col != "staff":
            setl = [f"{r.get('year', '')} {r.get('settlement', '')}千円" for r in sel if r.get("settlement", "").strip()]
            if setl:
                out.append(f"決算額は {' → '.join(setl)} です{mark}。")
    elif sec == "detail":
        lines = q.split("\n")
        head = lines[0]
        items = lines[1:]
        out.append(f"{_trim(head, 200)}{mark}。" if not head.endswith("。") else f"{head}{mark}")
        for it in _pick(items, topic, 3, always=2):
            out.append(f"・{_trim(it, 200)}{mark}")
    elif sec in ("7", "3"):
        lines = [ln for ln in q.split("\n") if ln.strip()]
        body = [ln for ln in lines if ln.startswith("・")] or lines
        chosen = _pick(body, topic, 3)
        label = "主な取組実績と成果" if sec == "7" else "事業目的を達成するための取組"
        out.append(f"{name}の{label}には、次の記載があります{mark}。")
        out += [f"・{_trim(_strip_bullet(s), 220)}{mark}" for s in chosen]
    else:
        lines = [_strip_bullet(s) for s in q.split("\n") if s.strip()]
        chosen = _pick(lines, topic, 3)
        title = m.get("section_title", "")
        out.append(f"{name}の「{title}」には、次の記載があります{mark}。")
        out += [f"・{_trim(s, 220)}{mark}" for s in chosen]
    return out


# --------------------------------------------------------------------------- cross-sheet
_CROSS_PATTERNS = [
    ("unmet", re.compile(r"未達成|達成できな|達成していな|達成しなかった|下回った指標|届かなかった")),
    ("met", re.compile(r"達成した指標|達成している指標|目標を達成した|達成できた")),
    ("worse", re.compile(r"悪化|下がった指標|減少した指標|↘")),
    ("method", re.compile(r"補助|委託|直接|貸付")),
    ("neg_supp", re.compile(r"補正予算.*(マイナス|減額|減|△|負)|(マイナス|減額).*補正")),
]


def _scope_versions(snap, plan: QueryPlan) -> list[str]:
    """Sheets in scope of a cross question: filters, else the newest sheet per 事業 (or the year asked)."""
    from .retrieval import newest_versions
    from ingest.form import normalize_jigyo_no

    years = set(plan.years) if plan.years else set()
    yf = plan.year_filter
    sheet_years = {rec.get("fiscal_year") for rec in snap.records.values()}
    use_years = years & sheet_years
    newest = newest_versions(snap)
    out = []
    for v, rec in snap.records.items():
        s = rec["sheet"]
        fy = rec.get("fiscal_year")
        if yf and fy != yf:
            continue
        if plan.bukyoku_filter and plan.bukyoku_filter not in s.get("bukyoku", ""):
            continue
        if plan.jigyo_filter and s["jigyo_no"] != normalize_jigyo_no(plan.jigyo_filter):
            continue
        if plan.bukyoku and s.get("bukyoku") not in plan.bukyoku:
            continue
        if not yf:
            if use_years:
                if fy not in use_years:
                    continue
            elif v not in newest:
                continue
        out.append(v)
    out.sort(key=lambda v: (snap.records[v]["sheet"]["jigyo_no"], snap.records[v].get("fiscal_year", 0)))
    return out


def _chunk_for(snap, version: str, section: str, indicator: int = 0, detail_no: int | None = None) -> str | None:
    for cid in snap.by_version.get(version, []):
        m = snap.chunks[cid].meta
        if m.get("section") != section:
            continue
        if indicator and m.get("indicator") != indicator:
            continue
        if detail_no is not None and m.get("detail_no") != detail_no:
            continue
        return cid
    return None


def _indicator_lines(snap, versions: list[str], cites, keep) -> list[str]:
    """One cited line per indicator that ``keep`` accepts: 「・事業名：「指標」 R4 … → R6 …[n]」."""
    lines = []
    for v in versions:
        s = snap.records[v]["sheet"]
        for ind in s.get("indicators", []):
            if not keep(ind):
                continue
            cid = _chunk_for(snap, v, "4", ind["no"])
            if not cid:
                continue
            _, figs = _figures_line(snap.chunks[cid].quote)
            lines.append(f"・{s['jigyo_name']}：「{ind['name']}」 {figs}[{cites.n(cid)}]")
    return lines


def _cross(snap, plan: QueryPlan) -> tuple[str, list[str], str] | None:
    """(kind, chunk ids, answer text) for the structured cross-sheet questions, else None."""
    q = plan.norm
    kind = None
    for name, pat in _CROSS_PATTERNS:
        if pat.search(q):
            kind = name
            break
    if kind is None and re.search(r"指標", q):
        kind = "indicator_name"
    if kind is None:
        return None
    if kind == "method" and not re.search(r"細事業|取組|実施|方法|事業", q):
        return None
    versions = _scope_versions(snap, plan)
    cites = _Cites(snap)
    lines: list[str] = []
    if kind in ("unmet", "met", "worse"):
        def keep(ind: dict) -> bool:
            return (kind == "unmet" and ind.get("status") == "未達成") or \
                   (kind == "met" and ind.get("status") == "達成") or \
                   (kind == "worse" and ind.get("r6_trend") == "↘")

        lines = _indicator_lines(snap, versions, cites, keep)
        label = {"unmet": "目標を達成できなかった（未達成の）指標", "met": "目標を達成した指標",
                 "worse": "前年度より悪化（↘）した指標"}[kind]
    elif kind == "method":
        method = re.search(r"補助|委託|直接|貸付", q).group(0)
        for v in versions:
            s = snap.records[v]["sheet"]
            for row in s.get("detail", []):
                for it in row.get("items", []):
                    if method not in (it.get("method") or ""):
                        continue
                    cid = _chunk_for(snap, v, "detail", detail_no=row["no"])
                    if not cid:
                        continue
                    n = cites.n(cid)
                    lines.append(f"・{s['jigyo_name']}：{row['name']}の取組「{it['name']}」（実施方法：{it['method']}）[{n}]")
        label = f"実施方法が「{method}」の細事業の取組"
    elif kind == "indicator_name":
        # 「満足度を成果指標にしている事業」: indicators whose name carries the question's topic words.
        from .textproc import tokenize

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
        for v in versions:
            s = snap.records[v]["sheet"]
            for r in s.get("cost", []):
                f = to_float(r.get("supplementary"))
                if f is not None and f < 0:
                    cid = _chunk_for(snap, v, "6")
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


# --------------------------------------------------------------------------- refusal
_CHUNK_TOKENS: dict[str, frozenset] = {}


def chunk_tokens(snap, cid: str) -> frozenset:
    """The Sudachi tokens of a chunk (stored at ingest; ids are content-versioned, so cacheable)."""
    got = _CHUNK_TOKENS.get(cid)
    if got is None:
        lex = snap.lexical
        pos = getattr(lex, "_pos", {}).get(cid)
        if pos is not None:
            got = frozenset(lex._tokens[pos])
        else:
            from .textproc import tokenize

            got = frozenset(tokenize(snap.chunks[cid].text))
        if len(_CHUNK_TOKENS) > 200_000:
            _CHUNK_TOKENS.clear()
        _CHUNK_TOKENS[cid] = got
    return got


def _coverage(snap, plan: QueryPlan, cids: list[str]) -> float:
    """idf-weighted share of the question's topic words found in the evidence."""
    topic = [t for t in plan.salient if len(t) > 1 or not re.fullmatch(r"[\u3040-\u309f]", t)]
    if not topic:
        return 1.0
    found: set[str] = set()
    for cid in cids:
        found.update(chunk_tokens(snap, cid))
    vocab = getattr(snap.lexical.bm25, "vocab_dict", {}) if len(snap.lexical) else {}
    total = got = 0.0
    for t in topic:
        w = 1.0 if t in vocab else 1.5  # a word no sheet uses weighs more
        total += w
        if t in found or any(s in found for s in expand({t})):
            got += w
    return got / total if total else 1.0


_WHY_WORDS = frozenset("何故 理由 原因 要因 どう どうして 為る 居る 有る 成る 事業 事業費 年度 令和 其の 此の 教える 下さる".split())
_TOKEN_VECS: dict[str, object] = {}
ABSENT_SIM = 0.65


def _vec(embedder, token: str):
    import numpy as np

    v = _TOKEN_VECS.get(token)
    if v is None:
        parts = getattr(embedder, "parts", None)
        wv = parts[0][0] if parts else embedder  # the word-vector part of the default embedder
        v = np.asarray(wv.embed_documents([token])[0], dtype=np.float32)
        if len(_TOKEN_VECS) < 200_000:
            _TOKEN_VECS[token] = v
    return v


def _absent_terms(snap, plan: QueryPlan, top: list[str], embedder=None) -> list[str]:
    """Topic nouns of the question that no sheet uses, nor anything close in meaning in the evidence.

    A question about 時給 or 欧州 when the sheets never mention them is not answered
    with something nearby.  Words of the question's linked entities don't count.
    """
    vocab = getattr(snap.lexical.bm25, "vocab_dict", {}) if len(snap.lexical) else {}
    cands = [t for t in plan.salient
             if len(t) >= 2 and t not in vocab and not re.search(r"[\u3040-\u309f]$", t)
             and not any(s in vocab for s in expand({t})) and not t.isascii()]
    if not cands:
        return []
    embedder = embedder or _EMBEDDER.get("e")
    if embedder is None:
        return cands
    ev: set[str] = set()
    for cid in top:
        ev.update(chunk_tokens(snap, cid))
    ev = {t for t in ev if len(t) >= 2}
    out = []
    try:
        import numpy as np

        ev_list = sorted(ev)
        mat = np.stack([_vec(embedder, t) for t in ev_list]) if ev_list else None
        for t in cands:
            v = _vec(embedder, t)
            best = float(np.einsum("ij,j->i", mat, v).max()) if mat is not None and np.any(v) else 0.0
            if best < ABSENT_SIM:
                out.append(t)
    except Exception:
        return []
    return out


_EMBEDDER: dict[str, object] = {}

# Questions that ask for a specific kind of figure the sheets may simply not give
# (a unit price, a subsidy rate): the evidence must state that kind of figure.
_ATTRIBUTES = [
    (re.compile(r"単価|(?:あたり|当たり).{0,6}(?:いくら|金額|費用|何円|円)"),
     re.compile(r"単価|(?:あたり|当たり).{0,12}[0-9][0-9,.]*\s*(?:千円|円|万円)"), "1単位あたりの金額（単価）"),
    (re.compile(r"補助率|何分の[1一]|何割"), re.compile(r"補助率|分の[0-9一二三四]|[0-9]割"), "補助率"),
]


def refusal_reason(snap, plan: QueryPlan, hits) -> str | None:
    """One Japanese sentence when the sheets do not answer the question, else None."""
    if not snap.records:
        return "シートがまだ取り込まれていないため回答できません。`kaizen ingest` でPDFを取り込んでください。"
    if plan.unknown_years and not [y for y in plan.years if y not in plan.unknown_years]:
        ys = "・".join(_year_label(y) for y in plan.unknown_years)
        return f"{ys}の情報は取り込まれたシートに記載がないため、お答えできません。"
    newest = max((r.get("fiscal_year") or 0) for r in snap.records.values())
    future = [y for y in plan.years if y > newest and not plan.relative_year]
    if future and plan.intent != "plan":
        ys = "・".join(_year_label(y) for y in future)
        return f"{ys}の実績や予算はまだどのシートにも記載がないため、お答えできません。"
    if plan.unknown_jigyo_no:
        return f"事業番号 {plan.unknown_jigyo_no} のシートは取り込まれていないため、お答えできません。"
    if plan.unknown_names and not plan.jigyo and not plan.details:
        names = "・".join(f"「{n}」" for n in plan.unknown_names)
        return f"{names}に当たる事業は取り込まれたシートにないため、お答えできません。"
    if plan.year_filter and not any(r.get("fiscal_year") == plan.year_filter for r in snap.records.values()):
        return f"{_year_label(plan.year_filter)}のシートは取り込まれていないため、お答えできません。"
    if not hits:
        return "該当する記載がシートに見つからないため、お答えできません。"
    vague = not plan.salient and not (plan.indicators or plan.jigyo or plan.details or plan.bukyoku)
    if vague and not (plan.jigyo_filter or plan.bukyoku_filter) and plan.intent != "cross" and len(
            {r["sheet"]["jigyo_no"] for r in snap.records.values()}) > 1:
        return "どの事業についての質問か特定できないため、お答えできません（事業名や指標名を添えて質問してください）。"
    top = [h.chunk_id for h in hits[:5]]
    linked = bool(plan.indicators or plan.jigyo or plan.details)
    cov = _coverage(snap, plan, top)
    if cov < MIN_COVERAGE and not (linked and cov > 0):
        return "ご質問の内容はシートに記載が見つからないため、お答えできません。"
    for asked, evidence, label in _ATTRIBUTES:
        if asked.search(_nfkc(plan.question)):
            if not any(evidence.search(_nfkc(snap.chunks[c].quote)) for c in top if c in snap.chunks):
                return f"シートには{label}の記載がないため、お答えできません。"
    absent = _absent_terms(snap, plan, top)
    if absent:
        terms = "・".join(f"「{t}」" for t in absent)
        return f"{terms}についてはシートに記載がないため、お答えできません。"
    if plan.intent == "why":
        # A reason must be written on the sheet: the 要因分析 of the indicator asked about,
        # or a causal sentence on the question's topic.
        if plan.indicators:
            keys = {(e.jigyo_no, e.indicator) for e in plan.indicators}
            has8 = any(snap.chunks[h.chunk_id].meta.get("section") == "8" and
                       (snap.chunks[h.chunk_id].meta.get("jigyo_no"), snap.chunks[h.chunk_id].meta.get("indicator")) in keys
                       and snap.chunks[h.chunk_id].quote.strip() for h in hits)
            if not has8:
                return "シートにはその指標の要因分析（理由）の記載がないため、お答えできません。"
        else:
            from .textproc import tokenize

            # The topic of the why, without the 事業's own name: 「〇〇事業の予算が増えたのはなぜ」 -> 予算, 増える.
            names = set()
            for e in plan.jigyo + plan.details:
                names.update(tokenize(e.name))
            topic = {t for t in tokenize(plan.norm) if t not in names and t not in _WHY_WORDS and len(t) > 1}
            topic |= expand(topic)
            ok = False
            for h in hits[:5]:
                c = snap.chunks[h.chunk_id]
                for s in sentences(c.quote):
                    if _CAUSAL_RE.search(s) and (not topic or _overlap(s, topic)):
                        ok = True
                        break
                if ok:
                    break
            if not ok:
                return "シートにはその理由の記載がないため、お答えできません。"
    return None


# --------------------------------------------------------------------------- composing
def _select(snap, plan: QueryPlan, hits, k: int) -> list[str]:
    """The chunks to cite: top hits, favouring the linked indicator's 4 and 8 for why/trend."""
    ids = [h.chunk_id for h in hits]
    chosen: list[str] = []
    if plan.intent in ("why", "trend") and hits:
        top = snap.chunks[ids[0]].meta
        if top.get("section") in ("4", "8") and top.get("indicator"):
            want = ("8", "4") if plan.intent == "why" else ("4", "8")
            for sec in want:
                for cid in ids:
                    m = snap.chunks[cid].meta
                    if m.get("section") == sec and m.get("version") == top.get("version") and \
                       m.get("indicator") == top.get("indicator"):
                        chosen.append(cid)
                        break
    want = {"activity": ("7", "detail"), "cost": ("6",), "plan": ("9-2",), "issue": ("9-1",)}.get(plan.intent, ())
    if want and hits:
        # The sections the intent asks about, from the best-matching sheet (activity: 取組実績 (7)
        # and the 細事業一覧 together), even when the rankings put them lower.
        top_v = snap.chunks[ids[0]].meta.get("version")
        for sec in want:
            best = next((cid for cid in ids if snap.chunks[cid].meta.get("section") == sec
                         and snap.chunks[cid].meta.get("version") == top_v), None)
            best = best or _chunk_for(snap, top_v, sec)
            if best and best not in chosen:
                chosen.append(best)
    for cid in ids:
        if len(chosen) >= k:
            break
        if cid not in chosen:
            chosen.append(cid)
    # keep relevance order
    order = {cid: i for i, cid in enumerate(ids)}
    return sorted(chosen[:k], key=lambda c: order.get(c, len(ids)))


def _on_focus(snap, plan: QueryPlan, cid: str, first: str) -> bool:
    """Whether ``cid`` is about the same thing as the best chunk ``first``."""
    a, b = snap.chunks[cid].meta, snap.chunks[first].meta
    if a.get("jigyo_no") != b.get("jigyo_no"):
        return plan.intent == "cross"
    if a.get("indicator") and b.get("indicator") and a.get("indicator") != b.get("indicator"):
        return False
    return True


def _compose(snap, plan: QueryPlan, cids: list[str]) -> tuple[str, list[Citation]]:
    cites = _Cites(snap)
    topic = _topic_tokens(plan)
    for cid in cids:
        cites.n(cid)
    # Sections the intent asks for first, then figures before reasons before plans.
    prefs = plan.section_prefs
    rank = {"4": 0, "6": 1, "8": 2, "7": 3, "detail": 4, "9-1": 5, "9-2": 6}
    focus = [c for c in cids if _on_focus(snap, plan, c, cids[0])] if cids else []
    if plan.intent in ("why", "trend"):
        key = lambda c: (rank.get(snap.chunks[c].meta.get("section"), 3), cids.index(c))  # noqa: E731
    else:
        key = lambda c: (-prefs.get(snap.chunks[c].meta.get("section"), 0.0),  # noqa: E731
                         rank.get(snap.chunks[c].meta.get("section"), 3), cids.index(c))
    lines: list[str] = []
    for i, cid in enumerate(sorted(focus, key=key)):
        lines += _compose_chunk(snap, cid, cites.n(cid), plan, topic, lead=(i == 0))
    others = [c for c in cids if c not in focus]
    if others:
        refs = []
        for cid in others:
            m = snap.chunks[cid].meta
            what = m.get("indicator_name") or m.get("section_title", "")
            refs.append(f"{m.get('jigyo_name', '')}の「{what}」[{cites.n(cid)}]")
        lines.append("関連する記載: " + "、".join(refs))
    return "\n".join(lines), cites.items


# --------------------------------------------------------------------------- entry points
def _prepare(svc, question: str, year=None, bukyoku=None, jigyo_no=None, history=None, k: int = 3):
    from .retrieval import retrieve
    from ingest.form import parse_year

    if isinstance(year, str):
        year = parse_year(year)
    snap = svc.snapshot()
    _EMBEDDER["e"] = svc.embedder
    plan = analyze(question, snap, svc.embedder, history=history, year=year, bukyoku=bukyoku, jigyo_no=jigyo_no)
    return snap, plan, retrieve


def _offline(svc, snap, plan: QueryPlan, retrieve, k: int) -> tuple[str, list[Citation], bool, list]:
    if not snap.records:
        return refusal_reason(snap, plan, []), [], True, []
    if plan.intent == "cross" or "cross" in plan.intents:
        pre = refusal_reason(snap, plan, [True]) if (plan.unknown_years or plan.unknown_jigyo_no) else None
        if pre:
            return pre, [], True, []
        got = _cross(snap, plan)
        if got is not None:
            kind, cids, text = got
            if not cids:
                return text, [], True, []
            cites = _Cites(snap)
            for cid in cids:
                cites.n(cid)
            return text, cites.items, False, []
    hits = retrieve(svc, snap, plan, k=max(10, k))
    reason = refusal_reason(snap, plan, hits)
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
        text, cites = _compose(snap, plan, cids[: max(k, 5)])
        return text, cites, False, hits
    cids = _select(snap, plan, hits, k)
    text, cites = _compose(snap, plan, cids)
    return text, cites, False, hits


def _rarest_topic(snap, plan: QueryPlan) -> str | None:
    """The question's most specific word (fewest chunks use it): what every listed item must mention."""
    best, best_df = None, None
    for t in plan.salient:
        if len(t) < 2:
            continue
        df = len(snap.lexical.search_tokens([t], k=max(1, len(snap.lexical))))
        if df and (best_df is None or df < best_df):
            best, best_df = t, df
    return best


def _mentions(text: str, token: str) -> bool:
    from .textproc import tokenize

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
    text, cites, refused, hits = _offline(svc, snap, plan, retrieve, k)
    if llm and not refused and cites:
        from .llm import llm_answer_stream

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


__all__ = ["Answer", "AskError", "Citation", "answer", "answer_stream", "numbers_grounded", "refusal_reason",
           "STOP_TOKENS"]

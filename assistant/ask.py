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
MIN_COVERAGE = 0.2
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


# The cost table's columns and the words that ask for each (form vocabulary).
COST_COLUMNS = (
    ("carryover", "前年度繰越", re.compile(r"繰越|繰り越")),
    ("initial", "当初予算", re.compile(r"当初")),
    ("supplementary", "補正予算等", re.compile(r"補正")),
    ("total", "予算現額（合計）", re.compile(r"予算現額|現額|合計|予算(?!.{0,3}(?:当初|補正))")),
    ("general", "うち一般財源", re.compile(r"一般財源|財源")),
    ("settlement", "決算額", re.compile(r"決算|使った|使っ|支出|執行|実際に(?:かか|使)|かかった")),
    ("staff", "職員数", re.compile(r"職員|人員|何人")),
)
_CHANGE_Q = re.compile(r"推移|変わ|変化|増え|減っ|下が|上が|回復|戻っ|持ち直")


def _cost_columns(question: str) -> list[tuple[str, str]]:
    """Every column of the cost table the question asks for, in the table's order.

    「当初予算はいくらで、予算現額はいくら？」 asks for two; 「予算は？」 for the budget
    (予算現額) and what was spent; nothing specific, the settlement (決算額).
    """
    q = re.sub(r"当初予算|補正予算", "", question)  # 予算 inside these names is not 予算現額
    asked = [(col, label) for col, label, pat in COST_COLUMNS
             if pat.search(q if col == "total" else question)]
    if [c for c, _ in asked] == ["total"]:
        asked.append(("settlement", "決算額"))
    return asked or [("settlement", "決算額")]


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
        ind = m.get("indicator_name", "")
        if plan.intent in ("why", "trend") or _CHANGE_Q.search(plan.norm):
            # The whole analysis: a reason of several causes, or of a fall and then a
            # recovery, loses its meaning when cut (the UI may fold a long quote).
            body = "".join(p.strip() for p in q.split("\n") if p.strip())
        else:
            body = "".join(_pick(sentences(q), topic, 2, always=1))
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
        cols = _cost_columns(plan.norm)
        for col, label in cols:
            unit = "人" if col == "staff" else "千円"
            parts = [f"{r.get('year', '')} {r.get(col, '')}{unit}" for r in sel if r.get(col, "").strip()]
            if parts:
                out.append(f"{name}の{label}は {' → '.join(parts)} です{mark}。")
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


def _topic(plan: QueryPlan) -> list[str]:
    """The question's topic words: salient tokens that are not everyday words (see wording)."""
    from .wording import everyday_forms

    common = everyday_forms(plan.norm)
    return [t for t in plan.salient
            if t not in common and (len(t) > 1 or not re.fullmatch(r"[\u3040-\u309f]", t))]


def _coverage(snap, plan: QueryPlan, cids: list[str]) -> float:
    """idf-weighted share of the question's topic words found in the evidence."""
    topic = _topic(plan)
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
    cands = [t for t in _topic(plan)
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


def _absent_phrases(snap, plan: QueryPlan, top: list[str]) -> list[str]:
    """Noun phrases of the question (as typed) that the evidence never speaks of.

    A phrase is grounded when it occurs in a linked name or in the evidence sheets
    (the sheet of the best hit, which the answer would come from), or when all its topic words occur together in
    one of their chunks.  「スマート農業の研修の受講者数」 linked to ＤＸ人材育成講座の
    受講者数: 受講者数 is grounded, スマート農業 is not (it is a course named on another
    sheet), so the figures of another subject are never given as the answer.
    """
    from .textproc import tokenize
    from .wording import noun_phrases

    names = [nfkc(e.name) for e in plan.jigyo + plan.indicators + plan.details]
    versions = list(dict.fromkeys(snap.chunks[c].meta.get("version") for c in top[:1] if c in snap.chunks))
    ev_ids = [c for v in versions for c in snap.by_version.get(v, [])]
    evidence = [nfkc(snap.chunks[c].text) for c in ev_ids]
    out = []
    for ph in noun_phrases(plan.norm):
        forms = [f for f in dict.fromkeys(ph.forms) if len(f) > 1 and not f.isascii()]
        text = nfkc(ph.text)
        if len(forms) < 2 or any(text in n for n in names) or any(text in e for e in evidence):
            continue
        alts = {f: {f} | expand({f}) | {x for x in tokenize(f) if len(x) > 1 and x != f} for f in forms}
        together = False
        for cid in ev_ids:
            toks = chunk_tokens(snap, cid)
            if all(alts[f] & toks for f in forms):
                together = True
                break
        if not together:
            out.append(ph.text)
    return out


def _phrase_of(plan: QueryPlan, token: str) -> str:
    """The noun phrase of the question that holds ``token`` (the user's own words)."""
    from .wording import noun_phrases

    for ph in noun_phrases(plan.norm):
        if token in ph.forms:
            return ph.text
    return token


def _near_note(plan: QueryPlan) -> str:
    """「近い内容: …」 naming what the sheets do hold (names only, never their figures)."""
    near = [f"「{e.name}」" for e in (plan.indicators or plan.details or plan.jigyo)[:3]]
    return f"（近い内容: {'、'.join(near)}）" if near else ""

# Questions that ask for a specific kind of figure the sheets may simply not give
# (a unit price, a subsidy rate): the evidence must state that kind of figure.
_ATTRIBUTES = [
    (re.compile(r"単価|(?:あたり|当たり).{0,6}(?:いくら|金額|費用|何円|円)"),
     re.compile(r"単価|(?:あたり|当たり).{0,12}[0-9][0-9,.]*\s*(?:千円|円|万円)"), "1単位あたりの金額（単価）"),
    (re.compile(r"補助率|何分の[1一]|何割"), re.compile(r"補助率|分の[0-9一二三四]|[0-9]割"), "補助率"),
    # The names of the participants (which companies, which schools): a sheet gives counts, rarely names.
    (re.compile(r"(?:企業|会社|団体|法人|学校|施設|事業者|参加者)(?:の)?(?:名前|名称|名|一覧)|社名|どこの(?:企業|会社|団体)"),
     re.compile(r"株式会社|（株）|\(株\)|有限会社|社名|企業名|団体名|学校名"), "個別の名称"),
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
    if plan.unknown_bukyoku and not plan.bukyoku:
        names = "・".join(f"「{n}」" for n in plan.unknown_bukyoku)
        return f"{names}のシートは取り込まれていないため、お答えできません。"
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
    absent = list(dict.fromkeys(_phrase_of(plan, t) for t in _absent_terms(snap, plan, top)))
    absent += [p for p in _absent_phrases(snap, plan, top) if p not in absent]
    if absent:
        terms = "・".join(f"「{t}」" for t in absent)
        return f"{terms}に関する記載は取り込まれたシートにないため、お答えできません。{_near_note(plan)}"
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
# Sections by meaning: what answers each kind of question (and what may follow it).
_PRIMARY = {"why": ("8",), "trend": ("4",), "plan": ("9-2",), "issue": ("9-1",), "cost": ("6",),
            "activity": ("7", "detail")}
_GENBA_Q = re.compile(r"現状|背景|そもそも|どんな問題|問題(?:は|が|点|って)|状況")
_DETAIL_Q = re.compile(r"細事業|取組|内訳|(?:何|どこ)に(?:使|お金)|一番お金")


_MULTI_Q = re.compile(r"あと|それと|それに|合わせて|併せて|あわせて|も(?:教え|知りたい|お願い)|ついでに|[?？].+[?？]")
_NAMED_SECTIONS = [(re.compile(r"施策|[5５]か年計画|総合計画"), "5"), (re.compile(r"事業の目的|目的は"), "2"),
                   (re.compile(r"最終的|目指|目標値の|設定理由|根拠"), "4")]
_FIGURE_Q = re.compile(r"実績(?:は|って|値)|何[%％]|割合|数は|どれくらい|どのくらい|いくつ")


def _wanted(plan: QueryPlan) -> list[str]:
    """The sections that answer the question, in the order they are told."""
    q = plan.norm
    if plan.intent == "issue" or (plan.intent == "lookup" and _GENBA_Q.search(q)):
        # 現状・背景・問題 are told in 1 現状と課題; 課題 for next year in 9-1 (cite both when both fit).
        if _GENBA_Q.search(q):
            return ["1", "9-1"] if re.search(r"課題|問題", q) else ["1"]
        return ["9-1"]
    wanted = list(_PRIMARY.get(plan.intent, ()))
    if _MULTI_Q.search(q):  # 「課題は？それに対してどうする？」: each part's section
        for intent in plan.intents[1:]:
            wanted += [s for s in _PRIMARY.get(intent, ()) if s not in wanted]
    for pat, sec in _NAMED_SECTIONS:  # a word that names a part of the form comes first
        if pat.search(q) and sec not in wanted:
            wanted.insert(0, sec)
    strong_detail = any(d.score >= 0.8 for d in plan.details)
    if plan.intent == "cost" and strong_detail and not re.search(r"事業費|総額|全体", q):
        wanted = ["detail"]  # 「ＮＰＯ夢バンクにはいくら貸し付けている？」: the 細事業's own row
    elif plan.intent == "cost" and (_DETAIL_Q.search(q) or plan.details):
        wanted.append("detail")
    if plan.intent in ("activity", "lookup") and plan.indicators and plan.indicators[0].score >= 0.7 \
            and _FIGURE_Q.search(q) and not _DETAIL_Q.search(q):
        wanted = ["4"]  # 「…の割合、R6の実績は？」 is the indicator's figure, not the 取組実績
    if plan.intent == "why" or (plan.intent == "trend" and _CHANGE_Q.search(q) and re.search(r"なぜ|理由|原因|要因", q)):
        wanted = ["8", "4"]
    return wanted


def _select(snap, plan: QueryPlan, hits, k: int) -> tuple[list[str], list[str]]:
    """(chunks that answer, related chunks): the wanted sections of the best sheet.

    For why/trend the linked indicator's 8 and 4; otherwise the sections of
    :func:`_wanted` from the sheet of the best hit.  The best hit itself follows as
    related material when it is not among them (the rankings may know better).
    """
    ids = [h.chunk_id for h in hits]
    if not ids:
        return [], []
    top = snap.chunks[ids[0]].meta
    top_v = top.get("version")
    primary: list[str] = []
    wanted = _wanted(plan)
    ind_top = next((snap.chunks[c].meta for c in ids[:3] if snap.chunks[c].meta.get("section") in ("4", "8")
                    and snap.chunks[c].meta.get("indicator")), None)
    if plan.intent in ("why", "trend", "lookup") and ind_top and (plan.indicators or plan.intent != "lookup"):
        v, ind = ind_top.get("version"), ind_top.get("indicator")
        for sec in (wanted if plan.intent != "lookup" else ["4"]):
            if sec in ("4", "8"):
                cid = _chunk_for(snap, v, sec, ind)
                if cid and cid not in primary:
                    primary.append(cid)
        top_v = v
    for sec in wanted:
        if sec in ("4", "8") and primary:
            continue
        best = next((cid for cid in ids if snap.chunks[cid].meta.get("section") == sec
                     and snap.chunks[cid].meta.get("version") == top_v), None)
        best = best or _chunk_for(snap, top_v, sec)
        if best and best not in primary:
            primary.append(best)
    if not primary:
        primary = [ids[0]]
    # 「R5とR6でどう変わった」: the same sections of the other years' sheets of that 事業.
    if len(plan.years) >= 2:
        no = snap.chunks[primary[0]].meta.get("jigyo_no")
        for v, rec in snap.records.items():
            if v != top_v and rec["sheet"]["jigyo_no"] == no and rec.get("fiscal_year") in plan.years:
                for cid in list(primary):
                    m = snap.chunks[cid].meta
                    other = _chunk_for(snap, v, m.get("section"), m.get("indicator") or 0)
                    if other and other not in primary:
                        primary.append(other)
    # A figure not yet measured (「―」): its 要因分析 says why.
    for cid in list(primary):
        m = snap.chunks[cid].meta
        if m.get("section") == "4" and "―" in _figures_line(snap.chunks[cid].quote)[1]:
            why = _chunk_for(snap, m.get("version"), "8", m.get("indicator") or 0)
            if why and why not in primary:
                primary.append(why)
    related = [c for c in ids[:2] if c not in primary][: max(0, k - len(primary))][:1]
    return primary, related


def _compose(snap, plan: QueryPlan, primary: list[str], related: list[str]) -> tuple[str, list[Citation]]:
    """The direct answer from ``primary`` first; ``related`` follows under a 関連 heading."""
    cites = _Cites(snap)
    topic = _topic_tokens(plan)
    lines: list[str] = []
    for i, cid in enumerate(primary):
        lines += _compose_chunk(snap, cid, cites.n(cid), plan, topic, lead=(i == 0))
    if related:
        refs = []
        for cid in related:
            m = snap.chunks[cid].meta
            what = m.get("indicator_name") or m.get("section_title", "")
            refs.append(f"{m.get('jigyo_name', '')}の「{what}」[{cites.n(cid)}]")
        lines.append("関連: " + "、".join(refs))
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
    from .superlative import SUPERLATIVE_Q

    if "cross" in plan.intents and (plan.jigyo or plan.jigyo_filter) and SUPERLATIVE_Q.search(plan.norm):
        # 「〇〇事業費の細事業で一番…はどれ？」 ranks rows of one sheet: not a cross-sheet question.
        plan.intents = [i for i in plan.intents if i != "cross"] or ["lookup"]
        plan.intent = plan.intents[0]
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
        text, cites = _compose(snap, plan, cids[: max(k, 5)], [])
        return text, cites, False, hits
    ranked = _superlative(snap, plan, hits)
    if ranked is not None:
        return ranked[0], ranked[1], False, hits
    primary, related = _select(snap, plan, hits, k)
    text, cites = _compose(snap, plan, primary, related)
    return text, cites, False, hits


def _superlative(snap, plan: QueryPlan, hits) -> tuple[str, list[Citation]] | None:
    """一番・最も… over the rows of the best sheet: the winner first, each compared row cited."""
    from .superlative import rank_in_sheet

    if not hits:
        return None
    v = snap.chunks[hits[0].chunk_id].meta.get("version")
    if plan.jigyo:
        no = plan.jigyo[0].jigyo_no
        if snap.records[v]["sheet"]["jigyo_no"] != no:
            v = next((h_v for h_v in (snap.chunks[h.chunk_id].meta.get("version") for h in hits)
                      if snap.records[h_v]["sheet"]["jigyo_no"] == no), v)
    ranked = rank_in_sheet(snap.records[v]["sheet"], plan.norm,
                           lambda sec, indicator=0, detail_no=None: _chunk_for(snap, v, sec, indicator, detail_no))
    if ranked is None:
        return None
    cites = _Cites(snap)
    lines = [f"{ranked.lead}[{cites.n(ranked.rows[0][0])}]。", "比較した値:"]
    lines += [f"・{line}[{cites.n(cid)}]" for cid, line in ranked.rows]
    return "\n".join(lines), cites.items


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

"""Understanding a Japanese question: intent, entities (事業, 指標, 細事業, 部局), years.

Everything here becomes *preferences* for retrieval (section boosts, entity boosts)
plus a few hard filters the user asked for explicitly (``--year`` etc.).  Linking
is by meaning, not exact words: Sudachi-normalised token overlap (NPO == ＮＰＯ,
下がっ == 下がる), weighted by how rare a token is among entity names, plus the
cosine of the query and name embeddings (研修の評価 ~ 共創研修会満足度).
When linking is unsure the plan simply carries no entity and retrieval is open.
"""

from __future__ import annotations

import math
import re
import threading
from ingest.form import nfkc

from .textproc import tokenize
from .types import Entity, QueryPlan
from .wording import frame_forms

INTENTS = ("cross", "why", "plan", "issue", "trend", "cost", "activity", "lookup")

# Cue patterns over the NFKC-normalised question (order = priority).
_CUES: dict[str, re.Pattern] = {
    # 背景 is a why only when it is the background of a result (下回った背景); the
    # background of a program (この事業の背景) is its 現状 (section 1).
    "why": re.compile(r"なぜ|何故|理由|原因|要因|どうして(?!いく|いる|いきた)|なんで|わけは|"
                      r"(?:た|だ|てる|ている|ない|なかった)背景|何が(?:効い|良かった|よかった|影響)|効いた"),
    "plan": re.compile(r"今後|手を(?:打|考え)|打つ手|改善|方策|来年度|次年度|翌年度|どうする|どう取り組|見直|方向性|予定|対策|どう対応|対応する|どうしていく|どう変える|働きかけ"),
    "issue": re.compile(r"課題|問題点|問題|弱み|うまくいか"),
    "trend": re.compile(r"推移|増え|減っ|減少|増加|変化|伸び|下が|上が|低下|向上|経年|比べ|前年|どう変わ|悪化|改善した"),
    "cost": re.compile(r"予算|決算|いくら|費用|金額|コスト|千円|円|一般財源|職員数|補正|繰越|財源|お金|使った"),
    "activity": re.compile(r"何をし|何をや|実績|何回|何件|何人|何名|何(?:社|施設|か所|箇所|校|基|戸|地区|団体|市町村|言語|本)|"
                          r"導入され|交付し|設置され|効果(?:は|が|って)|力を入れ|力をいれ|重点|注力|頑張|どのくらいの(?:学校|数|件)|取組|取り組ん|実施し|開催|行った|アウトプット|細事業|実施方法|活動"),
}
_CROSS = re.compile(
    r"どの事業|どれ(?!くらい|ぐらい|だけ|ほど)|すべて|全て|全部|一覧|全事業|各事業|複数の事業|ある事業|事業は[?？]?$|事業を|事業はどこ|事業名を|"
    r"いくつ|何事業|どこの部局|細事業は[?？]?$|(?:細事業|事業|指標|取組)(?:は|が|も)(?:ある|あります)"
)

# Extra section cues (independent of intent): a word that names a part of the form.
_SECTION_CUES: list[tuple[re.Pattern, str, float]] = [
    (re.compile(r"現状|背景|そもそも|どんな問題|問題があ|状況"), "1", 0.8),
    (re.compile(r"目的"), "2", 0.8),
    (re.compile(r"取組内容|取り組み内容|どんな取組|達成するための"), "3", 0.6),
    (re.compile(r"目標値|成果指標|指標|満足度|達成"), "4", 0.5),
    (re.compile(r"設定理由|目標値の理由|目標の根拠|根拠|最終的|目指して|目指す"), "4", 1.0),
    (re.compile(r"施策分野|5か年計画|５か年計画|総合計画"), "5", 1.0),
    (re.compile(r"要因分析"), "8", 1.0),
    (re.compile(r"細事業|実施方法|委託|補助|貸付|直接実施"), "detail", 0.9),
    (re.compile(r"職員数|人員"), "6", 1.0),
]

SECTION_PREFS: dict[str, dict[str, float]] = {
    "why": {"8": 1.0, "4": 0.6},
    "trend": {"4": 1.0, "8": 0.5},
    "plan": {"9-2": 1.0, "9-1": 0.4},
    "issue": {"9-1": 1.0, "1": 0.4, "9-2": 0.3},
    "cost": {"6": 1.0, "detail": 0.6},
    "activity": {"7": 1.0, "detail": 0.8, "3": 0.3},
    "lookup": {},
    "cross": {},
}

# Tokens that carry no topic (question words, intent cues, form vocabulary).
STOP_TOKENS = frozenset(
    """
何故 理由 原因 要因 どう どうして 推移 為る 居る 有る 成る 出来る 下さる 教える 呉れる 来る 言う 思う 見る 知る
事業 年度 令和 r 何 幾ら いくら 其の 此の 其れ 此れ 彼の 何れ どれ どの 全て 凡て 一覧 今後 改善 方策 来年度 来 年 度
課題 問題 問題点 予算 決算 額 金額 費用 実績 回 件 人 名 社 取組 取り組む 実施 状況 結果 内容 場合 為 こと 事 もの 物
増える 減る 下がる 上がる 変化 変わる 伸びる 比べる 前年 前年度 昨年度 今年度 本年度 次年度 翌年度 昨年 今年
ある いる する なる できる ない 無い 良い よい 様 よう 等 など 及び について 関する 対する 何回 幾つ 分 後 前 中 達成 未達成
何人 何社 何件 何回 何か所 開く 最終的 最終 予定 変える 見直す 改善策 策 どんな 新しい 新た いま 今 幾 つ 関連 遣る 広げる
使う 余り 前の年 このくらい どのくらい 位 ぐらい くらい 程度 目指す 挙げる 挙がる 取り入れる 働きかける 増やす 受ける 出す 交付 設定
県 長野 長野県 シート 記載 記述 書く 書い 教え ください 下さい お願い 知りたい 答える 説明 述べる
""".split()
)

_JIGYO_NO_RE = re.compile(r"(?<!\d)(\d{2})[\s\-ー－]?(\d{2})[\s\-ー－]?(\d{2})(?!\d)")
_BUKYOKU_RE = re.compile(r"([\u4e00-\u9fff]{2,6}(?:部|局|委員会))(?:の|で|が|は|に|と|[、?？]|$)")
_REIWA_RE = re.compile(r"(?:令和|R)\s*(元|\d{1,2})\s*(?:年度|年)?", re.IGNORECASE)
_HEISEI_RE = re.compile(r"(?:平成|H)\s*(元|\d{1,2})\s*(?:年度|年)", re.IGNORECASE)
_WESTERN_RE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})\s*(?:年度|年)?(?!\d)")
_REL_YEARS = [("一昨年度", -2), ("昨年度", -1), ("前年度", -1), ("昨年", -1), ("去年", -1),
              ("今年度", 0), ("本年度", 0), ("今年", 0)]
# 「…事業」「…事業費」 names the user typed, used to notice 事業 that are not indexed.
_NAMED_JIGYO_RE = re.compile(r"([A-Za-z0-9・ー\u30a0-\u30ff\u4e00-\u9fff]{2,30}?事業費?)(?:の|は|で|に|を|が|と|について|[?？]|$)")

# Form vocabulary: what people say -> the words the sheets use (weight < 1).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "評価": ("満足度", "満足"),
    "感想": ("満足度", "満足"),
    "満足": ("満足度",),
    "来る": ("参加",),
    "集まる": ("参加",),
    "参加者": ("参加",),
    "人数": ("者数", "参加者"),
    "お金": ("予算", "決算"),
    "費用": ("予算", "決算"),
    "使う": ("決算",),
    "ＤＸ": ("dx",),
    "外国人": ("インバウンド", "外国人"),
    "観光客": ("観光", "インバウンド"),
    "不登校": ("不登校",),
    "農業": ("就農", "農業"),
    "洪水": ("治水", "流域"),
    "減額": ("補正", "マイナス"),
    "貸し付ける": ("貸付", "貸付金"),
    "貸す": ("貸付", "貸付金"),
    "夏場": ("グリーンシーズン",),
    "夏": ("グリーンシーズン",),
    "夏季": ("グリーンシーズン",),
    "子供": ("児童", "生徒"),
    "子ども": ("児童", "生徒"),
    "落ちる": ("下がる", "低下"),
    "根拠": ("設定理由", "理由"),
    "受講": ("参加",),
    "医ケア": ("医療的ケア",),
}


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


# --------------------------------------------------------------------------- catalogue
class Catalogue:
    """Entity names of the indexed sheets with tokens, idf weights and embeddings."""

    def __init__(self, snap, embedder) -> None:
        self.entities: list[Entity] = []
        self.tokens: list[set[str]] = []
        self.fiscal_years: set[int] = set()
        self.jigyo_names: dict[str, str] = {}
        self.bukyoku: set[str] = set()
        seen: set[tuple] = set()
        newest: dict[str, dict] = {}
        for rec in snap.records.values():
            s = rec["sheet"]
            fy = rec.get("fiscal_year") or 0
            self.fiscal_years.add(fy)
            no = s["jigyo_no"]
            if no not in newest or fy > newest[no].get("fiscal_year", 0):
                newest[no] = rec
            self.bukyoku.add(s.get("bukyoku", ""))
        for rec in sorted(snap.records.values(), key=lambda r: -(r.get("fiscal_year") or 0)):
            s = rec["sheet"]
            no = s["jigyo_no"]
            self.jigyo_names.setdefault(no, s["jigyo_name"])
            items = [Entity("jigyo", s["jigyo_name"], no, bukyoku=s.get("bukyoku", ""))]
            for ind in s.get("indicators", []):
                items.append(Entity("indicator", ind["name"], no, indicator=ind["no"]))
            for row in s.get("detail", []):
                items.append(Entity("detail", row["name"], no, detail_no=row["no"]))
                for it in row.get("items", []):
                    if it.get("name"):
                        items.append(Entity("detail", it["name"], no, detail_no=row["no"]))
            for e in items:
                key = (e.kind, e.name, e.jigyo_no, e.indicator, e.detail_no)
                if key in seen or not e.name.strip():
                    continue
                seen.add(key)
                self.entities.append(e)
        self.bukyoku.discard("")
        self.tokens = [set(tokenize(e.name)) - STOP_TOKENS for e in self.entities]
        df: dict[str, int] = {}
        for toks in self.tokens:
            for t in toks:
                df[t] = df.get(t, 0) + 1
        n = max(1, len(self.tokens))
        self.idf = {t: math.log(1 + n / c) for t, c in df.items()}
        self.max_idf = math.log(1 + n)
        self.postings: dict[str, list[int]] = {}
        for i, toks in enumerate(self.tokens):
            for t in toks:
                self.postings.setdefault(t, []).append(i)
        self.name_weight = [sum(self.idf_of(t) for t in toks) or 1.0 for toks in self.tokens]
        self.norm_names = [nfkc(e.name).lower() for e in self.entities]
        names = {nfkc(e.name) for e in self.entities if e.kind in ("jigyo", "detail")}
        # Users type 「高齢者交通安全対策で」 without 事業費: its 対策 is a name, not a plan cue.
        names |= {c for c in (re.sub(r"(?:推進)?(?:事業費|事業)$", "", n) for n in names) if len(c) >= 4}
        self.strip_names = sorted(names, key=len, reverse=True)
        self.newest_year = max(self.fiscal_years) if self.fiscal_years else None
        self._embedder = embedder
        self._vectors = None
        self._vec_lock = threading.Lock()

    def vectors(self):
        import numpy as np

        with self._vec_lock:
            if self._vectors is None:
                names = [e.name for e in self.entities]
                vecs = _embed_names(self._embedder, names) if names else []
                self._vectors = np.asarray(vecs, dtype=np.float32).reshape(len(names), -1)
            return self._vectors

    def idf_of(self, token: str) -> float:
        return self.idf.get(token, self.max_idf)


_NAME_VECS: dict[tuple[str, str], list[float]] = {}


def _embed_names(embedder, names: list[str]) -> list[list[float]]:
    key = getattr(embedder, "name", type(embedder).__name__)
    todo = list(dict.fromkeys(n for n in names if (key, n) not in _NAME_VECS))
    if todo:
        for n, v in zip(todo, embedder.embed_documents(todo)):
            _NAME_VECS[(key, n)] = v
    return [_NAME_VECS[(key, n)] for n in names]


_CAT_CACHE: dict[int, tuple[int, Catalogue]] = {}
_CAT_LOCK = threading.Lock()


def catalogue(snap, embedder) -> Catalogue:
    with _CAT_LOCK:
        hit = _CAT_CACHE.get(id(snap))
        if hit and hit[0] == snap.generation:
            return hit[1]
        cat = Catalogue(snap, embedder)
        _CAT_CACHE[id(snap)] = (snap.generation, cat)
        return cat


# --------------------------------------------------------------------------- linking
def expand(tokens: set[str]) -> set[str]:
    """Synonyms of the question's tokens (the sheets' words for what people say)."""
    out: set[str] = set()
    for t in tokens:
        for s in SYNONYMS.get(t, ()):
            for x in _syn_tokens(s):
                if x not in tokens:
                    out.add(x)
    return out


_SYN_TOK: dict[str, tuple[str, ...]] = {}


def _syn_tokens(word: str) -> tuple[str, ...]:
    got = _SYN_TOK.get(word)
    if got is None:
        got = tuple(t for t in tokenize(word) if t not in STOP_TOKENS) or (word,)
        _SYN_TOK[word] = got
    return got


def _link(cat: Catalogue, text: str, qtokens: set[str], qvec, expanded: set[str] | None = None) -> list[tuple[float, Entity]]:
    """Score every entity name against the question."""
    import numpy as np

    norm = nfkc(text).lower()
    scored: list[tuple[float, Entity]] = []
    sims = None
    if qvec is not None and len(cat.entities):
        vecs = cat.vectors()
        if vecs.shape[1] == len(qvec):
            # einsum, not @: a matrix-vector BLAS call spins up OpenBLAS threads (slow on a busy 2-core box).
            sims = np.einsum("ij,j->i", vecs, np.asarray(qvec, dtype=np.float32))
    q_weight = sum(cat.idf_of(t) for t in qtokens) or 1.0
    # Only names sharing a word with the question, or close in meaning, can score.
    cand: set[int] = set()
    for t in qtokens | (expanded or set()):
        cand.update(cat.postings.get(t, ()))
    if sims is not None:
        cand.update(int(i) for i in np.flatnonzero(sims > 0.6))
    for i in cand:
        e, toks = cat.entities[i], cat.tokens[i]
        shared = toks & qtokens
        syn = (toks & expanded) - shared if expanded else set()
        lex = 0.0
        if (shared or syn) and toks:
            w_shared = sum(cat.idf_of(t) for t in shared) + 0.8 * sum(cat.idf_of(t) for t in syn)
            w_name = cat.name_weight[i]
            # Both how much of the name and how much of the question is covered.
            lex = 0.6 * (w_shared / w_name) + 0.4 * min(1.0, w_shared / q_weight)
        exact = 1.0 if cat.norm_names[i] in norm else 0.0
        dense = float(sims[i]) if sims is not None else 0.0
        score = max(exact, lex) + 0.5 * max(0.0, dense - 0.3)
        if score > 0.15:
            scored.append((score, e))
    scored.sort(key=lambda x: -x[0])
    return scored


def _named_in(name: str, q: str) -> bool:
    n = nfkc(name)
    return n in q or (len(n) > 3 and re.sub(r"費$", "", n) in q)


def _history_text(history) -> tuple[str, list[dict]]:
    """Previous user questions (newest last) and prior answers' citations."""
    texts: list[str] = []
    cites: list[dict] = []
    for h in history or []:
        if hasattr(h, "to_dict"):
            d = h.to_dict()
            texts.append(d.get("question", ""))
            cites.extend(d.get("citations", []))
            continue
        if not isinstance(h, dict):
            continue
        if "citations" in h and "question" in h:
            texts.append(h.get("question", ""))
            cites.extend(h.get("citations") or [])
            continue
        content = h.get("content", "")
        if isinstance(content, list):  # gradio 6: a list of parts
            content = " ".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)
        if h.get("role") == "user":
            texts.append(str(content))
    return (texts[-1] if texts else ""), cites


_FOLLOWUP_RE = re.compile(r"^(その|それ|この|これ|あの|では|じゃあ|なら|また|さらに|他に|ほかに)|それは|その|^(理由|要因|今後|課題|推移|予算|決算)")


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
    from .wording import zipf

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


def _assign(plan: QueryPlan, scored: list[tuple[float, Entity]]) -> None:
    """Keep the confidently linked entities of each kind (best, and close seconds)."""
    by_kind: dict[str, list[tuple[float, Entity]]] = {}
    for s, e in scored:
        by_kind.setdefault(e.kind, []).append((s, e))
    thresholds = {"jigyo": 0.45, "indicator": 0.4, "detail": 0.45}
    for kind, target in (("jigyo", plan.jigyo), ("indicator", plan.indicators), ("detail", plan.details)):
        items = by_kind.get(kind, [])
        if not items:
            continue
        top = items[0][0]
        if top < thresholds[kind]:
            continue
        have = {(e.jigyo_no, e.indicator, e.detail_no) for e in target}
        for s, e in items:
            if s < max(thresholds[kind], top * 0.8):
                break
            if (e.jigyo_no, e.indicator, e.detail_no) in have:
                continue
            have.add((e.jigyo_no, e.indicator, e.detail_no))
            target.append(Entity(e.kind, e.name, e.jigyo_no, e.indicator, e.detail_no, e.bukyoku, s))
            if len(target) >= 6:
                break

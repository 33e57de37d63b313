"""Evidence helpers shared by the answer stages: numbered citations, chunk lookup, sentences."""

from __future__ import annotations

import re

from ingest.form import nfkc

from ..query.anchors import quoted_in
from ..query.linking import expand
from ..text.terms import COUNT_NOUN_Q, COUNTER_FORMS
from ..text.tokens import morphemes, tokenize
from ..text.vocabulary import AVERAGE_PRICE, COUNT_ASKED_Q, SITUATION_FIGURES_Q, WHEN_ASKED_Q
from ..text.wording import everyday_forms, frame_forms, noun_phrases
from ..types import STRONG_LINK, Citation, QueryPlan
from ..types import citation_from_chunk as _citation

class Cites:
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


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT_RE.split(text or "") if s and s.strip()]


def topic_tokens(plan: QueryPlan) -> set[str]:
    toks = set(plan.salient)
    return toks | expand(toks)


def overlap(text: str, topic: set[str]) -> int:
    if not topic:
        return 0
    return len(set(tokenize(text)) & topic)


def pick_lines(lines: list[str], topic: set[str], limit: int, always: int = 0) -> list[str]:
    """All lines when they fit ``limit``; else the lines most about ``topic`` (in sheet order),
    or the first ones when none match.  A short section is told whole, in the sheet's order, but for the
    few lines that speak of the question's own subject, told first (「アウトドア用の車いすの件、結局どうなった」:
    the sixth line of 取組実績 is the answer)."""
    scored = [(i, overlap(ln, topic)) for i, ln in enumerate(lines)]
    if len(lines) <= limit:
        few = [i for i, x in scored if x > 0]
        return [lines[i] for i in few] + [ln for i, ln in enumerate(lines) if i not in few] \
            if few and len(few) * 2 <= len(lines) else lines
    hits = [i for i, s in scored if s > 0]
    if not hits:
        return lines[: max(always, limit)] if always or not topic else lines[:limit]
    best = sorted(hits, key=lambda i: (-scored[i][1], i))[:limit]
    return [lines[i] for i in sorted(best)]


def strip_bullet(s: str) -> str:
    return s.lstrip("・･- ").strip()


def sheet_of(snap, cid: str) -> dict:
    return snap.records[snap.chunks[cid].meta["version"]]["sheet"]


def figures_line(quote: str) -> tuple[str, str]:
    first = quote.split("\n", 1)[0]
    if "：" in first:
        name, figs = first.split("：", 1)
        return name, figs
    return "", first


def chunk_for(snap, version: str, section: str, indicator: int = 0, detail_no: int | None = None) -> str | None:
    """The first chunk of ``version`` in ``section`` (of that indicator / 細事業 when given)."""
    return snap.chunks.find(version, section, indicator, detail_no)


def chunk_tokens(snap, cid: str) -> frozenset:
    """The Sudachi tokens of a chunk: stored at ingest in the lexical index (tokenised here if not)."""
    got = snap.lexical.tokens_of(cid)
    return got if got is not None else frozenset(tokenize(snap.chunks[cid].text))


def answer_version(snap, plan: QueryPlan, hits) -> str | None:
    """The sheet version the answer comes from: the linked 事業's (its best hit, else its newest
    sheet), otherwise the best hit's.  The 事業 the question names wins over similar text elsewhere."""
    if plan.jigyo:
        no = plan.jigyo[0].jigyo_no
        own = next((h.chunk_id for h in hits if snap.chunks[h.chunk_id].meta.get("jigyo_no") == no), None)
        # a link by a word or two (「漏水のお知らせ」 for another sheet's お知らせ) yields to the best passage when that is another
        # sheet's (「漏水の疑いを通知し」): what the search ranks first is meant
        if own and plan.jigyo[0].score < STRONG_LINK and hits and snap.chunks[hits[0].chunk_id].meta.get("jigyo_no") != no:
            own = hits[0].chunk_id
        if own:
            return snap.chunks[own].meta.get("version")
        newest = snap.newest_of(no)
        if newest and plan.jigyo[0].score >= STRONG_LINK:  # named: its sheet even if no hit ranked it
            return newest.version
    return snap.chunks[hits[0].chunk_id].meta.get("version") if hits else None


def answer_sheet(snap, plan: QueryPlan, hits) -> dict:
    """The parsed sheet the answer comes from (:func:`answer_version`), or {} when there is none."""
    return (snap.records.get(answer_version(snap, plan, hits)) or {}).get("sheet") or {}


def answer_ids(snap, plan: QueryPlan, hits) -> list[str]:
    """The chunks of the sheet version the answer comes from (see :func:`answer_version`)."""
    return snap.by_version.get(answer_version(snap, plan, hits), [])


def sheet_text(snap, ids, skip: tuple[str, ...] = ()) -> str:
    """The text of the chunks ``ids`` (NFKC), without those of the sections in ``skip``."""
    return nfkc("\n".join(snap.chunks[c].text for c in ids if snap.chunks[c].meta.get("section") not in skip))


def _asked_words(plan: QueryPlan, *names: str) -> set[str]:
    """The question's topic words (synonyms included), without frame words and the words of the
    linked 事業's name and of ``names``: what a passage must hold to say what was asked."""
    name_words: set[str] = set()
    for n in [e.name for e in plan.jigyo] + list(names):
        name_words.update(tokenize(n))
    return {t for t in topic_tokens(plan) if len(t) > 1 and t not in name_words} - frame_forms(plan.norm)


def topic_held(text: str, topic: list[str], typed: dict[str, str] | None = None) -> set[str]:
    """The words of ``topic`` that ``text`` holds: as normalised, as typed (``typed``: カラマツ for 唐松), or as a synonym."""
    typed = typed or {}
    return {t for t in topic if t in text or typed.get(t, t) in text or any(len(x) > 1 and x in text for x in expand({t}))}


def _held(text: str, words: set[str]) -> int:
    """How many of ``words`` ``text`` holds, as a word or inside one (ヘリ in ヘリコプター)."""
    return len(_held_words(text, words))


def _held_words(text: str, words) -> set[str]:
    """Which of ``words`` ``text`` holds (see :func:`_held`); ``text`` is tokenized once."""
    toks = set(tokenize(text))
    return {t for t in words if t in toks or t in text}


def prose_over_indicator(snap, plan: QueryPlan, version, indicator_name: str) -> str | None:
    """Section 1 or 7 of ``version`` when one of its sentences with a number states what was asked
    better than the loosely linked indicator does.

    「バスの運転手って今どれくらい減ってるの？」 asks how big a situation is: the sheet's 現状と課題
    states it (運転者数は約1,150人…), not an indicator that only shares the program's words
    (乗合バスの輸送人員).  「若者向けの消費者教育、去年度は何をどれだけやった？」 asks what was
    done: 取組実績 states it (出前講座を63回…).  A sentence wins when it holds more of the question's
    topic words (the program's own name aside) than the indicator's name does, and at least two;
    for what was done 7 is read first, for a situation's size 1."""
    strong = plan.strong_indicators()
    if version is None:
        return None
    figures = bool(SITUATION_FIGURES_Q.search(plan.norm))
    if strong and not (figures and plan.intent == "lookup"):
        return None
    secs = (["7", "1"] if figures else ["7"]) if plan.intent == "activity" else (["1"] if figures else [])
    cids = [c for c in (chunk_for(snap, version, sec) for sec in secs) if c]
    if not cids:
        return None
    topic = _asked_words(plan, snap.chunks[cids[0]].meta.get("jigyo_name", ""))
    if len(topic) < 2:
        return None
    scored = [(max((_held(x, topic) for x in sentences(snap.chunks[c].quote) if re.search(r"\d", x)), default=0), -i, c)
              for i, c in enumerate(cids)]
    best, _, cid = max(scored)
    # An indicator linked surely by the program's words (木造住宅耐震診断件数 for 「旧耐震の木造住宅って、
    # 県内にまだどれくらい残ってる」) gives way too, to a sentence that says more of the question.
    return cid if best >= 2 and best > max([_held(indicator_name, topic)] + [_held(e.name, topic) for e in strong]) \
        else None


def passage_that_says_it(snap, plan: QueryPlan, version, current: str | None) -> str | None:
    """「去年の夏の暑さで講座が流れたって本当？」: the prose chunk of ``version`` (1, 7, 8, 9-1, 9-2) that
    holds most of the question's words (the program's own name aside; synonyms count: 暑さ → 猛暑),
    when it holds more than the chunk the answer would start with, and at least two (a word only one
    passage of the sheet uses counts twice)."""
    topic = _asked_words(plan)
    if not topic or version is None:
        return None
    weight = _weights(snap, version, topic)  # one word only one passage uses is enough (マツタケの話と関係ある？)
    return _best_prose(snap, version, current, lambda c: _weighed(snap.chunks[c].text, weight))


# A sentence of the sheet the question quotes back (「「予察の精度が下がっている」って書いてあるけど、なんで…」『…』ってある
# けど), said to be written there (not a name in brackets: 「「孤独を感じる」って人の割合」 is an indicator's).
_QUOTED_BACK = re.compile(r"[「『]([^「」『』]{6,80})[」』](?=(?:って|と)(?:書いて|書かれ|ある|あっ|あり|記載|載って))"
                          # ... or pasted as a sentence, whole or cut off (「相談窓口で172件の相談を受け付けた。内容は、」の続きで):
                          # a name in brackets has no 、 or 。 inside
                          r"|[「『]([^「」『』]{6,120}?[、。][^「」『』]{0,120})[」』]")
_NOT_TEXT = re.compile(r"[\s、。,.・「」()（）]")


def quoted_back(snap, plan: QueryPlan, version) -> str | None:
    """The chunk of ``version`` that prints a sentence the question quotes in 「」 (punctuation and spaces aside): the
    question is about that passage (the 課題 that says 予察の精度が下がっている, not the 要因分析 of an indicator)."""
    quotes = [_NOT_TEXT.sub("", nfkc(m.group(1) or m.group(2))) for m in _QUOTED_BACK.finditer(plan.norm)]
    quotes = [x for x in quotes if len(x) >= 6]
    if not quotes or version is None:
        return None
    return next((cid for cid in snap.by_version.get(version, [])
                 if any(x in _NOT_TEXT.sub("", nfkc(snap.chunks[cid].text)) for x in quotes)), None)


_ITEM_COUNT = re.compile(r"[一-龥ァ-ヶー][一-龥ァ-ヶー・ぁ-ゖ]{1,12}?(?:が|は)(?:約)?\d[\d,.]*\s*(?:件|人|名|社|団体|か所|箇所|校)")


def breakdown_passage(snap, version, kind: str | None = None) -> str | None:
    """「どんな内容が多いの？」: the prose chunk of ``version`` that counts by kind (「職場の人間関係が12件、
    解雇・雇止めが９件」: two counted kinds at least), the most of them.  ``kind`` asked (「地域ごとに見ると」): first the
    chunk that gives figures by it (「地域別の整理面積は、北信84ha、…」)."""
    best, most = None, 1
    by = re.compile(re.escape(kind) + r"(?:別|ごと)[^。\n]{0,20}\d") if kind else None
    for cid in snap.by_version.get(version, []):
        if snap.chunks[cid].meta.get("section") not in _PROSE:
            continue
        quote = nfkc(snap.chunks[cid].quote)
        if by is not None and by.search(quote):
            return cid
        n = len(_ITEM_COUNT.findall(quote))
        if n > most:
            best, most = cid, n
    return best


def quoted_names(snap, versions) -> list[str]:
    """The things a sheet names in 「」 (its systems, campaigns, brands: 「ながのコンカツナビ」): words of
    the program's own, which say whose figure is asked for, as its name does."""
    return [q for v in versions for c in snap.by_version.get(v, [])
            for q in re.findall(r"「([^」]{2,30})」", nfkc(snap.chunks[c].text))]


def _weights(snap, version, words: set[str]) -> dict[str, int]:
    """A word only one passage of the sheet uses (上伊那, マツタケ) says more about which passage is
    meant than the program's words every passage repeats (サポーター, 講座): it counts twice."""
    held = [_held_words(nfkc(snap.chunks[c].text), words) for c in snap.by_version.get(version, [])]
    return {w: 2 if sum(w in h for h in held) == 1 else 1 for w in words}


def _weighed(text: str, weight: dict[str, int]) -> int:
    """The weights of the words ``text`` holds (see :func:`_held`)."""
    return sum(weight[w] for w in _held_words(text, weight))


_PROSE = ("1", "7", "8", "9-1", "9-2")


def _best_prose(snap, version, current: str | None, score) -> str | None:
    """The prose chunk of ``version`` (1, 7, 8, 9) that ``score`` rates highest, when it rates at least
    two and more than ``current``, the chunk the answer would start with."""
    pool = [c for c in snap.by_version.get(version, []) if snap.chunks[c].meta.get("section") in _PROSE]
    if not pool:
        return None
    held = {c: score(c) for c in pool}
    best = max(pool, key=held.__getitem__)
    base = score(current) if current and current in snap.chunks else 0
    return best if held[best] >= 2 and held[best] > base else None


_DATED = re.compile(r"(?<![0-9])(?:[1-9]|1[0-2])月|[0-9]+日|上旬|中旬|下旬|(?:春|夏|秋|冬)(?:季|期|休み)")


def when_subject(plan: QueryPlan) -> str | None:
    """What a 「何月ごろ」 question dates: its last noun phrase before the ask (相談会 of 「空き家の
    相談会って何月ごろ」), or None when it asks no time."""
    m = WHEN_ASKED_Q.search(plan.norm)
    if not m:
        return None
    # phrases of the whole question (a cut one reads 相談会って as 相談 + 会う), those ending before the ask
    ends = [(plan.norm.rfind(p.text, 0, m.start()), p.text) for p in noun_phrases(plan.norm) if len(p.text) >= 2]
    before = [(i + len(t), len(t), t) for i, t in ends if i >= 0]
    return max(before)[2] if before else None


def dated_passage(snap, version, subject: str) -> str | None:
    """The chunk of ``version`` with a sentence that names ``subject`` (as typed) and dates it (７月,
    12月21日, 夏休み): 「R6年４月からの相続登記の義務化」 does not date the 相談会."""
    for cid in snap.by_version.get(version, []):
        if any(subject in x and _DATED.search(x) for x in sentences(nfkc(snap.chunks[cid].quote))):
            return cid
    return None


def average_passage(snap, plan: QueryPlan, version) -> str | None:
    """The chunk of ``version`` with a sentence that prints an average amount of the question's subject: 「宅地部分の助成って
    １件当たり平均いくら」 is told by the 取組's 「宅地部分の取替えに152件の助成を行った（１件当たりの助成額の平均は８万２千円）」."""
    topic = [t for t in plan.salient if len(t) >= 2 and t not in ("平均", "当たり")]
    for cid in snap.by_version.get(version, []):
        if any(AVERAGE_PRICE.search(x) and any(t in x for t in topic) for x in sentences(nfkc(snap.chunks[cid].quote))):
            return cid
    return None


def unit_of(snap, e) -> str:
    """The unit of a linked indicator, as its sheet prints it (人, ％, 世帯…)."""
    for _, s in snap.sheet_parts([r.version for r in snap.versions_of(e.jigyo_no)], "indicators"):
        for ind in s.get("indicators", []):
            if ind.get("no") == e.indicator:
                return nfkc(ind.get("unit") or "")
    return ""


def counter_forms(counter: str) -> str:
    """The ways a sheet writes the counter asked for, as a regex (人 -> 人|名, か所 -> か所|箇所|カ所)."""
    return COUNTER_FORMS.get(counter, re.escape(counter))


def counted(counter: str) -> re.Pattern:
    """A number written with the counter asked for (「7,600人」「86名」 for 何人), also with the
    kanji multipliers a sheet's prose uses (「約１万７千世帯」「約９万戸」)."""
    return re.compile(r"\d[\d,.]*(?:[万千億]\d*[\d,.]*)*\s*(?:" + counter_forms(counter) + ")")


def count_in_prose(snap, plan: QueryPlan, version) -> str | None:
    """Section 7 (or 1) of ``version`` when the question counts something the linked indicator does
    not: 「アウトリーチに参加した子どもの人数」 asks for people (人) while the indicator counts schools
    (校); the sentence of 取組実績 that gives a number in people (児童生徒約7,600人) answers it.
    The sentence must also hold one of the question's own words."""
    strong = plan.strong_indicators()
    m = COUNT_ASKED_Q.search(plan.norm) or COUNT_NOUN_Q.search(plan.norm)
    if not strong or not m or version is None:
        return None
    unit = counter_forms(m.group(1))
    if any(re.search(unit, unit_of(snap, e)) for e in strong):
        return None  # the indicator counts what was asked: its row answers
    number = counted(m.group(1))
    words = _asked_words(plan, *[e.name for e in strong])
    for sec in ("7", "1"):
        cid = chunk_for(snap, version, sec)
        if cid and any(number.search(x) and _held(x, words) for x in sentences(nfkc(snap.chunks[cid].quote))):
            return cid
    return None


def figure_in_prose(snap, plan: QueryPlan, version, current: str | None) -> str | None:
    """The prose chunk of ``version`` (1, 7, 8, 9) whose sentence gives the figure asked for, when the
    chunk the answer would start with gives none: 「年末のフードドライブ週間で何トン集まった」 is told
    in the 要因分析 (この期間だけで12.8トン), not in 取組実績's yearly total.  The sentence must hold a
    number (with the counter asked, if any) and more of the question's words than any sentence with a
    number in ``current``, and at least two of them."""
    m = COUNT_ASKED_Q.search(plan.norm)
    number = counted(m.group(1)) if m else re.compile(r"\d")
    words = _asked_words(plan)
    if len(words) < 2 or version is None:
        return None
    weight = _weights(snap, version, words)

    def best(cid: str) -> int:
        return max((_weighed(x, weight) for x in sentences(nfkc(snap.chunks[cid].quote)) if number.search(x)), default=0)

    return _best_prose(snap, version, current, best)


ABSENT_SIM = 0.65
SAME_ROW_SIM = 0.995


def _narrower(word: str, part: str) -> bool:
    """Whether ``word`` is a narrower subject than its part ``part``: スクールバス (スクール +
    バス) is not grounded by バス, while 予算額 (予算 + 額) and 看護師 (看護 + 師) are."""
    if part == word or part not in word:
        return False
    rest = word.replace(part, "", 1)
    return bool(rest) and rest not in everyday_forms(rest) and len(rest) >= 2


_INSTITUTION = re.compile(r"(?:大学|大|高校|高等学校|中学校|小学校|学園|病院|協会|組合|銀行|会社|財団|機構)$")


def proper_name(word: str) -> bool:
    """Whether ``word`` is one proper name (長野県立大学, 松本市): another name is never close in meaning
    to it, however near its vector (長野県立大学 is not 長野大学)."""
    ms = morphemes(word)
    # Sudachi also tags some common nouns 固有名詞-一般 (母子家庭): only places, people and institutions count
    return len(ms) == 1 and ms[0].pos[1:2] == ("固有名詞",) and (
        ms[0].pos[2] in ("地名", "人名") or bool(_INSTITUTION.search(ms[0].surface)))


def near_words(embedder, words: list[str], pool: set[str], min_sim: float = ABSENT_SIM) -> dict[str, set[str]]:
    """For each word, the words of ``pool`` close to it in meaning (word vectors, cosine ≥ ``min_sim``):
    冬場 ~ 冬期, 先生 ~ 教員.  Empty sets without an embedder (or when it fails)."""
    out: dict[str, set[str]] = {w: set() for w in words}
    pool_list = sorted(t for t in pool if len(t) >= 2)
    if embedder is None or not words or not pool_list:
        return out
    try:
        import numpy as np

        mat = np.stack([embedder.word_vector(t) for t in pool_list])
        for w in words:
            v = embedder.word_vector(w)
            if np.any(v) and not proper_name(w):
                sims = np.einsum("ij,j->i", mat, v)  # einsum, not @: no BLAS thread start-up
                # A cosine of ~1 means one vector row shared by two words: the word-vector table was
                # pruned, so a rare word (ニホンジカ) borrows its nearest kept neighbour's row (猪).
                # That is no synonymy, only a look-alike.
                # a person noun is not its own stem (被害者 is not 被害)
                out[w] = {pool_list[i] for i in np.flatnonzero((sims >= min_sim) & (sims < SAME_ROW_SIM))
                          if not _narrower(w, pool_list[i]) and not (w.endswith("者") and pool_list[i] in w)}
    except Exception:  # a remote embedder failing must not decide a refusal
        return {w: set() for w in words}
    return out


def named_sheet_says(snap, plan: QueryPlan, phrase: str, topic: list[str]) -> bool:
    """Whether ``phrase``, absent from the passages retrieved, is printed on the newest sheet of a linked 事業 whose name
    shares a word with it, and that sheet holds the other topic words too: 「作業道づくり、…一番困ってること」 is the
    森林作業道整備推進 sheet's, ranked below others; 「作業道づくりでドローン測量とか使ってる？」 is not answered there
    (no ドローン on it), nor from another sheet that has ドローン測量."""
    if not plan.jigyo:
        return False
    printed, words = quoted_in(snap, phrase), set(tokenize(phrase))  # (read once, not per linked 事業)
    typed = {m.norm: m.surface for m in morphemes(plan.norm)}  # (道作り as typed: づくり)
    for e in plan.jigyo:
        row = snap.newest_of(e.jigyo_no)
        if row is None or e.jigyo_no not in printed or not words & set(tokenize(e.name)):
            continue
        # (one word of a longer question may be how it is put: 整合 of 「…って、整合どう説明してるの」)
        if len(topic_held(sheet_text(snap, snap.by_version.get(row.version, [])), topic, typed)) >= len(topic) - (len(topic) >= 4):
            return True
    return False

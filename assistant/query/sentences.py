"""Sentence anchors: the sentence of a sheet that holds the question's own distinctive words.

「里親支援センターっていつできるの」「防災士って女性少ないの」「見張りしてる登録団体、一回減って…」:
each is answered by one sentence (a 9-2 measure, a 9-1 issue, an indicator's name or 目標設定の考え方),
while the words the question shares with its program's name (里親, 防災士, 不法投棄) link that
program's indicators, which then outrank the sentence.  The words that tell the sentence apart are
the question's content words that the linked 事業's name does not already hold; the chunk whose one
sentence holds two or more of them (idf-weighted, best first) is where the answer is.

Retrieval adds a boost for that chunk (and, when it is an indicator's 4 or 8, for the other of the
two), so the composition stages that follow the ranking (which indicator, which section) follow it.
Where the question names a 事業, only that 事業's sentences compete; where a linked indicator or
細事業 already holds the distinctive words in its name, the name is the anchor and nothing moves.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from ingest.form import nfkc

from ..text.tokens import morphemes, token_set, tokenize
from ..text.terms import FORM_WORDS, PLACE_ASKED_Q, PLACES_NAMED, WHERE_IS_Q, SUBSIDY_TERMS, SUBSIDY_TERMS_Q
from ..text.vocabulary import CUES, STOP_TOKENS
from ..text.wording import is_frame, place_forms, zipf
from ..types import STRONG_LINK, QueryPlan
from .anchors import quotes
from .linking import expand

_SENTENCE = re.compile(r"[。\n／]")

# Fewer distinct words than this in one sentence is a shared word, not the sentence asked about.
MIN_WORDS = 2

# A verb counts as a distinctive word only when general Japanese seldom uses it (戻る, 見張る, 呼び戻す),
# never the verbs every question has (出る, 聞く, 探す); calibrated on the dev sets.
VERB_ZIPF = 4.6

# Best sentences found in more sheets than this are a common pairing of words, not one sentence.
MAX_SHEETS = 2

# A sentence holding this share of the best one's weight is boosted in proportion.
NEAR_SHARE = 0.7

# A sentence at the place the question names weighs this much more (it is the answer, as a dated one is).
PLACE_SHARE = 2.0


class Term(NamedTuple):
    weight: float  # idf over the index's chunks
    forms: tuple[str, ...]  # as it may be written: normalised, as typed, synonyms
    words: int = 1  # a clipped word (クラファン) completed from the sheets counts as two: the user named a term


def distinctive_terms(snap, plan: QueryPlan) -> dict[str, Term]:
    """The question's content words that the linked 事業's name lacks.

    Content words are nouns that are not frame words (最近, 背景, 数字) nor judgements (駄目, 本当),
    and uncommon verbs."""
    named = _NAME_ASKED.search(plan.norm)  # (「防災アプリって名前なんだっけ」: the thing's words find the sentence naming it)
    own = {"名前", "名称"} if named else token_set(e.name for e in plan.jigyo)
    cue = CUES.get(plan.intent)
    asked = [m.span() for m in cue.finditer(plan.norm)] if cue else []  # つもり, 対策考えてる: how it is asked
    n = max(1, len(snap.lexical))
    out: dict[str, Term] = {}
    pos = 0
    for m in morphemes(plan.norm):
        at = plan.norm.find(m.surface, pos)
        pos = at + len(m.surface) if at >= 0 else pos
        t = m.norm
        if t in out or len(t) < 2 or t in own or t in STOP_TOKENS or t in FORM_WORDS or t.isdigit() \
                or any(a <= at < b for a, b in asked):
            continue
        noun = m.pos[:1] == ("名詞",) and not is_frame(m) and "形状詞可能" not in m.pos
        verb = m.pos[:1] == ("動詞",) and zipf(t) < VERB_ZIPF
        if noun or verb:
            forms = dict.fromkeys([t, *([m.surface] if len(m.surface) >= 2 else []), *sorted(expand({t})),
                                   *([plan.clipped[t]] if t in plan.clipped else [])])  # クラファン: クラウドファンディング
            out[t] = Term(math.log((n + 1) / (snap.lexical.doc_freq(t) + 1)) + 1.0, tuple(forms),
                          2 if t in plan.clipped else 1)
    for text in quotes(plan.norm):  # a phrase quoted as printed is the sentence's own words
        out[text] = Term(math.log(n + 1) + 1.0, (text,), MIN_WORDS)
    return out


# 「いつから始まったの」: the sentence must date the thing too (R6年度から, ４月に).
WHEN_Q = re.compile(r"いつ(?:から|まで|ごろ|頃|の|に|始|で)?")
DATED = re.compile(r"(?:R|Ｒ|令和|平成|H)\s*[0-9０-９元]+\s*年|[0-9０-９]+\s*月|年度(?:から|まで|に|より)")
# 「高校生議会 参加校」「どのくらいの人が」: a count asked, by its counter; the sentence must hold that count.
COUNT_Q = re.compile(r"何(?P<a>人|名|件|回|校|社|か所|箇所|団体|店|世帯|基|台|園|事業所|施設)|(?:どれ|どの)(?:くらい|ぐらい)の(?P<b>人)|"
                     r"(?:参加|受講|利用|来場|登録|相談)(?P<c>校|者|人)(?:数)?[?？]?$")
_COUNTERS = {"者": "人", "名": "人"}


# A thing's name asked for (「名前なんだっけ」「名称は」), and how a sheet writes one: in 「」.
_NAME_ASKED = re.compile(r"(?:名前|名称)(?:って|は|が)?[、,]?\s*(?:何|なん|どう|[?？])")
_QUOTED_NAME = re.compile(r"「[^」]{2,}」")


def asked_form(plan: QueryPlan) -> re.Pattern | None:
    """What the answering sentence must also hold: a date when asked when, the count when asked how many
    (a number with the counter asked: 21校, 103人)."""
    if WHEN_Q.search(plan.norm):
        return DATED
    if _NAME_ASKED.search(plan.norm):
        return _QUOTED_NAME  # 「防災アプリって名前なんだっけ」: the sentence that quotes its name
    if PLACE_ASKED_Q.search(plan.norm) or WHERE_IS_Q.search(plan.norm):
        return PLACES_NAMED  # 「どこの会場でやってるの」: the sentence that names the places
    if SUBSIDY_TERMS_Q.search(plan.norm):
        return SUBSIDY_TERMS  # 「補助の上限と補助率」: the sentence that states them, in whatever section
    m = COUNT_Q.search(plan.norm)
    if not m:
        return None
    unit = next(g for g in m.groups() if g)
    unit = _COUNTERS.get(unit, unit)
    return re.compile(r"[0-9０-９]\s*(?:" + re.escape(unit) + ("|名" if unit == "人" else "") + ")")


def best_sentence(text: str, terms: dict[str, Term], must: re.Pattern | None = None) -> tuple[float, int]:
    """(idf-weighted score, distinct words) of the sentence of ``text`` holding most of ``terms`` (and
    matching ``must``, when given: what it matches, a date or a count, stands for one of the words)."""
    best = (0.0, 0)
    for s in _SENTENCE.split(nfkc(text)):
        if len(s) < 4 or (must is not None and not must.search(s)):
            continue
        got = [t for t, term in terms.items() if any(f in s for f in term.forms)]
        words = sum(terms[t].words for t in got)
        if words + (must is not None) >= MIN_WORDS:
            best = max(best, (sum(terms[t].weight for t in got), words))
    return best


def _name_words(plan: QueryPlan, terms: dict[str, Term]) -> tuple[int, bool]:
    """(the most distinctive words any linked indicator's or 細事業's name holds, whether a name linked
    outright holds ``MIN_WORDS`` of them)."""
    most, named = 0, False
    for e in plan.indicators + plan.details:
        name = nfkc(e.name)
        toks = set(tokenize(name))
        held = sum(any(f in name or f in toks for f in term.forms) for term in terms.values())
        most = max(most, held)
        named = named or (held >= MIN_WORDS and e.score >= STRONG_LINK)
    return most, named


def anchored_chunks(snap, plan: QueryPlan, chunk_ids, home: str | None = None,
                    must: re.Pattern | None = None, terms: dict[str, Term] | None = None,
                    by_place: bool = False) -> dict[str, float]:
    """Chunk id -> share of the best weight, for the chunks whose best sentence holds ``MIN_WORDS`` or
    more of the question's distinctive words and at least ``NEAR_SHARE`` of the best one's weight;
    empty when none does, when a linked name holds as many of them, or when the best sentences are
    spread over more than ``MAX_SHEETS`` sheets.

    ``must``: only sentences that also hold it count (a date for 「いつから」, a number for 「何人」), and a
    linked name does not stand in for them (a name holds neither).  Where the question names a 事業, only its chunks compete.  Where it names none, the sheet the
    rankings put first (``home``, a version) competes like a named one; another sheet's sentence must
    hold every distinctive word (「LINEのごみ通報」) to say that sheet answers.  ``terms``: the question's
    distinctive words, when the caller has them already.  ``by_place``: a sentence that holds a place the question
    names and one more of its words competes from any sheet, and counts twice (see ``retrieval.retrieve``)."""
    terms = distinctive_terms(snap, plan) if terms is None else terms
    if sum(t.words for t in terms.values()) + (must is not None) < MIN_WORDS:
        return {}
    own = {e.jigyo_no for e in plan.jigyo}
    named, outright = _name_words(plan, terms)
    if outright and not must:
        return {}  # named outright by its own distinctive words (除雪オペレーター登録者数)
    # a place the question names (「能登の経験を研修に」) says which sheet's sentence, with one more of its words
    places = [t for t in terms if t in place_forms(plan.norm)] if by_place else []
    scored, at_place = {}, set()
    for cid in chunk_ids:
        meta = snap.chunks[cid].meta
        if own and meta.get("jigyo_no") not in own:
            continue
        score, words = best_sentence(snap.chunks[cid].text, terms, must)
        placed = bool(places) and words >= MIN_WORDS and all(
            any(f in nfkc(snap.chunks[cid].text) for f in terms[p].forms) for p in places)
        if score and (words > named or must) and (own or words == sum(t.words for t in terms.values())
                                                  or meta.get("version") == home or placed):
            scored[cid] = score
            if placed:
                at_place.add(cid)
    if not scored:
        return {}
    top = max(scored.values())
    # the best sentence of a section the question asks for sets the bar (「何やったの」: 7's sentence, though the
    # indicator's 要因分析 tells the same with one more word)
    prefs = plan.section_prefs
    asked = [s_ for c, s_ in scored.items() if prefs and not must and snap.chunks[c].meta.get("section") in prefs]
    if asked and max(asked) < top and places:
        top = max(asked)
        scored = {c: min(s_, top) for c, s_ in scored.items()}
    best = [cid for cid, s in scored.items() if s >= top * 0.999]
    if len({snap.chunks[c].meta.get("version") for c in best}) > MAX_SHEETS:
        return {}
    # sentences holding nearly as much (「諏訪のホテル」 in 7 beside 「諏訪…ホテル…工事」 in 8) share the boost
    # a sentence at the place named is the answer itself, as a dated or counted one is (see retrieval._anchored)
    return {cid: s / top * (PLACE_SHARE if cid in at_place else 1.0) for cid, s in scored.items() if s >= top * NEAR_SHARE}


def subject_elsewhere(snap, plan: QueryPlan, chunk_ids, indicator) -> bool:
    """Whether the question's distinctive words point away from ``indicator`` (an Entity): a linked
    細事業's name holds them, or the sentences that hold them are not that indicator's."""
    terms = distinctive_terms(snap, plan)
    if sum(t.words for t in terms.values()) < MIN_WORDS:
        return False
    for d in plan.details:
        name = nfkc(d.name)
        if sum(any(f in name for f in term.forms) for term in terms.values()) >= MIN_WORDS:
            return True
    anchored = anchored_chunks(snap, plan, chunk_ids, terms=terms)
    return bool(anchored) and not any(
        (snap.chunks[c].meta.get("jigyo_no"), snap.chunks[c].meta.get("indicator")) == (indicator.jigyo_no, indicator.indicator)
        for c in anchored)


def held_inside(snap, plan: QueryPlan, chunk_ids) -> bool:
    """Whether the question's distinctive words (``MIN_WORDS`` or more) name a thing inside its 事業:
    a linked indicator's or 細事業's name, or one sentence of ``chunk_ids``, holds them together."""
    terms = distinctive_terms(snap, plan)
    if sum(t.words for t in terms.values()) < MIN_WORDS:
        return False
    return _name_words(plan, terms)[0] >= MIN_WORDS or bool(anchored_chunks(snap, plan, chunk_ids, terms=terms))

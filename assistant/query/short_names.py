"""A 事業 named by its short form: 「若者就職の事業で」 for 若者県内就職促進事業費, 「避難所環境改善で」, 歴史館.

Staff shorten a program's name by dropping words, never by reordering them; a phrase the question marks as a
program (followed by 事業, シート or 細事業) may be short, an unmarked one must be long or name a place.
"""

from __future__ import annotations

import re

from ingest.form import nfkc

from ..text.terms import AID_KINDS, PROGRAM_KINDS
from ..text.tokens import morphemes, tokenize
from ..text.vocabulary import NAMES_JIGYO, RATE_Q, STOP_TOKENS
from ..text.wording import Phrase, names_a_place, no_pairs, noun_phrases, verbal_forms
from ..types import Entity, QueryPlan
from .catalogue import Catalogue
from .synonyms import expand, rendaku

# A 事業 the question names by its short form is linked this surely (and one linked so is named).
NAMED_LINK = 0.9
# An indicator of the program named so, linked by a word of the question's rest (as sure as asked_kind.KEEPS_LINK).
NAMED_REST_LINK = 0.6


def abbreviates(phrase: str, name: str, word_ok: bool = False) -> bool:
    """Whether ``phrase`` is a short form of the 事業名 ``name``: its words (two or more) all
    occur in the name, in the name's order (若者就職 for 若者県内就職促進事業費), or it is one
    word of three characters or more that the name holds (中山間).  Staff shorten names by
    dropping words, not by reordering them."""
    words: list[str] = []
    for t in tokenize(phrase):  # (a compound's pieces, 特別 and 支援 of 特別支援学校, are no words of their own; one kanji,
        # 有 of 県有施設, is one)
        if t not in STOP_TOKENS and (len(t) > 1 or re.fullmatch(r"[一-龥]", t)) and not any(t in w for w in words):
            words.append(t)
    n = nfkc(name).lower()  # tokens are lower case (ict for ICT)
    if len(phrase) >= 3 and nfkc(phrase).lower() in n and (len(words) == 1 or word_ok):
        return True  # 中山間 for 中山間地域農地保全推進事業費 (多様な働き方, where the question marks it a program)
    if word_ok and len(words) == 1 and words[0] in tokenize(n):
        # 輸出 (a whole word of 県産農産物輸出拡大事業費), where the question marks it as a program; also a word Sudachi
        # writes in its dictionary form (ダニ as 壁蝨, in ダニ媒介感染症… too)
        return True
    if sum(len(w) > 1 for w in words) <= 1 and any(len(x) >= 2 and x in n for x in expand(set(tokenize(phrase)))):
        return True  # 橋 for 橋梁長寿命化修繕事業費: the everyday word for the name's term
    if len(words) < 2:
        return False
    at = 0
    for w in words:
        i = n.find(w, at)
        if i < 0:
            return False
        at = i + len(w)
    return True


# 「プロ人材」 for プロフェッショナル人材活用推進事業費: a loanword cut short (as staff say プロ, インバウン, リモ),
# then the name's next word as written.
_CLIPPED_COMPOUND = re.compile(r"([ァ-ヶ][ァ-ヶー]+)([一-龥]{2,})")


def _clipped_form(text: str) -> re.Pattern | None:
    """How a name holding ``text`` as an abbreviation reads: a clipped loanword with the word after it
    (``_CLIPPED_COMPOUND``: the loanword whole in the name), or the kanji of ``_initials`` in order, each starting a
    stretch of it; None for any other phrase."""
    t = nfkc(text)
    if m := _CLIPPED_COMPOUND.fullmatch(t):
        return re.compile(re.escape(m[1]) + r"[ァ-ヶー]+" + re.escape(m[2]))
    return re.compile(r"[一-龥ァ-ヶー]{0,6}?".join(map(re.escape, t))) if _initials(t) else None


def _initials(text: str) -> str | None:
    """「住警器」 for 住宅用火災警報器: three or four kanji that no dictionary joins into a word (Sudachi reads each alone),
    as staff abbreviate a long name by a kanji of each of its words."""
    return text if re.fullmatch(r"[一-龥]{3,4}", text) and all(len(t) == 1 for t in tokenize(text)) else None


# One kanji that ends many words as a suffix does (受診率, 参加者, 事業費, 県職員): a word and it are no program's coinage.
_DERIVING_KANJI = frozenset("率数額費者員化性的用等内外別度制法料金表書会所局課部長期型式版")

_KANJI_NO_KANJI = re.compile(r"(?<![一-龥])[一-龥]の[一-龥](?![一-龥])")
_ADJ_NAME = re.compile(r"([一-龥ァ-ヶー]{2,8}な[一-龥ァ-ヶー][一-龥ァ-ヶーぁ-ん]{1,12}?)(?=の?(?:細事業|事業|シート))")


def short_name_link(plan: QueryPlan, cat: Catalogue) -> None:
    """Link the one 事業 whose name the question shortens (「若者就職の事業で」).

    Only a phrase the question itself marks as a program's name (followed by 事業, シート or
    細事業) is read this way, and only when exactly one indexed 事業名 fits it; unmarked, a phrase
    of two words or more written inside exactly one 事業名 (「避難所環境改善で」, or a place: 歴史館)."""
    q = plan.norm
    pairs = no_pairs(q)
    # 「多様な働き方の事業」: a name with an adjective in it is no one noun phrase
    adj = [Phrase(m.group(1), ()) for m in _ADJ_NAME.finditer(q)]
    # 「木の駅の事業」: one-kanji words joined by の (木の駅, 道の駅), no noun phrase of Sudachi's; a name holding them as written
    small = [Phrase(m.group(0), ()) for m in _KANJI_NO_KANJI.finditer(q)]
    for ph in pairs + noun_phrases(q) + adj + small:  # 「消費生活の相談の事業」: the pair first
        at = q.find(ph.text)
        # 「やまほいく関係の研修」: what relates to a name is the name's (a common noun, ドローン関係, names no program)
        related = re.sub(r"(?<=.{2})(?:関係|関連)$", "", ph.text)
        text = re.sub(r"(?<=.{2})(?:細事業|事業費?)$", "", related)  # 「輸出拡大事業で」: the phrase holds 事業
        # (「教育旅行の予算」: money asked of it marks a phrase as a program's name too)
        marked = related == ph.text and (text != related or NAMES_JIGYO.match(q[at + len(ph.text):]) is not None
                                         or (plan.intent == "cost" and re.match(r"の(?:予算|決算|事業費)", q[at + len(ph.text):]) is not None))
        # (four kanji of two words, 個別避難, are as long a name as staff shorten to)
        long_enough = len(nfkc(text)) >= 5 or (len(text) >= 4 and re.fullmatch(r"[一-龥]+", text) is not None
                                               and not (ph.forms and ph.forms[-1] in verbal_forms(q)))  # (県内就職した子)
        # (「防災アプリの…」: five characters of two words, one of them everyday, are a name as two topic words are)
        # (not スクールバス, one word; 電子契約 is two, 安全対策 a kind of program, no name)
        parts = morphemes(text)
        words = len(ph.forms) >= 2 or (len(nfkc(text)) >= (4 if re.fullmatch(r"[一-龥]+", text) else 5)
                                       and len(parts) >= 2 and parts[-1].norm not in PROGRAM_KINDS)
        clip = _clipped_form(text)
        # (「危険木の予算」: three kanji no dictionary joins, 危険 + 木, are a coinage; written inside one 事業名 alone,
        # ライフライン保全危険木対策事業費, they are that program's own word)
        # (a word and a suffix-like kanji, 受診率 or 県職員, is how any name measures or qualifies: no coinage)
        coined = re.fullmatch(r"[一-龥]{3}", nfkc(text)) is not None and len(parts) == 2 and len(parts[0].surface) == 2 \
            and parts[1].pos[:1] == ("名詞",) and parts[1].norm not in _DERIVING_KANJI
        if at < 0 or not (marked or clip or coined or ph in small or (words and (long_enough or names_a_place(text)))) \
                or nfkc(text) in PROGRAM_KINDS | AID_KINDS:
            continue
        if text != related and any(p.text.endswith("の" + ph.text) for p in pairs):
            continue  # 「信州まつもと空港の利用促進事業」: the whole name, not its last words, is what was named
        # (an unmarked pair says the name's words in order, の between: 「ダムの長寿命化」 for 県営ダム施設長寿命化事業費)
        # (both sides words of a name: not what is asked of it, 「住警器の決算」, nor an abbreviation, read by _clipped_form)
        pair = ph in pairs and all(len(side) >= 2 and _clipped_form(side) is None and not set(tokenize(side)) & STOP_TOKENS
                                   for side in nfkc(text).split("の"))
        joined = nfkc(text).replace("の", "")
        # (two words or more must each be in the name: a cheap look first, before abbreviates reads their order over
        # every 事業名; it kept retrieval p95 at 1,000 sheets under 70 ms)
        need = [t for t in tokenize(joined) if len(t) > 1 and t not in STOP_TOKENS] if pair else []
        hits = {no for no, name in cat.jigyo_names.items()
                if (abbreviates(text, name, word_ok=True) if marked else nfkc(text) in nfkc(name) or (clip is not None and clip.search(nfkc(name)) is not None)
                    or (pair and (len(need) < 2 or all(t in nfkc(name).lower() for t in need)) and abbreviates(joined, name)))}
        if len(hits) > 1 and marked:
            # (「騒音の事業で」: the name that lists it as one of its words, 騒音・振動・悪臭対策推進事業費, not one
            # that joins it into another word, 暴走行為・騒音運転対策推進事業費)
            listed = re.compile(r"(?:^|・)" + re.escape(nfkc(text)) + r"・")
            hits = {no for no in hits if listed.search(nfkc(cat.jigyo_names[no]))} or hits
        if len(hits) != 1:
            continue
        no = hits.pop()
        plan.jigyo = [Entity("jigyo", cat.jigyo_names[no], no, score=max([NAMED_LINK] + [e.score for e in plan.jigyo if e.jigyo_no == no]))]
        if _initials(text):  # each kanji of 住警器 stands for the name's word it starts (住宅, 警報器): a topic word found
            words = tokenize(cat.jigyo_names[no])
            plan.clipped.update({c: next(w for w in words if c in w) for c in text if any(c in w for w in words)})
        # The words that named the program link nothing else: 「薬物乱用防止の事業の決算」 asks for the
        # program's money, not for its 細事業 薬物乱用防止啓発事業, which shares only those words.
        # (an unmarked pair's words may be its indicator's too: 「ハウスの雪害、また増えた」 is 雪害によるパイプハウス等の被害棟数)
        rest = set(plan.salient) - (set() if pair and not marked and nfkc(text) not in nfkc(cat.jigyo_names[no]) else set(tokenize(text)))
        # (a rate asked: its indicators the rest names, linked or not: 「土砂撤去って、何割くらい終わってる」 is 撤去完了率 by
        # 終わる = 完了; a count, 「伝統野菜って全部で何品目」, is the 現状's, not an indicator sharing 品目)
        plan.indicators = [e for e in plan.indicators if e.jigyo_no == no and _shares(e, rest)]
        if not plan.indicators and (RATE_Q.search(q) or "何割" in q):
            plan.indicators = [Entity(e.kind, e.name, e.jigyo_no, e.indicator, e.detail_no, e.bukyoku, NAMED_REST_LINK)
                               for e in cat.entities if e.kind == "indicator" and e.jigyo_no == no and _shares(e, rest)]
        plan.details = [e for e in plan.details if e.jigyo_no == no and _shares(e, rest)]
        return


def _shares(e: Entity, words: set[str]) -> bool:
    name = nfkc(e.name)
    return any(w in name or w in tokenize(name) or expand({w}) & set(tokenize(name)) for w in words)


_KATAKANA = re.compile(r"[ァ-ヶ][ァ-ヶー]+")


def compound_tail_link(plan: QueryPlan, cat: Catalogue) -> None:
    """「クマ、来年どういう改善策」: a katakana word said alone that ends a longer katakana word of exactly one 事業名
    (ツキノワグマ of ツキノワグマ人身被害防止対策事業費, voiced as the compound writes it: クマ → グマ) names that 事業, as
    staff call the bear program 「クマ」.  Only when nothing else is linked, and only a tail the compound voices."""
    if plan.jigyo or plan.indicators or plan.details:
        return
    for t in plan.salient:
        if not _KATAKANA.fullmatch(t):
            continue
        voiced = rendaku(t)  # (only a voiced tail: バス ends スクールバス, a bus of its own kind, not the bus asked)
        if not voiced:
            continue
        hits = {no for no, name in cat.jigyo_names.items()
                if any(len(w) > len(t) and w.endswith(voiced) for w in _KATAKANA.findall(nfkc(name)))}
        if len(hits) == 1:
            no = hits.pop()
            plan.jigyo = [Entity("jigyo", cat.jigyo_names[no], no, score=NAMED_REST_LINK)]
            return

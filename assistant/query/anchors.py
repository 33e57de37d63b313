"""Which 事業 a question is about when no name says it: its rare words, or a phrase of it written
word for word on one sheet.  Both look at the indexed text (the lexical index), not at the names
alone, so they notice a sheet's own wording that the catalogue of names does not hold.
"""

from __future__ import annotations

import re

from ingest.form import nfkc

from ..text.terms import AID_WORDING, ATTRIBUTE_HEADS, FORM_WORDS
from ..text.tokens import morphemes, tokenize
from ..text.vocabulary import NAMES_JIGYO
from ..text.wording import everyday_forms, frame_forms, no_pairs, noun_phrases, predicate_forms, verb_forms, verbal_forms
from ..types import QueryPlan

# A word whose chunks (fewer than DISTINCTIVE_POOL) belong mostly (DISTINCTIVE_SHARE) to one
# 事業 points to that 事業: 林業 is the forestry sheet's word even if 農林業被害額 uses it once.
DISTINCTIVE_POOL = 80
DISTINCTIVE_SHARE = 0.75
COMMON_WORD_PASSAGES = 5


def distinctive_jigyo(plan: QueryPlan, snap, named_by: dict[str, str] | None = None,
                      kept: tuple[str, str] | None = None) -> str | None:
    """The one 事業 that the question's rare topic words point to, if they agree.

    「林業の人の定着率」: 林業 occurs on one 事業's sheet only, so the question is about
    that 事業 even when no name matches well (就農の定着率 shares more words).  A topic
    word counts when every chunk that uses it belongs to the same 事業; everyday words
    never count (see ``text.wording``).  ``kept``: (事業番号, name) of an indicator the question's words
    link well; a rare word whose part the name holds and its sheet uses too (職業訓練: 訓練修了者の就職率, the
    word once on the training sheet, mostly on the single-parent sheet) does not move the question off it
    (林業 of 「林業の３年後定着率」 is no part of 新規就農者の定着率: it still votes).
    """
    # Frame words and nouns used as verbs never vote; a word common in general Japanese (選挙, 学校)
    # votes only when the index holds it on one 事業's sheets alone, in several passages (選挙 of
    # 「選挙啓発の事業」 on the young-voter sheet).
    named_by = named_by or {}  # each word of one 事業名 -> that 事業 (Catalogue.name_owners)
    frames = frame_forms(plan.norm) | verbal_forms(plan.norm) | predicate_forms(plan.norm) \
        | {v for v in verb_forms(plan.norm) if v not in named_by}  # (a verb a 事業名 holds still votes)
    common = everyday_forms(plan.norm)
    votes: dict[str, int] = {}
    shares: dict[str, float] = {}  # each 事業's share of each word's passages, summed over the words
    for t in plan.salient:
        # (茸 is きのこ; GAP of ＧＡＰ認証…; a one-kanji word votes only as below)
        single = len(t) == 1 and re.fullmatch(r"[一-龥]", t) and t not in named_by
        if ((len(t) < 2 or t.isascii()) and t not in named_by and not single) or t in frames:
            continue
        found = snap.lexical.search_tokens([t], k=DISTINCTIVE_POOL)
        found += _split_uses(snap, t, plan.salient, {cid for cid, _ in found})
        if not found or len(found) >= DISTINCTIVE_POOL:
            continue  # used everywhere: not distinctive
        per: dict[str, int] = {}
        snap.chunks.prefetch(cid for cid, _ in found)
        if _measure_compound(t, plan.salient) and not any(
                cid in snap.chunks and snap.chunks[cid].meta.get("section") == "4" for cid, _ in found):
            continue  # 参加人数 is how a figure is spelled (参加 + 人数): unless an indicator is named so, its parts vote
        for cid, _ in found:
            if cid in snap.chunks:
                no = snap.chunks[cid].meta.get("jigyo_no")
                per[no] = per.get(no, 0) + 1
        no, n = max(per.items(), key=lambda x: x[1])
        if single and (len(per) > 1 or n < COMMON_WORD_PASSAGES):
            continue  # 秤 (「はかりの検査」) in nine passages of the 計量 sheet alone speaks of it; one kanji elsewhere is chance
        if kept and kept[0] in per and no != kept[0] and any(p in kept[1] for p in _parts(t)):
            continue
        if t in common and (len(per) > 1 or n < COMMON_WORD_PASSAGES) and named_by.get(t) != no:
            continue  # (a common word that names one program, 「きのこの夏キャンペーン」, still votes for it)
        if n >= DISTINCTIVE_SHARE * sum(per.values()) and (n > 1 or len(t) > 2 or named_by.get(t) == no):
            votes[no] = votes.get(no, 0) + 1  # (a short word in one passage, 方向 of 「いい方向に行ってる」, is chance)
        for x, m in per.items():
            shares[x] = shares.get(x, 0.0) + m / sum(per.values())
    if not votes:  # (「補助で実施している取組をすべて」 asks over every sheet: no one sheet holds its words)
        return _concentrated(shares) if "cross" not in plan.intents else None
    ranked = sorted(votes.items(), key=lambda x: -x[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None  # rare words of two 事業: leave it to retrieval
    return ranked[0][0]


def _parts(word: str) -> list[str]:
    """The word and its pieces of two characters or more (職業訓練: 職業, 訓練)."""
    return [word] + [p for p in tokenize(word) if p != word and len(p) >= 2]


def _split_uses(snap, t: str, salient: list[str], seen: set[str]) -> list[tuple[str, float]]:
    """The passages that write ``t`` where Sudachi cut it (太陽光 of 太陽光発電施設 is 太陽 + 光 there): found by its pieces
    among the question's words and kept when their text holds ``t`` as typed."""
    pieces = [p for p in salient if p != t and p in t]
    if len(t) < 3 or len(pieces) < 2:
        return []
    hits = snap.lexical.search_tokens(pieces, k=DISTINCTIVE_POOL)
    snap.chunks.prefetch(cid for cid, _ in hits)
    return [(cid, x) for cid, x in hits if cid not in seen and cid in snap.chunks and t in nfkc(snap.chunks[cid].text)]


# No one word is the program's, yet together the words sit on one sheet: its summed share of their passages is
# this much, and this many times the next sheet's (看護師 on three sheets and バス mostly on one: スクールバス).
# (0.6 named a program for two unread questions about subjects no sheet has; 0.8 keeps the dev sets' gains)
CONCENTRATED_SHARE = 0.8
CONCENTRATED_LEAD = 2.0


def _concentrated(shares: dict[str, float]) -> str | None:
    """「看護師さんが乗れるバス」: 看護師 is on three sheets, バス on the school-bus sheet in 16 of its 22 passages; no
    word alone says which program, but the school-bus sheet holds most of what the question's words speak of."""
    ranked = sorted(shares.items(), key=lambda x: -x[1])
    if not ranked or ranked[0][1] < CONCENTRATED_SHARE:
        return None
    if len(ranked) > 1 and ranked[0][1] < CONCENTRATED_LEAD * ranked[1][1]:
        return None
    return ranked[0][0]


def _measure_compound(t: str, salient: list[str]) -> bool:
    """A compound of a word and the figure it measures (参加人数, 寄付額), whose first word the question also
    has on its own: written once on some sheet (「参加人数が増えた」), that spelling points nowhere."""
    return any(t.endswith(h) and len(t) > len(h) and t[:-len(h)] in salient for h in ATTRIBUTE_HEADS)


_QUOTE = re.compile(r"[「『\"“]([^」』\"”]{4,40})[」』\"”]")


# A service's number (「＃7119」「#8000」): the sheets print it as its name.
_CODE = re.compile(r"[#＃][0-9０-９]{3,5}")


def quotes(q: str) -> list[str]:
    """Text the user quotes in brackets (「おおむね1,300人」) or a service's number (＃7119), as the sheets print
    it (NFKC)."""
    return [nfkc(m.group(1)) for m in _QUOTE.finditer(q)] + [nfkc(m.group(0)) for m in _CODE.finditer(q)]


# A name written in hiragana (まいさぽ), which Sudachi cuts into pieces: the sheets print such names in brackets.
_KANA_NAME = re.compile(r"[ぁ-ゖー]{3,}")
# ... or a name made of a verb and a noun (「書かない窓口」「待たない会計」), which is no noun phrase to the tokenizer
# (the kana a verb's or an adjective's ending (小さな拠点), not a particle or どう・くらい: each run is one lookup)
_MIXED_NAME = re.compile(r"[一-龥]{1,3}[ぁ-ゖ]{0,3}(?:ない|な|る|た|(?<![らど])い|(?<!ど)う|く|す|つ|む|ぶ|ぐ)[一-龥ァ-ヶー]{2,6}")


def _bracketed(snap, run: str) -> set[str]:
    """The 事業 whose sheets print the hiragana run, or its start (「まいさぽ」 of まいさぽで), in brackets."""
    for n in range(len(run), 2, -1):
        found = quoted_in(snap, f"「{run[:n]}」")
        if found:
            return found
    return set()


def printed_in(snap, text: str, k: int = DISTINCTIVE_POOL, tokens: list[str] | None = None) -> list[str]:
    """The chunks (among the ``k`` best for its words, or for ``tokens`` when given, best first) that print ``text``
    word for word."""
    hits = snap.lexical.search_tokens(tokenize(text) if tokens is None else tokens, k=k)
    snap.chunks.prefetch(cid for cid, _ in hits)
    return [cid for cid, _ in hits if cid in snap.chunks and text in nfkc(snap.chunks[cid].text)]


def quoted_in(snap, text: str) -> set[str]:
    """The 事業 whose chunks print ``text`` word for word."""
    return {snap.chunks[cid].meta.get("jigyo_no") for cid in printed_in(snap, text)}


_AUDIENCE = re.compile(r"(?:向け|対象|用)(?:の|に|だ|で|は|って)")


def _read_as(text: str, heading_only: bool) -> str:
    """A chunk's text, or only its heading line (事業名, indicator, 細事業: the names it is filed under)."""
    return nfkc(text.split("\n", 1)[0] if heading_only else text)


def one_kanji_prefixed(q: str) -> list[str]:
    """The kanji runs of ``q`` that Sudachi reads as one kanji and one word (分教室: 分 + 教室), not a word of its own."""
    out = []
    for run in re.findall(r"[一-龥]{3,6}", q):
        ms = morphemes(run)
        # (the word a common noun: 冬以外 is 冬 and 以外, a word of how, no name)
        # (nor a prefix: 各市町村 is every 市町村)
        if len(ms) == 2 and len(ms[0].surface) == 1 and ms[0].pos[:1] == ("名詞",) and ms[1].pos[:3] == ("名詞", "普通名詞", "一般") \
                and "事業" not in run and run not in FORM_WORDS:
            out.append(run)
    return out


def printed_jigyo(plan: QueryPlan, snap) -> str | None:
    """The one 事業 whose sheet prints what the question quotes in brackets, word for word (「『おおむね1,300人』って何の
    数字？」), or None."""
    quoted = {no for text in quotes(plan.norm) for no in quoted_in(snap, text)}
    return quoted.pop() if len(quoted) == 1 else None


def verbatim_jigyo(plan: QueryPlan, snap) -> str | None:
    """The one 事業 whose sheet has a phrase of the question word for word (what it quotes in brackets is
    :func:`printed_jigyo`'s, which the linker asks first).

    「台湾の旅行会社と組んだサイクリングツアー」: サイクリングツアー and 台湾の旅行会社 are written,
    as typed, only on the cycling sheet, though 台湾 and 旅行会社 alone point to the inbound-tourism
    sheet.  A compound of two words or more, found on one 事業's sheets only, says which sheet the
    user is reading; the same phrase on two 事業 leaves it to the other signals.  So does one long
    term found on one 事業's sheets only (社会保険労務士, コンカツナビ); on several it says nothing.
    """
    named = {no for run in _KANA_NAME.findall(plan.norm) for no in _bracketed(snap, run)}
    named |= {no for run in _MIXED_NAME.findall(plan.norm) for no in quoted_in(snap, f"「{run}」")}
    if len(named) == 1:
        return named.pop()  # 「まいさぽ経由で就職できた人」: a name the sheet prints in brackets (「まいさぽ」)
    # 「特別支援学校の分教室って」: a word Sudachi cuts into one kanji and a word (分 + 教室) is no phrase of two words, yet
    # printed on one 事業's sheets only it says which sheet, as a long term does
    prefixed = {no for run in one_kanji_prefixed(plan.norm) for no in quoted_in(snap, run)}
    if len(prefixed) == 1:
        return prefixed.pop()
    found: set[str] = set()
    linked = [nfkc(e.name) for e in plan.details + plan.indicators if e.score >= 1.0]
    for ph in no_pairs(plan.norm) + noun_phrases(plan.norm):
        text = nfkc(ph.text)
        forms = [f for f in ph.forms if len(f) > 1]
        at = plan.norm.find(ph.text)
        term = len(forms) == 1 and re.fullmatch(r"[一-龥ァ-ヶー]{5,}", text) is not None
        if forms and forms[-1] in ATTRIBUTE_HEADS:
            continue  # 「補助の上限額」 asks a cap of something: no subject to find word for word
        if at >= 0 and _AUDIENCE.match(plan.norm[at + len(ph.text):]) or re.search(r"向け$", text):
            continue  # 「防災ラジオの補助…高齢者世帯向けだと」: whom it serves, not what it is (on another sheet too)
        if (len(forms) < 2 and not term) or len(text) < 5 or "事業" in text:
            continue
        # 「熱中症対策の事業」 names a program: whether one is indexed is the refusal's to say, unless the words are in
        # the names (事業名, indicator, 細事業) of one 事業 only (「スマートＩＣの事業費」: its indicator's スマートＩＣ)
        names_program = at >= 0 and NAMES_JIGYO.match(plan.norm[at + len(ph.text):]) is not None
        if any(text.replace("の", "") in n for n in linked):
            continue  # 「業者向けの講習会」: the words of a 細事業 linked at once (事業者向け講習会), found whole on another sheet
        hits = snap.lexical.search_tokens(forms, k=DISTINCTIVE_POOL)
        snap.chunks.prefetch(cid for cid, _ in hits)
        nos = {snap.chunks[cid].meta.get("jigyo_no") for cid, _ in hits
               if cid in snap.chunks and text in _read_as(snap.chunks[cid].text, names_program)}
        if names_program:
            found |= nos if len(nos) == 1 else set()
            continue
        if "の" in text:  # 「高齢者の見守り」 is also the 事業 named 高齢者見守りネットワーク推進事業費, の aside
            nos |= {r.jigyo_no for r in snap.sheet_rows if text.replace("の", "") in nfkc(r.jigyo_name)}
        if len(nos) == 1 and len(forms) > 2 and forms[-1] in AID_WORDING and text.endswith(forms[-1]):
            # 「トイレ改修補助」 is written so on the trail sheet (休憩施設・トイレ改修補助) and as トイレ改修への補助 /
            # トイレ改修支援事業 on the toilet sheet: how a sheet words its aid says nothing, so the phrase without it
            # (トイレ改修) must be on one 事業 alone
            core = text[: -len(forms[-1])]
            if len({snap.chunks[c].meta.get("jigyo_no") for c in printed_in(snap, core, tokens=forms[:-1])}) > 1:
                continue
        if len(nos) == 1:
            found |= nos
        elif nos and not term:
            return None
    return found.pop() if len(found) == 1 else None

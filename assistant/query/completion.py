"""A word of the question no sheet uses, completed to the sheets' word it stands for.

Staff clip words (プラ for プラスチック, 部活 for 部活動), abbreviate two words of a name by their
first kanji or kana (中退, 立適, リモセン) and swap two kana by mistake (携帯トレイ).  Each is read
here as the sheets' word: it joins the question's topic (``plan.salient``) and ``plan.clipped``
says which word stands for it in the evidence.
"""

from __future__ import annotations

import re

from ingest.form import nfkc

from ..text.glosses import sheet_glosses
from ..text.tokens import morphemes, tokenize
from ..text.wording import zipf
from ..types import Entity, QueryPlan


# A clipped word and its full form are close in meaning (プラ ~ プラスチック 0.49, スーパー ~
# スーパーマーケット 0.42); a word it merely begins is not (プラ ~ プラットフォーム -0.01, セミ ~ セミナー 0.14).
CLIPPED_SIM = 0.4


def complete_clipped(plan: QueryPlan, snap, embedder) -> None:
    """A katakana or kanji word no sheet uses that starts a word the sheets do use, and means it, is that
    word clipped as staff say it (プラ for プラスチック, スーパー for スーパーマーケット, 部活 for 部活動): the
    full word joins the topic."""
    completions = getattr(snap.lexical, "completions", None)
    if completions is None or embedder is None:
        return
    import numpy as np

    vocab = snap.lexical.vocab
    _unswap_kana(plan, vocab)
    for t in list(plan.salient):
        if not (re.fullmatch(r"[ァ-ヶー]{2,}|[\u4e00-\u9fff]{2,}", t) and t not in vocab):
            continue
        try:
            v = embedder.word_vector(t)
            full = [w for w in completions(t) if np.any(v) and float(np.dot(v, embedder.word_vector(w))) >= CLIPPED_SIM]
        except Exception:  # a remote embedder failing must not decide what a word means
            full = []
        full = full or _kana_pair_clip(t, completions)
        if full:
            plan.clipped[t] = full[0]
            if full[0] not in plan.salient:
                plan.salient.append(full[0])
            _glossed_term(plan, snap, full[0])


def _glossed_term(plan: QueryPlan, snap, word: str) -> None:
    """ケアマネ, clipped from ケアマネジャー, which a sheet glosses as its 介護支援専門員: the term's words join the topic,
    since the sheet's indicators and 細事業 name it by the term (「事業所で働くケアマネの人数」 is 介護支援専門員の数)."""
    terms = set().union(*(t for _, t in _glossing_chunks(snap, word)))
    if len(terms) == 1:
        for t in tokenize(terms.pop()):
            if t not in plan.salient:
                plan.salient.append(t)


def _glossing_chunks(snap, word: str) -> list[tuple[str, set[str]]]:
    """(事業番号, terms) of each chunk that glosses ``word``, among the 20 that write it most: 「屋外焼却（野焼き）」 gives
    野焼き the term 屋外焼却 on that chunk's sheet."""
    found = snap.lexical.search_tokens([word], k=20)
    snap.chunks.prefetch(cid for cid, _ in found)
    out = []
    for cid, _ in found:
        terms = sheet_glosses([nfkc(snap.chunks[cid].text)]).get(word) if cid in snap.chunks else None
        if terms:
            out.append((snap.chunks[cid].meta.get("jigyo_no", ""), terms))
    return out


def _unswap_kana(plan: QueryPlan, vocab) -> None:
    """「携帯トレイ」 for 携帯トイレ: a katakana word as typed that no sheet uses, whose two neighbouring kana swapped make one
    the sheets do use, is that word mistyped (read as typed: Sudachi would make トレイ its トレー)."""
    for run in dict.fromkeys(re.findall(r"[ァ-ヶー]{3,}", plan.norm)):
        if run in vocab:
            continue
        fixed = next((w for w in (run[:i] + run[i + 1] + run[i] + run[i + 2:] for i in range(len(run) - 1)) if w != run and w in vocab), None)
        if fixed:
            for t in [run, *tokenize(run)]:
                plan.clipped[t] = fixed
            if fixed not in plan.salient:
                plan.salient.append(fixed)


def _kana_pair_clip(t: str, completions) -> list[str]:
    """クラファン for クラウドファンディング: a katakana word that is the start of each of the two words of a
    compound the sheets use (クラ+ファン; the long-vowel mark may be skipped, as in デジアカ)."""
    if not re.fullmatch(r"[ァ-ヶー]{4,6}", t):
        return []
    found = []
    for w in completions(t[:2], limit=20):
        parts = [p for p in tokenize(w)[1:] if re.fullmatch(r"[ァ-ヶー]{2,}", p)]
        if len(parts) >= 2 and any(
                a.startswith(t[:i]) and b.startswith(t[i:]) for i in range(2, len(t) - 1)
                for a, b in ((parts[0], parts[1]), (parts[0].replace("ー", ""), parts[1].replace("ー", "")))):
            found.append(w)
        elif len(parts) < 2 and re.fullmatch(r"[ァ-ヶー]{5,}", w) and any(
                w.startswith(t[:i]) and w.find(t[i:], i + 1) > i for i in range(2, len(t) - 1)):
            found.append(w)  # ドクヘリ for ドクターヘリ, one word to the tokenizer: its head and a later part
    return found[:1]


# An abbreviation rarer than this in general Japanese is no word of its own (暴排 1.6; 中退 3.5, 夜中 4.2 are words).
ABBREV_ZIPF = 2.5
# A word of kanji and kana this common (手入れ 3.8, 見込み 4.0) is itself, never two names' kanji clipped (野焼き 2.5 may be).
KANA_WORD_ZIPF = 3.0


def _in_order(words: tuple[str, ...], name: str) -> bool:
    """Whether ``name`` writes ``words`` one after another: together for two (暴力団排除), with a few kana or a
    suffix between for three (サービス付き高齢者向け住宅)."""
    gap = "" if len(words) == 2 else ".{0,3}?"
    return re.search(gap.join(re.escape(w) for w in words), name) is not None


def _means(embedder, word: str, full: set[tuple[str, ...]]) -> bool:
    """Whether ``word`` means the compound it would clip head and tail (鉛管 ~ 給水管 0.55), as a clipped word means its
    full form; a head-and-tail pair of kanji is too often a word of its own to be read as one without it."""
    if embedder is None or len(full) != 1:
        return False
    import numpy as np
    try:
        return float(np.dot(embedder.word_vector(word), embedder.word_vector(next(iter(full))[-1]))) >= CLIPPED_SIM
    except Exception:  # a remote embedder failing must not decide what a word means
        return False


# The score of a 事業 linked by the everyday word its sheet glosses its name's term with: the user named it, in the words
# the sheet itself gives for it (as a name's clipped kanji name it).  At a rare word's 0.6 the search would not keep to
# its sheet (「来年度、野焼き対策で何をどう変えるのか」 found other sheets' 方策 first).
GLOSS_LINK = 0.9


def link_glossed_name(plan: QueryPlan, snap, cat) -> set[str]:
    """野焼き, which one sheet glosses as the term its 事業名 is named by (「屋外焼却（野焼き）」 on 屋外焼却防止・剪定枝資源化
    推進事業費), names that 事業: the sheet says what the everyday word stands for, which beats reading it as two names'
    kanji clipped (野焼 as 野外焼却, a 細事業 of another sheet).  Returns the question's words so linked."""
    linked: set[str] = set()
    for t in dict.fromkeys(plan.salient):
        if len(t) < 2 or t not in snap.lexical.vocab or re.fullmatch(r"[ぁ-ん]+", t):
            continue
        owners = {no for no, terms in _glossing_chunks(snap, t) if any(term in nfkc(cat.jigyo_names.get(no, "")) for term in terms)}
        if len(owners) == 1:
            no = owners.pop()
            linked.add(t)
            if not any(e.jigyo_no == no for e in plan.jigyo):
                plan.jigyo.append(Entity("jigyo", cat.jigyo_names[no], no, score=GLOSS_LINK))
    return linked


def expand_name_abbrev(plan: QueryPlan, snap, cat, glossed: frozenset[str] | set[str] = frozenset(), embedder=None) -> None:
    """A two-kanji (four-kana) word no sheet uses that shortens two words of one name, by their first
    kanji (kana pair) (中退 for 中途退学者数, リモセン for リモートセンシング, as staff say them), or a
    three-character one that shortens three (サ高住 for サービス付き高齢者向け住宅), or, when it means the compound, a
    word's first kanji and the head of the compound after it (鉛管 for 鉛製給水管): the name's words join the topic."""
    vocab = snap.lexical.vocab
    # (暴排, which Sudachi cuts into 暴 and 排: two kanji standing alone in the question)
    # (not the kanji of a common word written with kana after them: 手入 of 手入れ is no 手話入門; 野焼 of the rarer
    # 野焼き is the sheets' 野外焼却)
    # (nor a counter after a number and the verb after it: 人雇 of 「１人雇うのに」 is no 人材雇用)
    runs = [m.group(0) for m in re.finditer(r"(?<![\u4e00-\u9fff0-9０-９])[\u4e00-\u9fff]{2}(?![\u4e00-\u9fff])", plan.norm)]
    words = [m.surface for m in morphemes(plan.norm)] if runs else []
    runs = [r for r in runs if not any(w.startswith(r) and len(w) > 2 and (zipf(w) >= KANA_WORD_ZIPF or w in glossed) for w in words)]
    for t in dict.fromkeys(list(plan.salient) + runs):
        # (一回, 二度: a count, however rare the list finds it, abbreviates nothing)
        if t in vocab or not re.fullmatch(r"[\u4e00-\u9fff]{2}|[ァ-ヶー]{4}|[ァ-ヶ\u4e00-\u9fff]{3}", t) \
                or re.match(r"[一二三四五六七八九十百千数]", t):
            continue
        full = cat.name_abbrev.get(t, set())
        head_tail = not full and len(t) == 2 and _means(embedder, t, cat.name_head_tail.get(t, set()))
        if head_tail:
            full = cat.name_head_tail[t]
        if len(full) != 1:
            continue
        words = next(iter(full))
        plan.clipped[t] = words[-1]  # the head word (退学, 住宅) stands for the clipped one in the evidence
        plan.salient += [w for w in words if w not in plan.salient]
        # 暴排 of 暴力団排除対策推進事業費: the words written together in one 事業名 name that 事業 (a word of its own,
        # 夜中 of 夜間中学, does not)
        if len(words) == 2 and zipf(t) >= ABBREV_ZIPF and not head_tail:  # (three initials, サ高住, are no word of their own)
            continue
        # (or its indicators' and 細事業's names, all of one 事業: 立適 of 立地適正化計画作成市町村数)
        owners = [no for no, name in cat.jigyo_names.items() if _in_order(words, nfkc(name))] \
            or sorted({e.jigyo_no for e in cat.entities if _in_order(words, nfkc(e.name))})
        if len(owners) == 1 and not any(e.jigyo_no == owners[0] for e in plan.jigyo):
            plan.jigyo.append(Entity("jigyo", cat.jigyo_names[owners[0]], owners[0], score=0.9))

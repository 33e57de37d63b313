"""A word typed in hiragana, read as the sheets write it (かいいん: 会員, ぼうはんしんだん: 防犯診断), and a loanword
typed in hiragana read in katakana (すまほ: スマホ, ぷろぱん: プロパン; ``katakana_loanwords``).

People typing slowly on a tablet, dictating, or not sure of the kanji write content words in
hiragana (「老人クラブのかいいんがへってる」「けいさつのたちいり」).  Sudachi cuts such runs into
pieces that match nothing the sheets use, so the question read as about no indexed subject.  Here
a run of hiragana morphemes whose reading is the reading of a noun the indexed sheets use is
spelled as that noun before the question is analysed.

Why readings and not a word list: the sheets' own vocabulary decides, so a new sheet brings its
words with it (the words of the sheets' names from three kana, their other words from five).  What
keeps everyday kana as they are: only nouns of the sheets (a verb such as 係る never replaces かかる);
a span starts and ends where Sudachi cuts, is one noun of the question when it is three kana (い + ない
is no 以内) and holds no auxiliary verb (閉めそうなん is no 遭難); a span the sheets' names write in
kana (こども of こども誰でも通園制度) stays as written, and so does a word general Japanese writes in kana
(つもり, いっしょ: wordfreq).  Not caught: a verb Sudachi reads as one noun (除雪機かいたい, 買いたい,
is read 解体).
"""

from __future__ import annotations

import re

from ..text.terms import FORM_KANA
from ..text.tokens import morphemes, reading
from ..text.wording import zipf
from .years import KANA_YEARS

_HIRA = re.compile(r"[ぁ-ゖー]{3,}")
_SPELLED = re.compile(r"[一-龥ァ-ヶ]")  # a noun worth spelling holds kanji or katakana
_WORD = re.compile(r"[一-龥ぁ-ゖァ-ヶー]{2,8}")
_KEY = "kana-readings"
# (at a word's start: after a particle, 県はらいねん, or after no kana at all)
_KANA_YEAR_RE = re.compile(r"(?:(?<![ぁ-ゖ])|(?<=[はがをにでもへやの]))(?:" + "|".join(sorted(KANA_YEARS, key=len, reverse=True)) + r")")
# A word people write in kana as a rule (つもり 5.0, いっしょ 4.1, ことし 3.7) or that reads as one across a
# particle (と + かいらん 2.6, は + らいねん as はらい 2.5) is kept as typed; content words typed in kana
# for want of the kanji are rare as kana (かいいん, ほうもん, けいさつ: 0).
EVERYDAY_KANA = 2.0
# The form's words in kana, where they stand as a word: after no kana or a particle, before no kana or a particle
# (「去年のよさんとけっさんは」; not the よさん of つよさん).
_FORM_KANA_RE = re.compile(r"(?:(?<![ぁ-ゖ])|(?<=[のはがをにでもとやへ]))(?:" + "|".join(sorted(FORM_KANA, key=len, reverse=True))
                           + r")(?=[^ぁ-ゖ]|[はがをにでのもとやっ]|$)")


def spell_form_kana(q: str) -> str:
    """``q`` with the form's own words typed in hiragana (けっさん, かだい, よさん) written as the form writes them."""
    return _FORM_KANA_RE.sub(lambda m: FORM_KANA[m.group(0)], q)


def _katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in text)


def _nouns_by_reading(snap, named: set[str]) -> dict[str, tuple[str, ...]]:
    """Reading -> the nouns of the indexed sheets read so (built once per snapshot generation): the words of
    the sheets' names (事業, indicators, 細事業) from three kana, the other words of the sheets from five."""
    out: dict[str, list[str]] = {}
    for term in snap.lexical.terms():
        if not (_WORD.fullmatch(term) and _SPELLED.search(term)):
            continue
        ms = morphemes(term)
        if not ms or any(m.pos[0] not in ("名詞", "接頭辞", "接尾辞") for m in ms) or ms[0].pos[0] != "名詞":
            continue
        r = reading(term)
        if len(r) >= (3 if term in named else 5):
            out.setdefault(r, []).append(term)
    return {r: tuple(ts) for r, ts in out.items()}


def spell_kana(q: str, snap, cat) -> str:
    """``q`` with each hiragana run that reads as a noun of the sheets written as that noun (and a year said in kana,
    らいねん, as the form's word for it)."""
    if not _HIRA.search(q) or snap is None or not hasattr(snap.lexical, "terms"):
        return q
    q = _KANA_YEAR_RE.sub(lambda m: KANA_YEARS[m.group(0)], q)
    by_reading = snap.derived(_KEY, lambda: _nouns_by_reading(snap, set().union(*cat.tokens)))
    names_text = cat.names_text
    if not by_reading:
        return q
    ms = morphemes(q)
    cuts, pos, nouns, auxiliaries = {0}, 0, set(), set()
    for m in ms:
        at = q.find(m.surface, pos)
        if at < 0:
            break
        pos = at + len(m.surface)
        cuts.update((at, pos))
        if m.pos[0] == "名詞":
            nouns.add((at, pos))
        elif m.pos[0] == "助動詞":  # 閉めそうなん: a verb's ending, no noun (遭難)
            auxiliaries.add(at)
    out, last = [], 0
    for run in _HIRA.finditer(q):
        i = run.start()
        while i < run.end() - 2:
            if i not in cuts:
                i += 1
                continue
            word = None
            for j in range(run.end(), i + 2, -1):
                if j not in cuts or any(i <= a < j for a in auxiliaries):
                    continue
                r = _katakana(q[i:j])
                if r in by_reading and (len(r) >= 4 or (i, j) in nouns) and q[i:j] not in names_text \
                        and zipf(q[i:j]) < EVERYDAY_KANA:
                    word = _pick(by_reading[r], snap)
                    break
            if word is None:
                i += 1
                continue
            out.append(q[last:i] + word)
            last = i = j
    if not out:
        return q
    return "".join(out) + q[last:]


def _pick(words: tuple[str, ...], snap) -> str:
    """Of nouns read alike (会員 and 快飲), the one most chunks use."""
    if len(words) == 1:
        return words[0]
    return max(words, key=lambda w: (snap.lexical.doc_freq(w), w))


# A loanword typed in hiragana (すまほ, ぷろぱん, へくたーる, おりんぴっく): its katakana spelling is one common noun
# (zipf 2.7 and up) and the hiragana spelling is written nowhere (zipf 0), and the span is no run of everyday words
# (いって, あると, なの, にも are verbs and particles; からだ, かんたん are words of their own).  It starts where a
# word can (after no kana, or after の・は・が・を・も・な) and ends where a word can (see ``_word_ends``).
_LOAN_RUN = re.compile(r"[ぁ-ゖー]{2,}")
_LOAN_START_AFTER = "のはがをもな"
_LOAN_END_BEFORE = "のはがをにでもとやへだっつじみけ"
_NOT_IN_LOANWORD = {"助詞", "助動詞", "動詞", "形容詞", "代名詞", "感動詞", "連体詞", "副詞"}
COMMON_LOANWORD = 2.7


def _loanword(kana: str) -> bool:
    kata = morphemes(_katakana(kana))
    if len(kata) != 1 or kata[0].pos[:2] != ("名詞", "普通名詞") or zipf(kata[0].surface) < COMMON_LOANWORD or zipf(kana):
        return False
    if "ー" in kana:  # (a long vowel mark in hiragana is a loanword's)
        return True
    pieces = morphemes(kana)
    return len(pieces) >= 2 and not any(m.pos[0] in _NOT_IN_LOANWORD for m in pieces)


def _word_ends(text: str, i: int, j: int) -> bool:
    """Whether a word can end at ``j`` of the kana run ``text``: at its end, before a particle or a copula, before a
    verb (「すまほいじって」), or anywhere for a span with ー."""
    if j == len(text) or text[j] in _LOAN_END_BEFORE or "ー" in text[i:j]:
        return True
    after = morphemes(text[j:])
    return bool(after) and after[0].pos[0] in ("動詞", "助詞", "助動詞")


def katakana_loanwords(q: str) -> str:
    """``q`` with each loanword typed in hiragana in katakana (「すまほ見ながら」: スマホ; see ``_loanword``)."""
    out, last = [], 0
    for run in _LOAN_RUN.finditer(q):
        text, at = run.group(0), run.start()
        lead = q[at - 1] if at else " "
        starts = ([0] if not re.match(r"[一-龥々ぁ-ゖァ-ヶA-Za-zＡ-Ｚａ-ｚ]", lead) else []) + \
            [i + 1 for i, c in enumerate(text[:-1]) if c in _LOAN_START_AFTER]
        done = 0
        for i in starts:
            if i < done or text[i] in "ーっゃゅょん":
                continue
            for j in range(min(len(text), i + 10), i + 1, -1):
                if (j - i < 3 and (i, j) != (0, len(text))) or not _word_ends(text, i, j):
                    continue
                if _loanword(text[i:j]):
                    out.append(q[last:at + i] + _katakana(text[i:j]))
                    last, done = at + j, j
                    break
    return "".join(out) + q[last:] if out else q


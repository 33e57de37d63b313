"""Whether a line of this year's sheet (a 9-2 方策) addresses a cause: the match behind every
「今年度の方策には対応する記載がない」.

Matching is lexical (Sudachi words, idf weights over the index, ``peers.Weights``), because a
bullet must be able to say which line answered which cause, and the word vectors shipped for
retrieval group sentences by topic (住宅, 研修), not by what they do about a cause. A cause and a
line match in one of three ways:

* the drafting worksheet's first rule: an idf cosine ≥ ``MATCH_MIN`` over the cause's words and the
  indicator's name, with at least two shared content words;
* two shared specific content words (``peers.concepts``: rare in the index, neither a piece of the
  other) and a cosine ≥ ``WIDE_MIN`` over the cause's own words (a long cause
  dilutes the cosine: 「…移住の時期を定めていない者も多い…」 ↔ 「…移住の検討段階に応じた情報を定期的に届ける」);
* a shared content word that is rare in the index (``rare_idf``: 位置, 記録, 求人, 機体, 林道, 復職) and a
  cosine over the cause's own words ≥ ``MATCH_MIN``, or ≥ ``RARE_MIN`` when it is the only shared word (「遭難者の位置がわからない」 ↔ 「位置情報を共有できるスマートフォンアプリ」);
* a cosine ≥ ``STRONG_MIN`` on words Sudachi splits to single kanji (毒キノコ・誤食 ↔ キノコ・誤食防止).

The looser rules also read a few near-synonyms (``NEAR``: オンライン ↔ オンデマンド, 猟友会員 ↔ 狩猟者,
若年 ↔ 学生) as one concept.

Calibrated on the 42 indexed sheets (samples, second renderer, unseen, blind): the two looser
rules add 17 cause-to-方策 pairings, 13 of them right by eye; the ones they got wrong shared only
a generic pair (相談・起業, 利用・路線), which is why ``WIDE_MIN`` is not lower. Light verbs
(する, できる, よる…) never count as shared content words.
"""

from __future__ import annotations

import math

from .peers import GENERIC, concepts

MATCH_MIN = 0.13
WIDE_MIN = 0.09
RARE_IDF = 4.3
STRONG_MIN = 0.2
RARE_MIN = 0.04
LIGHT = frozenset("為る 出来る 居る 有る 成る 取る よる とも 合わせる 行く 来る 言う 思う 考える 見る 作る 付ける 得る 持つ".split())


def shared_words(a: set[str], b: set[str]) -> set[str]:
    """Content words both sides use: two characters or more, not generic, not a light verb."""
    return {t for t in a & b if len(t) >= 2 and t not in GENERIC and t not in LIGHT}


def fit(weights, terms: set[str], line: set[str], bonus: float = 0.0) -> float:
    """The first rule, as the worksheet always matched: cosine (+ ``bonus``) when two words of two
    characters or more, not generic, are shared; else 0."""
    shared = {t for t in terms & line if len(t) >= 2 and t not in GENERIC}
    return weights.sim(terms, line) + bonus if len(shared) >= 2 else 0.0


def rare_idf(weights) -> float:
    """The idf of a rare word: ``RARE_IDF`` (a word in at most ~1 in 70 units), or in a small index,
    where a cause and its own 方策 already make two units of few, a word in at most 3 units."""
    n = math.exp(weights.default) - 1
    return min(RARE_IDF, math.log(1 + n / 3)) - 1e-9


# Near-synonyms the sheets use for one thing on the cause side and another on the measure side;
# each word also stands for its concept (a token no sheet uses, so it counts as rare).
NEAR = {
    "オンライン": "〈遠隔受講〉", "オンデマンド": "〈遠隔受講〉", "ウェブ": "〈遠隔受講〉",
    "猟友": "〈狩猟者〉", "狩猟": "〈狩猟者〉", "ハンター": "〈狩猟者〉",
    "若年": "〈若い世代〉", "若者": "〈若い世代〉", "学生": "〈若い世代〉",
}


def near(terms: set[str]) -> set[str]:
    """``terms`` with the concept of each near-synonym added."""
    return terms | {NEAR[t] for t in terms if t in NEAR}


def addresses(weights, cause: set[str], subject: set[str], line: set[str], bonus: float = 0.0) -> float:
    """How well ``line`` answers the cause (0 when it does not): ``cause`` are the cause's own
    words, ``subject`` the indicator name's."""
    first = fit(weights, cause | subject, line, bonus)
    if first >= MATCH_MIN:
        return first
    cause, line = near(cause), near(line)
    shared = shared_words(cause, line)
    sim = weights.sim(cause, line)
    if len(concepts(shared, weights)) >= 2 and sim >= WIDE_MIN:
        return sim
    rare = [t for t in shared if weights.w(t) >= rare_idf(weights)]
    if rare and (sim >= MATCH_MIN or (len(shared) == 1 and sim >= RARE_MIN)):
        return sim
    if sim >= STRONG_MIN and any(t not in GENERIC and t not in LIGHT for t in cause & line):
        return sim  # the shared words are single kanji (毒キノコ → 茸, 誤食 → 誤・食)
    return 0.0

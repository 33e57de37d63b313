"""Numbers said in kana or written in kanji, written in digits: 「れいわごねんど」 is 令和5年度, 「さんびゃくさんじゅうはちにん」
is 338人, 「令和六年度」「十七館」「ここ三年」「三割」 are 令和6年度, 17館, ここ3年, 3割.

Dictation (and slow typing on a tablet) leaves numbers in hiragana: the year of the form (令和ろくねんど),
a figure the user half remembers (さんびゃくさんじゅうはちにん).  Read as kana, the year is no year the question
names and the kana run is a word no sheet uses, so the question was refused.  Here such a number is
written as the sheets write it, before the question is read.

What keeps everyday kana as they are: a number is spelled only after the era (令和・れいわ, with its
year word after it) or when it holds a place word (じゅう, ひゃく, せん, まん) and a counter follows
it (にん, けん, かい, えん, 人, 件…), two words at least; a lone digit word (に, ご, し, く) is a particle or a word of
its own, and one place word alone may be one too (せんにん: 専任; じっけん, 実験, is no number).
"""

from __future__ import annotations

import re

# (the sound changes of the place words: さんびゃく, ろっぴゃく, はっせん, さんぜん, じゅっ)
_DIGITS = {"いち": 1, "いっ": 1, "に": 2, "さん": 3, "よん": 4, "よ": 4, "ご": 5, "ろく": 6, "ろっ": 6,
           "なな": 7, "しち": 7, "はち": 8, "はっ": 8, "きゅう": 9}
_PLACES = {"じゅう": 10, "じゅっ": 10, "ひゃく": 100, "びゃく": 100, "ぴゃく": 100,
           "せん": 1000, "ぜん": 1000}
_TOKEN = re.compile("|".join(sorted([*_DIGITS, *_PLACES, "まん"], key=len, reverse=True)))
_RUN = "(?:" + _TOKEN.pattern + ")+"
_ERA = re.compile(r"(令和|れいわ|R)\s*(" + _RUN + r"|がん|元)\s*(ねんど|年度|ねん|年)")
_COUNTERS = {"にん": "人", "めい": "名", "けん": "件", "かい": "回", "えん": "円", "こう": "校", "しゃ": "社",
             "かしょ": "か所", "だい": "台", "ほん": "本", "ぽん": "本", "ぼん": "本", "パーセント": "%", "ぱーせんと": "%"}
_COUNTED = re.compile("(" + _RUN + r")(" + "|".join(sorted(_COUNTERS, key=len, reverse=True))
                      + r"|[人件回円名校社台本%％]|か所|箇所)")


def _place_value(words, digits: dict[str, int], places: dict[str, int], myriad: str) -> int | None:
    """The value of a number read word by word, kana or kanji alike: digits, place words (十・百・千 and their sounds) each
    times the digit before it, and a 万 (``myriad``) times what came before; None when two digits stand in a row."""
    total, section, digit = 0, 0, None
    for word in words:
        if word in digits:
            if digit is not None:
                return None  # two digits in a row (にご, 二三) are no number
            digit = digits[word]
        elif word == myriad:
            total += (section + (digit or 0) or 1) * 10000
            section, digit = 0, None
        else:
            section += (digit if digit is not None else 1) * places[word]
            digit = None
    return total + section + (digit or 0)


def kana_number(run: str) -> int | None:
    """The value of a number said in kana (さんびゃくさんじゅうはち: 338), or None when it is no number."""
    words, pos = [], 0
    while pos < len(run):
        m = _TOKEN.match(run, pos)
        if not m:
            return None
        words.append(m.group(0))
        pos = m.end()
    return _place_value(words, _DIGITS, _PLACES, "まん")


def spell_kana_numbers(q: str) -> str:
    """``q`` with the era years and the counted numbers said in kana written in digits (the rest as typed)."""
    if not re.search(r"[ぁ-ゖ]", q):
        return q

    def era(m: re.Match) -> str:
        n = 1 if m.group(2) in ("がん", "元") else kana_number(m.group(2))
        if n is None or not 1 <= n <= 30:
            return m.group(0)
        return f"令和{n}" + ("年度" if m.group(3) in ("ねんど", "年度") else "年")

    def counted(m: re.Match) -> str:
        run = m.group(1)
        if not any(p in run for p in (*_PLACES, "まん")) or len(_TOKEN.findall(run)) < 2:
            return m.group(0)  # (ごにん, にけん: a lone digit word is left to the reader; せんにん may be 専任)
        n = kana_number(run)
        return m.group(0) if n is None else f"{n}{_COUNTERS.get(m.group(2), m.group(2))}"

    q = _ERA.sub(era, q)
    return _COUNTED.sub(counted, q)


# Kanji numbers, as a letter or a memo of an older generation writes them (「令和六年度」「十七館」「五万件」「三割ほど」).
_KANJI_DIGITS = {c: i + 1 for i, c in enumerate("一二三四五六七八九")}
_KANJI_PLACES = {"十": 10, "百": 100, "千": 1000}
_KANJI_RUN = "[一二三四五六七八九十百千]+"
_KANJI_ERA = re.compile(r"(令和|平成)(" + _KANJI_RUN + r"|元)(年度|年)")
# A counter after the number (not 日, 分, 国 or 輪: 十日町, 十分, 四国, 五輪 are words), the run standing after no other
# kanji (八十二銀行, 第三者 stay) nor a digit (45千点, 1,600千円, 6千万円: the sheets' own way with 千), and not a lone 一
# (一校一国運動, 一番, 一人: words and names more often than a count) nor a lone 十, 百 or 千 (千円 is the table's unit).
_KANJI_COUNTED = re.compile(r"(?<![一-龥0-9,.])(?![一十百千](?![一二三四五六七八九十百千]))(" + _KANJI_RUN + r")(?=万|億|(?:か年|年度|年間|年|か月|か所|箇所|か国|館|件|人|名|割|回|校|社|"
                            r"台|本|円|倍|点|種類|市町村|地区|地点|団体|施設|事業所|戸|世帯|ha|％|%))")


def kanji_number(run: str) -> int | None:
    """The value of a number written in kanji below 万 (十七: 17, 三百二十: 320, 二千: 2000), or None."""
    return _place_value(run, _KANJI_DIGITS, _KANJI_PLACES, "万")


def spell_kanji_numbers(q: str) -> str:
    """``q`` with era years and counted numbers written in kanji written in digits, as the sheets print them."""
    if not re.search(_KANJI_RUN, q):
        return q

    def era(m: re.Match) -> str:
        n = 1 if m.group(2) == "元" else kanji_number(m.group(2))
        return m.group(0) if n is None or not 1 <= n <= 30 else f"{m.group(1)}{n}{m.group(3)}"

    def counted(m: re.Match) -> str:
        n = kanji_number(m.group(1))
        return m.group(0) if n is None else str(n)

    return _KANJI_COUNTED.sub(counted, _KANJI_ERA.sub(era, q))

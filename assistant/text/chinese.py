"""Chinese written into a Japanese question, read as the form's Japanese.

Staff and researchers whose first language is Chinese type Japanese fluently, but the input method hands them a
simplified character now and then (「防火管理讲习」「离职率」「预算」) or a Chinese word comes first (「为什么」「这个事业」
「执行率」).  Sudachi reads a simplified character as a symbol of its own, so 「讲习」 matched no indexed name and the
question was refused for 讲习.  A character outside JIS X 0208 (the kanji Japanese text is written in) is converted by
OpenCC, simplified to traditional and traditional to the Japanese form (讲 講, 离 離, 员 員, 增 増); characters Japanese
also writes are left as they are, so 里山 is not read as 裏山 nor 干ばつ as 幹ばつ (a few that JIS holds only as rare
variants, 决 and 况, are converted too, and 后・效・儿… beside other Chinese).  The few Chinese words that are
still no Japanese word after that (為什麼, 這個, 預算) are then said in Japanese; 项目 (a project) and 的 between two
nouns (「防火的项目」) are read so only in a question that had Chinese in it, since 項目 and 〜的 are Japanese words too.
"""

from __future__ import annotations

import re
from functools import cache

# Chinese words that are no Japanese word once their characters are in the Japanese form, longest first.
_WORDS = [("為什麼", "なぜ"), ("為何", "なぜ"), ("什麼", "何"), ("怎麼樣", "どう"), ("怎麼", "どう"), ("這個", "この"),
          ("這个", "この"), ("這些", "これらの"), ("那個", "その"), ("多少錢", "いくら"), ("預算", "予算"), ("效果", "効果"),
          ("是多少", "はいくら"), ("有沒有", "あるか"), ("沒有", "ない"), ("完成率", "達成率"), ("満意度", "満足度"), ("満意", "満足")]
_WORD_RE = re.compile("|".join(w for w, _ in _WORDS))
_WORD_FOR = dict(_WORDS)
# ... and read so only beside other Chinese (項目 is an item in Japanese, 多少 somewhat; 「具体的方策」 is Japanese too, but 的 there
# follows a word Japanese makes with 的, which a Chinese question's 「防火的项目」 does not).
_CHINESE_ONLY = [(re.compile(r"項目"), "事業"), (re.compile(r"多少"), "いくら"),
                 # (「为什么下降了？」: the particle 了 after a verb that ends the question)
                 (re.compile(r"(?<=[一-龥])了(?=[?？。！!、,]|$)"), ""), (re.compile(r"(?<=[一-龥ァ-ヶー])的(?=[一-龥])(?<!(?:具体|効果|積極|総合|計画|重点|継続|"
                                                            r"基本|全体|専門|技術|経済|社会|効率|一時|一般|定期)的)"), "の")]


# Simplified characters that JIS X 0208 holds as rare variants, which Japanese text does not write for these words:
# converted always (决 決, 况 況), or only beside other Chinese (后 is also 皇后's, 并 also a variant in names).
_JIS_SIMPLIFIED = str.maketrans("决况", "決況")
_JIS_SIMPLIFIED_IN_CHINESE = str.maketrans("后从无并气听收准价广效网坏弃迹儿", "後従無並気聴収準価広効網壊棄跡児")


def _japanese(c: str) -> bool:
    try:
        c.encode("iso2022_jp")
    except UnicodeEncodeError:
        return False
    return True


@cache
def _converters():
    import opencc  # (its C library loads in ~8 ms; only questions with a character outside JIS X 0208 need it)

    return opencc.OpenCC("s2t"), opencc.OpenCC("t2jp")


@cache
def _japanese_form(c: str) -> str:
    s2t, t2jp = _converters()
    return t2jp.convert(s2t.convert(c))


def japanese_for_chinese(q: str) -> str:
    """``q`` with its simplified characters in the Japanese form and its Chinese words in Japanese (see the module)."""
    chinese = False
    chars = []
    for c in q:
        if "\u4e00" <= c <= "\u9fff" and not _japanese(c):
            j = _japanese_form(c)
            chinese |= j != c
            c = j
        chars.append(c)
    out = "".join(chars).translate(_JIS_SIMPLIFIED)
    if _WORD_RE.search(out):
        chinese = True
        out = _WORD_RE.sub(lambda m: _WORD_FOR[m.group(0)], out)
    if chinese:
        out = out.translate(_JIS_SIMPLIFIED_IN_CHINESE)
        for pattern, ja in _CHINESE_ONLY:
            out = pattern.sub(ja, out)
    return out

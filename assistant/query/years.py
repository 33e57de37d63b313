"""Fiscal years named in a question: 令和・平成, western years, and relative words (昨年度, 今年)."""

from __future__ import annotations

import re

from ingest.form import nfkc

_REIWA_RE = re.compile(r"(?:令和|R)\s*(元|\d{1,2})\s*(?:年度|年)?", re.IGNORECASE)
_HEISEI_RE = re.compile(r"(?:平成|H)\s*(元|\d{1,2})\s*(?:年度|年)", re.IGNORECASE)
# (「目標2000人」「1980円」: a count or a sum, no year)
_WESTERN_RE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})\s*(?:年度|年)?(?!\d)"
                         r"(?!\s*(?:人|件|円|千|万|億|個|回|台|本|匹|頭|部|名|社|校|か所|箇所|カ所|%|％|点|世帯|戸|軒|館|群|t|kg|km|ha|時間|日|冊|基|団体))")
_YEAR_SAID = r"(?:(?:令和|R)\s*(?:元|\d{1,2})\s*(?:年度|年)?|20\d{2}\s*年度)\s*"
_MOVED = r"[^。？?]{0,14}(?:増え|減っ|伸び|上が|下が|変わ|変化|推移|膨ら|縮|時系列|順に|並べ)"
_SINCE_RE = re.compile(_YEAR_SAID + r"(?:から|より)" + _MOVED, re.IGNORECASE)
# 「R4とくらべてどんくらい膨らんだ」 of one program runs to the newest year too; 「R5と比べて予算現額が増えた事業は」, asked over
# the sheets, compares each sheet's own newest year (the analytics read the year compared with alone).
_COMPARED_RE = re.compile(_YEAR_SAID + r"(?:[とに](?:比|くら)べ(?:て|る|ると|たら)?|と比較(?:して|すると)?|比)" + _MOVED, re.IGNORECASE)
_OVER_PROGRAMS = re.compile(r"事業(?:は|が|を|数)|何事業|どの事業")
# 去年・昨年度 are the newest sheet's year: a sheet reports a year's results in the year after (「去年いくら使った」
# read from 令和６年度実施事業分 in 令和７年度), as 前年度 is the year before the sheet's.
_REL_YEARS = [("前々年度", -2), ("一昨年度", -1), ("一昨年", -1), ("おととし", -1), ("昨年度", 0), ("前年度", -1), ("昨年", 0), ("去年", 0),
             ("今年度", 0), ("本年度", 0), ("今年", 0)]
_LAST_YEAR = ("昨年度", "昨年", "去年")
# The same years typed in kana (「らいねんはどうなるだかね」「きょねんはちょっともどしたけど」), spelled before the question is read.
# (Not ことし: 「ことし（R7年度）は」 would put the newest sheet's year beside the year asked, which no sheet reports.)
KANA_YEARS = {"らいねんど": "来年度", "らいねん": "来年", "きょねん": "去年", "さくねんど": "昨年度", "さくねん": "昨年",
              "ぜんねんど": "前年度", "おととし": "一昨年"}
# Years written as a report writes them (「FY2024」「FY24」「FY2024末」): the fiscal year, said as the sheets say a western
# year (2024年度), before the question is read; left as typed, 「FY2024」 is a word no sheet uses and read as an absent topic.
_FY_RE = re.compile(r"(?<![A-Za-z])FY\s*'?(\d{4}|\d{2})(?!\d)(?:\s*年度)?", re.IGNORECASE)


# ... or as a business says its years (「今期の決算額」「来期のアクションプラン」「前期より減った」): a firm's 期 is the prefecture's
# 年度, this one, the next or the last; spelled so, 「今期」 is no topic the sheets must hold.  (Not 上半期 or 前期高齢者,
# 次期計画, 前期課程: a period word inside a longer name is not a year.)
_TERM_RE = re.compile(r"(?<![一-龥ァ-ヶー])(前々期|今期|当期|来期|次期|前期)(?!高齢|末|中|間|計画|生|課程)")
_TERM_YEARS = {"前々期": "前々年度", "今期": "今年度", "当期": "今年度", "来期": "来年度", "次期": "来年度", "前期": "前年度"}


_RATIO_RE = re.compile(r"対?(?:前年度|昨年度|前年)比")


def spell_fiscal_years(question: str) -> str:
    """「FY2024の決算」 -> 「2024年度の決算」; 「FY22〜FY24」 -> 「2022年度〜2024年度」; 「今期の決算」 -> 「今年度の決算」."""
    question = _TERM_RE.sub(lambda m: _TERM_YEARS[m.group(1)], question)
    # 「前年度比で28件減少」「前期比増加額」: the same 前年比 as everyday speech puts it (比 alone is no subject)
    question = _RATIO_RE.sub("前年比", question)
    return _FY_RE.sub(lambda m: (m.group(1) if len(m.group(1)) == 4 else "20" + m.group(1)) + "年度", question)


# ... and a last year compared with (「去年より」「昨年度比」) is the newest year against the one before it.
_COMPARED = r"(?:度)?(?:と比べ|と比較|に比べ|より|比)"


_REL_WORDS = "|".join(w for w, _ in _REL_YEARS)
_RESTATED = re.compile(r"(?:" + _REL_WORDS + r")\s*[（(]\s*(?P<year>" + _YEAR_SAID + r")[)）]"
                       r"|(?P<year2>" + _YEAR_SAID + r")[（(]\s*(?:" + _REL_WORDS + r")\s*[)）]", re.IGNORECASE)


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
        # 「前年度からの繰越」 is the cost table's column 前年度繰越, carried into the year asked, not a year
        rest = re.sub(r"前年度(?:から|より)?(?:の)?繰(?:り)?越", "繰越", q)
        # 「今年度（2025年度）の志願倍率」「2024年度（昨年度）」: the year written out says which year the word means
        rest = _RESTATED.sub(lambda m: m.group("year") or m.group("year2"), rest)
        for word, delta in _REL_YEARS:
            if word in rest:
                compared = word in _LAST_YEAR and re.search(re.escape(word) + _COMPARED, rest)
                years += [newest - 1, newest] if compared else [newest + delta]
                relative = True
                rest = rest.replace(word, "")
    # 「R4からどれくらい増えた」「R4とくらべてどんくらい膨らんだ」: from that year to the newest one
    if newest and len(years) == 1 and years[0] < newest and (
            _SINCE_RE.search(q) or (_COMPARED_RE.search(q) and not _OVER_PROGRAMS.search(q))):
        years = list(range(years[0], newest + 1))
    return list(dict.fromkeys(years)), relative


def names_year(word: str) -> bool:
    """Whether ``word`` is a fiscal year and nothing else (「2023年度」「R5」「令和5年度」「昨年度」): a part the sheet tells as
    its year column, not a part of a figure."""
    w = nfkc(word).strip()
    return bool(_REIWA_RE.fullmatch(w) or _HEISEI_RE.fullmatch(w) or re.fullmatch(r"(?:20|19)\d{2}\s*(?:年度|年)?", w)
                or w in {x for x, _ in _REL_YEARS})


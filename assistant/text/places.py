"""Where on the sheet a question points (「2ページ目の表のいちばん下」「成果指標の2つめ」「7番の③」), read as the form's words.

Staff who read a sheet on screen name a part of it by its place: the page, the section's number, a row's order.
None of these is a subject (no sheet writes 「2ページ目」), so each is rewritten as the heading it points to, or
dropped where the rest of the question already names the part (「2ページ目いちばん下の改善の方策」 is the 方策):
what the question is about is then read as if it had been said in words.  An indicator named by its order (「指標の
2つめ」「指標の表のいちばん上」) is returned as that order, for the linker to pick on the linked 事業.
"""

from __future__ import annotations

import re

# The form's headings by section number (SHEET_SCHEMA.md): a number the question points to is read as its heading.
SECTION_HEADINGS = {
    "1": "現状と課題", "2": "事業目的", "3": "事業目的を達成するための取組", "4": "成果指標",
    "5": "総合５か年計画の達成目標", "6": "事業コスト", "7": "主な取組実績と成果", "8": "成果指標の要因分析",
    "9": "今後の事業の方向性", "9-1": "課題", "9-2": "事業改善の方策",
}

_DIGIT = {c: i + 1 for i, c in enumerate("一二三四五六七八九")}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"

# 「1ページ目の」「2頁目」「最後のページの」「2ページ目いちばん下の」: the page (and its top or bottom) holds no subject.
_PAGE = re.compile(r"(?:[1-3]\s*(?:ページ|頁)目?|(?:最初|最後|次)のページ)(?:の?(?:いちばん|一番)(?:上|下)(?=の))?")
# 「表のいちばん下の行の」「いちばん上の欄」「3行目の」「取組実績の②」: a row's place, once the part is named
# (not 「一番上がった」: a superlative).
_ROW = re.compile(r"(?:(?<=表)|(?<=欄))の(?:いちばん|一番|最も)(?:上|下)(?:の(?:行|欄|段|項目|数字|数値))?(?=[、,のに])"
                  r"|(?:いちばん|一番)(?:上|下)の(?:行|欄|段|項目|数字|数値)(?=[、,のに])"
                  r"|(?<![0-9])[1-9一二三四五六七八九]\s*(?:行|段|項目)\s*(?:目|め)(?=[、,のに])"
                  r"|(?<=実績|取組|方策|課題|内容)の?[①②③④⑤⑥⑦⑧⑨⑩]")
# A particle left at the start of a clause once its place is dropped (「1ページ目の事業コスト」 -> 「事業コスト」).
_LEFT_PARTICLE = re.compile(r"(^|[、。,？?])\s*(?:の|に|で)(?=[一-龥ァ-ヶー])")

# 「5番の表」「7番の③」「9番の(2)」: a section by its number (not 110番 or #7119, services' numbers).
_SECTION = re.compile(r"(?<![0-9#＃])([1-9])\s*番(?:の)?(?=表|欄|項目|見出し|[①②③④⑤⑥⑦⑧⑨⑩(（])(?:表|欄|項目|見出し)?"
                      r"(?:の?\s*(?:[①②③④⑤⑥⑦⑧⑨⑩]|[(（]([12])[)）]))?")
# (「決算額が2番目に大きい」: an order of ranking, no section)
# 「成果指標の2つめ」「指標の表のいちばん上」「指標の①」: an indicator by its order.
# (not a ranking: 「指標で一番上がった」「指標の2番目に大きい」)
_INDICATOR = re.compile(r"((?:成果)?指標)(?:の表)?(?:の|で)?[、,]?\s*(?:([1-9一二三])\s*(?:つ|個|番|行)\s*(?:目|め)(?![にでが])"
                        r"|(いちばん|一番)(上|下)(?=[、,の（(はに]|$)(?!に(?:大き|多|高|小さ|少な|低))|([" + _CIRCLED[:5] + r"]))(?:の)?")


# 「運転代行シートの方策欄」「収入保険シートの課題欄」「現状欄にある」: a section named by its field (欄) on the form, and
# the program by its sheet, read as the heading (a 欄 is no subject: no sheet writes 方策欄).
_FIELDS = {"改善の方策": "事業改善の方策", "方策": "事業改善の方策", "課題": "課題", "現状と課題": "現状と課題", "現状": "現状と課題",
           "要因分析": "要因分析", "取組実績": "主な取組実績と成果", "取組": "主な取組実績と成果", "成果指標": "成果指標",
           "事業コスト": "事業コスト", "コスト": "事業コスト", "目的": "事業目的"}
_FIELD = re.compile(r"(?:(?<=[一-龥ァ-ヶー])(?:の)?シートの)?(" + "|".join(sorted(_FIELDS, key=len, reverse=True)) + r")欄")


def read_places(q: str) -> tuple[str, int]:
    """``q`` with its places on the sheet read as the form's words, and the order of the indicator it points to
    (1-based; -1 the last; 0 none)."""
    order = 0
    m = _INDICATOR.search(q)
    if m:
        if m.group(2):
            order = int(m.group(2)) if m.group(2).isdigit() else _DIGIT[m.group(2)]
        elif m.group(3):
            order = 1 if m.group(4) == "上" else -1
        else:
            order = _CIRCLED.index(m.group(5)) + 1
        q = q[:m.start()] + m.group(1) + ("の" if q[m.end():m.end() + 1] not in "、,（(はが" else "") + q[m.end():]
    q = _SECTION.sub(lambda s: SECTION_HEADINGS["9-" + s.group(2)] if s.group(1) == "9" and s.group(2)
                     else SECTION_HEADINGS[s.group(1)], q)
    q = _FIELD.sub(lambda f: ("の" if f.group(0).startswith(("のシート", "シート")) else "") + _FIELDS[f.group(1)], q)
    q = _ROW.sub("", _PAGE.sub("", q))
    return _LEFT_PARTICLE.sub(r"\1", q.replace("のの", "の")), order

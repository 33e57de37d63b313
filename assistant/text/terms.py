"""The form's named things as staff say them: short forms of bodies, groups whose members exclude
each other, the header's fields, and the nouns that name what is asked of a subject.

Part of the form's vocabulary (the cue words are in :mod:`assistant.text.vocabulary`); kept apart so
each list stays short enough to read.
"""

from __future__ import annotations

import re

# Short forms that staff say for bodies the sheets write in full (児相 for 児童相談所).  Only forms
# with one meaning in prefectural work; two-kanji clippings of a sheet's own word (部活 for 部活動)
# need no entry, see ``query.intent._complete_clipped``.
ABBREVIATIONS = {
    "児相": "児童相談所", "技専": "技術専門校", "特養": "特別養護老人ホーム", "老健": "介護老人保健施設",
    "社協": "社会福祉協議会", "社労士": "社会保険労務士", "県教委": "県教育委員会", "国保": "国民健康保険", "障スポ": "障がい者スポーツ",
    "ハロワ": "ハローワーク", "高専": "高等専門学校", "信大": "信州大学", "県立大": "県立大学",
}
ABBREVIATION_RE = re.compile("|".join(sorted(ABBREVIATIONS, key=len, reverse=True)))

# Groups whose members exclude each other: a figure for one (高校２年生の不読率, 大腸がん検診受診率)
# says nothing of another (中学生, 胃がん).  Each pattern's match, mapped through ``key``, names a member.
CONTRASTS = [
    (re.compile(r"小学校|小学生|小学|中学校|中学生|中学|高等学校|高校生|高校|大学生|大学|特別支援学校|幼稚園|保育所|保育園"),
     lambda m: {"小学": "小", "中学": "中", "高等": "高", "高校": "高", "大学": "大", "特別": "特", "幼稚": "幼",
                "保育": "幼"}[m[:2]]),
    (re.compile(r"(?:胃|肺|肝臓?|大腸|乳|子宮頸?|前立腺)がん"), lambda m: m[:-2]),
    (re.compile(r"肝炎|HIV|エイズ|結核|梅毒|麻しん|風しん|インフルエンザ", re.I),
     lambda m: {"エイズ": "HIV"}.get(m, m.upper())),
]

# The header of the sheet, asked for (「担当課と連絡先メール」「事業番号といつからやってるか」): field key, cue.
HEADER_FIELDS = [
    ("jigyo_no", re.compile(r"事業番号")),
    ("bukyoku", re.compile(r"どこの部(?:局)?|どの部(?:局)?|部局(?:は|って|を|名)")),
    ("ka", re.compile(r"担当(?:の)?課|どこの課|どの課|課・室|課名|所管|担当部署|どこが担当")),
    ("period", re.compile(r"実施期間|いつから(?:やって|始ま|実施|続|の事業)|何年(?:度)?から(?:やって|始ま|続)|開始(?:年度|時期)")),
    ("email", re.compile(r"連絡先|問い?合わ?せ先|メール|e-?mail|アドレス", re.I)),
]

# Nouns that name what is asked of a subject, not a subject (「補助の上限額」: the cap of a subsidy).
ATTRIBUTE_HEADS = frozenset("""
上限 上限額 下限 単価 金額 額 費用 予算 決算 決算額 件数 人数 回数 割合 率 比率 期間 時期 名称 名前 内訳 数 実績 目標 推移
""".split())

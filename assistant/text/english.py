"""English words in a Japanese question, read as the form's Japanese words.

Staff who brief overseas visitors, and staff who came from abroad, type the English word that comes to them first:
「R6のbudgetはいくら？」「満足度がdropしたreasonは」「next yearのplanを教えて」「Which sub-program spent the most?」.  The
sheets are Japanese and so are the cue words downstream (cost, reasons, 方策, 細事業, superlatives), so the common
English words of the form and of questions about it are rewritten first, longest phrase first; an English word left
over (they, the, keep) is no topic of the question (see ``wording.is_everyday``).  Upper-case acronyms the sheets
print (KPI, DX, ICT, NPO) are left as they are.
"""

from __future__ import annotations

import re

# (English, the form's Japanese), longest phrases first; matched without regard to case, as whole words.
_WORDS: list[tuple[str, str]] = [
    # what is asked, and about which year
    (r"why not", "なぜ"), (r"why", "なぜ"), (r"how (?:are|will|do) they (?:going to )?(?:fix|solve|improve|address) (?:it|this|that|them)",
                                       "どう改善するか"),
    (r"what (?:are|is) (?:the|their) plans?", "今後の方策は"), (r"what will they do", "今後どうするか"),
    (r"what did they do", "何をしたか"), (r"what problems?", "どんな課題"), (r"what (?:is|are) the reasons?", "理由は"),
    (r"how many people", "何人"), (r"how many", "いくつ"), (r"how much", "いくら"),
    (r"which", "どれ"), (r"who", "誰"), (r"when", "いつ"), (r"where", "どこ"),
    (r"up or down", "増えた？減った？"), (r"go(?:ing|ne)? up|went up|rose|risen|increased?|increasing", "増加"),
    (r"go(?:ing|ne)? down|went down|dropped|drop|fell|fall(?:en|ing)?|decreased?|decreasing|declined?|declining", "減少"),
    (r"spent the most|spend the most|spends the most", "一番お金を使った"), (r"the most|most", "一番"),
    (r"(?:(?:did|do|does) not|didn't|don't|doesn't|not|never)(?: (?:they|it|we|he|she))? (?:reach|achieve|meet|hit)|missed",
     "届かなかった"),
    (r"didn't|did not", "なかった"),
    (r"reached|reach|achieved|achieve|met|meet", "達成"),
    (r"next (?:fiscal )?year", "来年度"), (r"this (?:fiscal )?year", "今年度"), (r"the year before last", "一昨年度"),
    (r"last (?:fiscal )?year", "昨年度"),
    # the form's parts and figures
    (r"training programs?|trainings?", "研修"), (r"seminars?", "セミナー"), (r"workshops?", "ワークショップ"),
    (r"sub-?programs?|sub programs?|sub-?projects?", "細事業"),
    (r"programs?|programmes?|projects?|schemes?|initiatives?", "事業"),
    (r"main targets?|target groups?|target audiences?", "主な対象"),
    (r"achievement rates?", "達成率"), (r"satisfaction(?: rates?)?", "満足度"), (r"participation rates?|attendance rates?", "受講率"),
    (r"targets?|goals?", "目標"), (r"results?|outcomes?|performance|track records?", "実績"), (r"trends?", "推移"),
    (r"reasons?|causes?", "理由"), (r"background", "背景"), (r"current situation|status quo|situation", "現状"),
    (r"problems?|issues?|challenges?|difficult(?:y|ies)", "課題"),
    (r"next steps?|plans?|measures?|improvements?", "今後の方策"),
    (r"activities|activity|efforts?", "取組"),
    (r"general funds?|general revenue", "一般財源"), (r"budgets?", "予算"), (r"settlement|actual spending|expenditures?", "決算額"),
    (r"spent|spend|spending", "使った"), (r"costs?", "費用"), (r"unit (?:price|cost)s?", "単価"), (r"average", "平均"),
    (r"subsid(?:y|ies)|grants?", "補助"), (r"breakdown", "内訳"), (r"lists?", "一覧"), (r"names?", "名前"),
    (r"rates?|ratio|percentage|share", "割合"), (r"numbers? of", "数"),
    (r"participants?|attendees?", "参加者"), (r"staff|employees?|workers?", "職員"), (r"engineers?|technicians?", "技術者"),
    (r"compan(?:y|ies)|firms?|businesses", "企業"), (r"industr(?:y|ies)|sectors?", "業種"),
    (r"municipalit(?:y|ies)", "市町村"), (r"towns?", "町"), (r"villages?", "村"), (r"cit(?:y|ies)", "市"),
    (r"prefecture", "県"), (r"turnover|quit(?:ting)?|resign(?:ed|ing)?", "離職"),
    (r"sheets?", "シート"), (r"briefings?", "説明"), (r"data", "データ"),
]
_ENGLISH = re.compile("|".join(f"(?:{w})" for w, _ in _WORDS).join(("(?<![A-Za-z])(?:", ")(?![A-Za-z])")), re.IGNORECASE)
_EACH = [(re.compile(f"(?:{w})", re.IGNORECASE), ja) for w, ja in _WORDS]
# (an English word in a Japanese question: the space typed around it is no part of the question)
_SPACED = re.compile(r"(?<=[ぁ-んァ-ヶー一-龥、。？?])\s+(?=[ぁ-んァ-ヶー一-龥])")


# The same words as an evaluation's katakana (「KPIのターゲットと実績」「アウトカムは」): the form's 目標, 成果.  (Not ターゲット層,
# the people a program is for.)
_KATAKANA = [(re.compile(r"ターゲット(?!層|を絞|に(?:する|した|して))"), "目標"), (re.compile(r"アウトカム"), "成果"),
             # ... and the loanwords a machine translation writes for the English (「針広混交林のプログラムのバジェット」
             # 「稼働のレートのトレンド」「フォレストのオーナー」): the form's words.  A program is one where it is said of something
             # (の, or the sentence's start), not inside a name (幼保小の架け橋プログラム).
             (re.compile(r"(?:(?<=[の、。\s「])|^)(?:プログラム|プロジェクト|イニシア[チテ]ィ?ブ)(?![ァ-ヶー])"), "事業"),
             (re.compile(r"バジェット"), "予算"), (re.compile(r"キャリーオーバー"), "前年度繰越"), (re.compile(r"トレンド"), "推移"),
             (re.compile(r"パフォーマンス"), "実績"), (re.compile(r"ベネフィット"), "効果"), (re.compile(r"リノベーション"), "改修"),
             (re.compile(r"アップデート"), "更新"), (re.compile(r"フォレスト"), "森林"), (re.compile(r"(?<=の)オーナー"), "所有者"),
             (re.compile(r"ポピュラーにな"), "普及し"), (re.compile(r"ミルク"), "牛乳"), (re.compile(r"(?<=の)フェンス"), "防護柵"),
             (re.compile(r"実際の(?:支出|費用|コスト)"), "決算額"), (re.compile(r"(?<=[一-龥])のレート"), "率"),
             (re.compile(r"(?<=[一-龥])のミーティング"), "会")]


# An English gloss in brackets after the Japanese word (「リスクアセスメント（risk assessment）」「補助金（subsidy）」), as
# someone writing Japanese as a second language adds when unsure: the same word again, no subject of its own.  An
# acronym in capitals (「持続可能な開発のための教育（ESD）」) may be the sheet's own word and stays.
_GLOSS_RE = re.compile(r"(?<=[一-龥ぁ-ゖァ-ヶー）)])[（(](?=[^（）()]*[a-z])\s*[A-Za-z][A-Za-z .,'/-]*[）)]")


def japanese_for_english(q: str) -> str:
    """``q`` with the common English words of the form in Japanese (see module doc); other text as it was."""
    q = _GLOSS_RE.sub("", q)
    for pattern, ja in _KATAKANA:
        q = pattern.sub(ja, q)
    if not re.search(r"[A-Za-z]{2,}", q):
        return q

    def japanese(m: re.Match) -> str:
        word = m.group(0)
        if word.isupper() and len(word) > 1:
            return word  # an acronym (WHO, DATA in a name), not the English word
        return next(ja for pattern, ja in _EACH if pattern.fullmatch(word))

    out = _ENGLISH.sub(japanese, q)
    return _SPACED.sub("", out) if out != q else q

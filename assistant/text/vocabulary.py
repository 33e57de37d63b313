"""The form's vocabulary for questions: cue words, section cues, synonyms, stop words, cost columns.

Every word list the answer layer uses lives here, in one place: what people say ->
which part of the form answers it.  General-language signals (which words are
everyday, which are topics) are in :mod:`assistant.text.wording`.
"""

from __future__ import annotations

import re

INTENTS = ("cross", "why", "plan", "issue", "trend", "cost", "activity", "lookup")

# Cue patterns over the NFKC-normalised question (order = priority).
_CUES: dict[str, re.Pattern] = {
    # 背景 is a why only when it is the background of a result (下回った背景); the
    # background of a program (この事業の背景) is its 現状 (section 1).
    "why": re.compile(r"なぜ|何故|理由|原因|要因|どうして(?!いく|いる|いきた)|なんで|わけは|"
                      r"(?:た|だ|てる|ている|ない|なかった)背景|何が(?:効い|良かった|よかった|影響)|効いた"),
    "plan": re.compile(r"今後|手を(?:打|考え)|打つ手|改善|方策|来年度|次年度|翌年度|どうする|どう取り組|見直|方向性|予定|対策|どう対応|対応する|どうしていく|どう変える|働きかけ"),
    "issue": re.compile(r"課題|問題点|問題|弱み|うまくいか"),
    "trend": re.compile(r"推移|増え|減っ|減少|増加|変化|伸び|下が|上が|低下|向上|経年|比べ|前年|どう変わ|悪化|改善した"),
    "cost": re.compile(r"予算|決算|いくら|費用|金額|コスト|千円|円|一般財源|職員数|補正|繰越|財源|お金|使った"),
    "activity": re.compile(r"何をし|何をや|実績|何回|何件|何人|何名|何(?:社|施設|か所|箇所|校|基|戸|地区|団体|市町村|言語|本)|"
                          r"導入され|交付し|設置され|効果(?:は|が|って)|力を入れ|力をいれ|重点|注力|頑張|どのくらいの(?:学校|数|件)|取組|取り組ん|実施し|開催|行った|アウトプット|細事業|実施方法|活動"),
}
_CROSS = re.compile(
    r"どの事業|どれ(?!くらい|ぐらい|だけ|ほど)|すべて|全て|全部|一覧|全事業|各事業|複数の事業|ある事業|事業は[?？]?$|事業を|事業はどこ|事業名を|"
    r"いくつ|何事業|どこの部局|細事業は[?？]?$|(?:細事業|事業|指標|取組)(?:は|が|も)(?:ある|あります)"
)

# Extra section cues (independent of intent): a word that names a part of the form.
_SECTION_CUES: list[tuple[re.Pattern, str, float]] = [
    (re.compile(r"現状|背景|そもそも|どんな問題|問題があ|状況"), "1", 0.8),
    (re.compile(r"目的"), "2", 0.8),
    (re.compile(r"取組内容|取り組み内容|どんな取組|達成するための"), "3", 0.6),
    (re.compile(r"目標値|成果指標|指標|満足度|達成"), "4", 0.5),
    (re.compile(r"設定理由|目標値の理由|目標の根拠|根拠|最終的|目指して|目指す"), "4", 1.0),
    (re.compile(r"施策分野|5か年計画|５か年計画|総合計画"), "5", 1.0),
    (re.compile(r"要因分析"), "8", 1.0),
    (re.compile(r"細事業|実施方法|委託|補助|貸付|直接実施"), "detail", 0.9),
    (re.compile(r"職員数|人員"), "6", 1.0),
]

SECTION_PREFS: dict[str, dict[str, float]] = {
    "why": {"8": 1.0, "4": 0.6},
    "trend": {"4": 1.0, "8": 0.5},
    "plan": {"9-2": 1.0, "9-1": 0.4},
    "issue": {"9-1": 1.0, "1": 0.4, "9-2": 0.3},
    "cost": {"6": 1.0, "detail": 0.6},
    "activity": {"7": 1.0, "detail": 0.8, "3": 0.3},
    "lookup": {},
    "cross": {},
}

# Tokens that carry no topic (question words, intent cues, form vocabulary).
STOP_TOKENS = frozenset(
    """
何故 理由 原因 要因 どう どうして 推移 為る 居る 有る 成る 出来る 下さる 教える 呉れる 来る 言う 思う 見る 知る
事業 年度 令和 r 何 幾ら いくら 其の 此の 其れ 此れ 彼の 何れ どれ どの 全て 凡て 一覧 今後 改善 方策 来年度 来 年 度
課題 問題 問題点 予算 決算 額 金額 費用 実績 回 件 人 名 社 取組 取り組む 実施 状況 結果 内容 場合 為 こと 事 もの 物
増える 減る 下がる 上がる 変化 変わる 伸びる 比べる 前年 前年度 昨年度 今年度 本年度 次年度 翌年度 昨年 今年
ある いる する なる できる ない 無い 良い よい 様 よう 等 など 及び について 関する 対する 何回 幾つ 分 後 前 中 達成 未達成
何人 何社 何件 何回 何か所 開く 最終的 最終 予定 変える 見直す 改善策 策 どんな 新しい 新た いま 今 幾 つ 関連 遣る 広げる
使う 余り 前の年 このくらい どのくらい 位 ぐらい くらい 程度 目指す 挙げる 挙がる 取り入れる 働きかける 増やす 受ける 出す 交付 設定
県 長野 長野県 シート 記載 記述 書く 書い 教え ください 下さい お願い 知りたい 答える 説明 述べる
""".split()
)


# Form vocabulary: what people say -> the words the sheets use (weight < 1).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "評価": ("満足度", "満足"),
    "感想": ("満足度", "満足"),
    "満足": ("満足度",),
    "来る": ("参加",),
    "集まる": ("参加",),
    "参加者": ("参加",),
    "人数": ("者数", "参加者"),
    "お金": ("予算", "決算"),
    "費用": ("予算", "決算"),
    "使う": ("決算",),
    "ＤＸ": ("dx",),
    "外国人": ("インバウンド", "外国人"),
    "観光客": ("観光", "インバウンド"),
    "不登校": ("不登校",),
    "農業": ("就農", "農業"),
    "洪水": ("治水", "流域"),
    "減額": ("補正", "マイナス"),
    "貸し付ける": ("貸付", "貸付金"),
    "貸す": ("貸付", "貸付金"),
    "夏場": ("グリーンシーズン",),
    "夏": ("グリーンシーズン",),
    "夏季": ("グリーンシーズン",),
    "子供": ("児童", "生徒"),
    "子ども": ("児童", "生徒"),
    "落ちる": ("下がる", "低下"),
    "根拠": ("設定理由", "理由"),
    "受講": ("参加",),
    "医ケア": ("医療的ケア",),
}



"""The form's vocabulary for questions: cue words, section cues, synonyms, stop words, cost columns.

Every word list the answer layer uses lives here, in one place: what people say ->
which part of the form answers it.  General-language signals (which words are
everyday, which are topics) are in :mod:`assistant.text.wording`.
"""

from __future__ import annotations

import re

from .terms import MONEY_BY_METHOD_Q, NATIONAL_COMPARISON, STOCK_Q, UNIT_PRICE_Q, WHEN_ASKED_Q  # asked-for kinds of figure (ATTRIBUTES)

INTENTS = ("cross", "why", "plan", "issue", "trend", "cost", "activity", "lookup")

# Cue patterns over the NFKC-normalised question (order = priority).
CUES: dict[str, re.Pattern] = {
    # 背景 is a why only when it is the background of a result (下回った背景); the
    # background of a program (この事業の背景) is its 現状 (section 1).
    "why": re.compile(r"なぜ|何故|理由|原因|要因|どうして(?!いく|いる|いきた)|なんで(?!す|しょ|した|も)|わけは|"
                      r"(?:た|だ|てる|ている|ない|なかった)背景|何が(?:効い|良かった|よかった|影響)|効いた|"
                      # 「なかなか増えないのは、結局何がネック」: the cause of a result
                      r"(?:ない|なかった|た)のは[、,]?[^。？?]{0,8}(?:ネック|原因)|"
                      # 「何がうまくいった」「何がネックだった」: the cause of a past result (a success or a shortfall)
                      r"(?:何|どこ)が(?:うまく|上手く|よく|良く)いった|(?:何|どこ)が(?:ネック|壁|障害|足かせ|妨げ)(?:だった|になった)|勝因|敗因|"
                      # 「どこの頑張りが大きかった」「誰のおかげ」: who or what a result is owed to
                      r"(?:どこ|誰|だれ|何|なに)(?:の|が)(?:頑張り|がんばり|頑張った|がんばった|おかげ|お陰|努力|貢献)|"
                      # 「授業についていけないからですか」: a cause the user guesses, to be checked (not 「いつから」)
                      r"(?<!いつ)(?<!年)(?<!度)(?<!月)(?:から|せい)(?:ですか|なの|なん|でしょう|ですかね|かな)|のせい|"
                      # 「県の取組の効果なんですか？それとも景気？」「2024年問題って…に響いた？」: what a result is owed to
                      r"(?:の)?(?:効果|おかげ|影響)(?:なん|なの|です|でしょう)|(?:に|へ)(?:響い|響く|影響(?:し|が|は|あ))|"
                      r"影響(?:が|は)?(?:まだ)?(?:残|出て|あっ)|"
                      # 「一回ガクッと落ちてから戻ったよね、あれ何があったんですか」: what happened behind a change
                      r"(?:何|なに)が(?:あった|起き|起こ)|(?:減|増|落ち|下が|上が|戻|延び|伸び|ガクッ)[^。？?]{0,20}(?:何|なに)か(?:あった|あり)|"
                      # 「目標いかなかったのは、結局人手の問題？」: a guessed cause of a result
                      r"(?:た|ない|なかった)のは[、,]?[^。？?]{0,12}?の(?:問題|せい)(?:[?？]|なの|ですか|かな|でしょう|だった)"),
    "plan": re.compile(r"今後|これから|手立て|打ち手|手(?:は|も)(?:打|考え)|次の(?:一手|手|作戦|ステップ|展開)|[^対政予]策(?:って|は|が|も|とか)?[^、。？?]{0,3}(?:ある|あり|考え|検討|講じ)|次(?:に|は)(?:やろう|やる|何|どう|どこ|取り組)|次回|次の(?:回|年)|やり方(?:を|は)?(?:変え|見直)|(?:これから|来年度?)やること|つもり|手を(?:打|考え)|打つ手|改善|方策|来年度|次年度|翌年度|どうする|どう取り組|見直|方向性|予定|(?:どんな|どういう|何か|なにか|その|今後の|新しい|新たな)対策|対策(?:は|って|を|として|も)?[^、。？?]{0,4}(?:ある|あり|考え|検討|何|なに|どう|打|とって|取って|講じ)|対策(?:は|って)?[?？]|どう対応|対応する|どうしていく|どう変える|働きかけ|"
                      r"(?:何か|なにか|新しい|新たな)[^、。?？]{0,10}(?:考えて|検討して|考えてる|計画して)"),
    "issue": re.compile(r"課題|問題点|問題|弱み|弱い(?:ところ|点|部分)|うまくいか|うまく(?:いって|行って)(?:い)?ない|いまいち|イマイチ|どんな声|声が(?:上が|あが|出)|不満|苦情|悩み|ネック|壁に|困って(?:いる|る)?(?:こと|点|の[はがって])|困りごと|"
                       # 「今どこが一番しんどい」: where it is hard going, in everyday words
                       r"しんどい|きつい(?:ところ|点|の)|大変な(?:ところ|点|の)|苦戦|手こず|"
                       # 「手が回ってないところ」「追いついてない」: where the work falls short
                       r"手が回(?:ら|って(?:い)?)ない|追いつ(?:か|いて(?:い)?)ない|手薄"),
    "trend": re.compile(r"推移|(?:今まで|これまで|年々|ここ数年|R\d+から)の(?:流れ|経過)|(?:ここ|この)(?:数年|[2-5２-５]年)(?:は|で|の)?[、,]?\s*(?:どう|どんな)|移り変わり|動い|どう動|増え|減っ|減少|増加|変化|伸び|下が|上が|低下|向上|経年|比べ|前年|どう変わ|悪化|改善した"),
    "cost": re.compile(r"職員の(?:人数|数)|張り付い|貼り付い|人(?:は|が)(?:どれ|どの)(?:くらい|ぐらい)(?:いる|い|張|つい|配置)|担当(?:は|が|って)?[、,]?\s*何人|(?:職員|担当|スタッフ|人員|県|事業|ところ|とこ)(?:は|が|って|の|を)?[、,]?\s*"
                       r"(?:何人|何名)(?:くらい|ぐらい|ほど)?(?:体制|で(?:やって|担当|回|まわ|こな|対応))|^[^、。]{0,4}何人(?:体制|で(?:やって|まわ|回|こな))|予算|決算|事業費|いくら|費用|金額|コスト|千円|円|一般財源|職員数|補正|繰越|繰り越|財源|お金|"
                       # 「いくら使った」, not 「リモセンを使った調査」 (a tool used)
                       r"(?:何に|どこに|いくら|どれだけ|どれくらい|どのくらい)[^、。]{0,4}使った|使った(?:お金|金額|額|費用|予算)"),
    "activity": re.compile(r"何をし|何をや|何(?:し|やっ)た|何(?:を)?(?:やって|して)(?:る|いる|います|ん)|(?:どんな|どういう)(?:こと|取組|取り組み)(?:を)?(?:やっ|し|行っ|実施し)た|(?:お願い|依頼|委託)して(?:る|いる|います)|頼んで(?:る|いる|います)|やって(?:た|ました|る|います)(?:の|か|？|\?|$)|どこまで(?:進|でき|終わ|済)|実績|何回|何件|何人|何名|何(?:社|施設|か所|箇所|校|基|戸|地区|団体|市町村|言語|本|世帯|組|台|頭|か国)|"
                          r"導入され|交付し|設置され|効果(?:は|が|って|あ)|力を入れ|力をいれ|重点|注力|頑張|どのくらいの(?:学校|数|件)|取組|取り組ん|実施し|開催|行った|アウトプット|細事業|実施方法|活動|"
                          # what was done and how it went, asked in everyday words
                          r"(?:どれ|どの)(?:くらい|ぐらい|だけ)(?:の規模で)?(?:やっ|やり|実施し|開い|開催し|行っ|行い)|どこで(?:やっ|実施|行っ|開い|開催)|"
                          r"結果(?:は|が|って|どう)|成果(?:は|って)|意味(?:ある|あった|あん)|人が来|来て|集まっ|つなが|繋が|使われ|利用され|受けられ|"
                          r"何か(?:出る|もらえ)|手を打って|(?:何か|なにか|何を|なにを).{0,12}(?:やって|して)(?:る|た)|(?:何を|なにを).{0,8}(?:やっ|し)た|(?:やって|して)たり|(?:買|や)ったり"),
}
# A phrase followed by 事業/シート/細事業 names a 事業 (「若者就職の事業」「中山間のシート」).
NAMES_JIGYO = re.compile(r"^(?:の)?(?:細事業|事業|シート)")

CROSS_Q = re.compile(
    r"どの事業|どれ(?!くらい|ぐらい|だけ|ほど)|すべて|全て|全部(?!で[^。？?]{0,3}(?:何|いくつ|どれ|どの))|一覧|全事業|各事業|複数の事業|ある事業|事業は[?？]?$|事業を|事業はどこ|事業名を|"
    r"いくつ(?!もり)|何事業|どこの部局|細事業は[?？]?$|(?:細事業|事業|指標|取組)(?:は|が|も)(?:ある|あります)"
)

# Extra section cues (independent of intent): a word that names a part of the form.
SECTION_CUES: list[tuple[re.Pattern, str, float]] = [
    (re.compile(r"現状|背景|そもそも|どんな問題|問題があ|状況"), "1", 0.8),
    (re.compile(r"目的"), "2", 0.8),
    (re.compile(r"取組内容|取り組み内容|どんな取組|達成するための"), "3", 0.6),
    (re.compile(r"目標値|成果指標|指標|満足度|達成"), "4", 0.5),
    (re.compile(r"設定理由|目標値の理由|目標の根拠|根拠|最終的|目指して|目指す"), "4", 1.0),
    (re.compile(r"施策分野|5か年計画|５か年計画|総合計画"), "5", 1.0),
    (re.compile(r"要因分析"), "8", 1.0),
    (re.compile(r"細事業|実施方法|委託|補助|貸付|直接実施|自前|直営|自分(?:たち)?で(?:工事|整備|やって|作って|直して|運営)"), "detail", 0.9),
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
細事業 細事 業 位置付け 位置づけ 位置 付け 貢献 担当 根拠 さん ちゃん
""".split()
)


# Form vocabulary: what people say -> the words the sheets use (weight < 1).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "評価": ("満足度", "満足"), "率": ("割合",), "高校": ("高等学校",), "私学": ("私立", "私立学校"),
    # loanwords staff say for the sheets' words
    "リニューアル": ("改修", "刷新", "一新", "改訂", "更新"), "pr": ("広報", "周知", "啓発"), "スタート": ("開始",),
    "サポート": ("支援",), "イベント": ("催し", "行事", "大会"), "アップ": ("向上", "増加", "引き上げ"),
    "矢印": ("推移",),  # the form's 推移 column is printed as arrows (↗ ↘ →)
    "感想": ("満足度", "満足"),
    "満足": ("満足度",),
    "来る": ("参加",),
    "スタッフ": ("職員", "人材", "従事者"),
    "ばらつき": ("偏り", "偏る", "差"),
    "婚活": ("結婚", "出会い", "マッチング"),
    "料金": ("手数料", "利用料", "登録料"),
    "制限": ("上限",),
    "貸し出し": ("貸与", "貸出"),
    "貸し出す": ("貸与", "貸出"),
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
    "減らす": ("減額", "減少"),
    "マイナス": ("減額", "減少"),
    "直営": ("直接", "直接実施"),
    "未達": ("未達成",),
    "目標割れ": ("未達成",),
    "増やす": ("増額", "増加"),
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
    # everyday words for the form's own terms
    "自腹": ("一般財源",),
    "持ち出し": ("一般財源",),
    "パイロット": ("操縦士",),
    "爺": ("高齢者", "高齢"),
    "婆": ("高齢者", "高齢"),
    "年寄り": ("高齢者", "高齢"),
    "犬猫": ("犬", "猫"),
    "橋": ("橋梁",),
    "田圃": ("水田", "農地"),
    "地元": ("県内",),
    "御店": ("飲食店", "店舗"),
    "店": ("飲食店", "店舗"),
    "社員": ("従業員",),
    "会社": ("企業",),
    "神社": ("社寺",),
    "寺": ("社寺",),
    "パトロール": ("巡回",),
    "生焼け": ("加熱不足",),
    "暑さ": ("猛暑",),
    "御腹": ("食中毒",),
    "跡継ぎ": ("後継者",),  # Sudachi's form of 後継ぎ too
    "入れ替え": ("更新",),
    "入れ替える": ("更新",),
    "ネット": ("通信", "インターネット"),
    "大人": ("成人",),
    "取り壊し": ("除却", "解体"),
    "取り壊す": ("除却", "解体"),
    "危ない": ("危険",),
    "自転車": ("サイクリスト", "サイクリング", "サイクル"),  # the loanwords sheets use for cycling
    "歯": ("歯科",),
    "口": ("口腔",),
}


# --------------------------------------------------------------------------- answers
FOLLOWUP_Q = re.compile(r"^(その|それ|この|これ|あの|では|じゃあ|なら|また|さらに|他に|ほかに)|それは|その|^(理由|要因|今後|課題|推移|予算|決算)")

SUPERLATIVE_Q = re.compile(r"一番|いちばん|最も|もっとも|最大|最小|最多|最高|最低|トップ|上位|一位|ランキング")

LEAST_Q = re.compile(r"少な|小さ|最小|最低|低い|減っ|減少|下が")

SUPERLATIVE_CHANGE_Q = re.compile(r"増え|伸び|増加|減っ|減少|下が|上が|変わ|かけて|から")
# Money left unspent (不用額 = 予算現額 − 決算額), in everyday words.
UNUSED_Q = re.compile(r"不用額|不用|使い残|残額|余った|余り|使わなかった|使いきれなかった|使い切れなかった")
# A statement the user wants confirmed (「…って本当？」「…ってこと？」「…って聞いたけど」): the passage that says it.
CONFIRM_Q = re.compile(r"って(?:本当|ほんと)|ってこと(?:です)?(?:か)?[?？]|って聞いた|と聞いた|らしいけど|んですよね[?？]?$|"
                       # 「マツタケの話と関係ある？」「…って話、どこかに書いてあった？」: whether the sheet says it
                       r"(?:と|に)(?:何か)?関係(?:ある|あり|して|する)|どこかに(?:書いて|載って|記載)|"
                       # 「LINEでも相談できたりします？」「ドローンとか使ってたりします？」: whether it is done
                       r"(?:でき|使って|やって|して|あっ)たり(?:します|する|しない)")
# A figure not out yet (「―」 on the sheet): 「まだ出てない」「空欄なのは」「未公表」.
NOT_YET_Q = re.compile(r"まだ出て(?:い)?な|まだ出てません|まだ(?:分から|わから|集計|確定)|未公表|未確定|集計中|空欄|(?<![ァ-ヶ])[―－]\s*(?:に|の|って|は)")
# The change over the last year only (R5 → R6 on a R6 sheet).
PREVIOUS_YEAR_Q = re.compile(r"前の年|前年|去年|昨年")

WHY_WORDS = frozenset("何故 理由 原因 要因 どう どうして 為る 居る 有る 成る 事業 事業費 年度 令和 其の 此の 教える 下さる".split())

# Questions that ask for a specific kind of figure the sheets may simply not give
# (a unit price, a subsidy rate): the evidence must state that kind of figure.

ATTRIBUTES = [
    (UNIT_PRICE_Q,
     re.compile(r"単価[^。、]{0,12}[0-9][0-9,.]*\s*(?:千円|円|万円)|(?:あたり|当たり).{0,12}[0-9][0-9,.]*\s*(?:千円|円|万円)|日額[0-9]"), "1単位あたりの金額（単価）"),
    (re.compile(r"(?<!毎)(?:月|年|1人|一人|ひとり|1回|一回)(?:あたり|当たり)?(?:いくら|何円)|月額|年額|月謝"),
     re.compile(r"月額|年額|月[0-9,]+円|[0-9,]+円/月|(?:1人|一人)(?:あたり|当たり)[0-9,]+"), "1人・1か月あたりの金額"),
    # Pay: the cost table counts staff (職員数), it never states what they are paid.
    # ... also a cost that includes pay (「人件費を含めたトータルコスト」「人件費込みの総額」).
    (re.compile(r"(?:人件費|給与|給料|月給(?!制)|年収|時給)[^。？?]{0,14}(?:いくら|何円|金額|額|どれ(?:くらい|ぐらい)|どの(?:くらい|ぐらい)|一人ずつ|ひとりずつ)|"
                r"(?:人件費|給与|給料)(?:を|も)?(?:含め|含む|込み|込|入れ|加え)"),
     re.compile(r"(?:人件費|給与|給料|月給|年収|時給)[^。\n]{0,12}\d|\d[^。\n]{0,8}(?:人件費|給与|給料)"), "人件費・給与の額"),
    # The 節 of the spending (委託料, 旅費…): the cost table gives 決算額 per 細事業, never by kind of expense.
    (re.compile(r"委託料|委託費|旅費|報償費|需用費|役務費|工事請負費|備品購入費|消耗品費|光熱水費|印刷製本費|使用料及び賃借料"),
     re.compile(r"(?:委託料|委託費|旅費|報償費|需用費|役務費|工事請負費|備品購入費|消耗品費|光熱水費|印刷製本費)[^。\n]{0,8}\d"),
     "経費の内訳（委託料・旅費など）"),
    # Money by 実施方法 (委託・補助・直接): the 実施方法 is each 取組's, the money each 細事業's; no sheet splits it so.
    (MONEY_BY_METHOD_Q, re.compile(r"実施方法(?:別|ごと)[^。\n]{0,12}\d"), "実施方法別の金額（取組ごとの額）"),
    # A fee charged to participants or users: the sheet reports its own costs, rarely what people pay.
    (re.compile(r"(?:受講|参加|利用|入場|入館|使用)料|(?:参加|受講)費|手数料|料金"),
     re.compile(r"(?:受講|参加|利用|入場|入館|使用)料|(?:参加|受講)費|手数料|料金|無料|有料"), "料金（受講料・参加費など）"),
    (re.compile(r"補助率|何分の[1一]|何割"), re.compile(r"補助率|分の[0-9一二三四]|[0-9]割"), "補助率"),
    # One month's figure (「12月の実績」): the sheets report fiscal years, a month only where it says so.
    (re.compile(r"(?<![0-9])(?:[1-9]|1[0-2])月(?:分|だけ|単月)?の[^、。？?]{0,8}?(?:実績|数|件数|人数|値|数字|数値|量|額)(?:は|って|を|[?？]|$)|"
                # 「３月だけで何件」「12月中にいくら」
                r"(?<![0-9])(?:[1-9]|1[0-2])月(?:分|だけ|単月|中|の間)(?:で|に|は)?[^、。？?]{0,6}?(?:何|いくら|どれ)|"
                r"月別|月ごと|毎月の(?:実績|数)"),
     re.compile(r"(?<![0-9])(?:[1-9]|1[0-2])月[^。\n]{0,40}\d|月別|月ごと"), "月ごとの数値"),
    # A cap asked as an amount (「引き上げた後の上限額っていくら」): the sheet may say it was raised, not to what.
    (re.compile(r"(?:上限|限度)額?[^。？?]{0,8}(?:いくら|何円|何万|金額|どれ(?:くらい|ぐらい))"),
     re.compile(r"(?:上限|限度)額?[^。\n]{0,12}\d|\d[\d,.]*\s*(?:千円|万円|円)[^。\n]{0,6}(?:を上限|まで)"), "上限額"),
    # The names of the participants (which companies, which schools): a sheet gives counts, rarely names.
    (re.compile(r"(?:企業|会社|団体|法人|学校|施設|事業者|参加者|市町村|町村|店|路線)(?:の)?(?:名前|名称|名|一覧)|社名|"
                r"(?:どこの|どの)お?(?:企業|会社|業者|事業者|団体|百貨店|店|路線|市町村|町村|施設|学校|高校|職種)|"
                # 「未受講の高校ってどこ」: which ones, by name
                r"(?:企業|会社|業者|団体|施設|機関|学校|高校|中学校|小学校|大学|市町村|町村|店|店舗|病院|事業所|法人)(?:は|って|が)[、,]?\s*(?:具体的に)?(?:どこ|どちら)(?!で)|"
                # who did the work: the contractor or the party commissioned (受注した業者, 委託先)
                r"(?:業者|委託先|受託者|受注者|請負業者|施工業者|発注先)(?:は|って|の名前)?[、,]?\s*(?:どこ|誰|だれ|どちら)|"
                r"どこ(?:が|に)(?:受注|委託|請け負|発注)|"
                r"(?:委託|受注|受託|発注|請け負っ|お願いし|頼ん)(?:した|して(?:いる|る)|た)?(?:先|会社|企業|業者|団体|事業者)(?:は|って)?[、,]?\s*(?:どこ|誰|だれ|どちら)"),
     re.compile(r"株式会社|（株）|\(株\)|有限会社|社名|企業名|団体名|学校名|[一-龥ァ-ヶー）)]{3,}(?:に委託|が受託|が受注)|"
                r"[ァ-ヶー一-龥]{2,}(?:百貨店|線)|(?:[一-龥]{1,4}(?:市|町|村)[、・]){2,}"), "個別の名称"),
    # When it ran or until when (「キャンペーンっていつまでやってた」): a sheet gives fiscal years, rarely dates.
    (re.compile(r"いつから|何月から|期間は(?:いつ|どれ)"),
     re.compile(r"[0-9]+月|[0-9]+日|年度(?:まで|から)|～|〜|期間"), "時期・期間"),
    (WHEN_ASKED_Q, None, "時期"),  # decided by a sentence that dates the thing asked about (ask.evidence)
    (re.compile(r"いつまで|何月まで"), re.compile(r"[0-9]+(?:月|日)(?:末|中旬|上旬|下旬)?まで|年度末?まで|で終了|を終了"), "終了の時期"),
    # An amount per site or item (「９か所の工事費、それぞれいくら」): the sheet gives totals.
    (re.compile(r"(?:それぞれ|各々|個別に|か所ごと|件ごと)(?:の)?[^。？?]{0,6}(?:いくら|何円|金額|費用|工事費|事業費|人数|件数|利用者数|内訳)"),
     re.compile(r"(?:それぞれ|各)[^。\n]{0,12}[0-9][0-9,]*\s*(?:千円|円|万円|人|件)"), "個別の内訳"),
    NATIONAL_COMPARISON,  # 「全国平均と比べて高い？」: a comparison the sheet states where it names 全国 or 他県
    # Where it was held: places by name (cities, areas, countries), not a count of venues.
    (re.compile(r"(?:会場|場所|開催地)(?:は|って)?[、,]?\s*(?:具体的に)?(?:どこ|どちら)|どこで(?:開|実施|やっ|行|開催)|(?:どこ|どちら)の(?:会場|場所)|どの会場"),
     re.compile(r"[一-龥ァ-ヶー]{2,}(?:市|町|村|圏域|地域|地区|会場|ホール|会館|センター|庁舎|公民館)(?:で|の|と|、|・)|"
                r"(?:[一-龥ァ-ヶー]{2,8}・){2,}[一-龥ァ-ヶー]{2,8}|か国"), "開催場所"),
]

CAUSAL_RE = re.compile(r"ため|により|によって|ことから|による|影響|要因|下回|上回|減少|増加|結果")

CROSS_PATTERNS = [
    ("unmet", re.compile(r"未達成|達成できな|達成していな|達成しなかった|下回った指標|届かなかった")),
    ("met", re.compile(r"達成した指標|達成している指標|目標を達成した|達成できた")),
    ("worse", re.compile(r"悪化|下がった指標|減少した指標|↘")),
    ("method", re.compile(r"補助|委託(?![料費])|直接|貸付")),  # 委託料 is an expense, not a 実施方法
    ("neg_supp", re.compile(r"補正予算.*(マイナス|減額|減|△|負)|(マイナス|減額).*補正")),
]

# Questions about why or how an indicator's target was set (answered by 目標値設定理由).
REASON_Q = re.compile(r"目標|理由|根拠|設定|目指|計画|最終|指標に(?:し|して|する|した)|指標とし")

# ... also when asked "why" about the target or the indicator itself, not about a result.
WHY_SET_Q = re.compile(r"その(?:数字|数値|値|目標)に(?:した|して|する)|設定|目標値?の?(?:決め方|立て方)|(?:どういう|どんな)考え(?:方)?で(?:決め|設定)|指標に(?:し|して|する|した)|指標とし|"
                       r"目標値?(?:を|は|、|って)?.{0,10}(?:に|と)(?:した|する|して)|目標値?(?:って|は|、).{0,8}(?:なんで|なぜ|どうして).{0,12}(?:なの|なん|に)|根拠")

# The cost table's columns and the words that ask for each (form vocabulary).
COST_COLUMNS = (
    ("carryover", "前年度繰越", re.compile(r"繰越|繰り越")),
    ("initial", "当初予算", re.compile(r"当初")),
    ("supplementary", "補正予算等", re.compile(r"補正")),
    ("total", "予算現額（合計）", re.compile(r"予算現額|現額|合計|予算(?!.{0,3}(?:当初|補正))")),
    ("general", "うち一般財源", re.compile(r"一般財源|財源|自腹|持ち出し")),
    ("settlement", "決算額", re.compile(r"決算|使った|使っ|支出|執行|実際に(?:かか|使)|かかった")),
    # 職員 counts staff when their number is asked (職員数, 職員は何人), not in 職員採用 or 職員向け研修
    ("staff", "職員数", re.compile(r"職員(?:数|の(?:数|人数)|体制|[はがってのをも、,]{0,3}\s*(?:何人|何名|どれ|どの|いる|配置))|"
                                 r"人員|何人|張り付い|人(?:は|が)(?:どれ|どの)(?:くらい|ぐらい)")),
)

CHANGE_Q = re.compile(r"推移|変わ|変化|増え|減っ|下が|上が|回復|戻っ|持ち直")

# Sections by meaning: what answers each kind of question (and what may follow it).
SECTIONS_BY_INTENT = {"why": ("8",), "trend": ("4",), "plan": ("9-2",), "issue": ("9-1",), "cost": ("6",),
                      "activity": ("7", "detail")}

GENJO_Q = re.compile(r"現状|背景|そもそも|どんな問題|問題(?:は|が|点|って)|状況|将来|推計|足りな|足りて(?:い)?(?:ない|る)|不足|" + STOCK_Q.pattern)

DETAIL_Q = re.compile(r"細事業|取組|内訳|(?:何|どこ)に(?:使|お金)|一番お金")

MULTI_PART_Q = re.compile(r"あと|それと|それに|合わせて|併せて|あわせて|も(?:教え|知りたい|お願い)|ついでに|[?？].+[?？]")

NAMED_SECTIONS = [(re.compile(r"施策|[5５]か年計画|総合計画"), "5"), (re.compile(r"目的"), "2"),
                   # 「県内に何か所あるんでしたっけ」: how many there are is the 現状, not what was done
                   (re.compile(r"県内に(?:は)?(?:全部で)?[^、。？?]{0,4}(?:何|いくつ|どれ(?:くらい|ぐらい|だけ))[^、。？?]{0,6}ある"), "1"),
                   (re.compile(r"最終的|目指|目標値の|設定理由|根拠"), "4")]

FIGURE_Q = re.compile(r"実績(?:は|って|値|と)|目標値|達成状況|何[%％]|割合|数は|どれくらい|どのくらい|いくつ")

# Money that moved (a why about it is answered from a causal sentence that names it).
MONEY_CHANGE_Q = re.compile(r"補正|(?<!削)減額|増額|繰越|繰り越|(?:予算|決算)[^。？?]{0,15}?(?:増え|増加|減っ|減少|膨|縮|下が|上が)")

# A change told in two steps (a fall, then a recovery): the 要因分析 explains both.
TWO_WAY_CHANGE_Q = re.compile(r"(?:減|下が|落ち).*(?:戻|回復|増え|上が|持ち直)|(?:増え|上が).*(?:減|下が|落ち)")

# Monthly or per-person amounts the sheets rarely state.

# A sheet named by its year (「令和５年度実施事業分のシート」「R5のシート」).
SHEET_YEAR_Q = re.compile(r"(?:令和|R)\s*(\d{1,2})\s*(?:年度)?(?:実施(?:事業)?分|版?の(?:事業改善)?シート|版)")

# 「結局うまくいってるの？」: how the program is doing = its indicators against their targets.
PERFORMANCE_Q = re.compile(r"うまくいっ|上手くいっ|順調|成果(?:は|が)?(?:出|上が)|目標(?:を)?(?:達成|クリア)でき|効果が出")

# A cross-sheet question even when one 事業 is named (「〇〇事業以外で…どの事業」).
CROSS_STRONG_Q = re.compile(r"どの事業|全事業|各事業|複数の事業|ある事業|事業はどこ|事業名|何事業|どこの部局|"
                            r"(?:全て|すべて|全部)の事業|事業(?:は|が)(?:ある|あります)|ほかの事業|他の事業")

# Every 細事業 row of a sheet (「細事業ごとの決算額」「各細事業の…」).
EVERY_DETAIL_Q = re.compile(r"細事業(?:ごと|別|それぞれ|全部|すべて|全て)|各細事業|(?:全部|すべて|全て)の細事業")

# A figure asked for in so many words (何社, 何人, いくら, 何件…).
FIGURE_ASKED_Q = re.compile(r"何(?:社|人|名|件|回|か所|箇所|校|世帯|組|台|頭|%|％|割)|いくら|いくつ(?!もり)|どれ(?:くらい|ぐらい|だけ)|(?:率|割合)(?:は|って|が)?[、,]?\s*どの(?:くらい|ぐらい)|数は")

# Measures asked for in so many words (a bare 今後 is not: 「今後に向けて何が課題？」).
# 対策 asked for (「対策はある？」「どんな対策を考えてる」), not a program's own word (「盗掘対策がうまくいかない根っこの課題」).
PLAN_ASKED_Q = re.compile(r"方策|改善策|どう(?:する|改善|対応|取り組|変え)|対応|(?:どんな|どういう|何か|なにか|その|今後の)対策|"
                          r"対策(?:は|って|を|として|も)?[^、。？?]{0,4}(?:ある|あり|考え|検討|何|なに|どう|打|とって|取って|講じ)|"
                          r"予定|来年度|次年度|手を(?:打|考え)|手立て|打ち手|見直")

# What has been done (手を打ってる, やってたりする): 取組実績 rather than next year's measures.
DONE_Q = re.compile(r"手を打って(?:る|い|た)|(?:何か|なにか|何を|なにを).{0,12}(?:やって|して)(?:る|た)|(?:やって|して)たり|(?:買|や)ったり|何か(?:出る|もらえ)")

# Next year asked about (then 「手を打つ」 is a measure to come, not one taken).
FUTURE_Q = re.compile(r"今後|これから|次に|つもり|来年度|次年度|翌年度|予定|手を打つ")

# A count of what was done (何人配置, 何回開催).
COUNT_Q = re.compile(r"何(?:人|名|回|件|か所|箇所|校|社|団体|組|台)")

# What money was for (with 補正・増額・減額 in the question, a why about the money).
MONEY_PURPOSE_Q = re.compile(r"何のため|なんのため|何に(?:使|充て|あて)|何の(?:増額|減額|補正|お金|費用|分|ぶん)|なんの(?:分|ぶん|お金)|"
                             r"どういう(?:補正|増額|減額)")

# A part of a figure asked for (「151人のうち、女性は何人」「東京・名古屋・大阪それぞれ何件」「年代別だと」):
# the sheet must state that part with a number, not only the whole.
PART_OF_Q = re.compile(r"うち[、,]?\s*(?P<part>[^、。?？]{1,16}?)(?:は|が|って|を|の数は)[^、。?？]{0,8}(?:何|いくら|どれ)|"
                       # 「1,356件、松本市の分って何件」: a whole given, then its part
                       r"\d[\d,.]*\s*[^\d、,\s]{0,3}[、,]\s*(?P<part2>[^、。?？\d]{1,12}?)の(?:分|ぶん)(?:は|って|が)?[^、。?？]{0,8}(?:何|いくら|どれ)|"
                       # 「白馬村のスキー場だけの利用者数」: one place or kind alone
                       r"(?P<part3>[^、。?？\d]{2,12}?)(?:だけ|のみ)(?:の[^、。?？]{0,8}?(?:数|額|率|量)|(?:だと|では)[^、。?？]{0,6}?(?:何|いくら|どれ))")
EACH_OF_Q = re.compile(r"(?P<items>[^、。?？\sの]{1,8}(?:[・と][^、。?？\sの]{1,8}){1,5})(?:の[^、。?？\sの]{1,8})?(?:の)?[、,]?\s*(?:それぞれ|別々|ごと)")
BY_KIND_Q = re.compile(r"(?P<kind>年代|年齢|男女|性|地域|市町村|圏域|月|学年|職種|国籍|国|業種|分野|品目|品種|作物|種類|施設|店舗|校種|世代|手口)(?:別|ごと)")
# 「どこの都道府県から来た人が多い」「どんな業種が多い」: a breakdown asked as which kind is most.
WHICH_MOST_Q = re.compile(r"(?:どこの|どの|どんな|どういう)(?P<kind>[一-龥ァ-ヶー]{2,8})(?:が|から|の人が|の人)[^。？?]{0,12}多い")
# 「どの植物や動物が何件ずつ」: a count per kind the question does not list (the sheet must give it by kind).
EACH_KIND_Q = re.compile(r"(?:どの|どんな|どういう|何の|各)(?P<kind>[一-龥ァ-ヶー]{1,8})[^。？?]{0,10}?(?:何|いくら)[^。？?、]{0,3}ずつ")

# A count asked with its counter (何人, 何羽, 何日間…) and the counters a sheet writes for it.
COUNT_ASKED_Q = re.compile(r"何(人|名|件|回|羽|頭|日間|日|か月|ヶ月|時間|社|校|か所|箇所|世帯|台|トン|団体|事業者|枠|基|戸|店舗|本|冊|部)")
# A count asked as a noun (子どもの人数, 相談件数): the counter it is written with.
COUNT_NOUN_Q = re.compile(r"(人|件|回|校|社|団体)数")
COUNTER_FORMS = {"人": "人|名", "名": "人|名", "日": "日", "日間": "日", "か月": "か月|ヶ月|カ月", "ヶ月": "か月|ヶ月|カ月",
                 # 「何か所回った」 is told as 「214所属で検査」, 「何か所に入れた」 as 「２団地で導入」: places by their kind
                 "か所": "か所|箇所|カ所|所属|団地|地区|会場|拠点|施設", "箇所": "か所|箇所|カ所|所属|団地|地区|会場|拠点|施設"}

# 「ゲートキーパーって結局何する人？」「188って何の番号？」: what a term of the sheet means.
DEFINE_Q = re.compile(r"(?P<term>[^、。?？\s]{2,20}?)(?:って|とは)(?:結局|そもそも|一体|いったい)?(?:何|なに|どういう|どんな)")

# A result against its target (目標に届かなかった, 目標未達, 上回った): its 背景 is the 要因分析, not the 現状.
RESULT_Q = re.compile(r"目標(?:を|に)?(?:ちょっと|少し|わずかに|やや)?(?:届|下回|上回|超え|越え|達成|未達|割れ|クリア|足りな|足らな|及ばな)|目標値?(?:は|って)[、,]?\s*(?:何|いくつ|どれ|どの)|未達|(?:上回|下回)った|目標値?(?:と|・|/|／|vs)実績|実績(?:と|・|/|／|vs)目標|"
                      r"目標値?[^。？?実]{0,6}(?:いくら|いくつ|何[^\s。？?、]{0,2})で[、,]?\s*実績")
# How big a situation is, asked in figures (「今どれくらい減ってる」「何倍くらい」「数字つきで」).
SITUATION_FIGURES_Q = re.compile(r"どの(?:くらい|ぐらい)|どれ(?:くらい|ぐらい|だけ)|何倍|数字|数値|何割|状況|ライン|実態|規模|"
                                 r"(?:どういう|どんな|どの)[^。？?]{0,8}が多い")
# A rate asked for (「就職する割合って今どれくらい」「率は」): a figure an indicator reports.
RATE_Q = re.compile(r"割合|比率|[^効]率(?:は|って|が|を|、|\s|\?|？|$)")

# Which money a why asks about, and the words a sentence about it uses.
MONEY_WORDS = (
    ("補正", re.compile(r"補正|増額|(?<!削)減額")),
    ("繰越", re.compile(r"繰越|繰り越")),
    ("予算", re.compile(r"予算")),
    ("決算", re.compile(r"決算|執行|支出")),
)

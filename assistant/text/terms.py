"""The form's named things as staff say them: short forms of bodies, groups whose members exclude
each other, the header's fields, and the nouns that name what is asked of a subject.

Part of the form's vocabulary (the cue words are in :mod:`assistant.text.vocabulary`); kept apart so
each list stays short enough to read.
"""

from __future__ import annotations

import re

from ingest.form import nfkc

# Short forms that staff say for bodies the sheets write in full (児相 for 児童相談所).  Only forms
# with one meaning in prefectural work; two-kanji clippings of a sheet's own word (部活 for 部活動)
# need no entry, see ``query.completion.complete_clipped``.
ABBREVIATIONS = {
    "児相": "児童相談所", "技専": "技術専門校", "特養": "特別養護老人ホーム", "老健": "介護老人保健施設",
    "社協": "社会福祉協議会", "災害VC": "災害ボランティアセンター", "社労士": "社会保険労務士", "県教委": "県教育委員会", "国保": "国民健康保険", "障スポ": "障がい者スポーツ",
    "ハロワ": "ハローワーク", "高専": "高等専門学校", "信大": "信州大学", "県立大": "県立大学", "家保": "家畜保健衛生所", "労金": "労働金庫",
    "国スポ": "国民スポーツ大会", "全障スポ": "全国障害者スポーツ大会", "メアド": "メールアドレス", "科捜研": "科学捜査研究所",
    "特商法": "特定商取引法", "景表法": "景品表示法", "労災": "労働災害",
    # everyday clippings of two words that the sheets write whole (路上 + 駐車)
    "マイナカード": "マイナンバーカード", "マイナ保険証": "マイナンバーカードの健康保険証",
    "包括": "地域包括支援センター",  # (standing alone only: 包括連携, 包括的, 包括外部監査 are other words, see below)
    "路駐": "路上駐車", "駐禁": "駐車禁止", "就活": "就職活動", "特支": "特別支援学校", "学童": "放課後児童クラブ",
    # 高3 for 高校3年生 (the sheets spell the grade out)
    **{f"{k}{n}": f"{v}{n}年生" for k, v, top in (("高", "高校", 3), ("中", "中学", 3), ("小", "小学", 6))
       for n in range(1, top + 1)},
}
_SHORT_FORMS: dict[str, set[str]] = {}
for _k, _v in ABBREVIATIONS.items():
    _SHORT_FORMS.setdefault(_v, set()).add(_k)


def short_forms(word: str) -> set[str]:
    """The short forms a sheet may write for ``word``, a question's word once expanded (社協 for 社会福祉協議会)."""
    return _SHORT_FORMS.get(word, set())


# Short forms that are one only when they stand alone (「包括の職員の離職率」「包括がパンクしてる」, not 包括連携協定 or 包括的な).
_STANDALONE_SHORT = frozenset({"包括"})
ABBREVIATION_RE = re.compile("(?:" + "|".join(
    f"(?<![一-龥]){k}(?![一-龥的])" if k in _STANDALONE_SHORT else re.escape(k)
    for k in sorted(ABBREVIATIONS, key=len, reverse=True)) + r")(?![0-9])")

# The sections that say what a program is and does: its purpose, 取組, indicators, results and 細事業 (not 現状, 要因分析,
# 課題, 方策, where other subjects are mentioned in passing: 児童養護施設 in the 現状 of the 里親 sheet).
DOING_SECTIONS = ("2", "3", "4", "7", "detail")

# Everyday words that Sudachi cuts in two (調整 + 役): the question is read with the sheets' word in their place.
SPLIT_TERMS = {"調整役": "コーディネーター", "耳の不自由な人": "聴覚障がい者", "耳が不自由な人": "聴覚障がい者",
               # loanwords a new member of staff says for the sheets' words (ロール + アウト, スクール + トリップ, お + 医者 + さん)
               "ロールアウト": "展開", "スクールトリップ": "教育旅行",
               "かかりつけのお医者さん": "かかりつけ医", "かかりつけの医者": "かかりつけ医", "お医者さん": "医師", "お医者様": "医師",
               # what the prefecture owns, as residents say it (県の土地 is the sheets' 県有地)
               "県の土地": "県有地", "県の財産": "県有財産", "県の車": "公用車", "子だくさん": "多子世帯",
               # first aid as people say it (心臓 + マッサージ) for the sheets' word
               "心臓マッサージ": "胸骨圧迫",
               # whom, as people say it (男 + の + 人)
               "男の人": "男性", "女の人": "女性", "男の子": "男子", "女の子": "女子",
               # a shopkeeper's words for the cost table (the purse the prefecture pays from, money added in the year)
               "自分の財布": "一般財源", "県の財布": "一般財源", "予算の財布": "予算", "財布": "予算",
               "お金を足した": "補正した", "お金を足して": "補正して", "お金を足す": "補正する",
               # an adjective and its noun, the sheets' one word (「短い時間の仕事」: 短時間就労)
               "短い時間": "短時間", "長い時間": "長時間",
               # the same partners in another order (産官学 for the sheets' 産学官)
               "産官学": "産学官",
               # an adjective and its noun for the sheets' word (古い大きな木: 巨樹)
               "大きな木": "巨樹", "大きい木": "巨樹",
               # a technical word said as what it does (道路啓開: clearing a road after a disaster) and who does a job
               "道をあける": "道路啓開", "道を開ける": "道路啓開", "道をあけ": "道路啓開", "道を開け": "道路啓開",
               "人事の人": "人事担当者",
               # a check-up as people say it (「大きい木を診てもらった本数」: the sheet's 診断本数)
               "診てもら": "診断してもら",
               # a craft's everyday name for the sheets' process word (炭焼き: 炭化), and who counts the staff (人工)
               "炭焼き": "炭化", "何人工": "何人",
               # the pandemic as people name the time (コロナ + 禍): the sheets' 新型コロナ(ウイルス感染症)
               "コロナ禍": "新型コロナ",
               # the Olympics as the press and an older generation name them (五輪 for the sheets' オリンピック)
               "技能五輪": "技能五輪", "五輪": "オリンピック",  # (技能五輪 is a contest of its own name)
               # carriers as people name them (運送 + 業者, バス + 会社): the sheets' 物流事業者, バス事業者
               "運送業者": "物流事業者", "運送会社": "物流事業者", "バス会社": "バス事業者", "タクシー会社": "タクシー事業者",
               # giving up a licence as people say it (免許を返す): the sheets' 返納
               "免許を返し": "免許を返納し", "免許を返す": "免許を返納する", "免許を返そう": "免許を返納しよう",
               # a consultant's loanwords for the form's words (アクション + プラン, リード + タイム): next year's 方策, the time
               # a step takes (期間), the staff counted in the cost table
               "アクションプラン": "今後の方策", "リードタイム": "期間", "職員体制": "職員数"}
SPLIT_TERMS_RE = re.compile("|".join(SPLIT_TERMS))

# Groups whose members exclude each other: a figure for one (高校２年生の不読率, 大腸がん検診受診率)
# says nothing of another (中学生, 胃がん).  Each pattern's match, mapped through ``key``, names a member.
CONTRASTS = [
    (re.compile(r"小学校|小学生|小学|中学校|中学生|中学|高等学校|高校生|高校|大学生|大学|特別支援学校|幼稚園|保育所|保育園"),
     lambda m: {"小学": "小", "中学": "中", "高等": "高", "高校": "高", "大学": "大", "特別": "特", "幼稚": "幼",
                "保育": "幼"}[m[:2]]),
    (re.compile(r"(?:胃|肺|肝臓?|大腸|乳|子宮頸?|前立腺)がん"), lambda m: m[:-2]),
    (re.compile(r"肝炎|HIV|エイズ|結核|梅毒|麻しん|風しん|インフルエンザ", re.I),
     lambda m: {"エイズ": "HIV"}.get(m, m.upper())),
    # whose staff: the prefecture's own or the firms' (「県職員の男性の育休取得率」 is not 県内企業の男性育児休業取得率)
    (re.compile(r"県職員|県庁職員|県の職員|県内企業|民間企業|企業"), lambda m: "県" if m.startswith("県職") or m.startswith("県庁") or m == "県の職員" else "企"),
    # sex (「女性の割合」 where the sheet counts 民生委員 and never men or women)
    (re.compile(r"女性|男性|女子|男子"), lambda m: m[0]),
    # kinds of power generation (小水力 is a 水力)
    (re.compile(r"小水力|水力|太陽光|太陽熱|風力|地熱|バイオマス|原子力|火力"), lambda m: {"小水力": "水力"}.get(m, m)),
]

# The header of the sheet, asked for (「担当課と連絡先メール」「事業番号といつからやってるか」): field key, cue.
HEADER_FIELDS = [
    ("jigyo_no", re.compile(r"事業番号")),
    # (「どの部分にお金が」「どこの部署」: another word that starts with 部)
    ("bukyoku", re.compile(r"どこの部(?:局)?(?![一-龥])|どの部(?:局)?(?![一-龥])|部局(?:は|って|を|名)")),
    # (「担当課は何が課題って言ってる」「原因は何だと所管は言っているのか」: what the 課 says, asked of its sheet, not which 課 it is)
    ("ka", re.compile(r"担当(?:の)?課(?!が)(?![はもで][^。？?]{0,14}(?:言って|言う|考えて|見て|認識|捉えて|挙げて|書いて|分析))"
                      r"|どこの課(?!題)|どの課(?!題)|どこの部署|どの部署|課・室|課名|所管(?:課)?(?![はもがで][^。？?]{0,14}(?:言って|言う|考えて|見て|認識|捉えて|挙げて|書いて|分析|説明))|担当部署|どこが担当|担当(?:は|って|が)[、,]?\s*(?:どこ|どちら|誰|だれ)(?!に[^。？?]{0,8}(?:課題|問題|原因|要因|ある))")),  # (not 「担当はどこに課題があると見ているのか」)
    ("period", re.compile(r"実施期間|(?:の事業|事業費?)(?:って|は)[、,]?\s*いつ(?:頃|ごろ)?からいつまで|いつ(?:頃|ごろ)?から(?:やって|始ま|実施|続|の事業)|何年(?:度)?から(?:やって|始ま|続)|開始(?:年度|時期)")),
    # (「見守りメールの登録者」 is a service, not the sheet's address)
    ("email", re.compile(r"連絡先|問い?合わ?せ先|メールアドレス|(?:連絡|問い?合わ?せ|担当)[^。？?]{0,4}メール|e-?mail|(?<![ァ-ヶー])(?<!ページの)(?<!ページ)(?<!HPの)(?<!サイトの)アドレス", re.I)),  # (not フリーアドレス, nor
    # a web page's address: 「ホームページのアドレス」 is its URL)
]

# The names of a kind of party (学校名, 団体名): what is asked of that kind (its names, which the attributes judge as
# 個別の名称: 「若槻養護学校と寿台養護学校」), never a thing of its own the sheet must write.
NAME_OF_KIND = re.compile(r"(?P<kind>学校|高校|施設|団体|企業|会社|店|店舗|病院|大学|事業者|法人|地|市町村)(?:名|名称)")

# Nouns that name what is asked of a subject, not a subject (「補助の上限額」: the cap of a subsidy).
ATTRIBUTE_HEADS = frozenset("""
上限 上限額 下限 単価 金額 額 費用 経費 コスト 予算 決算 決算額 件数 人数 回数 割合 率 比率 期間 時期 名称 名前 内訳 配分 数 実績 目標 推移 仕組み
執行 執行率 不用 不用額 一般財源 財源 補正 繰越
""".split())

# An amount asked for by what it measures (「不正送金の被害額っていくら」「売上の金額は」): unless it is the
# program's own money (the cost table and its 細事業: 予算額, 補助金の額, 事業費), the sheet must write it.
# (asked of the amount itself: 「医療費の助成って…どれくらい」 asks of the 助成, the program's money)
AMOUNT_ASKED_Q = re.compile(r"(?P<what>[一-龥ァ-ヶー]{1,6}?)の?(?P<unit>金額|額|金|費)(?![一-龥ァ-ヶー])(?:って|は|が|を|も)?[、,]?\s*"
                            r"(?:(?:R|令和)\s*\d+(?:年度)?(?:は|の|で)?|平均(?:で|して)?|総額で?|全部で|合計で?|だいたい|ざっくり|実際|年間|(?:1|一)年(?:間)?(?:で|に)?|毎年)?\s*"
                            r"(?:いくら|何円|何万|どれ(?:くらい|ぐらい)|どの(?:くらい|ぐらい))")
# Money asked of something (「スカイパトロールにはいくら使っていますか」「…の費用は」).
# Where something was held (「どこの会場でやってるの」) and how a sheet names places: cities and venues, or a list of them.
PLACE_ASKED_Q = re.compile(r"(?:会場|場所|開催地)(?:は|って)?[、,]?\s*(?:具体的に)?(?:どこ|どちら)|どこで(?:開|実施|やっ|行|開催)|"
                           r"(?:どこ|どちら)の(?:会場|場所)|どの会場")
# Where a thing is (「センターってどこにある」), or which places (「撤去した歩道橋って、どこの市でした？」「どの地域で増えた」): the
# sentence that names the places, as for where it is held.
WHERE_IS_Q = re.compile(r"どこに(?:ある|あり|置い|設置|でき)|(?:どこ|いずれ)の(?:市町村|市|町|村|地域|地区|圏域)|どの(?:市町村|市|町|村|地域|地区|圏域)")
INSTALLED_WHERE_Q = re.compile(r"(?:どこ|どちら)(?:の[一-龥ァ-ヶー]{1,6})?に(?:付け|つけ|取り付け|設置|置い|配置|整備し|建て)"
                               # (「立てた場所を知りたい」「設置した箇所は」: the places asked as a noun)
                               r"|(?:付け|取り付け|設置し|置い|配置し|立て|建て)た(?:場所|箇所|地点|位置)(?:を|は|って|が|も)")
PLACES_NAMED = re.compile(r"[一-龥ァ-ヶー]{2,}(?:市|区|町|村|圏域|地域|地区|会場|ホール|会館|センター|庁舎|公民館|病院|大学)(?:で|の|と|に|、|・)|"
                          r"(?:[一-龥ァ-ヶー]{2,8}・){2,}[一-龥ァ-ヶー]{2,8}|か国")

# The terms of a subsidy (「上限いくら」「補助率は」): printed beside the 取組 it is for, never a sum of money spent.
# (「1件いくらまで」: the cap; 「県が全部出してくれてる？」「費用の負担割合」: who pays which share, the 補助 (国１／３、県１／３))
SUBSIDY_TERMS_Q = re.compile(r"上限|補助率|限度額|補助単価|いくらまで|負担(?:割合|率)|負担の割合|費用負担|(?:費用|経費)の?分担|"
                             r"(?:県|国|市町村)(?:が|で)(?:全部|全額|半分|何割|どれだけ|どのくらい|どれくらい)(?:を)?(?:出し|出して|出す|負担|持っ|持つ)")
SUBSIDY_TERMS = re.compile(r"上限|補助率|限度額|単価|[0-9０-９]+\s*[/／]\s*[0-9０-９]+")
MONEY_ASKED_Q = re.compile(r"いくら|何円|何万円|金額|費用|お金|予算|決算|使っ(?:た|て)|かかっ|かけ(?:た|て)")
PROGRAM_MONEY = re.compile(r"(?:予算|決算|事業費?|補正|繰越|一般財源|財源|(?<![一-龥ァ-ヶー])税金?|県費|執行|支出|補助金?|助成金?|交付金?|給付金?|委託|負担|貸付|融資|出資|支給|支払|"
                           r"経費|費用|総|合計|差|増|減|全体|当初|現|見込|投入|配分|お金|金|^分)$")  # (「柵に補助してる分の金額」)

# Words that name a kind of program or its money as a whole (the head of 「自転車の安全対策」「採用PRの
# 事業費」「採用PRの予算」): a phrase ending in one may be the user's own name for a linked 事業.
PROGRAM_KINDS = frozenset("対策 支援 推進 促進 振興 強化 対応 施策 取組 取り組み 事業 事業費 整備 確保 育成 啓発 "
                          "予算 決算 経費 費用".split())
# How a program pays out: 「防災ラジオとかの補助の事業」 names no program 補助 (県立高校遠距離通学費補助事業費).
AID_KINDS = frozenset("補助 助成 補助金 助成金 交付金 給付 委託".split())
# How a sheet words its aid inside a name (「トイレ改修補助」, 「トイレ改修支援事業」, 「…への助成」): the money given, and 支援,
# never what it is given for (給付 and 委託 are other kinds of program, not another wording of the same aid)
AID_WORDING = frozenset("補助 支援 助成 補助金 助成金 交付金".split())

# In which month it ran (「相談会って何月ごろにやってました」); 「いつごろ」「時期は」 are answered by
# fiscal years as well (「端末の入れ替えはいつごろ」: R7～R9年度), so they are not asked months.
WHEN_ASKED_Q = re.compile(r"何月(?:ごろ|頃|くらい|ぐらい|に|の)")

# Money split by 実施方法 (「委託・補助・直接の実施方法別に決算額を集計」「実施方法ごとの予算」).
MONEY_BY_METHOD_Q = re.compile(r"実施方法(?:別|ごと|毎|の内訳)[^。?？]{0,24}(?:決算|金額|予算|費用|お金|事業費|いくら)|"
                               r"(?:決算|金額|予算|費用|お金|事業費)[^。?？]{0,16}実施方法(?:別|ごと|毎)")

# Which ones, of a number the question quotes (「19市町村って、具体的にどこ」「４社ってどこの会社」「５か所って、どこの会場」):
# the names of that many things.
# 「オンラインで払えるようになった24の手続、旅券以外に何があるの」: which ones, of the kinds of thing counted.
NAMED_COUNT_Q = re.compile(r"(?P<n>\d+)\s*つ?の?(?P<unit>市町村|町村|市|町|村|か所|箇所|カ所|社|団体|校|館|軒|路線|系統|会場|店舗|施設|事業者|機関|大学|"
                           r"手続|種類|品目|項目|制度|テーマ|コース|講座|分野|地区|地点|件|警察署|署|病院|診療所|圏域|教室|クラブ|"
                           r"(?<=の)[ァ-ヶーA-Za-z]{2,6})"  # 「11のＤＭＯって、どこの法人」
                           r"(?:って|は|の|について|という(?:のは|の)?|(?:ある|あり)[^、。?？]{0,10}(?=[、,]))?[、,]?\s*(?:それぞれ|具体的に|実際に)?[^、。?？]{0,8}?(?:以外(?:は|に|で))?"
                           r"(?:どこ|どちら|どの(?!くらい|ぐらい|程度)|どんな|何という|なんていう|何が(?:ある|あり)|名前|名称)"
                           # (「目標の459件はどのような根拠で設定したのか」: how the figure was set, no names asked)
                           r"(?!(?:ような|よう)?(?:根拠|理由|考え方?|基準|背景|経緯|方法|判断|分析|見込み|算定|算出|設定|計算))")

# The form's own words for an indicator's row (目標 in 「目標を大きく超えた」): every indicator block says
# them, so they tell no sentence of a sheet apart from another.
FORM_WORDS = frozenset("目標 目標値 実績値 達成率 指標 成果指標".split())

# The form's words typed in hiragana by someone who writes Japanese as a second language or is unsure of the kanji
# (「2024年度けっさんは？」「事業のかだいは何ですか」「去年のよさん」).  Sudachi reads かだい as 過大 and よさん as
# nothing; the sheets' readings (query.kana_spelling) take only names' words from three kana, so these few are spelled
# here.  Left out: words with an everyday twin in kana (せいか 生活, ほうさく 豊作, いたく 痛く).
FORM_KANA = {
    "けっさんがく": "決算額", "けっさん": "決算", "よさんがく": "予算額", "よさん": "予算", "かだい": "課題",
    "もくひょう": "目標", "じっせき": "実績", "しひょう": "指標", "たっせい": "達成", "よういん": "要因",
    "げんいん": "原因", "りゆう": "理由", "じぎょう": "事業", "とりくみ": "取組", "げんじょう": "現状", "すいい": "推移",
    "かいぜん": "改善", "ひよう": "費用", "ほじょきん": "補助金", "ほじょ": "補助", "けんしゅう": "研修",
    "たいさく": "対策", "にんずう": "人数",
}

# Whether the cost table's rows hold the money asked about (「繰越とか補正とか入ってる？」「当初予算に含まれてる？」):
# a question about the table itself, answered by section 6 however its why is put.
COST_PARTS_ASKED_Q = re.compile(r"(?:繰越|繰り越|補正|当初|一般財源)(?:予算|分|額)?(?:とか|や|も|は|って|が)?[^。？?]{0,6}?"
                                r"(?:入って|入り|含ま|含んで|乗って|上乗せ)")

# A measure (視聴率, 離職率, 来場者数): a word no sheet uses that names a figure is what is asked, never how it is put.
MEASURE_WORD = re.compile(r"^(..+?)(?:率|者数|件数|人数|額)$")  # (group 1: what is measured, 視聴 of 視聴率)

# A figure named in the question (「成約件数と、来年度の対応は」): the figure is asked too, not only words.
FIGURE_NAMED_Q = re.compile(r"件数|人数|回数|者数|件|率|割合|金額|予算|決算|[一-龥ァ-ヶー]数(?:と|は|も|や|、)")

# The words before 「の事業」「の取組」 name the program asked about in the user's words (「児童養護施設の職員の
# 処遇改善の事業」): group 1 is that description, whose phrases are the subject, not a situation inside a program.
PROGRAM_NAMED_Q = re.compile(r"((?:[一-龥ァ-ヶーA-Za-z0-9・]+の)*[一-龥ァ-ヶーA-Za-z0-9・]+)の?(?:細事業|事業(?:費|(?![者所体主場]))|シート|取組|取り組み)")

# Compared with the nation or other prefectures (「全国平均と比べて高い？」「他県より進んでる？」): the sheet gives the
# prefecture's own figures; a comparison is stated only where a sentence of the subject names 全国 or other 県.
NATIONAL_COMPARISON = (
    re.compile(r"全国(?:の)?(?:平均|水準|順位|値)|全国(?:と|に)(?:比べ|くらべ|比較|比して)|全国より|全国の中で|全国的に(?:見て|みて)|全国で(?:何番|何位|上位|下位)|"
               r"(?:(?:他|ほか|よそ)の?(?:県|都道府県)|他県|近隣(?:の)?県)(?:と|より|に比べ|並み|の平均|平均)|国の平均"),
    # a comparison stated (全国平均, 全国で12位, 全国を上回る), not 全国 in a body's name (全国健康保険協会)
    re.compile(r"全国(?:平均|水準|順位|値|比|より|と比|並|的|で[0-9０-９第]|[をにと](?:上回|下回)|の(?:平均|水準|順位|値))|他県|都道府県|国平均"),
    "全国平均や他県との比較",
)

# The one unit a price is asked of (「苗木って1本いくら」: 本, group 1), to be told per that unit and no other.
ONE_UNIT_PRICED_Q = re.compile(r"[1１一]([^\sいっはでのにが0-9]{1,2}?)(?:あたり|当たり)?(?:って|は|で|の)?(?:いくら|何円)")

# 「長野の面接室と松本の面接室、それぞれ何件」: items named with one shared noun (AのX とBのX) and asked each.
EACH_OF_NO_Q = re.compile(r"(?P<first>[一-龥ァ-ヶーA-Za-z0-9]{1,8})の(?P<what>[一-龥ァ-ヶー]{1,8})"
                          r"(?P<rest>(?:[・と、,][一-龥ァ-ヶーA-Za-z0-9]{1,8}の(?P=what)){1,5})[、,]?\s*(?:それぞれ|別々|ごと|別に|個別に)")

# The price of one unit (「単価」「１台いくら」「登山道1区間直すのに平均どれくらい費用かかってる」): a figure of one
# program the sheet must state, never an average over the programs' money.  Per 事業 and per 職員 are no unit
# price: 「1事業あたりの平均」「職員1人あたりの決算額」 are computed over the sheets (analytics).
# (「1人あたりにするといくら」: a figure to work out from the sheet's total and count, both of which it answers with)
# (積算単価・労務単価 are the standard prices works are estimated at, a subject of their own: 「積算単価を毎月改定」)
_PER = r"(?<!事業)(?<!職員1人)(?<!職員一人)(?<!職員)(?:あたり|当たり)(?!に(?:すると|したら|直すと|換算))"
UNIT_PRICE_Q = re.compile(r"(?<!積算)(?<!労務)(?<!設計)(?<!取引)単価|" + _PER + r".{0,8}(?:いくら|金額|費用|何円|円|額|値段|代金)|(?<![0-9０-９,，.])(?:キロ|kg|グラム|個|箱|パック|ケース|リットル|ℓ)(?:あたり|当たり)?(?:で)?(?:いくら|何円)|(?:[1１一]日|日額)(?:あたり|当たり)?(?:で|に)?(?:いくら|何円)|"
                          r"(?<![0-9０-９,，.])[1１一](?:枚|台|基|機|隻|両|個|本|棟|戸|橋|頭|匹|羽|か所|箇所|キロ|kg|トン|リットル|件|部|冊|食|袋|泊|通|組|セット|区画|ヘクタール|ha(?![a-z]))(?:って|は|で|の|あたり|当たり)?(?:いくら(?!まで)|何円|の(?:値段|費用|金額))|"
                          r"(?<![0-9０-９,，.])[1１一](?:区間|路線|基|橋|棟|戸|か所|箇所|台|件)[^。？?]{0,14}?(?:費用|お金|コスト)(?:が|は|って)?(?:かか|いくら|どれ)|"
                          # 「信号制御機1基更新するのにいくらかかる」: what one costs, however the work is said
                          r"(?<![0-9０-９,，.])[1１一](?:区間|路線|基|橋|棟|戸|か所|箇所|台|件|枚|個|本|部|冊|回|機|km|キロ|メートル|m(?![A-Za-z])|ha|頭|匹|羽|組|地区|地点|校|施設)[^。？?]{0,10}?(?:のに|には|で作|と|たら)[、,]?(?:だいたい|大体|平均|ざっくり|ざっと|およそ)?"
                          r"(?:いくら|何円|どれ(?:くらい|ぐらい)(?:の費用|のお金|かか))|"
                          + _PER + r"の[^、。?？]{0,6}費")

# Why the program is there at all (「そもそも県が紙おむつを問題視している背景」): its 現状と課題, however strongly an indicator is linked.
ORIGIN_Q = re.compile(r"背景|きっかけ|そもそも(?:なぜ|なんで|どうして)|(?:始め|始ま|乗り出|立ち上げ)[^。？?]{0,6}(?:理由|わけ|訳)")

# A figure said to have moved (「R5に待ちが延びちゃった」「ガクッと減った」): a why about it asks the 要因分析, however
# its 背景 is worded, not the program's 現状.
MOVED_Q = re.compile(r"推移|変わ|変化|増え|減っ|下が|上が|回復|戻っ|持ち直|伸び|延び|縮ん|ガクッ|急に")

# How many there are in all (「県内の信号機って全部で何基くらいあるの」「そもそも県内に何か所ある」): the stock the
# program works on, told in its 現状, not what one year's 取組 counted.
STOCK_Q = re.compile(r"(?:県内|全県|全体|全部で|そもそも)[^。？?]{0,24}?(?:何(?:基|か所|箇所|台|本|校|施設|団体|店|戸|世帯|橋|路線|地域|km|キロ)|いくつ)"
                     r"[^。？?]{0,6}?(?:ある|あっ|あり)")

# More kinds a figure is broken down by, beside vocabulary.BY_KIND_Q (「周遊バス、9路線それぞれの決算額を路線別に」): the
# sheet gives the whole (９路線, the 細事業's 決算額); a breakdown must be written next to a number.
BY_PART_Q = re.compile(r"(?P<kind>路線|系統|会場|便|コース|拠点|窓口)(?:別|ごと)")
# Any kind a breakdown is asked by, said as a condition (「署ごとだと何人ずつ」「国籍でいうとどこの人が多い」): the
# year and the form's own rows (細事業ごと, 指標別) aside, which every sheet gives.
BY_ANY_Q = re.compile(r"(?P<kind>[一-龥ァ-ヶー]{1,5}?)(?:ごと|別)(?:だと|では|で見ると|に見ると|にすると|に分けると|で分けると|の内訳)|"
                      r"(?P<kind2>[一-龥]{2,4})で(?:いうと|言うと|見ると|みると|分けると|分けたら)")
FORM_KINDS = frozenset({"年度", "年", "年次", "毎年", "細事業", "事業", "指標", "取組", "項目", "予算", "決算", "費目",
                        "数字", "数値", "一言", "簡単", "金額", "割合", "比率", "人数", "件数", "全体", "結果", "目標", "西暦", "和暦", "元号",
                        # (a change between years, 「年間の増分で見ると」: the figures of each year, no breakdown)
                        "増分", "伸び", "増減", "前年比", "伸び率", "増加率", "減少率",
                        # (a cumulative indicator read per year, 「累計だと分かりにくいので、単年度で見ると」: the yearly steps)
                        "単年度", "単年", "各年度", "年ごと", "年度ごと"})

# Kinds asked as which topics were many (「どんな内容が多かった」): a sentence naming the many ones answers, with no count.
TOPIC_KINDS = frozenset({"内容", "テーマ", "分野", "話題", "相談内容", "質問"})

# A cost-table column asked per 細事業 (「一般財源を細事業ごとに分けると」): a 細事業 row gives its 決算額 only.
DETAIL_COLUMN_Q = re.compile(r"(?:一般財源|当初予算|補正予算|補正額|予算現額|前年度繰越|繰越額?|職員数)[^。？?]{0,16}細事業(?:ごと|別|に分け|単位|それぞれ)|"
                             r"細事業(?:ごと|別)の(?:一般財源|当初予算|補正|予算現額|繰越|職員数)")

# Attributes sheets rarely state, beside vocabulary.ATTRIBUTES (asked, evidence, label): 「貸付って何年で返す？」 needs the term.
# The words of pay for a person's time or work (謝金, 日当…): the price the sheet prints for a visit or a day, asked
# of as a price (「専門家派遣の謝金は1回いくら」), never a sum spent on a 取組.
PAY = r"日当|謝礼|謝金|報酬"
PAY_Q = re.compile(PAY)

MORE_ATTRIBUTES = [
    # which towns or areas by name (「4つの圏域って、どこでしたっけ」「どこの町でやった」): a list of places (佐久・上田・諏訪, 阿智村と小川村)
    (re.compile(r"(?:どこの|(?<![ほな])どの)(?:町|市|村|圏域)(?!町村|村)|圏域(?:は|って|が)[、,]?\s*(?:具体的に)?(?:どこ|どちら)(?!で(?!した|す))"),
     re.compile(r"(?:[一-龥]{1,4}(?:市|町|村)[、・と]){1,}[一-龥]{1,4}(?:市|町|村)|(?:[一-龥]{2,4}・){2,}[一-龥]{2,4}"), "個別の名称"),
    # a cap per unit (「1泊いくらまで」): told by a 上限 or a unit price printed beside it
    (re.compile(r"(?<![0-9０-９,，.])[1１一](?:枚|台|基|件|泊|人|回|日|園|戸|路線|か所|箇所|組|団体|事業所)(?:あたり|当たり)?(?:って|は|で|の)?いくらまで"),
     re.compile(r"上限[^。\n]{0,4}[0-9]|限度額|単価[^。、]{0,12}[0-9]|(?:あたり|当たり)[^。\n]{0,12}[0-9]"), "1件あたりの上限額（単価）"),
    # how many a place or an event can take (「居場所、１か所あたり何人まで受け入れられる」「定員は」): a 定員 or a cap told
    (re.compile(r"何人まで(?:受け?入|入れ|利用|泊ま|参加|入所|入居|登録|申し込)|(?:[1１一])(?:か所|箇所|施設|回|日|部屋)(?:あたり|当たり)"
                r"[^。？?]{0,6}何人|定員(?:は|って)[、,]?\s*(?:何人|いくつ|どれ|[。?？]|$)"),
     re.compile(r"定員[^。\n]{0,8}[0-9]|[0-9]+\s*(?:人|名)(?:の)?定員|[0-9]+\s*(?:人|名)まで|最大[0-9]|(?:1|一)(?:か所|箇所|施設|回|日)(?:あたり|当たり)[^。\n]{0,8}[0-9]+\s*(?:人|名)"),
     "定員（受け入れられる人数）"),
    # what a tenant or a user pays (「お試し入居の家賃っていくらくらいに設定する予定」): an amount beside the word
    (re.compile(r"(?:家賃|賃料)[^。？?]{0,10}(?:いくら|何円|どれ(?:くらい|ぐらい)|金額)"),
     re.compile(r"(?:家賃|賃料)[^。\n]{0,16}[0-9][0-9,]*\s*(?:円|千円|万円)|[0-9][0-9,]*\s*(?:円|千円|万円)[^。\n]{0,8}(?:家賃|賃料)"),
     "家賃・賃料の額"),
    # a number to call (「相談電話って何番にかければいい」): a telephone number or a short code printed
    (re.compile(r"何番(?:に|へ|で)?(?:かけ|電話|連絡)|電話番号(?:は|って|を)?"),
     re.compile(r"[0-9]{2,4}\s*[-ー－]\s*[0-9]{2,4}\s*[-ー－]\s*[0-9]{3,4}|[#＃][0-9]{3,4}|[0-9]{3,4}番|フリーダイヤル|ダイヤル"), "電話番号"),
    # what a thing is called (「警察が作った動画って、なんていうタイトル」): its title quoted on the sheet
    (re.compile(r"(?:なんて|何て|なんという|何という)(?:いう)?(?:タイトル|題名|名前)|(?:タイトル|題名)(?:は|って)"),
     re.compile(r"(?:動画|冊子|パンフレット|ポスター|リーフレット|番組|チラシ|漫画|マンガ|ガイド|ブック)「[^」]{2,}」|「[^」]{2,}」(?:という|と題)"),
     "名称・タイトル"),
    # the names of the members or people counted (「合併協議会に入っている３組合の名称は」「アドバイザーの14人って、名前の一覧とか
    # あるの」; not 「応援登録名簿って、今何人くらい」, a count): told only where the sheet lists them by name
    # (「○○森林組合・△△森林組合」「（公社）長野県宅地建物取引業協会」)
    # (「指導した業者の名前を教えて」「消防本部、全部の名前を」: the names asked outright)
    (re.compile(r"[0-9０-９]+\s*(?:組合|社|団体|法人|人|名|者|校|施設|事業者|市町村)[^。？?]{0,4}(?:の)?(?:名称|名前)|(?:名前|名称|氏名)の一覧|名簿(?:は|って|を|とか)(?![^。？?]{0,12}(?:何人|何名|何件|いくつ|どれ|どの))"
                r"|(?:業者|会社|事業者|企業|本部|店|店舗)の(?:名前|名称)(?:を|は|って|が)|全部の名前"
                # (「相談員さんのお名前を教えて」「講師の方の氏名は」: the people's names)
                r"|(?:相談員|講師|委員|担当者|職員|アドバイザー|専門家|支援員|指導員)(?:さん|の方)?の(?:お)?(?:名前|氏名)"),
     re.compile(r"(?:[一-龥ァ-ヶー]{2,14}(?:組合|協会|会社|法人|連合会|センター|大学|病院|協議会)[、・と]){1,}[一-龥ァ-ヶー]{2,14}(?:組合|協会|会社|法人|連合会|センター|大学|病院|協議会)|「[^」]{2,}」|[(（][一-龥]{1,3}[)）][一-龥ァ-ヶー]{3,}"),
     "個別の名称"),
    # what someone is paid for a job (「闇バイトって、だいたいいくらもらえる」「相場ってどれくらい」)
    (re.compile(r"(?:いくら|何円)(?:くらい|ぐらい|ほど)?もらえ|相場"),
     re.compile(r"報酬|日当|時給|[0-9][0-9,]*\s*(?:円|万円)[^。\n]{0,8}(?:もらえ|支払|受け取)"), "報酬の額"),
    (re.compile(r"何年(?:で|かけて|以内に?|後に?)?(?:返|償還)|返済期間|償還期間|据置期間|返済条件|償還年限|返済の期間"),
     re.compile(r"償還期間|返済期間|据置|(?:[0-9]+|[一二三四五六七八九十]+)年(?:以内|間)?(?:で|の)?(?:償還|返済)"), "返済（償還）の期間"),
    # the nation's figure itself (「全国平均って何％」): a sheet that says 全国平均を下回っている does not give it
    (re.compile(r"全国(?:平均|の平均|値)(?:って|は|が|の値)?[、,]?\s*(?:何[%％]|何パーセント|何位|いくつ|いくら|何割)"),
     re.compile(r"全国(?:平均|値)?[^。\n]{0,12}[0-9]+(?:\.[0-9]+)?\s*(?:%|％|位|ポイント|割)"), "全国平均の数値"),
    # what a 認証 or a subsidy is granted on (「シニア活躍企業の認証って、どういう基準で決めてるの」)
    (re.compile(r"(?:認証|認定|選定|採択|補助|助成|支給|交付|貸付)[^。？?]{0,12}?(?:どういう|どんな|どのような|何の)?(?:基準|要件)"
                r"(?:で|は|って|を|が)"),
     re.compile(r"基準|要件|条件を満た|を満たす"), "認証・認定の基準"),
    # who may have it (「MICE助成の対象条件、何人以上？」): told by a threshold too, 県外からの参加者が50人以上で
    (re.compile(r"(?:補助|助成|支給|交付|貸付)[^。？?]{0,12}?(?:対象条件|条件)(?:で|は|って|を|が|なん)"),
     re.compile(r"基準|要件|条件を満た|を満たす|[0-9]\s*(?:人|名|泊|件|年|歳|日|時間|か月|ヶ月|ha|万円|%|％)以上"), "補助・助成の対象条件"),
    (DETAIL_COLUMN_Q, re.compile(r"(?!)"), "細事業ごとの一般財源・予算額（細事業は決算額だけ）"),
    # what a participant pays (「検診って受ける人の自己負担いくら」)
    (re.compile(r"自己負担(?:額|金)?(?:は|って|が)?[、,]?\s*(?:いくら|何円|どれ(?:くらい|ぐらい)|どの(?:くらい|ぐらい)|ある)"),
     re.compile(r"自己負担[^。\n]{0,12}(?:[0-9]+\s*円|無料|なし|不要)|無料|(?:半額|全額|[0-9]割|分の[0-9一二三])[^。\n]{0,4}(?:を)?(?:助成|補助|負担)"),
     "利用者の自己負担額"),
    # how much is paid (「通訳人の謝金って1時間いくら」): a sentence with the amount (「１回当たり謝金25千円」), not one that only
    # names the 謝金
    (re.compile(r"(?:" + PAY + r"|時給|給料|賃金)[^。？?]{0,10}(?:いくら|何円)"),
     re.compile(r"(?:" + PAY + r"|時給|給料|賃金)[^。\n]{0,16}[0-9０-９][0-9０-９,，]*\s*(?:千|万)?円|[0-9０-９][0-9０-９,，]*\s*(?:千|万)?円[^。\n]{0,8}(?:" + PAY + r")"),
     "謝金・報酬の額"),
    # pay to those taking part (「おためし就業の参加者って、日当とか謝礼もらえるの」; 「手当てする」 is a remedy, not pay)
    (re.compile(r"(?:" + PAY + r"|手当(?!て)|時給|給料|賃金)[^。？?]{0,10}(?:もらえ|出る|出ます|支給|払わ|支払|ある|あり|いくら)"),
     re.compile(PAY + r"|手当|時給|給料|賃金"), "参加者への日当・謝礼"),
    # where people came from (「県外から来た23人って、どこの都道府県から」): a sentence that names the places they came from
    (re.compile(r"(?:どこの|どの|何県の?|どちらの)(?:都道府県|県|国|地域|市町村|圏域)(?:の[一-龥]{1,6})?から"),
     re.compile(r"(?:[一-龥]{1,3}(?:都|道|府|県)|東京|大阪|名古屋|首都圏|関西|中京)(?:など|・[一-龥]{1,3})*(?:から|出身)|"
                r"(?:台湾|韓国|中国|香港|タイ|ベトナム|シンガポール|マレーシア|インドネシア|フィリピン|インド|オーストラリア|豪州|アメリカ|米国|カナダ|イギリス|英国|フランス|ドイツ|欧米|欧州)(?:・|、|など|の)"),
     "出身地（どこから来たか）の内訳"),
    # money coming in (「放置違反金って年間で総額いくら入ってきてる」): the sheets report what a program spends; what the
    # prefecture takes in is told only by a sentence with the sum received
    # (money of a kind the prefecture takes in, not 「一般財源どれくらい入ってる」, the program's own funding)
    (re.compile(r"(?:違反金|反則金|罰金|使用料|手数料|利用料|入場料|料金|寄付|寄附|納付金|負担金)[^。？?]{0,12}"
                r"(?:いくら|何円|総額|どれ(?:くらい|ぐらい|だけ))[^。？?]{0,6}(?:入って(?:き)?(?:て)?(?:る|い|た|くる)|収入に|歳入に)|"
                r"(?:収入|歳入|収納額|納付額|売上|売り上げ)(?:は|って|が|の額)?[、,]?\s*(?:いくら|何円|どれ(?:くらい|ぐらい|だけ))"),
     re.compile(r"(?:収入|歳入|収納額|納付額|納付され|売上|売り上げ|売却益)[^。\n]{0,16}[0-9０-９][0-9０-９,，.]*\s*(?:千|万|億)?円|"
                r"[0-9０-９][0-9０-９,，.]*\s*(?:千|万|億)?円[^。\n]{0,8}(?:の)?(?:収入|歳入|収納され|納付され|売上)"),
     "収入（県に入ってくる金額）"),
    # which school by name (「最優秀賞をとったのって、何高校」「どこの学校でやったの」): a school named on the sheet
    # (松本深志高校, ○○小学校), not 「飯田市の高校のチーム」 nor 県立高校
    (re.compile(r"何(?:高校|高等学校|中学|小学校)|(?:どこの|どの)(?:高校|高等学校|中学校?|小学校|学校)(?:が|で|の|なん|です|か|[?？])|学校名"),
     re.compile(r"(?<![一-龥ァ-ヶー])(?!県立|市立|町立|村立|私立|公立|国立|全|各|一部|多く|特別支援学校)[一-龥ァ-ヶー]{2,10}?"
                r"(?:高等学校|高校|中学校|小学校|養護学校|支援学校|学園)(?!生)"),
     "学校名"),
    # what was planted (「植栽した126haには、何の木を植えたんですか」): a sentence that names the kinds planted
    (re.compile(r"(?:何の|どんな|どの|どういう)(?:木|樹種|苗|苗木)(?:を|が)?[^。？?]{0,4}植|樹種(?:は|って|を)"),
     re.compile(r"樹種|(?:スギ|ヒノキ|カラマツ|アカマツ|広葉樹|針葉樹|ケヤキ|ナラ|ブナ|サクラ|クヌギ|コナラ)[^。\n]{0,24}(?:植|苗)|"
                r"(?:植|苗)[^。\n]{0,24}(?:スギ|ヒノキ|カラマツ|アカマツ|広葉樹|針葉樹|ケヤキ|ナラ|ブナ|サクラ|クヌギ|コナラ)"),
     "植えた樹種"),
    # the ages of the people counted (「検挙された人の年代って分かりますか」「参加者の年齢層は」): told by age
    (re.compile(r"(?:人|者|方|生徒|参加者|利用者)の(?:年代|年齢層|年齢)(?:って|は|を|が|別|ごと|[、,])"),
     re.compile(r"[0-9０-９]+\s*(?:歳|代)|年代別|年齢別|年齢層|高齢者|若者|若年"), "年代の内訳"),
    # accidents in the work (「作業中に、事故ってどれくらい起きてる」): a sentence that counts them
    (re.compile(r"事故(?:って|は|が)?[^。？?]{0,6}(?:どれ(?:くらい|ぐらい)|何件|何回|いくつ)[^。？?]{0,6}(?:起き|起こ|あ|発生)"),
     re.compile(r"事故[^。\n]{0,20}[0-9０-９]|[0-9０-９]+\s*件の[^。\n]{0,6}事故|労働災害|労災"), "事故の件数"),
    # a web page's address (「不用品処分ナビってどうやって見るのか、ホームページのアドレスを教えて」): a URL printed
    (re.compile(r"(?:ホームページ|HP|ウェブサイト|サイト|ページ)の?(?:アドレス|URL)|URL", re.I),
     re.compile(r"https?://|www\.|\.(?:jp|com|net|org)(?:/|\b)"), "ホームページのアドレス（URL）"),
    # who taught (「接遇研修の講師ってどんな人が来てたの」): a sentence that names the 講師
    (re.compile(r"講師(?:って|は|に|の方)?[^。？?]{0,8}(?:どんな|誰|だれ|どなた|どういう|どこの)|(?:誰|だれ|どなた)が講師"),
     re.compile(r"講師|を招い|招へい|招聘"), "講師"),
]

# Everyday words for the sheets' terms, beside vocabulary.SYNONYMS: people by age (「補導のボランティアさんって年配の方
# ばっかり」: the sheet says 平均年齢が65歳を超えて), the loanwords said for an official term (ジェネリック: 後発医薬品).
EVERYDAY_TERMS: dict[str, tuple[str, ...]] = {
    "年配": ("高齢", "年齢", "高齢化", "高齢者"), "年寄り": ("高齢者", "高齢", "年齢"), "シニア": ("高齢者", "高齢", "年齢"),
    "ジェネリック": ("後発医薬品", "後発"), "フードロス": ("食品ロス",),
    # the official word for an everyday one
    "山火事": ("林野火災",), "獣害": ("鳥獣被害", "鳥獣"), "回収": ("収納", "返還", "徴収"), "夜道": ("夜間",), "道具": ("資機材", "用具"), "寮": ("寄宿舎",), "入試": ("入学者選抜", "選抜"),
    "暑さ": ("高温", "暑熱"), "入館": ("来館",), "ネット": ("インターネット", "net"), "cpr": ("心肺蘇生",), "手入れ": ("整備", "管理"), "森": ("森林",), "買い手": ("購入",),
    "バイスタンダー": ("居合わせた", "市民による"), "ドナー": ("臓器提供", "提供者"), "先生": ("教員", "教師", "教職員", "医師"), "寮生": ("寄宿舎", "入舎"),
    # the two words of public money given toward a cost (「バス代の補助」: the sheet's 借上げ費用を助成)
    "補助": ("助成",), "助成": ("補助",),
    # the beginner's course (入門: the sheet's はじめて講座), the air conditioner (空調), a complaint (苦情)
    "入門": ("はじめて", "初心者", "初級", "基礎"), "初心者": ("はじめて", "入門", "初級"),
    # what residents call a program's work and places (草刈り: 除草, 託児所・無認可: 認可外保育施設)
    "草刈り": ("除草", "草刈"), "草刈": ("除草",), "県道": ("県管理道路", "県管理"),
    "端っこ": ("路肩",), "脇": ("路肩", "沿道"), "昼寝": ("午睡",), "無認可": ("認可外",), "託児所": ("認可外保育施設", "保育施設", "保育所"), "保育所": ("保育施設",),
    "抜き打ち": ("予告なし", "予告なく", "無通告"), "自前": ("公設", "自ら", "直営"), "風俗店": ("風俗営業所", "風俗営業"),
    "エアコン": ("空調", "空調設備", "冷房"), "クーラー": ("空調", "冷房", "空調設備"), "文句": ("苦情", "相談"), "クレーム": ("苦情",),
    "残業": ("時間外", "時間外勤務", "超過勤務"), "残業時間": ("時間外", "時間外在校等時間", "時間外勤務"), "田舎": ("中山間", "中山間地域", "郡部", "過疎"),
    "大家": ("家主", "賃貸人", "貸主"), "泥棒": ("盗難", "窃盗", "侵入盗"), "見回り": ("パトロール", "巡回", "見守り", "警戒"),
    "畑": ("農地", "圃場", "農作物"), "近所": ("地域", "周辺", "近隣"), "果物": ("果樹", "果実", "農作物"), "申し込み": ("申請", "応募", "申込"), "残土": ("発生土", "建設発生土"),
    "勉強会": ("研修", "研修会", "講習会", "学習会"), "勉強": ("研修", "学習", "講習"),
    # a measure in plain words (「湿原の広さ」: the sheet's 面積), and plain work words
    "新人": ("新規採用", "新採", "新任", "若手", "新入社員"), "社長": ("経営者", "代表者", "事業主"), "広さ": ("面積",), "重さ": ("重量",), "長さ": ("延長", "距離"), "掃除": ("清掃",),
    "親": ("保護者",), "ほったらかし": ("放置",), "距離": ("延長",), "人手": ("担い手", "人員", "労働", "人材"), "食べ物": ("食品", "食材"),
    "読む": ("読書",),  # 「高校生にもっと本読ませる」: the sheets' 読書
    "辞める": ("離職", "退職"), "植え替え": ("改植",), "植え替える": ("改植",),
    "田圃": ("水田", "水稲", "圃場", "ほ場"), "掠れる": ("摩耗",),  # 田んぼ, 白線がかすれてる
    "種籾": ("種子",), "種": ("種子",),  # 「種もみ」「麦の種」
    "英語": ("外国語",), "休み": ("休暇", "年次休暇"), "タイミング": ("適期", "時期"), "犯人": ("被疑者", "容疑者"), "逮捕": ("検挙",),
    "映像": ("画像", "動画"), "使い方": ("利用", "活用", "操作", "機能"),
    # a young person's words for the sheets' (「電車とかバス」: 鉄道・路線バス; 「漏水のお知らせ」: 漏水の疑いの通知; 「3D地図」: ３Ｄ都市モデル)
    "電車": ("鉄道", "列車", "公共交通"), "使い道": ("用途", "使途", "利用", "活用"), "売れ行き": ("販売", "売上"), "お知らせ": ("通知", "案内", "周知", "文書"), "地図": ("マップ", "モデル", "地形図"),
    "病気": ("病", "疾病"),
    # a shopkeeper's, a student's and a resident's words for the sheets' (「本屋」: 書店; 「成績」: an indicator's 実績;
    # 「橋の修繕」: 橋梁; 「おまわりさん」: 警察官; 「入店を断られた」: 同伴拒否)
    "住む": ("居住", "定住", "転居"),  # 「町なかに住んでる人の数」: the sheets' 居住人口
    "本屋": ("書店",), "成績": ("実績", "達成", "目標"), "パート": ("短時間", "パートタイム"),
    "橋": ("橋梁",), "御巡り": ("警察官", "地域警察官", "警察"), "入店": ("同伴", "入店拒否"),
    # loanwords said for the sheets' terms, typed in kana too (すまほ, ぷろぱん: query.kana_spelling)
    "スマホ": ("スマートフォン",), "プロパン": ("ＬＰガス", "ＬＰ"), "プロパンガス": ("ＬＰガス", "ＬＰ"),
    # a consultant's katakana for the sheets' words (リプレース: 更新, サンプル: 検体, インシデント: 発生件数)
    "リプレース": ("更新",), "レーテンシー": ("時間", "短縮"), "スタッフ": ("職員", "専門員", "人員", "配置"), "サンプル": ("検体", "試料"),
    "フィード": ("送信", "提供"), "ストック": ("累計",), "インシデント": ("発生件数", "事故", "件数"), "トレーニング": ("訓練", "研修"),
    "ボンベ": ("容器", "ガス容器"), "一酸化炭素": ("ＣＯ",), "食堂": ("飲食店",),
    "ソーラー": ("太陽光",),  # 「合同庁舎のソーラー」
    "旅館": ("宿泊",), "ホテル": ("宿泊",),  # 「旅館の働き方改革」: the sheets' 宿泊事業者
    "風呂": ("浴場", "入浴", "浴槽"), "川": ("河川",), "面倒": ("負担", "煩雑", "手間"),  # 「旅館の風呂」「手続きが面倒」
    "バイク": ("二輪車", "二輪", "オートバイ"), "爆音": ("騒音",), "暴走族": ("暴走行為",), "機械": ("機器",),  # 「爆音車」「暴走族対策」「遠隔授業の機械」
    "捨て方": ("排出", "出し方"), "借りる": ("レンタル", "リース"), "業界": ("産業", "業者", "事業者"),  # 「林業の機械を借りる補助」: the sheet's レンタル補助
    "kpi": ("指標", "成果指標", "目標"), "バジェット": ("予算",), "アクション": ("取組", "方策", "対策"),
    # 「どんなプレーヤーが採択された」: the sheets' 事業者, 企業
    "プレーヤー": ("事業者", "企業"), "プレイヤー": ("事業者", "企業"),
    # people counted by their everyday names (「フェスのお客さん」: 来場者数; 「メンタル不調で休職」: 精神疾患), each synonym one
    # word (来場者 would add its 者: a piece every sheet has)
    "客": ("来場", "観客", "入場", "来館", "利用者"), "メンタル": ("精神", "メンタルヘルス"), "不調": ("疾患",),
    # clipped loanwords (「バイトアプリ」: 農業アルバイトアプリ)
    "バイト": ("アルバイト",), "フェス": ("フェスティバル",),
    # 「おうちで使われた」「雪国だと除雪の邪魔」「スピードがらみの要望」
    "お家": ("家庭", "自宅"), "雪国": ("積雪", "降雪", "豪雪"), "邪魔": ("支障", "妨げ"), "スピード": ("速度",),
    "終わる": ("完了",),  # 「何割くらい終わってる」: 撤去完了率
    # 「支払遅れ」「フェスティバルの人出」「どの年代」「亡くなった人」「マップの反響」
    "遅れ": ("遅延",), "人出": ("来場", "入場", "参加"), "年代": ("歳代", "年齢"), "亡くなる": ("死者", "死亡"), "死亡": ("死者",),
    "反響": ("閲覧", "反応", "アクセス"),
    # a bus's or train's riders, its loss made good, help after the event: the sheets' 利用・輸送, 欠損・補助, 支援
    "乗客": ("利用", "輸送", "乗車"), "赤字": ("欠損", "運行欠損"), "補填": ("補助", "助成"), "フォロー": ("支援", "サポート"),
    # someone new to the prefecture's programs (「太陽光の業者向けの講習会」「町村役場の採用試験」「パネルのルール」「職員集め」)
    "業者": ("事業者",), "役場": ("市町村", "町村"), "市役所": ("市町村", "市"), "村役場": ("町村", "市町村"), "町役場": ("町村", "市町村"), "ルール": ("条例", "規則", "基準", "要綱", "ガイドライン"),
    # a liaison officer's words (「移住や仕事探しのセミナー」「売り先に困ってる」): the sheets' 就業, 販路
    "仕事探し": ("就業", "就職", "求職"), "売り先": ("販路", "販売先", "出荷先"),
    # a director's shorthand (「天ぷら油の回収」, Sudachi's 天麩羅 + 油; 「廃油のキャンペーン」「発電機の補助」「総合計画のゴール」): the sheets'
    # 廃食用油, 発電設備, 目標
    "天麩羅": ("廃食用油", "食用油"), "廃油": ("廃食用油",), "発電機": ("発電設備", "自家発電"), "ゴール": ("目標", "目標値"),
    "撤去": ("除却",), "持ち主": ("所有者",), "チェック": ("確認", "点検", "検査"),  # 「撤去の補助」「源泉の持ち主」「アルコールチェック」: 除却, 所有者, 確認
    "運転手": ("ドライバー",), "集め": ("確保", "募集"), "専門職": ("技術職",), "パネル": ("設備", "太陽光発電"),
    # front-line staff's words (「働いてるママさんたち」「台風19号のときのVCの反省」)
    "ママ": ("母親", "保護者", "子育て", "女性"), "反省": ("課題", "教訓"),
    # a pupil's words (「県の車のエコカー」「募集に注意したり消してもらったり」)
    "エコカー": ("次世代自動車", "電動車", "低公害車"), "アーティスト": ("芸術家", "作家"), "消す": ("削除",), "注意": ("警告",),
    # pay as people say it (「支援員の給料が安いから」: the sheet's 報酬が月額20万円)
    # (not 賃金 nor 給与: 「賃上げした会社で何人の給料が上がった」 asks a count the 賃上げ sheet does not give)
    "給料": ("報酬",),
    # who takes a post on (「調査員のなり手が減ってる」): the sheets' 担い手
    "なり手": ("担い手",),
    # an intern's evaluation jargon (「YoYでどれくらい伸びた」「何世帯カバーできた」): the sheets' 前年度, 解消 (ターゲット: text.english)
    "yoy": ("前年度", "前年比", "前年度比"), "カバー": ("解消", "対象", "範囲"),
    "雪": ("冬期", "積雪", "降雪"),  # 「雪の時期に通えなくなる人」「雪の多いとこだと白線が」: the sheets' 冬期, 積雪
    # a parent's words for what the program made or runs (「税のビデオ」「中古チェックの冊子」「ごみ処理場」): the sheets' 動画,
    # ガイドブック, リユース, 処理施設
    "ビデオ": ("動画", "映像", "ＤＶＤ"), "冊子": ("ガイドブック", "パンフレット", "リーフレット", "ハンドブック", "手引き"),
    "中古": ("リユース", "おさがり", "再使用"), "処理場": ("処理施設",),
    "キャパ": ("受入れ", "受け入れ", "定員"), "朝一": ("朝", "始業"), "試し": ("試行", "実証", "試験"), "医者": ("医師",), "蜜蜂": ("蜂", "蜂群", "養蜂"), "蜂": ("養蜂", "蜂群"),  # 腐蛆病, 赤かび病; ミツバチ (Sudachi's 蜜蜂): 飼養蜂群数  # 「英語教育の事業」 is the 外国語教育 sheet; 「休み取れてる」: 年次休暇
}


def bukyoku_forms(name: str) -> tuple[str, ...]:
    """How a 部局 is written in a question: whole; its stem with 部 (教育部 of 教育委員会); 警察本部 also as
    警察 (「警察の…事業」).  A stem alone (健康福祉) is a field of work, not the 部局."""
    n = nfkc(name)
    short, head = re.sub(r"部$|局$|委員会$", "", n), re.sub(r"本部$", "", n)
    forms = [n] + ([short + "部"] if len(short) >= 2 else []) + ([head] if head != n and len(head) >= 2 else []) \
        + (["県警"] if n == "警察本部" else [])  # (「県警のドローン」)
    return tuple(dict.fromkeys(forms))


# Why a thing does not happen (「堆肥ってなんで農家さんに使われないんだろう」): the 課題 (or 現状) that says what holds it back.
# (「自治会が防犯カメラをつけたがらない」: not wanted, the same 課題)
NOT_HAPPENING_Q = re.compile(r"(?:使われ|利用され|広がら|広まら|普及し|進ま|定着し|活用され)(?:ない|てない|ていない|ず)|[ぁ-ん]たがらな(?:い|く)")

# One indicator's status as the user states it (query.status_link): 「目標超えた」「目標クリア」 / 「目標に届かなかった」「未達」.
REACHED_Q = re.compile(r"目標(?:値)?(?:を|は)?(?:超え|越え|上回|クリア|達成|突破)")
MISSED_Q = re.compile(r"目標(?:値)?(?:に|まで|を|には)?(?:届か|届いてな|下回|未達)|未達")
# The structured lists across sheets (ask.cross): indicators by status or 推移, 取組 by 実施方法, 補正 cut.
CROSS_PATTERNS = [
    ("near_met", re.compile(r"(?:概ね|おおむね)達成")),  # (before 達成, whose words it holds)
    ("unmet", re.compile(r"未達成|達成できな|達成していな|達成しなかった|下回った指標|届かなかった")),
    ("met", re.compile(r"達成した指標|達成している指標|目標を達成した|達成できた")),
    ("worse", re.compile(r"悪化|下がった指標|減少した指標|↘")),
    ("method", re.compile(r"補助|委託(?![料費])|直接|貸付")),  # 委託料 is an expense, not a 実施方法
    ("neg_supp", re.compile(r"補正予算.*(マイナス|減額|減|△|負)|(マイナス|減額).*補正")),
]


# Whether a program does or has a thing (ask.existence).
# The question ends by asking whether the thing exists or is done (「あるの？」「やってます？」「対象になる？」
# 「載ってる？」「出してもらえる？」).  Not 「どうなってる？」 nor 「何人いる？」: those ask how much or how.
EXISTS_Q = re.compile(
    r"(?:ある|あります|あるん|やってる|やってます|やっている|やっています|やってん|入ってる|入ってます|入っている|入っています|含まれてる|含まれてます|含まれている|含まれています|含まれる|含まれます|対象になる"
    r"|対象になります|対象に入る|出てる|出ています|(?:(?<=[助成金])|(?<=[助成金][はもが]))出(?:る|ます)|載ってる|載っています|書いてある|書いてる|もらえる|もらえます|できる|できます"
    # (「AIで判定とかしてんの？」「その補助、この事業で出してるんですか？」: what is done, asked yes or no; not 「何をしてるの」
    # nor 「どう推移してますか」, ``NOT_A_THING_Q``)
    r"|してる|してます|している|しています|してん|出してる|出してます|出している|出しています)"
    # (「補助出るの？」「県の補助は出ますか」: a subsidy given at all; not 「何割くらい出るんですか」, how much)
    r"(?:の|ん|んだ|んです|のです|んでしょう|のでしょう|です|でしょう)?(?:か|っけ|かな|よね)?"
    # (or told as hearsay to be confirmed: 「…オンライン授業もやってるって本当ですか？」)
    r"(?:って(?:本当|ほんと|マジ)(?:なん)?(?:です|でしょう)?(?:か|かね)?)?[?？。]*"
    # (or a short afterthought after a pause, as voice input leaves it: 「…してるの 警察の盗難対策で」)
    r"(?:\s+[^\s?？。]{1,20}[?？。]*)?$")
# Words that say what kind of thing is asked after (a mechanism, a plan, who is covered), no thing of their own.
KIND_OF_THING = frozenset({"試み", "仕組み", "仕組", "制度", "予定", "計画", "対象", "取組", "取り組み", "動き", "対応", "サポート", "具体策", "対策"})
# Whether figures exist at all (「統計ある?」「データは出てる？」): the figures of the other words are asked, no thing.
DATA_ASKED = re.compile(r"(数字|数値|データ|統計)(?:って|は|とか|も)?(?:ある|あり|出て|載って)")
# Not an existence asked of a thing: a figure (「年ごとの数字ある？」, the figure checks judge it), a relation (「…と関係
# あります？」), a request (「教えてもらえますか」), how much (「何人」「いくら」; not 「何か国語かのチラシ」「何人か」「何か…してる」: some).
NOT_A_THING_Q = re.compile(r"何(?:人|件|回|社|か所|校|団体|市町村|か国|カ国|ヶ国|語|種類)(?!語?か)|(?:何(?!か)|なに(?!か)|どう|どんな|どういう|どこ|いつ|誰|なぜ|なんで)[^。？?]{0,20}(?:して|出して)(?:る|ます|いる|います|ん)|どのくらい|どれくらい|いくら|"
                           + DATA_ASKED.pattern + r"|(?:関係|関連)(?:って|は|が)?(?:ある|あり)|(?:て|(?<=[んい])で)(?:もらえ|もらい)")  # (not 「木の駅でもらえる」: a place)

# Money asked over the years the sheet gives (「決算ベースでどう推移」「ここ３年の推移も」), one year named or none.
YEARS_SPAN_Q = re.compile(r"推移|ここ(?:数|[0-9２-９二三])年|年々|経年|この[0-9３三]年")

# A count asked as a noun (子どもの人数, 相談件数): the counter it is written with.
COUNT_NOUN_Q = re.compile(r"(人|件|回|校|社|団体)数")
_PLACES = "か所|箇所|カ所|所属|団地|地区|会場|拠点|施設|[一-龥]{1,3}所(?!属)"  # 「26直売所に」「２団地で」: places by kind
COUNTER_FORMS = {"人": "人|名", "名": "人|名", "日": "日", "日間": "日", "か月": "か月|ヶ月|カ月", "ヶ月": "か月|ヶ月|カ月",
                 # 「何か所回った」 is told as 「214所属で検査」, 「何か所に入れた」 as 「２団地で導入」
                 "か所": _PLACES, "箇所": _PLACES,
                 # 「主催事業って年間何本」: 「52事業実施」; 「サウンディング何件」: 「７案件」; 「何社に当たって」: 「412事業所」
                 "本": "本|事業|講座|コース|プログラム|作品", "件": "件|案件", "社": "社|事業所|者|企業|法人"}
# A count named by its counter (応募点数): the sheet may count it with a number and that counter (「1,187点の応募」).
# A figure that is part of a program's name (「30人学級」「35人規模学級」): no quoted figure of an indicator.
NAME_FIGURE = re.compile(r"\d+\s*(?:人|名)(?:規模|以下)?(?:学級|クラス|編制)")
COUNTER_NOUN = re.compile(r"(点|件|人|回|本|台|校|社|基|戸|棟|冊|枚|頭|匹|羽|泊|か所|箇所)数")

# What money did, said of it (「補正予算により、高圧洗浄機20台…を追加整備」「補正で購入」): a 補正's purpose told.
MONEY_SPENT_ON = re.compile(r"により|によって|を活用|で(?:購入|整備|実施)")

# 「一番金かかってんのどこ」: what the money went on, in plain words (not 賃金・料金・税金・基金, nor 「金かかっても」).
MONEY_COSTS_Q = re.compile(r"(?<![賃料税基])金(?:が)?(?:かか|掛か)(?!って(?:も|いない|ない))")

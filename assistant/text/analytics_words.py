"""Cue words of questions over the numbers of many sheets (analytics): measures,
aggregates, rankings, groupings, changes and filters.

A sibling of :mod:`.vocabulary` (the form's words for single-sheet answers): what people
say -> which column of which table, and what to compute over it.  Patterns run over the
NFKC-normalised question.  Order matters where noted (the first match wins).
"""

from __future__ import annotations

import re

# Measures, first match wins (a ratio before its parts: 一般財源の割合 before 一般財源).
# Money per staff member: 「職員1人あたりの決算額」「決算額÷職員数」 (settlement only; 予算 per staff is not computed).
PER_STAFF_Q = re.compile(r"職員\s*(?:1|一|ひと)?\s*人?\s*(?:あたり|当たり)[^。?？]{0,8}(?:決算|支出|使っ|事業費)|"
                         r"(?:決算|支出|事業費)[^。?？]{0,8}(?:職員\s*(?:1|一|ひと)?\s*人?\s*(?:あたり|当たり)|(?:÷|/)\s*職員数)")
MEASURE_CUES: list[tuple[str, re.Pattern]] = [
    # 「最大の細事業が事業全体の何割」「1つの細事業に予算が偏ってる事業」: a 事業's money in its largest 細事業
    # 「一番お金を使った細事業はどれで、事業全体の何％を占める」 too (no 少・小・低 between)
    ("detail_top_share", re.compile(r"(?:最大|一番大きい|いちばん大きい|最も大きい)の?細事業[^。?？]{0,20}(?:割|占め|シェア|%|％)|"
                                    r"(?:一番|いちばん|最も)(?:お金|予算|金額|費用)を(?:使っ|かけ|投じ)た細事業[^。?？]{0,24}(?:割|占め|シェア|%|％)|"
                                    r"細事業に[^。?？]{0,8}(?:偏|集中)")),
    ("per_staff", PER_STAFF_Q),
    ("exec_rate", re.compile(r"執行率|執行割合|執行の割合|予算(?:を|の)?(?:使い切|消化)|消化率")),
    ("general_ratio", re.compile(r"一般財源(?:の|が)?(?:割合|比率|率|シェア|占める)|一般財源比|"
                                 r"一般財源.{0,8}予算(?:現額)?の(?:ちょうど)?(?:半分|割合|比|何|\d)|"
                                 # 「予算現額のうち、一般財源が半分を超えている」「一般財源が半分以上」: the share, said the other way round
                                 r"予算(?:現額)?(?:のうち|の中で|に占める)[、,]?\s*一般財源(?:が|は|の)?[^。?？、]{0,6}?(?:半分|何割|\d)|"
                                 r"一般財源(?:が|は)(?:ちょうど)?半分")),
    # 不用額 = 予算現額 − 決算額 (before 予算/決算: 「予算の使い残し」)
    ("unused", re.compile(r"不用額|不用|使い残|残額|余った|余り|使わなかった|使いきれなかった|使い(?:切|き)れ(?:てい)?な")),
    ("achievement", re.compile(r"達成率|達成度|目標(?:値)?(?:に対する|比)|実績\s*(?:÷|/)\s*目標|目標に(?:対して|近い|届いた割合)|"
                               r"目標(?:値)?を[^。?？、]{0,8}(?:上回|超え|下回)|目標(?:値)?\s*(?:÷|/)\s*実績|目標(?:値)?を実績(?:値)?で割")),  # 「目標を一番大きく上回った」
    ("detail_settlement", re.compile(r"細事業[^。？?]{0,30}(?:決算|お金|金額|費用|使っ|予算|規模)|(?:決算|お金|金額|予算).{0,12}細事業")),
    ("supplementary", re.compile(r"補正")),
    ("carryover", re.compile(r"繰越|繰り越")),
    ("initial", re.compile(r"当初予算|当初")),
    ("general", re.compile(r"一般財源")),
    # (「男性職員の育休」: 職員 said of another figure, the 育休's, is no 職員数)
    ("staff", re.compile(r"職員数|職員(?!の(?!数|人数)|向け|研修)|人員|何人体制|人手")),
    ("total", re.compile(r"予算現額|予算額|予算(?!.{0,4}(?:決算|執行))")),
    ("settlement", re.compile(r"決算|使った|使っ|支出|事業費|お金|費用|金額|規模|コスト")),
    ("indicator_value", re.compile(r"実績|指標の(?:値|数値)")),
]

# What is counted when nothing is measured: indicators (指標) or 事業.
COUNT_Q = re.compile(r"いくつ(?!もり)|何件|何個|何事業(?!体|者|所)|何本|件数|(?:細)?事業数|指標数|取組数|(?:の|は)数(?:は|を|が|$|[?？])|数えて|どれだけある|何指標|"
                     r"(?:事業|指標|細事業|もの)(?:は|って|が)?[、,]?\s*(?:どれ|どの)(?:くらい|ぐらい)(?:ある|あり)")  # 「…指標、どれくらいある」
# (「率とあわせて教えて」 is along with, no sum)
SUM_Q = re.compile(r"合計|総額|総計|(?<!と)(?:合わせ|あわせ)(?:て|る|た)|合算|トータル|全体で|足し|足す|累計|通算")
MEAN_Q = re.compile(r"平均")
# The rows against the mean: 「平均を上回ってるのはどこ」「平均より少ない事業」「平均に届かない」.
# 「平均と、それより少ない事業」: それ after the mean is the mean.
_MEAN = r"平均(?:値)?(?:[^。]{0,12}?(?:それ|その値))?"
ABOVE_MEAN_Q = re.compile(_MEAN + r"(?:を|より)(?:上回|超え|上|高|多|大き)[ぁ-ん]*|" + _MEAN + r"以上")
BELOW_MEAN_Q = re.compile(_MEAN + r"(?:を|より)(?:下回|下|低|少な|小さ)[ぁ-ん]*|" + _MEAN + r"(?:未満|以下)|" + _MEAN + r"に(?:届か|満た)[ぁ-ん]*")
MEDIAN_Q = re.compile(r"中央値|真ん中の値")
RANK_Q = re.compile(r"一番|いちばん|最も|もっとも|最大|最小|最多|最少|最高|最低|トップ|上位|下位|ランキング|順位|"
                    r"(?:多い|少ない|大きい|小さい|高い|低い)(?:事業|指標|細事業)(?:を|は|って|が|[?？]|$)|"
                    r"(?:多い|少ない|高い|低い|大きい|小さい)(?:順|(?:ほう|方)から)|順に並べ|ワースト|ベスト|"
                    r"突出|飛び抜け|ずば抜け|抜きん出|群を抜")  # 「伸び率が突出している事業」: the top
# Both ends asked at once: 「一番高い指標と一番低い指標」「最大と最小」.
_HIGH_END = r"(?:最大|最高|最多|(?:一番|いちばん|最も)(?:高|多|大))"
_LOW_END = r"(?:最小|最低|最少|(?:一番|いちばん|最も)(?:低|少|小))"
EXTREMES_Q = re.compile(f"{_HIGH_END}.*{_LOW_END}|{_LOW_END}.*{_HIGH_END}|"  # 「一番多い事業と少ない事業」
                        f"{_HIGH_END}[^。?？]*と(?:低|少な|小さ)|{_LOW_END}[^。?？]*と(?:高|多|大き)")
# 「下から2つ」 counts from the bottom; 「一番届かなかった」 (the target) is the lowest achievement.
LOW_Q = re.compile(r"少な|小さ|最小|最少|最低|低い|下位|ワースト|低かった|下から\s*\d|(?:一番|いちばん|最も|もっとも)悪|"
                   r"(?:一番|いちばん|最も|もっとも)(?:大きく)?(?:届か|下回)")
TOP_N_Q = re.compile(r"(?:上位|下位|トップ|ベスト|ワースト|(?:上|下)から)\s*(\d+)|(\d+)\s*(?:位まで|件まで|つ挙げ|事業を挙げ)|"
                     r"(?:多い|少ない|高い|低い|大きい|小さい)(?:事業|指標|細事業|もの|順|ほう|方)?(?:を|から|に)?\s*(\d+)\s*(?:つ|件|個|事業|指標)|"
                     r"(\d+)\s*番目")  # 「2番目に大きい」: the top N, the Nth last

GROUP_BUKYOKU_Q = re.compile(r"部局(?:ごと|別|単位|毎)|各部局|部局(?:で|の)?(?:比較|集計)|どの部局|どこの部局|部局は")
GROUP_JIGYO_Q = re.compile(r"(?<!細)事業(?:ごと|別|毎)|各事業")
# Rows asked to be shown (「環境部の事業だけで…を見せて」).
SHOW_Q = re.compile(r"見せ|見たい|出して|一覧|並べ|教えて")
LIST_Q = re.compile(r"(?<!細)事業(?:ごと|別|毎)|各事業|(?<![一-龥])全事業|(?:全て|すべて|全部)の事業|一覧|並べ")
# The question asks for 事業 (a count or a rank per 事業: 「細事業の数が一番多い事業は」).
ASK_JIGYO_Q = re.compile(r"どの(?:事業|シート)|どこの事業|(?<!細)(?:事業|シート)(?:は|を|名)(?:どれ|どこ|何|[?？]|$|教え|挙げ)")  # a sheet is one 事業
# The question asks for 細事業 (「減った細事業は？金額で」: the money word is in another sentence).
ASK_DETAIL_Q = re.compile(r"どの細事業|細事業(?:は|を|って|が)(?:どれ|どこ|何|[?？]|$|教え|挙げ)")
# A ranking asked with no subject word: 「不用額が一番大きかったのは？」 (asked of every 事業).
# Also both ends asked so: 「R6で一番高いのと一番低いのを教えて」.
RANK_NO_SUBJECT_Q = re.compile(r"(?:一番|いちばん|最も|もっとも)[^。?？、]{0,12}(?:かった|い|(?:増え|減っ|伸び|下がっ|上がっ)た)のは(?:どこ|どれ|何)?(?:です|でしょう)?か?[?？]?(?:$|[^。?？]{0,8}[。?？]?$)|"
                               r"(?:一番|いちばん|最も|もっとも)[^。?？、]{0,12}(?:かった|い)の(?:と|を(?:教え|挙げ|示し))")
# Money over several years: 「3年間の累計」「R4～R6の合計」, and every year's row: 「事業と年度を全部」.
SPAN_Q = re.compile(r"累計|通算|[23](?:年間|か年|カ年|ヶ年)|(?:R|令和)\d+年?度?\s*[～~〜-]\s*(?:R|令和)?\d+")
# 「繰越がある事業はありますか？年度と金額も」: the year of each row is asked, so every year is read.
ALL_YEARS_Q = re.compile(r"年度(?:と|・|や|、)(?:その)?(?:金額|額)|(?:金額|額)(?:と|・|や|、)(?:その)?年度|年度(?:を|も)(?:全部|すべて|全て)|年度(?:が|の)(?:ある|あっ)|(?:事業|どこ)と年度|どの年度|何年度|全(?:ての)?年度")
# Money told year by year (「決算額の推移をまとめて」): every year's row of each 事業, in year order.
MONEY_TREND_Q = re.compile(r"推移|移り変わり|経年")
# 「産業労働部の事業について」: the 事業 of a named 部局 (many sheets, not one).
BUKYOKU_JIGYO_Q = re.compile(r"(?:部|局|委員会)の(?:全て|すべて|全部|各)?(?:の)?事業(?!費)")
# A missing figure as the filter: 「実績が―の指標」「まだ出ていない」.
MISSING_Q = re.compile(r"―|まだ(?:出て|集計|記載)|出ていない|未集計|未記載|記載(?:が|されて)(?:い)?ない|空欄|"
                       r"(?:数値|値)が(?:ない|入っていない)")
# ... in any of the three years, not only the year asked: 「実績が―になっている年度がある指標」「どの年度かも」.
MISSING_ANY_YEAR_Q = re.compile(r"(?:年度|年)(?:が|の)(?:ある|あっ)|(?:いずれ|どこ|どれ)かの年度|(?:一度|一回|1回)でも|(?:どの|いつの|何)年度(?:か|の|だった|が|に)")
# ... in one of the years named: 「R4かR5の実績が―」「R4またはR5」.
EITHER_YEAR_Q = re.compile(r"(?:R|令和)[0-9]+(?:年度?)?(?:か|または|もしくは|あるいは)(?:R|令和)?[0-9]+")
# A plain list of every row a filter keeps: 「↘の指標を全部挙げて」.
ALL_LIST_Q = re.compile(r"(?:全部|すべて|全て)(?:挙げ|教え|出し|示し|列挙)|(?:を|は)(?:全部|すべて|全て)|一覧|列挙|"
                        r"(?:指標|事業|もの)(?:だけ|のみ)?(?:を)?(?:抜き出|ピックアップ|リストアップ|洗い出|抽出)")
# The 取組 of the 細事業 and their 実施方法: 「実施方法が「補助」の取組はいくつ」.
ITEMS_Q = re.compile(r"実施方法|取組|取り組み")
METHOD_Q = re.compile(r"実施方法[^。?？]{0,8}?「?(補助|委託|直接|負担金|交付金|直営|請負|貸付金|貸付|指定管理)|「(補助|委託|直接|負担金|交付金|直営|請負|貸付金|貸付|指定管理)」|"
                      r"(補助|委託|直接|負担金|交付金|直営|請負|貸付金|貸付|指定管理)(?:で|により|による|として)(?:実施|行|やっ|進め)")
# 取組 counted (「取組は全部でいくつ」) or grouped by 実施方法 (「実施方法別の取組の数」「どの実施方法が一番多い」);
# not 「実施方法は何ですか」, which asks one 細事業's.
ITEMS_COUNT_Q = re.compile(r"(?:取組|取り組み)[^。?？]{0,12}(?:いくつ|何件|何個|の数|数は|件数)|実施方法(?:ごと|別|の内訳)|"
                           r"実施方法で(?:一番|最も)|(?:どの|何の)実施方法")
GROUP_METHOD_Q = re.compile(r"実施方法(?:ごと|別|の内訳)|実施方法で(?:一番|最も)|(?:どの|何の)実施方法")
# Every indicator of a 事業 with one status: 「成果指標を全部達成できている事業」「全指標が未達成の事業」.
EVERY_Q = re.compile(r"(?:指標|目標)(?:を|が|は)?(?:全部|すべて|全て|ぜんぶ)(?:の)?(未達成|達成|クリア)|"
                     r"(?:全部|すべて|全て|全)の(?:成果)?指標(?:を|が|で)?(未達成|達成|クリア)|全指標(?:を|が|で)?(未達成|達成)|"
                     r"(?:一つも|ひとつも|1つも)(?:達成|クリア)(?:して|でき)(?:て)?(?:い)?(?:ない|ません)")  # none 達成: every one 未達成
# ... none of them 未達成 (概ね達成 and ― are not): 「未達成の指標をひとつも抱えていない事業」「未達成がない事業」.
NONE_UNMET_Q = re.compile(r"未達成(?:の(?:成果)?指標|の?もの)?(?:が|を|は)?(?:ひとつも|一つも|1つも|一個も|1個も|一件も|1件も|全く|まったく)?"
                          r"(?:抱え|含ま|含ん|持っ|出し)?(?:て|で)?(?:い)?(?:ない|ません|なし|ゼロ|0件|0個)[^。?？]{0,4}事業")
# ... none of them 達成 (概ね達成 is not): 「「達成」の指標がひとつもない事業」「達成した指標が一つもない事業」.
NONE_MET_Q = re.compile(r"(?<!未)(?<!概ね)(?:達成」?の|達成した|達成している)(?:成果)?指標(?:が|を|は)?"
                        r"(?:ひとつも|一つも|1つも|一個も|1個も|一件も|1件も|全く|まったく)?(?:ない|ありません|なし|ゼロ|0件|0個)"
                        r"[^。?？]{0,4}事業")
# 事業 picked by how many of their rows a filter keeps: 「未達成の指標が1つだけの事業」「細事業が3つ以上ある事業」.
COUNT_IS_Q = re.compile(r"(指標|細事業|取組)(?:が|は|を)\s*(\d+|一|ひと|二|ふた|三|みっ)\s*(?:つ|件|個)(?!も)\s*"
                        r"(だけ|のみ|しか|以上|以下|ちょうど)?[^。?？]{0,8}事業")  # 「…指標を2つ以上抱えている事業」
COUNT_WORDS = {"一": 1, "ひと": 1, "二": 2, "ふた": 2, "三": 3, "みっ": 3}
GROUP_YEAR_Q = re.compile(r"年度(?:ごと|別|毎)|各年度")
# Indicators counted by their status, both asked at once: 「達成・未達成はそれぞれ何個」「達成状況ごとに」「「達成」「未達成」」.
# ... by their 推移, several asked at once: 「↗・↘・→それぞれ何件」「推移ごとに」.
GROUP_TREND_Q = re.compile(r"[↗↘→]」?(?:・|と|、|/|や|」「)「?[↗↘→]|推移(?:ごと|別|毎|の内訳)")
GROUP_STATUS_Q = re.compile(r"(?<!未)達成」?(?:・|と|、|/|や|」「)「?未達成|未達成」?(?:・|と|、|/|や|」「)「?達成|達成状況(?:ごと|別|毎|の内訳)|"
                            r"達成状況(?:を|の|は|、)?[^。?？達]{0,8}?(?:件数|何件|いくつ)")  # 「達成状況、ざっくり件数で」  # 「「達成」と「未達成」」

# The years a condition held, counted per 事業 and ranked: 「△になった年が一番多い事業」「補正を組んだ回数が最も多い」.
YEARS_COUNTED_Q = re.compile(r"(?:年|年度|回数|回)(?:の数)?(?:が|は)?(?:一番|いちばん|最も|もっとも)(?:多|少)")
# Every year the same way, R4 -> R5 -> R6: 「ずっと増え続けている」「3年連続で減った」「年々増えている」.
STEADY_Q = re.compile(r"ずっと|連続|毎年|年々|続けて|続けている|一貫して|右肩(?:上が|下が)り|増え続け|減り続け|伸び続け")
# A threshold held in each of the three years: 「3年とも95%以上」「どの年度も」「95%以上をキープ」.
_HOLD_OP = r"(?:以上|以下|未満|超|を超え|を上回|を下回)"
HELD_Q = re.compile(r"(?:[23]\s*(?:年|か年|カ年|ヶ年)(?:間)?|(?:どの|いずれの|各|全て?の)年度?)\s*(?:とも|共に|ともに|も|すべて|全て|いずれも)|"
                    r"[23]\s*(?:年|か年|カ年|ヶ年)度?\s*(?:連続|続けて)|"  # 「3年連続で100%」: held, when no change is asked
                    r"毎年度?[^。?？]{0,12}" + _HOLD_OP + r"|" + _HOLD_OP + r"[^。?？]{0,4}?(?:を)?(?:キープ|維持|保っ|保て|守っ)")
# ... in two years only: 「R4年度とR5年度の2年続けて減額補正」.
TWO_YEARS_Q = re.compile(r"2\s*(?:年|か年|カ年|ヶ年)度?\s*(?:連続|続けて|とも|共に|ともに)")
# A change between two years; as a percentage of the earlier year's figure: 「伸び率」「何%増えた」.
PCT_CHANGE_Q = re.compile(r"(?:伸び|増加|減少|増減|変化|下落|上昇)(?:率|の割合)|伸長率|(?:何|\d+)\s*(?:%|％|パーセント)(?:も)?(?:増|減|伸)")
# A change as a multiple of the earlier figure: 「倍以上になった」「倍増した」 (2倍), 「1.5倍を超えて増えた」.
TIMES_Q = re.compile(r"(\d+(?:\.\d+)?)?\s*倍\s*(以上|超|を超え|以下|未満)?\s*(?:に|まで|へ|と)?[、,]?\s*(?:なっ|なり|増|伸び|膨ら|拡大|跳ね上が)")  # 「倍増した」
# A change denied (「職員数が増えていない事業」): the rows that did not move that way, unchanged ones too
# (group 1 or 2: the word of the direction denied).
NOT_MOVED_Q = re.compile(r"(増え|増加し|伸び|上がっ|減っ|減少し|下がっ)て(?:い)?(?:ない|ません)|"
                         r"(増え|伸び|上がら|減ら|下がら)(?:なかった|ない(?!か))")
INCREASE_Q = re.compile(r"増え|増加|伸び|増額|上が|上昇|改善した")
DECREASE_Q = re.compile(r"減っ|減少|減り(?:続|つづ|方)|下がり方|減り幅|減り額|減額(?!し?た補正)|下が|低下|落ち|縮小|"
                        r"(?:少な|低|小さ)く(?:なっ|なる|なり)")  # 「前年度より少なくなっている」
# 「R5→R6で」 (two years joined by an arrow) and 「増加が一番大きい」 name a change too.
# 「R4とR6でどれくらい違う」「令和4年度と令和6年度の差」: two years named and compared.
CHANGE_Q = re.compile(r"(?:R|令和)\s*\d+\s*年?度?\s*と\s*(?:R|令和)\s*\d+\s*年?度?[^。?？]{0,16}(?:違|差|比べ|比較|変わ|開き)|"
                      r"(?:R|令和)\s*\d+\s*年?度?\s*(?:→|⇒|->)\s*(?:R|令和)?\s*\d+|(?:増加|減少)(?:が|は)|前年度(?:より|から|比|と比べ)|前年比|(?:R|令和)\s*\d+\s*年?度?(?:と|に)(?:比べ|比較し)|昨年度(?:より|から|比)|増減|変化|伸び|"
                      r"(?:増加|減少|伸び|減り)(?:額|幅)|"
                      r"前(?:の)?年(?:度)?(?:と比べ|と比較|より|から)|(?:増加|減少|上昇|下落)率|変わっ|(?:増え|減り|伸び)続け|"
                      r"(?:増加|減少|上昇|低下|下落)し(?:た|てい)|"
                      r"(?:増え|減っ|増加|減少|上が|下が|上がっ|下がっ)(?:た|てい)|(?:増え|減っ|上がっ|下がっ|伸び)(?:てる|とる)|"  # 「減ってる」
                      r"(?:増え|減り|上がり|下がり|伸び|増加し|減少し)まし(?:た|て)")  # 「どれくらい上がりました」

# 事業所・事業者 (establishments, operators) are no 事業 (a program): blanked before the cue words are read.
NOT_JIGYO_Q = re.compile(r"事業(?:所|者|主|場)")

# Filters.
# An indicator's direction, told in the question (「件数や人数のように多いほど良い指標」): its examples are
# blanked with it, so that 件数 there is no count asked.
_AS_IN = r"(?:[^、。?？]{1,12}(?:のように|のような|みたいに|など(?:の)?)、?|[^、。?？]{1,8}や[^、。?？]{1,8}(?:が|の))?"  # 「件数や率が」
_GOOD = r"(?:ほど|(?:ほう|方)が)(?:良い|よい|いい|望ましい|良くなる)"  # 「少ないほど良い」「少ない方がいい」
# 「数値が下がるほど良い指標」「上がった方がいい指標」: the figure moving says the direction as well.
# 「減らすことを目標にしている指標」「増加を目指す指標」: the aim says the direction too.
_AIM = r"(?:こと)?を目(?:標|指)(?:と|に)?(?:して|し|す|した)?(?:いる|る)?"
BETTER_HIGH_Q = re.compile(_AS_IN + r"(?:多い|高い|大きい|増える|上がる|増えた|上がった)" + _GOOD + "|"
                           r"(?:増やす|増加させる|多くする|高める|上げる|伸ばす|増加|向上)" + _AIM)
BETTER_LOW_Q = re.compile(_AS_IN + r"(?:少ない|低い|小さい|減る|下がる|減った|下がった)" + _GOOD + "|"
                          r"(?:減らす|減少させる|少なくする|低くする|下げる|抑える|削減する|減少|削減|低減|抑制)" + _AIM)
# ... read the other way, not left out: 「少ない方がいい指標は目標÷実績で見て」 (achievement directed).
DIRECTED_Q = re.compile(r"目標(?:値)?\s*(?:÷|/)\s*実績|目標(?:値)?を実績(?:値)?で割|逆数")  # 「目標値÷実績で計算して」
# ... taken into account, not picked out: 「少ないほど良い指標も考慮して」「低いほど良い指標も加味して」
# 「少ないほど良い指標はその前提で計算して」 reads every indicator, those read target ÷ actual.
CONSIDER_Q = re.compile(r"〇[」』]?(?:タイプ|種類|系)?の?(?:指標)?(?:も|は)[、,]?(?:(?:それ|これ|その点|この点|そこ)を)?(?:ちゃんと|きちんと|しっかり|正しく|忘れずに)?"
                        r"(?:考慮|加味|踏まえ|勘案|反映|含め|考え(?:て|に)|"
                        r"(?:その|それを|そう(?:いう)?)?前提(?:で|に|として)|そのつもりで)")  # 「…指標はその前提で計算して」
# 達成率 stated as actual ÷ target: every indicator read so (without it, an indicator better lower — as its status
# against its target tells — reads target ÷ actual, which is what its 達成率 means).
PLAIN_ACHIEVEMENT_Q = re.compile(r"実績(?:値)?\s*(?:÷|/)\s*(?:R\d+年?度?の?)?目標|実績(?:値)?を目標(?:値)?で割")
# ... but not as the bracketed definition of 達成率 (「達成率（実績÷目標）で一番いい指標」): the usual name, each
# indicator still read in its direction (blind writers meant target÷actual for the ones better lower).
ACHIEVEMENT_GLOSS_Q = re.compile(r"達成率\s*\(\s*(?:R\d+年?度?の?)?実績(?:値)?\s*(?:÷|/)\s*(?:R\d+年?度?の?)?目標(?:値)?\s*\)")
# ... only that kind, each read so: 「「低いほど良い」タイプの指標について、達成率（目標÷実績）は」.
# ... also glossed in brackets and picked out whole: 「値が小さいほど良い（減ると改善）タイプの成果指標を全部拾って」.
KIND_ONLY_Q = re.compile(r"〇[」』]?(?:\([^()]{1,12}\))?(?:タイプ|種類|系)?の(?:成果)?指標(?:について|に(?:限|絞)|だけ|のみ|で|"
                         r"を(?:全部|すべて|全て)|を(?:拾|抜き出|洗い出|リストアップ|ピックアップ|抽出))")
# Indicators of one unit, a kind picked out like a direction: 「単位が％の成果指標のうち」「単位が「人」の指標」
# 「パーセント表示の指標」 (the unit words only: 「の成果指標」 is left to be read); not 「100%の指標」 (a figure).
UNIT_KIND_Q = re.compile(r"単位(?:が|は|を)?[「『]?([^\s「」『』、。,?？の]{1,4}?)[」』]?(?=(?:の|で|と|に)[^。?？]{0,8}指標)|"
                         r"(?<![\d.])[「『]?(%|パーセント)[」』]?(?:表示|単位|で表す)?(?=の(?:成果)?指標)|"
                         r"[「『]([^「」『』]{1,4})[」』](?:表示|単位)(?=の(?:成果)?指標)")  # 「「人」単位の指標」
# ... and left out, not kept: 「低いほど良いタイプの指標は除いて」 keeps the other direction.
EXCLUDED_Q = re.compile(r"^[^。?？]{0,12}?(?:除い|除く|除き|除外|のぞい|のぞく|以外)")
# An indicator that got worse (its 推移 ↘): 「悪化した」「悪くなった」「後退した」.
TREND_DOWN_Q = re.compile(r"悪化|↘|悪く(?:なっ|なる|なり)|後退")
# 推移 → (no change), said as the arrow (not one between years: 「R5→R6」) or in words: 「→（変化なし）」「横ばい」.
TREND_FLAT_Q = re.compile(r"(?<![\dR度年])→(?:\((?:変化なし|横ばい)\))?(?!\s*(?:R|令和|H|\d))|横ばい|変化(?:なし|がない|していない)|"
                          r"変わらず|変わっていない")
# An indicator whose 推移 turned (「R5で悪化した指標のうち、R6で改善に転じた」「↘から↗に変わった」「悪化したあと、
# 改善に戻った」): the 推移 the year before, then the year's.
TURN_Q = re.compile(r"(悪化|↘|改善|↗)(?:\([↘↗→]\))?[^。?？]{0,20}?(?:のうち|の中で|から|→|あと|後|のち)[^。?？]{0,12}?"
                    r"(改善|↗|悪化|↘)(?:\([↘↗→]\))?(?:に|へ)?(?:転じ|変わ|なっ|戻|転換)")
TURN_WORDS = {"悪化": "↘", "↘": "↘", "改善": "↗", "↗": "↗"}
# A named 事業 left out of a question over every sheet (「道路トンネルの事業を除くと、…トップ3」): the words before the cue.
EXCLUDE_NAMED_Q = re.compile(r"(?P<name>[^、。?？]{2,30}?)(?:の事業|事業費?)?(?:を|は)?(?:除くと|除いて|除いた|除けば|のぞくと|のぞいて|以外で|以外の)")
# ... each 推移 said with its year (「R5年度に悪化（↘）して、R6年度に改善（↗）した指標」).
TURN_YEARS_Q = re.compile(r"(?:R|令和)\s*\d+\s*年?度?(?:に|は|で)?[、,]?\s*(悪化|↘|改善|↗)(?:\([↘↗→]\))?[^。?？]{0,8}?"
                          r"(?:R|令和)\s*\d+\s*年?度?(?:に|は|で)?[、,]?\s*(改善|↗|悪化|↘)")
# The same 推移 two years running (「R5もR6も2年続けて悪化（↘）」「2年連続で悪化」「悪化が続いている」): the year before's too.
TREND_HELD_Q = re.compile(r"2\s*(?:年|か年|カ年|ヶ年)度?\s*(?:連続|続けて|とも|共に|ともに)|(?:R|令和)\s*\d+\s*年?度?も[、,]?\s*(?:R|令和)?\s*\d+\s*年?度?も|"
                          r"(?:連続|続けて)(?:で|して)?(?:悪化|↘|悪く)|(?:悪化|↘)(?:が|し)続")
UNMET_Q = re.compile(r"未達成|達成できな|達成できていな|達成していな|達成しなかった|届かなかった|下回った")
# Short of the target by the figures, whatever the status (「目標に届かなかった」: 概ね達成 too, 75.8 against 76.0).
SHORT_OF_TARGET_Q = re.compile(r"目標(?:値)?(?:に|を)(?:届かなかった|届いていない|届いてない|下回った|達していない)")
# The status between the two (「「概ね達成」の指標の中で」): read before 達成, whose words it holds.
NEAR_MET_Q = re.compile(r"(?:概ね|おおむね)達成")
MET_Q = re.compile(r"(?<!未)達成した|達成(?:し|でき)て(?:い)?る|達成できた|目標(?:値)?を(?:達成|クリア)|(?<!未)「達成」|(?<!未)達成(?:に|と)なっ|(?<!未)達成済")
# The years a condition held, between its words (「繰越が3年ともある」「補正予算を3年連続で組んだ」): left for HELD_Q.
_HELD_WORDS = r"(?:[23]\s*(?:年|か年|カ年|ヶ年)度?(?:間)?\s*(?:とも|共に|ともに|連続で?|続けて)|毎年度?|(?:どの|各)年度?も)"
SUPP_ANY_Q = re.compile(r"補正(?:予算)?(?:を|が)?(?:組ん|組ま|あっ|ある|計上|した|行っ)|"
                        r"補正(?:予算)?(?:を|が)?(?=" + _HELD_WORDS + r"\s*(?:組ん|組ま|あっ|ある|計上|行っ))")
SUPP_NEG_Q = re.compile(r"補正(?:予算)?(?:等)?(?:で|が|を|により)?(?:の)?(?:予算(?:額)?を)?(?:(?:一番|いちばん|最も|もっとも)?大きく)?"
                        r"(?:減額|マイナス|△)|(?:減額|マイナス)(?:の|した)?補正")
SUPP_POS_Q = re.compile(r"補正(?:予算)?(?:等)?(?:で|が|を)?(?:の)?(?:増額|プラス|上乗せ)|増額(?:の|した)?補正")
# All of the budget from 一般財源 (a ratio of exactly 100%): 「全額一般財源だった」「一般財源だけでまかなった」.
FULL_GENERAL_Q = re.compile(r"(?:予算(?:現額)?(?:を|が|は)?)?(?:全額(?:が|を)?一般財源|(?:すべて|全て|全部)一般財源|"
                            r"一般財源(?:だけ|のみ)|一般財源(?:が|で)(?:全額|100\s*%)|"
                            r"一般財源の割合(?:が|は)[^。?？、]{0,20}?100\s*%(?!\s*(?:を|未満|以下|以上|に(?:届|満)|より|超|割|から)))")  # 「割合が3年連続で100%」
# An indicator's actual exactly at its target (達成率 100%): 「実績が目標値とぴったり同じ」「目標ちょうどだった」.
AT_TARGET_Q = re.compile(r"実績(?:値)?(?:が|と|は)?[^。?？、]{0,6}?目標(?:値)?(?:と|に)?(?:ぴったり|ちょうど|完全に)?(?:同じ|一致|等し|同値)|"
                         r"目標(?:値)?(?:と|に)(?:ぴったり|ちょうど)(?:同じ|一致)?|目標(?:値)?ちょうど|"
                         r"達成率(?:が|は)?(?:ぴったり|ちょうど)\s*100\s*(?:%|％)(?!\s*(?:以上|以下|未満|超|を|に|より))")
CARRY_ANY_Q = re.compile(r"繰越(?:が|を)?(?:ある|あっ|した|し|入っ|計上|発生)|繰り越し(?:が|を)?(?:ある|あっ|た|入っ)|"
                         # 「繰越が3年ともある」: the years it held are left for HELD_Q
                         r"繰(?:越|り越し)(?:が|を)?(?=" + _HELD_WORDS + r"\s*(?:ある|あっ|計上|発生))")

# A threshold: 「執行率が90%未満」「決算額が1億円以上」「3人以上」.
# A ratio named in words: 「ちょうど半分」(== 50%)「半分以上」.
# A threshold joined to a further condition (「1億円以上で、なおかつ…減っている」): the threshold is the level's.
AND_ALSO_Q = re.compile(r"(?:で|であり|であって|の)?\s*[、,]?\s*(?:なおかつ|かつ|しかも|さらに|その上|それでいて)")
# A ranking asked along with the rows below zero: 「上位3つと、逆にマイナス補正になってる事業」.
# Also 「減額補正になってるのもあれば教えて」「あと減額補正の事業も」, and with a change ranked 「逆に減ったものは」 (the falls named too).
CONTRAST_NEG_Q = re.compile(r"(?:逆に|反対に|一方(?:で)?)[、,]?[^。?？]{0,12}(?:マイナス|減額|△)|"
                            r"(?:マイナス|減額|△)[^。?？]{0,12}(?:の|もの)も(?:あれば|あったら|ある|教え|挙げ)|"
                            r"(?:あと|また|それと|それから|ついでに|加えて)[、,]?[^。?？]{0,8}(?:マイナス|減額|△)[^。?？]{0,12}も")
CONTRAST_FALL_Q = re.compile(r"(?:逆に|反対に|一方(?:で)?)[、,]?[^。?？]{0,12}(?:減っ|減少|下が|マイナス)|"
                             r"(?:減っ|下がっ|減少し)[^。?？]{0,6}(?:の|もの)も(?:あれば|あったら|ある|教え|挙げ)")
# A condition said at an earlier year than the change asked: 「R5は全額一般財源だったのに、R6で割合が下がった」.
CONDITION_AT_Q = re.compile(r"(?:R|令和)\s*(\d+)\s*年?度?(?:は|に|で|の時点で?)[^。?？]{0,20}(?:だった|であった|でした|だったが)"
                            r"(?:のに|けど|けれど|が|ものの|[、,])")
# A year restated in brackets (「3千万円未満の事業（R6）を一覧で」): already read as the year, no word between cues.
# The rows that missed a condition asked along (「R6だけ100%を下回った事業があればその割合も」): told beside the list.
MISSED_TOO_Q = re.compile(r"[^。?？、]{0,12}(?:だけ|のみ)[^。?？]{0,16}?(?:を下回|を割|割れ|割り込|に届かな|に満たな|を切)"
                          r"[^。?？]{0,16}?(?:あれば|あったら|があるなら)[^。?？]*")
# 「減った事業（R5→R6）」: a year pair aside too.
_ASIDE_YEAR = r"(?:R|令和|H|平成)?\s*\d{1,4}\s*(?:年度|年)?"
YEAR_ASIDE_Q = re.compile(r"\(\s*" + _ASIDE_YEAR + r"(?:\s*(?:→|->|～|~|から)\s*" + _ASIDE_YEAR + r")?\s*\)")
HALF_Q = re.compile(r"(ちょうど)?半分(以上|以下|未満|超|を超え|を上回|を下回)?")
# The figure may be restated in brackets (「10万千円（1億円）を超える」); 万千円 is 10,000 千円.
THRESHOLD_Q = re.compile(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(%|％|割|億円|千万円|百万円|万千円|万円|千円|円|人)?\s*"
                         r"(?:\([^()]{1,16}\)\s*)?(以上|以下|未満|超|より(?:多い|大きい|高い|少ない|小さい|低い)|を(?:超え|上回|下回|切)|"
                         r"に(?:届かな|届いていな|届かず|満たな|満たず)|割れ|割り込|を割(?:っ|る|り|れ))")  # 「1,000万円に届かない」「95%割れ」 = below

# Many sheets, not one: the question asks which 事業 / which 部局, or for all of them.
_PICK = r"(?:抜き出|ピックアップ|リストアップ|洗い出|抽出|絞り込)"  # 「指標だけ抜き出して」 (not 一覧: the cross-sheet lists)
MANY_Q = re.compile(r"\d+事業|事業と年度|指標(?:だけ|のみ)?を(?:教え|挙げ|示し)|(?:指標|事業|もの)(?:だけ|のみ)?(?:を)?" + _PICK + r"|(?:のは|は)どこ(?:[?？]|$|か|です|でしょう)|(?:指標|事業)を(?:全部|すべて|全て)|"
                    r"(?:全部|すべて|全て)(?:挙げ|教え|示し|出し)|^細事業の(?:なか|中)で|どの事業|どこの事業|どれ(?!くらい|ぐらい|だけ|ほど)|事業は(?:どれ|どこ|何|[?？]|$)|事業を|事業名|(?<!細)事業(?:ごと|別|毎)|"
                    r"各事業|(?<![一-龥])全事業|(?:全て|すべて|全部|全)の事業|事業(?:全体|の数|数|の件数)|何事業(?!体|者|所)|部局|県全体|全体|"
                    r"ランキング|上位|下位|(?:上|下|(?:多い|少ない|高い|低い|大きい|小さい)(?:ほう|方))から\s*\d|トップ|ワースト|順に|(?:事業|指標).{0,6}(?:いくつ|何件|何個|の数|数は|(?:どれ|どの)(?:くらい|ぐらい)(?:ある|あり))|何指標|"
                    r"(?:全て|すべて|全部|全)の(?:指標|シート|細事業)|シート(?:全体|全部|すべて)|細事業の中で|"
                    r"(?:た|る|い|だ)事業(?:の(?:なか|中)|のうち)|"  # 「補正で増額した事業の中で、…のは」
                    r"どの細事業|細事業は(?:どれ|どこ)|^細事業(?:で|の中で|のうち)|どの指標|指標は(?:どれ|[?？]|$)")
# Asked whether any exist (「減った事業ってある？」「まだ出ていない指標はありますか」), which by name (「指標って何？」),
# or a count/share of indicators with the count word further on (「成果指標で未達成になっているのは何件」).
EXIST_Q = re.compile(r"(?:事業|指標|細事業|取組)(?:って|は|が|で|も)?(?:ある|あります|あった|ありました)(?:っけ|かな)?(?:[?？か。]|$|\s)|"
                     r"(?:事業|指標|細事業|取組)(?:が|は|も)?(?:あれば|あるなら)|"  # 「突出している事業があれば教えて」
                     r"指標(?:って|は|とは)?(?:何|なに|どれ)|(?:事業|指標|細事業)を\s*\d+\s*(?:つ|件|個)|"
                     r"(?:成果)?指標(?:で|の|のうち|の中で)[^。?？]{0,24}(?:いくつ|何件|何個|何割|割合|何%|何％|何パーセント)")
# Which indicators, asked of 「もの」「の」 after 指標 was said earlier in the sentence (a status filters them):
# 「健康福祉部の事業の成果指標で、R6に「達成」になっているものはどれ」「…指標のうち、…のはどれですか」
# 「…指標のうち、「達成」になっているものを教えて」「…指標で、R6に未達成だったものはありますか」.
WHICH_OF_INDICATORS_Q = re.compile(r"指標[^。?？]{0,40}?(?:(?:もの|の)(?:は|って)(?:どれ(?!くらい|ぐらい|だけ|ほど)|"
                                   r"何(?:です|でしょう|か|[?？]|$)|なに)|もの(?:を|だけ(?:を)?)(?:全部|すべて|全て)?(?:教え|挙げ|あげ|示し|出し)|"
                                   r"もの(?:は|って|が)(?:ある|あり|あっ|[?？]))")  # (「…ものを全部教えて」「…ものは？」)
# Which indicators (a trend or a missing figure filters them): 「悪化していた指標は？」.
WHICH_INDICATOR_Q = re.compile(r"指標(?:は|って)(?:どれ|何|なに|[?？]|$)|どの指標")
# Indicators named by a filter on their figures (「↘だった指標、R6では」「実績が出ていない指標とその理由」).
# The mark may be glossed in brackets (「実績が「―」（数値なし）になっている年度がある指標」).
FILTERED_INDICATOR_Q = re.compile(r"(?:↘|(?<![\dR度年])→|悪化|横ばい|変化なし|―|出ていない|未集計|未記載|空欄|把握できていない)」?(?:\([^()]{1,12}\))?[^。?？]{0,12}(?:成果)?指標|"
                                  r"指標[^。?？]{0,6}(?:―|空欄|出ていない|未集計)")
# 「補正予算を組んだ事業とその金額は？」: the rows a condition keeps, with their figure; 「前年度より減った事業と、
# 減った額を」: the rows a change keeps, with the amount it moved.
# 「減額補正をしている事業と、その年度・金額を」: the year each row is of, with its figure.
ROWS_WITH_FIGURE_Q = re.compile(r"事業と[、,]?\s*(?:その|それぞれの)?(?:年度(?:・|と|や|や、|、)?)?"
                                r"(?:(?:増え|減っ|伸び|下がっ|上がっ|落ち)た|増加|減少|増減)?(?:金額|額|値|数値|幅)")
# A part's share of the whole: 「企画振興部の事業は決算額で8事業全体の何%を占める」.
PART_SHARE_Q = re.compile(r"何割|何(?:%|％|パーセント)|割合|シェア|占め|比率")
# A share of the counted rows: 「達成になっているのは全体の何割」.
SHARE_Q = re.compile(r"何割|何(?:%|％|パーセント)|(?:割合|比率)(?:は|を|って)|どのくらいの割合|どれくらいの割合")
# The year a change is measured from: 「R5と比べて増えた」 (the newest year against R5).
COMPARE_FROM_Q = re.compile(r"(?:R|令和)\s*(\d+)\s*年?度?(?:と比べ|と比較|に比べ|に比較し|より|から(?!R|令和)|比)")
# 「令和4年度から5年度にかけて」: the second year named without its era.
YEAR_TO_Q = re.compile(r"(?:R|令和)\s*\d+\s*年?度?\s*(?:から|より|→|～|~|〜)\s*(\d{1,2})\s*年度")
# A 推移 said at a year before a status asked at the next (「R5で悪化してたのに、R6では達成した」): the 推移 the year before.
TREND_AT_Q = re.compile(r"(?:R|令和)\s*(\d+)\s*年?度?(?:の|で|に|は|では|には)?[^。?？、]{0,8}?(悪化|↘|悪く|後退|改善|↗|良く|向上)")
TREND_AT_WORDS = {"悪化": "↘", "↘": "↘", "悪く": "↘", "後退": "↘", "改善": "↗", "↗": "↗", "良く": "↗", "向上": "↗"}
# The year a 推移 is read at: 「R5年度の推移で↘」.
TREND_YEAR_Q = re.compile(r"(?:R|令和)\s*(\d+)\s*年?度?(?:の|で|に)?推移")
# Money named only generically (「金額も」): with a condition (補正を組んだ) the condition's own figure is meant.
GENERIC_MONEY_Q = re.compile(r"金額|お金|いくら|額(?:も|を|は)")
SPECIFIC_MONEY_Q = re.compile(r"決算|使っ|支出|事業費|予算現額|当初")
# The reason asked along (「理由も教えて」): the 要因分析 of each listed indicator is cited with it.
REASON_Q = re.compile(r"理由|なぜ|要因|原因|どうして")
# An aggregate over everything even without 事業 in the question (「執行率の平均は？」), when no 事業 is linked.
OVERALL_Q = re.compile(r"平均|合計|総額|総計|中央値")
# 「林業の担い手の事業で」「がん検診の細事業で」「〇〇事業費の」: one 事業 named by its topic (the
# word before is checked against GENERIC_SUBJECT_Q: 部局, 各, 全て… are no topic).
NAMED_SUBJECT_Q = re.compile(r"([^\s、。,?？!！「」]{2,}?)(?<!ど)の(?:事業|細事業|やつ)(?:で|の|は|に|を|って|、|ごと|別|毎|について|に関)|"
                             r"([^\s、。,?？!！「」]{2,}事業費)(?:の|で|は)")
GENERIC_SUBJECT_Q = re.compile(r"(?:部|局|委員会|部局|全て|すべて|全部|全体|各|他|ほか|県|どの|どこ|同じ|複数|それぞれ|"
                               r"未達成|達成|目標|前年度|R\d+年度|令和\d+年度|年度|補正|予算|決算|以外|"
                               # a clause, not a topic: 「執行率が90%未満の事業」「予算が多い方の事業」「割合が3年連続で100%の事業」
                               r"未満|以上|以下|超|超え|割れ|割る|割り込む|半分|た|ない|いる|ある|高い|低い|多い|少ない|大きい|小さい|方|"
                               r"最大|最小|最多|最少|最高|最低|トップ|ワースト|ベスト|\d+\s*(?:つ|件|個|%)|(?:トップ|上位|下位|ワースト|ベスト)\s*\d+)$")  # 「トップ3の事業」  # 「少ないほうから2つの事業」: how many, not which
# Two or more 事業/指標 named and compared on one measure: 「AとB、達成率はどっちが上？」.
COMPARE_Q = re.compile(r"どっち|どちら|いずれが|どれが(?:上|高|大|多|低|小|少|下)")
# Several figures asked side by side, joined by ・: 「R6の決算額・執行率・職員数を比べると」.
MEASURE_LIST_Q = re.compile(r"[^\s、。,?？!！・]{2,12}(?:・[^\s、。,?？!！・]{2,12})+")
# Two named 事業 put together or side by side without 「どっち」: 「AとBを合わせると」「AとBの伸びを比べて」「差は」.
# Named rows set against each other without 「どっち」: 「AとBで、3年間合計を比べるとどうなりますか」.
SET_AGAINST_Q = re.compile(r"比べ|比較|差は|差が|差って|差額|違い|違う")
# (not a time before と: 「始めた頃と比べて」「前の年と比べて」 set one 事業 against its own past)
PAIR_Q = re.compile(r"[^、。?？](?<![頃時年度期初前後昔])と[^。?？]*(?:合わせ(?:る|て|た)|あわせ(?:る|て|た)|足す|足し|合算|比べ|比較|差は|差が|差って|差額)")
COMPARE_LOW_Q = re.compile(r"(?:どっち|どちら|いずれ|どれ)が(?:下|低|小|少)")
# A topic that selects 事業 by what their sheets say (「福祉関係の事業」「子育てに関する事業」): the word is
# looked up in each sheet's 事業名・部局・課・目的, never in a hand list of topics.
TOPIC_Q = re.compile(r"([^\s、。,?？!！「」『』()（）のをがはでにと]{2,12}?)(?:(?:関係|関連|分野|系|絡み|がらみ|領域)の|"
                     r"に関する|に関わる|にかかわる|に係る|向けの)(?:事業|細事業|指標|取組)")
# The people a group of 事業 serves, several named with や (「障がいのある人や子どもを支える福祉関係の事業」): each is
# a topic word of its own (a 事業 names any of them), the verb clause is no topic.
SERVED_Q = re.compile(r"([^\s、。,?？!！「」『』]{2,12}?)や([^\s、。,?？!！「」『』]{2,12}?)を(?:支える|支援する|助ける|守る|"
                      r"対象(?:と|に)する|応援する)")
SERVED_SUFFIX_Q = re.compile(r"(?:のある|を持つ|を抱える)?(?:人|方|人々|人たち|方々)$|たち$|など$|等$")
# ... and words that keep a question with one sheet (「この事業の」「〇〇事業の細事業で一番…」).
# 「その事業」 after a sentence that asked about a group of 事業 (「農政部の事業は何件？その事業の決算額の合計も」):
# those 事業, not one sheet.
BACK_REF_Q = re.compile(r"(?:その|それらの|これらの)(?=(?:各)?事業(?!費))")
ONE_SHEET_Q = re.compile(r"この事業|その事業|本事業|当該事業|同事業|この細事業|このシート")
# Figures the form never holds (人件費: it reports 職員数 only): never read as a measure it has,
# the existing path says the sheets do not hold them.
# The 節 of the expenditure (委託料, 旅費…) are not on the form either: it reports 決算額 per 細事業 and year only;
# nor are the sources of the money other than 一般財源 (国庫支出金, 県債…): the cost table gives うち一般財源 only.
NOT_ON_FORM_Q = re.compile(r"人件費|給与|給料|賃金|退職金|委託料|委託費|旅費|報償費|需用費|役務費|工事請負費|備品購入費|"
                           r"国庫支出金|国庫補助金|国庫負担金|国庫委託金|国費|県債|地方債|特定財源|"
                           r"消耗品費|光熱水費|印刷製本費|使用料及び賃借料|負担金補助及び交付金")
# Figures the analytics cannot compute from one measure (a ratio of two the spec has no name for):
# 「職員1人あたりの決算額」「費用対効果」 are left to the existing answers, never ranked on a wrong measure.
UNSUPPORTED_Q = re.compile(r"(?:職員|1人|一人|人)\s*(?:あたり|当たり)|費用対効果|コスパ|コストパフォーマンス|費用効率")
# One named 事業's rows read against another year without a change word: 「R6の決算額がR4より少ない細事業」
# (group 1: the direction).
VS_YEAR_Q = re.compile(r"(?:R|令和)\s*\d+\s*年?度?(?:の(?:決算額?|金額))?\s*(?:より|に比べ(?:て|ると)?|と比べ(?:て|ると)?)"
                       r"[^。?？、]{0,6}?(少な|減|下が|低|多|増|上が|高|伸び)")
# How much a figure moved, asked of one named indicator: 「R4からR6でどれくらい上がった」「何ポイント伸びた」.
HOW_MUCH_MOVED_Q = re.compile(r"(?:どれ|どの)(?:くらい|ぐらい|だけ|ほど)|何(?:ポイント|%|％|パーセント|件|人|倍)|いくつ|差")
# How far a total moved (「8事業の決算額を全部足すと…どれくらい増えた」): the total's change, no filter on the rows.
TOTAL_MOVED_Q = re.compile(r"(?:(?:どれ|どの)(?:くらい|ぐらい|だけ|ほど)|何\s*(?:%|％|パーセント|人|円|千円)|いくら)\s*(?:も|は)?\s*"
                           r"(?:増え|減っ|減り|伸び|上が|下が|増加|減少|増減)")
# The rows of one named 事業 asked for: 「…の細事業で、…ものは？」「どの細事業」.
ASK_ROWS_Q = re.compile(r"(?:もの|細事業)(?:は|を|って|が)(?:どれ|どこ|何|[?？]|$|教え|挙げ|ある)|どの細事業|どれ")
# 事業 asked for (not their indicators), kept by a money condition and their indicators' status:
# 「未達成の指標を抱えていて、しかもR6に減額補正をしている事業ってありますか」.
JIGYO_WITH_Q = re.compile(r"(?<!細)事業(?:って|は|が|を)?(?:ある|あり|どれ|どこ|何|いくつ|[?？]|$|教え|挙げ)")
# The largest row inside the group ranked first: 「細事業の数が一番多い事業は？…その中で一番大きい細事業も」.
WITHIN_TOP_Q = re.compile(r"(?:その|そこの|それらの)(?:中|なか|うち)で?(?:は|の)?[^。?？]{0,6}(?:一番|いちばん|最も|もっとも|最大)")
# The 事業 ranked first on a count, asked before another clause: 「細事業の数が最も多い事業と、その中で…」.
MOST_JIGYO_Q = re.compile(r"(?:一番|いちばん|最も|もっとも)(?:多い|少ない)事業(?:と|、|は|を|って)")

# 「観光DXの中で一番お金がかかってる取組」: the most of the parts of one thing (group 1), said before 「の中で」.
WITHIN_ONE_Q = re.compile(r"([^\s、。,?？!！「」の]{2,})の(?:中|なか)で[^、。,?？]{0,6}?(?:一番|いちばん|最も|もっとも)")

"""Dev sets EX and EY's answer classes (a resident's complaint typed up by the 県民の声 desk; a man from Fukuoka typing
博多弁), asked here of their sheets: 九州 forms (〜と？, 〜しよる, 〜とる, 〜ば for を, 若か, どげん, 〜っちゃろ) read as
standard Japanese; what residents call a program's work (県道の草刈り: 県管理道路の除草, 風俗店: 風俗営業所, 自前: 公設) and where
they saw it (回覧板に書いてあった: no subject); 「増えよると？減りよると？」 asks which way, no rise then fall;
「何割ぐらい回れてる」 with no word of money given asks a rate, not a 補助率; a pay rate the sheet prints (「報酬単価：１時間
当たり2,900円」) answers 「時給いくら」, an average it prints (「補助額の平均は約1,450千円」) 「1社あたり平均いくら」; 「30人学級」 is a program's name, not a target of 30人; 疑問 is the asker's doubt, no
subject."""

from __future__ import annotations

from .citing import answered_first, answered_from, answered_saying


def test_kyushu_questions_are_read_as_asked(exey_service):
    # (once: 「花粉の機械」 refused, the 旅行商品の造成数 given for 見学に来よる人の数)
    # (「増えよると？減りよると？」 asks which way it moved, no rise then fall)
    answered_first(exey_service, [("工場見学に来よる人の数、増えよると？減りよると？", ("08 45 04", "4", 2))])
    answered_from(exey_service, [("パトロールが年寄りばっかりになっとるなら、若か人はどげんして集めると？", "15 47 05")])


def test_a_rate_asked_in_wari_and_a_pay_rate_printed(exey_service):
    # (once refused: 「補助率の記載がない」「人件費・給与の額の記載がない」)
    answered_from(exey_service, [("風俗店とかへの警察の立入り、何割ぐらい回れとると？年ごとの推移で。", "15 47 05")])
    answered_saying(exey_service, [("少人数指導の非常勤の先生って、時給いくらで雇いよると？", "2,900円")])
    # (once refused: 単価の記載がない; the sheet prints 「補助額の平均は約1,450千円」)
    answered_from(exey_service, [("工場に見学通路とか作る補助、1社あたり平均いくらぐらい出とると？", "08 45 04")])


def test_a_figure_in_a_programs_name_is_no_indicators_figure(exey_service):
    # (once answered from 夜間中学, whose target is 30人)
    answered_first(exey_service, [("30人学級やりだしてから、授業がわかるっていう中1の子は増えたと？", ("12 67 03", "4", 2))])
    answered_from(exey_service, [("中学の30人学級、R6は75校の目標に届かんかったとやろ？何が足りんかったと？", "12 67 03")])


def test_residents_words_for_the_work(exey_service):
    # (once refused: 「県道の草刈り」「回覧板」「疑問」「自前」に関する記載はない)
    answered_from(exey_service, [
        ("県道の草刈りのことで言わせてもらいますけどね、年２回は刈るって決めてるって聞いたんですけど、それが去年できなかったのは"
         "結局なんでなんですか。", "11 34 07"),
        ("光回線の説明会をやったって回覧板に書いてあったけど、何回やって何人来たんですか。", "02 64 05"),
        ("県内に無認可の保育所ってそもそもいくつあるんですか？ちゃんと数をつかんでるのか疑問なんですけど。", "13 42 05"),
        ("市町村が自前で光回線を持ってるところって、県内にいくつあるんですか。", "02 64 05"),
    ])

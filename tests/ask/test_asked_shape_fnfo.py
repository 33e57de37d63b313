"""Dev sets FN's and FO's answer classes, asked here of their sheets: FN (a fact-checking volunteer: claims heard and
quoted, 「町内会の回覧で『…』って書いてあった」「『…せい』って話を聞いたんですけど」, everyday words for the sheet's, 爆音・暴走族・
捨て方) and FO (a village mayor's plain speech: 「よその学校」「県全体の…」「何事業体」「県はわかっとるのか」「問題と見とるのか」)."""

from __future__ import annotations

from .citing import answered_first, answered_from, answered_saying, refused_saying


def test_where_a_claim_was_read_is_no_subject(fnfo_service):
    # (once linked to the 交番 sheet, which writes 町内会の回覧, and refused: 「デジタル回覧板の導入」の記載はない)
    answered_from(fnfo_service, [
        ("町内会の回覧で「県がデジタル回覧板の導入に最大50万円まで補助してくれる」って書いてあったんですが、これって本当ですか？", "02 27 04"),
    ])


def test_a_claim_heard_is_checked_against_the_sheet(fnfo_service):
    # (once refused: 「聖地」・「爆音の通報」の記載はない; the claim's SNS・拡散 linked SNS相談)
    answered_first(fnfo_service, [
        ("爆音の通報が目標ほど減らなかったのは「ＳＮＳで走り屋の聖地として拡散されたせい」って話を聞いたんですけど、シートにそんなこと書いてあります？",
         ("13 31 02", "4", 1)),
    ])
    answered_saying(fnfo_service, [
        ("爆音の通報が目標ほど減らなかったのは「ＳＮＳで走り屋の聖地として拡散されたせい」って話を聞いたんですけど、シートにそんなこと書いてあります？",
         "走りやすい道"),
    ])
    # (its amount asks for no budget: once the cost table, 「『…平均15万円超え』って投稿」 read as money asked)
    answered_first(fnfo_service, [
        ("「長野の県立高校は入学時の制服や指定品だけで平均15万円超え」って投稿がバズってたんですが、本当ですか？", ("17 22 03", "4", 1)),
    ])


def test_everyday_words_for_the_sheets_words(fnfo_service):
    # (once refused: 「爆音車の対策」「暴走族対策」「捨て方」; 「借りる補助」 answered from another program)
    answered_first(fnfo_service, [
        ("県警は暴走族とか爆音車の対策で、今どこが問題だと思ってるんでしょう？", ("13 31 02", "9-1", None)),
        ("電池の捨て方、お年寄りには全然伝わってないって近所で話題なんですが、県もそれを課題だと思ってるんですか？", ("06 52 03", "9-1", None)),
    ])
    answered_saying(fnfo_service, [
        ("暴走族対策の予算、R5年度だけ急に増えてますよね。何にお金を使ったんですか？", "18,903"),
        ("林業の機械を借りる補助は、何事業体ぐらいが使っとる。", "23事業体"),
    ])


def test_yoso_is_no_subject(fnfo_service):
    # (once refused: 「よそ」の記載はない)
    answered_first(fnfo_service, [("よその学校とつないでやる合同授業、やっとる学校は増えとるのか。", ("15 31 04", "4", 2))])
    answered_saying(fnfo_service, [("複式の学級に講師がつかんのは、退職した先生がよその学校に取られとるからじゃないのか。", "片道１時間以上")])


def test_the_statewide_figure_of_one_program_is_its_sheets(fnfo_service):
    # (once the cross-sheet list of 事業 whose 決算額 fell; 「何事業体」 once counted every 事業)
    answered_first(fnfo_service, [
        ("うちの村も山ばかりだが、県全体の搬出間伐の面積は去年より減ったんじゃないのか。", ("10 52 03", "4", 1)),
    ])


def test_whether_the_prefecture_knows_asks_its_issues(fnfo_service):
    # (once the 法務相談件数 indicator; 「問題と見とるのか」 once read 見取る)
    answered_first(fnfo_service, [
        ("法務相談を出しても返事が遅いと、うちの職員がこぼしとる。県はわかっとるのか。", ("03 27 03", "9-1", None)),
    ])


def test_names_of_the_ones_counted_are_not_stated(fnfo_service):
    # (once answered with the count: 「家電量販店４社」)
    refused_saying(fnfo_service, [
        ("店頭で電池を回収してくれる家電量販店４社って、具体的にどこですか？", "個別の名称"),
    ])


def test_an_adjective_before_the_superlative_names_the_program(fnfo_service):
    # (once 「最も小さいのは…」: 小さい of 小さい学校 read as the least)
    answered_saying(fnfo_service, [("小さい学校の複式学級の事業で、一番金がかかっとる細事業はどれだ。", "最も大きいのは細事業1 複式学級授業支援事業")])

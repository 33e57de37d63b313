"""Dev sets EF and EG's answer classes (a budget examiner's memos in 財政 shorthand, an NPO leader who tells their own
story before asking), asked here of their sheets: どうしても is no why; what is to be done next year, however it is
asked (どう担保する), is the 方策; 一財 is the cost table's 一般財源; the asker's own doing, told before the question,
never refuses it alone; what a named 取組 made is told in its 取組実績; 細事業別の配分 is the 細事業 table."""

from __future__ import annotations

from .citing import answered_first, answered_from, refused_saying


def test_doushitemo_is_no_why(efeg_service):
    # (once the 要因分析 of the elevator indicator: どうしても read as どうして)
    answered_first(efeg_service, [("古い校舎でエレベーターがどうしても付かない学校、今後の扱いは？", ("12 94 05", "9-2", None))])
    answered_first(efeg_service, [("エレベーターの設置校数がR6に目標に届かなかったのはどうして？", ("12 94 05", "8", 1))])


def test_how_next_year_makes_sure_is_the_plan(efeg_service):
    # (once refused: 令和7年度の実績や予算はまだどのシートにも記載がない)
    answered_first(efeg_service, [("デザイン経営の補助で作った商品、R7はちゃんと売れるまでどう担保する？", ("07 93 02", "9-2", None))])
    refused_saying(efeg_service, [("デザイン経営のR7の補助件数は？", "令和7年度")])  # (its figures are still no sheet's)


def test_ichizai_is_the_general_revenue(efeg_service):
    # (once the indicators' trend: 一財 was no cost word)
    answered_first(efeg_service, [("デザイン経営推進の一財、３か年でどう推移してる", ("07 93 02", "6", None))])
    ans = efeg_service.ask("デザイン経営推進の一財、３か年でどう推移してる")
    assert "一般財源" in ans.answer and "34,980" in ans.answer, ans.answer


def test_the_askers_own_doing_told_first_refuses_nothing(efeg_service):
    # (once refused: 「子どもたちの団」「天気」に関する記載は取り込まれたシートにない)
    answered_first(efeg_service, [
        ("学校の少年団がなくなるなら、いっそうちの会で子どもたちの団をつくれないかと話しているところです。"
         "来年度、学校以外で団を立ち上げる場合の後押しはあるんでしょうか。", ("10 98 02", "9-2", None))])
    answered_from(efeg_service, [
        ("うちの会でも毎年田植え体験をやっていますが、天気には本当に泣かされます。農家の体験に来る人が一度ガクッと減った年が"
         "ありましたよね。その背景には何があったんでしょう。", "09 95 06")])
    # a clause told without the asker in it names what is asked about: still judged
    refused_saying(efeg_service, [("近所の銭湯が燃料代高くてやめるって。県の公衆浴場への補助って、いくら出てるの？", "銭湯")])
    from assistant.text.asker import told_before

    q = "お年寄りの体験談をビデオに残す取り組み、うちの会でも聞き取りのお手伝いをしています。撮りためた人数は？"
    assert [q[a:b] for a, b in told_before(q)] == ["うちの会でも聞き取りのお手伝いをしています。"]


def test_what_a_named_doing_made_is_its_record(efeg_service):
    # (once the 細事業's line alone: the 取組実績 names the 文具, 家具 and 調理器具 made)
    answered_first(efeg_service, [("補助で開発された商品って具体的にどんなの？", ("07 93 02", "7", None))])
    ans = efeg_service.ask("補助で開発された商品って具体的にどんなの？")
    assert "文具" in ans.answer and "調理器具" in ans.answer, ans.answer


def test_a_per_detail_split_is_the_detail_table(efeg_service):
    # (once refused: 「事業別の配分」に関する記載は取り込まれたシートにない; Sudachi reads 細事業別 as 細い + 事業別)
    answered_first(efeg_service, [("細事業別の配分、R6決算ベースで（デザイン経営）", ("07 93 02", "detail", None))])

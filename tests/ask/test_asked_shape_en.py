"""Dev sets EN and EO's answer classes (a retired engineer who restates the sheet's figures in his own units and checks
his sums, a supporters' club clerk who checks hearsay), asked here of their sheets: amounts said in 万円 and 億円 name the
cost table or 細事業 that prints them, and a quoted one is told back; figures quoted with their counters point at the
passage that prints them; a thing asked of a program with 「も」 (「…も、この事業に入ってる？」「…もやってるって本当？」)
must be on its sheet, everyday noun or not; everyday words (風呂, 泥棒, 空き巣, 面倒, 川) are the sheets' 浴場, 侵入盗,
負担, 河川; 計算 and 言い方 only frame a question; 「県内の何割」 is no 補助率; 「平成の頃と比べて」 asks for years no sheet
reports; 「一番多い原因」 is a cause, not a ranking of indicators."""

from __future__ import annotations

from .citing import answered_first, answered_from, answered_saying, refused_saying


def test_amounts():
    from assistant.query.money_link import amounts

    assert [(a.value, a.tolerance) for a in amounts("予算現額5,620万円に対して決算4,498万円")] == [(56200, 5), (44980, 5)]
    assert [(a.value, a.tolerance) for a in amounts("約1億4千万円、10億3千万円、56,200千円")] == \
        [(140000, 5000), (1030000, 5000), (56200, 0.5)]
    assert amounts("2億円を超えてた") == [] and amounts("500円") == []  # a round level; a price no table prints


def test_amounts_in_the_askers_unit_name_the_program_that_prints_them(eneo_service):
    # (once the 治山施設 sheet's cost table, and another program's 細事業)
    answered_first(eneo_service, [
        ("駅の事業費、2024年度は予算現額5,620万円に対して決算4,498万円。1,100万円あまり使い残して、執行率はちょうど８割です。"
         "工事が遅れたせいで余ったと見ていいんでしょうか。", ("02 60 03", "6", None)),
        ("細事業の自主衛生管理支援が、2023年度の354万円から2024年度は885万円と、ほぼ2.5倍になっています。増えたのは小規模な宿への"
         "検査補助が始まった分だと考えていいでしょうか。", ("05 54 03", "detail", None))])
    # a quoted figure of another year or column is told back (once R6 alone)
    answered_saying(eneo_service, [
        ("レジオネラ対策の予算、2024年度は当初1,572万円に補正240万円を足して1,812万円。前の年が1,234万円ですから５割近い増額ですね。",
         "R5年度 12,340千円"),
        ("賃上げ支援の事業って、令和6年度に補正で6千万円積み増したんですよね？", "R5年度 60,000千円")])


def test_figures_quoted_with_their_counters_point_at_their_passage(eneo_service):
    from assistant.query.figure_sentences import quoted_figures

    assert quoted_figures("271駅のうち182駅なら67％、10年前と比べて") == ["271駅", "182駅", "67%"]
    # (once the 駅サポーター indicator)
    answered_first(eneo_service, [
        ("県内の駅の３分の２が無人駅だというのは本当ですか。271駅のうち182駅なら67％でちょうどそのくらいですが、10年前と比べて"
         "どれだけ増えたのかも書いてありましたか。", ("02 60 03", "1", None))])


def test_a_thing_added_with_mo_must_be_on_the_programs_sheet(eneo_service):
    # (once answered with what the program does: its 取組, its purpose, another program's indicator)
    refused_saying(eneo_service, [
        ("ゲームにハマりすぎた子を病院につなぐような支援も、この情報モラルの事業に入ってるんでしょうか？", "「病院」"),
        ("情報モラルの事業で、不登校の子向けのオンライン授業もやってるって本当ですか？", "オンライン授業"),
        ("住宅侵入盗の防止の事業で、外国人向けに何か国語かのチラシを作ったりしてます？", "「チラシ」"),
        ("県産材を海外に輸出する取組も、この製材所の事業でやってるんですか？", "「海外」"),
        ("無人駅でもSuicaのようなICカードで乗り降りできるようにする話は、この駅の事業に入っていますか。", "ICカード")])
    # ... while a thing its sheet writes is answered
    answered_from(eneo_service, [("保護者向けの講座も、この情報モラルの事業でやってるんですか？", "12 53 07")])


def test_everyday_words_and_frames(eneo_service):
    # (once refused: 「旅館の風呂」「泥棒対策」「面倒」「計算」「川の油」; the 何割 of 県内 read as a 補助率)
    answered_first(eneo_service, [
        ("旅館の風呂の衛生管理がなかなか行き届かない背景って、結局のところ何なんでしょうね。", ("05 54 03", "1", None)),
        ("雪崩対策事業費の2024年度ですが、繰越と補正まで含めた予算現額がざっと12億円、決算が約10億3千万円。使ったのは予算の85％"
         "くらいになりますが、この計算で合っていますか。", ("11 50 04", "6", None)),
        ("講習会の受講目標が600施設になっていますが、これは県内の何割を見込んだ数字なんですか。1,480施設で割ると４割ちょっとですが。",
         ("05 54 03", "4", 2))])
    answered_from(eneo_service, [
        ("家の泥棒対策の事業、令和6年度は補正で予算が増えたんですよね？", "15 19 03"),
        ("手続きが面倒で補助を申請できない小さい会社向けに、来年度は何か考えてるんですか？", "07 45 03")])


def test_the_commonest_cause_is_no_ranking_of_indicators():
    from assistant.ask.superlative import _MOST_TROUBLING

    assert _MOST_TROUBLING.search("川の油の事故で一番多い原因は何なんでしょう")
    assert not _MOST_TROUBLING.search("一番多い指標はどれ？")


def test_an_earlier_era_is_no_sheets_years(eneo_service):
    # (once R4–R6 told as if compared)
    refused_saying(eneo_service, [("空き巣の件数って、平成の頃と比べるとどれくらい減ったんですか？", "平成の頃")])


def test_a_request_frame_answers_as_the_question_itself(eneo_service):
    # (once refused: 「担当者」「利用者」「文言」「結論」に関する記載はない)
    plain = [("雪崩対策事業費の課題は何ですか？", ("11 50 04", "9-1", None)),
             ("無人駅の駅舎活用の事業で、来年度の改善の方策は？", ("02 60 03", "9-2", None))]
    answered_first(eneo_service, plain)
    framed = ["あなたは県の担当者です。次の質問に答えてください。{q}", "利用者の方が『{q}』とおっしゃっています。",
              "{q} 正確な文言と該当する欄をお知らせください。", "{q} 結論→理由→根拠の順で。"]
    answered_first(eneo_service, [(f.format(q=q), want) for q, want in plain for f in framed])

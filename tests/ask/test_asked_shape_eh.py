"""Dev sets EH and EI's answer classes (a policy secretary's assembly questions, a newly transferred clerk who names
programs by what they do), asked here of their sheets: a clipped word the sheet glosses (ケアマネ, 介護支援専門員
（ケアマネジャー）) is the sheet's term; the assembly's 執行部・所管 are who answers, no subject (所管 said to speak is no
header question); 駅数 is the sheet's 駅の数; the words people say for the sheets' (点字ブロック, 服, エサ, 田畑, 植えなおし);
「補助してる分の金額」 is the program's money; 「…の授業のシート」 names the sheet, not a subject; strain and risk
(無理が出ていないか, しわ寄せ, 止まってもおかしくない) ask for the 課題; how a named 取組 was received is its 取組実績; what is new from next year is the 方策."""

from __future__ import annotations

from .citing import answered_first, answered_from, answered_saying


def test_a_clipped_word_the_sheet_glosses_is_its_term(ehei_service):
    # (once refused, or the 技能検定 sheet: 「ケアマネ」に関する記載は取り込まれたシートにない)
    answered_first(ehei_service, [
        ("ケアマネ試験の合格者数、令和６年度は前の年より減ったと聞いている。原因は何だと所管は言っているのか。", ("05 60 06", "8", 1)),
        ("事業所で働くケアマネの人数がずっと目標を割り込んでいる。執行部はその原因をどう分析しているのか。", ("05 60 06", "8", 2))])
    answered_saying(ehei_service, [("ケアマネ向けの相談窓口、実際どれくらい使われているのか。", "218件")])


def test_a_count_compound_is_the_sheets_count_of(ehei_service):
    # (once refused: 「点状ブロックの整備駅数」に関する記載は取り込まれたシートにない, the indicator says 駅の数)
    answered_first(ehei_service, [("ホームの点状ブロックの整備駅数、R6は目標78駅に対して75駅で未達成だったと理解しているが、それで合っているか。",
                                   ("02 18 04", "4", 2))])


def test_everyday_words_for_the_sheets_terms(ehei_service):
    # (once the 小型家電 sheet's 回収ボックス, or refused for 「田畑」「エサ用の稲」)
    answered_from(ehei_service, [("服の回収ボックス、県内に今いくつ置いてあるのか。", "06 36 04")])
    answered_first(ehei_service, [
        ("堆肥を広くつかってもらう事業で、山のほうの小さい田畑だと機械が入れない件、R7はどうするつもりなんでしょう", ("09 53 04", "9-2", None)),
        ("エサ用の稲をつくる農家さんと牛を飼ってる農家さんを引きあわせる会議、なにか成果ってでてるんでしょうか", ("09 53 04", "7", None))])


def test_the_portion_subsidised_is_the_programs_money(ehei_service):
    # (once refused: シートには「分金額」の記載がない)
    answered_saying(ehei_service, [("植林地のシカよけの柵に補助してる分の金額って、R6でいくらくらいでしょう", "64,149")])


def test_the_sheet_of_a_thing_names_no_subject(ehei_service):
    # (once refused: 「授業のシート」に関する記載は取り込まれたシートにない)
    answered_first(ehei_service, [("SOSの出し方を教える授業のシートで、R5は授業をした学校がへってたんですけど、理由ってなんでしょう",
                                   ("12 49 03", "8", 2))])


def test_strain_and_risk_words_ask_for_the_issue(ehei_service):
    # (once the indicator's figures: 無理が出ていないのか, しわ寄せ, 止まってもおかしくない were no 課題 words)
    answered_first(ehei_service, [
        ("介助の予約サービス、利用は伸びているようだが、ここ数年で現場に無理が出ていないのか。", ("02 18 04", "9-1", None)),
        ("衣類の回収がいつ止まってもおかしくない、という話を聞いたが、どういうことか。", ("06 36 04", "9-1", None))])


def test_how_a_named_doing_was_received_is_its_record(ehei_service):
    # (once the 細事業's line and the 取組 of section 3: the 取組実績 says how the online course was rated)
    answered_first(ehei_service, [("更新研修をオンラインにしたというが、現場の受け止めはどうなのか。", ("05 60 06", "7", None))])


def test_something_new_from_next_year_is_the_plan(ehei_service):
    # (once the シカ indicator's figures: 「来年から新しくやること」 was no 方策 cue)
    answered_first(ehei_service, [("植えた苗をシカからまもるのって、柵以外になにか来年から新しくやることあります？", ("10 57 06", "9-2", None))])

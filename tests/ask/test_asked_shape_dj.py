"""Dev sets DJ's and DK's answer classes (a farmer dictating in dialect, a 建設部 officer typing between meetings), asked
here of their sheets in other wording: a frame word that ends a name (会議 of 支え合い会議) is the subject; who will ask
the asker (「課長に聞かれそう」) is no subject; how much a figure moved (大幅増, 激減) is how it is asked; a name the sheet
quotes (「霜アラート」) said with a kindred word (運営 for 運用) is that 細事業; P&R is the name's パーク＆ライド; 「事業の効果
って言っていいの」 asks the 要因分析."""

from __future__ import annotations

from .citing import answered_first, refused_saying


def test_a_frame_word_that_ends_a_name_is_the_subject(djdk_service):
    from assistant.query.intent import analyze

    # (会議 frames 「会議で説明する」; 支え合い会議 is written in the 地区数 indicator's name.  On the whole index the
    # ごみ出し sheet's 地域支え合いごみ出し支援事業 took the question when 会議 was not heard; here the topic is checked)
    plan = analyze("支え合いの会議が目標に届かなかったのはなぜ？", djdk_service.snapshot(), djdk_service.embedder)
    assert "会議" in plan.salient, plan.salient
    answered_first(djdk_service, [("支え合いの会議が目標に届かなかったのはなぜ？", ("03 15 04", "8", 1))])
    # (a figure's measure ending a name is still the figure asked: 件数 of 相談件数)
    plan = analyze("霜アラートの登録件数が知りたい", djdk_service.snapshot(), djdk_service.embedder)
    assert "件数" not in plan.salient, plan.salient


def test_who_will_ask_the_asker_is_no_subject(djdk_service):
    # (課長 is written on the 県職員能力開発研修 sheet: read as a subject, the question was refused there)
    answered_first(djdk_service, [("建設発生土の有効利用率がR5に下がってR6に戻った理由、課長に聞かれそうなので教えて",
                                   ("11 29 13", "8", 1))])
    # (a 課長 the question is about is still judged)
    refused_saying(djdk_service, [("建設発生土の事業で、課長の研修は何回やったの？", "課長")])


def test_how_much_a_figure_moved_is_how_it_is_asked(djdk_service):
    answered_first(djdk_service, [("霜アラートの登録者、目標より大幅増だったのはなぜ？", ("09 44 10", "8", 2))])


def test_a_quoted_name_with_a_kindred_word(djdk_service):
    # (the sheet quotes 「霜アラート」; its 細事業 is 霜アラート運用事業)
    answered_first(djdk_service, [("霜アラートの運営にR6でいくら使った？", ("09 44 10", "detail", None))])


def test_initials_joined_by_an_ampersand(djdk_service):
    answered_first(djdk_service, [("P&Rの利用者、R6に減ったのはどうして？", ("08 77 04", "8", 1))])


def test_whether_a_change_is_the_programs_effect_asks_why(djdk_service):
    answered_first(djdk_service, [("凍霜害の被害額がR6に減ったのは事業の効果と言っていいの？", ("09 44 10", "8", 3))])

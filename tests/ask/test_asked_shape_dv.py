"""Dev sets DV–EC's answer classes (people of a trade using its own words, a bank's account manager, an assembly
answer's drafter, a blind resident dictating, a high-school student, an ombudsman, a press officer, a newcomer to the
sheets), asked here of their sheets: a figure said to have moved in a year names the indicator that moved so, on
whichever sheet (「インターンに来た学生、R6は減った」); why the program is there at all is its 現状と課題; a count asked with
the user's counter (何件, 何社) is found in the sheet's (７案件, 412事業所), and 「何回も」 asks no count; a budget of a year past the sheet's table, and
names the sheet never lists (「4つの圏域って、どこでしたっけ」), are refused; 立米 and 平米 are the sheet's ㎥ and ㎡."""

from __future__ import annotations

from .citing import answered_first, answered_from, refused_saying


def test_a_movement_in_a_year_names_the_indicator_that_moved_so(dvec_service):
    # (once the 若者県内就職促進 sheet's 学生数, which rose in R6; and the 横断歩道 sheet, its name holding 横断歩道)
    answered_first(dvec_service, [
        ("インターンに来た学生、R6は減ったって書いてあるけど、その理由は要因分析の欄でどう説明されてる？", ("09 36 05", "8", 2)),
        ("横断歩道の白い線のぬりなおし、2023年度は少なかったって聞いたけど、なんで？", ("15 45 03", "8", 1))])


def test_why_the_program_is_there_is_its_situation(dvec_service):
    # (once the 要因分析 of its リサイクル量, linked strongly by 紙おむつ)
    answered_first(dvec_service, [("そもそも県が使用済みの紙おむつを問題視している背景は何か。答弁の前提として押さえておきたい。",
                                   ("06 54 03", "1", None))])


def test_counts_in_the_sheets_counters(dvec_service):
    # (once refused: 「サウンディング」が何件かの記載がない, the sheet counting ７案件)
    answered_from(dvec_service, [("サウンディングって何件くらいやってて、民間からはどんな注文がついてます？", "11 43 03")])
    answered_first(dvec_service, [("協定取引の目標16万立米って、どういう考え方で決めてるんですか。", ("10 66 10", "4", 1))])
    # (「何回も出てくる」 says often, it asks no count: once refused for the 回 the sheet does not give)
    answered_from(dvec_service, [("「宿日直許可」って言葉が何回も出てくるけど、県は実際どのくらい手伝って、何病院が許可を取れたの？",
                                  "05 71 04")])


def test_what_no_sheet_gives_is_refused(dvec_service):
    refused_saying(dvec_service, [("あおり運転対策の、令和８年度の予算っていくら要求してるの？", "令和8年度の予算・決算"),
                                  ("合同訓練をやった4つの圏域って、どこでしたっけ", "個別の名称"),
                                  # (towns named on the sheet name no company)
                                  ("麦大豆の契約栽培が9件決まったって、相手はどこの会社？", "個別の名称")])


def test_a_loanword_for_the_sheets_word(dvec_service):
    # (once refused: 「アルコールチェック」 is never written, the sheet's 「アルコール検知器による確認」 is; 穴 asks for the 課題;
    # an action said in katakana only: 「トラックドライバー」 is no 「トラック協会」 beside a 運転者)
    answered_first(dvec_service, [("小さい事業所のアルコールチェック、運用上いちばん穴になっているのはどこなんでしょう？", ("15 65 07", "9-1", None))])
    refused_saying(dvec_service, [("トラックドライバー不足の対策で県がやってる事業の成果教えて", "トラックドライバー")])


def test_a_conditional_to_joins_no_items():
    # (「業種でいうとどういう内訳」 was refused for 「業種でいう・どういうそれぞれの内訳の数値」)
    from assistant.ask.unstated import _each_items

    assert len(_each_items("採択案件って業種でいうとどういう内訳ですか？")) < 2
    assert set(_each_items("東京と大阪、それぞれ何件？")) == {"東京", "大阪"}


def test_a_movement_is_read_in_the_sheets_own_columns():
    # (r4, r5, r6 are the sheet's FY-2, FY-1 and FY: on a 令和7年度 sheet, r5 is R6)
    from assistant.query.movement_link import moved

    row = {"r4": "10", "r5": "8", "r6": "9"}
    assert moved(row, 2023, -1, 2024) and moved(row, 2024, 1, 2024)
    assert moved(row, 2024, -1, 2025) and not moved(row, 2025, -1, 2025)
    assert moved(row, 2022, -1, 2024) is None

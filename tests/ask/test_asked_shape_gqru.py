"""Dev sets GQ's, GR's and GU's answer classes, asked here of their sheets in other words: an NPO worker writing Japanese as
a second language, who types the form's words in hiragana and adds an English gloss in brackets (「かだい」「（risk
assessment）」「来年、…どうやって…ですか」), and a tax accountant who speaks of years as a firm does and of figures as an
accountant reads them (「前期比増加額」「累計ではなく単年度で」「単価に変更は」), and a researcher abroad pasting a machine
translation, which writes loanwords for the form's words (「…のプログラムのバジェット」「稼働のレートのトレンド」).  (Their asides, a client's story and a
guessed cause put as a question, are tested in tests/text/test_asker.py.)"""

from __future__ import annotations

from .citing import answered_first, answered_saying, refused_saying


def test_form_words_in_hiragana_and_an_english_gloss(gqru_service):
    # (once refused: 「かだい」に関する記載は…ない (かだい read as 過大); 「risk assessment」が何社かの記載がない;
    # 「内容ごとの内訳」の記載がない.  「来年、…どうやって」 was answered from the indicator, not the 方策)
    answered_first(gqru_service, [
        ("やさしい日本語の事業のかだいはなにですか？", ("13 40 02", "9-1", None)),
        ("ESDの事業のよさんとけっさん、2024年度はいくらですか？", ("12 74 02", "6", None)),
        ("来年、県はやさしい日本語の研修をどうやって広げるですか。", ("13 40 02", "9-2", None)),
    ])
    answered_saying(gqru_service, [
        ("リスクアセスメント（risk assessment）を入れた会社は、2024年度に何社ありましたか？", "73事業所"),
        ("やさしい日本語にしたお知らせは去年何件で、どんな内容が多かったですか？", "防災"),
    ])


def test_a_firms_years_and_an_accountants_figures(gqru_service):
    # (once refused: 「比増加額」に関する記載は…ない; 「単年度ごとの内訳」の記載がない; 1単位あたりの金額（単価）の記載がない)
    answered_first(gqru_service, [
        ("企業の協賛・寄附額の前期比増加額をご教示ください。", ("13 33 05", "4", 2)),
        ("累計ではなく単年度で見ると、うるし林は毎年どの程度植えているのでしょうか。", ("10 41 04", "4", 1)),
        ("防護柵の補助単価は来年度見直されますか？", ("10 41 04", "9-2", None)),
    ])
    # a lecturer's pay for one class is printed nowhere (once answered with the 細事業's 決算額)
    refused_saying(gqru_service, [
        ("謝金（honorarium）は外国人住民講師に１回の授業でいくらですか？", "記載がない"),
    ])


def test_a_machine_translations_loanwords(gqru_service):
    # (once refused: 「監視のプログラム」「稼働のレート」「リノベーションのプロジェクト」「フォレストのオーナー」に関する記載は…ない)
    answered_first(gqru_service, [
        ("環境放射能の監視のプログラムのバジェットは、FY2024に何でしたか？", ("04 37 02", "6", None)),
        ("モニタリングポストの稼働のレートは、どのようなトレンドですか？", ("04 37 02", "4", 1)),
        ("水力発電所のリノベーションのプロジェクトでは、どのような困難がありますか？", ("14 19 03", "9-1", None)),
        ("混交林のプログラムは、フォレストのオーナーの同意を得るために次の年に何をしますか？", ("10 58 05", "9-2", None)),
    ])

"""Dev sets FH's and FI's answer classes, asked here of their sheets: FH (a field officer dictating to a phone: years and
figures said in kana, 「れいわごねんど」「さんびゃくさんじゅうはちにん」) and FI (a budget examiner's memo: 「R7の対策を具体的に」,
「３組合の名称は」)."""

from __future__ import annotations

from .citing import answered_first, answered_saying, refused_saying


def test_years_and_figures_said_in_kana(fhfi_service):
    # (once refused: 「令和ろくねんど」「れいわごねんど」「じゅうはちに」に関する記載はない)
    answered_first(fhfi_service, [
        ("ケアプラン点検のアドバイザーって えーと何人いて 令和ろくねんどに何件くらい点検したんだっけ", ("05 98 03", "7", None)),
        ("応急住宅の事業 れいわごねんどに補正かかってたよね いくらで 予算全部でいくらになったんだっけ", ("11 72 05", "6", None)),
        ("リサイクル製品の認定数が れいわごねんどに減っちゃったのって何が原因", ("06 64 05", "8", 1)),
        ("認定調査員研修の修了者 がくっと減ってるけど なんでだっけ えーとさんびゃくさんじゅうはちにんだったかな", ("05 98 03", "8", 3)),
    ])
    answered_saying(fhfi_service, [("介護給付の適性化の事業 れいわろくねんどの決算いくらで あと一般財源どんくらいだっけ", "25,993")])


def test_an_indicators_own_qualifier_is_no_breakdown(fhfi_service):
    # (once refused: 「年度末ごとの内訳」の記載がない; the indicator is 認定製品数（年度末）)
    answered_first(fhfi_service, [("リサイクル製品の認定数って 年度末で見ると令和よねんからどうなってる", ("06 64 05", "4", 1))])


def test_a_share_asked_with_no_subsidy_is_no_subsidy_rate(fhfi_service):
    # (once refused: 補助率の記載がない; the 課題 says 「認定製品の約８割が建設資材」)
    answered_saying(fhfi_service, [("リサイクル製品って 建設資材ばっかりって問題になってなかったっけ 何割くらいだっけ", "約８割")])


def test_next_years_change_and_measures_are_the_plan(fhfi_service):
    # (once refused: 来年度の予算額はまだない; 令和7年度の実績や予算はまだない)
    answered_first(fhfi_service, [
        ("団体旅行の助成 北陸とか関西から来る団体は 来年度 上げるんだっけ いくらに", ("02 78 04", "9-2", None)),
        ("共同会計の導入遅れ、R7の対策を具体的に。", ("10 43 05", "9-2", None)),
        ("夜間・中規模行事の群衆把握、R7の対策は。機材の追加はあるのか。", ("15 53 03", "9-2", None)),
    ])


def test_a_word_dictated_for_the_sheets_compound(fhfi_service):
    # (once refused: 「農業私財」に関する記載はない; the sheet's 方策 says 農業資材, read alike)
    answered_first(fhfi_service, [("リサイクル製品の農業私財とか 来年度は農協と何かやるんだっけ", ("06 64 05", "9-2", None))])


def test_dictated_as_needs_the_compound_on_the_sheet():
    from assistant.ask.refusal import dictated_as

    assert dictated_as("私財", "リサイクル製品の農業私財とか", {"資材", "農業"}, ["農業資材の認定製品を農協の資材カタログに"]) == {"資材"}
    assert dictated_as("私財", "リサイクル製品の農業私財とか", {"資材", "農業"}, ["建設資材が約８割"]) == set()  # not 農業資材
    assert dictated_as("講演", "講演とか学校のグラウンド", {"公園"}, ["学校のグラウンドや公園"]) == set()  # a word alone


def test_the_names_of_the_members_counted(fhfi_service):
    # (once answered with the 森林組合 sheet's 実績: the sheet counts 北信地域の３組合 but never names them)
    refused_saying(fhfi_service, [("北信の合併協議会に入っている３組合の名称は。", "個別の名称")])


def test_a_measure_by_office_that_the_sheet_writes_is_no_breakdown(fhfi_service):
    # (once refused: 「地域振興局ごとの内訳」の記載がない; the 方策 says 「地域振興局ごとに調整会議を開く」)
    answered_first(fhfi_service, [
        ("応急住宅の候補地が見つからない町村の件で 地域振興局ごとになんかやることになってなかったっけ 来年度から", ("11 72 05", "9-2", None)),
    ])

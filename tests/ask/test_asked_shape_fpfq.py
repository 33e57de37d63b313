"""Dev sets FP's and FQ's answer classes, asked here of their sheets in other words: FP (a young person's casual
smartphone Japanese: 「3Dのやつ」「微妙？」「市役所」「来年なんかやるの」, a name in Latin letters the sheet never writes) and FQ (a
retired engineer's precise questions: 西暦 years asked each, rates worked out from the figures, breakdowns the sheet lists,
a price a passage states, a 事業名 said with one of its ・-joined words left out)."""

from __future__ import annotations

from .citing import answered_first, answered_from, answered_saying, refused_saying


def test_a_digit_and_a_capital_are_one_word(fpfq_service):
    # (once refused: 「Dデータ」の記載はない, the 3 of 3D read as a figure)
    answered_first(fpfq_service, [
        ("3Dデータのダウンロード数ってどうなってる？", ("11 23 04", "4", 2)),
    ])


def test_casual_words_are_how_it_is_asked(fpfq_service):
    # (once refused: 「微妙」「問題視」「代替策」の記載はない; 「来年なんかやるの」 read as no question about measures)
    answered_first(fpfq_service, [
        ("ユースパスの売れ行きってここ3年どう？微妙？", ("02 31 05", "4", 1)),
    ])
    answered_from(fpfq_service, [
        ("業務用野菜の契約で、取引先が一社に偏ってることを県は問題視してますか。", "09 39 04"),
        ("3D都市モデルの更新方法が決まってない件、来年なんかやるの？", "11 23 04"),
    ])


def test_a_name_with_one_joined_word_left_out(fpfq_service):
    # (once linked to no program: 学校スキー・スケート授業支援事業費 said 「スキー授業支援」)
    answered_first(fpfq_service, [
        ("スキー授業支援の課題って何？", ("12 48 03", "9-1", None)),
    ])


def test_years_asked_each_are_the_table_columns(fpfq_service):
    # (once refused: 「2023年度・2024年度」それぞれの数値の記載はない)
    answered_from(fpfq_service, [
        ("体験クーポンを使った子どもの数、2023年度と2024年度それぞれ何人？", "15 42 03"),
    ])
    answered_first(fpfq_service, [
        ("認証取得件数の累計、年間の増分で見ると伸びは鈍ってる？", ("07 36 05", "4", 1)),
    ])


def test_a_breakdown_the_sheet_lists(fpfq_service):
    # (once refused: 「地域別の内訳」「種類別の内訳」の記載はない, though the sheet lists 諏訪地域８社… and スポーツ教室38％…)
    answered_saying(fpfq_service, [
        ("国際規格の認証で助成を受けた企業、地域別だと何社ずつ？", "諏訪地域８社"),
        ("体験クーポンの使い道、活動の種類別だとどうなってる？", "スポーツ教室38％"),
    ])
    # (a list of another kind answers no breakdown by place)
    refused_saying(fpfq_service, [
        ("ユースパスの販売枚数、市町村別の内訳は？", "市町村別"),
    ])


def test_a_rate_or_a_price_worked_out_from_the_figures(fpfq_service):
    # (once refused: 補助率の記載はない for 「修了率にすると何割」; 単価の記載はない for 「…で割ると1人いくら」)
    answered_first(fpfq_service, [
        ("内部監査員の講座、修了率にすると何割？", ("07 36 05", "4", 2)),
    ])
    answered_from(fpfq_service, [
        ("こども体験の事業、R6決算額をクーポン利用者数で割ると1人いくら？", "15 42 03"),
    ])


def test_a_price_the_sheet_states_in_passing(fpfq_service):
    # (once refused: 「レンタル」にかかる費用の記載はない, though the 現状 writes 「１日当たり3,000円から5,000円」)
    answered_saying(fpfq_service, [
        ("スキー授業の話で、用具のレンタル代って1日いくらくらいかかるもの？", "3,000円から5,000円"),
    ])


def test_a_name_in_latin_letters_the_sheet_never_writes(fpfq_service):
    # (once answered from the キャッシュレス決済 figures)
    refused_saying(fpfq_service, [
        ("水道料金ってPayPayで払える？", "PayPay"),
    ])


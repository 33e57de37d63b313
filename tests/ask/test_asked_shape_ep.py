"""Dev sets EP, EQ and ES's answer classes (a new recruit learning to read the sheets, a community-revitalisation
volunteer asking what a program does for them, a reference librarian relaying patrons' questions), asked here of their
sheets, and two voices written for the unread sets EV and EW, asked of the bundled samples: a manner noun (「銃のしまい方」
「読み方」) asks how a thing is done, never a subject of its own; names listed on a sheet (「若槻養護学校と寿台養護学校」) answer
「学校名の記載はありますか」, and 「スーパーなどのお店」 asks no shop's name; everyday words (種もみ, 田んぼ) are the sheets'
種子, ほ場; a patron's words relayed in 『』 with 「…と調べておられます」「…という利用者の方がいらっしゃいます」 are the
question; one kanji typed as kana (はかり: 秤) on one program's sheet alone names it; a count asked of a program (「人数は
増えてますか」「泊まった人の数」「数は増えてる」) is its indicator counting that kind; one-kanji words joined by の (木の駅) are
a program's short name; 「県は年間どれくらい使ってる」 asks its money; a written inquiry (照会: 貴県の…, 標記について、下記のとおり
照会いたします, 算定根拠はいかがでしょうか) and 関西弁 (なんぼ, どない, 〜へん, 大阪やったら…けど) ask what their plain
question asks."""

from __future__ import annotations

from .citing import answered_first, answered_from, answered_saying, refused_saying


def test_a_manner_noun_asks_how_a_thing_is_done():
    from assistant.text.wording import manner_forms

    assert manner_forms("銃のしまい方を確認") == {"仕舞い"}
    assert manner_forms("事業改善シートの読み方") == {"読み方"}
    assert manner_forms("地方の両方の") == frozenset()


def test_manner_nouns_and_everyday_words_are_no_absent_subject(epqs_service):
    # (once refused: 「銃のしまい方」「種もみ」「麦の種」「田んぼの検査」に関する記載はない)
    answered_saying(epqs_service, [
        ("お巡りさんが家に来て銃のしまい方を確認する取り組みについて、問題点として何か書かれていますか。", "指導の仕方に差")])
    answered_first(epqs_service, [
        ("『県の種もみや麦の種は、ちゃんと計画どおりに作れているのか』というご質問です。計画に対してどれだけ作れたかの割合について、"
         "R4年度からR6年度までの動きを教えてください。", ("09 27 05", "4", 3)),
        ("『令和５年は暑すぎて、種を取る田んぼの検査に落ちたところが多かったのでは』というお問い合わせです。種子の事業でR5年度に"
         "種取り用の田畑の審査の合格率が下がった理由を、シートの記載どおりに教えていただけますか。", ("09 27 05", "8", 1))])


def test_names_listed_on_the_sheet_answer_a_names_question(epqs_service):
    from assistant.text.vocabulary import ATTRIBUTES

    asked, stated = next((a, s) for a, s, label in ATTRIBUTES if label == "個別の名称")
    assert not asked.search("スーパーなどのお店に立ち入って中身の量を調べる検査は、何店舗で")  # などの is no どの
    assert stated.search("若槻養護学校と寿台養護学校が設ける５か所の分教室")
    assert not stated.search("県立高校・特別支援学校で１人１台端末") and not stated.search("市立病院と県立病院")  # kinds, no names
    # (once refused: 「学校名」についての記載がない / 個別の名称の記載がない)
    answered_from(epqs_service, [
        ("『病院の中の学級は、どこの学校が受け持っているのか』と尋ねられました。入院中の子どもの教育のシートに、学校名の記載はありますか。",
         "12 19 04")])
    # ... while kinds of school are no names (once answered with a 細事業's table)
    refused_saying(epqs_service, [("健康観察のシステムをまだ入れてない市町村って、どこなんでしょう", "個別の名称")])


def test_one_kanji_typed_as_kana_names_the_program_whose_sheet_alone_has_it(epqs_service):
    # (once refused: 「はかりの検査」に関する記載はない — はかり, Sudachi's 秤, never voted for the 計量 sheet)
    answered_first(epqs_service, [
        ("利用者の方が『はかりの検査の事業に、県は実際いくら使ったのか』と調べておられます。R6年度の決算額と、予算のうち一般財源の額は"
         "それぞれいくらでしょうか。", ("07 57 03", "6", None))])


def test_a_count_asked_of_a_program_is_its_indicator_counting_that_kind(epqs_service):
    # (once the program's first indicator: 巡視日数, 宿泊施設等の数, 一体的に実施している教室の割合)
    answered_first(epqs_service, [
        ("自然保護レンジャーって、ボランティアなのでどんどん増えてるって研修で聞いた気がするんですけど、人数は増えてますか？",
         ("06 28 06", "4", 2)),
        ("古民家の宿に泊まった人の数って、どんな感じで推移してますか？", ("08 67 03", "4", 2)),
        ("放課後子ども教室って、ここ3年で数は増えてるんですか？減ってるんですか？", ("12 45 04", "4", 1))])


def test_short_names_and_money_asked_in_plain_words(epqs_service):
    # (once another program's 一般財源 (スキーム), and the 現状 for what the prefecture spends)
    answered_first(epqs_service, [
        ("木の駅の事業って一般財源がゼロになってるんですけど、どういうスキームでお金が出てるんですか？", ("10 39 06", "6", None)),
        ("放課後子ども教室の事業って、県は年間どれくらい使ってるんですか？ざっくりでいいです", ("12 45 04", "6", None))])


def test_a_written_inquiry_asks_its_plain_question(service):
    # (the frame itself: tests/text/test_asker.py)
    # (once refused: 「貴県の協働・共創推進事業」「貴県のNPOセミナー」「下記のとおり照会」「いかが」「目標値の算定根拠」に関する記載はない)
    answered_first(service, [
        ("貴県の協働・共創推進事業について、今後の方向性をご教示願います。", ("02 05 02", "9-2", None)),
        ("貴県のNPOセミナーの満足度が低下した要因をどのように分析されていますか。", ("02 05 02", "8", 3)),
        ("貴県の協働・共創推進事業に係る令和６年度の決算額及び一般財源の額についてご教示願います。", ("02 05 02", "6", None)),
        ("標記について、下記のとおり照会いたします。１　協働・共創推進事業の成果指標の目標値の算定根拠はいかがでしょうか。",
         ("02 05 02", "4", 1)),
        # (once refused: 「参加者満足度の実績値」に関する記載はない; 「協働・共創推進事業それぞれの内訳」の記載はない)
        ("NPOセミナーの参加者満足度の実績値の推移をお示しください。", ("02 05 02", "4", 3)),
        ("協働・共創推進事業の事業費の内訳（細事業別）をご教示ください。", ("02 05 02", "6", None)),
        ("協働・共創推進事業における共創セッションの実施の有無についてご教示ください。", ("02 05 02", "4", 1)),
        # (once refused: 「当該事業の令和6年度決算額」; the 取組実績 for an indicator's 実績)
        ("協働・共創推進事業に関し、当該事業の令和６年度決算額及び予算現額をご教示ください。", ("02 05 02", "6", None)),
        ("NPOセミナーの参加者満足度の実績（令和４〜６年度）をご教示ください。", ("02 05 02", "4", 3))])
    # ... while a thing the sheet never writes is still refused
    refused_saying(service, [("協働・共創推進事業における子ども向けワークショップの実施の有無についてご教示ください。", "ワークショップ")])


def test_kansai_speech_asks_its_plain_question(service):
    # (the forms themselves: tests/text/test_dialect.py)
    # (once the 事業目的 for 「なんぼ」, and refused: 「大阪」についての記載はない)
    answered_first(service, [
        ("協働・共創推進事業て結局なんぼかかってるん？", ("02 05 02", "6", None)),
        ("大阪やったらNPOの研修もっとあったけど、長野のNPOセミナーの満足度ってどないなん？", ("02 05 02", "4", 3)),
        ("NPOセミナーって大阪の方がよっぽど満足度高かったで。長野はどうなってるん？", ("02 05 02", "4", 3)),
        ("市の協働・共創の事業って、来年どないしはるん？", ("02 05 02", "9-2", None)),
        ("大阪やと川の氾濫対策もっとやっとったけど、長野の流域治水ってなにしてるん？", ("11 03 05", "7", None))])
    # ... while a comparison asked with the other place is still refused
    refused_saying(service, [("大阪と比べて、NPOセミナーの満足度は高いの？", "大阪")])


def test_a_thing_asked_of_a_place_and_a_price_per_unit(epqs_service):
    from assistant.text.terms import NOT_A_THING_Q

    assert not NOT_A_THING_Q.search("木の駅でもらえる地域通貨って、有効期限とかあるんですか?")  # a place, no 〜てもらえる
    assert NOT_A_THING_Q.search("市に教えてもらえるんですか?")
    # (once answered with the 細事業's table: 木の駅 unlinked, 「でもらえ」 read as a favour asked)
    refused_saying(epqs_service, [("木の駅でもらえる地域通貨って、有効期限とかあるんですか？", "有効期限")])
    # (once refused: 取組ごとの金額の記載がない; 「移り変わり」についての記載がない)
    answered_saying(epqs_service, [
        ("はかりの定期検査を外部に頼んでいる場合、１台あたりいくらで委託しているかは、シートのどこかに書かれていますか。", "1,150円")])
    answered_first(epqs_service, [
        ("利用者の方が『病院を出たあと、元の学校に戻れた子の割合』の移り変わりを調べておられます。病気療養児のシートでは、どの欄に"
         "どのような数字が載っていますか。", ("12 19 04", "4", 2)),
        ("木の駅ってどのくらいのペースで増えてるんですか？うちの集落にも作れないかなって思ってて", ("10 39 06", "4", 1))])

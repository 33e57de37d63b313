"""Dev sets FF's, FR's and FT's answer classes, asked here of their sheets in other words: FF (a newly assigned officer
taking over a program: 「問い合わせが来そう」「引継ぎ資料に入れたくて」), FR (a student preparing for the prefecture's interview:
「面接で話したいので」「志望動機で…言うつもりなので」) and FT (a shopkeeper's plain words: 「財布」「成績」「本屋」「お金を足した」),
and the programs they name by a word only one sheet files under, or by one word of a name's ・-joined list."""

from __future__ import annotations

from .citing import answered_first, answered_from, answered_saying


def test_the_askers_own_occasion_is_no_subject(frft_service):
    # (once refused: 「志望動機」「課題解決」「問い合わせ」の記載はない)
    answered_from(frft_service, [
        ("志望動機で「誰も取り残さない福祉」って言うつもりなので、重層的支援の来年度の方策を教えてください。", "05 43 04"),
        ("橋梁点検の共同発注の課題、面接で課題解決の話をしたいので教えてください。", "11 51 03"),
        ("準備段階調査の補助の上限はいくらですか？市町村から問い合わせが来そうなので。", "11 92 04"),
    ])
    answered_saying(frft_service, [
        ("補助犬の新規貸与頭数の推移は？引継ぎ資料に入れたくて。", "補助犬の新規貸与頭数"),
    ])


def test_a_program_named_by_a_word_only_its_names_hold(frft_service):
    # (once refused: 「スマートICの事業費」の記載はない; スマート林業 and スマート農業 share スマート, and
    # 「Xの事業費」 was left to the refusal however the sheets file X)
    answered_first(frft_service, [
        ("スマートＩＣの事業費、R6年度の補正予算はいくら？", ("11 92 04", "6", None)),
    ])


def test_one_word_of_a_names_list_names_it(frft_service):
    # (once linked to 生活環境保全対策事業費's 騒音監視事業; 暴走行為・騒音運転対策推進事業費 has 騒音 joined into 騒音運転)
    answered_first(frft_service, [
        ("騒音の事業で、道路の騒音を監視するのにかかったお金は？", ("06 49 03", "6", None)),
    ])


def test_an_indicator_saying_every_word_outweighs_a_phrase_elsewhere(frft_service):
    # (once linked to 生活環境保全対策事業費, whose 課題 alone writes 「悪臭の苦情」 as typed)
    answered_from(frft_service, [
        ("騒音とか悪臭の苦情の解決率は目標に届いた？", "06 49 03"),
    ])


def test_a_shopkeepers_words_for_the_form(frft_service):
    # (once refused: 「予算の財布」「地域通貨の成績」「お客」の記載はない; 自分の財布 not read as 一般財源)
    answered_saying(frft_service, [
        ("まちなか居住の事業、県が自分の財布から出したのはいくら？", "一般財源"),
        ("地域通貨の事業で、途中でお金を足したのかい。", "補正予算等"),
    ])
    answered_first(frft_service, [
        ("地域通貨の成績、導入した市町村はいくつになったんだい。", ("02 39 04", "4", 1)),
        ("本屋でやったイベントの参加者は目標に届いたのかい。", ("04 27 03", "4", 1)),
        ("出張本屋のお客さんの数は伸びてるのかい。", ("04 27 03", "4", 2)),
    ])


def test_plain_words_for_the_sheets_terms(frft_service):
    # (once refused: 「橋の修繕」「入店」の記載はない; おまわりさん linked to no 警察官)
    answered_first(frft_service, [
        ("おまわりさんが街に出てる時間は増えたの？", ("13 45 02", "4", 1)),
        ("補助犬を連れて入店を断られた相談の件数は？", ("05 78 06", "4", 3)),
    ])
    answered_from(frft_service, [
        ("市町村の橋の修繕着手率が目標に届かなかった理由は？", "11 51 03"),
    ])


def test_a_price_with_its_noun_between(frft_service):
    # (once refused: 1回あたりの金額の記載はない, though the sheet says 「１回当たり謝金25千円」; and 積算単価, the standard
    # prices works are estimated at, read as a unit price asked)
    answered_saying(frft_service, [
        ("ＳＤＧｓの専門家派遣の謝金は1回いくら？", "25千円"),
    ])
    answered_from(frft_service, [
        ("積算単価の改定が追いつかない課題は解決したの？", "11 10 03"),
    ])

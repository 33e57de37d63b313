"""Blind sets CZ's and DA's answer classes (an assembly member questioning the executive in committee; a contractor or
designated manager running a program on site), asked here of their sheets in other wording: a round level the value fell
below (「85％切っちゃった」) names no indicator; a count named by its counter (応募点数) is the sheet's 応募作品数 where it
writes 「1,187点の応募」; the sheet's phrase with の put in (妊娠の届出) is its phrase; why asked as where it is held back,
how the prefecture analyses it, or what drags it down; 「…側なんで」 at the end is "because", no why; the executive
(執行部) is no 部局; 「舞台公演の方の細事業」 asks the money of the 細事業 that holds it; 「何本」 of events told as
「52事業」; the topic said before the items (「説明会って首都圏と関西で」); money over the years (「決算ベースでどう推移」);
a program linked by a short form only yields to the indicator whose target the question quotes; and facts no sheet
states: a capacity (何人まで), a rent, each venue's figure."""

from __future__ import annotations

from .citing import answered_first, answered_from, answered_saying, refused_saying


def test_a_level_fallen_below_names_no_indicator(czda_service):
    # (08-88-03's 夜間コンテンツ参加者の満足度 has the target 85.0％: no figure the user quotes from the sheet)
    answered_first(czda_service, [("利用者アンケートの満足度、今回85％切っちゃったのはなぜ？", ("12 42 09", "8", 3))])


def test_a_count_named_by_its_counter(czda_service):
    answered_first(czda_service, [("作品展の応募点数って、ここ３年でどう動いてる？", ("05 74 05", "4", 2))])


def test_the_sheets_phrase_with_no_put_in(czda_service):
    answered_first(czda_service, [("そもそも論として、妊娠の届出が20週を過ぎる人は県内にどのくらいいるの？", ("16 89 06", "1", None))])


def test_why_asked_as_where_it_is_held_back_or_how_it_is_analysed(czda_service):
    answered_first(czda_service, [
        ("標的型メールの開封率、改善はしているけど目標の５％にはまだ届かない。どこで引っかかってる？", ("01 76 12", "8", 1)),
        ("作品展の応募作品数が1,300点に届かなかったこと、県はどういう分析をしてる？", ("05 74 05", "8", 2)),
    ])


def test_because_at_the_end_is_no_why(czda_service):
    answered_first(czda_service, [
        ("少年自然の家、宿泊研修が日帰りになってきてるけど、来年度はどう手を打つ？うちら現場の側なんで", ("12 42 09", "9-2", None)),
    ])


def test_the_executive_is_no_bukyoku(czda_service):
    answered_first(czda_service, [("孤立予想集落の対策、今一番の課題は何だと執行部は考えてる？", ("03 36 02", "9-1", None))])


def test_the_money_of_the_detail_that_holds_a_named_item(czda_service):
    answered_saying(czda_service, [
        ("アールブリュットの事業で、舞台公演の方の細事業、R6の決算はいくら？", "11,931"),
        ("少年自然の家の主催事業って年間何本やったの？", "52事業"),
        ("ワーホリの説明会って首都圏と関西でそれぞれ何回やった？", "11回"),
    ])


def test_money_over_the_years_one_year_named(czda_service):
    answered_saying(czda_service, [("若年妊産婦の事業、R6は補正も組んでるけど、決算ベースでどう推移してる？", "決算額は R4年度 16,985千円")])


def test_a_short_form_yields_to_the_indicator_whose_target_is_quoted(czda_service):
    # (備蓄 is the short form of 03-26-02 災害時備蓄物資整備推進事業費; 40％ is 03-36-02's 備蓄 indicator's target)
    answered_first(czda_service, [
        ("備蓄のほうですが、７日分確保できた集落は40％の目標からするとだいぶ遠い。何がネックになってるの？", ("03 36 02", "8", 3)),
    ])


def test_what_no_sheet_states_is_refused(czda_service):
    refused_saying(czda_service, [
        ("若年妊産婦の居場所、１か所あたり何人まで泊まれるの？", "定員"),
        ("県営住宅のお試し入居の家賃っていくらくらい？", "家賃"),
        ("アールブリュット展の４会場、それぞれ何人ずつ来たの？", "会場ごと"),
    ])


def test_what_the_money_was_used_for_is_each_details_money(czda_service):
    # (not refused for want of a sentence on the money's purpose: the cost table and what was done answer it)
    answered_from(czda_service, [("速度違反取締りの事業費、R6で大きく増えたけど何に使ったの？", "15 39 12")])

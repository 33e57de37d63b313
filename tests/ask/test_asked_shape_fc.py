"""Dev sets FC and FG's answer classes (a small factory owner and trade-union man talking shop; a high-school teacher
writing worksheet prompts), asked here of their sheets: a thing's money or shop said with a suffix the sheet does not
use (修理代 for its 修繕, お土産屋さん beside its 土産菓子) is the sheet's thing; 値段 asks the money, not a subject; a
counter and the verb after it (「１人雇う」) shorten no program's name; 「R4からの数字並べて」「年々どうなって」 ask an
indicator's trend, 「来年は何か変えんの」「手、何か打つの」「R7から手伝ってくれんのか」 the 方策; a place asked in passing
before a total (「佐久でもやったらしいけど、全部で何か所」) narrows nothing, while a figure asked of one place the sheet
names only in a list with others (「長野市・松本市・飯田市で計９回」) is not the sheet's, nor is a count per part (「運動部と
文化部はそれぞれ何件」) unless the sheet gives each part its number."""

from __future__ import annotations

from .citing import answered_first, answered_from, refused_saying


def test_a_suffix_the_sheet_does_not_use_asks_of_its_own_thing(fcfg_service):
    # (once refused: 「修理代」「お土産屋さん」に関する記載はない)
    answered_from(fcfg_service, [("アルクマの着ぐるみが壊れて直したとき、修理代はいくらかかったの？", "08 39 05")])
    answered_first(fcfg_service, [
        ("アルクマのお菓子ってお土産屋さんにたくさんあるけど、県はそれで何が問題だと考えてるの？", ("08 39 05", "9-1", None))])
    # (a stem no word of the sheet stands for is still the subject: 「花火の入場料」 is on no sheet)
    refused_saying(fcfg_service, [("花火大会の観覧席の入場料はいくらかかったの？", "記載がない")])


def test_a_count_and_its_verb_shorten_no_name(fcfg_service):
    # (once linked 地域運営組織形成支援: 人雇 read as the initials of 人材・雇用)
    answered_first(fcfg_service, [("伐採パトロール員、１人雇うのに年いくらかかってんの？", ("10 49 05", "detail", None))])


def test_figures_laid_out_by_year_are_the_trend(fcfg_service):
    from assistant.query.intent import detect_intents

    assert detect_intents("成約件数、R4からの数字並べてくれ")[0] == "trend"
    assert detect_intents("回った数は年々どうなってんの？")[0] == "trend"
    assert detect_intents("R4からの事業の中身を教えて")[0] != "trend"
    # (once answered from the 取組実績: 件数 counted what was done)
    answered_first(fcfg_service, [
        ("あっせんの成約件数、R4からの数字並べてくれ。一回落ちたんじゃなかったか", ("07 33 04", "4", 1)),
        ("警察が企業回りしてるっていうけど、回った数は年々どうなってんの？", ("15 71 04", "4", 1)),
    ])


def test_next_years_doings_are_the_plan(fcfg_service):
    from assistant.query.intent import detect_intents

    assert detect_intents("商談会、来年は何か変えんの？")[0] == "plan"
    assert detect_intents("届出のこと知らせる手、何か打つの？")[0] == "plan"
    assert detect_intents("来年の予算はいくら？")[0] == "cost"  # (next year's money is no sheet's: refused elsewhere)
    # (once refused as R7's figures, or answered from the indicator table)
    answered_first(fcfg_service, [
        ("小さい会社の規程づくり、R7から何か手伝ってくれんのか？", ("15 71 04", "9-2", None)),
        ("造成業者とか建設屋に伐採の届出のこと知らせる手、何か打つの？", ("10 49 05", "9-2", None)),
    ])


def test_a_place_before_a_total_narrows_nothing(fcfg_service):
    # (once refused: シートには「佐久」が何か所かの記載がない)
    answered_first(fcfg_service, [("法人化セミナー、佐久でもやったらしいけど、全部で何か所でやって何人来たの？", ("09 41 03", "7", None))])


def test_a_place_the_sheet_only_lists_has_no_figure_of_its_own(fcfg_service):
    # (once answered with the 217 permits of the whole prefecture)
    refused_saying(fcfg_service, [("花火の許可217件のうち、松本市内の花火はいくつあった？", "「松本市」だけの数値")])


def test_a_count_per_part_is_each_parts_number_on_the_sheet(fcfg_service):
    # (once answered with the total: 47件, 59,452人)
    refused_saying(fcfg_service, [
        ("入賞47件のうち、運動部と文化部はそれぞれ何件？", "「運動部・文化部」それぞれの数値"),
        ("アルクマのフォロワー59,452人のうち、Instagramは何人でＸは何人？", "それぞれの数値"),
    ])
    # (the sheet gives each its number: 「中学校96校・高校77校で防犯教室」)
    answered_from(fcfg_service, [("防犯教室、中学校と高校でそれぞれ何校でやったの？", "15 27 03")])

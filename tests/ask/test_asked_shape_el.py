"""Dev sets EL and EM's answer classes (a 部長 who wants the gist in a superior's short words, a clerk from another
section who points at places on the sheet), asked here of their sheets: a kind of expense (旅費) asked of as anything but
money is no cost breakdown, least of all of the travel-expense program; places on the sheet (「成果指標の2つめ」
「1ページ目の事業コストの表、いちばん下の行」「5番の表」「2ページ目いちばん下の改善の方策、最初の項目」) are the form's words,
an indicator by its order; 「シートの成果指標」 is the sheet's own part; a director's shorthand (天ぷら油, 廃油, 発電機,
総合計画のゴール); a price per litre is a unit price; いっとき is when, no subject."""

from __future__ import annotations

from .citing import answered_first, answered_from, refused_saying


def _plan(service, q):
    from assistant.query.intent import analyze

    return analyze(q, service.snapshot(), service.embedder)


def test_a_kind_of_expense_asked_of_as_no_money_is_no_cost_breakdown(elem_service):
    # (once refused: シートには経費の内訳（委託料・旅費など）の記載がない)
    answered_first(elem_service, [("旅費、来年度の方向性を一言で。", ("17 48 06", "9-2", None))])
    answered_from(elem_service, [("続けて旅費の方。差し戻しがR5に増えたのはなぜだ？", "17 48 06"),
                                 ("旅費の問い合わせ、去年は何件来てたっけ。", "17 48 06")])
    # ... while an amount of a kind of expense is still one the sheets never give
    refused_saying(elem_service, [("廃食用油の事業で、委託料はいくらですか？", "経費の内訳")])


def test_places_on_the_sheet_are_the_forms_words(elem_service):
    # (once refused: 「成果指標の2つめ」「シートの成果指標」「項目」に関する記載はない; or a ranking of 細事業)
    plan = _plan(elem_service, "中小企業のサイバー対策のシートで、成果指標の2つめ（講座を最後まで受けた人の数）がR6に減っているのはどうしてでしょうか？")
    assert plan.indicator_order == 2 and [(e.jigyo_no, e.indicator) for e in plan.indicators[:1]] == [("07 47 03", 2)], plan.indicators
    answered_first(elem_service, [
        ("中小企業のサイバー対策のシートで、成果指標の2つめ（講座を最後まで受けた人の数）がR6に減っているのはどうしてでしょうか？",
         ("07 47 03", "8", 2)),
        ("1ページ目の事業コストの表、いちばん下の行の決算額はいくらですか？中小企業サイバーセキュリティの事業のシートです。",
         ("07 47 03", "6", None)),
        ("スクールロイヤーのシート1ページ目の成果指標、2行目の『負担に感じている管理職』の割合は下がってきているんでしょうか？",
         ("12 63 02", "4", 2)),
        ("2ページ目いちばん下の改善の方策、最初の項目には何が書いてありますか？中小企業のサイバー対策のシートです。",
         ("07 47 03", "9-2", None)),
        ("指標の表のいちばん上、セキュリティ診断をした中小企業の数はR4からR6でどう動いていますか？", ("07 47 03", "4", 1))])
    answered_from(elem_service, [("保安林のシートの5番の表に出ている、整備面積の累計はR3からR5でどのくらい伸びていますか？", "10 39 05")])


def test_read_places():
    from assistant.text.places import read_places

    assert read_places("細事業の表の3行目の決算額は？") == ("細事業の表の決算額は？", 0)
    assert read_places("警察犬のシートの7番の③あたり") == ("警察犬のシートの主な取組実績と成果あたり", 0)
    assert read_places("指標の①の推移") == ("指標の推移", 1)
    assert read_places("成果指標のいちばん下、R6は？")[1] == -1
    # a superlative and a service's number are no places
    assert read_places("9番の(2)は？") == ("事業改善の方策は？", 0)
    for q in ("一番上がった指標は？", "いちばん下がったのはどれ？", "＃7119番の件数は？", "110番の通報", "決算額が2番目に大きい事業は？",
              "成果指標で一番上がったのはどれ？", "指標の2番目に大きいのは？"):
        assert read_places(q) == (q, 0)


def test_a_directors_shorthand(elem_service):
    # (once refused: 「天ぷら油の回収」「廃油回収」; or the 小水力発電 sheet for 発電機)
    answered_first(elem_service, [("天ぷら油の回収って、ここ数年で増えてるの？減ってるの？", ("06 46 08", "4", 1)),
                                  ("廃油回収、決算で見ると３年でどのくらい増えた？", ("06 46 08", "6", None)),
                                  ("廃油の事業、来年度のテコ入れは？", ("06 46 08", "9-2", None))])
    answered_from(elem_service, [("去年、発電機の補助は何施設に出した？", "05 76 04"),
                                 ("福祉施設の発電機の整備率、総合計画のゴールまであとどのくらいだ？", "05 76 04")])


def test_a_price_per_litre_is_a_unit_price(elem_service):
    # (once the 奨学金 sheet's money)
    refused_saying(elem_service, [("回収した廃油って、１リットルいくらで売れてるの？", "単価")])


def test_a_while_ago_is_no_subject(elem_service):
    # (once refused: 「いっとき実施校」)
    answered_first(elem_service, [("弁護士さんが学校で授業をする取組、いっとき実施校がだいぶ減っていたと思うんですが、結局なんでだったんでしょうか？",
                                   ("12 63 02", "8", 3))])

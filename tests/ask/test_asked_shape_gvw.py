"""Dev sets GV's and GW's answer classes, asked here of their sheets in other words: a graduate student from China who
types a simplified character or a Chinese word now and then (「违反处理」「预算」「为什么」「这个…的…」), and a 財政課 that sends
its requests as a filled-in form (「対象：…／年度：R6／項目：…」「【照会】事業名：… 確認事項：① … ② …」), asking next year's
measures by name (「R7年度の…の取組」), and a count of what an indicator named surely counts."""

from __future__ import annotations

from .citing import answered_first, answered_from, answered_saying, refused_saying


def test_simplified_characters_and_chinese_words(gvw_service):
    # (once refused: 「违反处理アドバイザー」「为什么减少了」に関する記載は…ない; ご質問の内容はシートに記載が見つからない)
    answered_first(gvw_service, [
        ("这个児童养护施设的事业、2024年度的决算额是多少？", ("16 33 06", "6", None)),
        ("雇用管理セミナー的参加企业数、为什么减少了？", ("07 35 03", "8", 3)),
    ])
    answered_saying(gvw_service, [
        ("违反处理アドバイザーは消防ＯＢ何人に委嘱しましたか", "３名"),
    ])


def test_a_request_written_as_a_form(gvw_service):
    # (once refused: 「件名」「関係機関」に関する記載は…ない; 令和7年度の実績や予算はまだ…ない; once answered: H30 with R4–R6)
    answered_from(gvw_service, [
        ("件名：基準地価の調査\n内容：R6に調査した基準地の地点数", "02 71 03"),
        ("対象：水路の転落防止／項目：危険箇所マップの登録箇所数／備考：関係機関との協定があれば", "09 68 05"),
    ])
    answered_first(gvw_service, [
        ("対象：児童養護施設の職員確保｜年度：R7｜項目：職員の定着に向けた新規取組", ("16 33 06", "9-2", None)),
    ])
    # a form asking for what no sheet prints is still refused
    refused_saying(gvw_service, [
        ("対象：校庭芝生化／年度：H30／項目：決算額", "記載がない"),
        ("【照会】事業名：AMR対策　確認事項：R6の抗菌薬の購入単価", "記載がない"),
    ])


def test_a_count_of_what_an_indicator_named_surely_counts(gvw_service):
    # (once answered from 取組実績 (7): 防火管理講習の開催 is a 取組 too, and 何人 read as what was done)
    answered_first(gvw_service, [
        ("防火管理講習の修了者は去年何人でしたか", ("03 29 04", "4", 2)),
    ])

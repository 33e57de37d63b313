"""Dev sets GF's and GH's answer classes, asked here of their sheets in other words: a consultant says a firm's years
(今期・来期・前期), its loanwords (アクションプラン, リードタイム) and the client's trade and size in brackets (「顧問先（建設業、
従業員20名）が」); a resident writing a public comment states a view first (「…拡充すべきと考えます。」「…を懸念しております。」)
and asks after it (「ついては、…をお示しください。」)."""

from __future__ import annotations

from .citing import answered_first, answered_saying, refused_saying


def test_a_firms_years_and_loanwords_are_the_forms(gfgh_service):
    # (once refused: 「今期の決算額」「リードタイム」「職員体制」に関する記載は取り込まれたシートにない)
    answered_saying(gfgh_service, [
        ("林業への新規参入を支援する事業、今期の決算額はいくらでしたか", "16,838"),
        ("県立図書館のビジネス支援の職員体制を教えてください", "2.0人"),
    ])
    answered_first(gfgh_service, [
        ("企業局の実証フィールドの事業、実証から導入までのリードタイムを来期は縮めるんでしょうか", ("14 51 03", "9-2", None)),
        ("社会福祉法人の経営力強化の事業、来期のアクションプランを教えてください", ("05 63 04", "9-2", None)),
    ])


def test_a_clients_trade_and_size_are_no_subject(gfgh_service):
    # (once refused: 「精密部品加工」に関する記載は取り込まれたシートにない)
    answered_saying(gfgh_service, [
        ("顧問先（精密部品加工、従業員20名）が林業への参入を考えています。林業機械のレンタル補助の上限はいくらですか", "150万円"),
    ])


def test_a_view_stated_first_is_no_subject_nor_the_question(gfgh_service):
    # (once refused: 「極めて有意義」「観光振興の切り札」に関する記載は取り込まれたシートにない; once answered with the 方策, its 今後)
    answered_first(gfgh_service, [
        ("社宅の確保への補助は、若い世代の県内定着にとって極めて有意義であり、拡充すべきと考えます。ついては、補助で確保した"
         "社宅の戸数がどう増えてきたのかをお示しください。", ("07 61 04", "4", 1)),
        ("信州鉄道旅パスは観光振興の切り札になり得ると期待しております。パスの販売枚数の推移を教えてください。", ("15 58 04", "4", 1)),
        ("外郭団体への県の関与は今後も継続して見直すべきと考えます。令和6年度に経営目標を達成した団体の割合はどうだったのでしょうか。",
         ("03 46 03", "4", 1)),
    ])
    # what the view is about, its topic, is still the subject asked of
    refused_saying(gfgh_service, [
        ("県営スケート場の老朽化は深刻であり、早急に改修すべきと考えます。改修工事の予定時期と事業費の見込みを教えてください。",
         "スケート場"),
    ])

"""Dev sets GD's and GE's answer classes, asked here of their sheets in other words: a staff member pastes parts of the
PDF into the chat (a sentence, cut off or whole, in 「」 or 『』; a row of the indicator table with its marker, unit and
figures: 「③ 人 2,840 3,615 ↗ 4,500 3,980 ↗ 未達成」), and a high-school debater looks for evidence on both sides (「否定側の
立論用に、」), asking for particulars a sheet may not state (which school, which trees, how many accidents)."""

from __future__ import annotations

from .citing import answered_first, answered_saying, refused_saying


def test_a_use_said_before_the_question_is_no_subject(gdge_service):
    # (once refused: 「反論用」に関する記載は取り込まれたシートにない)
    answered_first(gdge_service, [
        ("反論用に、集落支援員の事業の課題を教えてください。", ("02 56 03", "9-1", None)),
    ])


def test_a_breakdown_by_kind_is_the_passage_that_lists_it(gdge_service):
    # (once refused: 「地域ごとの内訳」の記載がない — the sheet writes 地域別, in hectares; and answered from 4 without the list)
    answered_first(gdge_service, [
        ("被害森林の整理面積は、地域ごとに見るとどうなっていますか？", ("11 81 02", "7", None)),
        ("盗撮防止講習会に来た施設は、どういう業種の施設が多かったですか？", ("17 44 03", "7", None)),
    ])
    answered_saying(gdge_service, [
        ("被害森林の整理面積は、地域ごとに見るとどうなっていますか？", "北信84ha"),
    ])


def test_pay_said_as_salary_is_the_sheets_pay(gdge_service):
    # (once refused: 「集落支援員の給料」に関する記載は取り込まれたシートにない; the sheet says 報酬)
    answered_saying(gdge_service, [
        ("集落支援員の給料が低いのが退任の理由になっているんですか？", "20万円"),
    ])


def test_particulars_the_sheet_does_not_state_are_refused(gdge_service):
    # (once answered with the program's money or its indicators)
    refused_saying(gdge_service, [
        ("ビジネスプランコンテストで最優秀賞をとったのは何高校ですか？", "学校名"),
        ("風雪被害の森林の再生では、何の木を植えているんですか？", "植えた樹種"),
        ("倒木の整理の作業で、事故はどれくらい起きていますか？", "事故の件数"),
        ("被害木を運び出す作業路は、１ｍ作るのにいくらかかりますか？", "単価"),
        ("盗撮で検挙された人の年代は分かりますか？", "年代"),
    ])


def test_a_particular_of_what_was_done_is_the_passage_that_tells_it(gdge_service):
    # (once answered from the indicator 被害木の搬出・利用量 and from the 細事業 row)
    answered_first(gdge_service, [
        ("搬出した被害木は、そのあとどこに出荷されたんですか？", ("11 81 02", "7", None)),
        ("高校生のビジネスプランコンテストで、最優秀賞はどんなプランでしたか？", ("15 74 04", "7", None)),
    ])


def test_a_pasted_passage_or_row_is_read_on_the_sheet_that_prints_it(gdge_service):
    # (once: 18人 linked 資金運用に関する職員研修の受講者数, the row's figures no indicator, the marker ① read as nothing)
    answered_first(gdge_service, [
        ("『③ 人 2,840 3,615 ↗ 4,500 3,980 ↗ 未達成』は何の人数ですか？", ("04 36 02", "4", 3)),
        ("教室不足のシートの『① 校 8 7 ↗ 5 6 ↗ 未達成』は、何の指標ですか？", ("13 67 02", "4", 1)),
        ("「相談窓口で172件の相談を受け付けた。内容は、」の続きには何と書いてありますか？", ("04 36 02", "7", None)),
    ])
    answered_saying(gdge_service, [
        ("『受講者18人、栽培開始12人』というのは、どの講座のことですか？", "アスパラ栽培塾"),
    ])

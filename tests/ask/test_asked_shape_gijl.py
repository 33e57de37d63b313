"""Dev sets GI's, GJ's and GL's answer classes, asked here of their sheets in other words: a colleague in the office chat
(「@山田さん」「re:」「> …」 and the trade's short forms, 包括 and 特商法), a resident posting on a Q&A site who says where they
live and what others say (「上田に住んでいます。」「…と言う人がいて。」), and an association preparing its petition (「私どもの地域
（南佐久）では」「当会では…を求める予定です。」), whose questions ask of next year's budget, of places and of counts by a counter."""

from __future__ import annotations

import re

from .citing import answered_first, answered_saying, refused_saying


def test_chat_marks_and_the_trades_short_forms(gijl_service):
    # (once refused: 「山田さん」に関する記載は取り込まれたシートにない; 包括 once linked to no センター, 特商法 to no indicator)
    answered_first(gijl_service, [
        ("@山田さん 確認させてください\n包括のセンター職員の離職率、R6はどうでした？", ("06 66 03", "4", 3)),
        ("包括の３職種がそろっているセンター、割合でいうと何割くらい？", ("06 66 03", "4", 1)),
        ("re: 悪質商法\n特商法に基づく指導や処分は令和6年度に何件？目標には届いた？", ("04 48 02", "4", 1)),
    ])


def test_where_the_asker_lives_and_what_others_say_are_no_subject(gijl_service):
    # (once refused: 「上田」「南佐久」についての記載はシートにない; 「無駄遣い」に関する記載は…ない)
    answered_first(gijl_service, [
        ("上田に住んでいます。県境を越えて相互利用できる公共施設はいくつになりましたか？", ("02 11 03", "4", 1)),
        ("私どもの地域（南佐久）では関心が高いのですが、県境を越えて相互利用できる公共施設の数はどう増えてきましたか。",
         ("02 11 03", "4", 1)),
    ])
    answered_saying(gijl_service, [
        ("県境地域の連携の事業、R6年度の決算額はいくらですか？無駄遣いだと言う人がいて。", "24,861"),
    ])


def test_a_petitions_plan_is_no_subject_nor_the_question(gijl_service):
    # (once refused: 「公民館の太陽光パネル」「補助の拡充」に関する記載は…ない; once answered with the 方策, for its 予定)
    answered_first(gijl_service, [
        ("当会では公民館への太陽光パネル設置について補助の拡充を求める予定です。非常時の電源を備えた避難所の数が目標に届かなかった"
         "理由を県はどう見ていますか。", ("06 41 03", "8", 1)),
        ("町村会として地域防災計画への財政支援を要望書に盛り込む予定です。新しい地震被害想定を踏まえて計画の見直しを終えた市町村は"
         "令和6年度末でいくつでしたか。目標とあわせて教えてください。", ("03 34 05", "4", 1)),
    ])


def test_what_the_question_asks_of_is_read_past_the_programs_own_words(gijl_service):
    # 見直し of 都市計画道路見直し推進事業費 asks for no 方策; 「今年度は…増やすの」 does; a place asked is where it was done
    answered_first(gijl_service, [
        ("都市計画道路の見直しの事業で、いま課題になっていることは？", ("11 25 02", "9-1", None)),
        ("季節間リレー雇用は、今年度は参加する事業者を増やすんですか？", ("08 13 04", "9-2", None)),
    ])
    ans = gijl_service.ask("去年度に歩道橋を撤去したのはどこの市ですか")
    assert not ans.refused and ans.citations[0].section in ("7", "detail") and "上田市" in ans.answer, ans.answer


def test_next_years_budget_on_the_cost_table_and_counts_by_a_counter(gijl_service):
    # (once refused: 令和7年度の実績や予算はまだどのシートにも記載がない; 「農園」が何戸かの記載がない; 「参加人数」の数値の記載がない)
    answered_saying(gijl_service, [
        ("まつたけの山づくりの事業、令和7年度の当初予算はいくら？", "24,500"),
        ("夏秋いちごのクラウン冷却、導入した農園は何戸でしたか", "22戸"),
    ])
    answered_first(gijl_service, [
        ("オンラインの学習プログラムの参加人数はどう推移していますか", ("12 62 05", "4", 1)),
    ])


def test_what_was_told_stays_the_subject_when_the_question_asks_only_by_kind(gijl_service):
    # the told clause names what is asked (a 共同浴場): no sheet has it, so it is refused, not answered with a 補助 of another
    ans = gijl_service.ask("うちの集落の共同浴場が古くなって建て替えの話が出ています。県が補助する事業ってありますか？")
    assert ans.refused and re.search("共同浴場|建て替え", ans.answer), ans.answer

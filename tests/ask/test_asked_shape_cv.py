"""Blind sets CV's and CW's answer classes (a home-maker asking after the local cable-TV news; a foreign-born employee
translating the prefecture's papers, in stiff Japanese), asked here of their sheets in other wording: words of how a
question is put in written Japanese (乖離, 差異, 尺度, 両面, 問題点, 到達) are no subject; an English word in lower case
glosses the sheet's term; 「急回復して」 says how the figure moved; 「本研修事業」 is this 研修事業; a paraphrase that keeps
one kanji of the name's word (巡回 for 巡視) names the linked indicator; the medium the user heard it on (ケーブルテレビで
やってた) is no subject; the sheet's own gloss (野外焼却（野焼き）) makes 野焼き its word everywhere on it; 手入れ is a word,
no clipped name; 心臓マッサージ is the sheets' 胸骨圧迫; a measure no sheet uses (視聴率), asked of a program
linked outright, is the figure asked and refused; a premise assumed before a why (「全国より低いんでしょ？…何が原因」)
leaves the why to answer."""

from __future__ import annotations

from .citing import answered_first, answered_saying, keys, refused_saying


def test_written_frame_words_are_no_subject(cvcw_service):
    answered_first(cvcw_service, [
        ("県公式SNSのフォロワー数が目標を上回った主たる要因を、媒体別の差異も含めてご教示ください。", ("02 76 07", "8", 1)),
        ("県政広報の事業について、テレビと広報紙の両面で課題を教えて", ("02 76 07", "9-1", None)),
        ("研修受講者が業務に活用できた割合、目標に未到達となった要因は何ですか。", ("01 88 12", "8", 1)),
    ])
    ans = cvcw_service.ask("新規採用職員研修の受講者満足度は何点でしたか。尺度も併せて知りたいです。")
    assert not ans.refused and keys(ans)[0][0] == "01 88 12", ans.answer


def test_an_english_gloss_in_lower_case(cvcw_service):
    answered_first(cvcw_service, [
        ("英語の「engagement rate」に当たる指標として、県公式SNSのフォロワー数の推移を示してください。", ("02 76 07", "4", 1)),
    ])


def test_a_figure_said_to_have_moved_suddenly(cvcw_service):
    answered_first(cvcw_service, [("オンライン研修の受講者数、R6に急回復した理由は何ですか。", ("01 88 12", "8", 3))])


def test_this_program_in_written_japanese(cvcw_service):
    ans = cvcw_service.ask("本広報事業の問題点として、県はどのような点を認識していますか。")
    assert not ans.refused and ("02 76 07", "9-1", None) in keys(ans)[:2], ans.answer


def test_a_paraphrase_that_keeps_a_kanji(cvcw_service):
    answered_first(cvcw_service, [
        ("保護指導員の巡回日数、R4からどう推移していますか。", ("04 83 01", "4", 1)),
        ("植生が回復方向にある地点の割合、推移を教えてください。", ("04 83 01", "4", 3)),
    ])
    # the first word shares only the kanji every such word ends in: another 業 is another trade
    refused_saying(cvcw_service, [("漁業の新規就業者の確保の事業で、３年後の定着率ってどうなってますか？", "漁業")])


def test_where_the_user_heard_it(cvcw_service):
    answered_first(cvcw_service, [
        ("ケーブルテレビで救命講習の特集やってたけど、受講者が目標に届かなかったのはなんで？", ("03 14 04", "8", 1)),
    ])


def test_the_sheets_own_gloss(cvcw_service):
    answered_saying(cvcw_service, [("野焼きのチラシって何枚くらい配ったの？", "18万枚")])


def test_everyday_words_for_the_sheets_terms(cvcw_service):
    answered_first(cvcw_service, [("里山の手入れが予定より進まなかったのはなんで？", ("10 31 11", "8", 1))])
    ans = cvcw_service.ask("その場に居合わせた人が心臓マッサージをする割合、なんで目標に届かないの？")
    assert not ans.refused and ("03 14 04", "8", 2) in keys(ans)[:2], ans.answer


def test_a_premise_assumed_before_a_why(cvcw_service):
    ans = cvcw_service.ask("居合わせた人の心肺蘇生の実施率、全国より低いんでしょ？なかなか上がらないのは何が原因なの？")
    assert not ans.refused and keys(ans)[0][:2] == ("03 14 04", "8"), ans.answer
    # the comparison asked for itself is still not stated
    refused_saying(cvcw_service, [("居合わせた人の心肺蘇生の実施率って、全国と比べて低いの？", "全国")])


def test_a_measure_no_sheet_reports(cvcw_service):
    # a program linked outright and a measure no sheet uses: the figure asked, not how the question is put
    for q in ("県政番組のテレビ放送、視聴率はどの程度でしたか。", "高山植物の保護指導員、離職率はどのくらい？"):
        assert cvcw_service.ask(q).refused, q


def test_what_the_sheets_do_not_say_is_still_refused(cvcw_service):
    for q in ("盗掘の監視にドローンを使っていると思いますが、その飛行回数を教えてください。",
              "県政広報の事業、ケーブルテレビの視聴者数は？"):
        assert cvcw_service.ask(q).refused, q

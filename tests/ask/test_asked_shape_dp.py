"""Dev sets DP's and DQ's answer classes (a seminar student's stiff polite questions, a 76-year-old typing slowly on a
tablet, much of it in hiragana), asked here of their sheets in other wording: a content word typed in kana is the
sheets' word read so (ぼうはんしんだん: 防犯診断), and a year said in kana is the form's (らいねん: 来年); a sentence told
after the question (「うちの甥っ子もでとるだよ」) is no subject, one told before it still is; a cause put to the sheet
as a supposition (「そもそもニーズが少ないということなのでしょうか」) is for the sheet's figures and reasons to check."""

from __future__ import annotations

from .citing import answered_first, answered_from, answered_saying, refused_saying


def test_content_words_typed_in_kana_are_the_sheets_words(dpdq_service):
    # (once refused: 「しょう」 has no count, 「ぼうはんしんだん」 no sheet writes)
    answered_saying(dpdq_service, [("いきいきクラブのひょうしょうをうけたクラブはいくつ？", "412クラブ"),
                                   ("太陽光発電所のぼうはんしんだんは何か所でやったの？", "324施設")])
    # (a year said in kana is no topic the sheets lack)
    answered_from(dpdq_service, [("ねんりんピックへのはけんのお金、らいねんはどうなるだかね", "08 69 01")])


def test_a_sentence_told_after_the_question_is_no_subject(dpdq_service):
    answered_first(dpdq_service, [("シニアの県大会の参加者はどうかわっとるかね。うちの甥っ子もでとるだよ", ("08 69 01", "4", 1))])
    # (told before the question, it names what the question is about)
    refused_saying(dpdq_service, [("近所の銭湯が燃料代が高くてやめるって。県の補助っていくら出てるの？", "銭湯")])


def test_a_supposed_cause_is_for_the_sheet_to_check(dpdq_service):
    # (once refused: ニーズ is written on the 医療機器 sheet only)
    q = "通園制度の延べ人数が目標に届かなかったのは、そもそもニーズが少ないということなのでしょうか"
    answered_from(dpdq_service, [(q, "16 79 06")])
    answered_saying(dpdq_service, [(q, "慣らし利用")])

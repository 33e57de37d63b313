"""Blind sets BX's and BY's answer classes (an assembly committee's staff briefing the chair, an NPO leader working with the
prefecture), asked here of their sheets in other wording: three kanji no dictionary joins (住警器) abbreviate the one
事業名 that holds them in order, each standing for the name's word it starts; バイク is the sheets' 二輪車 and 業界 their
産業・事業者, and 「来年何する」 asks the 方策; a 細事業 named near word for word (発酵人材育成事業) names its 事業 over another that shares two words
(ものづくり人材育成); a cap per person per day (１人１日当たり上限300円) answers 「一人いくらまで」; the money of a 利用料
助成 is asked as the 細事業's 決算, not as a fee the sheet would have to print."""

from __future__ import annotations

from .citing import answered_first


def test_kanji_initials_name_the_program(bxy_service):
    answered_first(bxy_service, [
        ("住警器の決算って3年でどう動いた？", ("03 42 06", "6", None)),
        ("住警器の課題は何？", ("03 42 06", "9-1", None)),
    ])


def test_everyday_words_for_the_sheets_terms(bxy_service):
    answered_first(bxy_service, [
        ("バイク事故を減らすために来年何する？", ("15 54 01", "9-2", None)),
        ("発酵の業界が抱える課題って？", ("07 94 06", "9-1", None)),
    ])


def test_a_detail_named_outright_names_its_program(bxy_service):
    ans = bxy_service.ask("発酵の人材育成、何人修了した？")
    assert not ans.refused and ans.citations[0].jigyo_no == "07 94 06" and "37人" in ans.answer, ans.answer


def test_a_cap_per_person_and_the_money_of_a_fee_subsidy(bxy_service):
    ans = bxy_service.ask("援農の保険料の補助って一人いくらまで出る？")
    assert not ans.refused and "300円" in ans.answer, ans.answer
    ans = bxy_service.ask("ファミサポのひとり親向け利用料助成、去年いくら使った？")
    assert not ans.refused and "3,845" in ans.answer, ans.answer

"""Dev sets DH's and DI's answer classes (a company's CSR officer and a newly posted officer in memo style), asked here
of their sheets in other wording: a phrase the linked sheet lacks moves the question to the sheet that writes it and
every other topic word; the everyday 森 is the sheets' 森林; next year's money is on no sheet; 方針 asks for 方策 as the
question's frame; a 部局 said by its stem (林務) is the sheet's owner, not a subject; 「…のは何で？」 asks why; the
indicator whose target the question says was reached may be on the sheet of the 細事業 it names; a verb's noun form that
Sudachi cuts in context (見 + 守り) is one word; 事業者 names no program; a one-off of one year (a system built) says why
that year's money stands out."""

from __future__ import annotations

from .citing import answered_first, answered_from, answered_saying, refused_saying


def test_a_phrase_the_linked_sheet_lacks_moves_to_the_sheet_that_writes_it(dhdi_service):
    # (販路拡大 is written whole in 信州日本酒販路拡大支援事業費's name; カラマツ only on the カラマツ sheet)
    answered_first(dhdi_service, [("カラマツの販路拡大って、いまどこが難しいところ？", ("10 73 14", "9-1", None))])
    # (a thing asked of the program the question points at stays refused: the other sheet is not that program's)
    refused_saying(dhdi_service, [("日本酒の販路拡大、この事業でカラマツの輸出も扱ってるの？", "カラマツ")])


def test_everyday_words_for_the_sheets_terms(dhdi_service):
    from assistant.query.synonyms import expand

    # (on the whole index 森のがっこう, a 細事業 of the 少年自然の家 sheet, holds 森 as typed and took the question)
    assert "森林" in expand({"森"})
    # (方針 is written on the 一般廃棄物 sheet: asked as the question's frame, it is no subject to find)
    answered_first(dhdi_service, [("社員の森の活動、参加した人がR6で減ったのはどうして？", ("10 89 14", "8", 3))])
    answered_first(dhdi_service, [("断熱リフォームを今後どう広げていく方針なの？", ("11 66 15", "9-2", None))])


def test_next_years_money_is_on_no_sheet(dhdi_service):
    refused_saying(dhdi_service, [("来年度は断熱リフォームの補助にいくら予算がつくの？", "来年度の予算額")])
    answered_from(dhdi_service, [("断熱リフォームの補助、来年度はどう変えるの？", "11 66 15")])


def test_the_owner_said_by_its_stem(dhdi_service):
    answered_first(dhdi_service, [("林務のカラマツの事業、R6の決算額は？", ("10 73 14", "6", None))])


def test_why_asked_as_nande_in_kanji(dhdi_service):
    from assistant.query.intent import detect_intents

    assert detect_intents("パネルの回収量が目標を超えたのは何で？")[0] == "why"
    assert detect_intents("申込みは何でできる？")[0] != "why"
    answered_first(dhdi_service, [("住宅用パネルの回収量、目標をかなり上回ったのは何で？", ("04 72 12", "8", 2))])


def test_the_indicator_whose_target_was_reached_on_the_sheet_named(dhdi_service):
    # (the wine sheet's 首都圏の試飲商談会での成約件数 and 消防団員確保対策's 消防団員数 share the words and missed their targets)
    answered_first(dhdi_service, [
        ("首都圏の商談会の成約件数、目標を上回ったのは何が良かったの？", ("10 73 14", "8", 2)),
        ("消防団向けの教育、受講者が目標超えたのは何が効いた？", ("03 63 08", "8", 2)),
    ])


def test_a_verb_noun_cut_in_context_and_a_business_named(dhdi_service):
    from assistant.text.tokens import morphemes
    from assistant.text.vocabulary import NAMES_JIGYO

    assert "見守り" in [m.surface for m in morphemes("高齢者の見守りをお願いする")]
    assert [m.surface for m in morphemes("山間部の町村")][-1] == "村"  # (two nouns Sudachi keeps apart stay apart)
    assert NAMES_JIGYO.match("の事業者に") is None and NAMES_JIGYO.match("の事業で")
    answered_from(dhdi_service, [("どうして民間の事業者に高齢者の見守りを頼む必要があるの？", "05 99 11")])


def test_a_one_off_says_why_one_years_money_stands_out(dhdi_service):
    answered_saying(dhdi_service, [("子育て優待パスポートの事業費、R5だけ多いのはなんで？", "R5年度にデジタル版のシステムを構築")])

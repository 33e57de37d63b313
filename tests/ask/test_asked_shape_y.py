"""Blind set Y's failure classes, worded differently here and asked of other sheets where the class allows,
over Y's four sheets and S's (``ys_service`` of ``conftest.py``).

- A program described in the user's words (「〜の被災地支援の事業」「〜の取組」) whose words the answering sheet only
  mentions in passing (its 現状, 要因分析) is refused: the description must be what the program is and does.
- 「どこの会場でやったの」 of an activity whose places the sheet does not name is refused; named ones are answered.
- A comparison with 全国平均 or other prefectures is refused unless the sheet states one (地籍調査 does).
- 「AのXとBのX、それぞれ何件」「AとBのX、それぞれ何枚」: a breakdown the sheet gives only as a total is refused.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "能登半島地震の被災地支援の事業、成果どうだった？",  # 防災リーダー: only why fewer took the course
    "山林の土地所有者の調整の事業、課題は？",  # 不法投棄: only why one site was not cleared
    "児童養護施設の職員の処遇改善の取組って、どこまで進んだ？",  # 里親: only in its 現状
])
def test_a_program_described_by_words_the_sheet_only_mentions_in_passing_is_refused(ys_service, question):
    ans = ys_service.ask(question)
    assert ans.refused and "記載は取り込まれたシートにない" in ans.answer, ans.answer


@pytest.mark.parametrize("question", ["防災ワークショップってどこの会場でやったの？",
                                      "里親サロン、具体的にどこの場所で開いてるの？"])
def test_where_an_activity_was_held_is_refused_when_no_place_is_named(ys_service, question):
    ans = ys_service.ask(question)
    assert ans.refused and "開催場所" in ans.answer, ans.answer


def test_where_it_was_held_is_answered_when_the_sheet_names_the_venues(ys_service):
    ans = ys_service.ask("防災士の養成講座はどこの会場でやったの？")
    assert not ans.refused, ans.answer


@pytest.mark.parametrize("question", ["不法投棄の件数は全国の中でどのくらい？",
                                      "防災士の資格を取った人の数、他県より多いの？"])
def test_a_comparison_with_the_nation_the_sheet_does_not_make_is_refused(ys_service, question):
    ans = ys_service.ask(question)
    assert ans.refused and "全国平均や他県との比較" in ans.answer, ans.answer


def test_a_comparison_the_sheet_states_is_answered(ys_service):
    ans = ys_service.ask("地籍調査の進捗率、全国平均と比べると低いの？")
    assert not ans.refused, ans.answer  # (the 現状 sentence with 全国平均 is the answer layer's to put first)


@pytest.mark.parametrize("question, items", [
    ("長野駅と松本駅のポスター、それぞれ何枚貼った？", "長野駅・松本駅"),
    ("中央と松本の児童相談所、それぞれファミリーホームは何か所？", "中央・松本"),
    ("佐久の施設と諏訪の施設、それぞれレスパイト・ケアは何日分？", "佐久の施設・諏訪の施設"),
])
def test_each_items_figure_is_refused_when_the_sheet_gives_the_total(ys_service, question, items):
    ans = ys_service.ask(question)
    assert ans.refused and items in ans.answer, ans.answer


def test_each_items_figure_is_answered_when_the_sheet_gives_each(ys_service):
    ans = ys_service.ask("不法投棄の監視連絡員とパトロール、それぞれ何人・何回？")
    assert not ans.refused and "182人" in ans.answer, ans.answer

"""Blind sets BM's and BO's answer classes (a section chief's and a clerk's words), asked here of their sheets in other
wording: a place the question names (能登) says which sheet's passage answers; the budget process (予算要求) and
知事部局 are no subject nor 部局; a figure quoted with its unit (14.5時間) names its indicator; a word only one of two
close indicators has (大型) tells them apart; a count's target is no rate's; a noun said of the subject's state
(頭打ちっぽい) points to no sheet; a group the sheet never names (女性) narrows no figure of it; 滞納繰越 is no 繰越 of the cost table; what one 組 or 頭 costs is not stated;
「前年からどれだけ増えた」 shows the year before too."""

from __future__ import annotations

import pytest

from .citing import answered_first, keys


def test_a_place_named_finds_its_passage(bmo_service):
    from assistant.ask.pipeline import _prepare
    from assistant.query.sentences import anchored_chunks

    # asked again only when the answer would be refused for the place (ask.pipeline): a sentence of any sheet that
    # holds the place and one more word of the question competes, where otherwise it must hold them all
    snap, plan, _ = _prepare(bmo_service, "能登の経験を研修に生かしたって話、具体的に何やったの？")
    ids = [c for c in snap.chunks.of_jigyo("11 97 08") if snap.chunks[c].meta.get("section") == "7"]
    assert not anchored_chunks(snap, plan, ids)
    assert set(anchored_chunks(snap, plan, ids, by_place=True)) == set(ids)
    ans = bmo_service.ask("能登での経験って、その後の研修にどう生かされたの？")
    assert not ans.refused and keys(ans)[0][0] == "11 97 08", (ans.answer, keys(ans))


def test_the_budget_process_and_the_governors_departments_are_no_subject(bmo_service):
    ans = bmo_service.ask("予算要求に使いたいので、民生委員の事業の決算額をR5とR6で教えて")
    assert not ans.refused and keys(ans)[0] == ("05 97 01", "6", None), (ans.answer, keys(ans))
    ans = bmo_service.ask("知事部局の時間外勤務、目標は何時間だった？")
    assert not ans.refused and ("02 46 07", "4", 2) in keys(ans)[:2], (ans.answer, keys(ans))


def test_a_figure_with_its_unit_and_a_word_of_one_indicator_name_it(bmo_service):
    answered_first(bmo_service, (("残業が実績15.1時間にとどまったのはどうして？", ("02 46 07", "8", 2)),
                                 ("大型免許をとった人の数、ここ3年でどう動いてる？", ("07 43 03", "4", 3))))


def test_a_counts_target_is_no_rates(bmo_service):
    ans = bmo_service.ask("判定士の登録人数の目標って、どういう根拠で決めたの？")
    assert not ans.refused and keys(ans)[0] == ("11 97 08", "4", 1), (ans.answer, keys(ans))


def test_a_state_said_of_the_subject_points_to_no_sheet(bmo_service):
    from assistant.text.wording import predicate_forms
    assert predicate_forms("シカの捕獲、頭打ちっぽいけど今後どうする？") == {"頭打ち"}
    assert not predicate_forms("捕獲の状況は？")
    ans = bmo_service.ask("高山帯のシカ捕獲、頭打ち気味だけど次どうする？")
    assert not ans.refused and keys(ans)[0][0] != "06 05 02", (ans.answer, keys(ans))


def test_tax_arrears_carried_over_are_no_carried_over_budget(bmo_service):
    ans = bmo_service.ask("滞納繰越額が目標を達成できたのは何が良かった？")
    assert not ans.refused and keys(ans)[0] == ("01 93 08", "8", 2), (ans.answer, keys(ans))


def test_issues_and_plans_in_everyday_words(bmo_service):
    answered_first(bmo_service, (("民生委員の事業で、今いちばん心配されてることって？", ("05 97 01", "9-1", None)),
                                 ("孤独・孤立の相談、次どう手打つつもり？", ("05 46 07", "9-2", None))))
    ans = bmo_service.ask("判定コーディネーターの配置、まだ足りない点はどこ？")  # (its 現状と課題 fits too: both cited)
    assert not ans.refused and ("11 97 08", "9-1", None) in keys(ans)[:2], (ans.answer, keys(ans))


@pytest.mark.parametrize("q", ["判定ステッカーって1セットいくら？", "高山帯のシカ、１匹捕まえるのにいくらかかる？"])
def test_what_one_costs_is_not_stated(bmo_service, q):
    ans = bmo_service.ask(q)
    assert ans.refused and "単価" in ans.answer, ans.answer


def test_the_year_before_when_asked_how_much_it_rose(bmo_service):
    ans = bmo_service.ask("民生委員の事業、R6の決算いくら？前年からどれくらい増えた？")
    assert not ans.refused and keys(ans)[0] == ("05 97 01", "6", None), (ans.answer, keys(ans))
    head = ans.answer.split("関連")[0]
    assert "R5年度" in head and "R6年度" in head and "R4年度" not in head, ans.answer


def test_a_group_the_sheet_never_names(bmo_service):
    ans = bmo_service.ask("民生委員の女性の割合は？")
    assert ans.refused and "女性" in ans.answer, ans.answer
    ans = bmo_service.ask("民生委員の欠員率はどう推移してる？")  # (no group asked: its figures)
    assert not ans.refused and keys(ans)[0] == ("05 97 01", "4", 1), (ans.answer, keys(ans))


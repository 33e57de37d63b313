"""Blind set BB's answer classes, worded differently here: a number that names a service (110番) says which program;
everyday words for the sheets' terms (距離 = 延長, 人手 = 担い手, 耳の不自由な人 = 聴覚障がい者); a subject the sheet's linked
indicator names (こどもカフェ) counts as covered though the answering passage does not write it; a cost per kilometre is a
unit price the sheet must state."""

from __future__ import annotations

from .citing import answered_first, keys as _keys


def test_a_number_that_names_a_service(bb_service):
    from assistant.query.intent import analyze

    plan = analyze("110番の通報の事業って、どんな課題がある？", bb_service.snapshot(), bb_service.embedder)
    assert "110" in plan.salient, plan.salient  # (a bare number is no topic word; 110番 names the service)
    ans = bb_service.ask("110番の通報の事業って、どんな課題がある？")
    assert not ans.refused and _keys(ans)[0] == ("15 86 09", "9-1", None), (ans.answer, _keys(ans))


def test_everyday_words_for_the_sheets_terms(bb_service):
    answered_first(bb_service, (("登山道の補修距離ってR6はどれくらい？", ("08 83 09", "4", 1)),
                                ("耳の不自由な人が使える110番アプリ、登録者数はどう推移してる？", ("15 86 09", "4", 3)),
                                ("登山道を直す山岳会の人手、来年度はどう確保するの？", ("08 83 09", "9-2", None))))


def test_a_subject_the_linked_indicator_names(bb_service):
    from assistant.ask.refusal import _coverage
    from assistant.query.intent import analyze

    snap = bb_service.snapshot()
    plan = analyze("こどもカフェって、この先も続けていけそう？", snap, bb_service.embedder)
    issues = [c for c in snap.chunks.of_jigyo("02 86 06") if snap.chunks[c].meta.get("section") == "9-1"]
    assert issues and _coverage(snap, plan, issues) == 1.0  # the 課題 never writes カフェ; the sheet's indicator does
    ans = bb_service.ask("こどもカフェの事業費、R5はいくらだった？")
    assert not ans.refused and _keys(ans)[0] == ("02 86 06", "6", None), (ans.answer, _keys(ans))


def test_a_cost_per_kilometre(bb_service):
    ans = bb_service.ask("木道を1km更新するといくらかかる？")
    assert ans.refused and "単価" in ans.answer, (ans.answer, _keys(ans))

"""Blind set BA's answer classes, worded differently here: 国スポ is the 国民スポーツ大会 (an abbreviation every prefecture
uses); 「いつからいつまで」 asks the 実施期間; a breakdown by 部門 or by 競技 is refused where the sheet gives the whole only; the
prefecture's own staff (県職員) are another group than the firms (県内企業) a sheet's indicator counts."""

from __future__ import annotations

from .citing import keys as _keys


def test_the_abbreviation_for_the_national_sports_festival(ba_service):
    from assistant.query.intent import analyze

    plan = analyze("国スポの準備、今どんな課題がある？", ba_service.snapshot(), ba_service.embedder)
    assert "国民スポーツ大会の準備" in plan.norm, plan.norm  # read in the sheets' words (other sheets say スポーツ大会)
    ans = ba_service.ask("国スポの準備、今どんな課題がある？")
    assert not ans.refused and _keys(ans)[0] == ("08 76 09", "9-1", None), (ans.answer, _keys(ans))


def test_from_when_until_when(ba_service):
    ans = ba_service.ask("国スポの開催準備の事業って、いつからいつまでやるの？")
    assert not ans.refused and _keys(ans)[0] == ("08 76 09", "header", None) and "R10" in ans.answer, (ans.answer, _keys(ans))


def test_breakdowns_the_sheet_does_not_give(ba_service):
    for q in ("工業技術総合センターの依頼試験、部門別の件数は？", "国スポの競技役員、競技ごとの人数を教えて"):
        ans = ba_service.ask(q)
        assert ans.refused and "の内訳" in ans.answer, (q, ans.answer, _keys(ans))


def test_the_prefectures_own_staff_are_another_group(ba_service):
    ans = ba_service.ask("県職員の男性の育休取得率はどのくらい？")
    assert ans.refused and "県職員" in ans.answer, (ans.answer, _keys(ans))

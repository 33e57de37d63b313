"""Blind set R's failure classes, worded differently here and mostly over other sheets.

- A why asked as who or what a result is owed to (誰の頑張り) or as a guessed cause (〜のせいですか)
  is answered from the 要因分析; the background of what a program does (取り組んでる背景) is its 現状.
- A program named by its short form with 事業 (「輸出拡大事業の」「輸出の事業」) is that program.
- A phrase written word for word on one 事業's sheet decides the sheet (e-bikeのレンタル拠点).
- A figure told in the 要因分析 for a part the question names by words only that passage uses
  (two 圏域 by name) is answered from there.
- Where it was held is answered when the sheet names the places; refused when it does not.
- 中退 is 中途退学 (two words of a name shortened to their first kanji); 自転車 is the sheets' サイクリスト.
- A place (北海道) narrows the subject: a figure for a place the sheet never names is refused.
- Staff's short forms: 児相 is 児童相談所 (a short list of bodies), 部活 is the sheets' 部活動 (a kanji word
  clipped, found as the start of an indexed word close in meaning), スタッフ is 職員 or 人材.
Real PDFs in real indexes (``o_service``, ``p_service``, ``r_service`` of ``conftest.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .citing import keys as _keys

ROOT = Path(__file__).resolve().parents[2]


def test_who_a_result_is_owed_to_is_a_why(o_service):
    ans = o_service.ask("訪問歯科の調整件数が目標を上回ったのは、誰の頑張りが大きかったの？")
    assert ans.intent == "why" and not ans.refused, ans.answer
    assert _keys(ans)[0] == ("05 09 04", "8", 3), _keys(ans)
    assert "説明会を重ねた" in ans.answer


def test_a_guessed_cause_is_a_why(p_service):
    ans = p_service.ask("ペットボトルの回収量がR5に減ったのって、猛暑のせいですか？")
    assert ans.intent == "why", ans.intent
    assert _keys(ans)[0] == ("06 07 02", "8", 2), _keys(ans)
    assert "回収機計18台を撤去" in ans.answer  # the sheet's other cause is told too


def test_the_background_of_what_a_program_does_is_its_genjo(o_service):
    ans = o_service.ask("県が山岳遭難の防止に取り組んでる背景って？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("08 05 04", "1", None), _keys(ans)


def test_a_short_name_with_jigyo_names_the_program(r_service):
    from assistant.query.intent import analyze
    from assistant.types import STRONG_LINK

    for q in ("輸出拡大事業の決算、R5とR6で比べるとどう？", "輸出の事業には何人の職員がいる？"):
        plan = analyze(q, r_service.snapshot(), r_service.embedder)
        assert [e.jigyo_no for e in plan.jigyo] == ["09 07 02"], (q, plan.jigyo)
        assert plan.jigyo[0].score >= STRONG_LINK, plan.jigyo
    # the last words of a longer name that is not indexed name nothing
    plan = analyze("台湾向け販路開拓の輸出拡大事業って成果指標ある？", r_service.snapshot(), r_service.embedder)
    assert all(e.score < STRONG_LINK for e in plan.jigyo) or not plan.jigyo


def test_a_phrase_written_on_one_sheet_decides_it(r_service):
    from assistant.query.intent import analyze
    from assistant.query.anchors import verbatim_jigyo

    snap = r_service.snapshot()
    plan = analyze("e-bikeのレンタル拠点って何か所に増えた？", snap, r_service.embedder)
    assert verbatim_jigyo(plan, snap) == "08 06 03"
    plan = analyze("送迎ボランティアの仕組みはどこで立ち上がった？", snap, r_service.embedder)
    assert verbatim_jigyo(plan, snap) == "05 11 02"
    plan = analyze("レンタル拠点の事業の予算は？", snap, r_service.embedder)
    assert verbatim_jigyo(plan, snap) is None  # a program's name: whether it is indexed is another question


def test_words_only_one_passage_uses_pick_its_figure(r_service):
    ans = r_service.ask("サポーターの講座、上伊那と佐久の2圏域だけで何人受けたの？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("05 11 02", "8", 1), _keys(ans)
    assert "87人" in ans.answer


def test_where_it_was_held_is_told_by_place_names(o_service):
    ans = o_service.ask("出張講習会はどこでやった？")
    assert not ans.refused, ans.answer
    assert "名古屋" in ans.answer
    ans = o_service.ask("仕上げみがき教室はどこで開いた？")  # 県内10保健福祉事務所: no place by name
    assert ans.refused and "開催場所" in ans.answer, ans.answer


def test_a_kanji_abbreviation_of_a_name_links_it(r_service):
    ans = r_service.ask("中退者の数はどう推移？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("12 07 02", "4", 3), _keys(ans)


def test_the_everyday_word_for_cycling(r_service):
    ans = r_service.ask("自転車の搬送件数が減ったのはなぜ？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("08 06 03", "8", 3), _keys(ans)


def test_a_place_the_sheet_never_names_is_refused(p_service):
    ans = p_service.ask("ドローン防除の面積、北海道と比べてどう？")
    assert ans.refused and "北海道" in ans.answer, ans.answer
    assert not p_service.ask("ドローン防除の面積、安曇野市ではどう広がった？").refused  # a place it names


@pytest.fixture(scope="module")
def three_sheets(tmp_path_factory):
    """部活動地域移行, 児童虐待防止 (児童相談所), 地域医療介護人材確保: dev sheets with the bodies and words
    staff shorten."""
    from assistant.config import load_settings
    from assistant.service import Kaizen

    sheets = ROOT / "eval" / "datasets" / "unseen" / "sheets"
    pdfs = [next(sheets.glob(f"{p}_*.pdf")) for p in ("14-02-02", "13-02-04", "05-01-04")]
    svc = Kaizen(load_settings(tmp_path_factory.mktemp("short-forms")))
    assert all(r.ok for r in svc.ingest(pdfs))
    return svc


def test_a_body_staff_shorten_is_the_sheets_full_name(three_sheets):
    ans = three_sheets.ask("児相の体制、どう強化したの？")
    assert not ans.refused and _keys(ans)[0] == ("13 02 04", "detail", None), _keys(ans)
    assert "児童相談所機能強化事業" in ans.answer


def test_a_clipped_kanji_word_is_the_sheets_word(three_sheets):
    from assistant.query.intent import analyze

    plan = analyze("部活の指導者って足りてる？", three_sheets.snapshot(), three_sheets.embedder)
    assert plan.clipped.get("部活") == "部活動" and "部活動" in plan.salient, plan.clipped


def test_staff_is_the_sheets_workforce(three_sheets):
    ans = three_sheets.ask("介護スタッフを増やすために何をやってる？")
    assert not ans.refused and _keys(ans)[0] == ("05 01 04", "7", None), ans.answer

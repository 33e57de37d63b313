"""Blind set Z's answer classes, worded differently here and asked of other sheets.

- 「いまいちうまくいってないところ」 asks for the 課題 (9-1), not the indicators.
- 「目標は何人だった？」 asks for an indicator's target: its figures (4), not 取組実績, even when a 細事業 shares a
  word loosely.
- 「いつまでに終わらせる目標？」 is told by a target year written as 「R8年度までに」: no refusal for want of a month.
- 「熱中症のやつ、R6って実際いくら使った」 asks the program's money (6), not a 細事業 that shares the program's word.
- 「R4から今までの流れ」 asks the trend: the figures and the 要因分析 that explains each year's change.
- 「教習所にもお願いしてるんでしたっけ」 asks what was done (取組実績); 「県が自分で運営してるの」 how (the 細事業's
  実施方法).
- 「林道橋1橋の修繕って、平均どれくらい費用かかるの」 asks one program's unit price, which the sheet does not
  state: refused, never answered as an average of the programs' 決算額.
- 「オンライン化した437の手続って、具体的に何があるの」「8手続、…以外に何があるの」 ask the names of kinds of a
  thing counted; refused when the sheet gives only the count (or names some and others are asked), answered when it
  names them (「45分版と90分版の２種類」).
- 「ポイント還元」 (a frame word ポイント heading a compound) is a subject: asked of a sheet that does not have it,
  it is refused, and the refusal says which sheet does (the プラスチック sheet), not that no sheet has it.
- A why about a figure that moved (「R5にガクッと下がった背景」「一回増えてから減ったよね、あれ何があったの」) leads
  with the indicator's 要因分析, not the program's 現状 nor the figures.
"""

from __future__ import annotations

import pytest

from .citing import keys as _keys


def test_what_is_not_going_well_is_the_issue(v_service):
    ans = v_service.ask("耐震の事業で、いまいちうまくいってないところってどこ？")
    assert _keys(ans)[0] == ("11 12 03", "9-1", None), _keys(ans)


def test_the_target_asked_is_the_indicators_figures(v_service):
    ans = v_service.ask("ひとり親の資格取得者、目標は何人だった？")
    assert _keys(ans)[0] == ("13 06 02", "4", 1), _keys(ans)
    assert "目標75人" in ans.answer


def test_until_when_is_told_by_a_target_year(xop_service):
    ans = xop_service.ask("林道橋の修繕、いつまでに終わらせる目標？")
    assert not ans.refused, ans.answer
    assert ("10 04 02", "4", 1) in _keys(ans)[:2], _keys(ans)
    assert any("R8年度までに" in c.quote for c in ans.citations)


def test_whom_they_asked_to_do_it_is_what_was_done(v_service):
    ans = v_service.ask("ひとり親の事業で、弁護士会にお願いしてるんでしたっけ？")
    assert ans.intent == "activity" and _keys(ans)[0] == ("13 06 02", "7", None), (ans.intent, _keys(ans))
    assert "長野県弁護士会の協力" in ans.answer


def test_whether_the_prefecture_runs_it_itself_is_the_detail_table(v_service):
    ans = v_service.ask("探究のフェスタって、県が自分で運営してるの？")
    assert ("12 11 03", "detail", None) in _keys(ans)[:2], _keys(ans)


@pytest.mark.parametrize("question", ["林道橋1橋の修繕って、平均どれくらい費用かかるの？", "スキー場のリフト1基直すのに、どのくらいお金かかってる？"])
def test_the_price_of_one_unit_is_refused_when_not_stated(xop_service, question):
    ans = xop_service.ask(question)
    assert ans.refused and "単価" in ans.answer, ans.answer


@pytest.mark.parametrize("question", ["新たにオンライン化した437の手続って、具体的に何があるの？",
                                      "RPAを入れた8手続、産業廃棄物の許可以外に何があるの？"])
def test_the_names_of_kinds_counted_are_refused_when_not_stated(q_service, question):
    ans = q_service.ask(question)
    assert ans.refused and "個別の名称" in ans.answer, ans.answer


def test_kinds_named_with_figures_are_named(w_service):
    ans = w_service.ask("選挙の出前授業、2種類のプログラムって何があるの？")
    assert not ans.refused and "45分版と90分版" in ans.answer, ans.answer


@pytest.mark.parametrize("question, key", [
    ("ひとり親の就職率、R5にガクッと下がった背景ってなんだったっけ", ("13 06 02", "8", 2)),
    ("不正送金の被害、R5にガクッと増えてから減ったよね、あれ何があったの？", ("15 04 02", "8", 3)),
])
def test_why_a_figure_moved_leads_with_its_reasons(v_service, question, key):
    ans = v_service.ask(question)
    assert _keys(ans)[0] == key, _keys(ans)


@pytest.mark.parametrize("question", ["熱中症のやつ、R5はいくら使ってた？", "熱中症のって、R6にいくら使ったの？"])
def test_the_programs_money_is_not_a_detail_sharing_its_name(z_service, question):
    ans = z_service.ask(question)
    assert _keys(ans)[0][1] == "6", _keys(ans)


@pytest.mark.parametrize("question", ["スキー場のリフト券でポイント還元とかやってる？", "山岳遭難の事業で、登山届を出したらポイント還元ってある？"])
def test_a_compound_headed_by_a_frame_word_is_a_subject(xop_service, question):
    ans = xop_service.ask(question)
    assert ans.refused and "「ポイント還元」" in ans.answer, ans.answer
    assert "プラスチック資源循環推進事業費のシート" in ans.answer and "取り込まれたシートにない" not in ans.answer

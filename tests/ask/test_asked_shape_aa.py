"""Blind set AA's answer classes, worded differently here and asked of other sheets where they occur.

(「議会」 is no question frame now that a 事業 is about the 県議会: dev AA's bAA28, over the whole dev index in
``tests/eval/test_unseen_dev.py``; a small index links the program without it.)
- 「全国平均と比べて」「他県と比べて」 is stated only by a comparison (全国平均, 全国で12位), not by 全国 in a body's name
  (全国健康保険協会), and only on the sheet the answer comes from.
- 「目標の決め方」「両方おねがいします」: how the question is put (目標設定の考え方; a request), never an absent subject.
- 「何校くらい参加した」「参加校」: a count asked, answered by the sentence that holds the question's words and the
  count with its counter (県内21校).
"""

from __future__ import annotations

import pytest

from .citing import keys as _keys


@pytest.mark.parametrize("question", ["成人の喫煙率、他県と比べて高い？", "ステッカーを貼ってるお店の数って全国平均と比べて多いの？"])
def test_a_comparison_is_stated_only_by_a_comparison(aam_service, question):
    ans = aam_service.ask(question)
    assert ans.refused and "全国平均や他県との比較" in ans.answer, ans.answer


@pytest.mark.parametrize("question, key", [
    ("ひとり親の資格取得者数、目標の決め方ってどうなってる？", ("13 06 02", "4", 1)),
    ("耐震改修、R5で減ったのとR6で目標届かなかった理由、両方おねがいします", ("11 12 03", "8", 2)),
])
def test_how_the_question_is_put_is_no_subject(v_service, question, key):
    ans = v_service.ask(question)
    assert not ans.refused and _keys(ans)[0] == key, (ans.answer, _keys(ans))


def test_a_count_asked_is_the_sentence_with_the_count(aam_service):
    ans = aam_service.ask("高校生議会 参加校")
    assert _keys(ans)[0] == ("22 31 01", "7", None), _keys(ans)
    assert "県内21校" in ans.answer

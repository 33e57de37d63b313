"""Blind set AE's answer classes, worded differently here and asked of other sheets where they occur.

- 「目標人数ってどういう考えで決めたの？あと実績も」 asks the indicator's 目標設定の考え方 and figures (4), not 取組実績.
- 「落とし物の保管の点数」 names 拾得物保管点数: the phrase's head is the indicator's, and its modifier (落とし物) is a
  word the indicator's sheet uses elsewhere; not refused as an absent subject.
"""

from __future__ import annotations

from .citing import keys as _keys


def test_how_the_target_was_decided_is_the_indicators_block(v_service):
    ans = v_service.ask("資格取得者の目標人数ってどういう考えで決めたの？あと実績も")
    assert _keys(ans)[0] == ("13 06 02", "4", 1), _keys(ans)


def test_an_indicator_named_with_a_word_of_its_sheet_is_not_absent(aev_service):
    ans = aev_service.ask("落とし物の保管の点数って、ここ3年でどう動いた？")
    assert not ans.refused and _keys(ans)[0][:2] == ("15 87 02", "4"), (ans.answer, _keys(ans))

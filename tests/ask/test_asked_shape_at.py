"""Blind set AT's answer classes, worded differently here.

- 「そのあとどうしてる」 asks what is done, not why (どうしてる is no どうして).
- A fare (運賃) is a fee the sheet must write.
"""

from __future__ import annotations

from .citing import keys as _keys


def test_what_they_do_with_it_is_no_why(at_service):
    ans = at_service.ask("伐った杉って、そのあとどうしてるの？")
    assert not ans.refused and _keys(ans)[0][0] == "10 27 09", (ans.answer, _keys(ans))


def test_a_fare_must_be_written(at_service):
    ans = at_service.ask("空港のシャトルバス、運賃は？")
    assert ans.refused and "料金" in ans.answer, ans.answer

"""An LLM filling the analytics spec, against a local HTTP server speaking the OpenAI
protocol (tests/ask/test_llm.py's fake): a valid spec is used, an invalid one or a
server error falls back to the offline planner's, and the model never sees sheet text."""

from __future__ import annotations

import json

from tests.ask.test_llm import _svc, fake_llm  # noqa: F401  (the fixture)

Q = "部局ごとの決算額の合計は？"


def test_a_valid_llm_spec_is_used(indexed_home, fake_llm):  # noqa: F811
    fake_llm.reply = '了解です。\n{"measure": "total", "group_by": "bukyoku", "aggregate": "mean", "year": 2023}'
    ans = _svc(indexed_home, fake_llm).ask(Q, llm=True)
    assert ans.intent == "analytics" and ans.mode == "llm" and not ans.refused
    assert ans.query["measure"] == "total" and ans.query["aggregate"] == "mean" and ans.query["year"] == 2023
    assert "予算現額" in ans.answer and "平均" in ans.answer and ans.citations
    req = fake_llm.requests[-1]
    system, user = req["messages"][0]["content"], req["messages"][-1]["content"]
    assert "QuerySpec" in system or "measure" in system  # the schema is given
    assert "SQL" in system and Q in user
    assert "<source" not in system + user  # no sheet text is sent: the numbers are computed offline
    assert json.loads(system.split("# 参考（キーワードから機械的に作った条件。誤りがあれば直してください）")[1].strip())["group_by"] \
        == "bukyoku"  # the planner's spec is the hint


def test_an_invalid_llm_spec_falls_back_to_the_planner(indexed_home, fake_llm):  # noqa: F811
    offline = _svc(indexed_home, fake_llm).ask(Q)
    for reply in ('{"measure": "DROP TABLE", "group_by": "bukyoku"}', "SELECT * FROM costs", '{"measure": "settlement", "sql": "x"}'):
        fake_llm.reply = reply
        ans = _svc(indexed_home, fake_llm).ask(Q, llm=True)
        assert ans.mode == "offline" and "キーワードから作った条件" in ans.answer
        assert ans.query == offline.query and ans.answer.startswith(offline.answer)


def test_a_server_error_falls_back_too(indexed_home, fake_llm):  # noqa: F811
    fake_llm.status = 500
    ans = _svc(indexed_home, fake_llm).ask(Q, llm=True)
    assert ans.mode == "offline" and ans.intent == "analytics" and "接続できなかった" in ans.answer

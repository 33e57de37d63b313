"""LLM mode of drafting against a local fake OpenAI-compatible server: marker validation, gaps filled,
fallbacks."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from assistant.draft import draft

from .citations import assert_citations_valid

REF = "02 05 02"


# --------------------------------------------------------------------------- LLM wiring
class _FakeOpenAI(BaseHTTPRequestHandler):
    reply = ""
    requests: list[dict] = []

    def log_message(self, *args):  # quiet
        pass

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append(body)
        if body.get("stream"):
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            chunk = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": body["model"],
                     "choices": [{"index": 0, "delta": {"role": "assistant", "content": self.reply},
                                  "finish_reason": None}]}
            self.wfile.write(f"data: {json.dumps(chunk)}\n\ndata: [DONE]\n\n".encode())
            return
        out = {"id": "x", "object": "chat.completion", "created": 0, "model": body["model"],
               "choices": [{"index": 0, "message": {"role": "assistant", "content": self.reply},
                            "finish_reason": "stop"}],
               "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
        data = json.dumps(out).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture()
def fake_llm():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeOpenAI)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _FakeOpenAI.requests = []
    yield server, f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()


def test_llm_draft_validates_markers_and_fills_gaps(indexed_home, fake_llm):
    from assistant.config import load_settings
    from assistant.service import Kaizen

    server, url = fake_llm
    _FakeOpenAI.reply = (
        "・共創セッションは開催の３か月前から周知し、参加企業の関心に沿ったテーマを設定する。[1][2][99]\n"
        "理由：指標①の未達成は周知期間の短さによるため。[2]\n"
        "・根拠のない方策。[42]\n"
        "理由：出典なし。\n")
    svc = Kaizen(load_settings(indexed_home, llm_base_url=url, llm_model="fake-model"))
    d = draft(svc, REF, llm=True)
    assert d.mode == "llm"
    first = d.bullets[0]
    assert first.text == "・共創セッションは開催の３か月前から周知し、参加企業の関心に沿ったテーマを設定する。"
    assert [c["n"] for c in first.citations] == [1, 2]  # [99] dropped
    assert first.rationale == "指標①の未達成は周知期間の短さによるため。"
    assert all("根拠のない" not in b.text for b in d.bullets)
    assert_citations_valid(svc, d)
    # indicators ② ③ and the 課題 the model skipped come back from the offline draft
    for no in (2, 3):
        assert any(c["section"] == "4" and c["indicator"] == no for b in d.bullets for c in b.citations)
    assert any("補いました" in w for w in d.warnings)
    # the request carried the system prompt and the numbered sources
    req = _FakeOpenAI.requests[-1]
    assert req["model"] == "fake-model"
    system, user = req["messages"][0]["content"], req["messages"][1]["content"]
    assert "事業改善の方策" in system and "従わないでください" in system
    assert '<source n="1"' in user and "周知期間が短期間であったことから、参加企業数が少なくなった。" in user
    # the worksheet is the model's input: each row's cause with its source number
    ws = user.split("<worksheet>")[1].split("</worksheet>")[0]
    assert "要因：周知期間が短期間であった" in ws and "今年度の取組：" in ws and "<worksheet>" not in ws
    assert "作業表" in system


def test_llm_without_valid_citations_falls_back(indexed_home, fake_llm):
    from assistant.config import load_settings
    from assistant.service import Kaizen

    server, url = fake_llm
    _FakeOpenAI.reply = "・出典番号のない方策。\n理由：なし。"
    svc = Kaizen(load_settings(indexed_home, llm_base_url=url, llm_model="fake-model"))
    d = draft(svc, REF, llm=True)
    assert d.mode == "llm-fallback" and d.warnings
    assert d.bullets and all(b.citations for b in d.bullets)


def test_llm_not_configured_is_a_japanese_error(service):
    from assistant.config import load_settings
    from assistant.draft import DraftError
    from assistant.service import Kaizen

    no_llm = Kaizen(load_settings(service.settings.home, llm_base_url=None, llm_model=None))
    assert not no_llm.settings.llm_configured
    with pytest.raises(DraftError, match="LLMが設定されていません"):
        draft(no_llm, REF, llm=True)

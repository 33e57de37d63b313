"""`kaizen eval`: --out, --report, --json, exit codes, the baseline side by side, --llm/--judge wiring."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

CONTRACT_KEYS = {"n", "jigyo_no", "jigyo_name", "fiscal_year", "section", "section_title", "indicator",
                 "indicator_name", "page", "bbox", "file", "quote"}


# ---------------------------------------------------------------- dataset
GOOD = ('{"id": "q01", "question": "NPOセミナーの満足度が下がったのはなぜ？", "kind": "why", '
        '"expected": [{"jigyo_no": "02 05 02", "section": "8", "indicator": 3}], '
        '"must_include": ["法令に係る難解な内容", "広く薄い内容"], "answer": "参照用の回答文"}')


# ---------------------------------------------------------------- CLI
SMALL = [
    GOOD,
    '{"id": "q02", "question": "共創研修の満足度はどう推移している？", "kind": "trend", '
    '"expected": [{"jigyo_no": "02 05 02", "section": "4", "indicator": 2}], "must_include": ["81", "89", "83"]}',
    "this line is broken",
    '{"id": "q03", "question": "家庭の脱炭素化推進事業の来年度の改善策は？", "kind": "plan", '
    '"expected": [{"jigyo_no": "06 02 01", "section": "9", "fiscal_year": 2024}], "must_include": []}',
    '{"id": "q04", "question": "県立病院の経営改善事業の成果指標を教えて", "kind": "unanswerable", "expected": []}',
]


@pytest.fixture()
def small_set(tmp_path) -> Path:
    p = tmp_path / "q.jsonl"
    p.write_text("\n".join(SMALL) + "\n", encoding="utf-8")
    return p


def _run(args, env=None):
    from assistant.cli import app

    return CliRunner().invoke(app, args, env=env)


def test_cli_out_json_report_and_exit_codes(indexed_home, service, small_set, tmp_path):
    out, report = tmp_path / "res.jsonl", tmp_path / "rep" / "report.md"
    r = _run(["eval", str(small_set), "--index", str(indexed_home), "--out", str(out), "--report", str(report),
              "--json", "--fail-under", "hit@3=0"])
    assert r.exit_code == 0, r.output
    summary = json.loads(r.stdout)
    assert summary["n"] == 4 and summary["errors"][0]["line"] == 3
    assert set(summary["summary"]["by_kind"]) == {"why", "trend", "plan", "unanswerable"}
    for key in ("hit@1", "hit@k", "mrr", "evidence", "full_evidence", "citation_precision", "refusal_accuracy",
                "latency_p50", "latency_p95"):
        assert key in summary["summary"]["overall"]
    assert "3行目" in r.stderr

    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["q01", "q02", "q03", "q04"]
    assert all(set(x) >= {"id", "question", "answer", "refused", "citations", "latency_ms"} for x in lines)
    # citations exactly as `kaizen ask --json` gives them
    ask = _run(["ask", "NPOセミナーの満足度が下がったのはなぜ？", "--json", "--index", str(indexed_home)])
    assert ask.exit_code == 0, ask.output
    assert lines[0]["citations"] == json.loads(ask.stdout)["citations"]
    assert all(set(c) >= CONTRACT_KEYS for x in lines for c in x["citations"])

    png = report.with_suffix(".png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    text = report.read_text(encoding="utf-8")
    assert "![評価結果](report.png)" in text and "## 全体" in text and "hit@3" in text

    # a bound that cannot be met -> exit 1, naming the metric
    r = _run(["eval", str(small_set), "--index", str(indexed_home), "--fail-under", "evidence=1.01"])
    assert r.exit_code == 1
    assert "基準未達" in r.stderr and "evidence" in r.stderr
    # an unknown metric is a usage error
    r = _run(["eval", str(small_set), "--index", str(indexed_home), "--fail-under", "speed=1"])
    assert r.exit_code == 2 and "不明" in r.stderr


def test_cli_table_and_baseline_side_by_side(indexed_home, small_set):
    r = _run(["eval", str(small_set), "--index", str(indexed_home), "--baseline"])
    assert r.exit_code == 0, r.output
    assert "評価結果：アシスタント" in r.stdout and "評価結果：ベースライン" in r.stdout
    assert "全体の比較" in r.stdout and "理由" in r.stdout and "全体" in r.stdout
    r = _run(["eval", str(small_set), "--index", str(indexed_home), "--baseline", "--json"])
    data = json.loads(r.stdout)
    assert data["baseline"]["overall"]["n"] == 4


def test_cli_judge_and_llm_need_an_llm(indexed_home, small_set):
    env = {"KAIZEN_LLM_BASE_URL": "", "KAIZEN_LLM_MODEL": ""}
    for flag in ("--judge", "--llm"):
        r = _run(["eval", str(small_set), "--index", str(indexed_home), flag], env=env)
        assert r.exit_code == 2
        assert "LLMが設定されていません" in r.stderr


class _FakeOpenAI(BaseHTTPRequestHandler):
    """Answers judge prompts with fixed verdicts, anything else with a plain sentence."""

    def do_POST(self):  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        prompt = body["messages"][-1]["content"]
        if "主張（クレーム）" in prompt:
            content = '判定: {"claims": [], "total": 4, "supported": 3}'
        elif "参照回答" in prompt:
            content = '{"tp": 2, "fp": 1, "fn": 1, "comment": "概ね正しい"}'
        else:
            content = "回答です[1]。"
        payload = {"id": "x", "object": "chat.completion", "created": 0, "model": body.get("model", "m"),
                   "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                                "finish_reason": "stop"}],
                   "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
        data = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def test_cli_judge_against_local_openai_server(indexed_home, small_set):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeOpenAI)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        env = {"KAIZEN_LLM_BASE_URL": f"http://127.0.0.1:{server.server_port}/v1", "KAIZEN_LLM_MODEL": "judge",
               "KAIZEN_LLM_BACKEND": "openai"}
        r = _run(["eval", str(small_set), "--index", str(indexed_home), "--judge", "--json"], env=env)
    finally:
        server.shutdown()
    assert r.exit_code == 0, r.output
    o = json.loads(r.stdout)["summary"]["overall"]
    assert o["judge_faithfulness"] == pytest.approx(0.75)
    # correctness only where a reference answer exists (q01): tp / (tp + (fp + fn) / 2) = 2 / 3
    assert o["judge_correctness"] == pytest.approx(2 / 3)

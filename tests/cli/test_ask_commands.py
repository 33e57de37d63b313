"""`kaizen ask` and `kaizen chat`, and that the CLI never imports gradio."""

from __future__ import annotations

import json

from assistant.ask import CONTRACT_KEYS

NPO = ("02 05 02", "8", 3)


def test_cli_ask_json(indexed_home):
    from typer.testing import CliRunner

    from assistant.cli import app

    res = CliRunner().invoke(app, ["ask", "NPOセミナーの満足度が下がったのはなぜ？", "--json", "--index", str(indexed_home)])
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    assert tuple(d) == CONTRACT_KEYS and not d["refused"]
    assert any((c["jigyo_no"], c["section"], c["indicator"]) == NPO for c in d["citations"])
    res = CliRunner().invoke(app, ["ask", "共創研修の満足度は？", "--index", str(indexed_home), "--year", "R6"])
    assert res.exit_code == 0 and "出典" in res.stdout and "[1]" in res.stdout


def test_cli_chat_keeps_history(indexed_home):
    from typer.testing import CliRunner

    from assistant.cli import app

    res = CliRunner().invoke(app, ["chat", "--index", str(indexed_home)],
                             input="共創研修の満足度はどう推移している？\nその理由は？\n\n")
    assert res.exit_code == 0, res.output
    second = res.stdout.split("その理由は？")[-1] if "その理由は？" in res.stdout else res.stdout.split("> ")[-2]
    assert "要因分析" in second and "研修内容と参加者の実務の繋がり" in second


def test_cli_module_does_not_import_gradio():
    import subprocess
    import sys

    code = ("import sys, assistant.cli, assistant.ask, assistant.query.retrieval, assistant.query.intent, assistant.llm; "
            "print('gradio' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"

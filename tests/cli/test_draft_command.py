"""`kaizen draft`: JSON output and --out files."""

from __future__ import annotations

import json

from assistant.draft import CITATION_KEYS

REF = "02 05 02"


def test_cli_json_and_out(indexed_home, tmp_path):
    from typer.testing import CliRunner

    from assistant.cli import app

    runner = CliRunner()
    res = runner.invoke(app, ["draft", "020502", "--index", str(indexed_home), "--json"])
    assert res.exit_code == 0, res.output
    obj = json.loads(res.stdout)
    assert {"jigyo_no", "jigyo_name", "fiscal_year", "bullets"} <= set(obj)
    assert obj["jigyo_no"] == REF and obj["fiscal_year"] == 2024 and len(obj["bullets"]) >= 3
    for b in obj["bullets"]:
        assert {"text", "rationale", "citations"} <= set(b)
        for c in b["citations"]:
            assert set(CITATION_KEYS) <= set(c)

    out = tmp_path / "draft.docx"
    res = runner.invoke(app, ["draft", "02 05 02", "--index", str(indexed_home), "--year", "R6", "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert out.exists() and "事業改善の方策（案）" in res.stdout

    res = runner.invoke(app, ["draft", "99 99 99", "--index", str(indexed_home)])
    assert res.exit_code == 1 and "取り込まれていません" in res.output

"""`kaizen ingest` and `kaizen show` as a user runs them (a subprocess / the typer app)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from ..badpdfs import make_bad_inputs
from ..conftest import REFERENCE_JSON, REFERENCE_PDF, ROOT

KAIZEN = [sys.executable, "-m", "assistant.cli"]


def test_cli_ingest_prints_one_japanese_line_per_failed_file_and_exits_1(tmp_path):
    bad = make_bad_inputs(REFERENCE_PDF, tmp_path / "in")
    env = dict(os.environ, KAIZEN_HOME=str(tmp_path / "home"))
    proc = subprocess.run(KAIZEN + ["ingest", str(tmp_path / "in"), str(REFERENCE_PDF)], env=env,
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 1
    failed_lines = [ln for ln in proc.stderr.splitlines() if ln.startswith("✗")]
    assert len(failed_lines) == len(bad)
    for path in bad.values():
        assert any(path.name in ln for ln in failed_lines)
    assert any("パスワード" in ln for ln in failed_lines)
    assert any("スキャン" in ln for ln in failed_lines)
    listed = subprocess.run(KAIZEN + ["sheets", "--json"], env=env, capture_output=True, text=True, cwd=ROOT)
    assert [s["jigyo_no"] for s in json.loads(listed.stdout)] == ["02 05 02"]


def test_cli_show_json_is_the_sheet_schema(indexed_home):
    env = dict(os.environ, KAIZEN_HOME=str(indexed_home))
    proc = subprocess.run(KAIZEN + ["show", "020502", "--json"], env=env, capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == json.loads(REFERENCE_JSON.read_text(encoding="utf-8"))
    missing = subprocess.run(KAIZEN + ["show", "99 99 99"], env=env, capture_output=True, text=True, cwd=ROOT)
    assert missing.returncode == 1 and "取り込まれていません" in missing.stderr

"""Opening the index: two first ingests at once on a new, empty KAIZEN_HOME both complete
(issue 13, case 2), and a Chroma failure reaches the user as one Japanese line with the
detail in the log, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from assistant.config import load_settings
from assistant.service import Kaizen

from ..conftest import ROOT, SAMPLES

KAIZEN = [sys.executable, "-m", "assistant.cli"]
ROUNDS = 20


def _smallest(n: int) -> list[Path]:
    return sorted(SAMPLES.glob("*.pdf"), key=lambda p: p.stat().st_size)[:n]


def test_two_first_ingests_at_once_on_a_new_home_both_complete(tmp_path):
    one, two = _smallest(2)  # one small sheet each: the race is in opening the index, not in parsing
    failures = []
    for n in range(ROUNDS):
        home = tmp_path / f"home-{n}"
        env = dict(os.environ, KAIZEN_HOME=str(home))
        procs = [subprocess.Popen(KAIZEN + ["ingest", str(pdf), "--workers", "1"], env=env, cwd=ROOT,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for pdf in (one, two)]
        outs = [p.communicate(timeout=300) for p in procs]
        for p, (out, err) in zip(procs, outs):
            if p.returncode != 0 or "Traceback" in err:
                failures.append((n, p.returncode, err[-2000:]))
        sheets = Kaizen(load_settings(home)).sheets()
        if len(sheets) != 2:
            failures.append((n, "sheets", [s.file for s in sheets]))
    assert not failures, failures


def test_a_damaged_index_is_one_japanese_line_and_the_detail_is_logged(tmp_path):
    home = tmp_path / "home"
    (home / "chroma").mkdir(parents=True)
    (home / "chroma" / "chroma.sqlite3").write_bytes(b"this is not a database" * 100)
    env = dict(os.environ, KAIZEN_HOME=str(home))
    for args in (["ingest", str(_smallest(1)[0])], ["sheets"], ["ask", "NPOセミナーの満足度は？"]):
        proc = subprocess.run(KAIZEN + args, env=env, capture_output=True, text=True, cwd=ROOT, timeout=120)
        assert proc.returncode == 2, (args, proc.stderr)
        lines = [ln for ln in proc.stderr.splitlines() if ln.strip() and not ln.startswith("取り込み中")]
        assert "Traceback" not in proc.stderr and len(lines) == 1, (args, proc.stderr)
        assert lines[0].startswith("エラー: 索引（Chroma）の") and "kaizen.log" in lines[0], lines
    log = (home / "logs" / "kaizen.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "Chroma error" in log

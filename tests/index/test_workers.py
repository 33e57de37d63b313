"""The parse workers die with their parent: after ``kill -9`` of ``kaizen ingest`` nothing it
started keeps running (workers, fork server, resource tracker) (issue 13, case 3)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from ..conftest import ROOT, SAMPLES

KAIZEN = [sys.executable, "-m", "assistant.cli"]


def _session_members(sid: int) -> list[tuple[int, str]]:
    """(pid, command line) of every live process in session ``sid``."""
    out = []
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            stat = (d / "stat").read_text()
            fields = stat[stat.rindex(")") + 2:].split()
            state, session = fields[0], int(fields[3])
            cmd = (d / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except (OSError, ValueError, IndexError):
            continue
        if session == sid and state != "Z":
            out.append((int(d.name), cmd))
    return out


def test_kill_9_of_the_ingest_ends_its_workers_fork_server_and_resource_tracker(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for i in range(3):  # enough work that the workers are busy when the parent dies
        for p in sorted(SAMPLES.glob("*.pdf")):
            (src / f"{p.stem}-{i}.pdf").write_bytes(p.read_bytes() + f"\n% {i}\n".encode())
    env = dict(os.environ, KAIZEN_HOME=str(tmp_path / "home"))
    proc = subprocess.Popen(KAIZEN + ["ingest", str(src), "--workers", "2"], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    sid = proc.pid  # a new session: every process the ingest starts stays in it
    try:
        deadline = time.time() + 120
        while time.time() < deadline and len(_session_members(sid)) < 4:  # parent, fork server, 2 workers
            time.sleep(0.2)
        started = _session_members(sid)
        assert len(started) >= 4, started
        time.sleep(1.0)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        deadline = time.time() + 20
        while time.time() < deadline and _session_members(sid):
            time.sleep(0.2)
        assert _session_members(sid) == [], f"still running after the parent died: {_session_members(sid)}"
    finally:
        for pid, _ in _session_members(sid):
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass

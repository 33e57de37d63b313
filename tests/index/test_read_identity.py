"""The read side belongs to the index, not to the URL that reaches it (``assistant.index.readhome``):
a `chroma run` server over a copy of a laid-out index, reached by two URLs, answers from the read
side laid out at ingest without laying anything out; copies of one index that are then written to
on their own each get their own sheets; new versions are still followed through the registry."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from assistant.config import load_settings
from assistant.service import Kaizen

pytestmark = pytest.mark.server

QUESTION = "NPOセミナーの満足度が下がったのはなぜ？"


@contextmanager
def chroma_run(data: Path):
    exe = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = open(data.parent / "server.log", "w")
    proc = subprocess.Popen([exe, "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1)
                break
            except OSError:
                if time.time() > deadline or proc.poll() is not None:
                    pytest.fail("chroma run did not start: " + (data.parent / "server.log").read_text())
                time.sleep(0.3)
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


def _answer(svc) -> tuple:
    got = svc.ask(QUESTION).to_dict()
    return got["answer"], got["citations"]


def _jigyo(svc) -> set[str]:
    return {s.jigyo_no for s in svc.sheets()}


def test_a_server_over_a_copy_of_the_index_answers_from_the_read_side_laid_out_at_ingest(
        copied_home, tmp_path, monkeypatch):
    from assistant.index import snapshot as snapshot_mod

    embedded = Kaizen(load_settings(copied_home))
    expected, sheets = _answer(embedded), _jigyo(embedded)
    laid_out = embedded.snapshot().read.dir
    segments = sorted(p.name for p in (laid_out / "segments").iterdir())
    data = tmp_path / "server" / "db"
    shutil.copytree(copied_home / "chroma", data)
    with chroma_run(data) as port:
        urls = [f"http://127.0.0.1:{port}", f"http://localhost:{port}"]
        calls: list = []
        real = snapshot_mod.lay_out
        monkeypatch.setattr(snapshot_mod, "lay_out", lambda *a: (calls.append(a), real(*a))[1])
        for url in urls:
            svc = Kaizen(load_settings(copied_home, chroma_url=url))
            assert _answer(svc) == expected
            assert svc.snapshot().read.dir == laid_out
        assert calls == [], "a new URL for the same index laid the read side out again"
        assert sorted(p.name for p in (laid_out / "segments").iterdir()) == segments

        # A new version through the server (generation g+1): instances on either URL follow it.
        reader = Kaizen(load_settings(copied_home, chroma_url=urls[1]))
        gen = reader.snapshot().generation
        Kaizen(load_settings(copied_home, chroma_url=urls[0])).remove("08 01 02")
        assert reader.snapshot().generation == gen + 1 and _jigyo(reader) == sheets - {"08 01 02"}
        assert len(calls) == 1  # the change alone was laid out

        # The embedded copy (same identity, still at g) is not answered from the server's read side.
        assert _jigyo(Kaizen(load_settings(copied_home))) == sheets
        # Both copies at g+1 with other sheets: each still gets its own (the active versions decide).
        Kaizen(load_settings(copied_home)).remove("02 05 02")
        mine = Kaizen(load_settings(copied_home))
        assert mine.snapshot().generation == gen + 1 and _jigyo(mine) == sheets - {"02 05 02"}
        assert _jigyo(reader) == sheets - {"08 01 02"}
        assert _answer(Kaizen(load_settings(copied_home, chroma_url=urls[0])))[1][0]["jigyo_no"] == "02 05 02"


def test_a_large_layout_for_a_server_runs_in_a_child_process(copied_home, tmp_path, monkeypatch):
    """A home with no read side for a server's index (another host ingested) lays it out in a child
    process, whose heap leaves with it; should the child fail, it is laid out here."""
    from assistant.index import layoutproc
    from assistant.index import snapshot as snapshot_mod

    embedded = Kaizen(load_settings(copied_home))
    expected, sheets = _answer(embedded), _jigyo(embedded)
    data = tmp_path / "server" / "db"
    shutil.copytree(copied_home / "chroma", data)
    monkeypatch.setattr(layoutproc, "CHILD_MIN_VERSIONS", 1)
    calls: list = []
    real = snapshot_mod.lay_out
    monkeypatch.setattr(snapshot_mod, "lay_out", lambda *a: (calls.append(a), real(*a))[1])
    with chroma_run(data) as port:
        url = f"http://127.0.0.1:{port}"
        svc = Kaizen(load_settings(tmp_path / "new-home", chroma_url=url))
        assert _jigyo(svc) == sheets and _answer(svc) == expected
        assert calls == [], "laid out in this process"
        assert svc.snapshot().read.dir.parent == tmp_path / "new-home" / "cache"

        monkeypatch.setattr(layoutproc.sys, "executable", "/bin/false")  # the child cannot run
        other = Kaizen(load_settings(tmp_path / "other-home", chroma_url=url))
        assert _jigyo(other) == sheets and len(calls) == 1

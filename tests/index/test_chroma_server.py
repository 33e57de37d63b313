"""The same commands against a real Chroma server (`chroma run`) on 127.0.0.1."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from assistant.config import load_settings
from assistant.service import Kaizen
from ui.testing import free_port

from ..conftest import REFERENCE_PDF, ROOT, sample_pdfs

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory):
    exe = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = free_port()
    data = tmp_path_factory.mktemp("chroma-server")
    log = open(data / "server.log", "w")
    proc = subprocess.Popen([exe, "run", "--path", str(data / "db"), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url + "/api/v2/heartbeat", timeout=1)
            break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("chroma run did not start: " + (data / "server.log").read_text())
    yield url
    proc.terminate()
    proc.wait(timeout=20)


def test_ingest_and_query_against_a_chroma_server(chroma_url, tmp_path):
    svc = Kaizen(load_settings(tmp_path / "home", chroma_url=chroma_url))
    results = svc.ingest(sample_pdfs())
    assert all(r.ok for r in results)
    assert not (tmp_path / "home" / "chroma").exists()  # nothing embedded: all in the server
    # A second instance (another `kaizen serve` host) sees the same index.
    other = Kaizen(load_settings(tmp_path / "other-home", chroma_url=chroma_url))
    assert [s.jigyo_no for s in other.sheets()] == [s.jigyo_no for s in svc.sheets()]
    snap = other.snapshot()
    hits = other.store.query(other.embedder.embed_query("NPOセミナーの満足度が下がった理由"), 5, {"section": "8"})
    assert hits and all(snap.is_active(cid) for cid, _ in hits)
    assert any(snap.chunks[cid].meta["jigyo_no"] == "02 05 02" for cid, _ in hits)
    ans = other.ask("NPOセミナーの満足度が下がったのはなぜ？").to_dict()
    assert not ans["refused"] and ans["citations"][0]["jigyo_no"] == "02 05 02"


def test_cli_uses_kaizen_chroma_url(chroma_url, tmp_path):
    env = dict(os.environ, KAIZEN_HOME=str(tmp_path / "home"), KAIZEN_CHROMA_URL=chroma_url,
               KAIZEN_COLLECTION="cli_test")
    cmd = [sys.executable, "-m", "assistant.cli"]
    proc = subprocess.run(cmd + ["ingest", str(REFERENCE_PDF)], env=env, capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    listed = subprocess.run(cmd + ["sheets", "--json"], env=env, capture_output=True, text=True, cwd=ROOT)
    assert '"02 05 02"' in listed.stdout


def test_unreachable_server_gives_a_japanese_error(tmp_path):
    from assistant.index.store import StoreError

    svc = Kaizen(load_settings(tmp_path / "home", chroma_url=f"http://127.0.0.1:{free_port()}"))
    with pytest.raises(StoreError, match="Chroma サーバー"):
        svc.sheets()


def test_clients_creating_the_collections_at_once_on_a_server_all_succeed(chroma_url, tmp_path):
    """Several processes' first ingests against one server create the same collections at once:
    get-or-create, retried on a conflict, never fails one of them."""
    import threading

    from assistant.index.store import Store

    for n in range(5):
        settings = load_settings(tmp_path / f"home-{n}", chroma_url=chroma_url, collection=f"race_{n}")
        errors: list[Exception] = []
        barrier = threading.Barrier(4)

        def open_store() -> None:
            try:
                barrier.wait()
                Store(settings).registry()
            except Exception as exc:  # collected: the assertion below names them
                errors.append(exc)

        threads = [threading.Thread(target=open_store) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert not errors, errors


def test_a_second_serve_instance_sees_a_new_version_through_the_registry(chroma_url, tmp_path):
    """Two instances share nothing but the server: each lays out its own read side and
    follows the registry's generation (the sheets, BM25 and answers of the new version)."""
    settings = dict(chroma_url=chroma_url, collection="two_instances")
    writer = Kaizen(load_settings(tmp_path / "writer", **settings))
    writer.ingest([REFERENCE_PDF])
    reader = Kaizen(load_settings(tmp_path / "reader", **settings))
    snap = reader.snapshot()
    gen = snap.generation
    assert [s.jigyo_no for s in reader.sheets()] == ["02 05 02"]
    other_pdf = next(p for p in sample_pdfs() if p.name.startswith("08-01-02"))
    writer.ingest([other_pdf])
    assert reader.snapshot() is snap and snap.generation > gen
    assert [s.jigyo_no for s in reader.sheets()] == ["02 05 02", "08 01 02"]
    hits = snap.lexical.search_tokens(["インバウンド"], k=3)
    assert hits and snap.chunks[hits[0][0]].meta["jigyo_no"] == "08 01 02"
    assert (tmp_path / "reader" / "cache").is_dir() and snap.read.dir != writer.snapshot().read.dir

"""The registry's mark beside an embedded index (``assistant.index.regmark``): a process that
answers from a current read side never opens Chroma; a mark never names an older
generation than Chroma holds; an index without a mark is read from Chroma (and marked)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from assistant.config import load_settings
from assistant.index.regmark import mark_path, read_mark
from assistant.service import Kaizen

from ..conftest import ROOT

_COLD = """
import sys, json
from pathlib import Path
from assistant.config import load_settings
from assistant.service import Kaizen
svc = Kaizen(load_settings(Path(sys.argv[1])))
a = svc.ask("NPOセミナーの満足度はどう推移している？")
print(json.dumps({"chromadb": "chromadb" in sys.modules, "pandas": "pandas" in sys.modules,
                  "wordfreq": "wordfreq" in sys.modules, "cited": len(a.citations)}))
"""


def _cold(home) -> dict:
    from assistant.text.frequencies import frequencies

    frequencies().get("こと")  # the per-machine copy of wordfreq's list exists (built once per machine)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", _COLD, str(home)], capture_output=True, text=True, env=env,
                         timeout=300, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_cold_answer_from_a_current_read_side_opens_no_chroma(copied_home):
    settings = load_settings(copied_home)
    reg = Kaizen(settings).store.registry()
    assert read_mark(settings)[:2] == (reg.store_id, reg.generation)
    got = _cold(copied_home)
    assert got["cited"] > 0
    assert not got["chromadb"] and not got["pandas"] and not got["wordfreq"], got


def test_without_a_mark_chroma_is_asked_and_the_mark_written(copied_home):
    settings = load_settings(copied_home)
    mark_path(settings).unlink()
    assert _cold(copied_home)["chromadb"]  # asked Chroma, and left the mark for the next one
    reg = Kaizen(settings).store.registry()
    assert read_mark(settings)[:2] == (reg.store_id, reg.generation)
    assert not _cold(copied_home)["chromadb"]


def test_a_registry_write_that_fails_leaves_no_mark(copied_home, monkeypatch):
    settings = load_settings(copied_home)
    svc = Kaizen(settings)
    reg = svc.store.registry()
    assert read_mark(settings) is not None

    def broken(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(svc.store.sheets, "upsert", broken)
    with pytest.raises(Exception):
        svc.store.write_registry(reg)
    assert read_mark(settings) is None  # readers go back to Chroma rather than trust a stale mark


def test_another_process_ingest_is_followed_through_the_mark(copied_home):
    reader = Kaizen(load_settings(copied_home))
    before = {s.jigyo_no for s in reader.sheets()}
    assert reader.snapshot().generation == read_mark(reader.settings)[1]
    writer = Kaizen(load_settings(copied_home))
    writer.remove("08 01 02")
    assert read_mark(writer.settings)[1] == writer.store.registry().generation
    snap = reader.snapshot()
    assert snap.generation == writer.store.registry().generation
    assert {r.jigyo_no for r in snap.sheet_rows} == before - {"08 01 02"}


def test_a_chroma_server_has_no_mark(tmp_path):
    settings = load_settings(tmp_path / "h")
    settings = settings.model_copy(update={"chroma_url": "http://127.0.0.1:9"})
    assert mark_path(settings) is None and read_mark(settings) is None

"""Ingest into a real embedded Chroma: bad input reported per file, unchanged files skipped, the atomic
version switch under crashes, parallel equals sequential."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from assistant.config import load_settings
from assistant.service import Kaizen

from ..badpdfs import make_bad_inputs
from ..conftest import REFERENCE_PDF, ROOT, SAMPLES

KAIZEN = [sys.executable, "-m", "assistant.cli"]


def test_bad_inputs_are_reported_per_file_and_the_batch_goes_on(tmp_path):
    bad = make_bad_inputs(REFERENCE_PDF, tmp_path / "in")
    svc = Kaizen(load_settings(tmp_path / "home"))
    files = list(bad.values()) + [REFERENCE_PDF]
    results = {r.file: r for r in svc.ingest(files, workers=1)}
    for code, path in bad.items():
        r = results[path.name]
        assert r.status == "error" and r.code == code, (path.name, r)
        assert r.label == "エラー" and "。" in r.message
    assert results[REFERENCE_PDF.name].status == "ingested"
    assert [s.jigyo_no for s in svc.sheets()] == ["02 05 02"]


def _changed_copy(src: Path, dst: Path, tag: str) -> Path:
    """Same sheet, different bytes (an appended PDF comment): a new version."""
    dst.write_bytes(src.read_bytes() + f"\n% {tag}\n".encode())
    return dst


def _chunk_versions(svc: Kaizen) -> dict[str, int]:
    got = svc.store.chunks.get(include=["metadatas"])
    counts: dict[str, int] = {}
    for m in got["metadatas"]:
        counts[m["version"]] = counts.get(m["version"], 0) + 1
    return counts


def test_unchanged_is_skipped_and_a_changed_file_replaces_the_old_version(tmp_path):
    svc = Kaizen(load_settings(tmp_path / "home"))
    first = svc.ingest([REFERENCE_PDF])[0]
    assert first.status == "ingested"
    assert svc.ingest([REFERENCE_PDF])[0].status == "unchanged"
    v1 = svc.sheets()[0].version
    changed = _changed_copy(REFERENCE_PDF, tmp_path / "ref-v2.pdf", "v2")
    r = svc.ingest([changed])[0]
    assert r.status == "replaced"
    sheets = svc.sheets()
    assert len(sheets) == 1 and sheets[0].version != v1 and sheets[0].file == "ref-v2.pdf"
    assert _chunk_versions(svc) == {sheets[0].version: 15}
    assert svc.remove("02-05-02") == ["02 05 02|2024|点検"]
    assert svc.sheets() == [] and _chunk_versions(svc) == {}


def test_crash_before_the_switch_leaves_the_previous_version_intact(tmp_path):
    home = tmp_path / "home"
    svc = Kaizen(load_settings(home))
    svc.ingest([REFERENCE_PDF])
    v1 = svc.sheets()[0].version
    changed = _changed_copy(REFERENCE_PDF, tmp_path / "ref-v2.pdf", "v2")
    env = dict(os.environ, KAIZEN_HOME=str(home), KAIZEN_TEST_CRASH="before_switch")
    proc = subprocess.run(KAIZEN + ["ingest", str(changed)], env=env, capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 3  # died after writing the new chunks, before switching
    reader = Kaizen(load_settings(home))
    snap = reader.snapshot()
    assert [s.version for s in reader.sheets()] == [v1]
    assert {c.meta["version"] for c in snap.chunks.values()} == {v1}
    # Half-written chunks exist in Chroma but no query sees them.
    assert len(_chunk_versions(reader)) == 2
    hits = reader.store.query(reader.embedder.embed_query("NPOセミナーの満足度"), 30, None)
    visible = [cid for cid, _ in hits if snap.is_active(cid)]
    assert visible and all(snap.chunks[c].meta["version"] == v1 for c in visible)
    # The next ingest cleans the leftovers and completes the replacement.
    assert reader.ingest([changed])[0].status == "replaced"
    assert list(_chunk_versions(reader)) == [reader.sheets()[0].version]


def test_killed_mid_batch_never_leaves_a_half_written_sheet(tmp_path):
    home = tmp_path / "home"
    src = tmp_path / "src"
    src.mkdir()
    pdfs = sorted(SAMPLES.glob("*.pdf"))
    for i in range(3):
        for p in pdfs:
            _changed_copy(p, src / f"{p.stem}-{i}.pdf", f"copy {i}")
    env = dict(os.environ, KAIZEN_HOME=str(home))
    proc = subprocess.Popen(KAIZEN + ["ingest", str(src), "--workers", "1"], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Wait until some sheets are in, then kill -9 in the middle of the batch.
    deadline = time.time() + 120
    reg_file = home / "chroma"
    while time.time() < deadline and not reg_file.exists():
        time.sleep(0.2)
    time.sleep(6)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    svc = Kaizen(load_settings(home))
    snap = svc.snapshot()
    for version, rec in snap.records.items():
        assert len(snap.by_version.get(version, [])) == rec["chunks"], "an active sheet lost chunks"
    # A rerun finishes the batch and leaves exactly one version per sheet in Chroma.
    results = svc.ingest([src], workers=1)
    assert all(r.ok for r in results)
    versions = _chunk_versions(svc)
    assert set(versions) == {s.version for s in svc.sheets()}


def test_parallel_ingest_matches_sequential(tmp_path):
    pdfs = sorted(SAMPLES.glob("*.pdf"))
    seq = Kaizen(load_settings(tmp_path / "a"))
    par = Kaizen(load_settings(tmp_path / "b"))
    seq.ingest(pdfs, workers=1)
    par.ingest(pdfs, workers=2)
    assert [s.to_dict() for s in seq.sheets()] == [s.to_dict() for s in par.sheets()]

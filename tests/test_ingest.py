"""Ingest: parse exactly, chunk with metadata, index atomically, report bad input."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.config import load_settings
from assistant.service import Kaizen
from ingest.chunks import make_chunks
from ingest.parser import parse_pdf

from .badpdfs import make_bad_inputs
from .conftest import REFERENCE_JSON, REFERENCE_PDF, ROOT, SAMPLES

KAIZEN = [sys.executable, "-m", "assistant.cli"]


def field_diffs(got, want, path=""):
    """Field-by-field differences between a parse and its expected JSON."""
    if isinstance(want, dict):
        out = []
        for k, v in want.items():
            out += field_diffs(got.get(k) if isinstance(got, dict) else None, v, f"{path}.{k}")
        return out
    if isinstance(want, list):
        if not isinstance(got, list) or len(got) != len(want):
            return [(path, "length", len(got) if isinstance(got, list) else got, len(want))]
        out = []
        for i, v in enumerate(want):
            out += field_diffs(got[i], v, f"{path}[{i}]")
        return out
    return [] if got == want else [(path, got, want)]


def test_reference_sheet_equals_expected_field_for_field():
    parsed = parse_pdf(REFERENCE_PDF)
    expected = json.loads(REFERENCE_JSON.read_text(encoding="utf-8"))
    got = parsed.sheet.model_dump()
    assert field_diffs(got, expected) == []
    assert got == expected
    assert parsed.warnings == []
    assert parsed.fiscal_year == 2024
    assert parsed.pages == 3


SPECS = sorted((SAMPLES / "specs").glob("*.json"))


@pytest.mark.parametrize("spec", SPECS, ids=[p.stem for p in SPECS])
def test_generated_sample_parses_back_to_its_source(spec):
    """The samples are rendered by another tool (reportlab): the parser must recover them too."""
    want = json.loads(spec.read_text(encoding="utf-8"))
    parsed = parse_pdf(SAMPLES / want["pdf"])
    assert field_diffs(parsed.sheet.model_dump(), want) == []


def test_at_least_seven_samples_with_two_years_of_one_jigyo():
    sheets = [json.loads(p.read_text(encoding="utf-8")) for p in SPECS]
    assert len(sheets) >= 6
    by_no: dict[str, set[str]] = {}
    for s in sheets:
        by_no.setdefault(s["jigyo_no"], set()).add(s["year_label"])
    assert any(len(v) >= 2 for v in by_no.values())
    assert {len(s["indicators"]) for s in sheets} >= {1, 2, 3}


def test_chunks_one_per_section_with_metadata():
    parsed = parse_pdf(REFERENCE_PDF)
    chunks = make_chunks(parsed, REFERENCE_PDF.name)
    sections = [(c.metadata["section"], c.metadata["indicator"]) for c in chunks]
    assert sections == [
        ("1", 0), ("2", 0), ("3", 0), ("4", 1), ("4", 2), ("4", 3), ("5", 0), ("6", 0), ("7", 0),
        ("8", 1), ("8", 2), ("8", 3), ("9-1", 0), ("9-2", 0), ("detail", 0),
    ]
    required = {"jigyo_no", "jigyo_name", "bukyoku", "ka", "fiscal_year", "year_label", "section", "section_title",
                "indicator", "indicator_name", "status", "page", "bbox", "file", "sha256", "parser_version"}
    for c in chunks:
        assert required <= set(c.metadata)
        assert all(v is not None and not isinstance(v, (dict, list)) for v in c.metadata.values())
        assert c.text.startswith("【協働・共創推進事業費（事業番号 02 05 02）令和６年度実施事業分】")
        assert c.metadata["fiscal_year"] == 2024
        assert c.metadata["page"] in (1, 2, 3)
        assert len(c.metadata["bbox"].split(",")) == 4
    npo = next(c for c in chunks if c.metadata["section"] == "4" and c.metadata["indicator"] == 3)
    assert "R4 96％ → R5 97％（↗） → R6 84％（↘）（目標95％、未達成）" in npo.text
    assert npo.metadata["r6"] == 84.0 and npo.metadata["r6_target"] == 95.0
    assert npo.metadata["status"] == "未達成" and npo.metadata["page"] == 1
    why = next(c for c in chunks if c.metadata["section"] == "8" and c.metadata["indicator"] == 3)
    assert "法令に係る難解な内容" in why.quote and why.metadata["page"] == 2


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
    assert svc.remove("02-05-02") == ["02 05 02|2024"]
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


def _spec(name: str) -> dict:
    return json.loads((SAMPLES / "specs" / f"{name}.json").read_text(encoding="utf-8"))


def test_detail_table_spanning_several_landscape_pages(tmp_path):
    """Ten-plus 細事業 rows overflow the landscape page; a 細事業 cut by the break continues."""
    import copy

    from samples.render import render_sheet

    big = _spec("09-01-03_新規就農者育成総合対策事業費")
    for k in range(3):
        row = copy.deepcopy(big["detail"][k])
        row["no"] = len(big["detail"]) + 1
        big["detail"].append(row)
    for row in big["detail"]:
        row["items"] = row["items"] + copy.deepcopy(row["items"])
        for i, item in enumerate(row["items"], 1):
            item["no"] = i
    big["pdf"] = "big.pdf"
    parsed = parse_pdf(render_sheet(big, tmp_path / "big.pdf"))
    assert parsed.pages >= 5
    assert field_diffs(parsed.sheet.model_dump(), big) == []


def test_a_partly_readable_sheet_is_ingested_with_warnings(tmp_path):
    from samples.render import render_sheet

    spec = _spec("08-01-02_インバウンド誘客推進事業費")
    spec["s7"] = []
    spec["indicators"][0]["analysis"] = []
    spec["pdf"] = "partial.pdf"
    pdf = render_sheet(spec, tmp_path / "partial.pdf")
    svc = Kaizen(load_settings(tmp_path / "home"))
    result = svc.ingest([pdf])[0]
    assert result.status == "ingested" and result.label == "警告あり"
    assert any("主な取組実績と成果" in w for w in result.warnings)
    assert any("要因分析" in w for w in result.warnings)
    env = dict(os.environ, KAIZEN_HOME=str(tmp_path / "home"))
    listed = subprocess.run(KAIZEN + ["sheets"], env=env, capture_output=True, text=True, cwd=ROOT)
    assert "主な取組実績と成果" in listed.stdout


def test_snapshot_cache_speeds_cold_starts_and_never_serves_another_index(tmp_path):
    import shutil

    a = Kaizen(load_settings(tmp_path / "a"))
    a.ingest([REFERENCE_PDF])
    a.sheets()
    caches = list((tmp_path / "a" / "cache").glob("snapshot-*.pkl"))
    assert len(caches) == 1
    first_cache = shutil.copy(caches[0], tmp_path / "a-generation-1.pkl")
    # A new process over the same index starts from the cache and still follows changes.
    again = Kaizen(load_settings(tmp_path / "a"))
    assert [s.jigyo_no for s in again.sheets()] == ["02 05 02"]
    other_pdf = SAMPLES / "08-01-02_インバウンド誘客推進事業費.pdf"
    a.ingest([other_pdf])
    assert [s.jigyo_no for s in again.sheets()] == ["02 05 02", "08 01 02"]
    assert len(again.snapshot().chunks) == sum(s.chunks for s in again.sheets())
    # A cache file that belongs to another index is ignored, even at the same generation.
    b = Kaizen(load_settings(tmp_path / "b"))
    b.ingest([other_pdf])
    assert b.store.registry().generation == 1
    (tmp_path / "b" / "cache").mkdir(exist_ok=True)
    shutil.copy(first_cache, tmp_path / "b" / "cache" / caches[0].name)
    assert [s.jigyo_no for s in Kaizen(load_settings(tmp_path / "b")).sheets()] == ["08 01 02"]

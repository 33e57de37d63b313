"""Several files of one sheet (事業番号, 年度, stage) in a folder: one deterministic winner and one
Japanese warning naming both, the same sequentially and in parallel; re-running the folder is a
no-op; replaced versions are listed with ``--all`` and lose their PDF copy (issue 13, case 1)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from assistant.config import load_settings
from assistant.service import Kaizen

from ..conftest import REFERENCE_PDF, ROOT, SAMPLES

KAIZEN = [sys.executable, "-m", "assistant.cli"]
T0 = 1_700_000_000 * 10**9  # a fixed modification time (ns)


def _copy(src: Path, dst: Path, tag: str, mtime_ns: int) -> Path:
    """Same sheet, different bytes (an appended PDF comment), with a given modification time."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_bytes(src.read_bytes() + f"\n% {tag}\n".encode())
    os.utime(dst, ns=(mtime_ns, mtime_ns))
    return dst


def _version(svc: Kaizen, path: Path) -> str:
    from ingest.parser import file_sha256, version_id

    return version_id(file_sha256(path))


def _folder(tmp_path: Path) -> tuple[Path, dict[str, Path]]:
    """Three copies of the reference sheet (the newest is neither first nor last in path
    order) and two other sheets."""
    d = tmp_path / "in"
    files = {
        "a": _copy(REFERENCE_PDF, d / "a.pdf", "A", T0 + 1 * 10**9),
        "b": _copy(REFERENCE_PDF, d / "b.pdf", "B", T0 + 3 * 10**9),  # the newest
        "c": _copy(REFERENCE_PDF, d / "c.pdf", "C", T0 + 2 * 10**9),
    }
    for p in sorted(SAMPLES.glob("*.pdf"))[1:3]:
        _copy(p, d / p.name, "other", T0)
    return d, files


def test_the_newest_file_wins_with_one_warning_and_a_rerun_is_a_no_op(tmp_path):
    folder, files = _folder(tmp_path)
    svc = Kaizen(load_settings(tmp_path / "home"))
    first = {r.file: r for r in svc.ingest([folder], workers=1)}
    assert first["b.pdf"].status == "ingested"
    for loser in ("a.pdf", "c.pdf"):
        r = first[loser]
        assert r.status == "duplicate" and r.label == "重複・不採用" and r.ok, r
        assert "「b.pdf」" in r.message and "02 05 02・令和6年度・点検" in r.message and "更新日時が新しい" in r.message
    active = svc.store.registry().active
    assert active["02 05 02|2024|点検"] == _version(svc, files["b"])
    generation = svc.store.registry().generation

    for _ in range(2):  # run 2 and run 3: nothing parsed, nothing written, the same winner
        again = svc.ingest([folder], workers=1)
        assert {r.status for r in again} == {"unchanged"}, [(r.file, r.status) for r in again]
        assert not svc.indexer.parsed_last
        reg = svc.store.registry()
        assert reg.active == active and reg.generation == generation

    # The losers are kept as superseded versions: listed with all=True, without a PDF copy.
    listed = svc.sheets(all=True)
    assert sorted((s.file, s.superseded) for s in listed if s.jigyo_no == "02 05 02") == [
        ("a.pdf", True), ("b.pdf", False), ("c.pdf", True)]
    assert all(s.stage == "点検" for s in listed)
    kept = {p.name for p in (tmp_path / "home" / "pdfs").iterdir()}
    assert kept == {f"{v}.pdf" for v in active.values()}


def test_parallel_ingest_picks_the_same_winner_as_sequential(tmp_path):
    folder, files = _folder(tmp_path)
    seq = Kaizen(load_settings(tmp_path / "seq"))
    par = Kaizen(load_settings(tmp_path / "par"))
    seq_results = {r.file: r.status for r in seq.ingest([folder], workers=1)}
    par_results = {r.file: r.status for r in par.ingest([folder], workers=2)}
    assert seq_results == par_results
    assert seq.store.registry().active == par.store.registry().active
    assert par.store.registry().active["02 05 02|2024|点検"] == _version(par, files["b"])
    assert {r.status for r in par.ingest([folder], workers=2)} == {"unchanged"}


def test_equal_modification_times_fall_back_to_path_order(tmp_path):
    d = tmp_path / "in"
    first = _copy(REFERENCE_PDF, d / "sheet_v1.pdf", "1", T0)
    second = _copy(REFERENCE_PDF, d / "sheet_v2.pdf", "2", T0)
    svc = Kaizen(load_settings(tmp_path / "home"))
    results = {r.file: r for r in svc.ingest([second, first], workers=1)}  # argument order does not matter
    assert results["sheet_v2.pdf"].status == "ingested"
    assert results["sheet_v1.pdf"].status == "duplicate" and "パス順で後の「sheet_v2.pdf」" in results["sheet_v1.pdf"].message
    assert list(svc.store.registry().active.values()) == [_version(svc, second)]


def test_a_newer_known_file_in_the_batch_keeps_its_place(tmp_path):
    """A new file of an active sheet replaces it, unless the active one's file is in the same
    batch and is newer: then the new one is only recorded."""
    d = tmp_path / "in"
    current = _copy(REFERENCE_PDF, d / "current.pdf", "cur", T0 + 10**10)
    svc = Kaizen(load_settings(tmp_path / "home"))
    assert svc.ingest([current])[0].status == "ingested"
    older = _copy(REFERENCE_PDF, d / "older.pdf", "old", T0)
    results = {r.file: r for r in svc.ingest([d], workers=1)}
    assert results["current.pdf"].status == "unchanged" and results["older.pdf"].status == "duplicate"
    assert list(svc.store.registry().active.values()) == [_version(svc, current)]
    # Alone, a new version replaces the active one as always, and the old PDF copy goes.
    newer = _copy(REFERENCE_PDF, tmp_path / "newer.pdf", "new", T0 + 10**11)
    assert svc.ingest([newer])[0].status == "replaced"
    assert [p.name for p in (tmp_path / "home" / "pdfs").iterdir()] == [f"{_version(svc, newer)}.pdf"]


def test_byte_identical_copies_are_ingested_once(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "one.pdf").write_bytes(REFERENCE_PDF.read_bytes())
    (d / "two.pdf").write_bytes(REFERENCE_PDF.read_bytes())
    svc = Kaizen(load_settings(tmp_path / "home"))
    results = {r.file: r for r in svc.ingest([d], workers=1)}
    assert sorted(r.status for r in results.values()) == ["ingested", "unchanged"]
    assert len(svc.sheets()) == 1


def test_the_stage_is_part_of_the_identity(tmp_path):
    """The same 事業 and year printed for 当初要求 and for 点検 are two sheets, both active."""
    from samples.generate import load_spec
    from samples.render import render_sheet

    spec_path = sorted((SAMPLES / "specs").glob("*_R6.json"))[0]
    spec = load_spec(spec_path)
    tenken = SAMPLES / spec["pdf"]
    spec["checks"] = "■当初要求　□当初予算案 　□補正予算案　□点検"
    request = render_sheet(spec, tmp_path / "request.pdf")
    svc = Kaizen(load_settings(tmp_path / "home"))
    results = svc.ingest([tenken, request], workers=1)
    assert [r.status for r in results] == ["ingested", "ingested"], [(r.file, r.status, r.message) for r in results]
    assert sorted(s.stage for s in svc.sheets()) == ["当初要求", "点検"]
    assert len({(s.jigyo_no, s.fiscal_year) for s in svc.sheets()}) == 1


def test_cli_warns_once_naming_both_files_and_lists_superseded_versions(tmp_path):
    d = tmp_path / "in"
    _copy(REFERENCE_PDF, d / "old.pdf", "old", T0)
    _copy(REFERENCE_PDF, d / "new.pdf", "new", T0 + 10**9)
    env = dict(os.environ, KAIZEN_HOME=str(tmp_path / "home"))
    proc = subprocess.run(KAIZEN + ["ingest", str(d)], env=env, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    warned = [ln for ln in proc.stderr.splitlines() if "new.pdf" in ln and "old.pdf" in ln]
    assert len(warned) == 1 and "重複" in proc.stdout, proc.stderr + proc.stdout
    listed = subprocess.run(KAIZEN + ["sheets", "--all", "--json"], env=env, capture_output=True, text=True, cwd=ROOT)
    assert listed.returncode == 0, listed.stderr
    got = sorted((s["file"], s["superseded"], s["stage"]) for s in json.loads(listed.stdout))
    assert got == [("new.pdf", False, "点検"), ("old.pdf", True, "点検")]
    plain = subprocess.run(KAIZEN + ["sheets", "--json"], env=env, capture_output=True, text=True, cwd=ROOT)
    assert [s["file"] for s in json.loads(plain.stdout)] == ["new.pdf"]

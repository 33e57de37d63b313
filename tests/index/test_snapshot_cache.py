"""The snapshot's local cache file: fast cold starts, never another index's state."""

from __future__ import annotations

from assistant.config import load_settings
from assistant.service import Kaizen

from ..conftest import REFERENCE_PDF, SAMPLES


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

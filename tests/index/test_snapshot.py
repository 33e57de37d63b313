"""The read-side snapshot over a real embedded Chroma index: incremental refresh, the local
cache file, and views derived per generation (``Snapshot.derived``)."""

from __future__ import annotations

import threading

from assistant.config import load_settings
from assistant.index.snapshot import Snapshot
from assistant.index.store import Store

from ..conftest import sample_pdfs


def _snapshot(home, cache=True) -> Snapshot:
    store = Store(load_settings(home))
    snap = Snapshot(store, home / "cache" if cache else None)
    snap.refresh()
    return snap


def test_snapshot_holds_the_active_sheets_and_their_chunks(indexed_home):
    snap = _snapshot(indexed_home, cache=False)
    assert len(snap) == len(sample_pdfs())
    assert set(snap.records) == set(snap.active.values()) == set(snap.by_version)
    for version, cids in snap.by_version.items():
        assert cids and all(snap.chunks[c].meta["version"] == version for c in cids)
        assert all(snap.is_active(c) and c in snap.lexical for c in cids)
    assert len(snap.lexical) == len(snap.chunks)
    assert snap.refresh() is False  # nothing changed: one registry read, no reload


def test_refresh_follows_a_removal_and_the_cache_file_restores_the_state(copied_home):
    from assistant.service import Kaizen

    snap = _snapshot(copied_home)
    gen = snap.generation
    gone_version = next(v for k, v in snap.active.items() if k.startswith("02 05 02|"))
    gone_chunks = list(snap.by_version[gone_version])
    assert Kaizen(load_settings(copied_home)).remove("02 05 02")
    assert snap.refresh() is True and snap.generation > gen
    assert gone_version not in snap.records and not any(c in snap.chunks for c in gone_chunks)
    assert not any(c in snap.lexical for c in gone_chunks)
    cold = _snapshot(copied_home)  # a new process: state from the cache file, then incremental
    assert cold.generation == snap.generation and set(cold.records) == set(snap.records)
    assert set(cold.chunks) == set(snap.chunks)
    assert cold.lexical.ids == snap.lexical.ids


def test_derived_is_built_once_per_generation_and_dropped_on_change(copied_home):
    from assistant.service import Kaizen

    snap = _snapshot(copied_home, cache=False)
    calls = []

    def build():
        calls.append(snap.generation)
        return {v: len(c) for v, c in snap.by_version.items()}

    first = snap.derived("chunks-per-version", build)
    assert snap.derived("chunks-per-version", build) is first and len(calls) == 1
    assert snap.derived("other", lambda: "x") == "x" and len(calls) == 1  # keys are separate
    Kaizen(load_settings(copied_home)).remove("05 03 02")
    snap.refresh()
    second = snap.derived("chunks-per-version", build)
    assert len(calls) == 2 and second is not first and len(second) == len(first) - 1


def test_derived_is_thread_safe(indexed_home):
    snap = _snapshot(indexed_home, cache=False)
    barrier = threading.Barrier(8)
    got = []

    def build():
        return object()

    def worker():
        barrier.wait()
        got.append(snap.derived("shared", build))

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    kept = snap.derived("shared", build)
    assert len(got) == 8 and all(g is kept for g in got)  # the first value stored wins for everyone
    assert snap.derived("shared", build) is kept  # one value stays for the generation

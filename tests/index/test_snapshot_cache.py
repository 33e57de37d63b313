"""The read side on disk (``KAIZEN_HOME/cache/readside-*``): laid out at ingest, shared by the
processes of one home, never another index's, and private when the home is read-only."""

from __future__ import annotations

import shutil

from assistant.config import load_settings
from assistant.service import Kaizen

from ..conftest import REFERENCE_PDF, SAMPLES

OTHER_PDF = SAMPLES / "08-01-02_インバウンド誘客推進事業費.pdf"


def test_read_side_is_laid_out_at_ingest_and_never_serves_another_index(tmp_path):
    a = Kaizen(load_settings(tmp_path / "a"))
    a.ingest([REFERENCE_PDF])
    dirs = list((tmp_path / "a" / "cache").glob("readside-*"))
    assert len(dirs) == 1 and (dirs[0] / "read.sqlite").is_file()
    assert list((dirs[0] / "segments").glob("*.rows.npy")), "the BM25 postings were written at ingest"
    saved = shutil.copytree(dirs[0], tmp_path / "a-generation-1")
    # A new process over the same index reads the laid-out side and still follows changes.
    again = Kaizen(load_settings(tmp_path / "a"))
    assert [s.jigyo_no for s in again.sheets()] == ["02 05 02"]
    a.ingest([OTHER_PDF])
    assert [s.jigyo_no for s in again.sheets()] == ["02 05 02", "08 01 02"]
    assert len(again.snapshot().chunks) == sum(s.chunks for s in again.sheets())
    # A read side that belongs to another index is laid out again, even at the same generation.
    b = Kaizen(load_settings(tmp_path / "b"))
    b.ingest([OTHER_PDF])
    assert b.store.registry().generation == 1
    target = b.snapshot().read.dir
    assert target != dirs[0]  # another index, another read side
    shutil.rmtree(target)
    shutil.copytree(saved, target)
    assert [s.jigyo_no for s in Kaizen(load_settings(tmp_path / "b")).sheets()] == ["08 01 02"]


def test_a_read_side_laid_out_under_the_url_keyed_name_of_before_is_adopted(copied_home, monkeypatch):
    """A home laid out by an earlier version (``read-<hash of URL + collection>``) is not laid out
    again: its read side is renamed to the index's own name."""
    from assistant.index import snapshot as snapshot_mod
    from assistant.index.readhome import LEGACY, _hash

    settings = load_settings(copied_home)
    question = "NPOセミナーの満足度が下がったのはなぜ？"
    svc = Kaizen(settings)
    expected = svc.ask(question).to_dict()
    current = svc.snapshot().read.dir
    legacy = current.parent / (LEGACY + _hash(f"embedded|{settings.collection}"))
    current.rename(legacy)
    calls = []
    monkeypatch.setattr(snapshot_mod, "lay_out", lambda *a: calls.append(a))
    again = Kaizen(settings)
    got = again.ask(question).to_dict()
    assert calls == [] and again.snapshot().read.dir == current and not legacy.exists()
    assert (got["answer"], got["citations"]) == (expected["answer"], expected["citations"])


def test_an_unwritable_cache_directory_gets_a_private_read_side(copied_home, monkeypatch):
    from assistant.index import readhome

    monkeypatch.setattr(readhome, "ReadStore", _Refusing(readhome.ReadStore, copied_home))
    snap = Kaizen(load_settings(copied_home)).snapshot()
    assert not str(snap.read.dir).startswith(str(copied_home))
    ans = Kaizen(load_settings(copied_home)).ask("NPOセミナーの満足度が下がったのはなぜ？")
    assert not ans.refused


class _Refusing:
    """ReadStore that cannot be created under ``home`` (as on a read-only file system)."""

    def __init__(self, cls, home) -> None:
        self.cls, self.home = cls, str(home)

    def __getattr__(self, name):
        return getattr(self.cls, name)

    def __call__(self, directory):
        if str(directory).startswith(self.home):
            raise PermissionError(13, "Read-only file system")
        return self.cls(directory)

"""The entity catalogue is kept once per generation beside the read side: a new process reads
it back instead of walking every name, gets the same catalogue, and a new generation
(or another embedder) builds and keeps its own."""

from __future__ import annotations

from assistant.config import load_settings
from assistant.query.catalogue import _STATE, Catalogue, catalogue
from assistant.service import Kaizen

# Built from sets, so their order (and the float sums over it) follow the process's string hashing.
_HASH_ORDERED = {"name_weight", "strip_names"}


def test_catalogue_is_kept_per_generation_and_read_back(copied_home, monkeypatch):
    first = Kaizen(load_settings(copied_home))
    snap = first.snapshot()
    built = catalogue(snap, first.embedder)
    kept = list(snap.read.dir.glob("catalogue-*.pkl"))
    assert len(kept) == 1

    second = Kaizen(load_settings(copied_home))
    calls = []
    real_init = Catalogue.__init__
    monkeypatch.setattr(Catalogue, "__init__", lambda self, *a: calls.append(1) or real_init(self, *a))
    again = catalogue(second.snapshot(), second.embedder)
    assert calls == []  # read back, not built
    for k in _STATE:
        if k not in _HASH_ORDERED:
            assert getattr(again, k) == getattr(built, k), k
    assert sorted(again.strip_names) == sorted(built.strip_names)
    assert again.similarities(second.embedder.embed_query("共創")) is not None

    second.remove("08 01 02")  # a new generation: built again, the old file goes
    newer = catalogue(second.snapshot(), second.embedder)
    assert calls == [1] and "08 01 02" not in {e.jigyo_no for e in newer.entities}
    assert [p.name for p in snap.read.dir.glob("catalogue-*.pkl")] != [p.name for p in kept]
    assert len(list(snap.read.dir.glob("catalogue-*.pkl"))) == 1

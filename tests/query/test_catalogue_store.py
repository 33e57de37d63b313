"""The entity catalogue is kept once per generation beside the read side: a new process reads
it back instead of walking every name, gets the same catalogue, and a new generation
(or another embedder, or an edited stop word list) builds and keeps its own.  Every process builds
the same catalogue, whatever its string hashing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from assistant.config import load_settings
from assistant.query.catalogue import _STATE, Catalogue, catalogue
from assistant.service import Kaizen

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
        assert getattr(again, k) == getattr(built, k), k
    assert again.similarities(second.embedder.embed_query("共創")) is not None

    second.remove("08 01 02")  # a new generation: built again, the old file goes
    newer = catalogue(second.snapshot(), second.embedder)
    assert calls == [1] and "08 01 02" not in {e.jigyo_no for e in newer.entities}
    assert [p.name for p in snap.read.dir.glob("catalogue-*.pkl")] != [p.name for p in kept]
    assert len(list(snap.read.dir.glob("catalogue-*.pkl"))) == 1


def test_an_edited_stop_list_builds_anew(copied_home, monkeypatch, tmp_path):
    from assistant.text import vocabulary

    stand_in = tmp_path / "vocabulary.py"  # stands for the module file whose STOP_TOKENS the catalogue drops
    stand_in.write_text("STOP_TOKENS = ...\n")
    monkeypatch.setattr(vocabulary, "__file__", str(stand_in))
    first = Kaizen(load_settings(copied_home))
    catalogue(first.snapshot(), first.embedder)
    stand_in.write_text("STOP_TOKENS = ... # edited\n")
    second = Kaizen(load_settings(copied_home))
    calls = []
    real_init = Catalogue.__init__
    monkeypatch.setattr(Catalogue, "__init__", lambda self, *a: calls.append(1) or real_init(self, *a))
    catalogue(second.snapshot(), second.embedder)
    assert calls == [1]


_BUILD = """
import json, sys
from assistant.config import load_settings
from assistant.query.catalogue import Catalogue
from assistant.service import Kaizen
svc = Kaizen(load_settings(sys.argv[1]))
cat = Catalogue(svc.snapshot(), svc.embedder)
print(json.dumps([[repr(w) for w in cat.name_weight], cat.strip_names, cat.postings], ensure_ascii=False, sort_keys=True))
"""


def test_every_process_builds_the_same_catalogue(copied_home):
    """Name weights are sums over a name's set of words: summed in the set's order they differed in the last bit between
    processes, and two sheets' same-named indicators tied in one process and not in the next."""
    root = Path(__file__).resolve().parents[2]
    outs = {subprocess.run([sys.executable, "-c", _BUILD, str(copied_home)], cwd=root, capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in (1, 2, 3, 4)}
    assert len(outs) == 1 and next(iter(outs)).startswith("[[")

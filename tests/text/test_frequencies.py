"""The per-machine copy of wordfreq's Japanese list gives wordfreq's own numbers, and without a
writable cache the list is read in memory as before."""

from __future__ import annotations

import random

import wordfreq

from assistant.text import frequencies as freq_mod
from assistant.text.wording import zipf


def test_the_copy_gives_wordfreqs_frequencies(tmp_path, monkeypatch):
    monkeypatch.setattr(freq_mod, "_cache_path", lambda: tmp_path / "wf" / "ja.sqlite")
    table = freq_mod.Frequencies()
    d = wordfreq.get_frequency_dict("ja")
    words = random.Random(0).sample(sorted(d), 2000) + ["こと", "状況", "イノシシ"]
    assert all(table.get(w) == d[w] for w in words)
    assert table.get("存在しないことばｘｙｚ") == 0.0
    assert (tmp_path / "wf" / "ja.sqlite").is_file() and table._dict is None  # read from the copy


def test_an_unwritable_cache_reads_the_list_in_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")  # no directory can be made under a file, not even by root
    monkeypatch.setattr(freq_mod, "_cache_path", lambda: blocker / "wf" / "ja.sqlite")
    table = freq_mod.Frequencies()
    assert table.get("こと") == wordfreq.get_frequency_dict("ja")["こと"]
    assert table._db is None and table._dict is not None


def test_zipf_of_common_and_topic_words():
    assert zipf("こと") >= 5.0 > zipf("イノシシ") > 0

"""The Chroma store on a real embedded Chroma: versions are written inactive, one registry write
switches them in (bumping the generation), and deactivation purges them."""

from __future__ import annotations

from assistant.config import load_settings
from assistant.index.store import Registry, Store, VersionWrite, parse_key, sheet_key


def _write(store: Store, version: str, jigyo_no: str = "99 01 01", fy: int = 2024) -> VersionWrite:
    meta = {"jigyo_no": jigyo_no, "fiscal_year": fy, "jigyo_name": "テスト事業費", "bukyoku": "テスト部",
            "version": version}
    chunk_meta = dict(meta, section="1", quote="現状と課題の本文", tokens="現状 課題 本文")
    item = VersionWrite(version, {"sheet": {"jigyo_no": jigyo_no}, "version": version, "fiscal_year": fy}, meta,
                        [f"{version}-c1"], [[1.0, 0.0, 0.0]], ["【テスト】現状と課題の本文"], [chunk_meta])
    store.begin_many([version])
    store.write_versions([item])
    return item


def test_a_written_version_is_invisible_until_switched_in(tmp_path):
    store = Store(load_settings(tmp_path / "home"))
    assert store.registry().generation == 0
    _write(store, "v1")
    reg = store.registry()
    assert "v1" in reg.pending and not reg.active  # written, not yet active
    assert store.sheet_records(["v1"])["v1"]["version"] == "v1"
    rows = store.chunk_records(["v1"])
    assert rows.ids == ["v1-c1"] and rows.documents == ["【テスト】現状と課題の本文"]
    assert rows.metadatas[0]["quote"] == "現状と課題の本文"

    key = sheet_key("99 01 01", 2024)
    assert store.activate_many([(key, "v1")], "test-embedder") == [None]
    reg = store.registry()
    assert reg.active == {key: "v1"} and reg.generation == 1 and not reg.pending
    assert reg.embedder == "test-embedder" and reg.store_id
    assert [cid for cid, _ in store.query([1.0, 0.0, 0.0], 1, None)] == ["v1-c1"]


def test_switching_in_a_new_version_supersedes_the_old_and_deactivation_removes_both(tmp_path):
    store = Store(load_settings(tmp_path / "home"))
    key = sheet_key("99 01 01", 2024, "点検")
    _write(store, "v1")
    store.activate_many([(key, "v1")], "e")
    pdfs = tmp_path / "home" / "pdfs"
    pdfs.mkdir()
    (pdfs / "v1.pdf").write_bytes(b"%PDF-1.4")
    _write(store, "v2")
    assert store.activate_many([(key, "v2")], "e") == ["v1"]
    reg = store.registry()
    assert reg.active == {key: "v2"} and reg.superseded == {"v1": key}
    # The replaced version keeps its record (for --all and to skip its file as unchanged),
    # loses its chunks and its PDF copy.
    assert store.chunk_records(["v1"]).ids == [] and list(store.sheet_records(["v1"])) == ["v1"]
    assert not (pdfs / "v1.pdf").exists()
    assert store.deactivate([key]) == ["v2"]
    reg = store.registry()
    assert reg.active == {} and reg.superseded == {} and reg.generation == 3
    assert store.chunk_records(["v2"]).ids == [] and store.sheet_records(["v1", "v2"]) == {}


def test_keys_written_before_the_stage_get_it_on_the_next_cleanup(tmp_path):
    store = Store(load_settings(tmp_path / "home"))
    _write(store, "v1")
    store.activate_many([("99 01 01|2024", "v1")], "e")  # as an index written before issue 13 holds it
    store.cleanup()
    assert store.registry().active == {"99 01 01|2024|": "v1"}  # _write's sheet has no checks line
    assert parse_key("99 01 01|2024") == ("99 01 01", 2024, "") and parse_key("x|2024|点検")[2] == "点検"


def test_registry_round_trips_and_ignores_unknown_fields():
    reg = Registry(generation=4, active={"02 05 02|2024": "abc"}, embedder="e", store_id="s")
    again = Registry.from_json(reg.to_json())
    assert again == reg
    assert Registry.from_json(None) == Registry()
    assert Registry.from_json('{"generation": 2, "future_field": 1}').generation == 2

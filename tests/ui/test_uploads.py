"""Uploads in a real browser against `kaizen serve`: a file over the size limit gets our
Japanese message and the good files of the same selection are ingested (issue 13, case 6);
Gradio keeps uploads inside KAIZEN_HOME only, and removes them after the ingest and on start,
rejected ones included (case 7)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from ui.testing import serve

from ..conftest import REFERENCE_PDF

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--headless=new"])
        yield b
        b.close()


@pytest.fixture()
def home(indexed_home, tmp_path) -> Path:
    from assistant.config import load_settings
    from assistant.service import Kaizen

    home = tmp_path / "home"
    shutil.copytree(indexed_home, home)
    assert Kaizen(load_settings(home)).remove("02 05 02")
    return home


def _inputs(tmp_path: Path) -> dict[str, Path]:
    d = tmp_path / "picked"
    d.mkdir()
    good = d / "upload-good.pdf"
    shutil.copyfile(REFERENCE_PDF, good)
    fake = d / "upload-fake.pdf"
    fake.write_text("PDFのふりをしたテキスト")
    big = d / "upload-big.pdf"  # a PDF header and 5 MB of padding: over a 2 MB limit
    big.write_bytes(b"%PDF-1.4\n" + b"0" * (5 * 1024 * 1024))
    return {"good": good, "fake": fake, "big": big}


def _found(root: Path, prefix: str = "upload-") -> list[Path]:
    return sorted(p for p in root.rglob(f"{prefix}*") if p.is_file()) if root.exists() else []


def _upload_and_ingest(browser, url: str, files: list[Path], wait_for: str) -> dict[str, str]:
    """Select ``files`` in the library tab, ingest them; the result row of each file by name."""
    ctx = browser.new_context(viewport={"width": 1440, "height": 1000}, locale="ja-JP")
    page = ctx.new_page()
    page.set_default_timeout(60_000)
    page.goto(url)
    page.get_by_role("tab", name="シート管理").click()
    page.locator("#kz-upload input[type=file]").set_input_files([str(f) for f in files])
    page.locator("#kz-upload").get_by_text(files[-1].stem).first.wait_for()  # uploaded
    page.locator("#kz-ingest").click()
    page.wait_for_function(
        "([t]) => { const e = document.querySelector('#kz-ingest-results'); return e && e.innerText.includes(t); }",
        arg=[wait_for], timeout=90_000)
    text = page.locator("#kz-ingest-results").inner_text()
    ctx.close()
    # The table's text is its cells line by line: a file's row runs to the next file name.
    rows: dict[str, str] = {}
    name = ""
    for line in (ln.strip() for ln in text.splitlines()):
        if line.startswith("upload-"):
            name = line
            rows[name] = ""
        elif name and line:
            rows[name] += line + " "
    return rows


def test_an_upload_over_the_limit_gets_a_japanese_message_and_the_good_files_are_kept(browser, home, tmp_path):
    files = _inputs(tmp_path)
    with serve(home, env={"KAIZEN_MAX_UPLOAD_MB": "2"}) as url:
        rows = _upload_and_ingest(browser, url, [files["fake"], files["big"], files["good"]], "取り込み済み")
    assert "ファイルが大きすぎます（5.0MB、上限2MB）" in rows.get("upload-big.pdf", ""), rows
    assert "PDFファイルではありません" in rows.get("upload-fake.pdf", ""), rows
    assert "取り込み済み" in rows.get("upload-good.pdf", ""), rows
    from assistant.config import load_settings
    from assistant.service import Kaizen

    assert "02 05 02" in {s.jigyo_no for s in Kaizen(load_settings(home)).sheets()}


def test_uploads_stay_inside_kaizen_home_and_are_removed_after_the_ingest_and_on_start(browser, home, tmp_path):
    files = _inputs(tmp_path)
    system_tmp = tmp_path / "system-tmp"  # where Gradio would keep uploads by default ($TMPDIR/gradio)
    system_tmp.mkdir()
    stale = home / "tmp" / "gradio" / "0123abcd" / "upload-stale.pdf"  # left by a server that was killed
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"%PDF-1.4 stale")
    env = {"KAIZEN_MAX_UPLOAD_MB": "2", "TMPDIR": str(system_tmp)}
    with serve(home, env=env) as url:
        assert not stale.exists(), "uploads of an earlier run are removed on start"
        ctx = browser.new_context(locale="ja-JP")
        page = ctx.new_page()
        page.goto(url)
        page.get_by_role("tab", name="シート管理").click()
        page.locator("#kz-upload input[type=file]").set_input_files([str(files["fake"]), str(files["good"])])
        deadline = time.time() + 30
        while time.time() < deadline and len(_found(home / "tmp")) < 2:
            time.sleep(0.2)
        assert sorted(p.name for p in _found(home / "tmp")) == ["upload-fake.pdf", "upload-good.pdf"]
        assert _found(system_tmp) == []
        page.locator("#kz-ingest").click()
        page.wait_for_function("() => { const e = document.querySelector('#kz-ingest-results');"
                               " return e && e.innerText.includes('取り込み済み'); }", timeout=90_000)
        ctx.close()
        # After the ingest: no copy in Gradio's folder; the rejected file nowhere in KAIZEN_HOME.
        assert _found(home / "tmp") == []
        assert [p.name for p in _found(home)] == ["upload-good.pdf"]  # KAIZEN_HOME/uploads: the accepted copy
        assert _found(home)[0].parent.parent == home / "uploads"
        big = _upload_and_ingest(browser, url, [files["big"]], "大きすぎます")  # refused by our check
        assert "上限2MB" in big["upload-big.pdf"]
        assert [p.name for p in _found(home)] == ["upload-good.pdf"] and _found(system_tmp) == []
    assert _found(system_tmp) == [] and [p.name for p in _found(home)] == ["upload-good.pdf"]

"""The web UI in a real browser: Debian chromium driven by Python playwright against `kaizen serve`.

Each server is a real subprocess over a copy of the sample index. Every request the
page makes is recorded: all must go to the local server (no CDN, no web fonts).
Screenshots go to test-artifacts/ (copy screenshot-chat.png to docs/ for the README).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import urllib.parse
from pathlib import Path

import pytest

from ui.testing import free_port, kaizen_exe, serve

from ..conftest import REFERENCE_PDF, sample_pdfs

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
EXAMPLE = "NPOセミナーの満足度が下がったのはなぜ？"


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).exists(), "Debian chromium is needed: scripts/test.sh installs it (apt-get install chromium)"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--headless=new"])
        yield b
        b.close()


class Page:
    """A browser page that records every request it makes."""

    def __init__(self, browser, url: str):
        self.url = url
        self.ctx = browser.new_context(viewport={"width": 1440, "height": 1000}, locale="ja-JP",
                                       accept_downloads=True)
        self.page = self.ctx.new_page()
        self.page.set_default_timeout(30_000)
        self.requests: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))

    def assert_only_local(self) -> None:
        port = urllib.parse.urlsplit(self.url).port
        assert self.requests, "no requests recorded"
        outside = [u for u in self.requests if not u.startswith(("data:", "blob:"))
                   and urllib.parse.urlsplit(u).netloc != f"127.0.0.1:{port}"]
        assert not outside, f"requests outside the server: {outside[:10]}"

    def close(self) -> None:
        self.ctx.close()


@pytest.fixture(scope="module")
def chat_server(indexed_home, tmp_path_factory):
    home = tmp_path_factory.mktemp("ui-chat") / "home"
    shutil.copytree(indexed_home, home)
    with serve(home) as url:
        yield url, home


def _wait_text(page, selector: str, text: str, timeout: float = 30_000) -> None:
    page.wait_for_function(
        "([sel, t]) => { const e = document.querySelector(sel); return e && e.innerText.includes(t); }",
        arg=[selector, text], timeout=timeout)


def _red_box_pixels(png: bytes) -> int:
    """How many pixels have the highlight's stroke colour (220, 38, 38)."""
    from PIL import Image

    im = Image.open(io.BytesIO(png)).convert("RGB")
    return sum(1 for r, g, b in im.get_flattened_data() if r > 200 and g < 70 and b < 70)


# ---------------------------------------------------------------- chat
def test_chat_example_answer_sources_page_image_and_pdf(browser, chat_server, artifacts):
    url, _ = chat_server
    p = Page(browser, url)
    page = p.page
    page.goto(url)
    _wait_text(page, "#kz-status", "取り込み済み")
    page.screenshot(path=str(artifacts / "ui-01-start.png"))

    page.get_by_text(EXAMPLE).first.click()
    _wait_text(page, "#kz-chat", "根拠（")
    chat = page.locator("#kz-chat").inner_text()
    assert EXAMPLE in chat
    assert "[1]" in chat
    assert "要因分析" in chat and "ページ" in chat  # section title and page of a source
    assert "協働・共創推進事業費" in chat and "02 05 02" in chat and "令和6年度" in chat
    assert "満足度" in chat  # the reasons are quoted from the sheet

    # The first source is opened automatically: page image with the highlighted region.
    img = page.locator("#kz-page-image img")
    img.wait_for(state="visible")
    page.wait_for_function("() => { const i = document.querySelector('#kz-page-image img');"
                           " return i && i.complete && i.naturalWidth > 500; }")
    src1 = img.get_attribute("src")
    png = page.request.get(urllib.parse.urljoin(url, src1)).body()
    assert _red_box_pixels(png) > 500, "the cited region is not highlighted"
    page.screenshot(path=str(artifacts / "ui-02-answer.png"))
    # For the README: the question and the start of the answer in view (scroll the chat, not the page).
    page.evaluate("""() => {
        const u = [...document.querySelectorAll('#kz-chat [data-testid="user"]')].pop();
        let el = u.parentElement;
        while (el && !(el.scrollHeight > el.clientHeight + 10 && getComputedStyle(el).overflowY !== 'visible'))
            el = el.parentElement;
        if (el) el.scrollTop = u.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop - 8;
        window.scrollTo(0, 0);
    }""")
    page.mouse.move(5, 5)
    page.set_viewport_size({"width": 1440, "height": 1200})
    page.wait_for_timeout(400)
    # The README's docs/screenshot-chat.png is copied from here by hand: tests never write tracked files.
    page.screenshot(path=str(artifacts / "screenshot-chat.png"))

    # Open another source: the image changes to that citation's page/region.
    options = page.locator("#kz-sources label")
    assert options.count() >= 2
    options.nth(1).click()
    page.wait_for_function("(old) => { const i = document.querySelector('#kz-page-image img');"
                           " return i && i.getAttribute('src') !== old && i.complete && i.naturalWidth > 500; }",
                           arg=src1)
    detail = page.locator("#kz-source-detail").inner_text()
    assert "[2]" in detail and "ページ" in detail
    page.screenshot(path=str(artifacts / "ui-03-source-2.png"))

    # The PDF itself is offered.
    with page.expect_download() as dl:
        page.locator("#kz-pdf").click()
    d = dl.value
    assert d.suggested_filename.endswith(".pdf")
    assert Path(d.path()).read_bytes()[:5] == b"%PDF-"
    p.assert_only_local()
    p.close()


def test_chat_follow_up_uses_the_conversation(browser, chat_server, artifacts):
    url, _ = chat_server
    p = Page(browser, url)
    page = p.page
    page.goto(url)
    _wait_text(page, "#kz-status", "取り込み済み")
    box = page.locator("#kz-question textarea")
    box.fill("共創研修の満足度はどう推移している？")
    box.press("Enter")
    _wait_text(page, "#kz-chat", "根拠（")
    page.wait_for_function("() => { const i = document.querySelector('#kz-page-image img'); return i && i.complete; }")
    src1 = page.locator("#kz-page-image img").get_attribute("src")
    box.fill("その理由は？")
    box.press("Enter")
    page.wait_for_function("() => document.querySelector('#kz-chat').innerText.split('根拠（').length >= 3")
    # The source panel follows the newest answer: its first source (要因分析, page 2) is shown.
    page.wait_for_function("(old) => { const i = document.querySelector('#kz-page-image img');"
                           " return i && i.getAttribute('src') !== old && i.complete && i.naturalWidth > 500; }",
                           arg=src1)
    last = page.locator("#kz-chat [data-testid='bot']").last.inner_text()
    assert "共創研修" in last and "要因分析" in last, last
    page.screenshot(path=str(artifacts / "ui-04-follow-up.png"))
    # Clearing starts over.
    page.locator("#kz-clear").click()
    page.wait_for_function("() => !document.querySelector('#kz-chat').innerText.includes('根拠（')")
    p.assert_only_local()
    p.close()


# ---------------------------------------------------------------- library
@pytest.fixture()
def home_without_reference(indexed_home, tmp_path) -> Path:
    from assistant.config import load_settings
    from assistant.service import Kaizen

    home = tmp_path / "home"
    shutil.copytree(indexed_home, home)
    assert Kaizen(load_settings(home)).remove("02 05 02")
    return home


def test_library_upload_lists_the_sheet_and_rejects_a_fake(browser, home_without_reference, tmp_path, artifacts):
    fake = tmp_path / "偽物.pdf"
    fake.write_text("PDFのふりをしたテキスト")
    with serve(home_without_reference) as url:
        p = Page(browser, url)
        page = p.page
        page.goto(url)
        page.get_by_role("tab", name="シート管理").click()
        sheets = page.locator("#kz-sheets")
        sheets.wait_for(state="visible")
        assert "協働・共創推進事業費" not in sheets.inner_text()

        page.locator("#kz-upload input[type=file]").set_input_files([str(REFERENCE_PDF), str(fake)])
        page.wait_for_timeout(500)
        page.locator("#kz-ingest").click()
        _wait_text(page, "#kz-ingest-results", "取り込み済み", timeout=60_000)
        results = page.locator("#kz-ingest-results").inner_text()
        assert "エラー" in results and "PDFファイルではありません" in results
        _wait_text(page, "#kz-sheets", "協働・共創推進事業費")
        assert "完了" in page.locator("#kz-ingest-msg").inner_text()
        page.screenshot(path=str(artifacts / "ui-05-library-upload.png"), full_page=True)
        stored = [f for f in (home_without_reference / "uploads").rglob("*") if f.is_file()]
        assert [f.name for f in stored] == [REFERENCE_PDF.name], stored  # the fake left nothing behind

        # Re-ingest it (re-parsed from the stored PDF, not skipped as unchanged).
        page.locator("#kz-target input").click()
        page.get_by_role("option", name="02 05 02").first.click()
        page.locator("#kz-reingest").click()
        _wait_text(page, "#kz-lib-msg", "再取り込みしました")
        assert "取り込み済み" in page.locator("#kz-lib-msg").inner_text()

        # Remove it again (with confirmation).
        page.locator("#kz-remove").click()
        page.locator("#kz-remove-yes").click()
        _wait_text(page, "#kz-lib-msg", "削除しました")
        page.wait_for_function("() => !document.querySelector('#kz-sheets').innerText.includes('協働・共創推進事業費')")
        p.assert_only_local()
        p.close()


# ---------------------------------------------------------------- drafting
def test_drafting_tab_drafts_edits_and_downloads_docx(browser, chat_server, artifacts):
    url, _ = chat_server
    p = Page(browser, url)
    page = p.page
    page.goto(url)
    page.get_by_role("tab", name="改善方策の下書き").click()
    page.locator("#kz-draft-jigyo input").click()
    page.get_by_role("option", name="02 05 02").first.click()
    page.locator("#kz-draft-make").click()
    _wait_text(page, "#kz-draft-reasons", "理由")
    text = page.locator("#kz-draft-text textarea")
    assert text.input_value().startswith("・")
    page.wait_for_function("() => { const i = document.querySelector('#kz-draft-page img');"
                           " return i && i.complete && i.naturalWidth > 500; }")
    added = "・テストで追記した方策の文です。"
    text.fill(text.input_value() + "\n" + added)
    # the worksheet: one row per cause (要因分析 quoted, with its source number), each cell editable
    sheet = page.locator("#kz-draft-worksheet")
    sheet.scroll_into_view_if_needed()
    _wait_text(page, "#kz-draft-worksheet", "周知期間が短期間であった")
    assert "今年度の取組" in sheet.inner_text() and "方策の案" in sheet.inner_text()
    page.screenshot(path=str(artifacts / "ui-06a-worksheet.png"), full_page=True)
    cell = sheet.locator(".body-cell").nth(4)  # first row, 方策の案
    cell.dblclick()
    edited = "作業表で書き換えた方策の案"
    # the cell's editor must have the focus and the cell's text before that text is selected (a loaded machine opens the
    # editor late, and fills it later still: text typed after a select-all was appended to the cell's text)
    page.wait_for_function("() => { const e = document.activeElement;"
                           " return e && ['INPUT', 'TEXTAREA'].includes(e.tagName) && e.value.length > 0; }")
    page.locator("#kz-draft-worksheet input:focus, #kz-draft-worksheet textarea:focus").fill(edited)  # (replaces it whole)
    page.keyboard.press("Enter")
    _wait_text(page, "#kz-draft-worksheet", edited)
    page.locator("#kz-draft-docx").click()
    link = page.locator("#kz-draft-file a").first
    link.wait_for(state="visible")
    page.screenshot(path=str(artifacts / "ui-06-draft.png"), full_page=True)
    with page.expect_download() as dl:
        link.click()
    from docx import Document

    doc = Document(dl.value.path())
    body = "\n".join(par.text for par in doc.paragraphs)
    assert added in body and "事業改善の方策" in body
    ws = doc.tables[0]
    assert ws.rows[0].cells[1].text == "要因" and ws.rows[1].cells[4].text == edited
    assert "周知期間が短期間であった" in ws.rows[1].cells[1].text
    p.assert_only_local()
    p.close()


# ---------------------------------------------------------------- safety
def test_non_local_bind_requires_login(browser, chat_server, tmp_path, artifacts):
    _, home = chat_server
    env = {"KAIZEN_USERS": '["tanaka:himitsu-2025"]'}
    with serve(home, host="0.0.0.0", env=env) as url:
        p = Page(browser, url)
        page = p.page
        page.goto(url)
        pw = page.locator("input[type=password]")
        pw.wait_for(state="visible")
        assert "事業改善シート" in page.locator("body").inner_text()  # the Japanese login message
        page.screenshot(path=str(artifacts / "ui-07-login.png"))
        user = page.locator("input:not([type=password])").first
        user.fill("tanaka")
        pw.fill("wrong")
        pw.press("Enter")
        page.wait_for_timeout(1500)
        assert page.locator("#kz-chat").count() == 0
        user.fill("tanaka")
        pw.fill("himitsu-2025")
        pw.press("Enter")
        page.locator("#kz-chat").wait_for(state="visible")
        p.assert_only_local()
        p.close()


def test_non_local_bind_without_users_refuses_unless_insecure(browser, chat_server):
    _, home = chat_server
    env = dict(os.environ, KAIZEN_USERS="[]")
    port = free_port()
    r = subprocess.run([*kaizen_exe(), "serve", "--index", str(home), "--host", "0.0.0.0", "--port", str(port)],
                       capture_output=True, text=True, timeout=60, env=env)
    assert r.returncode == 2
    assert "ログインが必要" in r.stderr and "--insecure" in r.stderr
    with serve(home, host="0.0.0.0", args=["--insecure"], env={"KAIZEN_USERS": "[]"}) as url:
        p = Page(browser, url)
        p.page.goto(url)
        p.page.locator("#kz-chat").wait_for(state="visible")  # no login page
        p.close()


# ---------------------------------------------------------------- first start
def test_first_start_ingests_the_bundled_samples(browser, tmp_path, artifacts):
    home = tmp_path / "fresh-home"
    n = len(sample_pdfs())
    log = tmp_path / "serve.log"
    with serve(home, log=log) as url:
        p = Page(browser, url)
        page = p.page
        page.goto(url)
        _wait_text(page, "#kz-status", f"取り込み済み {n}シート", timeout=120_000)
        page.screenshot(path=str(artifacts / "ui-08-first-start.png"))
        page.get_by_text(EXAMPLE).first.click()
        _wait_text(page, "#kz-chat", "根拠（")
        p.assert_only_local()
        p.close()
    assert "サンプルのシート" in log.read_text()


# ---------------------------------------------------------------- rotated sheet (issue 16)
def _red_box(png: bytes) -> tuple[tuple[int, int], tuple[int, int, int, int] | None]:
    """The image size and the bounding box of the highlight's stroke pixels."""
    from PIL import Image

    im = Image.open(io.BytesIO(png)).convert("RGB")
    mask = Image.new("L", im.size)
    mask.putdata([255 if r > 200 and g < 70 and b < 70 else 0 for r, g, b in im.get_flattened_data()])
    return im.size, mask.getbbox()


@pytest.mark.parametrize("variant", ["rot90", "rot270_cropbox"])
def test_rotated_sheet_page_image_boxes_the_cited_detail_row(browser, tmp_path, artifacts, variant):
    """A sheet whose 細事業一覧 page is stored portrait + /Rotate 90 (or turned + /Rotate 270 in a
    MediaBox larger than its CropBox): the answer cites the 細事業 row, and the page image is the
    displayed (landscape) page with that row boxed."""
    from assistant.config import load_settings
    from assistant.service import Kaizen
    from ingest.parser import parse_pdf

    from ..ingest.variants import make_variant

    rotated = make_variant(REFERENCE_PDF, variant, tmp_path / "variants")
    home = tmp_path / "rotated-home"
    assert all(r.ok for r in Kaizen(load_settings(home)).ingest([rotated], workers=1))
    page_no, (x0, top, x1, bottom) = parse_pdf(REFERENCE_PDF).locations["detail:1"]
    with serve(home) as url:
        p = Page(browser, url)
        page = p.page
        page.goto(url)
        _wait_text(page, "#kz-status", "取り込み済み")
        box = page.locator("#kz-question textarea")
        box.fill("協働・共創推進事業費の細事業の決算額は？")
        box.press("Enter")
        _wait_text(page, "#kz-chat", "根拠（")
        assert "14,434" in page.locator("#kz-chat").inner_text()
        # open the 細事業一覧 source
        options = page.locator("#kz-sources label")
        idx = next(i for i in range(options.count()) if "細事業" in options.nth(i).inner_text())
        old = page.locator("#kz-page-image img").get_attribute("src") if idx else None
        options.nth(idx).click()
        page.wait_for_function("(old) => { const i = document.querySelector('#kz-page-image img');"
                               " return i && i.getAttribute('src') !== old && i.complete && i.naturalWidth > 500; }",
                               arg=old)
        detail = page.locator("#kz-source-detail").inner_text()
        assert f"{page_no}ページ" in detail, detail
        src = page.locator("#kz-page-image img").get_attribute("src")
        png = page.request.get(urllib.parse.urljoin(url, src)).body()
        page.screenshot(path=str(artifacts / f"ui-09-rotated-detail-{variant}.png"))
        p.assert_only_local()
        p.close()
    (w, h), red = _red_box(png)
    assert w > h, "the page image is not in the displayed (landscape) orientation"
    assert red is not None, "the cited row is not highlighted"
    scale = w / 841.89  # A4 landscape width in points
    # the stroke surrounds the cited 細事業 row (bbox padded by 3 pt, stroke 4 px)
    for got, want in zip(red, (x0 - 3, top - 3, x1 + 3, bottom + 3)):
        assert abs(got - want * scale) <= 8, (red, (x0, top, x1, bottom), scale)

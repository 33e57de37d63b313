"""The chat tab's result panel in a real browser (Debian chromium, python playwright):
a ranking question shows its table and bar chart and downloads as .xlsx; a trend question
shows the line chart of R4 → R5 → R6 with the target; other answers hide the panel.
Screenshots go to test-artifacts/ (ui-analytics-*.png)."""

from __future__ import annotations

import io
import urllib.parse
from pathlib import Path

import pytest

from .test_ui import Page, _wait_text, browser, chat_server  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser


def _ask(page, question: str) -> None:
    box = page.locator("#kz-question textarea")
    box.fill(question)
    box.press("Enter")


def _chart_png(page, url: str, old: str | None = None) -> bytes:
    page.wait_for_function("(old) => { const i = document.querySelector('#kz-chart img');"
                           " return i && i.getAttribute('src') !== old && i.complete && i.naturalWidth > 400; }",
                           arg=old)
    src = page.locator("#kz-chart img").get_attribute("src")
    return page.request.get(urllib.parse.urljoin(url, src)).body(), src


def _pixels(png: bytes, rgb: tuple[int, int, int], tol: int = 30) -> int:
    from PIL import Image

    im = Image.open(io.BytesIO(png)).convert("RGB")
    return sum(1 for p in im.get_flattened_data() if all(abs(a - b) <= tol for a, b in zip(p, rgb)))


def test_ranking_table_chart_download_then_trend_chart(browser, chat_server, artifacts):  # noqa: F811
    from openpyxl import load_workbook

    url, _ = chat_server
    p = Page(browser, url)
    page = p.page
    page.goto(url)
    _wait_text(page, "#kz-status", "取り込み済み")
    assert not page.locator("#kz-analytics").is_visible()

    _ask(page, "一般財源の割合が一番高い事業は？")
    _wait_text(page, "#kz-analytics", "集計結果")
    table = page.locator("#kz-table").inner_text()
    assert "インバウンド誘客推進事業費" in table and "75.2" in table and "順位" in table
    assert "インバウンド誘客推進事業費" in page.locator("#kz-chat").inner_text()
    png, src = _chart_png(page, url)
    assert _pixels(png, (37, 99, 235)) > 3000, "no bars drawn"
    page.locator("#kz-analytics").scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "ui-analytics-ranking.png"), full_page=True)

    with page.expect_download() as dl:
        page.locator("#kz-xlsx").click()
    d = dl.value
    assert d.suggested_filename.endswith(".xlsx")
    ws = load_workbook(io.BytesIO(Path(d.path()).read_bytes())).active
    assert [c.value for c in ws[1]][:3] == ["順位", "事業番号", "事業名"]
    assert ws.cell(row=2, column=3).value == "インバウンド誘客推進事業費" and ws.max_row == 9

    _ask(page, "部局ごとの決算額の合計は？")
    _wait_text(page, "#kz-table", "農政部")
    png2, src = _chart_png(page, url, src)
    assert _pixels(png2, (37, 99, 235)) > 3000

    _ask(page, "共創研修の満足度はどう推移している？")
    _wait_text(page, "#kz-analytics-title", "指標の推移")
    trend = page.locator("#kz-table").inner_text()
    assert "R4年度" in trend and "R6年度" in trend and "90" in trend  # the three years and the target
    png3, _ = _chart_png(page, url, src)
    assert _pixels(png3, (37, 99, 235)) > 200 and _pixels(png3, (220, 38, 38)) > 200  # line and target
    page.locator("#kz-analytics").scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "ui-analytics-trend.png"), full_page=True)

    _ask(page, "NPOセミナーの満足度が下がったのはなぜ？")
    page.wait_for_function("() => document.querySelector('#kz-chat').innerText.split('根拠（').length >= 5")
    page.wait_for_function("() => { const e = document.querySelector('#kz-analytics');"
                           " return !e || e.offsetParent === null; }")
    p.assert_only_local()
    p.close()

"""`kaizen eval --compare / --fail-on-regression / --report FILE.html`, the run sidecar and paraphrase
consistency, against the real sample index."""

from __future__ import annotations

import functools
import json
import re
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eval.dataset import BUNDLED

WHY = ('{"id": "q01", "question": "NPOセミナーの満足度が下がったのはなぜ？", "kind": "why", '
       '"expected": [{"jigyo_no": "02 05 02", "section": "8", "indicator": 3}], '
       '"must_include": ["法令に係る難解な内容", "広く薄い内容"]}')
TREND = ('{"id": "q02", "question": "共創研修の満足度はどう推移している？", "kind": "trend", '
         '"expected": [{"jigyo_no": "02 05 02", "section": "4", "indicator": 2}], "must_include": ["81", "89", "83"]}')
UNANSWERABLE = '{"id": "q03", "question": "県立病院の経営改善事業の成果指標を教えて", "kind": "unanswerable", "expected": []}'
# The sheet says nothing about R7: the assistant cannot include it, so q05 fails today.
DEMANDING = ('{"id": "q05", "question": "NPOセミナーの満足度が下がったのはなぜ？", "kind": "why", '
             '"expected": [{"jigyo_no": "02 05 02", "section": "8", "indicator": 3}], '
             '"must_include": ["法令に係る難解な内容", "R7に回復見込み"]}')


def _run(args):
    from assistant.cli import app

    return CliRunner().invoke(app, args)


def _rows(path: Path) -> dict[str, dict]:
    return {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def _write_rows(path: Path, rows) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


@pytest.fixture(scope="module")
def compared(indexed_home, tmp_path_factory):
    """A real run, then a previous file edited by hand: q01 worse, q05 better, q03 dropped, zz99 added."""
    tmp = tmp_path_factory.mktemp("compare")
    qfile = tmp / "q.jsonl"
    qfile.write_text("\n".join([WHY, TREND, UNANSWERABLE, DEMANDING]) + "\n", encoding="utf-8")
    first = tmp / "first.jsonl"
    r = _run(["eval", str(qfile), "--index", str(indexed_home), "--out", str(first)])
    assert r.exit_code == 0, r.output
    rows = _rows(first)
    assert rows["q01"]["citations"], "the assistant should cite q01's sheet"
    prev = dict(rows)
    prev["q01"] = dict(rows["q01"], answer="記載がありません。", refused=True, citations=[])
    prev["q05"] = dict(rows["q05"], answer="満足度はR7に回復見込み。" + rows["q05"]["answer"],
                       citations=rows["q05"]["citations"] + rows["q02"]["citations"][:1])
    del prev["q03"]
    prev["zz99"] = dict(rows["q02"], id="zz99")
    previous = tmp / "previous.jsonl"
    _write_rows(previous, prev.values())
    (tmp / "previous.meta.json").write_text(
        json.dumps(dict(json.loads((tmp / "first.meta.json").read_text(encoding="utf-8")), k=1)), encoding="utf-8")
    return tmp, qfile, first, previous, rows


def test_out_writes_a_meta_sidecar(compared):
    tmp, _qfile, first, _previous, rows = compared
    meta = json.loads((tmp / "first.meta.json").read_text(encoding="utf-8"))
    for key in ("product_version", "parser_version", "embedding", "llm_model", "k", "questions_sha256", "sheets"):
        assert key in meta
    assert meta["k"] == 3 and meta["questions_n"] == 4 and meta["sheets"] == 9 and meta["llm_model"] is None
    assert meta["embedding"].startswith("default: ") and meta["parser_version"]
    assert meta["summary"]["overall"]["n"] == 4
    assert list(rows) == ["q01", "q02", "q03", "q05"]  # the rows stay one answer a line


def test_compare_lists_regressed_improved_and_one_sided(indexed_home, compared):
    _tmp, qfile, _first, previous, _rows = compared
    r = _run(["eval", str(qfile), "--index", str(indexed_home), "--compare", str(previous), "--json"])
    assert r.exit_code == 0, r.output
    comp = json.loads(r.stdout)["compare"]
    assert comp["regressed"] == ["q05"] and comp["improved"] == ["q01"]
    assert comp["only_previous"] == ["zz99"] and comp["only_current"] == ["q03"] and comp["common"] == 3
    assert comp["metrics"]["refusal_accuracy"]["previous"] == pytest.approx(2 / 3)
    assert comp["metrics"]["refusal_accuracy"]["current"] == 1.0
    assert comp["metrics"]["refusal_accuracy"]["delta"] == pytest.approx(1 / 3)
    assert set(comp["metrics"]["evidence"]) == {"previous", "current", "delta"}
    assert comp["by_kind"]["why"]["full_evidence"] == {"previous": 0.5, "current": 0.5, "delta": 0.0}
    # (the commit may move between runs in a shared checkout; every other setting is the same)
    assert [d["key"] for d in comp["meta_diff"] if d["key"] != "commit"] == ["k"]

    # the table view: settings first, then the metrics, then each changed question
    md = _tmp / "compare.md"
    r = _run(["eval", str(qfile), "--index", str(indexed_home), "--compare", str(previous), "--report", str(md)])
    assert r.exit_code == 0, r.output
    out = r.stdout
    assert out.index("設定の違い") < out.index("評価結果：アシスタント") < out.index("前回との比較")
    assert "k: 1 → 3" in out and "種類別の差" in out
    assert "悪化した質問（1問）" in out and "改善した質問（1問）" in out
    assert "R7に回復見込み" in out  # the previous answer's first lines
    assert "外れた 02 05 02 §4-指標2" in out  # the citation only the previous run had
    assert "前回のみにある質問（1問" in out and "zz99" in out and "今回のみにある質問（1問" in out
    text = md.read_text(encoding="utf-8")  # the Markdown report has the same section
    assert "## 前回との比較" in text and "- 設定の違い: k: 1 → 3" in text
    assert "### 悪化した質問（1 件）" in text and "- **q05**（why）" in text and "### 改善した質問（1 件）" in text
    assert "| 根拠再現率 | 0.667 | 0.833 | +0.167 |" in text


def test_fail_on_regression_exit_codes(indexed_home, compared):
    tmp, qfile, first, previous, _rows = compared
    r = _run(["eval", str(qfile), "--index", str(indexed_home), "--compare", str(previous), "--fail-on-regression"])
    assert r.exit_code == 1
    assert "悪化した質問が1問" in r.stderr and "q05" in r.stderr
    # an identical run: nothing regressed
    r = _run(["eval", str(qfile), "--index", str(indexed_home), "--compare", str(first), "--fail-on-regression",
              "--json"])
    assert r.exit_code == 0, r.output
    comp = json.loads(r.stdout)["compare"]
    assert comp["regressed"] == [] and comp["improved"] == []
    assert [d for d in comp["meta_diff"] if d["key"] != "commit"] == []
    r = _run(["eval", str(qfile), "--index", str(indexed_home), "--fail-on-regression"])
    assert r.exit_code == 2 and "--compare" in r.stderr


def test_compare_bad_input_is_a_japanese_usage_error(indexed_home, compared, tmp_path):
    _tmp, qfile, _first, _previous, rows = compared
    cases = {}
    cases["質問ファイルのようです"] = qfile
    cases["見つかりません"] = tmp_path / "missing.jsonl"
    other = tmp_path / "other.jsonl"
    _write_rows(other, [dict(rows["q01"], id="x1"), dict(rows["q02"], id="x2")])
    cases["共通の質問（id）がありません"] = other
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{this is not json\n", encoding="utf-8")
    cases["--out ファイルではありません"] = broken
    for message, path in cases.items():
        r = _run(["eval", str(qfile), "--index", str(indexed_home), "--compare", str(path)])
        assert r.exit_code == 2, (message, r.output)
        assert message in r.stderr, (message, r.stderr)


# ---------------------------------------------------------------- paraphrase consistency
def test_paraphrase_consistency_in_json_table_report_and_bounds(indexed_home, tmp_path):
    bundled = {q["id"]: q for q in map(json.loads, BUNDLED.read_text(encoding="utf-8").splitlines())}
    a01, a02 = bundled["a01"], bundled["a02"]
    lines = [
        dict(a02),  # an original in the same file
        dict(a02, id="a02-same", paraphrase_of="a02"),  # the same words: must agree
        dict(a01, id="a01-same", paraphrase_of="a01"),  # a01 itself comes from the bundled set
        # another subject altogether, refused: must disagree with a01's cited answer
        dict(a01, id="a01-off", paraphrase_of="a01", question="県立病院の経営改善事業の成果指標を教えて"),
        dict(a01, id="zz-p", paraphrase_of="zz-none"),  # an original found nowhere
    ]
    qfile = tmp_path / "para.jsonl"
    _write_rows(qfile, lines)
    out, report = tmp_path / "para-out.jsonl", tmp_path / "para.md"
    r = _run(["eval", str(qfile), "--index", str(indexed_home), "--json", "--out", str(out), "--report", str(report)])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    p = data["paraphrase_consistency"]
    assert p["n"] == 3 and p["value"] == pytest.approx(2 / 3) and p["inconsistent"] == ["a01-off"]
    assert p["by_kind"]["trend"] == {"value": 1.0, "n": 1} and p["by_kind"]["why"]["value"] == 0.5
    assert data["summary"]["overall"]["paraphrase_consistency"] == pytest.approx(2 / 3)
    assert data["summary"]["by_kind"]["why"]["paraphrase_consistency"] == 0.5
    assert "zz-none" in r.stderr
    # the original asked only for the metric is written apart, not among the scored rows
    assert list(_rows(out)) == ["a02", "a02-same", "a01-same", "a01-off", "zz-p"]
    assert list(_rows(out.with_name("para-out.originals.jsonl"))) == ["a01"]
    assert "| 言い換え一貫性 | 0.667 |" in report.read_text(encoding="utf-8")

    r = _run(["eval", str(qfile), "--index", str(indexed_home)])
    assert "言い換え一貫性（アシスタント）: 0.667" in r.stdout and "言換" in r.stdout
    r = _run(["eval", str(qfile), "--index", str(indexed_home), "--fail-under", "paraphrase_consistency=0.9"])
    assert r.exit_code == 1 and "paraphrase_consistency = 0.667" in r.stderr
    # compared with itself (its originals' answers read back from the sidecar): no change
    r = _run(["eval", str(qfile), "--index", str(indexed_home), "--compare", str(out), "--json"])
    m = json.loads(r.stdout)["compare"]["metrics"]["paraphrase_consistency"]
    assert m["previous"] == pytest.approx(2 / 3) and m["delta"] == 0.0


# ---------------------------------------------------------------- HTML report in a browser
CHROMIUM = "/usr/bin/chromium"
RESOURCE_URL = re.compile(r"""(?:\b(?:src|href|srcset|action|data)\s*=\s*["']?\s*|url\(\s*["']?|@import\s+["']?)"""
                          r"""(?:https?:)?//""", re.I)


@pytest.mark.browser
def test_html_report_is_self_contained_and_opens_in_chromium(indexed_home, compared, artifacts):
    tmp, qfile, _first, previous, rows = compared
    page_path = tmp / "shared" / "eval.html"
    r = _run(["eval", str(qfile), "--index", str(indexed_home), "--compare", str(previous),
              "--report", str(page_path)])
    assert r.exit_code == 0, r.output
    text = page_path.read_text(encoding="utf-8")
    assert not RESOURCE_URL.search(text), RESOURCE_URL.search(text)
    assert text.count('src="data:image/png;base64,') == 1 and "<style>" in text
    assert sorted(p.name for p in page_path.parent.iterdir()) == ["eval.html"]  # nothing beside it
    assert "前回との比較" in text and "言い換え" not in text  # no paraphrases in this set

    assert Path(CHROMIUM).exists(), "Debian chromium is needed (scripts/test.sh installs it)"
    from playwright.sync_api import sync_playwright

    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(SimpleHTTPRequestHandler, directory=str(page_path.parent)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    requests: list[str] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--headless=new"])
            page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="ja-JP")
            page.on("request", lambda req: requests.append(req.url))
            page.goto(base + "eval.html")
            page.wait_for_load_state("networkidle")
            assert page.title() == "評価レポート（q.jsonl）"
            assert page.eval_on_selector("img.chart", "img => img.complete && img.naturalWidth") > 500
            page.screenshot(path=str(artifacts / "eval-report-top.png"))
            regressed = page.locator("details#change-q05")
            quote = regressed.locator("blockquote").first
            assert not quote.is_visible()
            regressed.locator("summary").click()
            assert quote.is_visible()
            want = rows["q05"]["citations"][0]["quote"][:30]
            assert want in regressed.inner_text()
            regressed.scroll_into_view_if_needed()
            page.screenshot(path=str(artifacts / "eval-report-regressed.png"))
            browser.close()
    finally:
        server.shutdown()
    outside = [u for u in requests if not u.startswith(("data:", base))]
    assert requests and not outside, outside

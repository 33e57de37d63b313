"""`kaizen table` exports the structured sheets; `kaizen ask` shows an analytics answer's
table, and `--json` carries the query spec and the rows."""

from __future__ import annotations

import csv
import json

from assistant.types import ANALYTICS_KEYS, CONTRACT_KEYS


def _invoke(*args):
    from typer.testing import CliRunner

    from assistant.cli import app

    return CliRunner().invoke(app, list(args))


def test_table_exports_xlsx_and_csv(indexed_home, tmp_path):
    from openpyxl import load_workbook

    res = _invoke("table", "costs", "--index", str(indexed_home), "--out", str(tmp_path / "c.xlsx"), "--year", "R6")
    assert res.exit_code == 0, res.output
    ws = load_workbook(tmp_path / "c.xlsx").active
    header = [c.value for c in ws[1]]
    assert header[:3] == ["事業番号", "事業名", "部局"] and "決算額（千円）" in header and "執行率（決算額÷予算現額）" in header
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 8 and {r[header.index("年度")] for r in rows} == {"R6年度"}
    npo = next(r for r in rows if r[0] == "02 05 02")
    assert npo[header.index("決算額（千円）")] == 14434

    res = _invoke("table", "indicators", "--index", str(indexed_home), "--out", str(tmp_path / "i.csv"),
                  "--bukyoku", "企画振興部")
    assert res.exit_code == 0, res.output
    with open(tmp_path / "i.csv", encoding="utf-8-sig") as f:
        got = list(csv.DictReader(f))
    assert [r["指標"] for r in got] == ["共創セッションへの企業数", "職員の共創研修会満足度", "ＮＰＯセミナー参加者満足度"]
    assert got[2]["達成状況"] == "未達成"

    res = _invoke("table", "details", "--index", str(indexed_home))
    assert res.exit_code == 0 and "細事業名" in res.stdout
    bad = _invoke("table", "nothing", "--index", str(indexed_home))
    assert bad.exit_code == 2 and "indicators / costs / details" in bad.output
    bad = _invoke("table", "costs", "--index", str(indexed_home), "--out", str(tmp_path / "x.txt"))
    assert bad.exit_code == 2 and ".xlsx か .csv" in bad.output


def test_ask_prints_the_table_and_json_has_the_query(indexed_home):
    q = "一般財源の割合が一番高い事業は？"
    res = _invoke("ask", q, "--index", str(indexed_home))
    assert res.exit_code == 0, res.output
    assert "インバウンド誘客推進事業費" in res.stdout.splitlines()[0] and "順位" in res.stdout and "出典" in res.stdout
    res = _invoke("ask", q, "--json", "--index", str(indexed_home))
    d = json.loads(res.stdout)
    assert tuple(d) == CONTRACT_KEYS + ANALYTICS_KEYS and d["intent"] == "analytics"
    assert d["query"]["measure"] == "general_ratio" and d["query"]["order"] == "desc" and d["query"]["year"] == 2024
    assert d["rows"][0]["事業名"] == "インバウンド誘客推進事業費" and d["rows"][0]["一般財源の割合（%）"] == 75.2
    assert d["rows"][0]["出典"] == "[1]" and d["citations"][0]["section"] == "6" and d["citations"][0]["bbox"]
    assert d["table"]["chart"] == "bar" and d["table"]["total"] == 8

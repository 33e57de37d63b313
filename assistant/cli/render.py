"""Human-readable rendering of a parsed sheet (Markdown) for ``kaizen show``."""

from __future__ import annotations

from ingest.chunks import figures_text, indicator_years
from ingest.form import Indicator


def _list(items: list[str]) -> str:
    return "\n".join(f"- {x.lstrip('・').replace(chr(10), ' ')}" for x in items) or "（記載なし）"


def _headed(groups: list[dict]) -> str:
    out = []
    for g in groups:
        if g.get("head"):
            out.append(f"**{g['head']}**")
        out.append(_list(g.get("items", [])))
    return "\n\n".join(out) or "（記載なし）"


def sheet_markdown(record: dict) -> str:
    s = record["sheet"]
    fy = record.get("fiscal_year") or None
    y4, y5, y6 = indicator_years(fy)

    parts = [
        f"# {s['jigyo_name']}（事業番号 {s['jigyo_no']}）",
        f"{s['year_label']}　部局: {s['bukyoku']}　課・室: {s['ka']}　実施期間: {s['period']}　{s['email']}",
        f"ファイル: {record.get('file', '')}（{record.get('pages', 0)}ページ）",
        "## １ 現状と課題\n" + _list(s["s1"]),
        "## ２ 事業目的\n" + _list(s["s2"]),
        "## ３ 事業目的を達成するための取組\n" + _headed(s["s3"]),
        "## ４ 成果指標",
    ]
    for ind in s["indicators"]:
        i = Indicator(**ind)
        parts.append(f"- {i.mark} **{i.name}**（{i.unit}）: {figures_text(i, fy)}\n  - 目標値設定理由: {i.reason}")
    parts.append("## ６ 事業コスト（千円）")
    rows = ["| 区分 | 当初予算 | 補正予算等 | 合計 | うち一般財源 | 決算額 | 職員数 |", "|---|---|---|---|---|---|---|"]
    rows += [f"| {c['year']} | {c['initial']} | {c['supplementary']} | {c['total']} | {c['general']} | {c['settlement']} | {c['staff']} |"
             for c in s["cost"]]
    parts.append("\n".join(rows))
    parts.append("## ７ 主な取組実績と成果\n" + _headed(s["s7"]))
    parts.append("## ８ 要因分析")
    for ind in s["indicators"]:
        parts.append(f"**{ind['mark']} {ind['name']}**\n\n" + "\n\n".join(ind["analysis"] or ["（記載なし）"]))
    parts.append("## ９(1) 課題\n" + _list(s["s9_issues"]))
    parts.append("## ９(2) 事業改善の方策\n" + _list(s["s9_measures"]))
    parts.append(f"## 細事業一覧（決算額 千円: {y6} / {y5} / {y4}）")
    for row in s["detail"]:
        parts.append(f"**{row['no']}. {row['name']}**（{row['r6']} / {row['r5']} / {row['r4']}）")
        parts.append("\n".join(f"- {it['no']}. {it['name']}【{it['method']}】{it['summary']} → {it['output']}"
                               for it in row["items"]))
    if record.get("warnings"):
        parts.append("## 解析時の警告\n" + _list(record["warnings"]))
    return "\n\n".join(parts)

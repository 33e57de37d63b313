"""The chat tab's result panel: an answer's table as a table, with its chart under it, and
the table as .xlsx / .csv downloads.

Shown after an answer over the numbers of many sheets (a bar chart of the ranking or
the group totals) and after a single-indicator trend answer (a line chart of R4 → R5 →
R6 with the target); hidden otherwise.  Filled from the last answer in the
conversation state, in a ``.then`` step after the answer streamed, so the chat handlers
stay as they are.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

import gradio as gr

from ..state import UI

TREND_COLUMNS = ["年度", "実績", "目標", "達成状況"]


@dataclass
class AnalyticsPanel:
    box: gr.Column
    title: gr.Markdown
    table: gr.Dataframe
    chart: gr.Image
    xlsx: gr.DownloadButton
    csv: gr.DownloadButton

    @property
    def outputs(self) -> list:
        return [self.box, self.title, self.table, self.chart, self.xlsx, self.csv]


def build() -> AnalyticsPanel:
    """The panel's components (hidden until an answer has a table or a trend)."""
    with gr.Column(visible=False, elem_id="kz-analytics") as box:
        title = gr.Markdown("", elem_id="kz-analytics-title")
        table = gr.Dataframe(interactive=False, wrap=True, elem_id="kz-table", max_height=360, show_label=False)
        chart = gr.Image(show_label=False, type="filepath", interactive=False, elem_id="kz-chart", height=400,
                         buttons=["fullscreen", "download"])
        with gr.Row():
            xlsx = gr.DownloadButton("表をダウンロード（.xlsx）", size="sm", elem_id="kz-xlsx")
            csv = gr.DownloadButton("表をダウンロード（.csv）", size="sm", elem_id="kz-csv")
    return AnalyticsPanel(box, title, table, chart, xlsx, csv)


def _hidden():
    return (gr.update(visible=False), "", None, None, gr.update(value=None), gr.update(value=None))


class PanelEvents:
    """Fill the panel from the conversation's last answer."""

    def __init__(self, ui: UI) -> None:
        self.ui = ui

    def update(self, convo_v):
        last = (convo_v or [None])[-1]
        if not isinstance(last, dict) or last.get("refused"):
            return _hidden()
        table = last.get("table") or {}
        if last.get("query") is not None and table.get("columns"):
            return self._analytics(last, table)
        if last.get("intent") == "trend" and last.get("citations"):
            return self._trend(last)
        return _hidden()

    def _files(self, key: str):
        d = self.ui.downloads_dir / "analytics" / hashlib.sha1(key.encode()).hexdigest()[:12]
        d.mkdir(parents=True, exist_ok=True)
        return d

    def _analytics(self, last: dict, table: dict):
        from assistant.analytics.chart import bar_chart
        from assistant.analytics.export import answer_frame, write_frame

        columns = table["columns"]
        rows = [[r.get(c) for c in columns] for r in last.get("rows") or []]
        frame = answer_frame({"columns": columns, "rows": rows})
        d = self._files(json.dumps(last.get("query"), ensure_ascii=False, sort_keys=True) + last.get("question", ""))
        xlsx = write_frame(frame, d / "集計結果.xlsx", sheet_name="集計結果")
        csv = write_frame(frame, d / "集計結果.csv")
        png = None
        if table.get("chart") == "bar":
            png = bar_chart(table, d / "chart.png", title=last.get("question", ""))
        title = f"#### 集計結果（全{table.get('total', len(rows))}件）"
        return (gr.update(visible=True), title, frame, str(png) if png else None, gr.update(value=str(xlsx)),
                gr.update(value=str(csv)))

    def _trend(self, last: dict):
        from assistant.analytics.chart import trend_chart, trend_indicator
        from assistant.analytics.export import answer_frame, write_frame
        from ingest.form import reiwa

        got = trend_indicator(self.ui.svc.snapshot(), last["citations"][0])
        if got is None:
            return _hidden()
        year, ind, title = got
        d = self._files(f"trend|{title}|{year}")
        png = trend_chart(year, ind, d / "trend.png", title=title)
        unit = ind.get("unit", "")
        rows = [[f"{reiwa(year - back)}年度", f"{ind.get(k) or '―'}{unit if ind.get(k) not in ('', '―', None) else ''}",
                 f"{ind.get('r6_target')}{unit}" if back == 0 else "", ind.get("status", "") if back == 0 else ""]
                for back, k in ((2, "r4"), (1, "r5"), (0, "r6"))]
        frame = answer_frame({"columns": TREND_COLUMNS, "rows": rows})
        xlsx = write_frame(frame, d / "指標の推移.xlsx", sheet_name="指標の推移")
        csv = write_frame(frame, d / "指標の推移.csv")
        return (gr.update(visible=True), f"#### 指標の推移：{title}", frame, str(png) if png else None,
                gr.update(value=str(xlsx)), gr.update(value=str(csv)))

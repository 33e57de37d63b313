"""The library tab: upload PDFs (checked, stored, ingested with progress), list the
indexed sheets with filters, re-ingest or remove one."""

from __future__ import annotations

import inspect
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import gradio as gr

from assistant.index.chroma import StoreError

from ..helpers import check_and_store_uploads, safe_name, wareki
from ..state import ALL, UI, valid_target
from ..uploads import discard_uploads


@dataclass
class LibraryTab:
    """The library tab's components."""

    uploads: gr.File
    ingest_btn: gr.Button
    ingest_msg: gr.Markdown
    ingest_table: gr.Dataframe
    year: gr.Dropdown
    bukyoku: gr.Dropdown
    text: gr.Textbox
    sheet_table: gr.Dataframe
    target: gr.Dropdown
    reingest_btn: gr.Button
    remove_btn: gr.Button
    confirm_row: gr.Row
    confirm_msg: gr.Markdown
    confirm_yes: gr.Button
    confirm_no: gr.Button
    msg: gr.Markdown


def build(ui: UI, choices) -> LibraryTab:
    """The tab's components (inside its ``gr.Tab``); ``choices``: (years, 部局, 事業) of the filters."""
    year_c, buk_c, _ = choices
    settings = ui.settings
    with gr.Row(equal_height=False):
        with gr.Column(scale=4):
            gr.Markdown("### PDFの取り込み\n事業改善シートのPDFを選んでください（複数可）。"
                        f"1ファイル{settings.max_upload_mb}MB・一度に{settings.max_upload_files}ファイルまで。"
                        "同じ事業・年度・段階（当初要求・点検など）のシートは新しい内容に置き換わります。"
                        "同じシートのファイルを複数選んだ場合は1つだけを採用し、結果に表示します。")
            uploads = gr.File(label="PDFファイル", file_count="multiple", type="filepath",
                              elem_id="kz-upload", height=160)
            ingest_btn = gr.Button("取り込む", variant="primary", elem_id="kz-ingest")
            ingest_msg = gr.Markdown("", elem_id="kz-ingest-msg")
            ingest_table = gr.Dataframe(headers=["ファイル", "結果", "内容"], value=[],
                                        interactive=False, wrap=True, visible=False,
                                        column_widths=["36%", "18%", "46%"],
                                        elem_id="kz-ingest-results")
        with gr.Column(scale=7):
            gr.Markdown("### 取り込み済みのシート")
            with gr.Row():
                lib_year = gr.Dropdown(label="年度", choices=year_c, value=ALL, min_width=120, allow_custom_value=True)
                lib_buk = gr.Dropdown(label="部局", choices=buk_c, value=ALL, min_width=140, allow_custom_value=True)
                lib_text = gr.Textbox(label="検索（事業名・事業番号・課）", min_width=160)
            sheet_table = gr.Dataframe(
                headers=["事業番号", "事業名", "部局・課", "年度", "ページ", "警告", "ファイル"],
                value=ui.sheet_rows(), interactive=False, wrap=True, elem_id="kz-sheets", max_height=460,
                column_widths=["11%", "24%", "19%", "11%", "8%", "9%", "18%"])
            with gr.Row():
                target = gr.Dropdown(label="操作するシート", choices=ui.sheet_choices(), value=None,
                                     allow_custom_value=True, scale=3, elem_id="kz-target")
                reingest_btn = gr.Button("再取り込み", scale=1, elem_id="kz-reingest")
                remove_btn = gr.Button("削除", variant="stop", scale=1, elem_id="kz-remove")
            with gr.Row(visible=False) as confirm_row:
                confirm_msg = gr.Markdown("")
                confirm_yes = gr.Button("削除する", variant="stop", elem_id="kz-remove-yes")
                confirm_no = gr.Button("キャンセル", elem_id="kz-remove-no")
            lib_msg = gr.Markdown("", elem_id="kz-lib-msg")
    return LibraryTab(uploads, ingest_btn, ingest_msg, ingest_table, lib_year, lib_buk, lib_text, sheet_table,
                      target, reingest_btn, remove_btn, confirm_row, confirm_msg, confirm_yes, confirm_no, lib_msg)


def _force_kw(svc) -> dict:
    """``force=True`` when the service's ingest supports re-parsing unchanged files."""
    return {"force": True} if "force" in inspect.signature(svc.ingest).parameters else {}


class LibraryEvents:
    """The library tab's event handlers. ``refresh()`` gives the new values of ``filter_outputs``
    (every filter, sheet picker and the status line, on all tabs) after the index changed."""

    def __init__(self, ui: UI, tab: LibraryTab, refresh: Callable[[], tuple], filter_outputs: list) -> None:
        self.ui = ui
        self.svc = ui.svc
        self.settings = ui.settings
        self.tab = tab
        self.refresh = refresh
        self.filter_outputs = filter_outputs

    def wire(self) -> None:
        t, ui = self.tab, self.ui
        # The selection is cleared afterwards: its uploaded copies are gone (ui.uploads).
        t.ingest_btn.click(self.do_ingest, [t.uploads], [t.ingest_msg, t.ingest_table, *self.filter_outputs, t.uploads],
                           api_name="ingest", concurrency_limit=1, concurrency_id="ingest")
        filters = [t.year, t.bukyoku, t.text]
        t.year.change(ui.sheet_rows, filters, t.sheet_table, api_visibility="private")
        t.bukyoku.change(ui.sheet_rows, filters, t.sheet_table, api_visibility="private")
        t.text.change(ui.sheet_rows, filters, t.sheet_table, api_visibility="private", show_progress="hidden")
        t.sheet_table.select(self.pick_row, [t.sheet_table], t.target, api_visibility="private")
        t.remove_btn.click(self.ask_remove, [t.target], [t.confirm_row, t.confirm_msg, t.msg],
                           api_visibility="private")
        t.confirm_no.click(lambda: (gr.update(visible=False), "削除を取り消しました。"), None, [t.confirm_row, t.msg],
                           api_visibility="private")
        t.confirm_yes.click(self.do_remove, [t.target], [t.confirm_row, t.msg, *self.filter_outputs],
                            api_name="remove", concurrency_limit=1, concurrency_id="ingest").then(
            lambda: gr.update(value=None), None, t.target, api_visibility="private")
        t.reingest_btn.click(self.do_reingest, [t.target], [t.msg, *self.filter_outputs], api_visibility="private",
                             concurrency_limit=1, concurrency_id="ingest")

    def do_ingest(self, files, progress=gr.Progress()):
        """Check, store and ingest the selected files; Gradio's copies go in every case."""
        files = files or []
        try:
            return (*self._ingest(files, progress), None)
        finally:
            discard_uploads([Path(f) for f in files], self.settings.gradio_temp_dir)

    def _ingest(self, files, progress):
        pairs = [(Path(f), getattr(f, "orig_name", None) or Path(f).name) for f in files]
        s = self.settings
        checks, batch_error = check_and_store_uploads(pairs, s.uploads_dir, s.max_upload_mb, s.max_upload_files)
        if batch_error and not checks:
            return (f"【注意】{batch_error}", gr.update(visible=False), *self.refresh())
        if batch_error:
            rows = [[c.name, "エラー", c.error] for c in checks]
            return (f"【注意】{batch_error}何も取り込んでいません。", gr.update(value=rows, visible=True),
                    *self.refresh())
        stored = list(dict.fromkeys(c.stored for c in checks if c.stored))  # same content: one file
        results_by_path = {}
        if stored:
            progress(0, desc="取り込みを開始します…")

            def cb(done, total, name):
                progress((done, total), desc=f"取り込み中 {done}/{total}件", unit="件")

            try:
                results = self.svc.ingest(stored, progress=cb)
            except StoreError as exc:
                rows = [[c.name, "エラー", c.error or str(exc)] for c in checks]
                return (f"【注意】取り込めませんでした：{exc}", gr.update(value=rows, visible=True), *self.refresh())
            results_by_path = dict(zip(stored, results))
        rows, n_ok, n_err = self._result_rows(checks, results_by_path)
        msg = f"完了：{len(checks)}ファイル中 {n_ok}件を取り込みました" + (f"、{n_err}件はエラーです。" if n_err else "。")
        return msg, gr.update(value=rows, visible=True), *self.refresh()

    @staticmethod
    def _result_rows(checks, results_by_path: dict) -> tuple[list[list[str]], int, int]:
        """One table row per uploaded file, and the counts of successes and errors."""
        rows: list[list[str]] = []
        n_ok = n_err = 0
        for c in checks:
            if not c.stored:
                n_err += 1
                rows.append([c.name, "エラー", c.error])
                continue
            r = results_by_path.get(c.stored)
            if r is None or not r.ok:
                n_err += 1
                # A failed upload changes nothing: drop the stored copy.
                try:
                    c.stored.unlink()
                    c.stored.parent.rmdir()
                except OSError:
                    pass
                rows.append([c.name, "エラー", r.message if r else "取り込めませんでした。"])
                continue
            n_ok += 1
            what = f"{r.jigyo_no}　{r.jigyo_name}（{wareki(r.fiscal_year)}）" if r.jigyo_no else "―"
            detail = r.message or ("、".join(r.warnings) if r.warnings else
                                   f"{r.pages}ページ・{r.chunks}区分を取り込みました。")
            if r.status == "replaced":
                detail = "以前の版を置き換えました。" + ("" if r.warnings else detail)
            rows.append([c.name, r.label, f"{what}：{detail}"])
        return rows, n_ok, n_err

    def pick_row(self, evt: gr.SelectData, rows):
        try:
            r = rows.values.tolist()[evt.index[0]] if hasattr(rows, "values") else rows[evt.index[0]]
        except (IndexError, TypeError, AttributeError):
            return gr.update()
        for label, value in self.ui.sheet_choices():
            if value.split("|")[0] == r[0] and wareki(int(value.split("|")[1])) == r[3]:
                return gr.update(value=value)
        return gr.update()

    def ask_remove(self, value):
        if not valid_target(value):
            return gr.update(visible=False), "", "操作するシートを選んでください。"
        no, fy = value.split("|")
        rec = self.svc.find_sheet(no, int(fy))
        name = rec["sheet"]["jigyo_name"] if rec else no
        return gr.update(visible=True), f"**{no} {name}（{wareki(int(fy))}）** を索引から削除しますか？", ""

    def do_remove(self, value):
        if not valid_target(value):
            return (gr.update(visible=False), "操作するシートを選んでください。", *self.refresh())
        no, fy = value.split("|")
        keys = self.svc.remove(no, int(fy))
        msg = (f"削除しました：{no}（{wareki(int(fy))}）" if keys else "このシートはすでに削除されています。")
        return (gr.update(visible=False), msg, *self.refresh())

    def do_reingest(self, value, progress=gr.Progress()):
        if not valid_target(value):
            return ("操作するシートを選んでください。", *self.refresh())
        no, fy = value.split("|")
        svc = self.svc
        rec = svc.find_sheet(no, int(fy))
        pdf = svc.pdf_path(rec) if rec else None
        if pdf is None:
            return ("元のPDFが保存されていないため、再取り込みできません。PDFをもう一度アップロードしてください。",
                    *self.refresh())
        progress(0, desc="再取り込み中…")
        name = safe_name(rec.get("file") or pdf.name)
        tmp_dir = self.ui.cache_dir / "reingest" / rec["version"]
        tmp_dir.mkdir(parents=True, exist_ok=True)
        src = tmp_dir / name
        shutil.copyfile(pdf, src)
        try:
            results = svc.ingest([src], progress=None, **_force_kw(svc))
        finally:
            shutil.rmtree(tmp_dir, ignore_errors=True)
        r = results[0]
        if not r.ok:
            return (f"【注意】再取り込みに失敗しました：{r.message}（索引は変更していません）", *self.refresh())
        warn = f"（警告 {len(r.warnings)}件：{'、'.join(r.warnings)}）" if r.warnings else ""
        return (f"再取り込みしました：{no} {r.jigyo_name or ''}（{wareki(r.fiscal_year or int(fy))}）・"
                f"{r.label}{warn}", *self.refresh())

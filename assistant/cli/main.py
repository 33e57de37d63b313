"""The ``kaizen`` command line. It only calls the service layer; it never imports gradio.

This module holds the index commands (ingest, sheets, show, remove); asking and drafting
live beside it (``assistant.cli.ask``, ``assistant.cli.draft``), and other packages add
theirs through the ``kaizen.commands`` entry-point group (pyproject.toml: ``eval`` and
``serve``), so the CLI never imports them at module level.
"""

from __future__ import annotations

import functools
from importlib.metadata import entry_points
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from . import ask as ask_commands
from . import draft as draft_commands
from . import table as table_commands
from .common import IndexOpt, JsonOpt, _fail, _print_json, _service, _year, console, err

COMMAND_GROUP = "kaizen.commands"

def ingest(
    paths: Annotated[list[Path], typer.Argument(help="PDFファイルまたはディレクトリ（複数可）")],
    index: IndexOpt = None,
    workers: Annotated[int, typer.Option(help="並列数（0 = 全コア）")] = 0,
    json_out: JsonOpt = False,
) -> None:
    """PDFを解析して索引に取り込む。失敗したファイルがあれば終了コード1。"""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    svc = _service(index)
    with Progress(TextColumn("取り込み中"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.description}"), console=err, transient=json_out) as bar:
        task = bar.add_task("", total=None)

        def progress(done: int, total: int, name: str) -> None:
            bar.update(task, completed=done, total=total, description=name)

        results = svc.ingest(paths, progress=progress, workers=workers or None)
    failed = [r for r in results if not r.ok]
    if json_out:
        _print_json([r.to_dict() for r in results])
    else:
        counts = {}
        for r in results:
            counts[r.label] = counts.get(r.label, 0) + 1
        for r in results:
            if r.status == "error":
                err.print(f"[red]✗ {r.file}[/red]: {r.message}", soft_wrap=True)
            elif r.warnings:
                err.print(f"[yellow]! {r.file}[/yellow]: 警告 {len(r.warnings)} 件（{r.warnings[0]}…）", soft_wrap=True)
        summary = "、".join(f"{k} {v}件" for k, v in counts.items())
        console.print(f"完了: {len(results)}ファイル（{summary}）")
    if failed:
        raise typer.Exit(1)


def sheets(
    index: IndexOpt = None,
    json_out: JsonOpt = False,
    year: Annotated[Optional[str], typer.Option("--year", help="年度（2024, R6, 令和6年度）")] = None,
    bukyoku: Annotated[Optional[str], typer.Option("--bukyoku", help="部局")] = None,
) -> None:
    """取り込み済みのシート一覧。"""
    items = _service(index).sheets(year=_year(year), bukyoku=bukyoku)
    if json_out:
        _print_json([s.to_dict() for s in items])
        return
    if not items:
        console.print("取り込み済みのシートはありません。`kaizen ingest PDF...` で取り込んでください。")
        return
    t = Table(title=f"取り込み済みシート（{len(items)}件）")
    for col in ("事業番号", "事業名", "部局", "年度", "ページ", "チャンク", "警告"):
        t.add_column(col, overflow="fold")
    for s in items:
        t.add_row(s.jigyo_no, s.jigyo_name, s.bukyoku, s.year_label or str(s.fiscal_year), str(s.pages),
                  str(s.chunks), f"{len(s.warnings)}件" if s.warnings else "―")
    console.print(t)
    for s in items:
        for w in s.warnings:
            console.print(f"[yellow]警告[/yellow] {s.jigyo_no}（{s.year_label}）: {w}", soft_wrap=True)


def show(
    jigyo_no: Annotated[str, typer.Argument(help="事業番号（例: \"02 05 02\" または 020502）")],
    index: IndexOpt = None,
    year: Annotated[Optional[str], typer.Option("--year", help="年度（既定: 最新）")] = None,
    json_out: JsonOpt = False,
) -> None:
    """解析済みシートを表示する（--json で SHEET_SCHEMA 形式）。"""
    svc = _service(index)
    rec = svc.find_sheet(jigyo_no, _year(year))
    if rec is None:
        _fail(f"事業番号 {jigyo_no} のシートは取り込まれていません。`kaizen sheets` で一覧を確認してください。", 1)
    if json_out:
        _print_json(rec["sheet"])
        return
    from rich.markdown import Markdown

    from .render import sheet_markdown

    console.print(Markdown(sheet_markdown(rec)))


def remove(
    jigyo_no: Annotated[str, typer.Argument(help="事業番号")],
    index: IndexOpt = None,
    year: Annotated[Optional[str], typer.Option("--year", help="年度（既定: すべての年度）")] = None,
) -> None:
    """シートを索引から削除する。"""
    keys = _service(index).remove(jigyo_no, _year(year))
    if not keys:
        _fail(f"事業番号 {jigyo_no} のシートは取り込まれていません。", 1)
    console.print(f"削除しました: {', '.join(keys)}")


def build_app() -> typer.Typer:
    """The app with every command: this package's, then each ``kaizen.commands`` entry point's
    (by name). Each entry point is a ``register(app)`` that must import nothing heavy at
    module level (in particular never gradio: ``kaizen ask`` must start fast)."""
    app = typer.Typer(
        add_completion=False,
        no_args_is_help=True,
        help="事業改善シート アシスタント：PDFの取り込み、質問への回答、改善方策の下書き、評価。",
        rich_markup_mode="rich",
    )
    for command in (ingest, sheets, show, remove):
        app.command()(command)
    ask_commands.register(app)
    draft_commands.register(app)
    table_commands.register(app)
    for ep in sorted(entry_points(group=COMMAND_GROUP), key=lambda e: e.name):
        ep.load()(app)
    return app


@functools.cache
def get_app() -> typer.Typer:
    """The one app of this process (built on first use)."""
    return build_app()


def main() -> None:
    get_app()()

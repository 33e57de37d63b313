"""``kaizen table indicators|costs|details|items``: export the structured sheets themselves
(every ingested sheet version; ``最新`` marks each 事業's newest sheet, the one the
analytics answers read) to .xlsx or .csv, or print them."""

from pathlib import Path
from typing import Annotated, Optional

import typer

from .common import IndexOpt, _fail, _service, _year, console

TABLES = ("indicators", "costs", "details", "items")
# Columns printed on the terminal (the file gets every column).
SCREEN = {"indicators": ("jigyo_no", "jigyo_name", "sheet_year", "indicator", "unit", "v_m2", "v_m1", "value", "target",
                         "status", "achievement"),
          "costs": ("jigyo_no", "jigyo_name", "bukyoku", "year", "total", "general", "settlement", "exec_rate"),
          "details": ("jigyo_no", "jigyo_name", "detail_no", "detail", "year", "settlement"),
          "items": ("jigyo_no", "jigyo_name", "detail_no", "detail", "item", "method")}


def _cell(v) -> str:
    if v is None or v != v:
        return "―"
    if isinstance(v, float):
        return f"{v:.3f}" if abs(v) < 10 and not v.is_integer() else f"{v:,.0f}" if v.is_integer() else f"{v:,.1f}"
    return str(v)


def register(app: typer.Typer) -> None:
    """Add ``kaizen table`` to ``app``."""
    @app.command("table")
    def table_cmd(
        name: Annotated[str, typer.Argument(help="表の種類: indicators（成果指標）/ costs（事業コスト）/ details（細事業）/ items（細事業の取組・実施方法）")],
        index: IndexOpt = None,
        out: Annotated[Optional[Path], typer.Option("--out", help="出力ファイル（.xlsx または .csv）。省略すると画面に表示")] = None,
        year: Annotated[Optional[str], typer.Option("--year", help="年度で絞り込む（costs・details は各行の年度、indicators はシートの年度）")] = None,
        bukyoku: Annotated[Optional[str], typer.Option("--bukyoku", help="部局で絞り込む（部分一致）")] = None,
        latest: Annotated[bool, typer.Option("--latest/--all", help="各事業の最新シートだけ（既定）/ すべてのシート")] = True,
    ) -> None:
        """構造化した表（成果指標・事業コスト・細事業）を .xlsx / .csv に書き出す。"""
        if name not in TABLES:
            _fail(f"表の種類「{name}」は不明です（{' / '.join(TABLES)} のいずれか）。", 2)
        from assistant.analytics.export import write_frame
        from assistant.analytics.tables import display_frame, tables
        from assistant.types import AskError

        svc = _service(index)
        df = tables(svc.snapshot()).get(name)
        if latest:
            df = df[df["latest"]]
        y = _year(year)
        if y:
            df = df[df["year" if "year" in df.columns else "sheet_year"] == y]
        if bukyoku:
            df = df[df["bukyoku"].str.contains(bukyoku, regex=False)]
        frame = display_frame(name, df)
        if out is None:
            from rich.table import Table

            screen = display_frame(name, df[[c for c in SCREEN[name] if c in df.columns] + ["latest"]])
            t = Table(title=f"{name}（{len(frame)}行、主な列。全列は --out FILE.xlsx で書き出せます）")
            for c in screen.columns:
                t.add_column(str(c), overflow="fold")
            for row in screen.head(200).itertuples(index=False):
                t.add_row(*[_cell(v) for v in row])
            console.print(t)
            if len(frame) > 200:
                console.print(f"（先頭200行を表示。全{len(frame)}行は --out FILE.xlsx で書き出せます）")
            return
        try:
            write_frame(frame, out, sheet_name=name)
        except AskError as exc:
            _fail(str(exc), 2)
        console.print(f"書き出しました: {out}（{len(frame)}行）")

"""CLI commands for drafting (`kaizen draft`) (registered by ``assistant.cli.main``).

Module-level imports stay light: the service and the drafting code are imported
inside the command.
"""

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .common import IndexOpt, JsonOpt, _fail, _print_json, _service, _year


def register(app: typer.Typer) -> None:
    """Add the drafting (`kaizen draft`) commands to ``app``."""
    @app.command()
    def draft(
        jigyo_no: Annotated[str, typer.Argument(help="事業番号（例: \"02 05 02\" または 020502）")],
        index: IndexOpt = None,
        year: Annotated[Optional[str], typer.Option("--year", help="年度（2024, R6, 令和6年度。既定: 最新）")] = None,
        out: Annotated[Optional[Path], typer.Option("--out", help="保存先（.docx または .md）")] = None,
        json_out: JsonOpt = False,
        llm: Annotated[bool, typer.Option("--llm", help="設定済みのLLMで文章を整える（KAIZEN_LLM_*）")] = False,
    ) -> None:
        """次年度の「事業改善の方策」の下書きを、シートの記載から出典付きで作る。"""
        from assistant.draft import DraftError, to_markdown, write_docx, write_markdown

        if out is not None and out.suffix.lower() not in (".docx", ".md", ".markdown"):
            _fail("--out には .docx または .md のファイル名を指定してください。")
        svc = _service(index)
        try:
            d = svc.draft(jigyo_no, year=_year(year), llm=llm)
        except DraftError as exc:
            _fail(exc.message, 1)
            return
        if out is not None:
            out.parent.mkdir(parents=True, exist_ok=True)
            if out.suffix.lower() == ".docx":
                write_docx(d, out)
            else:
                write_markdown(d, out)
        if json_out:
            _print_json(d.to_dict())
        else:
            sys.stdout.write(to_markdown(d))
        for w in d.warnings:
            sys.stderr.write(f"注意: {w}\n")
        if out is not None:
            sys.stderr.write(f"保存しました: {out}\n")

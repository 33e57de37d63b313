"""What every ``kaizen`` command shares: the typer app, consoles, common options and helpers.

Light on purpose (no service, no gradio at module level): ``eval.cli`` and ``ui.cli``
import it to build their commands.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from assistant.config import load_settings

console = Console()
err = Console(stderr=True)

IndexOpt = Annotated[
    Optional[Path], typer.Option("--index", help="インデックスの保存先（既定: KAIZEN_HOME またはユーザーデータ）")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="JSONで出力する")]


def _service(index: Path | None):
    from assistant.logs import setup_logging
    from assistant.service import Kaizen

    settings = load_settings(index)
    setup_logging(settings.home)
    return Kaizen(settings)


def _fail(message: str, code: int = 2) -> None:
    err.print(f"[red]エラー:[/red] {message}")
    raise typer.Exit(code)


def _year(year: str | None) -> int | None:
    from ingest.form import parse_year

    try:
        return parse_year(year)
    except ValueError as exc:
        _fail(str(exc))
    return None


def _print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=1) + "\n")

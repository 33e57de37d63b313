"""CLI commands for asking (`kaizen ask`, `kaizen chat`) (registered by ``assistant.cli.main``).

Module-level imports stay light: the service, retrieval and (optionally) the LLM are
imported inside the commands, and gradio never is.
"""

import sys
from typing import Annotated, Optional

import typer

from ingest.form import SEC_HEADER

from .common import IndexOpt, JsonOpt, _service, _year

YearOpt = Annotated[Optional[str], typer.Option("--year", help="年度で絞り込む（2024, R6, 令和6年度）")]
BukyokuOpt = Annotated[Optional[str], typer.Option("--bukyoku", help="部局で絞り込む")]
JigyoOpt = Annotated[Optional[str], typer.Option("--jigyo", help="事業番号で絞り込む（例: \"02 05 02\"）")]
LlmOpt = Annotated[bool, typer.Option("--llm", help="設定済みのLLMで回答文を生成する（KAIZEN_LLM_*）")]


def _print_citations(ans, out) -> None:
    if not ans.citations:
        return
    out.write("\n出典:\n")
    for c in ans.citations:
        where = f"{c.jigyo_name}（{c.jigyo_no}、{c.fiscal_year}年度）"
        sec = c.section_title or c.section
        if c.indicator:
            sec += f" 指標{c.indicator} {c.indicator_name}"
        quote = c.quote.replace("\n", " ")
        if len(quote) > 120:
            quote = quote[:119] + "…"
        code = "" if c.section == SEC_HEADER else f"{c.section} "  # the header has no section number
        out.write(f" [{c.n}] {where} {code}{sec}（{c.page}ページ）\n      「{quote}」\n")


def _print_analytics(ans, out) -> None:
    """An analytics answer: its sentence, the table (rich, first 20 rows), then its notes."""
    from rich.console import Console
    from rich.table import Table

    lines = ans.answer.split("\n")
    out.write(lines[0] + "\n")
    t = ans.table
    table = Table(show_lines=False)
    for c in t["columns"]:
        table.add_column(str(c), overflow="fold", justify="right" if c in (t.get("value_label"), "順位", "件数") else "left")
    for row in t["rows"][:20]:
        table.add_row(*["―" if v is None else (f"{v:,.1f}" if isinstance(v, float) and not v.is_integer()
                                               else f"{int(v):,}" if isinstance(v, float) else str(v)) for v in row])
    Console(file=out, width=160).print(table)
    if t.get("total", 0) > 20:
        out.write(f"（全{t['total']}件のうち先頭20件。--json で全件を出力できます）\n")
    for ln in lines[1:]:
        if not ln.startswith("・"):
            out.write(ln + "\n")


def _warm(svc) -> None:
    """Load the word vectors in a thread while the index snapshot loads (cold start)."""
    import threading

    def go():
        try:
            svc.embedder.embed_query("準備")
        except Exception:  # the real call reports errors
            pass

    threading.Thread(target=go, daemon=True).start()


def _run(svc, question: str, json_out: bool, history=None, **kw):
    from assistant.types import Answer, AskError

    out = sys.stdout
    try:
        if json_out:
            ans = svc.ask(question, history=history, **kw)
            import json

            out.write(json.dumps(ans.to_dict(), ensure_ascii=False, indent=1) + "\n")
            return ans
        ans = None
        if not kw.get("llm"):  # offline answers are computed at once: print them whole
            ans = svc.ask(question, history=history, **kw)
            if ans.table:
                _print_analytics(ans, out)
            else:
                out.write(ans.answer + "\n")
        else:
            for piece in svc.ask_stream(question, history=history, **kw):
                if isinstance(piece, Answer):
                    ans = piece
                else:
                    out.write(piece)
                    out.flush()
    except AskError as exc:
        sys.stderr.write(f"エラー: {exc}\n")
        raise typer.Exit(2)
    assert ans is not None
    if ans.refused:
        out.write("（回答できませんでした：シートに根拠がありません）\n")
    _print_citations(ans, out)
    out.write(f"（{ans.latency_ms:.0f} ms）\n")
    return ans


def register(app: typer.Typer) -> None:
    """Add the asking (`kaizen ask`, `kaizen chat`) commands to ``app``."""
    @app.command()
    def ask(
        question: Annotated[str, typer.Argument(help="質問（日本語）")],
        index: IndexOpt = None,
        json_out: JsonOpt = False,
        year: YearOpt = None,
        bukyoku: BukyokuOpt = None,
        jigyo: JigyoOpt = None,
        llm: LlmOpt = False,
    ) -> None:
        """シートに基づいて質問に答える（出典つき）。"""
        svc = _service(index)
        _warm(svc)
        _run(svc, question, json_out, year=_year(year), bukyoku=bukyoku, jigyo_no=jigyo, llm=llm)

    @app.command()
    def chat(
        index: IndexOpt = None,
        year: YearOpt = None,
        bukyoku: BukyokuOpt = None,
        jigyo: JigyoOpt = None,
        llm: LlmOpt = False,
    ) -> None:
        """対話モード（会話の流れを踏まえて回答）。終了は空行・exit・Ctrl-D。"""
        svc = _service(index)
        _warm(svc)
        history: list = []
        sys.stdout.write("質問を入力してください（終了: 空行 / exit / Ctrl-D）。\n")
        while True:
            try:
                q = input("> ").strip()
            except (EOFError, KeyboardInterrupt):
                sys.stdout.write("\n")
                break
            if not q or q.lower() in ("exit", "quit", "終了"):
                break
            try:
                ans = _run(svc, q, False, history=list(history), year=_year(year), bukyoku=bukyoku,
                           jigyo_no=jigyo, llm=llm)
            except typer.Exit:
                continue
            history.append(ans)  # an Answer carries its question and citations

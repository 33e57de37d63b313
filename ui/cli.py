"""CLI commands for the web UI (`kaizen serve`) (registered through the ``kaizen.commands`` entry point).

Gradio is imported only inside the command: the rest of the CLI stays fast.
"""



from typing import Annotated

import typer

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


def parse_users(users: list[str]) -> list[tuple[str, str]]:
    """``["name:password", ...]`` -> [(name, password)]; entries without both parts are skipped."""
    out = []
    for u in users or []:
        name, sep, password = str(u).partition(":")
        if sep and name.strip() and password:
            out.append((name.strip(), password))
    return out


def _log_to_console(home) -> None:
    """The log file, and login throttling on the console too (whoever runs the server sees it)."""
    import logging

    from assistant.logs import setup_logging

    setup_logging(home)
    auth = logging.getLogger("kaizen.auth")
    if not any(getattr(h, "kaizen_console", False) for h in auth.handlers):
        handler = logging.StreamHandler()
        handler.kaizen_console = True  # type: ignore[attr-defined]
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        auth.addHandler(handler)


def register(app: typer.Typer) -> None:
    """Add the web UI (`kaizen serve`) command to ``app``."""
    from assistant.cli.common import IndexOpt

    @app.command()
    def serve(
        host: Annotated[str, typer.Option("--host", help="待ち受けるアドレス（既定: 127.0.0.1 = このPCからのみ）")] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", help="ポート番号")] = 7860,
        insecure: Annotated[bool, typer.Option("--insecure", help="ログインなしで 127.0.0.1 以外に公開する（非推奨）")] = False,
        index: IndexOpt = None,
    ) -> None:
        """チャット画面（Web UI）を起動する。索引が空なら同梱のサンプルを取り込む。"""
        from rich.console import Console

        from assistant.config import load_settings

        err = Console(stderr=True)
        settings = load_settings(index)
        users = parse_users(settings.users)
        if settings.users and not users:
            err.print("[red]エラー:[/red] KAIZEN_USERS の形式が正しくありません（「ユーザー名:パスワード」）。")
            raise typer.Exit(2)
        if host not in LOCAL_HOSTS and not users and not insecure:
            err.print(
                f"[red]エラー:[/red] {host} で公開するにはログインが必要です。KAIZEN_USERS（例: "
                '\'["tanaka:パスワード"]\'）か kaizen.toml の users でユーザーを設定してください。'
                "ログインなしで公開する場合は --insecure を付けてください（非推奨）。"
            )
            raise typer.Exit(2)
        if host not in LOCAL_HOSTS and not users:
            err.print(f"[yellow]警告:[/yellow] ログインなしで {host} に公開します（--insecure）。")
        err.print("起動しています…（初回は数秒かかります）")
        _log_to_console(settings.home)
        from assistant.service import Kaizen

        from .uploads import use_temp_dir

        use_temp_dir(settings.gradio_temp_dir)  # before gradio is imported: it reads GRADIO_TEMP_DIR then
        from .app import launch

        launch(Kaizen(settings), host=host, port=port, auth=users or None)

"""The Gradio web UI (``kaizen serve``): the page layout, the status line, the filters shared
by the tabs, the JSON API, and launching. The tabs live in ``ui.tabs`` (chat, library,
drafting) and the state they share in ``ui.state``.

Gradio is imported here: nothing on the CLI's path imports this module before ``kaizen serve``,
which points ``GRADIO_TEMP_DIR`` inside ``KAIZEN_HOME`` first (``ui.uploads``).
"""

from __future__ import annotations

import os
import time

from assistant.config import apply_offline_env

apply_offline_env()
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

import gradio as gr  # noqa: E402

from .helpers import start_sample_ingest  # noqa: E402
from .security import GuardMiddleware, LoginThrottle  # noqa: E402
from .state import UI, as_dict  # noqa: E402
from .tabs import chat, drafting, library  # noqa: E402
from .uploads import HARD_LIMIT_FACTOR, use_temp_dir  # noqa: E402

TITLE = "事業改善シート アシスタント"
AUTH_MESSAGE = "事業改善シート アシスタント：ユーザー名とパスワードを入力してください。"
FONT = ["IPAexGothic", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", "Yu Gothic UI",
        "Meiryo", "sans-serif"]
FONT_MONO = ["IPAGothic", "Noto Sans Mono CJK JP", "monospace"]

CSS = """
.gradio-container { max-width: 1360px !important; margin: 0 auto !important; }
#kz-header { display:flex; align-items:baseline; gap:1rem; flex-wrap:wrap; padding: 4px 2px 0 2px; }
#kz-header h1 { font-size: 1.45rem; margin: 0; font-weight: 700; letter-spacing: .02em; }
#kz-header .kz-sub { color: var(--body-text-color-subdued); font-size: .92rem; }
#kz-status { margin-top: -10px; }
.kz-status { font-size: .88rem; color: var(--body-text-color-subdued); }
.kz-banner { background: #fff7e0; border: 1px solid #f0c36d; border-radius: 8px; padding: 8px 12px; }
.kz-banner-error { background: #fdecea; border-color: #e57373; }
#kz-chat .message-wrap blockquote { border-left: 3px solid #f0c36d; margin: 2px 0 8px 0; padding-left: 8px;
  color: var(--body-text-color-subdued); font-size: .9em; }
#kz-sources-title h3 { margin: 0; }
#kz-source-detail blockquote { border-left: 3px solid #dc2626; padding-left: 8px; margin-left: 0; }
#kz-page-image img { border: 1px solid var(--border-color-primary); }
.kz-spin { display:inline-block; width:.9em; height:.9em; margin-right:.5em; vertical-align:-2px;
  border:2px solid #f0c36d; border-top-color:#b7791f; border-radius:50%; animation: kz-rot 1s linear infinite; }
@keyframes kz-rot { to { transform: rotate(360deg); } }
.kz-note { font-size: .86rem; color: var(--body-text-color-subdued); }
footer { display: none !important; }
"""


def _theme():
    return gr.themes.Soft(primary_hue="blue", neutral_hue="slate", font=FONT, font_mono=FONT_MONO)


# ---------------------------------------------------------------------- app
def build_app(svc, ui: UI | None = None) -> gr.Blocks:
    ui = ui or UI(svc)
    choices = ui.filter_choices()
    # Uploads never ingested (a selection left in the page) go after an hour.
    with gr.Blocks(title=TITLE, analytics_enabled=False, delete_cache=(3600, 3600)) as demo:
        demo.kaizen_ui = ui  # for launch() and tests
        with gr.Row(elem_id="kz-header"):
            gr.HTML(f"<h1>{TITLE}</h1><span class='kz-sub'>事業改善シートの内容を、根拠の箇所を示して回答します。</span>",
                    padding=False)
        status = gr.HTML(ui.status_markdown(), elem_id="kz-status", padding=False)
        timer = gr.Timer(1.0, active=False)
        states = (gr.State([]), gr.State({}), gr.State([]))  # chat: conversation, citations by message, shown

        with gr.Tabs():
            with gr.Tab("質問する", id="chat"):
                chat_tab = chat.build(ui, choices, states)
            with gr.Tab("シート管理", id="library"):
                lib_tab = library.build(ui, choices)
            with gr.Tab("改善方策の下書き", id="draft"):
                drafting.build(ui)

        filter_outputs = [chat_tab.year, chat_tab.bukyoku, chat_tab.jigyo, lib_tab.year, lib_tab.bukyoku,
                          lib_tab.target, lib_tab.sheet_table, status]

        def refresh_filters():
            y, b, j = ui.filter_choices()
            return (gr.update(choices=y), gr.update(choices=b), gr.update(choices=j),
                    gr.update(choices=y), gr.update(choices=b), gr.update(choices=ui.sheet_choices()),
                    ui.sheet_rows(), ui.status_markdown())

        def on_load():
            return (*refresh_filters(), gr.Timer(active=ui.boot.running))

        demo.load(on_load, None, [*filter_outputs, timer], api_visibility="private")

        def on_tick():
            if ui.boot.running:
                return ui.status_markdown(), gr.update(), gr.update(), gr.update(), gr.update(), gr.update(), \
                    gr.update(), gr.update(), gr.Timer(active=True)
            y, b, j, ly, lb, t, rows, st = refresh_filters()
            return st, y, b, j, ly, lb, t, rows, gr.Timer(active=False)

        timer.tick(on_tick, None, [status, *filter_outputs[:-1], timer], api_visibility="private",
                   show_progress="hidden")
        chat.ChatEvents(ui, chat_tab).wire()
        library.LibraryEvents(ui, lib_tab, refresh_filters, filter_outputs).wire()
        _api(svc)
    return demo


def _api(svc) -> None:
    """The JSON endpoints (gradio_client): ``ask`` and ``sheets``."""

    def ask(question: str, year: str = "", bukyoku: str = "", jigyo_no: str = "") -> dict:
        """質問に回答する（kaizen ask --json と同じ形式の辞書）。"""
        from ingest.form import parse_year

        return as_dict(svc.ask(question, year=parse_year(year or None), bukyoku=bukyoku or None,
                               jigyo_no=jigyo_no or None))

    gr.api(ask, api_name="ask")

    def sheets(year: str = "", bukyoku: str = "") -> list[dict]:
        """取り込み済みのシート一覧。"""
        from ingest.form import parse_year

        return [s.to_dict() for s in svc.sheets(year=parse_year(year or None), bukyoku=bukyoku or None)]

    gr.api(sheets, api_name="sheets")


# ---------------------------------------------------------------------- launch
def warm_up(svc, ui: UI) -> None:
    """At start, what the first question would otherwise wait for: matplotlib's backend (Gradio
    asks for it around every event, and the first time that imports pyplot: 2.6 s on a busy
    2-core machine, inside the first answer; an event that comes meanwhile waits for the same
    import), one offline answer (read side, word and name vectors, Sudachi; ``Kaizen.warm_up``),
    then its first source's page image (pdfplumber and pdfium loaded, the image cached)."""
    try:
        import matplotlib

        matplotlib.get_backend()
    except Exception:  # noqa: BLE001 - a warm-up never stops the server
        pass
    answer = svc.warm_up()
    try:
        citations = as_dict(answer)["citations"] if answer is not None else []
        if citations:
            ui.page_image(citations[0])
    except Exception:  # noqa: BLE001 - a warm-up never stops the server
        pass


def launch(svc, host: str = "127.0.0.1", port: int = 7860, auth: list[tuple[str, str]] | None = None,
           block: bool = True, quiet: bool = False):
    """Serve the app. Starts the first-start sample ingest when the index is empty.

    Returns ``(demo, url)``; with ``block=True`` it only returns when the server stops.
    """
    settings = svc.settings
    use_temp_dir(settings.gradio_temp_dir)  # emptied: nothing uploaded before survives a restart
    ui = UI(svc)
    started = start_sample_ingest(svc, ui.boot)
    if not started:
        # The first question should not wait for the lazy loads (read side, vectors, Chroma): they run
        # before the server listens, so no question meets them however busy the machine is (at 5,000
        # sheets with a Chroma server, 1–3 s more start-up; a first answer of 0.4 s instead of 1.3–2.5 s
        # at load 6–12).
        if not quiet:
            print("シートの索引を読み込んでいます…", flush=True)
        warm_up(svc, ui)
    demo = build_app(svc, ui)
    demo.queue(default_concurrency_limit=4, max_size=64)
    for d in (ui.images_dir, ui.downloads_dir):
        d.mkdir(parents=True, exist_ok=True)
    throttle = LoginThrottle(settings.login_max_failures, settings.login_lockout_s, settings.login_lockout_max_s)
    from starlette.middleware import Middleware

    kwargs = dict(
        server_name=host, server_port=port, auth=auth or None,
        auth_message=AUTH_MESSAGE if auth else None,
        prevent_thread_lock=True, quiet=True, show_error=True, footer_links=[],
        allowed_paths=[str(ui.cache_dir)],  # generated page images, PDF copies, drafts only
        # The upload limit is checked per file in our code (Japanese message, the other files
        # kept); Gradio's own limit, which drops the whole selection with an English notice,
        # is only a ceiling against abuse.
        max_file_size=f"{settings.max_upload_mb * HARD_LIMIT_FACTOR}mb", theme=_theme(), css=CSS,
        ssr_mode=False, pwa=False, mcp_server=False, enable_monitoring=False,
        app_kwargs={"middleware": [Middleware(GuardMiddleware, throttle=throttle,
                                              trusted_proxies=frozenset(settings.trusted_proxies),
                                              auth_message=AUTH_MESSAGE)]},
    )
    _, url, _ = demo.launch(**kwargs)
    url = (url or f"http://{host}:{port}/").rstrip("/") + "/"
    if not quiet:
        print(f"{TITLE} を起動しました: {url}", flush=True)
        if started:
            print(f"索引が空のため、サンプルのシート {ui.boot.total}件を取り込んでいます（画面に進捗を表示します）。",
                  flush=True)
        print("終了するには Ctrl+C を押してください。", flush=True)
    if block:
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
        finally:
            demo.close()
    return demo, url

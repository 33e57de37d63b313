"""The Gradio web UI: chat with cited sources, sheet library, drafting.

``build_app(svc)`` returns the ``gr.Blocks``; ``launch(...)`` serves it. All logic
lives in the service layer (``assistant.service.Kaizen``); this module only
presents it. Everything the page loads comes from this server: the theme uses
local fonts only, analytics are off.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from assistant.config import apply_offline_env

apply_offline_env()
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

import gradio as gr  # noqa: E402

from .helpers import (  # noqa: E402
    BootState,
    check_and_store_uploads,
    citation_label,
    safe_name,
    source_detail_markdown,
    sources_markdown,
    start_sample_ingest,
    wareki,
)
from .pages import render_page  # noqa: E402

ALL = "*"
TITLE = "事業改善シート アシスタント"
EXAMPLES = [
    "NPOセミナーの満足度が下がったのはなぜ？",
    "共創研修の満足度はどう推移している？",
    "来年度はどう改善する？",
    "目標を達成できなかった指標がある事業は？",
]
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


# ---------------------------------------------------------------------- state
class UI:
    """What the event handlers share: the service, the first-start state, caches."""

    def __init__(self, svc) -> None:
        self.svc = svc
        self.settings = svc.settings
        self.boot = BootState()
        self.cache_dir = self.settings.home / "cache"
        self.images_dir = self.cache_dir / "page-images"
        self.downloads_dir = self.cache_dir / "downloads"

    # ---------------------------------------------------------------- status
    def status_markdown(self) -> str:
        if self.boot.running:
            return f"<div class='kz-banner'><span class='kz-spin'></span>{self.boot.banner()}</div>"
        if self.boot.error:
            return f"<div class='kz-banner kz-banner-error'>{self.boot.banner()}</div>"
        sheets = self.svc.sheets()
        n_jigyo = len({s.jigyo_no for s in sheets})
        years = sorted({s.fiscal_year for s in sheets})
        if not sheets:
            idx = "シートはまだ取り込まれていません（「シート管理」タブからPDFを取り込めます）"
        else:
            span = wareki(years[0]) if len(years) == 1 else f"{wareki(years[0])}〜{wareki(years[-1])}"
            idx = f"取り込み済み {len(sheets)}シート（{n_jigyo}事業・{span}）"
        s = self.settings
        mode = (f"回答: オフライン（シートの記載から抽出）＋ LLM {s.llm_model} を選択可" if s.llm_configured
                else "回答: オフライン（シートの記載から抽出）")
        return f"<div class='kz-status'>{idx}　｜　{mode}</div>"

    # ---------------------------------------------------------------- filters
    def filter_choices(self):
        sheets = self.svc.sheets()
        years = sorted({s.fiscal_year for s in sheets if s.fiscal_year}, reverse=True)
        bukyoku = sorted({s.bukyoku for s in sheets if s.bukyoku})
        jigyo: dict[str, str] = {}
        for s in sheets:
            jigyo[s.jigyo_no] = s.jigyo_name
        year_c = [("すべての年度", ALL)] + [(wareki(y), str(y)) for y in years]
        buk_c = [("すべての部局", ALL)] + [(b, b) for b in bukyoku]
        jig_c = [("すべての事業", ALL)] + [(f"{no}　{name}", no) for no, name in sorted(jigyo.items())]
        return year_c, buk_c, jig_c

    def sheet_choices(self):
        return [(f"{s.jigyo_no}　{s.jigyo_name}（{wareki(s.fiscal_year)}）", f"{s.jigyo_no}|{s.fiscal_year}")
                for s in self.svc.sheets()]

    def sheet_rows(self, year: str = ALL, bukyoku: str = ALL, text: str = ""):
        rows = []
        for s in self.svc.sheets(year=int(year) if year and year != ALL else None,
                                 bukyoku=bukyoku if bukyoku and bukyoku != ALL else None):
            if text and text.strip() and text.strip() not in f"{s.jigyo_no} {s.jigyo_name} {s.ka} {s.file}":
                continue
            rows.append([s.jigyo_no, s.jigyo_name, f"{s.bukyoku}　{s.ka}".strip(), wareki(s.fiscal_year), s.pages,
                         "、".join(s.warnings) if s.warnings else "―", s.file])
        return rows

    # ---------------------------------------------------------------- sources
    def page_image(self, c: dict) -> tuple[str | None, str | None, str]:
        """(PNG path, PDF download path, note) for a citation."""
        try:
            year = int(c.get("fiscal_year") or 0) or None
        except (TypeError, ValueError):
            year = None
        rec = self.svc.find_sheet(str(c.get("jigyo_no") or ""), year)
        if rec is None:
            return None, None, "このシートは索引から削除されています。"
        pdf = self.svc.pdf_path(rec)
        if pdf is None:
            return None, None, "元のPDFが保存されていないため、ページを表示できません。"
        try:
            page = int(c.get("page") or 1)
        except (TypeError, ValueError):
            page = 1
        try:
            png = render_page(pdf, page, c.get("bbox"), out_dir=self.images_dir)
        except Exception as exc:  # a broken file must not break the chat
            return None, None, f"ページ画像を作成できませんでした（{exc}）。"
        return str(png), str(self.download_copy(pdf, rec)), ""

    def download_copy(self, pdf: Path, rec: dict) -> Path:
        """The stored PDF under its original (sanitised) file name, for the download button."""
        d = self.downloads_dir / rec.get("version", pdf.stem)
        target = d / safe_name(rec.get("file") or pdf.name)
        if not target.exists():
            d.mkdir(parents=True, exist_ok=True)
            part = target.with_name(target.name + ".part")
            shutil.copyfile(pdf, part)
            os.replace(part, target)
        return target


def _valid_target(value) -> bool:
    """A sheet key ``"02 05 02|2024"`` as the library's dropdown sends it."""
    import re

    return bool(value) and re.fullmatch(r"[0-9]{2} [0-9]{2} [0-9]{2}\|[0-9]{4}", str(value)) is not None


def _opt(value):
    return None if value in (None, "", ALL) else value


def _llm_error_message(settings, exc: Exception) -> str:
    where = settings.llm_base_url or "（未設定）"
    return (f"【注意】LLMサーバー（{where}）に接続できませんでした。サーバーが起動しているか、"
            f"KAIZEN_LLM_BASE_URL の設定を確認してください。以下はオフライン（シートの記載から抽出）の回答です。\n\n")


def _is_connection_error(exc: BaseException) -> bool:
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        name = type(exc).__name__
        if isinstance(exc, (ConnectionError, TimeoutError)) or any(
                k in name for k in ("Connect", "Timeout", "APIConnection", "NetworkError", "RemoteProtocol")):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def _as_dict(answer) -> dict:
    if isinstance(answer, dict):
        return answer
    if hasattr(answer, "to_dict"):
        return answer.to_dict()
    return {"answer": str(answer), "citations": [], "refused": False}


# ---------------------------------------------------------------------- app
def build_app(svc, ui: UI | None = None) -> gr.Blocks:
    ui = ui or UI(svc)
    settings = svc.settings

    year_c, buk_c, jig_c = ui.filter_choices()
    with gr.Blocks(title=TITLE, analytics_enabled=False) as demo:
        demo.kaizen_ui = ui  # for launch() and tests
        with gr.Row(elem_id="kz-header"):
            gr.HTML(f"<h1>{TITLE}</h1><span class='kz-sub'>事業改善シートの内容を、根拠の箇所を示して回答します。</span>",
                    padding=False)
        status = gr.HTML(ui.status_markdown(), elem_id="kz-status", padding=False)
        timer = gr.Timer(1.0, active=False)

        convo = gr.State([])          # [{"role", "content"}] plain text, for follow-ups
        cites_by_msg = gr.State({})   # chatbot message index -> citations
        current = gr.State([])        # citations shown in the source panel

        with gr.Tabs():
            # ============================================================ chat
            with gr.Tab("質問する", id="chat"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=7):
                        with gr.Row():
                            year_dd = gr.Dropdown(label="年度", choices=year_c, value=ALL, allow_custom_value=True,
                                                  scale=1, min_width=120, elem_id="kz-year")
                            buk_dd = gr.Dropdown(label="部局", choices=buk_c, value=ALL, allow_custom_value=True,
                                                 scale=1, min_width=140, elem_id="kz-bukyoku")
                            jig_dd = gr.Dropdown(label="事業", choices=jig_c, value=ALL, allow_custom_value=True,
                                                 scale=2, min_width=200, elem_id="kz-jigyo")
                            use_llm = gr.Checkbox(label=f"LLMで文章を整える（{settings.llm_model}）",
                                                  value=False, visible=settings.llm_configured, scale=1,
                                                  elem_id="kz-llm")
                        chatbot = gr.Chatbot(
                            elem_id="kz-chat", height=560, show_label=False, layout="bubble",
                            buttons=["copy", "copy_all"], feedback_options=None,
                            placeholder=("### 事業改善シートについて質問してください\n"
                                         "回答には根拠となるシートの箇所（事業・項目・ページ・記載内容）が付きます。"
                                         "下の例をクリックして試せます。"),
                            examples=[{"text": q} for q in EXAMPLES],
                        )
                        with gr.Row():
                            question = gr.Textbox(show_label=False, scale=8, lines=1, max_lines=4, autofocus=True,
                                                  placeholder="質問を入力して Enter（例：来年度はどう改善する？）",
                                                  elem_id="kz-question", submit_btn=False)
                            send = gr.Button("送信", variant="primary", scale=1, min_width=80, elem_id="kz-send")
                            clear = gr.Button("会話をクリア", scale=1, min_width=130, elem_id="kz-clear")
                        gr.HTML("<div class='kz-note'>続けて質問すると、それまでの会話をふまえて回答します"
                                "（例：「その理由は？」）。回答は取り込まれたシートの記載だけに基づきます。</div>",
                                padding=False)
                    with gr.Column(scale=5):
                        gr.Markdown("### 根拠の原本", elem_id="kz-sources-title")
                        src_radio = gr.Radio(label="根拠を選ぶと、シートの該当ページを表示します（赤枠が引用箇所）",
                                             choices=[], elem_id="kz-sources")
                        src_detail = gr.Markdown("回答の根拠がここに表示されます。", elem_id="kz-source-detail")
                        src_image = gr.Image(show_label=False, type="filepath", interactive=False, height=760,
                                             buttons=["fullscreen", "download"], elem_id="kz-page-image")
                        src_pdf = gr.DownloadButton("元のPDFをダウンロード", visible=False, elem_id="kz-pdf",
                                                    size="sm")

            # ============================================================ library
            with gr.Tab("シート管理", id="library"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=4):
                        gr.Markdown("### PDFの取り込み\n事業改善シートのPDFを選んでください（複数可）。"
                                    f"1ファイル{settings.max_upload_mb}MB・一度に{settings.max_upload_files}ファイルまで。"
                                    "同じ事業・年度のシートは新しい内容に置き換わります。")
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
                            target = gr.Dropdown(label="操作するシート", choices=ui.sheet_choices(), value=None, allow_custom_value=True,
                                                 scale=3, elem_id="kz-target")
                            reingest_btn = gr.Button("再取り込み", scale=1, elem_id="kz-reingest")
                            remove_btn = gr.Button("削除", variant="stop", scale=1, elem_id="kz-remove")
                        with gr.Row(visible=False) as confirm_row:
                            confirm_msg = gr.Markdown("")
                            confirm_yes = gr.Button("削除する", variant="stop", elem_id="kz-remove-yes")
                            confirm_no = gr.Button("キャンセル", elem_id="kz-remove-no")
                        lib_msg = gr.Markdown("", elem_id="kz-lib-msg")

            # ============================================================ drafting
            with gr.Tab("改善方策の下書き", id="draft"):
                build_draft_tab(ui)

        # ---------------------------------------------------------------- chat events
        def refresh_filters():
            y, b, j = ui.filter_choices()
            ly, lb, _ = y, b, j
            return (gr.update(choices=y), gr.update(choices=b), gr.update(choices=j),
                    gr.update(choices=ly), gr.update(choices=lb), gr.update(choices=ui.sheet_choices()),
                    ui.sheet_rows(), ui.status_markdown())

        filter_outputs = [year_dd, buk_dd, jig_dd, lib_year, lib_buk, target, sheet_table, status]

        def on_load():
            return (*refresh_filters(), gr.Timer(active=ui.boot.running))

        demo.load(on_load, None, [*filter_outputs, timer], api_visibility="private")

        def on_tick():
            if ui.boot.running:
                return ui.status_markdown(), gr.update(), gr.update(), gr.update(), gr.update(), gr.update(), \
                    gr.update(), gr.update(), gr.Timer(active=True)
            y, b, j, ly, lb, t, rows, st = refresh_filters()
            return st, y, b, j, ly, lb, t, rows, gr.Timer(active=False)

        timer.tick(on_tick, None, [status, year_dd, buk_dd, jig_dd, lib_year, lib_buk, target, sheet_table, timer],
                   api_visibility="private", show_progress="hidden")

        def respond(message, chat, convo_v, cites_v, year, bukyoku, jigyo, llm):
            message = (message or "").strip()
            chat = list(chat or [])
            if not message:
                yield chat, gr.update(), convo_v, cites_v, gr.update(), gr.update(), gr.update(), gr.update(), gr.update()
                return
            chat.append({"role": "user", "content": message})
            chat.append({"role": "assistant", "content": "回答を作成しています…"})
            idx = len(chat) - 1
            keep = (gr.update(),) * 5
            yield chat, "", convo_v, cites_v, *keep

            def finish(d: dict, notice: str = ""):
                text = d.get("answer") or ""
                citations = list(d.get("citations") or [])
                chat[idx] = {"role": "assistant", "content": notice + text + sources_markdown(citations)}
                # The history the ask layer reads: earlier questions with their citations.
                new_convo = list(convo_v) + [dict(d, question=d.get("question") or message, citations=citations)]
                new_cites = dict(cites_v)
                new_cites[str(idx)] = citations
                return chat, "", new_convo, new_cites, *source_panel(citations)

            if ui.boot.running:
                chat[idx] = {"role": "assistant", "content": f"{ui.boot.banner()}\n\n完了するまで少しお待ちください。"}
                yield chat, "", convo_v, cites_v, *keep
                return
            if len(svc.snapshot()) == 0:
                chat[idx] = {"role": "assistant", "content": (
                    "まだシートが1件も取り込まれていないため、回答できません。"
                    "「シート管理」タブから事業改善シートのPDFを取り込んでください。")}
                yield chat, "", convo_v, cites_v, *keep
                return
            kwargs = dict(year=int(year) if _opt(year) and str(year).isdigit() else None, bukyoku=_opt(bukyoku), jigyo_no=_opt(jigyo),
                          history=list(convo_v))
            notice = ""
            for attempt_llm in ([True, False] if llm and settings.llm_configured else [False]):
                text, last, final = "", 0.0, None
                try:
                    for piece in svc.ask_stream(message, llm=attempt_llm, **kwargs):
                        if isinstance(piece, str):
                            text += piece
                            now = time.monotonic()
                            if now - last > 0.05:
                                last = now
                                chat[idx] = {"role": "assistant", "content": notice + text + " ▍"}
                                yield chat, "", convo_v, cites_v, *keep
                        else:
                            final = piece
                except (ImportError, AttributeError) as exc:
                    chat[idx] = {"role": "assistant", "content": f"回答機能を利用できません（{exc}）。"}
                    yield chat, "", convo_v, cites_v, *keep
                    return
                except Exception as exc:
                    if attempt_llm and _is_connection_error(exc):
                        notice = _llm_error_message(settings, exc)
                        continue
                    if type(exc).__name__ == "AskError":  # a Japanese message meant for the user
                        chat[idx] = {"role": "assistant", "content": f"{exc}"}
                        yield chat, "", convo_v, cites_v, *keep
                        return
                    chat[idx] = {"role": "assistant",
                                 "content": f"回答の作成中にエラーが発生しました（{type(exc).__name__}: {exc}）。"}
                    yield chat, "", convo_v, cites_v, *keep
                    return
                d = _as_dict(final) if final is not None else {"answer": text, "citations": []}
                d.setdefault("answer", text)
                yield finish(d, notice)
                return

        def source_panel(citations: list[dict]):
            """Outputs (current, radio, detail, image, pdf) showing the first citation."""
            if not citations:
                return ([], gr.update(choices=[], value=None), "この回答には根拠となる箇所がありません。",
                        None, gr.update(visible=False))
            choices = [(citation_label(c), str(i)) for i, c in enumerate(citations)]
            png, pdf, note = ui.page_image(citations[0])
            return (citations, gr.update(choices=choices, value="0"), source_detail_markdown(citations[0]) + note,
                    png, gr.update(value=pdf, visible=pdf is not None))

        chat_inputs = [question, chatbot, convo, cites_by_msg, year_dd, buk_dd, jig_dd, use_llm]
        chat_outputs = [chatbot, question, convo, cites_by_msg, current, src_radio, src_detail, src_image, src_pdf]
        question.submit(respond, chat_inputs, chat_outputs, api_name="chat", show_progress="hidden")
        send.click(respond, chat_inputs, chat_outputs, api_visibility="private", show_progress="hidden")

        def on_example(evt: gr.SelectData, chat, convo_v, cites_v, year, bukyoku, jigyo, llm):
            text = evt.value.get("text") if isinstance(evt.value, dict) else str(evt.value)
            yield from respond(text, chat, convo_v, cites_v, year, bukyoku, jigyo, llm)

        chatbot.example_select(on_example, [chatbot, convo, cites_by_msg, year_dd, buk_dd, jig_dd, use_llm],
                               chat_outputs, api_visibility="private", show_progress="hidden")

        def on_clear():
            return ([], "", [], {}, [], gr.update(choices=[], value=None), "回答の根拠がここに表示されます。", None,
                    gr.update(visible=False))

        clear.click(on_clear, None, chat_outputs, api_visibility="private")
        chatbot.clear(on_clear, None, chat_outputs, api_visibility="private")

        def on_pick(value, citations):
            if value is None or not citations:
                return gr.update(), gr.update(), gr.update()
            try:
                c = citations[int(value)]
            except (ValueError, IndexError):
                return gr.update(), gr.update(), gr.update()
            png, pdf, note = ui.page_image(c)
            return source_detail_markdown(c) + note, png, gr.update(value=pdf, visible=pdf is not None)

        src_radio.input(on_pick, [src_radio, current], [src_detail, src_image, src_pdf], api_visibility="private",
                        show_progress="minimal")

        def on_select_message(evt: gr.SelectData, cites_v):
            idx = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
            citations = cites_v.get(str(idx))
            if not citations:
                return (gr.update(),) * 5
            return source_panel(citations)

        chatbot.select(on_select_message, [cites_by_msg], [current, src_radio, src_detail, src_image, src_pdf],
                       api_visibility="private")

        # ---------------------------------------------------------------- library events
        def do_ingest(files, progress=gr.Progress()):
            files = files or []
            pairs = [(Path(f), getattr(f, "orig_name", None) or Path(f).name) for f in files]
            checks, batch_error = check_and_store_uploads(
                pairs, settings.uploads_dir, settings.max_upload_mb, settings.max_upload_files)
            rows = []
            if batch_error and not checks:
                return (f"【注意】{batch_error}", gr.update(visible=False), *refresh_filters())
            if batch_error:
                rows = [[c.name, "エラー", c.error] for c in checks]
                return (f"【注意】{batch_error}何も取り込んでいません。", gr.update(value=rows, visible=True),
                        *refresh_filters())
            good = [c for c in checks if c.stored]
            results_by_path = {}
            if good:
                progress(0, desc="取り込みを開始します…")

                def cb(done, total, name):
                    progress((done, total), desc=f"取り込み中 {done}/{total}件", unit="件")

                results = svc.ingest([c.stored for c in good], progress=cb)
                results_by_path = {c.stored.name: r for c, r in zip(good, results)}
            n_ok = n_err = 0
            for c in checks:
                if not c.stored:
                    n_err += 1
                    rows.append([c.name, "エラー", c.error])
                    continue
                r = results_by_path.get(c.stored.name)
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
            msg = f"完了：{len(checks)}ファイル中 {n_ok}件を取り込みました" + (f"、{n_err}件はエラーです。" if n_err else "。")
            return msg, gr.update(value=rows, visible=True), *refresh_filters()

        ingest_btn.click(do_ingest, [uploads], [ingest_msg, ingest_table, *filter_outputs], api_name="ingest",
                         concurrency_limit=1, concurrency_id="ingest")

        lib_year.change(ui.sheet_rows, [lib_year, lib_buk, lib_text], sheet_table, api_visibility="private")
        lib_buk.change(ui.sheet_rows, [lib_year, lib_buk, lib_text], sheet_table, api_visibility="private")
        lib_text.change(ui.sheet_rows, [lib_year, lib_buk, lib_text], sheet_table, api_visibility="private",
                        show_progress="hidden")

        def pick_row(evt: gr.SelectData, rows):
            try:
                r = rows.values.tolist()[evt.index[0]] if hasattr(rows, "values") else rows[evt.index[0]]
            except (IndexError, TypeError, AttributeError):
                return gr.update()
            for label, value in ui.sheet_choices():
                if value.split("|")[0] == r[0] and wareki(int(value.split("|")[1])) == r[3]:
                    return gr.update(value=value)
            return gr.update()

        sheet_table.select(pick_row, [sheet_table], target, api_visibility="private")

        def ask_remove(value):
            if not _valid_target(value):
                return gr.update(visible=False), "", "操作するシートを選んでください。"
            no, fy = value.split("|")
            rec = svc.find_sheet(no, int(fy))
            name = rec["sheet"]["jigyo_name"] if rec else no
            return gr.update(visible=True), f"**{no} {name}（{wareki(int(fy))}）** を索引から削除しますか？", ""

        remove_btn.click(ask_remove, [target], [confirm_row, confirm_msg, lib_msg], api_visibility="private")
        confirm_no.click(lambda: (gr.update(visible=False), "削除を取り消しました。"), None, [confirm_row, lib_msg],
                         api_visibility="private")

        def do_remove(value):
            if not _valid_target(value):
                return (gr.update(visible=False), "操作するシートを選んでください。", *refresh_filters())
            no, fy = value.split("|")
            keys = svc.remove(no, int(fy))
            msg = (f"削除しました：{no}（{wareki(int(fy))}）" if keys else "このシートはすでに削除されています。")
            return (gr.update(visible=False), msg, *refresh_filters())

        confirm_yes.click(do_remove, [target], [confirm_row, lib_msg, *filter_outputs], api_name="remove",
                          concurrency_limit=1, concurrency_id="ingest").then(
            lambda: gr.update(value=None), None, target, api_visibility="private")

        def do_reingest(value, progress=gr.Progress()):
            if not _valid_target(value):
                return ("操作するシートを選んでください。", *refresh_filters())
            no, fy = value.split("|")
            rec = svc.find_sheet(no, int(fy))
            pdf = svc.pdf_path(rec) if rec else None
            if pdf is None:
                return ("元のPDFが保存されていないため、再取り込みできません。PDFをもう一度アップロードしてください。",
                        *refresh_filters())
            progress(0, desc="再取り込み中…")
            name = safe_name(rec.get("file") or pdf.name)
            tmp_dir = ui.cache_dir / "reingest" / rec["version"]
            tmp_dir.mkdir(parents=True, exist_ok=True)
            src = tmp_dir / name
            shutil.copyfile(pdf, src)
            try:
                results = svc.ingest([src], progress=None, **_force_kw(svc))
            finally:
                shutil.rmtree(tmp_dir, ignore_errors=True)
            r = results[0]
            if not r.ok:
                return (f"【注意】再取り込みに失敗しました：{r.message}（索引は変更していません）", *refresh_filters())
            warn = f"（警告 {len(r.warnings)}件：{'、'.join(r.warnings)}）" if r.warnings else ""
            return (f"再取り込みしました：{no} {r.jigyo_name or ''}（{wareki(r.fiscal_year or int(fy))}）・"
                    f"{r.label}{warn}", *refresh_filters())

        reingest_btn.click(do_reingest, [target], [lib_msg, *filter_outputs], api_visibility="private",
                           concurrency_limit=1, concurrency_id="ingest")

        # ---------------------------------------------------------------- API
        def ask(question: str, year: str = "", bukyoku: str = "", jigyo_no: str = "") -> dict:
            """質問に回答する（kaizen ask --json と同じ形式の辞書）。"""
            from ingest.form import parse_year

            return _as_dict(svc.ask(question, year=parse_year(year or None), bukyoku=bukyoku or None,
                                    jigyo_no=jigyo_no or None))

        gr.api(ask, api_name="ask")

        def sheets(year: str = "", bukyoku: str = "") -> list[dict]:
            """取り込み済みのシート一覧。"""
            from ingest.form import parse_year

            return [s.to_dict() for s in svc.sheets(year=parse_year(year or None), bukyoku=bukyoku or None)]

        gr.api(sheets, api_name="sheets")
    return demo


def _force_kw(svc) -> dict:
    """``force=True`` when the service's ingest supports re-parsing unchanged files."""
    import inspect

    return {"force": True} if "force" in inspect.signature(svc.ingest).parameters else {}


# ---------------------------------------------------------------------- drafting tab
def build_draft_tab(ui: UI) -> None:
    try:
        from .drafting_tab import build as build_drafting  # noqa: WPS433
    except ImportError:
        build_drafting = None
    if build_drafting is not None and _drafting_available():
        build_drafting(ui)
        return
    gr.Markdown(
        "### 改善方策の下書き（準備中）\n"
        "事業を選ぶと、シートの成果指標・要因分析・課題から、来年度の「事業改善の方策」の下書きを"
        "根拠付きで作成し、編集して Word 形式でダウンロードできるようになります。\n\n"
        "それまでは、コマンド `kaizen draft 事業番号 --out 下書き.docx` をご利用ください（準備中の場合があります）。",
        elem_id="kz-draft-placeholder")


def _drafting_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("assistant.drafting") is not None


# ---------------------------------------------------------------------- launch
def launch(svc, host: str = "127.0.0.1", port: int = 7860, auth: list[tuple[str, str]] | None = None,
           block: bool = True, quiet: bool = False):
    """Serve the app. Starts the first-start sample ingest when the index is empty.

    Returns ``(demo, url)``; with ``block=True`` it only returns when the server stops.
    """
    ui = UI(svc)
    started = start_sample_ingest(svc, ui.boot)
    demo = build_app(svc, ui)
    demo.queue(default_concurrency_limit=4, max_size=64)
    for d in (ui.images_dir, ui.downloads_dir):
        d.mkdir(parents=True, exist_ok=True)
    settings = svc.settings
    kwargs = dict(
        server_name=host, server_port=port, auth=auth or None,
        auth_message="事業改善シート アシスタント：ユーザー名とパスワードを入力してください。" if auth else None,
        prevent_thread_lock=True, quiet=True, show_error=True, footer_links=[],
        allowed_paths=[str(ui.cache_dir)],  # generated page images, PDF copies, drafts only
        max_file_size=f"{settings.max_upload_mb}mb", theme=_theme(), css=CSS, ssr_mode=False, pwa=False,
        mcp_server=False, enable_monitoring=False,
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

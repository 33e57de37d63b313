"""The chat tab: questions with streamed, cited answers, and the source panel that shows
the cited page of the original PDF (red box around the quote)."""

from __future__ import annotations

import time
from dataclasses import dataclass

import gradio as gr

from . import analytics_panel
from ..helpers import citation_label, source_detail_markdown, sources_markdown
from ..state import ALL, UI, as_dict, opt

EXAMPLES = [
    "NPOセミナーの満足度が下がったのはなぜ？",
    "共創研修の満足度はどう推移している？",
    "来年度はどう改善する？",
    "目標を達成できなかった指標がある事業は？",
    "部局ごとの決算額の合計は？",
]


@dataclass
class ChatTab:
    """The chat tab's components, and the states it shares with the app."""

    year: gr.Dropdown
    bukyoku: gr.Dropdown
    jigyo: gr.Dropdown
    use_llm: gr.Checkbox
    chatbot: gr.Chatbot
    question: gr.Textbox
    send: gr.Button
    clear: gr.Button
    src_radio: gr.Radio
    src_detail: gr.Markdown
    src_image: gr.Image
    src_pdf: gr.DownloadButton
    convo: gr.State  # [{"role", "content"}] plain text, for follow-ups
    cites_by_msg: gr.State  # chatbot message index -> citations
    current: gr.State  # citations shown in the source panel
    analytics: analytics_panel.AnalyticsPanel | None = None  # the answer's table, chart and downloads

    @property
    def panel(self) -> list:
        """Outputs of ``source_panel``: (current, radio, detail, image, pdf)."""
        return [self.current, self.src_radio, self.src_detail, self.src_image, self.src_pdf]


def build(ui: UI, choices, states: tuple[gr.State, gr.State, gr.State]) -> ChatTab:
    """The tab's components (inside its ``gr.Tab``); ``choices``: (years, 部局, 事業) of the filters."""
    year_c, buk_c, jig_c = choices
    settings = ui.settings
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
            panel = analytics_panel.build()
        with gr.Column(scale=5):
            gr.Markdown("### 根拠の原本", elem_id="kz-sources-title")
            src_radio = gr.Radio(label="根拠を選ぶと、シートの該当ページを表示します（赤枠が引用箇所）",
                                 choices=[], elem_id="kz-sources")
            src_detail = gr.Markdown("回答の根拠がここに表示されます。", elem_id="kz-source-detail")
            src_image = gr.Image(show_label=False, type="filepath", interactive=False, height=760,
                                 buttons=["fullscreen", "download"], elem_id="kz-page-image")
            src_pdf = gr.DownloadButton("元のPDFをダウンロード", visible=False, elem_id="kz-pdf",
                                        size="sm")
    return ChatTab(year_dd, buk_dd, jig_dd, use_llm, chatbot, question, send, clear, src_radio, src_detail,
                   src_image, src_pdf, *states, panel)


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


class ChatEvents:
    """The chat tab's event handlers (bound methods, so gradio sees their real signatures)."""

    def __init__(self, ui: UI, tab: ChatTab) -> None:
        self.ui = ui
        self.svc = ui.svc
        self.settings = ui.settings
        self.tab = tab

    def wire(self) -> None:
        t = self.tab
        chat_inputs = [t.question, t.chatbot, t.convo, t.cites_by_msg, t.year, t.bukyoku, t.jigyo, t.use_llm]
        chat_outputs = [t.chatbot, t.question, t.convo, t.cites_by_msg, *t.panel]
        panel = analytics_panel.PanelEvents(self.ui)
        shown = dict(fn=panel.update, inputs=[t.convo], outputs=t.analytics.outputs, api_visibility="private",
                     show_progress="hidden")
        t.question.submit(self.respond, chat_inputs, chat_outputs, api_name="chat", show_progress="hidden") \
            .then(**shown)
        t.send.click(self.respond, chat_inputs, chat_outputs, api_visibility="private", show_progress="hidden") \
            .then(**shown)
        t.chatbot.example_select(self.on_example,
                                 [t.chatbot, t.convo, t.cites_by_msg, t.year, t.bukyoku, t.jigyo, t.use_llm],
                                 chat_outputs, api_visibility="private", show_progress="hidden").then(**shown)
        t.clear.click(self.on_clear, None, chat_outputs, api_visibility="private").then(**shown)
        t.chatbot.clear(self.on_clear, None, chat_outputs, api_visibility="private").then(**shown)
        t.src_radio.input(self.on_pick, [t.src_radio, t.current], [t.src_detail, t.src_image, t.src_pdf],
                          api_visibility="private", show_progress="minimal")
        t.chatbot.select(self.on_select_message, [t.cites_by_msg], t.panel, api_visibility="private")

    def respond(self, message, chat, convo_v, cites_v, year, bukyoku, jigyo, llm):
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

        def say(text: str):
            chat[idx] = {"role": "assistant", "content": text}
            return chat, "", convo_v, cites_v, *keep

        if self.ui.boot.running:
            yield say(f"{self.ui.boot.banner()}\n\n完了するまで少しお待ちください。")
            return
        if len(self.svc.snapshot()) == 0:
            yield say("まだシートが1件も取り込まれていないため、回答できません。"
                      "「シート管理」タブから事業改善シートのPDFを取り込んでください。")
            return
        kwargs = dict(year=int(year) if opt(year) and str(year).isdigit() else None, bukyoku=opt(bukyoku),
                      jigyo_no=opt(jigyo), history=list(convo_v))
        yield from self._answer(message, chat, idx, convo_v, cites_v, bool(llm), kwargs, say)

    def _answer(self, message, chat, idx, convo_v, cites_v, llm: bool, kwargs: dict, say):
        """Stream the answer into ``chat[idx]``; with ``llm``, fall back to offline when the server is down."""
        keep = (gr.update(),) * 5
        notice = ""
        for attempt_llm in ([True, False] if llm and self.settings.llm_configured else [False]):
            text, last, final = "", 0.0, None
            try:
                for piece in self.svc.ask_stream(message, llm=attempt_llm, **kwargs):
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
                yield say(f"回答機能を利用できません（{exc}）。")
                return
            except Exception as exc:
                if attempt_llm and _is_connection_error(exc):
                    notice = _llm_error_message(self.settings, exc)
                    continue
                if type(exc).__name__ == "AskError":  # a Japanese message meant for the user
                    yield say(f"{exc}")
                    return
                yield say(f"回答の作成中にエラーが発生しました（{type(exc).__name__}: {exc}）。")
                return
            d = as_dict(final) if final is not None else {"answer": text, "citations": []}
            d.setdefault("answer", text)
            yield self._finish(message, chat, idx, convo_v, cites_v, d, notice)
            return

    def _finish(self, message, chat, idx, convo_v, cites_v, d: dict, notice: str = ""):
        text = d.get("answer") or ""
        citations = list(d.get("citations") or [])
        chat[idx] = {"role": "assistant", "content": notice + text + sources_markdown(citations)}
        # The history the ask layer reads: earlier questions with their citations.
        new_convo = list(convo_v) + [dict(d, question=d.get("question") or message, citations=citations)]
        new_cites = dict(cites_v)
        new_cites[str(idx)] = citations
        return chat, "", new_convo, new_cites, *self.source_panel(citations)

    def source_panel(self, citations: list[dict]):
        """Outputs (current, radio, detail, image, pdf) showing the first citation."""
        if not citations:
            return ([], gr.update(choices=[], value=None), "この回答には根拠となる箇所がありません。",
                    None, gr.update(visible=False))
        choices = [(citation_label(c), str(i)) for i, c in enumerate(citations)]
        png, pdf, note = self.ui.page_image(citations[0])
        return (citations, gr.update(choices=choices, value="0"), source_detail_markdown(citations[0]) + note,
                png, gr.update(value=pdf, visible=pdf is not None))

    def on_example(self, evt: gr.SelectData, chat, convo_v, cites_v, year, bukyoku, jigyo, llm):
        text = evt.value.get("text") if isinstance(evt.value, dict) else str(evt.value)
        yield from self.respond(text, chat, convo_v, cites_v, year, bukyoku, jigyo, llm)

    def on_clear(self):
        return ([], "", [], {}, [], gr.update(choices=[], value=None), "回答の根拠がここに表示されます。", None,
                gr.update(visible=False))

    def on_pick(self, value, citations):
        if value is None or not citations:
            return gr.update(), gr.update(), gr.update()
        try:
            c = citations[int(value)]
        except (ValueError, IndexError):
            return gr.update(), gr.update(), gr.update()
        png, pdf, note = self.ui.page_image(c)
        return source_detail_markdown(c) + note, png, gr.update(value=pdf, visible=pdf is not None)

    def on_select_message(self, evt: gr.SelectData, cites_v):
        idx = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        citations = cites_v.get(str(idx))
        if not citations:
            return (gr.update(),) * 5
        return self.source_panel(citations)

"""The drafting tab: choose a 事業, draft next year's 事業改善の方策, edit, see sources, download .docx."""

from __future__ import annotations

import copy
import importlib.util
import uuid
from dataclasses import dataclass

import gradio as gr

from ..helpers import citation_label, safe_name, source_detail_markdown, wareki
from ..state import UI, valid_target


def _bullets_markdown(d) -> str:
    if not d.bullets:
        return "方策の案を作れる記載が見つかりませんでした。"
    out = []
    for i, b in enumerate(d.bullets, 1):
        marks = "".join(f"[{c['n']}]" for c in b.citations)
        label = getattr(b, "label", b.kind)
        out.append(f"**{i}.** {b.text} {marks}\n\n　<span class='kz-note'>{label}・理由：{b.rationale}</span>\n")
    return "\n".join(out)


def _from_dict(data: dict):
    """Rebuild a ``Draft`` from its ``to_dict()`` (gradio state holds plain data only)."""
    from assistant.draft import Bullet, Draft

    fields = {k: v for k, v in data.items() if k in Draft.__dataclass_fields__ and k != "bullets"}
    bullets = [Bullet(**{k: v for k, v in b.items() if k in Bullet.__dataclass_fields__}) for b in data["bullets"]]
    return Draft(bullets=bullets, **fields)


def _worksheet_rows(d) -> list[list[str]]:
    from assistant.draft.export import worksheet_cells

    return [list(worksheet_cells(r)) for r in d.worksheet]


def _apply_edits(data: dict, text: str, sheet_rows=None):
    """The draft with the edited lines as bullet texts (line i -> bullet i) and the edited
    worksheet cells (row i -> worksheet row i)."""
    from assistant.draft import Bullet

    lines = [ln.strip() for ln in (text or "").splitlines() if ln.strip()]
    d = _from_dict(data)
    new = copy.deepcopy(d)
    bullets = []
    for i, line in enumerate(lines):
        if i < len(d.bullets):
            b = copy.deepcopy(d.bullets[i])
            b.text = line
        else:
            b = Bullet(text=line, rationale="担当者が追加した方策です。", citations=[])
        bullets.append(b)
    new.bullets = bullets
    if sheet_rows is not None:
        rows = sheet_rows.values.tolist() if hasattr(sheet_rows, "values") else list(sheet_rows)
        new.worksheet = [dict(new.worksheet[i], cells=[str(c) for c in r]) if i < len(new.worksheet)
                         else {"cells": [str(c) for c in r]} for i, r in enumerate(rows) if any(str(c).strip() for c in r)]
    return new


@dataclass
class DraftTab:
    """The drafting tab's components."""

    draft_state: gr.State
    sources_state: gr.State
    jigyo: gr.Dropdown
    use_llm: gr.Checkbox
    make: gr.Button
    note: gr.Markdown
    text: gr.Textbox
    docx_btn: gr.Button
    docx_file: gr.File
    reasons: gr.Markdown
    worksheet: gr.Dataframe
    src: gr.Radio
    src_detail: gr.Markdown
    src_image: gr.Image


def build(ui: UI) -> None:
    """The tab (inside its ``gr.Tab``): the drafting UI, or a note when drafting is not installed."""
    if importlib.util.find_spec("assistant.draft") is None:
        gr.Markdown(
            "### 改善方策の下書き（準備中）\n"
            "事業を選ぶと、シートの成果指標・要因分析・課題から、来年度の「事業改善の方策」の下書きを"
            "根拠付きで作成し、編集して Word 形式でダウンロードできるようになります。\n\n"
            "それまでは、コマンド `kaizen draft 事業番号 --out 下書き.docx` をご利用ください（準備中の場合があります）。",
            elem_id="kz-draft-placeholder")
        return
    DraftEvents(ui, _components(ui)).wire()


def _components(ui: UI) -> DraftTab:
    from assistant.draft.export import WORKSHEET_COLUMNS

    settings = ui.settings
    draft_state = gr.State(None)
    sources_state = gr.State([])

    gr.Markdown("### 来年度の「事業改善の方策」の下書き\n"
                "事業を選んで「下書きを作成」を押すと、シートの成果指標（未達成・低下）、要因分析、課題から、"
                "９(2) 事業改善の方策の案を根拠付きで作成します。文章は自由に編集でき、Word 形式で保存できます。")
    with gr.Row():
        jigyo = gr.Dropdown(label="事業（シート）", choices=ui.sheet_choices(), value=None, scale=4, allow_custom_value=True,
                            elem_id="kz-draft-jigyo")
        use_llm = gr.Checkbox(label=f"LLMで文章を整える（{settings.llm_model}）", value=False,
                              visible=settings.llm_configured, scale=1)
        make = gr.Button("下書きを作成", variant="primary", scale=1, elem_id="kz-draft-make")
    note = gr.Markdown("", elem_id="kz-draft-note")
    with gr.Row(equal_height=False):
        with gr.Column(scale=6):
            text = gr.Textbox(label="方策の案（1行に1項目。自由に編集できます）", lines=10, max_lines=30,
                              interactive=True, elem_id="kz-draft-text", buttons=["copy"])
            with gr.Row():
                docx_btn = gr.Button("Word（.docx）を作成", elem_id="kz-draft-docx")
                docx_file = gr.File(label="ダウンロード", visible=False, interactive=False, elem_id="kz-draft-file",
                                    height=70)
            gr.Markdown("#### 各項目の理由と出典")
            reasons = gr.Markdown("", elem_id="kz-draft-reasons")
            gr.Markdown("#### 作業表（指標・課題ごとに：要因 → 今年度の取組 → 結果 → 方策の案）\n"
                        "<span class='kz-note'>要因は要因分析（8）・課題（9(1)）から一つずつ切り出したもの、[n] は右の出典の番号です。"
                        "各欄を編集でき、Word に書き出されます。</span>")
            worksheet = gr.Dataframe(headers=list(WORKSHEET_COLUMNS), col_count=(len(WORKSHEET_COLUMNS), "fixed"),
                                     datatype=["str"] * len(WORKSHEET_COLUMNS), interactive=True, wrap=True,
                                     type="array", elem_id="kz-draft-worksheet",
                                     column_widths=["12%", "24%", "22%", "14%", "22%", "6%"])
        with gr.Column(scale=5):
            gr.Markdown("#### 出典の原本")
            src = gr.Radio(label="出典を選ぶと、シートの該当ページを表示します（赤枠が引用箇所）", choices=[],
                           elem_id="kz-draft-sources")
            src_detail = gr.Markdown("")
            src_image = gr.Image(show_label=False, type="filepath", interactive=False, height=640,
                                 buttons=["fullscreen", "download"], elem_id="kz-draft-page")
    return DraftTab(draft_state, sources_state, jigyo, use_llm, make, note, text, docx_btn, docx_file, reasons,
                    worksheet, src, src_detail, src_image)


class DraftEvents:
    """The drafting tab's event handlers."""

    def __init__(self, ui: UI, tab: DraftTab) -> None:
        self.ui = ui
        self.svc = ui.svc
        self.settings = ui.settings
        self.tab = tab

    def wire(self) -> None:
        t = self.tab
        t.jigyo.focus(self.on_focus, None, t.jigyo, api_visibility="private", show_progress="hidden")
        t.make.click(self.do_draft, [t.jigyo, t.use_llm],
                     [t.draft_state, t.sources_state, t.note, t.text, t.reasons, t.worksheet, t.src, t.src_detail,
                      t.src_image, t.docx_file], api_visibility="private")
        t.src.input(self.on_pick, [t.src, t.sources_state], [t.src_detail, t.src_image], api_visibility="private")
        t.docx_btn.click(self.do_docx, [t.draft_state, t.text, t.worksheet], t.docx_file, api_visibility="private")

    def on_focus(self):
        return gr.update(choices=self.ui.sheet_choices())

    def do_draft(self, value, llm):
        if not value:
            return (None, [], "事業を選んでください。", "", "", [], gr.update(choices=[], value=None), "", None,
                    gr.update(visible=False))
        from assistant.draft import DraftError

        if not valid_target(value):
            return (None, [], "事業を選んでください。", "", "", [], gr.update(choices=[], value=None), "", None,
                    gr.update(visible=False))
        no, fy = value.split("|")
        try:
            d = self.svc.draft(no, year=int(fy), llm=bool(llm and self.settings.llm_configured))
        except DraftError as exc:
            return (None, [], exc.message, "", "", [], gr.update(choices=[], value=None), "", None,
                    gr.update(visible=False))
        except Exception as exc:
            return (None, [], f"下書きを作成できませんでした（{type(exc).__name__}: {exc}）。", "", "", [],
                    gr.update(choices=[], value=None), "", None, gr.update(visible=False))
        sources = d.sources()
        head = (f"**{d.jigyo_name}**（事業番号 {d.jigyo_no}・{wareki(d.fiscal_year)}のシートから）"
                f"　方策の案 {len(d.bullets)}項目・出典 {len(sources)}件\n\n<span class='kz-note'>{d.note}</span>")
        if getattr(d, "warnings", None):
            head += "\n\n" + "\n".join(f"- {w}" for w in d.warnings)
        choices = [(citation_label(c), str(i)) for i, c in enumerate(sources)]
        png, detail = None, ""
        if sources:
            png, _, note_ = self.ui.page_image(sources[0])
            detail = source_detail_markdown(sources[0]) + note_
        return (d.to_dict(), sources, head, d.text, _bullets_markdown(d), _worksheet_rows(d),
                gr.update(choices=choices, value="0" if choices else None), detail, png, gr.update(visible=False))

    def on_pick(self, value, sources):
        if value is None or not sources:
            return gr.update(), gr.update()
        c = sources[int(value)]
        png, _, note_ = self.ui.page_image(c)
        return source_detail_markdown(c) + note_, png

    def do_docx(self, d, edited, sheet_rows=None):
        if d is None:
            return gr.update(visible=False)
        from assistant.draft import write_docx

        final = _apply_edits(d, edited, sheet_rows)
        d = final
        out_dir = self.ui.cache_dir / "drafts" / uuid.uuid4().hex[:12]
        out_dir.mkdir(parents=True, exist_ok=True)
        name = safe_name(f"改善方策案_{d.jigyo_no.replace(' ', '-')}_{d.jigyo_name}.pdf")[:-4] + ".docx"
        path = write_docx(final, out_dir / name)
        return gr.update(value=str(path), visible=True)

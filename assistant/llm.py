"""LLM mode: llama-index ``OpenAILike`` (any OpenAI-compatible server) or ``Ollama``.

Sheet text is passed only as data, inside delimited ``<source n="…">`` blocks of the
user message; the system prompt (``prompts/answer.v1.md``) says instructions inside
sources are to be ignored.  The model's [n] markers are validated against the
sources given: unknown ones are dropped; an answer left without a valid citation is
flagged and replaced by the offline (extractive) answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from .types import Answer, AskError, citation_from_chunk

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"
ANSWER_PROMPT = "answer"
PROMPT_VERSION = "v1"
MAX_SOURCES = 5

NOTE_NO_CITATION = "（注: LLMの回答に有効な出典番号がなかったため、シートから抽出した回答を表示しています。）"
NOTE_LLM_ERROR = "（注: LLMに接続できなかったため、シートから抽出した回答を表示しています：{err}）"

_MARK_RE = re.compile(r"\[(\d{1,3})\]")


def load_prompt(name: str, version: str = PROMPT_VERSION) -> str:
    """A versioned prompt file ``prompts/<name>.<version>.md`` without its header comment."""
    text = (PROMPTS_DIR / f"{name}.{version}.md").read_text(encoding="utf-8")
    return re.sub(r"^<!--.*?-->\s*", "", text, flags=re.S).strip()


def make_llm(settings):
    """The llama-index LLM for ``settings`` (also set as ``llama_index.core.Settings.llm``)."""
    if not settings.llm_configured:
        raise AskError("LLMが設定されていません。KAIZEN_LLM_BASE_URL と KAIZEN_LLM_MODEL を設定してください。")
    if settings.llm_backend == "ollama":
        from llama_index.llms.ollama import Ollama

        llm = Ollama(model=settings.llm_model, base_url=settings.llm_base_url,
                     request_timeout=settings.llm_timeout, temperature=settings.llm_temperature,
                     context_window=8192)
    else:
        from llama_index.llms.openai_like import OpenAILike

        llm = OpenAILike(model=settings.llm_model, api_base=settings.llm_base_url,
                         api_key=settings.llm_api_key or "unused", is_chat_model=True,
                         is_function_calling_model=False, context_window=8192,
                         timeout=settings.llm_timeout, max_retries=0,
                         temperature=settings.llm_temperature)
    from llama_index.core import Settings as LlamaSettings

    LlamaSettings.llm = llm
    return llm


def escape_source(text: str) -> str:
    """``text`` made safe inside a ``<source>`` block: a sheet cannot close its own block."""
    return re.sub(r"</?\s*source", lambda m: m.group(0).replace("<", "＜"), text, flags=re.I)


def source_blocks(cites) -> str:
    out = []
    for c in cites:
        label = c.section_title or c.section
        if c.indicator_name:
            label += f" 指標{c.indicator}：{c.indicator_name}"
        attrs = f'n="{c.n}" 事業="{escape_source(c.jigyo_name)}（{c.jigyo_no}）" 年度="{c.fiscal_year}" 項目="{escape_source(c.section)} {escape_source(label)}"'
        out.append(f"<source {attrs}>\n{escape_source(c.quote)}\n</source>")
    return "\n\n".join(out)


def _history_block(history) -> str:
    lines = []
    for h in (history or [])[-6:]:
        if hasattr(h, "to_dict"):
            d = h.to_dict()
            lines += [f"ユーザー: {d.get('question', '')}", f"アシスタント: {d.get('answer', '')[:300]}"]
            continue
        if not isinstance(h, dict):
            continue
        content = h.get("content", "")
        if isinstance(content, list):
            content = " ".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)
        who = "ユーザー" if h.get("role") == "user" else "アシスタント"
        lines.append(f"{who}: {str(content)[:300]}")
    return ("これまでの会話（参考）:\n" + "\n".join(lines) + "\n\n") if lines else ""


def build_messages(question: str, cites, history=None):
    from llama_index.core.llms import ChatMessage, MessageRole

    user = load_prompt("answer_user")
    user = user.replace("{sources}", source_blocks(cites)).replace("{history}", _history_block(history)) \
               .replace("{question}", question)
    return [ChatMessage(role=MessageRole.SYSTEM, content=load_prompt(ANSWER_PROMPT)),
            ChatMessage(role=MessageRole.USER, content=user)]


class Marked(NamedTuple):
    """An LLM answer with its unknown [n] markers dropped, and the numbers it used in order."""

    text: str
    used: list[int]


def validate_markers(text: str, valid: set[int]) -> Marked:
    """Drop [n] markers not in ``valid``; return the cleaned text and the used numbers in order."""
    used: list[int] = []

    def repl(m: re.Match) -> str:
        n = int(m.group(1))
        if n in valid:
            if n not in used:
                used.append(n)
            return m.group(0)
        return ""

    cleaned = _MARK_RE.sub(repl, text)
    return Marked(cleaned.strip(), used)


def llm_answer_stream(svc, question: str, plan, snap, cites, hits, history, offline_text: str) -> Iterator:
    sources = list(cites)
    have = {c.chunk_id for c in sources}
    for h in hits or []:
        if len(sources) >= MAX_SOURCES:
            break
        if h.chunk_id not in have:
            sources.append(citation_from_chunk(snap, h.chunk_id, len(sources) + 1))
            have.add(h.chunk_id)
    messages = build_messages(question, sources, history)
    parts: list[str] = []
    try:
        llm = make_llm(svc.settings)
        for resp in llm.stream_chat(messages):
            delta = resp.delta or ""
            if delta:
                parts.append(delta)
                yield delta
    except Exception as exc:  # server down, timeout, bad reply: the offline answer stands
        note = NOTE_LLM_ERROR.format(err=type(exc).__name__)
        yield "\n" + note + "\n"
        yield Answer(question=question, answer=offline_text + "\n" + note, refused=False, intent=plan.intent,
                     citations=list(cites), mode="offline", flagged=True, note=note)
        return
    raw = "".join(parts)
    valid = {c.n for c in sources}
    cleaned, used = validate_markers(raw, valid)
    if not used:
        yield "\n" + NOTE_NO_CITATION + "\n"
        yield Answer(question=question, answer=offline_text + "\n" + NOTE_NO_CITATION, refused=False,
                     intent=plan.intent, citations=list(cites), mode="offline", flagged=True, note=NOTE_NO_CITATION)
        return
    by_n = {c.n: c for c in sources}
    cited = [by_n[n] for n in sorted(used)]
    yield Answer(question=question, answer=cleaned, refused=False, intent=plan.intent, citations=cited, mode="llm")

"""An LLM fills the same :class:`QuerySpec` the offline planner fills (optional).

The model sees the question, the spec's JSON schema, the measures and the planner's
spec as a hint, and must answer one JSON object.  Its reply is validated against the
schema (pydantic); anything else (no JSON, unknown keys, a wrong measure, a server
error) keeps the offline spec, with a note saying so.  The model never writes SQL and
never sees sheet text: the numbers are computed from the tables either way.
"""

from __future__ import annotations

import json
import re

from pydantic import ValidationError

from ..llm import load_prompt, make_llm
from .spec import MEASURES, QuerySpec

PROMPT = "analytics_spec"
NOTE_INVALID = "（注: LLMの集計条件が不正だったため、キーワードから作った条件で計算しました）"
NOTE_ERROR = "（注: LLMに接続できなかったため、キーワードから作った条件で計算しました：{err}）"


def build_messages(question: str, hint: QuerySpec):
    from llama_index.core.llms import ChatMessage, MessageRole

    measures = "\n".join(f"- {k}: {m.label}（{m.unit or '指標の単位'}、表 {m.table}）" for k, m in MEASURES.items())
    system = load_prompt(PROMPT).replace("{schema}", json.dumps(QuerySpec.model_json_schema(), ensure_ascii=False)) \
        .replace("{measures}", measures).replace("{hint}", json.dumps(hint.to_dict(), ensure_ascii=False))
    return [ChatMessage(role=MessageRole.SYSTEM, content=system),
            ChatMessage(role=MessageRole.USER, content=f"質問：{question}")]


def parse_spec(reply: str) -> QuerySpec | None:
    """The spec in the model's reply (the first {...} block), or None when it does not validate."""
    m = re.search(r"\{.*\}", reply or "", flags=re.S)
    if not m:
        return None
    try:
        return QuerySpec.model_validate_json(m.group(0))
    except (ValidationError, ValueError):
        return None


def llm_spec(settings, question: str, hint: QuerySpec) -> tuple[QuerySpec | None, str]:
    """(the model's valid spec or None, a note for the user when it fell back)."""
    try:
        llm = make_llm(settings)
        reply = llm.chat(build_messages(question, hint)).message.content or ""
    except Exception as exc:  # server down, timeout, bad reply: the offline spec stands
        return None, NOTE_ERROR.format(err=type(exc).__name__)
    spec = parse_spec(reply)
    return (spec, "") if spec is not None else (None, NOTE_INVALID)

"""LLM-as-judge for ``kaizen eval --judge``: ragas-style faithfulness and correctness.

faithfulness = supported claims / claims (claims of the answer checked against the
cited quotes); correctness = F1 of the answer's facts against the reference answer
(tp / (tp + (fp + fn) / 2)). Prompts: ``prompts/judge_faithfulness.md`` and
``prompts/judge_correctness.md``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

PROMPTS = Path(__file__).resolve().parent.parent / "prompts"
NO_LLM_MESSAGE = ("LLMが設定されていません。KAIZEN_LLM_BASE_URL と KAIZEN_LLM_MODEL（必要なら KAIZEN_LLM_API_KEY、"
                  "KAIZEN_LLM_BACKEND=openai|ollama）を設定してから --llm / --judge を指定してください。")


def load_prompt(name: str) -> str:
    text = (PROMPTS / f"{name}.md").read_text(encoding="utf-8")
    return re.sub(r"^<!--.*?-->\s*", "", text, flags=re.S)


def fill(template: str, **values: str) -> str:
    # str.format would trip over the JSON braces in the prompt.
    for key, value in values.items():
        template = template.replace("{" + key + "}", value)
    return template


def make_llm(settings):
    """An llama-index LLM from ``Settings.llm_*`` (the assistant's own factory when it has one)."""
    try:
        from assistant.llm import make_llm as _make  # type: ignore

        return _make(settings)
    except ImportError:
        pass
    if settings.llm_backend == "ollama":
        from llama_index.llms.ollama import Ollama

        return Ollama(model=settings.llm_model, base_url=settings.llm_base_url,
                      request_timeout=settings.llm_timeout, temperature=0.0)
    from llama_index.llms.openai_like import OpenAILike

    return OpenAILike(model=settings.llm_model, api_base=settings.llm_base_url,
                      api_key=settings.llm_api_key or "none", is_chat_model=True,
                      timeout=settings.llm_timeout, temperature=0.0, max_retries=1)


def _json(text: str) -> dict:
    m = re.search(r"\{.*\}", text or "", flags=re.S)
    if not m:
        raise ValueError("判定結果にJSONがありません")
    return json.loads(m.group(0))


def _complete(llm, prompt: str) -> str:
    from llama_index.core.llms import ChatMessage

    resp = llm.chat([ChatMessage(role="user", content=prompt)])
    return resp.message.content or ""


class Judge:
    def __init__(self, llm) -> None:
        self.llm = llm
        self.p_faith = load_prompt("judge_faithfulness")
        self.p_correct = load_prompt("judge_correctness")

    def faithfulness(self, question: str, answer: str, citations: list[dict]) -> float | None:
        context = "\n\n".join(f"[{c.get('n', i)}] {c.get('quote', '')}" for i, c in enumerate(citations, 1))
        out = _json(_complete(self.llm, fill(self.p_faith, question=question, context=context or "（なし）",
                                             answer=answer)))
        total = out.get("total")
        if total is None and isinstance(out.get("claims"), list):
            total = len(out["claims"])
        supported = out.get("supported")
        if supported is None and isinstance(out.get("claims"), list):
            supported = sum(1 for c in out["claims"] if c.get("supported"))
        total, supported = int(total or 0), int(supported or 0)
        return None if total == 0 else max(0.0, min(1.0, supported / total))

    def correctness(self, question: str, answer: str, reference: str) -> float | None:
        if not reference.strip():
            return None
        out = _json(_complete(self.llm, fill(self.p_correct, question=question, reference=reference,
                                             answer=answer)))
        tp, fp, fn = (int(out.get(x) or 0) for x in ("tp", "fp", "fn"))
        denom = tp + 0.5 * (fp + fn)
        return 0.0 if denom == 0 else tp / denom

    def score(self, q, result: dict) -> dict:
        """Adds ``judge_faithfulness`` / ``judge_correctness`` (None when not applicable or on error)."""
        out = {"judge_faithfulness": None, "judge_correctness": None}
        if result.get("refused") or not result.get("answer"):
            return out
        try:
            out["judge_faithfulness"] = self.faithfulness(q.question, result["answer"], result.get("citations", []))
        except Exception as exc:  # a judge failure is reported, not fatal
            out["judge_error"] = f"{type(exc).__name__}: {exc}"
        try:
            out["judge_correctness"] = self.correctness(q.question, result["answer"], q.answer)
        except Exception as exc:
            out["judge_error"] = f"{type(exc).__name__}: {exc}"
        return out

"""LLM mode of drafting: the model rewrites the offline draft from numbered sources; its
``[n]`` markers are checked against those sources, and whatever it leaves uncovered gets
its offline bullet back."""

from __future__ import annotations

import re
from typing import NamedTuple

from assistant.llm import escape_source, load_prompt, make_llm
from ingest.form import (
    INDICATOR_SECTIONS,
    SEC_INDICATORS,
    SEC_ISSUES,
    SEC_MEASURES,
    SEC_RESULTS,
)

from .model import BASIS_PEER, KIND_CONTINUE, KIND_NEW, KIND_OPEN, NOTE_LLM, Bullet, Draft
from .phrases import _body, _reiwa, _section_label, _similar
from .sources import Sources
from .sources import public as _public

_MARK = re.compile(r"\[(\d{1,3})\]")


def _source_blocks(cites: list[dict]) -> str:
    out = []
    for c in cites:
        label = _section_label(c)
        if c.get("indicator_name"):
            label += f" 指標{c['indicator']}：{c['indicator_name']}"
        attrs = f'n="{c["n"]}" 年度="{_reiwa(c["fiscal_year"] or 0)}" 項目="{escape_source(label)}"'
        out.append(f"<source {attrs}>\n{escape_source(c['quote'])}\n</source>")
    return "\n\n".join(out)


def _llm_sources(d: Draft) -> list[dict]:
    """What the LLM may cite: the offline draft's sources plus this year's 実績 and 方策 in full."""
    src: Sources = d.source_index
    v = d.record["version"]
    for section in INDICATOR_SECTIONS:
        for ind in d.record["sheet"].get("indicators", []):
            if ind.get("status") == "未達成":
                src.cite(v, section, ind["no"])
    for section in (SEC_RESULTS, SEC_ISSUES, SEC_MEASURES):
        src.cite(v, section)
    return list(src.cites)


PROMPT = "v2"  # prompts/draft.v2.md, prompts/draft_user.v2.md: the worksheet is the model's input


def worksheet_text(d: Draft) -> str:
    """The worksheet rows as data lines (escaped like sources): 項目｜要因[n]｜今年度の取組[n]｜結果｜方策の案."""
    from .export import worksheet_cells

    lines = []
    for row in d.worksheet:
        topic, cause, measure, result, proposal, kind = worksheet_cells(row)
        line = f"- {topic}｜要因：{cause}｜今年度の取組：{measure}｜結果：{result}｜方策の案（{kind or '―'}）：{proposal}"
        if row.get("peers"):
            line += "｜他事業：" + "、".join(row["peers"]) + "".join(f"[{n}]" for n in row.get("peer_n", []))
        lines.append(escape_source(line.replace("\n", " ")))
    return "\n".join(lines)


def build_messages(d: Draft, cites: list[dict]):
    from llama_index.core.llms import ChatMessage, MessageRole

    skeleton = "\n".join(f"{b.text}\n理由：{b.rationale}" for b in d.bullets)
    sheet = f"{d.jigyo_name}（事業番号 {d.jigyo_no}、{d.year_label or d.fiscal_year}）"
    user = load_prompt("draft_user", PROMPT).replace("{sheet}", sheet).replace("{sources}", _source_blocks(cites)) \
        .replace("{worksheet}", worksheet_text(d)).replace("{skeleton}", skeleton)
    return [ChatMessage(role=MessageRole.SYSTEM, content=load_prompt("draft", PROMPT)),
            ChatMessage(role=MessageRole.USER, content=user)]


class LlmBullets(NamedTuple):
    """The bullets of an LLM draft that keep a valid citation, and how many were dropped."""

    bullets: list[Bullet]
    dropped: int


def parse_llm_bullets(raw: str, by_n: dict[int, dict]) -> LlmBullets:
    """Bullets from the model's text; [n] markers checked against ``by_n`` (unknown ones dropped).

    Returns the bullets that keep at least one valid citation, and how many were dropped.
    """
    items: list[list[str]] = []
    for line in (raw or "").splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith(("・", "- ・", "* ・")):
            items.append([line.lstrip("-* ").strip(), ""])
        elif re.match(r"^(理由|根拠)[:：]", line) and items:
            items[-1][1] = re.sub(r"^(理由|根拠)[:：]\s*", "", line)
    bullets, dropped = [], 0
    for text, why in items:
        used = [int(n) for n in _MARK.findall(text + " " + why)]
        valid = []
        for n in used:
            if n in by_n and n not in valid:
                valid.append(n)
        clean = re.sub(r"\s+", "", _MARK.sub("", text)).strip()
        if not clean.endswith("。"):
            clean = clean.rstrip("．.") + "。"
        if not valid or len(clean) < 6:
            dropped += 1
            continue
        why = _MARK.sub("", why).strip()
        kind = KIND_CONTINUE if why.startswith("（継続）") else (KIND_OPEN if "【要検討】" in clean else KIND_NEW)
        basis = BASIS_PEER if clean.startswith("・参考：") else ""
        bullets.append(Bullet(clean, why, [_public(by_n[n]) for n in sorted(valid)], kind, basis=basis))
    return LlmBullets(bullets, dropped)


def _covers(b: Bullet, target: str, d: Draft) -> bool:
    kind, _, num = target.partition(":")
    fy = d.fiscal_year
    for c in b.citations:
        if c["fiscal_year"] != fy:
            continue
        if kind == SEC_INDICATORS and c["section"] in INDICATOR_SECTIONS and c["indicator"] == int(num):
            return True
        if kind == SEC_ISSUES and c["section"] == SEC_ISSUES:
            issues = d.record["sheet"].get("s9_issues", [])
            k = int(num) - 1
            if 0 <= k < len(issues) and (_body(issues[k]) in c["quote"] or
                                         _similar(issues[k], b.text + b.rationale) >= 0.3):
                return True
    return False


def llm_draft(svc, d: Draft) -> Draft:
    """Rewrite the offline draft with the configured LLM under citation validation.

    A bullet keeps only [n] markers that name a given source and is dropped without one;
    every unmet indicator and 課題 the LLM leaves uncovered gets its offline bullet back;
    on any LLM failure the offline draft stands, with a warning.
    """
    cites = _llm_sources(d)
    by_n = {c["n"]: c for c in cites}
    messages = build_messages(d, cites)
    try:
        resp = make_llm(svc.settings).chat(messages)
        raw = resp.message.content or ""
    except Exception as exc:  # server down, timeout, bad reply: the offline draft stands
        d.mode = "llm-fallback"
        d.warnings.append(f"LLMに接続できなかったため、シートから組み立てた下書きを表示しています（{type(exc).__name__}）。")
        return d
    bullets, dropped = parse_llm_bullets(raw, by_n)
    if not bullets:
        d.mode = "llm-fallback"
        d.warnings.append("LLMの出力に有効な出典番号の付いた方策がなかったため、シートから組み立てた下書きを表示しています。")
        return d
    measures = d.record["sheet"].get("s9_measures", [])
    for b in bullets:
        if b.kind != KIND_CONTINUE and any(_similar(b.text, m) >= 0.6 for m in measures):
            b.kind = KIND_CONTINUE
            b.rationale = "（継続）今年度の方策と同趣旨。" + b.rationale
    if dropped:
        d.warnings.append(f"出典番号のない、または存在しない番号だけの方策 {dropped} 件を除外しました。")
    for ob in d.bullets:
        for t in ob.targets:
            if not any(_covers(b, t, d) for b in bullets):
                if ob not in bullets:
                    bullets.append(ob)
                    d.warnings.append(f"LLMの下書きが扱わなかった項目（{t}）は、シートから組み立てた方策を補いました。")
                break
    for b in bullets:
        if not b.targets:
            b.targets = [t for ob in d.bullets for t in ob.targets if _covers(b, t, d)]
    d.bullets = bullets
    d.mode = "llm"
    d.note = NOTE_LLM
    return d

"""Properties every offline draft must have (shared by the draft tests): causes cited and quoted,
no 'cause not identified' when one is stated, bullets that are fixed frames around verbatim quotes."""

from __future__ import annotations

import re

from assistant.draft import KINDS, split_analysis
from assistant.draft.propose import FRAMES

from .citations import assert_citations_valid

NOT_FOUND = ("特定できなかった", "特定できない", "要因の確認が必要")


def focus(rec) -> list[dict]:
    return [i for i in rec["sheet"]["indicators"]
            if i["status"] == "未達成" or (i["r6_trend"] == "↘" and i["status"] != "―")]


def quotes(text: str) -> list[str]:
    """The outermost 「…」 spans of a bullet (nested 「」 kept inside)."""
    out, depth, start = [], 0, 0
    for k, ch in enumerate(text):
        if ch == "「":
            if depth == 0:
                start = k + 1
            depth += 1
        elif ch == "」" and depth:
            depth -= 1
            if depth == 0:
                out.append(text[start:k])
    return out


def skeleton(text: str) -> str:
    for q in quotes(text):
        text = text.replace(f"「{q}」", "「」", 1)
    return text


def assert_spliced_nowhere(b) -> None:
    """A bullet is a fixed frame; every slot is a whole quote from one of its citations."""
    sk = skeleton(b.text)
    assert any(re.fullmatch(f, sk) for f in FRAMES), f"not a fixed frame: {b.text}"
    for q in quotes(b.text):
        assert any(q in c["quote"] for c in b.citations), f"quote not in its citations: {q}"


def restates_measure(b) -> bool:
    """The bullet proposes this year's own 9-2 again (継続)."""
    return b.basis == "9-2"


def assert_draft_properties(svc, d, rec) -> None:
    assert_citations_valid(svc, d)
    text = d.text + "".join(b.rationale for b in d.bullets)
    for b in d.bullets:
        assert b.kind in KINDS and b.rationale
        assert b.text.startswith("・") and b.text.endswith("。")
        assert_spliced_nowhere(b)
    for ind in focus(rec):
        analysis = "\n".join(ind.get("analysis") or [])
        if not analysis.strip():
            continue
        mine = [c for b in d.bullets for c in b.citations
                if c["section"] == "8" and c["indicator"] == ind["no"] and c["fiscal_year"] == rec["fiscal_year"]
                and c["jigyo_no"] == rec["sheet"]["jigyo_no"]]
        assert mine, f"indicator {ind['no']} ({ind['name']}): no bullet cites its 要因分析"
        beyond = [c for c in mine if len(c["quote"].replace(ind["name"], "").strip()) >= 8]
        assert beyond, f"indicator {ind['no']}: the 要因分析 is cited but not quoted"
        if any(u.role == "cause" for u in split_analysis(analysis, ind["name"])):
            assert not any(w in text for w in NOT_FOUND), d.text

"""The draft of next year's 事業改善の方策: its bullets, notes and the error for a missing sheet."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PROMPT_VERSION = "draft.v1"
PROMPTS_DIR = Path(__file__).resolve().parents[2] / "prompts"

NOTE = ("※この下書きは、シートの記載（成果指標・要因分析・課題・実績・今年度の方策）から機械的に組み立てた"
        "たたき台です。具体的な手法・時期・数値目標は、担当課で検討のうえ加筆・修正してください。")
NOTE_LLM = ("※この下書きは、シートの記載をもとに生成AIが作成したたたき台です。出典と照合し、担当課で"
            "検討のうえ加筆・修正してください。")


KIND_NEW = "新規"
KIND_ADJUST = "調整"
KIND_CONTINUE = "継続"
KIND_OPEN = "要検討"
KINDS = (KIND_NEW, KIND_ADJUST, KIND_CONTINUE, KIND_OPEN)

# Where a bullet's proposed action comes from (``Bullet.basis``).
BASIS_MEASURE = "9-2"  # this year's own 方策, carried on (a restatement of the sheet)
BASIS_RESULT = "7"  # this year's 実績 / 細事業, adjusted
BASIS_ANALYSIS = "8"  # what the 要因分析 says should be done or worked
BASIS_ISSUE = "9-1"  # the 課題 that states the same cause, to be answered
BASIS_PEER = "peer"  # another 事業's measure for a similar cause (参考：他事業の方策)
BASIS_OPEN = "open"  # nothing grounded fits: 【要検討】

# --------------------------------------------------------------------------- data
@dataclass
class Bullet:
    text: str
    rationale: str
    citations: list[dict] = field(default_factory=list)
    kind: str = KIND_NEW
    targets: list[str] = field(default_factory=list)  # "4:1", "9-1:2", ... what it addresses
    basis: str = ""  # BASIS_*: where the proposed action comes from ("" for LLM or hand-written bullets)
    cause: str = ""  # the cause it answers, as quoted from the sheet

    @property
    def reference(self) -> bool:
        """A 参考：他事業の方策 suggestion."""
        return self.basis == BASIS_PEER

    @property
    def label(self) -> str:
        """「新規」「継続」「新規・参考」…: what the reader sees beside the bullet."""
        return f"{self.kind}・参考" if self.reference else self.kind

    def to_dict(self) -> dict:
        return {"text": self.text, "rationale": self.rationale, "citations": [dict(c) for c in self.citations],
                "kind": self.kind, "targets": list(self.targets), "basis": self.basis, "cause": self.cause}


@dataclass
class Draft:
    jigyo_no: str
    jigyo_name: str
    fiscal_year: int
    bullets: list[Bullet] = field(default_factory=list)
    year_label: str = ""
    note: str = NOTE
    mode: str = "offline"  # offline | llm | llm-fallback
    previous_year: int | None = None
    warnings: list[str] = field(default_factory=list)
    # What LLM mode rewrites from (not part of the JSON): the numbered sources of the
    # offline draft (``draft.sources.Sources``), the sheet record and the earlier year's record.
    source_index: Any = field(default=None, repr=False, compare=False)
    record: dict | None = field(default=None, repr=False, compare=False)
    previous: dict | None = field(default=None, repr=False, compare=False)
    # The drafting worksheet (``draft.worksheet.Worksheet.to_dict()``): per indicator and 課題,
    # cause -> this year's measure -> result -> proposal. Edited in the UI, exported with the draft.
    worksheet: list[dict] = field(default_factory=list)
    worksheet_sources: list[dict] = field(default_factory=list)  # citations the worksheet rows refer to

    def to_dict(self) -> dict:
        return {
            "jigyo_no": self.jigyo_no,
            "jigyo_name": self.jigyo_name,
            "fiscal_year": self.fiscal_year,
            "year_label": self.year_label,
            "mode": self.mode,
            "note": self.note,
            "previous_year": self.previous_year,
            "warnings": list(self.warnings),
            "bullets": [b.to_dict() for b in self.bullets],
            "worksheet": [dict(r) for r in self.worksheet],
            "worksheet_sources": [dict(c) for c in self.worksheet_sources],
        }

    @property
    def text(self) -> str:
        """The bullets as they would go into the form's box."""
        return "\n".join(b.text for b in self.bullets)

    def sources(self) -> list[dict]:
        """Every distinct citation of the draft, by ``n``."""
        seen: dict[int, dict] = {}
        for b in self.bullets:
            for c in b.citations:
                seen.setdefault(c["n"], c)
        for c in self.worksheet_sources:
            seen.setdefault(c["n"], c)
        return [seen[k] for k in sorted(seen)]


class DraftError(Exception):
    """A draft cannot be made (no such sheet); ``message`` is Japanese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

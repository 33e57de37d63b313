"""Drafting next year's 事業改善の方策 (section 9 (2)) from what a sheet says.

Offline (default) the draft is composed deterministically from the drafting worksheet
(``worksheet``: causes split from the 要因分析 by ``causes``, this year's measures, last year's,
other 事業's by ``peers``) by ``propose``, which quotes sources in fixed frames (``compose``); with ``llm=True`` an LLM rewrites it from numbered sources whose
``[n]`` markers are checked (``llm``); ``export`` writes Markdown and Word.

Every bullet carries citations in the ``kaizen ask --json`` shape, built from the
indexed chunks of the cited sheet version (``sources``), so page, bbox and quote are real.
"""

from ingest.form import CITATION_KEYS

from .compose import compose, draft
from .export import to_markdown, write_docx, write_markdown
from .llm import build_messages, llm_draft, parse_llm_bullets
from .model import (
           KIND_ADJUST,
           KIND_CONTINUE,
           KIND_NEW,
           KIND_OPEN,
           KINDS,
           NOTE,
           NOTE_LLM,
           Bullet,
           Draft,
           DraftError,
)
from .causes import Unit, split as split_analysis

__all__ = ["CITATION_KEYS", "KINDS", "KIND_ADJUST", "KIND_CONTINUE", "KIND_NEW", "KIND_OPEN", "NOTE", "NOTE_LLM",
           "Bullet", "Draft", "DraftError", "Unit", "build_messages", "compose", "draft", "llm_draft",
           "parse_llm_bullets", "split_analysis", "to_markdown", "write_docx", "write_markdown"]

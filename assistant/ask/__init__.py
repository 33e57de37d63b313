"""Answers with citations: ``pipeline`` runs the stages (see its docstring)."""

from ..types import CITATION_KEYS, CONTRACT_KEYS, Answer, AskError, Citation
from .pipeline import answer, answer_stream, numbers_grounded
from .refusal import refusal_reason

__all__ = ["CITATION_KEYS", "CONTRACT_KEYS", "Answer", "AskError", "Citation", "answer", "answer_stream",
           "numbers_grounded", "refusal_reason"]

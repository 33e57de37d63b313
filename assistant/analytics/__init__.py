"""Analytics: questions over the numbers of many sheets, answered from the structured
sheets (not from chunks) with a cited table and a chart.

tables (pandas, from the snapshot's sheet records) -> spec (pydantic QuerySpec) <- planner
(offline cue words) or llm_spec (an LLM filling the same spec, validated, with fallback)
-> execute (filter, group, aggregate, order) -> answer (a sentence, cited rows, the table).
The ask pipeline routes here (``analytics_answer``) when the planner recognises such a
question, so the CLI and the UI need no separate mode.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, NamedTuple

from ..types import Citation, QueryPlan
from .planner import plan_query
from .spec import QuerySpec
from .tables import Tables, tables  # imports pandas only when a table is built

if TYPE_CHECKING:
    from .answer import Table
    from .execute import Result

__all__ = ["AnalyticsAnswer", "QuerySpec", "Result", "Table", "Tables", "analytics_answer", "plan_query", "tables"]

# pandas (~0.4 s to import) is loaded only when an analytics question is answered: every
# question asks the planner (pure Python) first, and most are not analytics questions.
_LAZY = {"Table": ".answer", "Result": ".execute"}


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _has_year(t: Tables, spec: QuerySpec) -> bool:
    df = t.get(spec.table)
    if spec.table == "indicators":
        return bool(((df["sheet_year"] >= spec.year) & (df["sheet_year"] <= spec.year + 2)).any())
    return bool((df["year"] == spec.year).any())


class AnalyticsAnswer(NamedTuple):
    text: str
    citations: list[Citation]
    table: Table
    spec: QuerySpec
    result: Result


def analytics_answer(snap, plan: QueryPlan, spec: QuerySpec | None = None) -> AnalyticsAnswer | None:
    """The answer to an analytics question (``spec`` from the planner unless given), or None."""
    spec = spec or plan_query(plan)
    if spec is None:
        return None
    from .answer import compose
    from .execute import execute
    from .named import resolve_named

    t = tables(snap)
    if spec.named:  # fewer than two rows named: planned again as if no comparison was asked
        spec = resolve_named(t, spec, plan.norm) or plan_query(plan, compare=False)
        if spec is None:
            return None  # fewer than two rows named: the existing answers
    if spec.year is not None and not _has_year(t, spec):
        return None  # 「R7年度の当初予算」: no sheet reports that year; the existing path says so and refuses
    res = execute(t, spec)
    text, cites, table = compose(snap, res)
    # The spec as computed: the default years filled in (what the user can check).
    done = spec.model_copy(update={"year": res.year if res.year is not None else spec.year,
                                   "compare_year": res.compare_year if spec.change else None})
    return AnalyticsAnswer(text, cites, table, done, res)

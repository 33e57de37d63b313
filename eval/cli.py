"""CLI commands for evaluation (`kaizen eval`) (registered by ``assistant.cli``)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the evaluation (`kaizen eval`) commands to ``app``."""

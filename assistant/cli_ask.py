"""CLI commands for asking (`kaizen ask`, `kaizen chat`) (registered by ``assistant.cli``)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the asking (`kaizen ask`, `kaizen chat`) commands to ``app``."""

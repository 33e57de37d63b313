"""CLI commands for drafting (`kaizen draft`) (registered by ``assistant.cli``)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the drafting (`kaizen draft`) commands to ``app``."""

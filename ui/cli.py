"""CLI commands for the web UI (`kaizen serve`) (registered by ``assistant.cli``)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the the web UI (`kaizen serve`) commands to ``app``."""

"""The ``kaizen`` command line (see ``assistant.cli.main``).

``app`` is resolved lazily so that importing ``assistant.cli.common`` (as ``eval.cli`` and
``ui.cli`` do) does not register commands or load entry points.
"""

from __future__ import annotations

from typing import Any


def main() -> None:
    from .main import main as run

    run()


def __getattr__(name: str) -> Any:
    if name == "app":
        from .main import get_app

        return get_app()
    raise AttributeError(name)

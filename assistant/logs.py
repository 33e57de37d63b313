"""The log file: ``KAIZEN_HOME/logs/kaizen.log`` (rotated), where the detail of errors goes
that people see as one Japanese line (Chroma failures), and the login throttle's records.

Configured once per process by the CLI and the web UI; the library code only logs to
``logging.getLogger("kaizen....")``.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "kaizen.log"
_configured: set[str] = set()


def log_file(home: Path) -> Path:
    return Path(home) / "logs" / LOG_NAME


def setup_logging(home: Path, level: int = logging.INFO) -> Path | None:
    """Send the ``kaizen`` loggers to the log file under ``home`` (idempotent). Returns the
    file, or None when it cannot be written (a read-only home: then nothing is logged)."""
    path = log_file(home)
    logger = logging.getLogger("kaizen")
    logger.setLevel(level)
    if str(path) in _configured:
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"))
    logger.addHandler(handler)
    _configured.add(str(path))
    return path

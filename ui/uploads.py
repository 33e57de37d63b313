"""Where Gradio keeps uploaded files, and their removal (no gradio import here).

Gradio writes every upload under ``GRADIO_TEMP_DIR`` (by default ``/tmp/gradio``) and keeps it
there for good, rejected files included, serving them to logged-in users. The web UI points
that folder inside ``KAIZEN_HOME`` (``Settings.gradio_temp_dir``) before gradio is imported,
empties it on start, and removes the files of each ingest once it has run
(``discard_uploads``). What passed the checks is copied to ``KAIZEN_HOME/uploads`` first and
the index keeps its own copy of each sheet's PDF, so nothing is lost.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from pathlib import Path

# Gradio's own size limit is this many times ours: a file between the two reaches our
# check (a Japanese message for that file, the rest of the selection kept); above it Gradio
# refuses the upload in the browser. The CLI refuses files above the same multiple.
HARD_LIMIT_FACTOR = 4


def use_temp_dir(path: Path) -> Path:
    """Make ``path`` Gradio's temp/cache folder (``GRADIO_TEMP_DIR``) and empty it."""
    path = Path(path)
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True, exist_ok=True)
    os.environ["GRADIO_TEMP_DIR"] = str(path)
    return path


def discard_uploads(paths: Iterable[str | Path], temp_dir: Path) -> int:
    """Delete uploaded files (and the folders Gradio made for them) that lie inside
    ``temp_dir``; anything else is left alone. Returns how many files went."""
    root = Path(temp_dir).resolve()
    gone = 0
    for p in paths:
        try:
            f = Path(p).resolve()
        except (OSError, RuntimeError):
            continue
        if not f.is_relative_to(root) or f == root:
            continue
        try:
            f.unlink()
            gone += 1
        except FileNotFoundError:
            pass
        except OSError:
            continue
        parent = f.parent
        while parent != root and parent.is_relative_to(root):
            try:
                parent.rmdir()  # only when empty
            except OSError:
                break
            parent = parent.parent
    return gone

"""Lay out a large change of a Chroma server's index in a child process, so the heap it needs
leaves with the child.

Why: laying out 5,000 sheets reads every record, chunk and vector from the server; the process
doing it grows by ~0.5 GB of heap that the allocator never returns, and a long-running
``kaizen serve`` that had to lay out its read side (a new home, or a read-only one) kept it for
its whole life (peak RSS ~1 GB where a restart over the laid-out read side needs 0.8 GB). In a
child, ``kaizen serve`` only maps what the child wrote. The child is a plain ``python -m`` of this
module (not ``multiprocessing``: no re-import of the parent's ``__main__``); settings, the target
registry and the read side's directory go to it on stdin.

Only with a Chroma server (an embedded index is not opened by two processes at once) and only for
changes of at least ``CHILD_MIN_VERSIONS`` sheet versions (a batch is laid out in proportion to it,
in-process). Should the child fail, the caller lays out in-process, which reports the cause.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

CHILD_MIN_VERSIONS = 200

log = logging.getLogger("kaizen.index")


def worth_a_child(settings, state, reg) -> bool:
    """Whether laying ``reg`` out over the committed ``state`` should happen in a child."""
    if not settings.chroma_url:
        return False
    have = set(state.active.values()) if state.store_id == reg.store_id else set()
    return len(set(reg.active.values()) - have) >= CHILD_MIN_VERSIONS


def lay_out_in_child(read_dir: Path, settings, reg) -> bool:
    """Run ``assistant.index.layout.lay_out`` for ``reg`` in a child process. True when it succeeded."""
    payload = json.dumps({"dir": str(read_dir), "settings": settings.model_dump(mode="json"),
                          "registry": reg.to_json()}, ensure_ascii=False)
    root = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])))
    try:
        done = subprocess.run([sys.executable, "-m", "assistant.index.layoutproc"], input=payload, text=True,
                              capture_output=True, env=env, timeout=3600)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("layout child did not run: %s", exc)
        return False
    if done.returncode != 0:
        log.warning("layout child failed (%s): %s", done.returncode, done.stderr[-2000:])
        return False
    return True


def _main() -> None:
    from assistant.config import Settings

    from .layout import lay_out
    from .readstore import ReadStore
    from .store import Registry, Store

    job = json.loads(sys.stdin.read())
    settings = Settings(**job["settings"])
    read = ReadStore(Path(job["dir"]))
    try:
        lay_out(read, Store(settings), Registry.from_json(job["registry"]))
    finally:
        read.close()


if __name__ == "__main__":
    _main()

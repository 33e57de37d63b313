"""Which file wins when one ingest holds several files of the same sheet.

A sheet's identity is (事業番号, 年度, stage) (``store.sheet_key``). Two byte-distinct files
of one identity in one batch used to flip the active sheet on every run, and with parallel
parsing the winner on a new index was whichever worker finished last. Now the winner is
a pure function of the batch: the newest file modification time, then the later path in
sorted order (``…_v2.pdf`` after ``…_v1.pdf``). Each run keeps the best contender per
identity seen so far (``Contest``); the maximum of a total order does not depend on the
order in which parsed files arrive, so sequential and parallel ingests agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.form import year_label

from .store import parse_key


def file_rank(path: Path) -> tuple[int, str]:
    """How a file ranks among files of the same identity: (mtime in ns, absolute path)."""
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        mtime = 0
    return mtime, str(path.resolve())


@dataclass
class Contender:
    """The best file of one identity so far in this run."""

    rank: tuple[int, str]
    version: str
    name: str  # the file name shown to people
    result: Any  # its FileResult, updated in place if a better file turns up
    written: bool  # its version is (or is being) switched in; else only recorded as superseded


def describe_key(key: str) -> str:
    """``"02 05 02|2024|点検"`` -> ``02 05 02・令和6年度・点検`` (for messages)."""
    no, fy, stage = parse_key(key)
    return f"{no}・{year_label(fy) if fy else '年度不明'}・{stage or '段階不明'}"


def duplicate_message(winner: Contender, loser: Contender, key: str) -> str:
    """The one Japanese warning for a file that lost to another of the same identity."""
    why = ("更新日時が同じため、パス順で後の" if winner.rank[0] == loser.rank[0] else "更新日時が新しい")
    return (f"「{winner.name}」と同じ事業・年度・段階のシート（{describe_key(key)}）です。"
            f"{why}「{winner.name}」を有効にし、このファイルは取り込んでいません。")


def same_content_message(first: Contender) -> str:
    return f"「{first.name}」と同じ内容のファイルです（取り込みは一度だけ行いました）。"


class Contest:
    """The winners of one ingest run, per identity key."""

    def __init__(self) -> None:
        self.best: dict[str, Contender] = {}

    def seed(self, key: str, contender: Contender) -> None:
        """A file of the batch whose version is already active (skipped as unchanged)."""
        prev = self.best.get(key)
        if prev is None or contender.rank > prev.rank:
            self.best[key] = contender

    def enter(self, key: str, new: Contender) -> tuple[str, Contender | None]:
        """Enter a parsed file. Returns what happens to it — ``"win"`` (the other, if any, is
        returned as the loser), ``"lose"`` (to the returned contender) or ``"same"`` (its
        content equals the returned contender's) — and marks the loser's result."""
        prev = self.best.get(key)
        if prev is None:
            self.best[key] = new
            return "win", None
        if prev.version == new.version:
            _mark(new.result, "unchanged", same_content_message(prev))
            return "same", prev
        if new.rank > prev.rank:
            self.best[key] = new
            _mark(prev.result, "duplicate", duplicate_message(new, prev, key))
            return "win", prev
        _mark(new.result, "duplicate", duplicate_message(prev, new, key))
        return "lose", prev


def _mark(result: Any, status: str, message: str) -> None:
    if result is not None:
        result.status = status
        result.message = message

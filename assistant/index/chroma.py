"""Opening Chroma (embedded ``PersistentClient`` or a server via ``HttpClient``) and turning
its errors into one Japanese line.

Opening is where two first ingests on a new ``KAIZEN_HOME`` raced: both created the
embedded database and its collections at once and one died with a long traceback (``table
collections already exists``). Embedded, the client and the collections are opened under
the index's lock file (the one writes take); on a server, which other machines share, the
collections are got-or-created with a few retries when another client created them first.
"""

from __future__ import annotations

import functools
import logging
import time
from urllib.parse import urlparse

from assistant.config import Settings

log = logging.getLogger("kaizen.index")
OPEN_RETRIES = 5


class StoreError(RuntimeError):
    """Japanese message for index problems (e.g. an unreachable Chroma server)."""


def chroma_error(exc: Exception, doing: str) -> StoreError:
    """One Japanese line for a Chroma failure; the traceback goes to the log."""
    if isinstance(exc, StoreError):
        return exc
    log.error("Chroma error while %s", doing, exc_info=exc)
    detail = " ".join(str(exc).split())[:160] or type(exc).__name__
    return StoreError(f"索引（Chroma）の{doing}に失敗しました（{type(exc).__name__}: {detail}）。"
                      "詳しくはログ（KAIZEN_HOME/logs/kaizen.log）を確認してください。")


def _wrapped(doing: str):
    """Method decorator: any error but a ``StoreError`` becomes one (see ``chroma_error``)."""

    def deco(fn):
        @functools.wraps(fn)
        def inner(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except StoreError:
                raise
            except Exception as exc:
                raise chroma_error(exc, doing) from exc

        return inner

    return deco


def _client(settings: Settings):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        headers = {}
        if settings.chroma_token:
            # Token auth as Chroma servers (or a reverse proxy in front of them) expect it.
            headers["Authorization"] = f"Bearer {settings.chroma_token}"
            headers["X-Chroma-Token"] = settings.chroma_token
        try:
            return chromadb.HttpClient(
                host=url.hostname or "127.0.0.1",
                port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https",
                headers=headers,
                settings=chroma_settings,
            )
        except Exception as exc:  # connection refused, auth, ...
            raise StoreError(
                f"Chroma サーバー（{settings.chroma_url}）に接続できません。"
                f"サーバーが起動しているか、KAIZEN_CHROMA_URL とトークンを確認してください。（{exc}）"
            ) from exc
    try:
        settings.chroma_dir.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)
    except Exception as exc:  # a damaged database, no permission, no space, ...
        raise chroma_error(exc, "準備") from exc


def open_collections(client, settings: Settings):
    """The chunks and sheets collections, created when missing (retried on a creation race)."""
    for attempt in range(OPEN_RETRIES):
        try:
            # We always pass embeddings ourselves: no embedding function is ever called.
            chunks = client.get_or_create_collection(
                settings.collection, embedding_function=None, metadata={"hnsw:space": "cosine"})
            sheets = client.get_or_create_collection(settings.collection + "_sheets", embedding_function=None)
            return chunks, sheets
        except Exception as exc:  # e.g. "already exists" from a concurrent create on a server
            if attempt == OPEN_RETRIES - 1 or not _is_conflict(exc):
                raise chroma_error(exc, "作成") from exc
            log.warning("creating the collections failed (attempt %d), retrying: %s", attempt + 1, exc)
            time.sleep(0.2 * (attempt + 1))
    raise AssertionError("unreachable")


def _is_conflict(exc: Exception) -> bool:
    """Whether ``exc`` says that someone else created the same thing first."""
    text = f"{type(exc).__name__} {exc}".lower()
    return "exist" in text or "unique" in text or "conflict" in text or "locked" in text

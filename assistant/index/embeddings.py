"""Embedding backends behind one small interface.

* ``default``: offline, no model download.  See :func:`default_embedder`.
* ``sentence-transformers``: a local model directory via llama-index
  (``pip install -e .[st]``).
* ``openai``: an OpenAI-compatible ``/v1/embeddings`` endpoint via llama-index.

All backends return L2-normalised ``list[float]`` vectors.  We always pass
embeddings to Chroma ourselves; Chroma's default embedding function is never used.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from .llama_backed import OpenAIEmbedder, SentenceTransformerEmbedder, _adapter_class
from .local_vectors import CharNgramEmbedder, WordVectorEmbedder, find_ginza_vocab_dir  # noqa: F401
from .vectors import (  # noqa: F401
    WORD_CACHE_SIZE,
    BoundedCache,
    Embedder,
    EmbeddingError,
    HybridEmbedder,
)

if TYPE_CHECKING:
    from assistant.config import Settings

__all__ = [
    "Embedder",
    "EmbeddingError",
    "CharNgramEmbedder",
    "WordVectorEmbedder",
    "HybridEmbedder",
    "SentenceTransformerEmbedder",
    "OpenAIEmbedder",
    "LlamaEmbeddingAdapter",
    "BoundedCache",
    "default_embedder",
    "find_ginza_vocab_dir",
    "make_embedder",
]


# --------------------------------------------------------------------------- default
DEFAULT_NAME = "default"


def default_embedder() -> HybridEmbedder:
    """The offline default (numbers in ``bench/embeddings_candidates.py``).

    ja-ginza word vectors (meaning: 会社 ~ 企業) concatenated with hashed character
    n-grams at half weight (surface overlap, and a non-zero vector for any text
    whose words are all out of vocabulary).  812 dimensions.
    """
    return HybridEmbedder(
        [(WordVectorEmbedder(), 1.0), (CharNgramEmbedder(512), 0.5)],
        name="default-ginza-wv-char512-v1",
    )


# --------------------------------------------------------------------------- factory
@functools.lru_cache(maxsize=8)
def _make(backend: str, model: str | None, base_url: str | None, api_key: str | None) -> Embedder:
    if backend == "default":
        return default_embedder()
    if backend == "sentence-transformers":
        if not model:
            raise EmbeddingError(
                "sentence-transformers バックエンドには KAIZEN_EMBED_MODEL（ローカルのモデルディレクトリ）の設定が必要です"
            )
        return SentenceTransformerEmbedder(model)
    if backend == "openai":
        return OpenAIEmbedder(base_url or "", model or "", api_key)
    raise EmbeddingError(f"未対応の埋め込みバックエンドです: {backend}")


def make_embedder(settings: Settings) -> Embedder:
    """The embedder for ``settings`` (cached per backend/model/url/key)."""
    return _make(settings.embed_backend, settings.embed_model, settings.embed_base_url, settings.embed_api_key)

def __getattr__(name: str) -> Any:
    # Lazy so that importing this module does not import llama-index.
    if name == "LlamaEmbeddingAdapter":
        cls = _adapter_class()
        globals()[name] = cls
        return cls
    raise AttributeError(name)

"""Embedders backed by llama-index: a local sentence-transformers model directory, or an
OpenAI-compatible ``/v1/embeddings`` endpoint; and the adapter that exposes ours to llama-index."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from .vectors import Embedder, EmbeddingError, _l2, _to_lists, _WordVectors


# --------------------------------------------------------------------------- llama-index backed
class _LlamaBacked(_WordVectors):
    """Wraps a llama-index ``BaseEmbedding`` and normalises its output."""

    name: str
    _model: Any
    _dim: int | None = None

    @property
    def dim(self) -> int:
        if self._dim is None:
            self._dim = len(self.embed_query("次元確認"))
        return self._dim

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        vecs = self._model.get_text_embedding_batch(list(texts))
        out = _to_lists(_l2(np.asarray(vecs, dtype=np.float32)))
        if out and self._dim is None:
            self._dim = len(out[0])
        return out

    def embed_query(self, text: str) -> list[float]:
        vec = _to_lists(_l2(np.asarray(self._model.get_query_embedding(text), dtype=np.float32)))
        if self._dim is None:
            self._dim = len(vec)
        return vec


class SentenceTransformerEmbedder(_LlamaBacked):
    """A local sentence-transformers model directory (never downloads)."""

    def __init__(self, model_dir: str | Path, batch_size: int = 32) -> None:
        path = Path(model_dir).expanduser()
        if not path.is_dir():
            raise EmbeddingError(f"埋め込みモデルのディレクトリが見つかりません: {path}")
        try:
            from llama_index.embeddings.huggingface import HuggingFaceEmbedding
        except ImportError as exc:
            raise EmbeddingError(
                "sentence-transformers バックエンドには `pip install -e .[st]` が必要です"
            ) from exc
        self.name = f"st:{path.name}"
        prompts: dict[str, str] = {}
        if "e5" in path.name.lower():  # E5 models expect these prefixes
            prompts = {"query_instruction": "query: ", "text_instruction": "passage: "}
        self._model = HuggingFaceEmbedding(
            model_name=str(path),
            embed_batch_size=batch_size,
            normalize=True,
            trust_remote_code=False,
            local_files_only=True,  # passed through to SentenceTransformer: never download
            **prompts,
        )


class OpenAIEmbedder(_LlamaBacked):
    """An OpenAI-compatible ``/v1/embeddings`` endpoint."""

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str | None = None,
        batch_size: int = 64,
        timeout: float = 60.0,
    ) -> None:
        if not base_url or not model:
            raise EmbeddingError(
                "openai 埋め込みバックエンドには KAIZEN_EMBED_BASE_URL と KAIZEN_EMBED_MODEL の設定が必要です"
            )
        from llama_index.embeddings.openai_like import OpenAILikeEmbedding

        self.name = f"openai:{model}"
        self._model = OpenAILikeEmbedding(
            model_name=model,
            api_base=base_url,
            api_key=api_key or "unused",
            embed_batch_size=batch_size,
            timeout=timeout,
            max_retries=1,
        )


# --------------------------------------------------------------------------- llama-index adapter
def _adapter_class() -> type:
    from llama_index.core.base.embeddings.base import BaseEmbedding
    from pydantic import PrivateAttr

    class LlamaEmbeddingAdapter(BaseEmbedding):
        """llama-index ``BaseEmbedding`` over one of our embedders."""

        _embedder: Any = PrivateAttr()

        def __init__(self, embedder: Embedder, **kwargs: Any) -> None:
            kwargs.setdefault("model_name", embedder.name)
            kwargs.setdefault("embed_batch_size", 64)
            super().__init__(**kwargs)
            self._embedder = embedder

        @classmethod
        def class_name(cls) -> str:
            return "KaizenEmbeddingAdapter"

        @property
        def embedder(self) -> Embedder:
            return self._embedder

        def _get_query_embedding(self, query: str) -> list[float]:
            return self._embedder.embed_query(query)

        def _get_text_embedding(self, text: str) -> list[float]:
            return self._embedder.embed_documents([text])[0]

        def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
            return self._embedder.embed_documents(list(texts))

        async def _aget_query_embedding(self, query: str) -> list[float]:
            return self._get_query_embedding(query)

        async def _aget_text_embedding(self, text: str) -> list[float]:
            return self._get_text_embedding(text)

    return LlamaEmbeddingAdapter

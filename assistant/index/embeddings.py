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
import importlib.util
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import numpy as np

from assistant.textproc import normalize, tokenize

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
    "default_embedder",
    "make_embedder",
]


class EmbeddingError(RuntimeError):
    """Raised with a user-facing (Japanese) message when a backend cannot be used."""


@runtime_checkable
class Embedder(Protocol):
    name: str
    dim: int

    def embed_documents(self, texts: list[str]) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...


def _l2(mat: np.ndarray) -> np.ndarray:
    """Row-wise L2 normalisation; all-zero rows stay zero."""
    mat = np.asarray(mat, dtype=np.float32)
    if mat.ndim == 1:
        n = float(np.linalg.norm(mat))
        return mat / n if n > 0 else mat
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return mat / norms


def _to_lists(mat: np.ndarray) -> list[list[float]]:
    return np.asarray(mat, dtype=np.float32).tolist()


WORD_CACHE_SIZE = 200_000  # word vectors kept per embedder (a few hundred MB at most)


class BoundedCache:
    """A thread-safe mapping that forgets its least recently used entries beyond ``maxsize``."""

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self._data: OrderedDict[Any, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Any) -> Any:
        with self._lock:
            value = self._data.get(key)
            if value is not None:
                self._data.move_to_end(key)
            return value

    def put(self, key: Any, value: Any) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.maxsize:
                self._data.popitem(last=False)

    def __len__(self) -> int:
        return len(self._data)


class _WordVectors:
    """``word_vector(token)``: the embedding of one word, cached (bounded) per embedder.

    For the default (hybrid) embedder it is the word-vector part only: whether two words
    mean the same thing (時給 ~ 賃金), not whether they share characters."""

    _word_cache: BoundedCache | None = None
    _word_cache_lock = threading.Lock()

    def _word_source(self) -> Any:
        return self

    def word_vector(self, token: str) -> np.ndarray:
        cache = self._word_cache
        if cache is None:
            with _WordVectors._word_cache_lock:
                if self._word_cache is None:
                    self._word_cache = BoundedCache(WORD_CACHE_SIZE)
                cache = self._word_cache
        v = cache.get(token)
        if v is None:
            v = np.asarray(self._word_source().embed_documents([token])[0], dtype=np.float32)
            cache.put(token, v)
        return v


class _ArrayEmbedder(_WordVectors):
    """Base for local embedders that compute a numpy row per text."""

    name: str = ""
    dim: int = 0

    def embed_array(self, texts: Sequence[str]) -> np.ndarray:  # pragma: no cover
        """Subclasses return one row per text (L2 normalisation happens here in the base)."""
        raise TypeError(f"{type(self).__name__} must implement embed_array()")

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return _to_lists(self.embed_array(texts))

    def embed_query(self, text: str) -> list[float]:
        return _to_lists(self.embed_array([text]))[0]


# --------------------------------------------------------------------------- char n-grams
_ODD1 = np.uint64(0x9E3779B97F4A7C15)
_ODD2 = np.uint64(0xC2B2AE3D27D4EB4F)
_ODD3 = np.uint64(0x165667B19E3779F9)
_MIX = np.uint64(0xFF51AFD7ED558CCD)


class CharNgramEmbedder(_ArrayEmbedder):
    """Hashed character 1..3-gram vector (signed hashing, sublinear tf).

    Pure numpy, no data, deterministic across processes.  Each n-gram order is
    normalised separately and weighted, so frequent single characters do not drown
    the longer, more specific n-grams.
    """

    def __init__(
        self,
        dim: int = 512,
        orders: Sequence[int] = (1, 2, 3),
        weights: Sequence[float] | None = None,
    ) -> None:
        self.dim = int(dim)
        self.orders = tuple(orders)
        self.weights = tuple(weights) if weights is not None else (0.5, 1.0, 1.0)[: len(self.orders)]
        self.name = f"char{''.join(map(str, self.orders))}-{self.dim}"

    @staticmethod
    def _codepoints(text: str) -> np.ndarray:
        text = normalize(text).lower()
        # Drop spaces and punctuation: they carry no meaning for matching.
        text = "".join(
            ch for ch in text if not ch.isspace() and unicodedata.category(ch)[0] not in "PZ"
        )
        return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)

    def _vector(self, text: str) -> np.ndarray:
        cp = self._codepoints(text)
        out = np.zeros(self.dim, dtype=np.float32)
        dim = np.uint64(self.dim)
        with np.errstate(over="ignore"):
            for order, weight in zip(self.orders, self.weights):
                if cp.size < order:
                    continue
                h = np.full(cp.size - order + 1, np.uint64(order), dtype=np.uint64)
                for j, mult in zip(range(order), (_ODD1, _ODD2, _ODD3)):
                    h = (h * _MIX) ^ (cp[j : cp.size - order + 1 + j] * mult)
                h ^= h >> np.uint64(29)
                h *= _MIX
                h ^= h >> np.uint64(32)
                idx = (h % dim).astype(np.int64)
                sign = np.where((h >> np.uint64(63)) == 1, -1.0, 1.0).astype(np.float32)
                counts = np.bincount(idx, weights=sign, minlength=self.dim).astype(np.float32)
                counts = np.sign(counts) * np.log1p(np.abs(counts))
                n = float(np.linalg.norm(counts))
                if n > 0:
                    out += (weight / n) * counts
        return out

    def embed_array(self, texts: Sequence[str]) -> np.ndarray:
        return _l2(np.stack([self._vector(t) for t in texts]) if texts else np.zeros((0, self.dim)))


# --------------------------------------------------------------------------- word vectors
def _murmurhash64a(data: bytes, seed: int = 1) -> int:
    """MurmurHash64A, as spaCy's ``hash_string`` (seed 1) uses for vector keys."""
    m = 0xC6A4A7935BD1E995
    mask = 0xFFFFFFFFFFFFFFFF
    n = len(data)
    h = (seed ^ (n * m)) & mask
    nblocks = n // 8
    for i in range(nblocks):
        k = int.from_bytes(data[i * 8 : i * 8 + 8], "little")
        k = (k * m) & mask
        k ^= k >> 47
        k = (k * m) & mask
        h ^= k
        h = (h * m) & mask
    tail = data[nblocks * 8 :]
    if tail:
        h ^= int.from_bytes(tail, "little")
        h = (h * m) & mask
    h ^= h >> 47
    h = (h * m) & mask
    h ^= h >> 47
    return h


def _read_msgpack_uint_map(raw: bytes) -> dict[int, int]:
    """Decode a msgpack map of unsigned ints (spaCy ``key2row``) without msgpack."""
    pos = 0

    def read_uint() -> int:
        nonlocal pos
        b = raw[pos]
        pos += 1
        if b <= 0x7F:
            return b
        size = {0xCC: 1, 0xCD: 2, 0xCE: 4, 0xCF: 8, 0xD0: 1, 0xD1: 2, 0xD2: 4, 0xD3: 8}.get(b)
        if size is None:
            raise ValueError(f"unexpected msgpack byte 0x{b:02x}")
        v = int.from_bytes(raw[pos : pos + size], "big", signed=b >= 0xD0)
        pos += size
        return v

    head = raw[0]
    if 0x80 <= head <= 0x8F:
        count, pos = head & 0x0F, 1
    elif head == 0xDE:
        count, pos = int.from_bytes(raw[1:3], "big"), 3
    elif head == 0xDF:
        count, pos = int.from_bytes(raw[1:5], "big"), 5
    else:
        raise ValueError("key2row is not a msgpack map")
    out: dict[int, int] = {}
    for _ in range(count):
        k = read_uint()
        out[k] = read_uint()
    return out


def _all_but_the_top(vectors: np.ndarray, n_components: int) -> np.ndarray:
    """Centre the table and remove its top principal directions (Mu & Viswanath 2018).

    Averaged word vectors are otherwise dominated by one shared direction, so every
    text looks alike.  Deterministic: depends only on the shipped table.
    """
    x = vectors - vectors.mean(axis=0, keepdims=True)
    if n_components > 0:
        cov = (x.T @ x).astype(np.float64)
        _, eigvecs = np.linalg.eigh(cov)
        top = eigvecs[:, ::-1][:, :n_components].astype(np.float32)
        x = x - (x @ top) @ top.T
    return x


def find_ginza_vocab_dir() -> Path | None:
    """The ``vocab`` directory of the installed ``ja_ginza`` package, if any.

    Located without importing ``ja_ginza`` (which would import spaCy).
    """
    spec = importlib.util.find_spec("ja_ginza")
    if spec is None or not spec.submodule_search_locations:
        return None
    for base in spec.submodule_search_locations:
        for cand in sorted(Path(base).glob("ja_ginza-*/vocab")):
            if (cand / "vectors").is_file() and (cand / "key2row").is_file():
                return cand
    return None


class WordVectorEmbedder(_ArrayEmbedder):
    """Weighted average of chiVe-derived word vectors shipped in ``ja-ginza``.

    Only the vectors table (``vocab/vectors`` .npy + ``vocab/key2row`` msgpack) is
    read; spaCy and the GiNZA pipeline are never imported.  Tokens are Sudachi
    normalised forms (:func:`assistant.textproc.tokenize`).  The table rows are in
    corpus-frequency order, so the row index serves as a frequency rank for an
    IDF-like weight ``log(1 + rank / rank_scale)``.
    """

    def __init__(
        self,
        vocab_dir: str | Path | None = None,
        rank_scale: float = 500.0,
        n_components: int = 3,
    ) -> None:
        self._vocab_dir = Path(vocab_dir) if vocab_dir else None
        self.rank_scale = float(rank_scale)
        self.n_components = int(n_components)
        self.name = f"ginza-wv-r{rank_scale:g}-d{n_components}"
        self.dim = 300
        self._lock = threading.Lock()
        self._vectors: np.ndarray | None = None
        self._key2row: dict[int, int] | None = None
        self._rows: dict[str, int] = {}

    def _load(self) -> None:
        if self._vectors is not None:
            return
        with self._lock:
            if self._vectors is not None:
                return
            vocab = self._vocab_dir or find_ginza_vocab_dir()
            if vocab is None:
                raise EmbeddingError(
                    "既定の埋め込みには ja-ginza パッケージが必要です。`pip install -e .` を実行してください。"
                )
            vectors = np.load(vocab / "vectors", allow_pickle=False).astype(np.float32)
            key2row = _read_msgpack_uint_map((vocab / "key2row").read_bytes())
            self.dim = int(vectors.shape[1])
            self._key2row = key2row
            self._vectors = _l2(_all_but_the_top(vectors, self.n_components))

    def _row(self, token: str) -> int:
        row = self._rows.get(token)
        if row is not None:
            return row
        row = -1
        assert self._key2row is not None
        # Table keys keep Sudachi's case (NPO), our tokens are lowercased.
        for cand in (token, token.upper(), token.capitalize()):
            r = self._key2row.get(_murmurhash64a(cand.encode("utf-8")))
            if r is not None:
                row = r
                break
        if len(self._rows) < 500_000:
            self._rows[token] = row
        return row

    def token_rows(self, tokens: Sequence[str]) -> list[int]:
        self._load()
        return [self._row(t) for t in tokens]

    def _vector(self, text: str) -> np.ndarray:
        rows = [r for r in self.token_rows(tokenize(text)) if r >= 0]
        if not rows:
            return np.zeros(self.dim, dtype=np.float32)
        idx = np.asarray(rows, dtype=np.int64)
        w = np.log1p(idx / self.rank_scale).astype(np.float32)
        assert self._vectors is not None
        return w @ self._vectors[idx]

    def embed_array(self, texts: Sequence[str]) -> np.ndarray:
        self._load()
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _l2(np.stack([self._vector(t) for t in texts]))


class HybridEmbedder(_ArrayEmbedder):
    """Concatenation of weighted, separately normalised embedders.

    Cosine of the result = sum_i w_i^2 * cos_i / sum_i w_i^2 (for non-empty parts).
    """

    def __init__(self, parts: Sequence[tuple[_ArrayEmbedder, float]], name: str | None = None) -> None:
        self.parts = list(parts)
        self.name = name or "+".join(f"{p.name}*{w:g}" for p, w in self.parts)

    @property
    def dim(self) -> int:  # type: ignore[override]
        return sum(p.dim for p, _ in self.parts)

    def _word_source(self) -> Any:
        return self.parts[0][0]  # the first part is the word-vector one in the default embedder

    def embed_array(self, texts: Sequence[str]) -> np.ndarray:
        blocks = [w * p.embed_array(texts) for p, w in self.parts]
        return _l2(np.concatenate(blocks, axis=1))


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


def __getattr__(name: str) -> Any:
    # Lazy so that importing this module does not import llama-index.
    if name == "LlamaEmbeddingAdapter":
        cls = _adapter_class()
        globals()[name] = cls
        return cls
    raise AttributeError(name)

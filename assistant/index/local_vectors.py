"""The offline default's two parts: hashed character n-grams, and the chiVe-derived word
vectors shipped in the ``ja-ginza`` wheel (read directly; spaCy is never imported)."""

from __future__ import annotations

import importlib.util
import threading
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from assistant.text.tokens import normalize, tokenize

from .vectors import EmbeddingError, _ArrayEmbedder, _l2
from .wordtable import WordTable, load_table

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
    normalised forms (:func:`assistant.text.tokens.tokenize`).  The table rows are in
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
        self._table: WordTable | None = None  # prepared once per machine, memory-mapped (wordtable.py)
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
            def prepare() -> tuple[np.ndarray, dict[int, int]]:
                vectors = np.load(vocab / "vectors", allow_pickle=False).astype(np.float32)
                key2row = _read_msgpack_uint_map((vocab / "key2row").read_bytes())
                return _l2(_all_but_the_top(vectors, self.n_components)), key2row

            table = load_table(vocab, self.n_components, prepare)
            self.dim = int(table.vectors.shape[1])
            self._table = table
            self._vectors = table.vectors

    def _row(self, token: str) -> int:
        row = self._rows.get(token)
        if row is not None:
            return row
        row = -1
        assert self._table is not None
        # Table keys keep Sudachi's case (NPO), our tokens are lowercased.
        for cand in (token, token.upper(), token.capitalize()):
            r = self._table.row(_murmurhash64a(cand.encode("utf-8")))
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

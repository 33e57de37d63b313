"""Embedding backends: the offline default and the OpenAI-compatible wiring."""

from __future__ import annotations

import base64
import json
import struct
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np
import pytest

from assistant.index import embeddings as E


@pytest.fixture(scope="module")
def default() -> E.Embedder:
    return E.default_embedder()


def _cos(a, b) -> float:
    return float(np.dot(np.asarray(a), np.asarray(b)))


def test_default_is_deterministic_and_normalised(default) -> None:
    texts = ["ＮＰＯセミナー参加者満足度", "共創セッションへの企業数", "令和"]
    a = default.embed_documents(texts)
    b = default.embed_documents(texts)
    assert a == b
    assert len(a) == 3 and all(len(v) == default.dim for v in a)
    for v in a:
        assert abs(np.linalg.norm(v) - 1.0) < 1e-4
    q = default.embed_query(texts[0])
    assert np.allclose(q, a[0], atol=1e-6)
    assert default.embed_documents([]) == []


def test_default_paraphrase_closer_than_unrelated(default) -> None:
    doc, para, unrelated = default.embed_documents(
        [
            "共創セッションへの企業数：参加企業は10社で目標の15社を下回った。",
            "来てくれた会社の数",
            "電子帳簿保存法に関する法令の説明",
        ]
    )
    assert _cos(doc, para) > _cos(doc, unrelated)
    q = default.embed_query("研修の評価はどうだった？")
    good, bad = default.embed_documents(
        ["職員の共創研修会満足度は83％", "ＮＰＯ夢バンクへの貸付金600万円"]
    )
    assert _cos(q, good) > _cos(q, bad)


def test_default_does_not_import_spacy_or_llama(default) -> None:
    import subprocess
    import sys

    code = (
        "import sys; from assistant.index.embeddings import default_embedder;"
        "default_embedder().embed_query('研修');"
        "print('spacy' in sys.modules, 'llama_index' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_char_ngram_nonzero_for_oov() -> None:
    v = E.CharNgramEmbedder(256).embed_query("ｘｙｚ１２３")
    assert abs(np.linalg.norm(v) - 1.0) < 1e-4


def test_make_embedder_cached_and_errors() -> None:
    from assistant.config import Settings

    s = Settings(embed_backend="default")
    assert E.make_embedder(s) is E.make_embedder(Settings(embed_backend="default"))
    with pytest.raises(E.EmbeddingError, match="KAIZEN_EMBED_MODEL"):
        E.make_embedder(Settings(embed_backend="sentence-transformers"))
    with pytest.raises(E.EmbeddingError, match="KAIZEN_EMBED_BASE_URL"):
        E.make_embedder(Settings(embed_backend="openai"))


def test_sentence_transformer_missing_dir(tmp_path) -> None:
    with pytest.raises(E.EmbeddingError):
        E.SentenceTransformerEmbedder(tmp_path / "nope")


def test_llama_adapter(default) -> None:
    adapter = E.LlamaEmbeddingAdapter(default)
    assert adapter.get_query_embedding("研修") == default.embed_query("研修")
    docs = adapter.get_text_embedding_batch(["研修", "企業"])
    assert docs == default.embed_documents(["研修", "企業"])


# --------------------------------------------------------------------------- OpenAI wiring
DIM = 8


def _fake_vector(text: str) -> list[float]:
    rng = np.random.default_rng(sum(text.encode("utf-8")))
    return (rng.standard_normal(DIM) * 3.0).tolist()  # deliberately not normalised


class _Handler(BaseHTTPRequestHandler):
    requests: list[dict] = []

    def log_message(self, *args) -> None:  # silence
        pass

    def do_POST(self) -> None:  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        _Handler.requests.append({"path": self.path, "auth": self.headers.get("Authorization"), **body})
        inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
        data = []
        for i, text in enumerate(inputs):
            vec = _fake_vector(text)
            if body.get("encoding_format") == "base64":
                emb = base64.b64encode(struct.pack(f"<{DIM}f", *vec)).decode()
            else:
                emb = vec
            data.append({"object": "embedding", "index": i, "embedding": emb})
        payload = json.dumps(
            {"object": "list", "data": data, "model": body["model"], "usage": {"prompt_tokens": 1, "total_tokens": 1}}
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


@pytest.fixture()
def server(monkeypatch):
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    _Handler.requests = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    httpd.shutdown()
    httpd.server_close()


def test_openai_embedder_wiring(server) -> None:
    emb = E.OpenAIEmbedder(server, "test-embed-model", api_key="secret")
    docs = emb.embed_documents(["研修の満足度", "企業数"])
    q = emb.embed_query("研修の満足度")
    assert emb.dim == DIM
    assert len(docs) == 2 and all(len(v) == DIM for v in docs)
    for v in [*docs, q]:
        assert abs(np.linalg.norm(v) - 1.0) < 1e-5
    expected = np.asarray(_fake_vector("研修の満足度"))
    assert np.allclose(q, expected / np.linalg.norm(expected), atol=1e-5)
    assert np.allclose(docs[0], q, atol=1e-6)

    reqs = _Handler.requests
    assert reqs and all(r["path"] == "/v1/embeddings" for r in reqs)
    assert all(r["model"] == "test-embed-model" for r in reqs)
    assert all(r["auth"] == "Bearer secret" for r in reqs)
    sent = [t for r in reqs for t in (r["input"] if isinstance(r["input"], list) else [r["input"]])]
    assert "研修の満足度" in sent and "企業数" in sent


def test_openai_through_factory(server) -> None:
    from assistant.config import Settings

    s = Settings(embed_backend="openai", embed_base_url=server, embed_model="m2")
    emb = E.make_embedder(s)
    assert isinstance(emb, E.OpenAIEmbedder)
    assert len(emb.embed_query("テスト")) == DIM
    assert _Handler.requests[-1]["model"] == "m2"


def test_sentence_transformer_extra_missing_message(tmp_path, monkeypatch) -> None:
    import sys

    # without the [st] extra, whether or not this machine has it (a None entry makes the import fail)
    monkeypatch.setitem(sys.modules, "llama_index.embeddings.huggingface", None)
    with pytest.raises(E.EmbeddingError, match=r"pip install -e \.\[st\]"):
        E.SentenceTransformerEmbedder(tmp_path)


def test_adapter_as_llama_settings_embed_model(default) -> None:
    from llama_index.core import Settings as LlamaSettings

    previous = LlamaSettings._embed_model
    try:
        LlamaSettings.embed_model = E.LlamaEmbeddingAdapter(default)
        assert LlamaSettings.embed_model.get_text_embedding("企業") == default.embed_query("企業")
    finally:
        LlamaSettings._embed_model = previous

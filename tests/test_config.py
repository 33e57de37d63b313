"""Configuration: kaizen.toml, KAIZEN_* environment, --index; the Chroma token is sent."""

from __future__ import annotations

import http.server
import threading

import pytest

from assistant.config import load_settings


def test_toml_then_environment_then_arguments(tmp_path, monkeypatch):
    toml = tmp_path / "kaizen.toml"
    toml.write_text('home = "/srv/from-toml"\nllm_model = "toml-model"\nmax_pages = 7\n'
                    'users = ["tanaka:secret"]\n', encoding="utf-8")
    monkeypatch.setenv("KAIZEN_CONFIG", str(toml))
    for key in ("KAIZEN_HOME", "KAIZEN_LLM_MODEL", "KAIZEN_MAX_PAGES"):
        monkeypatch.delenv(key, raising=False)
    s = load_settings()
    assert str(s.home) == "/srv/from-toml" and s.llm_model == "toml-model" and s.max_pages == 7
    assert s.users == ["tanaka:secret"] and not s.llm_configured
    monkeypatch.setenv("KAIZEN_LLM_MODEL", "env-model")
    monkeypatch.setenv("KAIZEN_HOME", str(tmp_path / "env-home"))
    s = load_settings()
    assert s.llm_model == "env-model" and s.home == tmp_path / "env-home"
    assert load_settings(tmp_path / "arg-home").home == tmp_path / "arg-home"  # --index wins


def test_chroma_token_is_sent_to_the_server(tmp_path):
    """KAIZEN_CHROMA_TOKEN reaches the server (or the reverse proxy that checks it)."""
    seen: list[dict] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def _refuse(self):
            seen.append(dict(self.headers))
            self.send_response(401)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b'{"error": "Unauthorized"}')

        do_GET = do_POST = _refuse

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        from assistant.index.store import StoreError
        from assistant.service import Kaizen

        url = f"http://127.0.0.1:{server.server_address[1]}"
        svc = Kaizen(load_settings(tmp_path / "home", chroma_url=url, chroma_token="s3cret"))
        with pytest.raises(StoreError, match="Chroma サーバー"):
            svc.sheets()
    finally:
        server.shutdown()
    assert seen, "no request reached the server"
    assert all(h.get("Authorization") == "Bearer s3cret" and h.get("X-Chroma-Token") == "s3cret" for h in seen)

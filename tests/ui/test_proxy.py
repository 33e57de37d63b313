"""The README's reverse-proxy example (docs/nginx-kaizen.conf) with a real Debian nginx in front of
`kaizen serve`: TLS terminated by nginx, plain HTTP redirected, login through the proxy, and
login throttling counting the real client address (a forged X-Forwarded-For is ignored)."""

from __future__ import annotations

import os
import shutil
import ssl
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from ui.testing import free_ports, serve

from ..conftest import ROOT

NGINX = "/usr/sbin/nginx"
EXAMPLE = ROOT / "docs" / "nginx-kaizen.conf"
PROXY_SOURCE = "127.0.0.3"  # nginx connects to kaizen from here, so the proxy is not the client


def _config(example: str, d: Path, kaizen_port: int, https: int, http: int) -> Path:
    """The example with this test's ports, certificate and a private prefix."""
    conf = (example.replace("server 127.0.0.1:7860;", f"server 127.0.0.1:{kaizen_port};")
            .replace("listen 443 ssl;", f"listen 127.0.0.1:{https} ssl;")
            .replace("listen 80;", f"listen 127.0.0.1:{http};")
            .replace("/etc/ssl/kaizen/", f"{d}/")
            .replace("proxy_pass http://kaizen;", f"proxy_pass http://kaizen;\n        proxy_bind {PROXY_SOURCE};"))
    assert conf.count(str(kaizen_port)) == 1 and str(https) in conf and str(d) in conf  # the example still matches
    (d / "kaizen.conf").write_text(conf)
    user = "user root;\n" if os.geteuid() == 0 else ""
    main = (f"{user}worker_processes 1;\npid {d}/nginx.pid;\nerror_log {d}/error.log;\nevents {{}}\n"
            f"http {{\n  access_log {d}/access.log;\n"
            + "".join(f"  {k}_temp_path {d}/{k};\n" for k in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
            + f"  include {d}/kaizen.conf;\n}}\n")
    (d / "nginx.conf").write_text(main)
    return d / "nginx.conf"


@pytest.fixture(scope="module")
def proxied(indexed_home, tmp_path_factory):
    assert Path(NGINX).exists(), "Debian nginx is needed: scripts/test.sh installs it (apt-get install nginx)"
    d = tmp_path_factory.mktemp("nginx")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-keyout", str(d / "privkey.pem"), "-out", str(d / "fullchain.pem")], check=True,
                   capture_output=True)
    home = tmp_path_factory.mktemp("ui-proxy") / "home"
    shutil.copytree(indexed_home, home)
    port, https, http = free_ports(3)
    env = {"KAIZEN_USERS": '["tanaka:himitsu-2025"]', "KAIZEN_LOGIN_LOCKOUT_S": "2",
           "KAIZEN_TRUSTED_PROXIES": f'["{PROXY_SOURCE}"]'}
    with serve(home, port=port, env=env):
        conf = _config(EXAMPLE.read_text(), d, port, https, http)
        check = subprocess.run([NGINX, "-t", "-p", str(d), "-c", str(conf)], capture_output=True, text=True)
        assert check.returncode == 0, check.stderr
        nginx = subprocess.Popen([NGINX, "-p", str(d), "-c", str(conf), "-g", "daemon off;"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            yield f"https://localhost:{https}/", f"http://127.0.0.1:{http}/", home, d
        finally:
            nginx.terminate()
            nginx.wait(timeout=20)


def _open(url: str, d: Path, data: dict | None = None, headers: dict | None = None):
    ctx = ssl.create_default_context(cafile=str(d / "fullchain.pem"))
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    req = urllib.request.Request(url, data=body, headers=headers or {})
    deadline = time.time() + 20
    while True:
        try:
            with urllib.request.urlopen(req, timeout=30, context=ctx) as r:
                return r.status, dict(r.headers), r.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as exc:
            return exc.code, dict(exc.headers), exc.read().decode("utf-8", "replace")
        except urllib.error.URLError:  # nginx still starting
            if time.time() > deadline:
                raise
            time.sleep(0.3)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_tls_login_and_throttling_through_nginx(proxied):
    url, plain, home, d = proxied
    forged = {"X-Forwarded-For": "203.0.113.9"}
    status, _, page = _open(url, d)
    assert status == 200 and "window.gradio_config" in page and '"/ingest"' not in page
    try:
        urllib.request.build_opener(_NoRedirect).open(plain, timeout=10)
        raise AssertionError("plain HTTP was served")
    except urllib.error.HTTPError as exc:
        assert exc.code == 301 and exc.headers["Location"].startswith("https://")
    codes = [_open(url + "login", d, {"username": "tanaka", "password": f"x{i}"}, forged)[0] for i in range(8)]
    assert codes[:5] == [400] * 5 and codes[5:] == [429] * 3, codes
    log = (home / "logs" / "kaizen.log").read_text(encoding="utf-8")
    assert "client=127.0.0.1" in log and "203.0.113.9" not in log and PROXY_SOURCE not in log
    time.sleep(2.5)
    status, headers, _ = _open(url + "login", d, {"username": "tanaka", "password": "himitsu-2025"})
    assert status == 200
    cookie = "; ".join(c.split(";")[0] for k, c in headers.items() if k.lower() == "set-cookie")
    status, _, info = _open(url + "gradio_api/info", d, headers={"Cookie": cookie})
    assert status == 200 and '"/ingest"' in info

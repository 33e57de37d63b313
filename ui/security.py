"""The web UI's guard in front of Gradio (an ASGI middleware): login throttling per client
address, and no index data on pages served before login.

Login throttling. Gradio answers every ``POST /login`` at once, so 300 wrong passwords took
3 s and the right one still worked after them. Here each client address may fail
``max_failures`` times in a row; then it is locked out for ``lockout_s`` seconds, doubled on
each further failure up to ``lockout_max_s``. While locked out every attempt, right or wrong,
gets 429 with a Japanese message and a ``Retry-After`` header, and is not checked. A success
clears the address. Every failure, lockout and success after failures is logged
(``kaizen.auth``) with the address. Behind a reverse proxy the client address is the last
``X-Forwarded-For`` hop added by a trusted proxy (``KAIZEN_TRUSTED_PROXIES``); from anyone
else the header is ignored, so a client cannot pick its own address.

The login page. Gradio renders ``/`` with the API description embedded
(``window.gradio_api_info``) even when it shows the login form: endpoint names and the
choices of every dropdown (事業番号, 部局) reached people who had not logged in. For a request
without a valid session the embedded API description is replaced by an empty one. Gradio's
login form shows nothing on a 429, so while an address is locked out its login page says so
(and for how long) under the login message.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from dataclasses import dataclass, field

log = logging.getLogger("kaizen.auth")

LOGIN_PATHS = ("/login", "/login/")
_API_INFO_RE = re.compile(rb"window\.gradio_api_info\s*=\s*.*?;\s*</script>", re.S)
_EMPTY_API_INFO = b'window.gradio_api_info = {"named_endpoints": {}, "unnamed_endpoints": {}};</script>'


@dataclass
class _Client:
    failures: int = 0
    locked_until: float = 0.0
    last: float = 0.0
    refused: int = 0  # attempts refused during the current lockout


@dataclass
class LoginThrottle:
    """Failure counts and lockouts per client address (thread-safe, in memory)."""

    max_failures: int = 5
    lockout_s: float = 30.0
    lockout_max_s: float = 900.0
    forget_s: float = 3600.0  # failures older than this (and no lockout) are forgotten
    clients: dict[str, _Client] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def wait(self, addr: str, now: float | None = None) -> float:
        """Seconds ``addr`` must still wait before its next attempt (0: may try now)."""
        now = time.time() if now is None else now
        with self.lock:
            c = self.clients.get(addr)
            return max(0.0, c.locked_until - now) if c else 0.0

    def refuse(self, addr: str) -> int:
        """Count an attempt refused during a lockout; returns how many so far in this one."""
        with self.lock:
            c = self.clients.setdefault(addr, _Client())
            c.refused += 1
            return c.refused

    def failed(self, addr: str, now: float | None = None) -> float:
        """Record a failure; returns the lockout it starts (0: none yet)."""
        now = time.time() if now is None else now
        with self.lock:
            self._forget(now)
            c = self.clients.setdefault(addr, _Client())
            c.failures += 1
            c.last = now
            over = c.failures - self.max_failures
            if over < 0:
                return 0.0
            seconds = min(self.lockout_max_s, self.lockout_s * (2 ** min(over, 30)))
            c.locked_until = now + seconds
            c.refused = 0
            return seconds

    def succeeded(self, addr: str) -> int:
        """Clear ``addr``; returns how many failures it had."""
        with self.lock:
            c = self.clients.pop(addr, None)
            return c.failures if c else 0

    def _forget(self, now: float) -> None:
        if len(self.clients) < 1000:
            return
        for addr in [a for a, c in self.clients.items() if c.locked_until < now and now - c.last > self.forget_s]:
            del self.clients[addr]


def client_address(scope: dict, trusted_proxies: frozenset[str]) -> str:
    """The client's address: the peer, or behind trusted proxies the last untrusted hop of
    ``X-Forwarded-For``."""
    peer = (scope.get("client") or ("unknown", 0))[0]
    if peer not in trusted_proxies:
        return peer
    forwarded = ""
    for name, value in scope.get("headers") or []:
        if name == b"x-forwarded-for":
            forwarded += ("," if forwarded else "") + value.decode("latin-1")
    hops = [h.strip() for h in forwarded.split(",") if h.strip()]
    for hop in reversed(hops):
        if hop not in trusted_proxies:
            return hop
    return hops[0] if hops else peer


def _cookie(scope: dict, name: str) -> str | None:
    for key, value in scope.get("headers") or []:
        if key == b"cookie":
            for part in value.decode("latin-1").split(";"):
                k, _, v = part.strip().partition("=")
                if k == name:
                    return v
    return None


def logged_in(scope: dict) -> bool:
    """Whether the request carries a valid Gradio session (or the app needs no login)."""
    app = scope.get("app")
    if app is None or getattr(app, "auth", None) is None:
        return True
    cookie_id = getattr(app, "cookie_id", "")
    token = _cookie(scope, f"access-token-{cookie_id}") or _cookie(scope, f"access-token-unsecure-{cookie_id}")
    return bool(token) and token in getattr(app, "tokens", {})


class GuardMiddleware:
    """ASGI middleware for the Gradio app (see the module docstring)."""

    def __init__(self, app, throttle: LoginThrottle, trusted_proxies: frozenset[str] = frozenset(),
                 auth_message: str = "") -> None:
        self.app = app
        self.throttle = throttle
        self.trusted = frozenset(trusted_proxies)
        self.auth_message = auth_message

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if scope["method"] == "POST" and scope["path"] in LOGIN_PATHS:
            return await self._login(scope, receive, send)
        if scope["method"] in ("GET", "HEAD") and not logged_in(scope):
            return await self._before_login(scope, receive, send)
        return await self.app(scope, receive, send)

    async def _login(self, scope, receive, send):
        addr = client_address(scope, self.trusted)
        wait = self.throttle.wait(addr)
        if wait > 0:
            n = self.throttle.refuse(addr)
            if n in (1, 10, 100, 1000):  # a flood logs a few lines, not one each
                log.warning("ログイン拒否（失敗が続いたためロック中、このロック中%d回目）: client=%s 残り%.0f秒",
                            n, addr, wait)
            return await _too_many(send, wait)
        status: list[int] = []

        async def watch(message):
            if message["type"] == "http.response.start":
                status.append(message["status"])
            await send(message)

        await self.app(scope, receive, watch)
        if status and status[0] == 200:
            n = self.throttle.succeeded(addr)
            log.info("ログイン成功: client=%s%s", addr, f"（それまでの失敗 {n}回）" if n else "")
        elif status and status[0] in (400, 401, 403):
            locked = self.throttle.failed(addr)
            if locked:
                log.warning("ログイン失敗: client=%s → %.0f秒ロックします", addr, locked)
            else:
                log.warning("ログイン失敗: client=%s", addr)

    async def _before_login(self, scope, receive, send):
        """Serve the page, with the embedded API description emptied in HTML."""
        start: dict = {}
        body = bytearray()

        async def capture(message):
            nonlocal start
            if message["type"] == "http.response.start":
                if _is_html(message):  # pages are held back and filtered; anything else streams
                    start = message
                    return
            elif message["type"] == "http.response.body" and start:
                body.extend(message.get("body", b""))
                if not message.get("more_body"):
                    await _send_filtered(send, start, self._notice(scope, bytes(body)))
                return
            await send(message)

        await self.app(scope, receive, capture)

    def _notice(self, scope: dict, body: bytes) -> bytes:
        """The login message with the lockout's remaining time, for a locked-out address."""
        wait = self.throttle.wait(client_address(scope, self.trusted))
        if wait <= 0 or not self.auth_message:
            return body
        old = json.dumps(self.auth_message, ensure_ascii=False)[1:-1].encode()
        notice = f"{self.auth_message}【ログインの失敗が続いたため、あと{int(wait + 0.999)}秒はログインできません。】"
        return body.replace(old, json.dumps(notice, ensure_ascii=False)[1:-1].encode(), 1)


def _is_html(start: dict) -> bool:
    headers = start.get("headers") or []
    ctype = next((v for k, v in headers if k.lower() == b"content-type"), b"")
    return ctype.startswith(b"text/html") and not any(k.lower() == b"content-encoding" for k, _ in headers)


async def _send_filtered(send, start: dict, body: bytes) -> None:
    headers = list(start.get("headers") or [])
    if body:
        body = _API_INFO_RE.sub(lambda _m: _EMPTY_API_INFO, body)
        headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
    await send(dict(start, headers=headers))
    await send({"type": "http.response.body", "body": body, "more_body": False})


async def _too_many(send, wait: float) -> None:
    seconds = int(wait + 0.999)
    body = json.dumps({"detail": f"ログインの失敗が続いたため、しばらくログインできません。{seconds}秒後にもう一度お試しください。"},
                      ensure_ascii=False).encode()
    await send({"type": "http.response.start", "status": 429,
                "headers": [(b"content-type", b"application/json; charset=utf-8"),
                            (b"retry-after", str(seconds).encode()),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body, "more_body": False})

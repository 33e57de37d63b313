"""The login throttle's rules and the client address behind a trusted proxy (no server)."""

from __future__ import annotations

from ui.security import LoginThrottle, client_address


def test_lockout_grows_and_a_success_clears_it():
    t = LoginThrottle(max_failures=3, lockout_s=10, lockout_max_s=35)
    assert [t.failed("a", now=0) for _ in range(3)][-1] == 10 and t.wait("a", now=5) == 5
    assert t.wait("b", now=5) == 0  # per address
    assert t.failed("a", now=11) == 20 and t.failed("a", now=40) == 35  # doubled, capped
    assert t.succeeded("a") == 5 and t.wait("a", now=41) == 0


def test_the_client_address_comes_from_x_forwarded_for_only_behind_a_trusted_proxy():
    def scope(peer, xff=None):
        return {"client": (peer, 1234), "headers": [(b"x-forwarded-for", xff.encode())] if xff else []}

    proxies = frozenset({"10.0.0.2"})
    assert client_address(scope("10.0.0.2", "203.0.113.7"), proxies) == "203.0.113.7"
    assert client_address(scope("10.0.0.2", "1.1.1.1, 203.0.113.7"), proxies) == "203.0.113.7"  # last hop
    assert client_address(scope("198.51.100.9", "203.0.113.7"), proxies) == "198.51.100.9"  # forged: ignored
    assert client_address(scope("10.0.0.2"), proxies) == "10.0.0.2"

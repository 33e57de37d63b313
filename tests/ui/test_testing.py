"""ui.testing's helpers: ports chosen together are distinct and free."""

from __future__ import annotations

import socket

from ui.testing import free_ports


def test_ports_chosen_together_are_distinct_and_bindable():
    ports = free_ports(64)
    assert len(set(ports)) == 64
    for p in ports[:8]:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind(("127.0.0.1", p))

"""Run `kaizen serve` in a subprocess for tests and demos (no gradio import here)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path


def free_port(host: str = "127.0.0.1") -> int:
    return free_ports(1, host)[0]


def free_ports(n: int, host: str = "127.0.0.1") -> list[int]:
    """n distinct free ports. The sockets are held open until all n are chosen: closing each one before asking for
    the next let the kernel hand the same port out twice (a CI run's nginx test got kaizen's port as its own)."""
    with contextlib.ExitStack() as stack:
        socks = [stack.enter_context(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) for _ in range(n)]
        for s in socks:
            s.bind((host, 0))
        return [s.getsockname()[1] for s in socks]


def kaizen_exe() -> list[str]:
    exe = Path(sys.executable).with_name("kaizen")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "assistant.cli"]


@contextlib.contextmanager
def serve(home: Path, host: str = "127.0.0.1", port: int | None = None, args: list[str] | None = None,
          env: dict | None = None, timeout: float = 90.0, log: Path | None = None):
    """Start ``kaizen serve --index home`` and yield its local URL once it answers HTTP.

    The URL always points at 127.0.0.1 (a 0.0.0.0 bind is reached through loopback).
    """
    with serve_process(home, host, port, args, env, timeout, log) as (url, _proc):
        yield url


@contextlib.contextmanager
def serve_process(home: Path, host: str = "127.0.0.1", port: int | None = None, args: list[str] | None = None,
                  env: dict | None = None, timeout: float = 90.0, log: Path | None = None):
    """Like ``serve`` but yields ``(url, process)`` (benchmarks read the process's memory)."""
    port = port or free_port()
    full_env = dict(os.environ, GRADIO_ANALYTICS_ENABLED="False", HF_HUB_OFFLINE="1", PYTHONUNBUFFERED="1")
    full_env.update(env or {})
    log = log or Path(home).with_name(Path(home).name + f"-serve-{port}.log")
    cmd = [*kaizen_exe(), "serve", "--index", str(home), "--host", host, "--port", str(port), *(args or [])]
    fh = open(log, "wb")
    proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, env=full_env, start_new_session=True)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                fh.flush()
                raise RuntimeError(f"kaizen serve exited with {proc.returncode}:\n{Path(log).read_text(errors='replace')}")
            try:
                with urllib.request.urlopen(url + "config", timeout=2) as r:
                    if r.status == 200:
                        break
            except urllib.error.HTTPError as exc:
                if exc.code in (401, 403):  # login required: the server is up
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(f"kaizen serve did not start in {timeout:.0f}s:\n{Path(log).read_text(errors='replace')}")
            time.sleep(0.3)
        yield url, proc
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        fh.close()

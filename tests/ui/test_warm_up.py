"""``kaizen serve``'s warm-up at start: one offline answer and its first source's page image,
so the first question waits for neither; and pyplot, which Gradio's first event would import."""

from __future__ import annotations

import sys

from assistant.config import load_settings
from assistant.service import Kaizen



def test_warm_up_answers_and_renders_the_first_sources_page(copied_home):
    from ui.app import warm_up
    from ui.state import UI

    svc = Kaizen(load_settings(copied_home))
    ui = UI(svc)
    before = set(ui.images_dir.glob("*.png"))
    warm_up(svc, ui)
    assert svc._snapshot is not None and len(svc._snapshot) > 0  # the read side is pinned
    assert set(ui.images_dir.glob("*.png")) - before, "the warm-up answer's first page image is cached"


def test_a_failing_warm_up_does_not_raise(copied_home, monkeypatch):
    from ui.app import warm_up
    from ui.state import UI

    svc = Kaizen(load_settings(copied_home))
    monkeypatch.setattr(svc, "ask", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("boom")))
    assert svc.warm_up() is None
    warm_up(svc, UI(svc))


def test_warm_up_loads_pyplot_before_the_first_event(copied_home):
    from ui.app import warm_up
    from ui.state import UI

    svc = Kaizen(load_settings(copied_home))
    warm_up(svc, UI(svc))
    assert "matplotlib.pyplot" in sys.modules  # Gradio's first event finds it loaded



def test_the_server_listens_only_after_the_warm_up(copied_home, monkeypatch):
    import socket
    import time

    from ui.app import launch

    svc = Kaizen(load_settings(copied_home))
    real, done = svc.warm_up, []

    def slow_warm_up():
        time.sleep(1.0)  # a busy machine: the warm-up still ends before the server takes a question
        answer = real()
        done.append(answer)
        return answer

    monkeypatch.setattr(svc, "warm_up", slow_warm_up)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    demo, url = launch(svc, port=port, block=False, quiet=True)
    try:
        assert done and done[0] is not None, "launch returned (the server listens) before the warm-up answer"
        assert svc._snapshot is not None and len(svc._snapshot) > 0
    finally:
        demo.close()

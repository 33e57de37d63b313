"""Before login, over plain HTTP against a real `kaizen serve` with KAIZEN_USERS: the login page
carries no index data or API description (issue 13, case 4), and wrong passwords are throttled
per client address, logged, and the right one is refused while locked out (case 5)."""

from __future__ import annotations

import json
import shutil
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from ui.testing import serve

USERS = '["tanaka:himitsu-2025"]'


@pytest.fixture(scope="module")
def login_server(indexed_home, tmp_path_factory):
    home = tmp_path_factory.mktemp("ui-login") / "home"
    shutil.copytree(indexed_home, home)
    env = {"KAIZEN_USERS": USERS, "KAIZEN_LOGIN_LOCKOUT_S": "3", "KAIZEN_LOGIN_MAX_FAILURES": "5"}
    with serve(home, host="0.0.0.0", env=env) as url:
        yield url, home


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


def _login(url: str, password: str) -> tuple[int, dict, str]:
    data = urllib.parse.urlencode({"username": "tanaka", "password": password}).encode()
    try:
        with urllib.request.urlopen(urllib.request.Request(url + "login", data=data), timeout=30) as r:
            return r.status, dict(r.headers), r.headers.get("set-cookie", "")
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read().decode("utf-8", "replace")


def test_the_login_page_carries_no_index_data_and_no_api_description(login_server, service):
    url, _ = login_server
    status, html = _get(url)
    assert status == 200 and "window.gradio_config" in html  # the login page itself is served
    leaks = [s.jigyo_no for s in service.sheets()] + [s.jigyo_no.replace(" ", "") for s in service.sheets()]
    leaks += [s.bukyoku for s in service.sheets()] + [s.jigyo_name for s in service.sheets()]
    leaks += ['"ingest"', '"remove"', '"/ingest"', '"/remove"', '"ask"', '"sheets"', "named_endpoints\": {\""]
    found = [x for x in leaks if x and x in html]
    assert not found, f"the page before login shows: {found}"
    for path in ("gradio_api/info", "config"):
        assert _get(url + path)[0] == 401, path
    # After login the same page carries the app again (the filter was for strangers only).
    status, _, cookie = _login(url, "himitsu-2025")
    assert status == 200
    req = urllib.request.Request(url, headers={"Cookie": cookie.split(";")[0]})
    with urllib.request.urlopen(req, timeout=30) as r:
        page = r.read().decode("utf-8")
    assert '"/ingest"' in page or "named_endpoints\": {\"" in page


def test_wrong_passwords_lock_the_address_out_and_are_logged(login_server):
    url, home = login_server
    codes, times = [], []
    for i in range(300):
        codes.append(_login(url, f"wrong-{i}")[0])
        times.append(time.monotonic())
    assert codes[:5] == [400] * 5
    assert codes.count(429) >= 280, codes  # a lockout (3 s, doubled on further failures) refuses the rest
    status, headers, body = _login(url, "himitsu-2025")  # the right password waits too
    asked = time.monotonic()
    detail = json.loads(body)["detail"]
    assert status == 429 and "しばらくログインできません" in detail
    retry = int({k.lower(): v for k, v in headers.items()}["retry-after"])
    # what is left of the lockout of the last failure checked (the 5th locks for 3 s, each further one doubles it),
    # measured from when that failure was answered (the header rounds up: within a second either way), and the
    # message says the same wait as the header
    last = max(i for i, c in enumerate(codes) if c == 400)
    left = 3 * 2 ** (codes.count(400) - 5) - (asked - times[last])
    assert retry >= 1 and left - 1 <= retry <= left + 1, (retry, left, codes.count(400))
    assert f"{retry}秒後" in detail, detail
    assert "ログインできません" in _get(url)[1]  # Gradio's form shows nothing on 429: the page says it
    time.sleep(retry + 0.5)
    assert _login(url, "himitsu-2025")[0] == 200
    log = (home / "logs" / "kaizen.log").read_text(encoding="utf-8")
    assert "ログイン失敗: client=127.0.0.1" in log and "ロックします" in log and "ログイン成功: client=127.0.0.1" in log
    assert len(log.splitlines()) < 60  # a flood is summarised, not one line per attempt

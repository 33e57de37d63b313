"""The web UI's Gradio API through ``gradio_client``, against a real `kaizen serve` over the sample index.

Also the UI's pure helpers (safe upload names, PDF-by-content, limits) without a server.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

from ui.helpers import check_and_store_uploads, is_pdf, safe_name, section_label, wareki  # noqa: E402
from ui.testing import serve  # noqa: E402

from ..conftest import REFERENCE_PDF  # noqa: E402

EXAMPLE_Q = "NPOセミナーの満足度が下がったのはなぜ？"


# ---------------------------------------------------------------- helpers (no server)
def test_safe_name_never_leaves_the_directory():
    for bad in ("../../etc/passwd.pdf", "..\\..\\win.pdf", "/abs/path/シート.pdf", ".hidden.pdf", "a/../../b.PDF",
                "名前:に*変な?文字.pdf", "", "x" * 500 + ".pdf"):
        name = safe_name(bad)
        assert "/" not in name and "\\" not in name and not name.startswith("."), name
        assert name.endswith(".pdf") and len(name) <= 90, name
    assert safe_name("02-05-02_協働・共創推進事業費.pdf") == "02-05-02_協働・共創推進事業費.pdf"


def test_uploads_checked_by_content_size_and_count(tmp_path):
    up = tmp_path / "uploads"
    fake = tmp_path / "fake.pdf"
    fake.write_text("これはPDFではありません")
    renamed = tmp_path / "scan.dat"  # a real PDF with a wrong name is accepted: content decides
    shutil.copyfile(REFERENCE_PDF, renamed)
    evil = tmp_path / "evil.pdf"
    shutil.copyfile(REFERENCE_PDF, evil)
    assert not is_pdf(fake) and is_pdf(renamed)

    checks, batch = check_and_store_uploads(
        [(fake, "fake.pdf"), (renamed, "scan.dat"), (evil, "../../../evil.pdf")], up, max_mb=30, max_files=5)
    assert batch == ""
    assert checks[0].stored is None and "PDF" in checks[0].error
    assert checks[1].stored is not None and checks[1].stored.parent.parent == up
    assert checks[1].stored.name == "scan.dat.pdf"
    assert checks[2].stored is not None and checks[2].stored.parent.parent == up
    assert checks[2].stored.name == "evil.pdf"
    stored = sorted(up.rglob("*"))
    assert all(p.resolve().is_relative_to(up.resolve()) for p in stored)
    assert len([p for p in stored if p.is_file()]) == 2

    # Too big: rejected, nothing stored.
    up2 = tmp_path / "uploads2"
    checks, batch = check_and_store_uploads([(renamed, "scan.pdf")], up2, max_mb=0, max_files=5)
    assert checks[0].stored is None and "大きすぎ" in checks[0].error
    assert not any(up2.glob("*.pdf"))
    # Too many: the whole batch is refused, nothing stored.
    checks, batch = check_and_store_uploads([(renamed, f"{i}.pdf") for i in range(3)], up2, max_mb=30, max_files=2)
    assert "多すぎ" in batch and all(c.stored is None for c in checks)
    assert not any(up2.glob("*.pdf"))


def test_labels():
    assert wareki(2024) == "令和6年度" and wareki(2019) == "令和元年度" and wareki(0) == "年度不明"
    assert section_label({"section": "8", "section_title": "成果指標の達成状況に関する要因分析", "indicator": 3,
                          "indicator_name": "ＮＰＯセミナー参加者満足度"}).endswith("③ ＮＰＯセミナー参加者満足度")
    assert section_label({"section": "9-2", "section_title": "事業改善の方策"}) == "9 (2) 事業改善の方策"


# ---------------------------------------------------------------- the API of a running app
def _rows(table) -> list:
    """Rows of a Dataframe output (possibly wrapped in an update)."""
    while isinstance(table, dict):
        if "data" in table:
            return table["data"]
        table = table.get("value")
    return table or []


@pytest.fixture(scope="module")
def api_home(indexed_home, tmp_path_factory) -> Path:
    dst = tmp_path_factory.mktemp("ui-api") / "home"
    shutil.copytree(indexed_home, dst)
    return dst


@pytest.fixture(scope="module")
def client(api_home):
    from gradio_client import Client

    with serve(api_home, env={"KAIZEN_MAX_UPLOAD_FILES": "3"}) as url:
        yield Client(url, verbose=False)


def test_api_lists_the_endpoints(client):
    names = set(client.view_api(print_info=False, return_format="dict")["named_endpoints"])
    assert {"/ask", "/chat", "/ingest", "/sheets"} <= names


def test_api_ask_returns_the_citation_contract(client):
    r = client.predict("NPOセミナーの満足度が下がったのはなぜ？", api_name="/ask")
    assert r["refused"] is False and r["answer"]
    assert r["citations"], r
    keys = {"n", "jigyo_no", "jigyo_name", "fiscal_year", "section", "section_title", "indicator", "indicator_name",
            "page", "bbox", "file", "quote"}
    for c in r["citations"]:
        assert keys <= set(c), c
        assert c["quote"] and c["page"] >= 1
    assert any(c["section"] == "8" and c["jigyo_no"] == "02 05 02" for c in r["citations"])
    assert "[1]" in r["answer"]


def test_api_chat_streams_an_answer_with_sources_and_respects_the_filter(client):
    job = client.submit("来年度はどう改善する？", [], "*", "*", "06 02 01", False, api_name="/chat")
    outputs = list(job)  # streamed updates
    assert len(outputs) >= 2, "the chat streams at least the question and then the answer"
    chat = job.outputs()[-1][0]
    text = json.dumps(chat[-1]["content"], ensure_ascii=False)
    assert "根拠" in text and "06 02 01" in text
    assert "02 05 02" not in text  # the 事業 filter holds


def test_api_sheets(client):
    sheets = client.predict(api_name="/sheets")
    assert len(sheets) == len(list(Path(REFERENCE_PDF).parent.glob("*.pdf")))
    assert {s["jigyo_no"] for s in sheets} >= {"02 05 02"}


def test_api_ingest_rejects_non_pdf_and_too_many_files(client, api_home, tmp_path):
    from gradio_client import handle_file

    fake = tmp_path / "偽物.pdf"
    fake.write_text("not a pdf")
    before = sorted((api_home / "uploads").rglob("*")) if (api_home / "uploads").exists() else []
    msg, table, *_ = client.predict([handle_file(str(fake))], api_name="/ingest")
    rows = _rows(table)
    assert rows and rows[0][1] == "エラー" and "PDF" in rows[0][2], rows
    after = sorted((api_home / "uploads").rglob("*")) if (api_home / "uploads").exists() else []
    assert after == before, "a failed upload stores nothing"

    many = [handle_file(str(REFERENCE_PDF))] * 4  # the server runs with KAIZEN_MAX_UPLOAD_FILES=3
    msg, table, *_ = client.predict(many, api_name="/ingest")
    assert "多すぎ" in msg
    after = sorted((api_home / "uploads").rglob("*")) if (api_home / "uploads").exists() else []
    assert after == before


def test_chat_says_so_when_the_index_is_empty_or_the_llm_is_down(indexed_home, tmp_path):
    """An emptied index gets a clear Japanese message (no sample re-ingest); an unreachable LLM server
    is named and the offline answer is shown instead."""
    from gradio_client import Client

    from assistant.config import load_settings
    from assistant.service import Kaizen
    from ui.testing import free_port

    home = tmp_path / "home"
    shutil.copytree(indexed_home, home)
    svc = Kaizen(load_settings(home))
    for s in svc.sheets():
        svc.remove(s.jigyo_no, s.fiscal_year)
    assert not svc.sheets()
    dead = f"http://127.0.0.1:{free_port()}/v1"  # nothing listens there
    env = {"KAIZEN_LLM_BASE_URL": dead, "KAIZEN_LLM_MODEL": "test-model", "KAIZEN_LLM_TIMEOUT": "3"}
    with serve(home, env=env) as url:
        c = Client(url, verbose=False)
        chat = c.predict(EXAMPLE_Q, [], "*", "*", "*", True, api_name="/chat")[0]
        text = json.dumps(chat[-1]["content"], ensure_ascii=False)
        assert "取り込まれていない" in text and "シート管理" in text, text
        assert c.predict(api_name="/sheets") == []  # the samples were not re-ingested

    home2 = tmp_path / "home2"
    shutil.copytree(indexed_home, home2)
    with serve(home2, env=env) as url:
        c = Client(url, verbose=False)
        chat = c.predict(EXAMPLE_Q, [], "*", "*", "*", True, api_name="/chat")[0]
        text = json.dumps(chat[-1]["content"], ensure_ascii=False)
        assert "LLM" in text and "接続できな" in text, text
        assert "根拠（" in text  # the offline answer with its sources


def test_a_running_ingest_does_not_block_questions(indexed_home, tmp_path):
    """While eight sheets are being ingested, a question is answered (the queue runs them side by side)."""
    from gradio_client import Client, handle_file

    from assistant.config import load_settings
    from assistant.service import Kaizen

    from ..conftest import sample_pdfs

    home = tmp_path / "home"
    shutil.copytree(indexed_home, home)
    svc = Kaizen(load_settings(home))
    others = [p for p in sample_pdfs() if p != REFERENCE_PDF]
    for s in svc.sheets():
        if s.jigyo_no != "02 05 02":
            svc.remove(s.jigyo_no, s.fiscal_year)
    assert len(svc.sheets()) == 1
    with serve(home) as url:
        ingest_client, ask_client = Client(url, verbose=False), Client(url, verbose=False)
        ingest = ingest_client.submit([handle_file(str(p)) for p in others], api_name="/ingest")
        # Wait until the ingest is really running on the server, then ask.
        import time

        deadline = time.monotonic() + 60
        while ingest.status().code.name not in ("PROCESSING", "PROGRESS", "FINISHED") and time.monotonic() < deadline:
            time.sleep(0.05)
        r = ask_client.predict(EXAMPLE_Q, api_name="/ask")
        assert r["citations"] and not ingest.done(), "the question waited for the ingest"
        msg, table, *_ = ingest.result(timeout=300)
        assert f"{len(others)}件を取り込みました" in msg, msg
    assert len(Kaizen(load_settings(home)).sheets()) == len(sample_pdfs())

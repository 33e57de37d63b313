"""Shared fixtures: real PDFs, a real embedded Chroma index built once per session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
REFERENCE_DIR = ROOT.parent / "shared" / "reference-sheets"
REFERENCE_PDF = SAMPLES / "02-05-02_協働・共創推進事業費.pdf"
REFERENCE_JSON = ROOT / "tests" / "data" / "02-05-02_協働・共創推進事業費.expected.json"
ARTIFACTS = ROOT / "test-artifacts"


def sample_pdfs() -> list[Path]:
    return sorted(SAMPLES.glob("*.pdf"))


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def indexed_home(tmp_path_factory) -> Path:
    """KAIZEN_HOME with every bundled sample ingested (read-only for tests: copy it to modify)."""
    from assistant.config import load_settings
    from assistant.service import Kaizen

    home = tmp_path_factory.mktemp("kaizen-home")
    results = Kaizen(load_settings(home)).ingest(sample_pdfs(), workers=1)
    bad = [r for r in results if not r.ok]
    assert not bad, bad
    return home


@pytest.fixture(scope="session")
def service(indexed_home):
    """A Kaizen service over the bundled samples."""
    from assistant.config import load_settings
    from assistant.service import Kaizen

    return Kaizen(load_settings(indexed_home))


@pytest.fixture()
def fresh_home(tmp_path) -> Path:
    return tmp_path / "home"


@pytest.fixture()
def copied_home(indexed_home, tmp_path) -> Path:
    """A writable copy of the sample index."""
    dst = tmp_path / "home"
    shutil.copytree(indexed_home, dst)
    return dst

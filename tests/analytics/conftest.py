"""Services over sheets other than the bundled samples, shared by the tests of several blind sets' classes."""

from __future__ import annotations

import pytest

from ..conftest import ROOT


@pytest.fixture(scope="module")
def kenko(tmp_path_factory):
    """Three unseen sheets of one 部局 (健康福祉部); 自殺死亡率 is better lower (16.1 against a target of 15.0)."""
    from assistant.config import load_settings
    from assistant.service import Kaizen

    unseen = ROOT / "eval" / "datasets" / "unseen" / "sheets"
    pdfs = [p for pre in ("05-01-04", "05-04-03", "05-06-02") for p in sorted(unseen.glob(f"{pre}_*.pdf"))]
    assert len(pdfs) == 3
    svc = Kaizen(load_settings(tmp_path_factory.mktemp("kenko-home")))
    assert all(r.ok for r in svc.ingest(pdfs))
    return svc


@pytest.fixture(scope="session")
def chisan(tmp_path_factory):
    """The 治山 sheet (点検の実施率 R6 printed 92.0) with the four sheets of analytics set 13."""
    from assistant.config import load_settings
    from assistant.service import Kaizen

    unseen = ROOT / "eval" / "datasets" / "unseen"
    pdfs = sorted((unseen / "sheets_AN13").glob("*.pdf")) + sorted((unseen / "sheets_AN20").glob("10-36-06_*.pdf"))
    assert len(pdfs) == 5
    svc = Kaizen(load_settings(tmp_path_factory.mktemp("chisan-home")))
    assert all(r.ok for r in svc.ingest(pdfs))
    return svc

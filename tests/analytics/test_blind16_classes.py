"""The question classes blind analytics set 16 (eval/datasets/analytics/dev_blind16.jsonl) taught, in other
wordings than its questions and over other sheets (the bundled samples and the four unseen sheets of set AA):
a figure printed in full-width digits (「２，４１８」) is quoted half-width, as every other figure of the answer
(it was quoted as printed, so 「2,418」 was not found in it); 「「達成」の指標がひとつもない事業」 (none 達成;
概ね達成 and 未達成 are not 達成: it listed the 達成 indicators); money rows kept by 「未達成の指標がない」 (none
未達成: it kept the 事業 with a 未達成 indicator, the opposite)."""

from __future__ import annotations

import pandas as pd
import pytest

from ..conftest import ROOT
from .test_planner import analytics_of as _answer


@pytest.fixture(scope="module")
def near_met(tmp_path_factory):
    """Four unseen sheets of four 部局 (set AA; none of set 16's), one 「概ね達成」 indicator on each."""
    from assistant.config import load_settings
    from assistant.service import Kaizen

    pdfs = sorted((ROOT / "eval" / "datasets" / "unseen" / "sheets_AA").glob("*.pdf"))
    assert len(pdfs) == 4
    svc = Kaizen(load_settings(tmp_path_factory.mktemp("near-met-home-16")))
    assert all(r.ok for r in svc.ingest(pdfs))
    return svc


def test_full_width_figures_are_quoted_half_width():
    from assistant.analytics.tables import _printed

    printed = _printed(pd.Series(["２，４１８", "△ １，２００", "６３", "１２．５", "―", None, "1,000"]))
    assert list(printed) == ["2,418", "△ 1,200", "63", "12.5", "―", "", "1,000"]


def test_jigyo_with_no_indicator_achieved(service):
    ans = _answer(service, "達成した指標が一つもない事業はありますか")
    assert ans is not None and ans.spec.every == "達成なし"
    assert "「達成」の成果指標がひとつもない事業は3件です（8事業中）" in ans.text
    assert "協働・共創推進事業費（3指標：未達成3件）" in ans.text and "（2指標：―1件・未達成1件）" in ans.text


def test_money_rows_with_no_unmet_indicator(service):
    ans = _answer(service, "R6の決算額が1万千円以上で、未達成の指標を抱えていない事業を教えて")
    assert ans is not None and ans.spec.has_status == "未達成なし"
    assert ans.result.rows.empty  # every sample 事業 has a 未達成 indicator (it kept those, the opposite)
    assert "「未達成」の成果指標がない決算額が10,000千円以上の事業" in ans.text

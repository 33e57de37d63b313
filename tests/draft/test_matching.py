"""A cause and this year's 9-2 line that answers it are found even when they share one rare word
or a cause is long (``assistant.draft.match``), so a draft does not say 「今年度の方策には対応する記載が
ない」 about a cause the sheet's own 方策 covers. Real sheets: samples and four unseen ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.draft import draft

from ..conftest import sample_pdfs
from .properties import assert_draft_properties

UNSEEN = Path(__file__).resolve().parents[2] / "eval" / "datasets" / "unseen"
PDFS = [UNSEEN / "sheets_J" / "03-05-02_消防防災航空体制整備事業費.pdf",
        UNSEEN / "sheets" / "05-01-04_地域医療介護人材確保事業費.pdf",
        UNSEEN / "sheets" / "09-02-02_畜産振興事業費.pdf"]
NONE_SAID = ("今年度の方策には対応する記載がない", "今年度の方策に同趣旨の記載がない", "今年度の実績・方策に見当たらない")

# (事業番号, a cause as the sheet states it, the 9-2 line that answers it)
PAIRS = [
    ("03 05 02", "遭難者の位置がわからないまま捜索を始めた", "位置情報を共有できるスマートフォンアプリ"),
    ("05 01 04", "復職支援研修の受講者が前年度の148人から112人に減少した", "復職支援研修に、オンデマンド講義と土日の実技演習"),
    ("05 01 04", "求職者の希望と求人の条件との間のミスマッチ", "多様な勤務形態の求人を拡充する"),
    ("09 02 02", "資材費の高騰で畜舎整備を翌年度以降に見送った", "畜舎整備と併せて経営診断を行い"),
    ("12 04 01", "サポートルームに配置する支援員の確保が難しく、年度内に設置できなかった", "支援員として登録する人材バンク"),
]
NEAR_PAIRS = [  # near-synonyms (match.NEAR): オンライン ↔ オンデマンド
    ("05 03 02", "今後はオンライン受講を導入し", "オンデマンド配信に切り替え"),
]


@pytest.fixture(scope="module")
def drafts(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.service import Kaizen

    svc = Kaizen(load_settings(tmp_path_factory.mktemp("draft-match") / "home"))
    assert all(r.ok for r in svc.ingest(sample_pdfs() + PDFS, workers=1))
    return svc, {no: draft(svc, no) for no in {p[0] for p in PAIRS} | {"09 01 03", "05 03 02"}}


@pytest.mark.parametrize("no,cause,measure", PAIRS)
def test_the_measure_that_answers_a_cause_is_found(drafts, no, cause, measure):
    svc, ds = drafts
    d = ds[no]
    rows = [r for r in d.worksheet if cause in r["cause"]]
    assert rows, [r["cause"] for r in d.worksheet]
    assert any(f"今年度の方策：" in r["measure"] and measure in r["measure"] for r in rows), rows[0]["measure"]
    for b in d.bullets:
        if cause in b.cause:
            assert not any(s in b.text + b.rationale for s in NONE_SAID), b.text
    assert_draft_properties(svc, d, svc.find_sheet(no))


def test_a_forward_statement_the_measures_already_cover_is_not_proposed_as_missing(drafts):
    """09-01-03: the analysis says 新規就農者同士のつながりづくりを支援する必要がある, and this year's 9-2
    already sets up 新規就農者ネットワーク; the draft must not call it absent from the 方策."""
    _, ds = drafts
    d = ds["09 01 03"]
    assert not any("新規就農者同士のつながりづくり" in b.text and "同趣旨の記載がない" in b.rationale for b in d.bullets)


@pytest.mark.parametrize("no,forward,measure", NEAR_PAIRS)
def test_a_forward_statement_the_measures_cover_in_other_words(drafts, no, forward, measure):
    """05-03-02 (sample): 「今後はオンライン受講を導入し…必要がある」 and this year's 9-2 already moves the
    lectures to オンデマンド配信: not proposed as missing from the 方策."""
    _, ds = drafts
    d = ds[no]
    assert any(measure in m for m in (ds[no].record or {}).get("sheet", {}).get("s9_measures", []))
    assert not any(forward in b.text and "同趣旨の記載がない" in b.rationale for b in d.bullets), d.text

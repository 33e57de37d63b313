"""Blind sets CR's and CS's answer classes (an elderly resident phoning in; a secondee from a private company), asked
here of their sheets in other wording: business words shape the question, they name no subject (ボトルネック,
ペインポイント, ネクストアクション, PDCA, KPI, トレンド, コスパ) and the first three ask for the 課題 and the 方策; 回収
is the sheets' 収納・返還; a katakana run of frame words is no unwritten name."""

from __future__ import annotations

from .citing import answered_first


def test_business_words_shape_the_question(crcs_service):
    answered_first(crcs_service, [
        ("死因究明で一番のボトルネックは？", ("15 64 05", "9-1", None)),
        ("奨学金事業のペインポイントは？", ("14 29 12", "9-1", None)),
        ("奨学金の回収、来年度のネクストアクションは？", ("14 29 12", "9-2", None)),
    ])
    ans = crcs_service.ask("架け橋カリキュラム、PDCA回ってる？")
    assert not ans.refused and ans.citations[0].jigyo_no == "12 32 09", ans.answer


def test_everyday_words_for_the_sheets_terms(crcs_service):
    answered_first(crcs_service, [("奨学金の現年度の回収率、R4からどう動いてる？", ("14 29 12", "4", 1))])

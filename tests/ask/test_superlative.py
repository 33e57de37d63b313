"""Superlatives inside one sheet, ranked from the structured sheet (no index needed)."""

from __future__ import annotations

from assistant.ask.superlative import rank_in_sheet

SHEET = {
    "jigyo_name": "テスト事業費",
    "detail": [
        {"no": 1, "name": "甲事業", "r4": "100", "r5": "90", "r6": "150"},
        {"no": 2, "name": "乙事業", "r4": "10", "r5": "―", "r6": "200"},
        {"no": 3, "name": "丙事業", "r4": "―", "r5": "5", "r6": "7"},
    ],
    "indicators": [
        {"no": 1, "name": "参加者数", "unit": "人", "r5": "100", "r6": "130", "r6_target": "120"},
        {"no": 2, "name": "満足度", "unit": "％", "r5": "80", "r6": "70", "r6_target": "90"},
    ],
    "cost": [{"year": "R4年度", "settlement": "1,000", "total": "1,200"},
             {"year": "R5年度", "settlement": "△ 5", "total": "900"},
             {"year": "R6年度", "settlement": "―", "total": "2,000"}],
}


def chunk_for(section, indicator=0, detail_no=None):
    return f"{section}:{indicator}:{detail_no}"


def test_no_superlative_no_ranking():
    assert rank_in_sheet(SHEET, "細事業の決算額は？", chunk_for) is None


def test_largest_subprogram_by_r6_settlement_each_row_cited():
    r = rank_in_sheet(SHEET, "細事業で一番お金を使ったのは？", chunk_for)
    assert "乙事業" in r.lead
    assert [cid for cid, _ in r.rows] == ["detail:0:2", "detail:0:1", "detail:0:3"]


def test_growth_skips_rows_without_a_first_figure():
    r = rank_in_sheet(SHEET, "細事業でR4からR6にかけて一番増えたのは？", chunk_for)
    assert "乙事業" in r.lead and len(r.rows) == 2  # 丙事業 has no R4 figure: never treated as zero
    assert "R4年度 10千円 → R6年度 200千円" in r.rows[0][1]


def test_indicators_by_change_and_by_achievement_rate():
    up = rank_in_sheet(SHEET, "指標で一番伸びたのは？", chunk_for)
    assert "参加者数" in up.lead
    rate = rank_in_sheet(SHEET, "指標の達成率が一番低いのは？", chunk_for)
    assert rate.rows[0][0] == "4:2:None" and "満足度" in rate.lead and "最も小さい" in rate.lead


def test_years_ignore_missing_and_read_triangle_as_negative():
    r = rank_in_sheet(SHEET, "決算額が一番少なかった年度は？", chunk_for)
    assert r.rows[0][1].startswith("R5年度") and len(r.rows) == 2


def test_the_largest_fall_since_the_previous_year_is_a_decrease():
    # 「前の年より一番減った」: R5 → R6, the largest decrease first, said as the largest
    fell = dict(SHEET, detail=[{"no": 1, "name": "甲事業", "r4": "1", "r5": "90", "r6": "150"},
                               {"no": 2, "name": "乙事業", "r4": "1", "r5": "300", "r6": "200"},
                               {"no": 3, "name": "丙事業", "r4": "1", "r5": "50", "r6": "20"}])
    r = rank_in_sheet(fell, "細事業で、前の年より決算額が一番減ったのは？", chunk_for)
    assert "R5年度からR6年度" in r.lead and "減少が最も大きい" in r.lead and "乙事業" in r.lead, r.lead
    # nothing fell (甲 90 -> 150, 丙 5 -> 7; 乙 has no R5): a rise is never called a fall
    r = rank_in_sheet(SHEET, "細事業で、前の年より決算額が一番減ったのは？", chunk_for)
    assert "減少したものはありません" in r.lead and "丙事業" in r.lead, r.lead


def test_a_level_ranking_with_a_change_asked_after_it():
    # the ranking is by the R6 level; the change asked next is told by R5 beside each row
    r = rank_in_sheet(SHEET, "細事業でR6の決算が一番大きいのはどれ？前の年からどれくらい増えた？", chunk_for)
    assert "R6年度の決算額が最も大きい" in r.lead and "乙事業" in r.lead, r.lead
    assert "（R5年度 90千円）" in r.rows[1][1]

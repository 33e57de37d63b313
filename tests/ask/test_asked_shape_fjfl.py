"""Dev sets FJ's and FL's answer classes, asked here of their sheets: FJ (a retired teacher preparing a 公民館 class:
「公民館で分かりやすく説明したいのですが」 told after the question, 「バスの運転手」 for the sheet's 運転士, 「県のお金」, 「西暦でいうと」)
and FL (a think-tank researcher: years as FY2024, 「時系列で」「事務事業由来」)."""

from __future__ import annotations

from .citing import answered_first, answered_saying


def test_years_written_as_fy(fjfl_service):
    # (once refused: 「FY2024の決算額」「FY2024」「FY2022」に関する記載は取り込まれたシートにない)
    answered_saying(fjfl_service, [
        ("地域づくり人材育成の事業費、FY2024の決算額と、うち一般財源は？", "15,640"),
        ("地域づくり人材育成の事業費、FY2024の決算額と、うち一般財源は？", "8,250"),
        # (「FY2022から時系列で」: from that year to the newest, not FY2022 alone)
        ("ダム見学などインフラを観光に使う事業、インプットとしての決算額をFY2022から時系列で。", "8,652"),
    ])
    answered_first(fjfl_service, [("アドバイザー派遣件数がFY2024に落ち込んだ理由は？", ("02 47 03", "8", 3))])


def test_report_words_are_no_subject(fjfl_service):
    # (once refused: 「FY2022」・「事務事業由来」に関する記載はない; the indicator is 県の事務事業に伴う温室効果ガス排出量)
    answered_saying(fjfl_service, [("県の事務事業由来の温室効果ガス排出量、FY2022〜FY2024の推移を定量的に。", "118,420")])


def test_the_prefectures_money_is_the_general_fund(fjfl_service):
    # (once refused: 「県のお金の内訳の数値」の記載がない)
    answered_saying(fjfl_service, [
        ("バスの運転手確保の事業で、去年の予算はいくらで、実際に使ったのはいくらでしたか。そのうち県のお金はどれくらいでしょう。", "14,700"),
    ])


def test_a_western_year_said_is_no_breakdown(fjfl_service):
    # (once refused: 「西暦ごとの内訳」の記載がない)
    answered_saying(fjfl_service, [
        ("音楽祭のお客さんの数を、コロナのころから順に知りたいです。西暦でいうと2022年度から2024年度までの３年分です。", "41,260"),
    ])


def test_how_the_figures_move_said_in_report_words_is_no_subject(fjfl_service):
    # (once refused: 「右肩上がり」の数値の記載がない)
    answered_saying(fjfl_service, [("子ども・学生向けの工事現場見学、参加人数は右肩上がりとの理解でよいか。", "1,460")])

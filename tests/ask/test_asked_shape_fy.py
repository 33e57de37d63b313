"""Dev set FY's answer classes, asked here of its sheets in other words: a section officer rehearsing an external 事業レビュー
names programs by the everyday word the sheet glosses (「野焼き」 for 屋外焼却) or by a clipped compound (「鉛管」 for
鉛製給水管), asks how a target figure was set (「459件はどのような根拠で」), an average the sheet prints (「１件当たり平均
いくら」), the time before the pandemic (「コロナ禍前の水準」), a survey's result (「アンケートで…と答えた人」), and a 細事業 by
all its words (「楽器の…更新や修繕」) beside a 事業 that shares one (老朽化)."""

from __future__ import annotations

from .citing import answered_first, answered_from, answered_saying, refused_saying


def test_the_word_a_sheet_glosses_its_name_with_names_that_program(fy_service):
    # (once 生活環境保全対策, whose 細事業 野外焼却防止啓発事業 the word's kanji were read as clipping, answered)
    answered_first(fy_service, [
        ("野焼きの事業で、来年度は何を変えるの？", ("06 29 04", "9-2", None)),
        ("野焼きの取組、県はいま何が課題だと思ってる？", ("06 29 04", "9-1", None)),
    ])


def test_a_compound_clipped_to_its_first_and_head_kanji(fy_service):
    # (once refused: 「鉛管」が何件かの記載がない; 鉛管 is 鉛製給水管's 鉛 and 給水管's 管)
    answered_saying(fy_service, [
        ("鉛管はあと何件残っているの？", "6,830"),
    ])
    answered_from(fy_service, [
        ("鉛管の取替えって、来年度から何が新しくなる？", "14 31 02"),
    ])


def test_how_a_target_was_set_asks_for_no_names(fy_service):
    # (once refused: 459件の個別の名称の記載がない)
    answered_saying(fy_service, [
        ("苦情件数の目標の459件は、どのような考え方で決めたのか。", "612件"),
    ])


def test_an_average_the_sheet_prints_among_its_activities(fy_service):
    # (once refused: 1単位あたりの金額（単価）の記載がない; the 取組 print 「１件当たりの助成額の平均は８万２千円」)
    answered_saying(fy_service, [
        ("宅地の取替えへの助成は、平均すると１件当たりいくらになっていますか。", "８万２千円"),
    ])
    # a price per unit with no average asked is still refused where only other amounts are printed
    refused_saying(fy_service, [
        ("チッパー１台の購入単価はいくら？", "単価"),
    ])


def test_the_time_before_the_pandemic_is_no_subject(fy_service):
    # (once refused: 「コロナ禍」についての記載がない; the sheet says 新型コロナウイルス感染症, two other sheets コロナ禍)
    answered_first(fy_service, [
        ("演奏会・安全教室の開催回数は、コロナ禍前の水準まで回復しているのか。", ("17 27 03", "4", 1)),
    ])


def test_a_survey_is_where_people_answered(fy_service):
    # (once refused: 「警察音楽隊のアンケート」に関する記載はない; the indicator is 「…と答えた人の割合」)
    answered_first(fy_service, [
        ("警察音楽隊のアンケートで、意識が高まったと答えた人の割合は？", ("17 27 03", "4", 2)),
    ])


def test_a_sub_program_said_by_all_its_words_beats_a_program_sharing_one(fy_service):
    # (once 交通信号機老朽化対策, linked by 老朽化 alone, answered: 老朽化 is a rare word of its sheet among these)
    answered_from(fy_service, [
        ("楽器が老朽化していると聞くが、更新や修繕はどれくらいしているの？", "17 27 03"),
    ])

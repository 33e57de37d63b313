"""Dev sets GB's and GC's answer classes, asked here of their sheets in other words: a 国際交流員 mixes English words into
Japanese questions (「R6のbudget」「next yearのplan」「Which sub-program spent the most?」), and an assembly committee's
minutes mark each member's turn (「○山田委員　」「〇委員（竹内）　」), keep the member's preamble about the district
(「地元の旅館の方から…と伺っております。」) and hedges (「…まではお持ちでないかもしれませんが、」).  FZ's letter-writer's
guesses at the answer (「デジタル化の類と拝察するが。」) are here too; the words themselves are read in tests/text."""

from __future__ import annotations

from .citing import answered_first, answered_from, answered_saying, refused_saying


def test_english_words_are_the_forms_words(gbgc_service):
    # (once refused: 「くるみのprogram」「Why」・「didn't」に関する記載はない; 「plan」についての記載がない)
    answered_saying(gbgc_service, [
        ("くるみのprogramのbudget、FY2024はいくらでしたか？", "17,700"),
        ("介護助手のprogram、what are the main challenges?", "約２割"),
    ])
    answered_first(gbgc_service, [
        ("Why didn't the 介護助手 program reach its goal of 220 事業所?", ("05 91 03", "8", 1)),
        ("くるみの苗木が足りないproblem、what will they do next year?", ("09 48 03", "9-2", None)),
    ])


def test_a_word_and_its_suffix_name_the_program_that_holds_both(gbgc_service):
    # 起業人 (起業 + 人): not 農村女性起業支援, nor its 細事業 起業育成事業 (once answered for both questions)
    answered_first(gbgc_service, [
        ("起業人の事業の課題を教えてください。", ("02 61 04", "9-1", None)),
    ])
    answered_saying(gbgc_service, [
        ("起業人の事業、R6の決算額は？", "22,431"),
    ])


def test_each_of_two_years_is_the_cost_tables_columns(gbgc_service):
    # (once refused: シートには個別の内訳の記載がない)
    answered_saying(gbgc_service, [
        ("介護助手の事業で、2023年度と2024年度にそれぞれいくら使いましたか。", "41,062"),
    ])


def test_the_minutes_speaker_is_no_subject(gbgc_service):
    # (once refused: 「清水委員」「竹内」に関する記載はない)
    answered_saying(gbgc_service, [
        ("○清水委員　木製ガードレールの事業、令和６年度の決算額はいくらでしょうか。", "33,876"),
        ("〇委員（竹内）　道路のライブカメラは今何台になっているんでしょうか。", "141"),
    ])


def test_the_members_district_preamble_and_hedges_are_no_subject(gbgc_service):
    # (once refused: 「地元の旅館」「村の内部」に関する記載はない)
    answered_saying(gbgc_service, [
        ("◆北村委員　地元の民宿の方からも、外国のお客さんがガイドツアーに増えていると伺っております。エコツアーの外国人の"
         "参加者はどのくらいでしょうか。", "1,540"),
    ])
    answered_first(gbgc_service, [
        ("○中島委員　全体構想の認定ですけれども、まあ村の役場の事情まではお分かりにならないかもしれませんけれども、"
         "エコツーリズムの全体構想の認定が目標に届かなかった理由を伺います。", ("06 37 04", "8", 3)),
    ])


def test_when_a_count_stands_is_no_subject_of_it(gbgc_service):
    # (once refused: シートには「昨年度末」が何台かの記載がない)
    answered_saying(gbgc_service, [
        ("道路のライブカメラ、昨年度末で県内に何台でしたか。", "141"),
    ])


def test_words_people_use_for_the_sheets_words(gbgc_service):
    # 労金 (労働金庫), 運送会社・バス会社 (物流事業者・バス事業者), 深刻 (how serious, a frame word)
    answered_from(gbgc_service, [
        ("申込みが労金の窓口だけなのは不便です。手続の面で改善する予定は？", "07 48 03"),
        ("大雪のとき、運送会社やバス会社とはどう連携したのですか。", "11 67 04"),
        ("道路情報板の老朽化はどれくらい深刻なんですか。", "11 67 04"),
    ])


def test_a_torikumi_said_as_written_and_no_word_begun_inside_another(gbgc_service):
    # 首都圏での体験フェア over M's 首都圏フェア; 人事担当者向けの説明会 is not DI's 事業者向け説明会 (者向け説明会)
    answered_saying(gbgc_service, [
        ("首都圏での体験フェアはどこでやって、何人来たんですか。", "2,380"),
    ])
    answered_from(gbgc_service, [
        ("企業の人事担当者向けの説明会はどこで開いたのですか。", "07 48 03"),
    ])


def test_where_things_were_put_needs_places_by_name(gbgc_service):
    # (once answered with the 細事業's 「峠や積雪の多い区間に」)
    refused_saying(gbgc_service, [
        ("新しく付けたライブカメラは、具体的にどこの峠に設置したんですか。", "設置場所"),
    ])


def test_will_be_improved_asks_the_measures(gbgc_service):
    # (改善される: what will be done; 改善された: what was)
    answered_first(gbgc_service, [
        ("信州自然ガイドの認定の仕組みは、本年度から何か改善されるんでしょうか。", ("06 37 04", "9-2", None)),
    ])


def test_a_guess_at_the_answer_told_after_the_question(fz_service):
    # (once refused: 「デジタル化の類」「賑わい」に関する記載はない; 金 said bluntly for お金)
    answered_saying(fz_service, [
        ("博物館の事業で一番金を使っているのはどの細事業か。展示の類と拝察するが。", "ミュージアムアーカイブ構築事業"),
        ("博物館連携の事業、連携館の入館者はどう推移しておるか。昔の賑わいに戻ったと見てよいのか。", "1,764"),
    ])


def test_a_verb_names_no_program(fz_service):
    # 見張る is written on the 金属盗難 sheet (見張り) alone, yet 「漏水を見張る仕掛け」 is the 漏水 program's
    answered_from(fz_service, [
        ("太い管の漏水をいつも見張っておく仕組みを、入れる予定はあるのか。", "16 12 04"),
    ])


def test_against_the_target_asks_the_indicators_row(gbgc_service):
    # 「何台設置されたのか、目標に対してどうだったのか」: the 細事業 is named, its indicator's row holds the target
    # (once answered with the 取組 lines alone, no target)
    answered_first(gbgc_service, [
        ("道路ライブカメラの設置台数、昨年度末で何台設置されたのか、目標に対してどうだったのか。", ("11 67 04", "4", 1)),
    ])

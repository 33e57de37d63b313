"""Dev sets FD and FE's answer classes (a 民宿 owner from 飯田・下伊那 typing 南信州 speech; a consultant benchmarking in
katakana business words), asked here of their sheets: a program called by three initials of its name (サ高住: サービス付き
高齢者向け住宅) is that program; 南信・三河 forms (〜だら, 〜りん, えらかった) read as standard Japanese; a consultant's
frame words (ファクトベース, ボトルネック, ギャップ, ロードマップ, ペイン) are no subject and their katakana for the sheet's words
(リプレース: 更新, レイテンシ: 時間, インシデント: 発生件数) are those words; 「どこの住宅か名前」 asks names a sheet does not give."""

from __future__ import annotations

from .citing import answered_first, answered_from, refused_saying


def test_three_initials_name_their_program(fdfe_service):
    # (once refused: 「サ高住」に関する記載はない)
    answered_first(fdfe_service, [("サ高住に県が立ち入って調べる件数、ここ３年でどう変わっとる？", ("11 20 03", "4", 1))])
    answered_from(fdfe_service, [
        ("サ高住で、注意されても直さんとこには、来年から県はどうするって？", "11 20 03"),
        ("高齢者住宅（サ高住）のやつ、県に注意されたあと期限までにちゃんと直したとこの割合が下がっとるのは、なんでかね", "11 20 03"),
    ])
    # (named now, the names it asks are still not on the sheet)
    refused_saying(fdfe_service, [("指導されたサ高住の44棟って、どこの住宅か名前はわかる？", "個別の名称")])


def test_a_consultants_words_are_read_as_the_sheets(fdfe_service):
    # (once refused: 「リプレース単価」「レイテンシ」「フルカバー」「目標ショート」「ファクトベース」「計画対比」に関する記載はない)
    answered_from(fdfe_service, [
        ("震度計をリプレースすると、計測から送信までのレイテンシってどのくらい縮むんですか？", "03 39 04"),
        ("市町村向けの震度システム操作トレーニング、参加自治体数のトレンドは？R6でフルカバーできた？", "03 39 04"),
        ("農薬管理指導士のストック、新規認定はむしろ伸びてるのにR6で目標ショートしたのはなぜ？ボトルネックを一言で…無理なら箇条書きで。",
         "09 77 05"),
        ("長野の農薬ドリフト対策、苦情・相談のKPIがR6でむしろ悪化してますよね？ファクトベースで要因を教えてください。", "09 77 05"),
        ("震度計のリプレース、R6って40か所やる計画でしたよね？計画対比でギャップが出た理由は何ですか？", "03 39 04"),
    ])
    answered_first(fdfe_service, [("震度計の件、R7のロードマップを教えてください。全部終わる見込み？落雷対策もセットで。", ("03 39 04", "9-2", None))])


def test_a_town_read_as_a_surname_is_a_place(fdfe_service):
    # (once answered from the prefecture's total: Sudachi reads 飯田 as a surname)
    refused_saying(fdfe_service, [("県民投票、飯田の人は何人投票したの？", "「飯田」")])

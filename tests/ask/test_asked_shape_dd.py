"""Blind sets DD's and DE's answer classes (a junior-high pupil researching programs for 総合学習; a local newspaper
reporter checking figures), asked here of their sheets in other wording: 県の車 is the sheets' 公用車, エコカー its
次世代自動車, アーティスト its 芸術家; 「何がむずかしいの」 asks the 課題, 「どう対策するの」 and 「上げる話ある？」 the
方策; 「1人あたりにすると」 is a figure to work out from the total and the count,
no unit price the sheet must print; refused: a telephone number, a title, what a job pays, none of which the sheets print."""

from __future__ import annotations

from .citing import answered_first, answered_from, refused_saying


def test_a_pupils_words_for_the_sheets(ddde_service):
    answered_first(ddde_service, [
        ("県の車のうちエコカーの割合って、ここ3年でどう変わった？", ("01 21 11", "4", 1)),
        ("県の車用の充電器って、何基まで増えたの？", ("01 21 11", "4", 2)),
    ])


def test_what_is_hard_and_how_it_will_be_met(ddde_service):
    answered_first(ddde_service, [
        ("県の車をエコカーに替えるのって、何がむずかしいの？", ("01 21 11", "9-1", None)),
        ("県の公用車、EVの納車が遅れる問題はどう対策するの？", ("01 21 11", "9-2", None)),
    ])


def test_a_share_per_person_is_worked_out(ddde_service):
    answered_from(ddde_service, [("特別支援学校の看護師配置にかかったお金、1人あたりにするといくら？", "12 81 05")])


def test_what_no_sheet_prints_is_refused(ddde_service):
    refused_saying(ddde_service, [
        ("闇バイトの相談電話って、何番にかければいいの？", "電話番号"),
        ("警察の闇バイト啓発の動画って、なんていうタイトル？", "タイトル"),
        ("闇バイトって、だいたいいくらもらえるの？", "報酬"),
    ])

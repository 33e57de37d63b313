"""Dev sets DN's and DO's answer classes (a 民宿 owner in 白馬 typing between chores, a 財政課 examiner's memo-style
questions), asked here of their sheets in other wording: 執行率 and 不用額 are computed from the cost table, both
figures shown; a word the sheet writes as its Sudachi synonym (ガソリンスタンド: 給油所) has its figures there; an
indicator linked by name that did not move as the question tells gives way to the one that did; the asker's own home
or work told before the question is no subject, unless the question asks whether it is covered."""

from __future__ import annotations

from .citing import answered_first, answered_saying, refused_saying


def test_exec_rate_and_unused_are_computed_from_the_cost_table(dndo_service):
    # (once refused: 不用額 and 執行率 are written on no sheet, and the question was read as a lookup)
    answered_first(dndo_service, [("ロングトレイルの事業、R6の執行率と不用額は？", ("08 27 07", "6", None))])
    answered_saying(dndo_service, [("ロングトレイルの事業、R6の執行率と不用額は？", "88.1％"),
                                   ("ロングトレイルの事業、R6の執行率と不用額は？", "4,082千円"),
                                   ("ロングトレイルの事業のR6の一般財源の割合は？", "= 50.0％")])


def test_a_sudachi_synonym_holds_the_figures(dndo_service):
    answered_first(dndo_service, [("住民出資のガソリンスタンドの数ってどう推移してる？", ("02 40 02", "4", 3))])


def test_the_indicator_that_moved_as_told(dndo_service):
    # (感震ブレーカー links the 設置率, which rose both years; the 認知度 fell in R5 and rose in R6)
    answered_first(dndo_service, [("感震ブレーカーを知ってる人の割合、一度下がってまた上がったのはなぜ？", ("03 17 02", "8", 3))])


def test_the_askers_own_work_is_no_subject_unless_covered(dndo_service):
    answered_first(dndo_service, [("うちは野沢菜を漬けてるんですけど、小さな拠点の年間利用者ってどう推移してます？", ("02 40 02", "4", 2))])
    # (asked whether their own shop is covered, it is the subject: the sheet must say so)
    refused_saying(dndo_service, [("うちは野沢菜の漬物屋なんですけど、小さな拠点の補助って漬物屋でも使えます？", "漬物")])

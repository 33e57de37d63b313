"""Blind sets CF's and CG's answer classes (an audit officer checking results and spending, residents who rarely follow
prefectural policy), asked here of their sheets in other wording: a figure told as a change (「500人くらい減った」)
names no indicator by its value; people by everyday names (お客さん, 人手, メンタル不調) and clipped
loanwords (フェス, バイト) are the sheets' 来場者, 労働力, 精神疾患, フェスティバル, アルバイト; 「理由を全部」
asks every reason of one indicator, not a count of programs."""

from __future__ import annotations

from .citing import answered_first


def test_a_change_names_no_indicator_by_its_figure(cfcg_service):
    answered_first(cfcg_service, [("フェスの来場者、前年から500人くらい減ったのはどうして？", ("13 64 02", "8", 3))])


def test_people_and_clipped_loanwords_by_their_everyday_names(cfcg_service):
    answered_first(cfcg_service, [
        ("伝統芸能フェスのお客さんって、ここ3年でどう変わった？", ("13 64 02", "4", 3)),
        ("収穫期の人手、何人くらい確保できてる？推移で", ("09 88 08", "4", 3)),
        ("県の職員でメンタル不調のため長く休んでる人、推移は？", ("01 53 09", "4", 1)),
    ])


def test_every_reason_of_one_indicator_is_no_count_of_programs(cfcg_service):
    answered_first(cfcg_service, [("レタスの出荷量が減った原因、あるだけ全部挙げて", ("09 88 08", "8", 1))])

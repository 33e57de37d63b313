"""Dev sets DR's and DS's answer classes (a DX officer typing keywords into a search box, a researcher comparing the
prefecture's figures with their own in stiff written Japanese), asked here of their sheets: figures quoted together
name the one indicator that reports them all, and a figure typed before a space has no unit; the words that ask for
a figure's definition or its source (定義, 出どころ), whether statistics exist (統計ある?) or a before/after, and a
year told from another (翌R6年度), are how a question is put, no subject the sheets lack; the cost table asked of a
linked 事業 is its own, though every sheet's holds the words asked with (予算現額, 一般財源); a question typed as keywords
is refused for a keyword its answer's sheet never writes."""

from __future__ import annotations

from .citing import answered_first, answered_saying, refused_saying


def test_figures_quoted_together_name_their_indicator(drds_service):
    # (目標4,000人 is three indicators' target; 4,315人 is one of them's R6 value)
    answered_first(drds_service, [("参加した人が目標の4,000人を超えて4,315人になった理由は", ("08 73 08", "8", 2))])
    # (typed as keywords: 「目標3500 未達」, 未達 is no unit of 3500)
    answered_first(drds_service, [("個別避難計画 福祉避難所 目標3500 届かない 理由", ("05 85 06", "8", 3))])


def test_how_a_figure_is_asked_for_is_no_subject(drds_service):
    answered_saying(drds_service, [("「買い物困難者」の約8.7万人って、どういう定義の数字？出どころは？", "500m以上"),
                                   ("カスハラ 相談 暴言 居座り 割合 統計ある?", "45％")])
    answered_first(drds_service, [("遠隔臨場 工事件数 before/after", ("11 33 04", "4", 3))])
    answered_first(drds_service, [("翌R6年度に立ち往生が減ったのは警報装置の効果ですか", ("11 89 03", "8", 2))])


def test_the_linked_program_tells_its_cost_table_apart(many_tables_service):
    # (once the 一般廃棄物 sheet's table: its name shares 一般 with 一般財源)
    answered_first(many_tables_service, [("カスハラ 事業 R6 予算現額 一般財源", ("07 86 07", "6", None)),
                                         ("カスハラの事業、R6の予算現額と一般財源は？", ("07 86 07", "6", None))])


def test_a_keyword_the_sheet_never_writes_is_refused(drds_service):
    # (once answered: the カスハラ sheet's 課題, the ストーカー sheet's 加害者 counselling; 罰則 is another sheet's word)
    refused_saying(drds_service, [("カスハラ 罰則 どうなってる", "罰則"), ("カスハラ 加害者 罰則", "罰則")])
    # (each keyword written on the sheet: answered)
    answered_first(drds_service, [("福祉避難所 協定施設 増えた 理由", ("05 85 06", "8", 1))])

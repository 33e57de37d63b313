"""Dev sets DL's and DM's answer classes (a PTA parent typing between chores, a former prefectural officer on the
evaluation committee), asked here of their sheets in other wording: the asker's own family told around the question
(「中学生の娘の通学バス、…助かってるんですけど」) is no subject; whether a 細事業's target was reached is its indicator's row;
a target said missed (or reached) with no indicator named is the answering sheet's indicator with that status; each row
of the cost table asked 「それぞれ」 is on the sheet; 「どれほどの業者」 asks how many, no names; what changed after a fall
and a recovery is the 要因分析; a noun's なんで before a statement is its なので; a 制度 described by what it does (表彰
する制度) is the thing asked."""

from __future__ import annotations

from .citing import answered_first, refused_saying


def test_the_askers_family_is_no_subject(dldm_service):
    # (中学生 is a member of a group no sheet here counts: asked of, it is refused; told of the asker's daughter, it is not)
    answered_first(dldm_service, [("中学生の娘の通学バス、ICカードで乗れるようになって助かってるんですけど、キャッシュレスで払う人の割合って"
                                   "なんで伸びないの？", ("02 85 07", "8", 2))])
    refused_saying(dldm_service, [("中学生のキャッシュレス決済の割合は？", "中学生")])


def test_a_target_asked_of_a_sub_program_is_its_indicators(dldm_service):
    # (学校・保育所等家具点検事業 is named; its count against the target is the indicator's row, not the 取組 text)
    answered_first(dldm_service, [("学校や保育所の家具の点検、何施設までやった？目標には届いた？", ("03 80 12", "4", 3))])


def test_a_missed_target_is_the_sheets_indicator_that_missed_it(dldm_service):
    # (no indicator named: of the two that missed, the one whose name says 対応; once refused as a reason not written)
    answered_first(dldm_service, [("バスのICカード対応って、まだ全部じゃないよね。目標に届かなかったのはなぜ？", ("02 85 07", "8", 1))])


def test_each_row_of_the_cost_table(dldm_service):
    answered_first(dldm_service, [("広葉樹の事業のR5の補正額と前年度繰越額、それぞれいくら？", ("10 11 09", "6", None))])


def test_how_many_asks_no_names(dldm_service):
    # (どれほどの業者 holds どの業者: read as which companies, it was refused as names not written)
    answered_first(dldm_service, [("産業廃棄物の監視員1人当たり、どれほどの業者を受け持っているの？", ("04 10 11", "9-1", None))])


def test_a_nouns_nande_is_its_node(dldm_service):
    # (「賃貸なんで」 is 「賃貸なので」: the question is the 方策 for such homes, not a reason)
    answered_first(dldm_service, [("うち賃貸なんで壁に穴をあけられないんですよ。家具の固定でそういう家向けに何か考えてます？",
                                   ("03 80 12", "9-2", None))])


def test_a_system_described_by_what_it_does(dldm_service):
    refused_saying(dldm_service, [("脱炭素に取り組む中小企業を表彰する制度はありますか？", "表彰")])


def test_what_changed_after_a_fall_and_a_recovery(dldm_service):
    answered_first(dldm_service, [("違反の年度内改善率がR5に落ち込んでR6に持ち直したけど、何が変わったの？", ("04 10 11", "8", 2))])

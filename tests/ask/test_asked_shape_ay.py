"""Blind set AY's answer classes, worded differently here: everyday words for the sheets' terms (残業 = 時間外, 勉強会 =
研修) and degree words that are no subject (血圧高め); 太陽光 found where Sudachi cut it (太陽光発電施設: 太陽 + 光); a group
member (県立高校) judged by the indicator of the answering sheet, not by one of another sheet linked first; what a sheet does
not state (全国平均の数値, 参加者への謝礼, 認証の要件) refused; the 実施期間 of a 事業 named by its 細事業's words; 「続かない」
「うまく活用できてない」 ask the 課題; 予算を削られた is the cost table's 補正."""

from __future__ import annotations

from .citing import answered_first, keys as _keys


def test_everyday_words_and_degree_words(ay_service):
    answered_first(ay_service, (("教員の残業が月45時間を超える割合はどう推移してる？", ("12 58 06", "4", 1)),
                                ("血圧高めの人の割合、目標に届いた？", ("05 53 09", "4", 3)),
                                ("景観の審査について、市町村向けの勉強会ってやった？", ("11 54 09", "7", None))))


def test_a_word_sudachi_cut_on_the_sheet(ay_service):
    from assistant.query.anchors import _split_uses

    snap = ay_service.snapshot()  # 太陽光発電施設 is 太陽 + 光 + 発電 + 施設 in the index; ドクターヘリ writes 太陽光パネル
    uses = _split_uses(snap, "太陽光", ["太陽光", "太陽", "光", "届出"], set())
    assert sum(snap.chunks[c].meta.get("jigyo_no") == "11 54 09" for c, _ in uses) >= 3, uses
    ans = ay_service.ask("太陽光の届出って何件くらい？")
    assert not ans.refused and _keys(ans)[0][0] == "11 54 09", (ans.answer, _keys(ans))


def test_a_member_judged_by_the_answering_sheets_indicator(ay_service):
    ans = ay_service.ask("県立高校の先生の残業が月45時間を超える割合は？")
    assert ans.refused and "県立高校" in ans.answer, (ans.answer, _keys(ans))


def test_what_the_sheet_does_not_state(ay_service):
    for q, what in (("おためし就業に参加すると謝礼は出るの？", "謝礼"),
                    ("信州シニア活躍企業に認証される要件は？", "基準"),
                    ("脳血管疾患の死亡率、全国平均って何％？", "全国平均")):
        ans = ay_service.ask(q)
        assert ans.refused and what in ans.answer, (q, ans.answer, _keys(ans))


def test_the_period_of_a_program_named_by_its_detail(ay_service):
    ans = ay_service.ask("シニアの就業支援の事業って、いつから始まったんでしたっけ？")
    assert not ans.refused and _keys(ans)[0] == ("07 56 06", "header", None) and "H30" in ans.answer, (ans.answer, _keys(ans))


def test_issues_and_cuts_said_in_everyday_words(ay_service):
    answered_first(ay_service, (("住民協定って、このまま続かなくなりそうな地区ある？", ("11 54 09", "9-1", None)),
                                ("校務支援システム、うまく活用できてない学校があるの？", ("12 58 06", "9-1", None)),
                                ("シニア就業の事業、途中で予算削られた年ってある？", ("07 56 06", "6", None))))

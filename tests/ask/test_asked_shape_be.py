"""Blind set BE's answer classes, worded differently here: a 部局 named as the owner (「警察の…」) is looked for among its
own sheets first; 「うまく回ってる？」 asks how every indicator did; 辞める = 離職 and 植え替え = 改植; a span of time (3年以内)
names the indicator that holds it; 「どこまで整備できた」 asks what was done; how many people a verb counts (何人採用した)
and where people came from (どこの県から) must be stated; ネタ is how a subject is put, not a subject."""

from __future__ import annotations

from .citing import answered_first, keys as _keys


def test_the_owner_bukyoku_is_looked_in_first(be_service):
    # (the answer's sheet was 人事委員会's 県職員採用試験, and the owner check refused: 警察本部's sheets were never read)
    answered_first(be_service, (("警察の受験者数の推移を教えて", ("15 38 08", "4", 1)), ("警察の受験者数が減った理由は？", ("15 38 08", "8", 1))))


def test_how_every_indicator_did(be_service):
    ans = be_service.ask("果樹の園地継承の事業、うまく回ってるんですか？")
    assert not ans.refused and [k[:2] for k in _keys(ans)[:3]] == [("09 34 08", "4")] * 3, (ans.answer, _keys(ans))


def test_everyday_verbs_and_a_span_of_time(be_service):
    answered_first(be_service, (("採用から3年以内に辞めた警察官って減ってる？", ("15 38 08", "4", 2)),
                                ("継いだ園地で植え替えた面積、どのくらい増えた？", ("09 34 08", "4", 3))))


def test_how_far_it_was_done(be_service):
    ans = be_service.ask("遠隔授業の配信、どこまで拡大できた？")
    assert not ans.refused and _keys(ans)[0] == ("12 36 04", "7", None), (ans.answer, _keys(ans))


def test_counts_and_places_that_must_be_stated(be_service):
    ans = be_service.ask("結局、警察官は何人採用したんですか？")
    assert ans.refused and "採用した人" in ans.answer, (ans.answer, _keys(ans))
    ans = be_service.ask("ピアサポート交流会って何人参加した？")  # 延べ83人が参加した: stated
    assert not ans.refused and "83人" in ans.answer, (ans.answer, _keys(ans))
    ans = be_service.ask("県外からの入学者って、どこの県から来てる？")
    assert ans.refused and "出身地" in ans.answer, (ans.answer, _keys(ans))
    ans = be_service.ask("苗木代の補助って何分の何出てるの？")
    assert ans.refused and "補助率" in ans.answer, (ans.answer, _keys(ans))


def test_neta_is_no_subject(be_service):
    ans = be_service.ask("中山間の高校で、地域ネタの授業ってどんなのがある？")
    assert not ans.refused and _keys(ans)[0][0] == "12 36 04", (ans.answer, _keys(ans))

"""Blind set BH's answer classes, worded differently here: the prefecture's own place said as the owner of a subject
(「長野のDPAT」「信州の家庭教育ほっとライン」) is how staff speak of their own programs, not a narrower subject; the owner 部局
may be said with として or では as well as の."""

from __future__ import annotations

from .citing import answered_first


def test_the_prefectures_own_place_narrows_nothing(bh_service):
    answered_first(bh_service, (("長野のDPATの研修、何回やった？", ("05 18 09", "7", None)),
                                ("信州の家庭教育ほっとラインの相談件数は？", ("12 17 09", "7", None))))


def test_the_owner_said_with_toshite():
    from assistant.ask.refusal import _OWNS

    import re
    assert re.search("会計局" + _OWNS, "年度末の発注、会計局として何か考えてる？")
    assert re.search("警察" + _OWNS, "警察では通訳をどう確保してる？")
    assert not re.search("警察" + _OWNS, "警察と連携した取組は？")  # a partner owns nothing

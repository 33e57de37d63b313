"""A question pasted as an e-mail (``assistant.text.mail``): read as its body, without the header, the salutation, the
greeting and who writes, the quoted mail and the signature; a question that is no e-mail as it was."""

from __future__ import annotations

import pytest

from assistant.text.mail import is_mail, without_mail_frame

FORWARDED = """件名：FW: 県の災害査定支援チームの実績
差出人：建設課 土屋
宛先：副町長
日時：2025年4月30日 13:50

副町長

お疲れ様です。土屋です。
県がR6から市町村の災害査定を手伝う仕組みを始めたそうですが、実績は出ていますか？

-----Original Message-----
From: 建設事務所
Subject: 市町村技術支援チームのご案内
> 今年度も支援希望の市町村を募集します。

土屋
=====================
栗林町 建設課 土屋 健
TEL 0265-00-1234
====================="""

SIGNED_ONLY = """お疲れ様です。企画課の西村です。
県の女性消防吏員の事業、R6で実際に使った額はわかりますか。

西村
──────────────
若葉平町 企画課 西村 陽子
TEL 0268-00-6161
──────────────"""

REPLY = """件名：Re: 災害復旧の進捗
差出人：総務課 松沢
宛先：建設事務所 維持管理課 ご担当者様

建設事務所 維持管理課
ご担当者様

いつもお世話になっております。大沢村総務課の松沢です。
ご依頼の件、遅れている原因を県はどう説明していますか？

よろしくお願いいたします。
丸山 恵
白樺台町 住民課 生活安全係"""

FORWARD_ONLY = """件名：FW: 査定支援チームの予算
お疲れ様です。佐藤です。
下記の件、よろしくお願いします。
-----Original Message-----
From: 課長
> 査定の支援チーム、県はどのくらいお金かけてるの？"""


@pytest.mark.parametrize("mail, body", [
    (FORWARDED, "県がR6から市町村の災害査定を手伝う仕組みを始めたそうですが、実績は出ていますか？"),
    # no header: a signature with a telephone number makes it a mail (0268-00-6161 is no 事業番号)
    (SIGNED_ONLY, "県の女性消防吏員の事業、R6で実際に使った額はわかりますか。"),
    # the salutation before the greeting, the reply's lead-in, the sign-off and an unruled signature
    (REPLY, "遅れている原因を県はどう説明していますか？"),
    # a body that asks nothing forwards the question it quotes
    (FORWARD_ONLY, "査定の支援チーム、県はどのくらいお金かけてるの？"),
])
def test_a_mail_is_read_as_its_body(mail, body):
    assert is_mail(mail)
    assert without_mail_frame(mail) == body


@pytest.mark.parametrize("question", [
    "県のクラファン支援、R6は何者使った？",
    "お疲れ様です。R6の決算額を教えてください。",
    "件数の推移は？\n----\nよろしく",  # (a rule with no signature after it makes no mail)
])
def test_a_question_that_is_no_mail_is_kept(question):
    assert not is_mail(question)
    assert without_mail_frame(question) == question

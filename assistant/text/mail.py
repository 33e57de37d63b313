"""A question pasted as an e-mail, read without the e-mail around it.

市町村 staff forward the mail that raised the question: 「件名：FW: 県の災害査定支援チームの実績／差出人：建設課 土屋／
宛先：副町長／日時：…」, a salutation (「副町長」「防災係 御中」), 「お疲れ様です。土屋です。」, the question, an earlier mail quoted
with 「>」 or under 「-----Original Message-----」, and a signature between rule lines (「栗林町 建設課 土屋 …／TEL 0265-00-…」).
Read as it is, the header's labels were taken for a request form's fields, the telephone number (0268-00-6161) for a
事業番号 and the names and towns for subjects no sheet has, so nearly every such question was refused.  None of it is
what is asked: the body is the question.  The quoted mail is kept only when the body asks nothing of its own (a bare
「下記の件、確認お願いします。」 forwards the question it quotes).

Only a question that looks like an e-mail (a sender or addressee line, an original-message marker, or a signature with a
telephone number) is changed; a subject line with a 内容 line is a request form (``text.request_form``).
"""

from __future__ import annotations

import re

# A header line's labels: who sent it and to whom (a line of these makes a mail), and the rest of the header (a subject
# line alone makes no mail: 「件名：芝生の維持管理\n内容：…」 is a request form, ``text.request_form``)
_ADDRESS_LABELS = ("差出人", "送信者", "From", "宛先", "To", "Cc", "CC", "日時", "送信日時", "Sent")
_OTHER_LABELS = ("件名", "題名", "Subject", "Bcc", "BCC", "送信日", "Date", "添付", "Attachments?")
_MAIL_HEADER = re.compile(r"^[ 　]*(?:" + "|".join(_ADDRESS_LABELS) + r")[ 　]*[:：]", re.MULTILINE)
_HEADER = re.compile(r"^[ 　]*(?:" + "|".join(_ADDRESS_LABELS + _OTHER_LABELS) + r")[ 　]*[:：].*$", re.MULTILINE)
_ORIGINAL = re.compile(r"^[ 　]*[-－ー─_＿=＝]{2,}[ 　]*(?:Original Message|Forwarded message|転送メッセージ|元のメッセージ|"
                       r"転送されたメッセージ)[ 　]*[-－ー─_＿=＝]{2,}[ 　]*$", re.MULTILINE | re.IGNORECASE)
_QUOTED = re.compile(r"^[ 　]*[>＞].*$", re.MULTILINE)
# A rule line of a signature (「-----」「＝＝＝」「━━━」「■■■」「／／／」「＿＿＿」「*****」「++++」)
_RULE = re.compile(r"^[ 　]*([-－ー─━―=＝*＊■□◆/／_＿+＋~～・※#＃])\1{3,}[ 　]*$", re.MULTILINE)
_CONTACT_LINES = re.compile(r"^[^\n]*(?:TEL|ＴＥＬ|FAX|ＦＡＸ|〒|@|＠)[^\n]*$", re.MULTILINE | re.IGNORECASE)
_CONTACT = re.compile(r"TEL|ＴＥＬ|FAX|ＦＡＸ|電話|内線|〒|@|＠|E-?mail|メール[:：]", re.IGNORECASE)
# Who the mail is to, on a line of its own (「副町長」「防災係 御中」「小松様」「総務課 防災係　北原様」「各位」)
_SALUTATION = re.compile(r"^[ 　]*[^。？?！!\n]{0,24}?(?:様|さま|御中|各位|殿|さん|ご担当者?様?|副?(?:町|村|市)長|[課部局室]長|課長補佐|補佐|係長|"
                         r"事務局長|所長|会長)[ 　]*$", re.MULTILINE)
# Who writes, after the greeting (「土屋です。」「企画課の西村です。」「大沢村総務課の松沢です。」)
_WHO_WRITES = re.compile(r"(?:(?<=です。)|(?<=ます。)|(?<=ございます。)|^)[ 　]*[^。？?！!\n、]{1,20}?(?:です|と申します|でございます)。")
_GREETING = re.compile(r"^[ 　]*(?:いつも)?(?:お疲れ様です|お疲れさまです|おつかれさまです|お世話になっております|お世話になります|"
                       r"おはようございます|こんにちは)。?")
_SIGN_OFF = re.compile(r"(?:以上[、,]?\s*)?(?:何卒|なにとぞ)?(?:よろしく|宜しく)お願い(?:いた|致|申し上げ)?(?:します|ます)[。！!]?")
# A line that is only a name (the sender's, before the signature): short, no punctuation, no question
_NAME_LINE = re.compile(r"^[ 　]*[一-龥々〆ヶぁ-んァ-ヶー]{1,6}(?:[ 　][一-龥々〆ヶぁ-んァ-ヶー]{1,6})?[ 　]*$", re.MULTILINE)
# (a signature without rule lines: the last lines, short and no sentence, once a line before them is one:
# 「丸山 恵」「白樺台町 住民課 生活安全係」)
_SIGNATURE_LINE = re.compile(r"[^。？?！!]{1,30}")
# How a reply opens, before its question (「ご依頼の件、」「転送いただいた件、ありがとうございます。」「一点教えてください。」
# 「いただいたご意見の件、確認しました。」): the thread's courtesy, no subject
_REPLY_LEAD = re.compile(r"^(?:(?:ご依頼|ご照会|ご質問|お問い?合わせ|お問合せ|先日お話の?あった|先日の|転送いただいた|いただいたご意見|ご連絡いただいた|"
                         r"お尋ねの|標記|下記|以下)の?件[、,](?:(?:ありがとうございます|確認しました|承知しました|拝見しました)[。])?"
                         r"|(?:一点|1点|１点|少し|ちょっと)(?:だけ)?(?:教えて|確認させて|質問させて)(?:ください|下さい)[。])+")
_ASKS = re.compile(r"[？?]|(?:か|でしょうか|ですか|ますか)[。]?(?:\n|$)|教えて|知りたい|確認したい|わかれば|分かれば")



def is_mail(q: str) -> bool:
    """Whether ``q`` is pasted as an e-mail (see the module)."""
    if _MAIL_HEADER.search(q) or _ORIGINAL.search(q):
        return True
    rule = _RULE.search(q)
    return bool(rule and _CONTACT.search(q[rule.end():]))


def _body(text: str) -> str:
    text = _HEADER.sub("", text)
    rule = _RULE.search(text)
    if rule and _CONTACT.search(text[rule.end():]):  # the signature, and all after it
        text = text[:rule.start()]
    text = _CONTACT_LINES.sub("", text)
    text = _SALUTATION.sub("", text)
    lines = [ln.strip(" 　") for ln in text.splitlines() if ln.strip(" 　")]
    greeting = next((i for i, ln in enumerate(lines[:4]) if _GREETING.match(ln)), None)
    if greeting is not None:  # (the salutation before it, however written: 「建設事務所 維持管理課」)
        lines = lines[greeting:]
    while lines and (_NAME_LINE.fullmatch(lines[-1]) or _SIGN_OFF.fullmatch(lines[-1]) or _RULE.fullmatch(lines[-1])
                     or (_SIGNATURE_LINE.fullmatch(lines[-1]) and any(re.search(r"[。？?！!]", x) for x in lines[:-1]))):
        lines.pop()  # the sender's name, the signature and the sign-off at the end
    body = "".join(ln if re.search(r"[。？?！!]$", ln) else ln + "。" for ln in lines)
    body = _WHO_WRITES.sub("", _GREETING.sub("", body), count=1)
    body = _REPLY_LEAD.sub("", body.strip(" 　"))
    out = _SIGN_OFF.sub("", body).strip(" 　")
    return out if out.strip("。") else ""


def without_mail_frame(q: str) -> str:
    """``q`` without the e-mail around its question (see the module); a question that is no e-mail, or whose body is
    empty, is kept as it was."""
    if not is_mail(q):
        return q
    original = _ORIGINAL.search(q)
    own, earlier = (q[:original.start()], q[original.end():]) if original else (q, "")
    quoted = "\n".join(m.group(0).lstrip(" 　>＞") for m in _QUOTED.finditer(own + "\n" + earlier))
    own = _QUOTED.sub("", own)
    body = _body(own)
    if not _ASKS.search(body):  # (「下記の件、確認お願いします。」: the question is the one forwarded)
        body = (body + _body(_QUOTED.sub("", earlier) + "\n" + quoted)).strip()
    return body or q

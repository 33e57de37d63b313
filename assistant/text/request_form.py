"""A request written as a form to fill in, read as the sentence it stands for.

Offices that ask for figures often send them as their request form is laid out, not as sentences:
「対象：地価調査の事業／年度：R6／項目：決算額・前年差」「【照会】事業名：AMR対策　確認事項：① R6予算現額と決算額　② R7当初予算」
「件名：芝生の維持管理 (line break) 内容：…今後どう変えるのか。」.  Read as it is, the labels (件名, 確認事項, 備考) were taken
for subjects no sheet has, the year stood apart from what it dates, and 「年度：R7」 with 項目 「…への対応」 was no plan.  So
the fields are put back into the sentence they abbreviate: the year and the subject first, then what is asked (each
numbered item a question of its own), then the remark (備考), which may carry the real ask (「R5に落ちてR6に戻った理由を」), unless it asks only for
something if there is any (「法務局との連携もあれば」).
Fields whose value is no subject (目的, 期限, 担当) are dropped.  A question with no such label is left as it was.
"""

from __future__ import annotations

import re

_SUBJECT = ("件名", "対象事業", "対象", "事業名", "事業", "テーマ", "案件")
_YEAR = ("対象年度", "年度", "期間", "対象期間")
_ASK = ("確認事項", "確認項目", "照会事項", "照会内容", "依頼事項", "依頼内容", "質問事項", "質問内容", "質問", "項目", "内容",
        "指標", "論点", "知りたいこと")
_NOTE = ("備考", "補足", "その他", "メモ")
_DROP = ("回答期限", "期限", "目的", "用途", "担当", "担当者", "依頼元", "提出先", "宛先", "差出人", "所属")
_LABELS = sorted(_SUBJECT + _YEAR + _ASK + _NOTE + _DROP, key=len, reverse=True)
# A label opens a field: at the start, after a line break, a separator (／ ｜ |) or a space, and is followed by a colon.
_FIELD = re.compile(r"(?:^|(?<=[\n/／|｜　 ]))[ 　]*(" + "|".join(_LABELS) + r")[ 　]*[:：]")
_TAG = re.compile(r"^[ 　]*【(?:照会|依頼|確認|質問|問合せ|問い合わせ|至急|再照会)】[ 　]*")
_ITEM = re.compile(r"[①-⑨]|(?:^|(?<=[ 　]))[（(][1-9１-９][)）]")
# An ask written as a clause of its own (「…を示してほしい」「…試算があれば」「…変えるのか」), not a noun to add は？ to.
_TOLD = re.compile(r"(?:[。？?]|ほしい|欲しい|たい|あれば|のか|か|願う|願います|こと|を|ください|下さい)$")
# A remark asking for something only if there is any (「法務局との連携もあれば」「工夫した点があれば」): what the sheet may
# not have is no subject to refuse the request for.
_IF_ANY = re.compile(r"(?:も|が)?あれば[。]?$")
_YEAR_ONLY = re.compile(r"(?:[RH]|令和|平成)[0-9０-９元]{1,2}(?:[～~〜\-・、,][RH]?[0-9０-９]{1,2})*")


def _value(text: str) -> str:
    return text.strip(" 　\n/／|｜").strip()


def as_sentence(q: str) -> str:
    """``q`` as a sentence when it is a filled-in request form (see the module); otherwise ``q``."""
    body = _TAG.sub("", q)
    fields = list(_FIELD.finditer(body))
    if not fields:
        return q
    subject, years, asks, notes = [], [], [], []
    lead = _value(body[:fields[0].start()])
    if lead:
        subject.append(lead)  # 「【照会】AMR 医師・薬剤師向け研修　確認事項：…」: the subject, unlabelled
    for i, m in enumerate(fields):
        value = _value(body[m.end():fields[i + 1].start() if i + 1 < len(fields) else len(body)])
        if not value:
            continue
        label = m.group(1)
        if label in _SUBJECT:
            subject.append(value)
        elif label in _YEAR:
            years.append(value + "年度" if _YEAR_ONLY.fullmatch(value) else value)
        elif label in _ASK:
            items = [_value(v) for v in _ITEM.split(value)]
            asks.extend(v for v in items if v)
        elif label in _NOTE and not _IF_ANY.search(value):
            notes.append(value)
    # (「…について、」, not 「…の」: the subject and the ask joined by の made a pair no sheet writes, 「事後指導の指導件数」)
    about = "の".join(subject) + "について、" if subject else ""
    year = "".join(y + "の" for y in years)
    if not asks:
        return f"{about}{year}".rstrip("、の") + "は？" + "".join(n if _TOLD.search(n) else n + "。" for n in notes)
    sentences = []
    for n, ask in enumerate(asks):
        ask = ask.replace("\n", "")
        told = bool(_TOLD.search(ask)) or "。" in ask
        sentences.append((about + year if n == 0 else "") + ask + ("" if told else "は？"))
    for note in notes:
        sentences.append(note if re.search(r"[。？?]$", note) else note + "。")
    return "".join(sentences)

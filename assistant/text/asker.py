"""How the asker frames their own situation around the question: a greeting, the document they are
preparing, the superior who will ask them.  None of it is the question's subject; ``query.intent`` drops
it before the question is read.

Part of the form's vocabulary (kept apart from :mod:`assistant.text.terms`, whose named things are what
questions are about).
"""

from __future__ import annotations

import re

# Pleasantries that open a message (「お疲れさまです。」): how it is asked, never a subject.
GREETING_RE = re.compile(r"^(?:(?:いつも)?お(?:疲れ|つかれ)(?:さま|様)(?:です)?|(?:いつも)?お世話に(?:なって(?:おり|い)ます|なります)|"
                         r"すみません|恐れ入(?:り)?ますが|失礼します|こんにちは)[。、,!！\s]*")

# Why the asker asks (「来週の部長説明で使いたいので」「議会答弁の下書きを作っています。」「要求資料の作成にあたり」): the
# document being prepared is the asker's task, never the subject; the clause is dropped up to its 、 or 。.
PURPOSE_RE = re.compile(r"(?:^|(?<=[。、,]))(?:来週|来月|今週|今月|今度|次回|明日|来年度|今年度|次年度)?の?"
                        r"(?:[一-龥ァ-ヶー]{1,4}の)?[一-龥]{0,4}(?:説明|答弁|資料|報告|会議|打ち?合わせ|ヒアリング|査定|レク|レポート|発表|論文|記事)"
                        r"(?:の?(?:下書き|原稿|作成|準備|資料))?(?:で|に|を|の)?"
                        r"(?:使いたい|使う|作って|作成して|作成中|準備して|準備中|書いて|確認したい|あたり|あたって)"
                        r"[^。、,？?]{0,14}?(?:[。、,]|$)")

# Who will ask the asker (「課長に聞かれそう」「部長から突っ込まれたので」「議員に説明しなきゃいけない」): their superior or
# the assembly, never the subject (a 課長 is no word of 建設発生土の有効利用率); the clause is dropped up to its 、 or 。 (or
# to the end).
ASKED_BY_RE = re.compile(r"(?:^|(?<=[。、,？?!！\s]))(?:うちの|上の)?(?:課長|部長|係長|室長|局長|所長|次長|班長|上司|知事|副知事|議員|幹部|上の人)"
                         r"(?:さん)?(?:に|から)(?:聞かれ|訊かれ|突っ込まれ|つっこまれ|質問され|詰められ|言われ|説明|報告|確認され)"
                         r"[^。、,？?]{0,14}?(?:[。、,？?]|$)")


def without_asker(q: str) -> str:
    """``q`` without the greeting, the purpose clause and the who-will-ask clause (a question that is nothing else is
    kept as it was)."""
    for pattern in (GREETING_RE, PURPOSE_RE, ASKED_BY_RE):
        q = pattern.sub("", q).strip() or q
    return q

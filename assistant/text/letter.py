"""A question written as a letter, read without the letter's frame.

Older residents write to the prefecture as they would write any letter: 「拝啓　木枯らしの季節となりました。孫が年末に
帰省するのを楽しみにしております。さて、…地震保険に入っている家は、令和六年度でどのくらいの割合になったのでございま
しょうか。お教えいただければ幸甚に存じます。敬具」.  Read as it is, the opening word (頭語: 拝啓, 前略), the season's
greeting (木枯らしの季節), the writer's own news (孫の受験) and the closing word (結語: 敬具, 草々) were taken for subjects no
sheet has, and every such letter was refused.  None of them is what is asked: a letter's body starts at 「さて、」 (the word
that turns from the greeting to the business) and ends before its closing courtesies (末文: 「寒さ厳しき折、皆様どうぞご自愛
ください。」「お教えいただければ幸甚に存じます。」).  Without a さて, only sentences that are the season's greeting or a
wish for the reader's health are dropped: a first sentence that tells what the writer read (「県民だよりで…を読みました。」)
names the subject and stays.

Only a question that is framed as a letter (an opening word at its start or a closing word at its end) is changed.
"""

from __future__ import annotations

import re

_OPENING = re.compile(r"^[\s　]*(?:拝啓|謹啓|拝復|前略|冠省|急啓|復啓|粛啓)[\s　、,]*")
_CLOSING = re.compile(r"[\s　]*(?:敬具|草々|早々|かしこ|敬白|謹白|謹言|拝具|不一)[\s　。]*$")
# 「さて、」「さて　」「さて本題ですが、」: where the greeting turns to the business
_TURN = re.compile(r"(?:^|(?<=[。\s　]))さて(?:[、,　\s]|本題(?:です|に入ります)が?[、,]?)")
# The season's greeting and the wish for the reader's health (時候・安否の挨拶, 末文): 「木枯らしの季節となりました。」
# 「師走の候、皆様いかがお過ごしでしょうか。」「寒さ厳しき折、皆様どうぞご自愛ください。」「末筆ながら…」
_COURTESY = re.compile(r"(?:の候|の砌|みぎり|季節(?:と|に)なりました|頃(?:と|に)なりました|ころ(?:と|に)なりました|"
                       r"(?:寒さ|暑さ|寒気|暑気)(?:が|も)?(?:日ごとに|日増しに|一段と|厳しく|厳しき|増して|和らぎ|続き)|"
                       r"いかがお過ごし|お元気で|ご健勝|ご清栄|ご清祥|お喜び申し上げ|お慶び申し上げ|ご自愛|末筆|略儀|書中にて|"
                       r"取り急ぎ|お待ち(?:申し上げ|して)(?:おり|い)ます|(?:木の葉|紅葉|初霜|初雪|木枯らし|桜|新緑|梅雨|蝉|秋風)"
                       r"[^。？?]{0,16}?(?:ました|ります|ですね|でございます|季節|便り|頃))")
# The request's courtesy (「お教えいただければ幸甚に存じます。」「…をご教示いただけますと幸いに存じます」): removed where it stands,
# so that what it asks for (「令和六年度の決算額を」) stays.
_PLEASE = re.compile(r"(?:を|について)?(?:お教え|ご教示|お知らせ|ご回答|お聞かせ)(?:いただければ|いただけますと|いただけたら|くだされば|賜れば)"
                     r"(?:幸甚|幸い|ありがたく|有り難く)(?:に)?(?:存じます|です|存じ上げます)[。]?")
_SENTENCE = re.compile(r"[^。！!？?]+(?:[。！!？?]+|$)")
_ASKS = re.compile(r"[？?]|(?:か|でしょうか|ましょうか|ませんか)[。]?$")


def is_letter(q: str) -> bool:
    """Whether ``q`` is framed as a letter: an opening word at its start or a closing word at its end."""
    return bool(_OPENING.search(q) or _CLOSING.search(q))


def without_letter_frame(q: str) -> str:
    """``q`` without its letter's frame (see the module); a question not framed as a letter, or that is nothing but
    the frame, is kept as it was."""
    if not is_letter(q):
        return q
    body = _PLEASE.sub("。", _CLOSING.sub("", _OPENING.sub("", q)))
    turn = _TURN.search(body)
    if turn:
        body = body[turn.end():]
    sentences = [s.group(0) for s in _SENTENCE.finditer(body) if s.group(0).strip(" 　。")]
    # (a courtesy that asks nothing: 「皆様いかがお過ごしでしょうか」 asks after the reader, not of the sheets)
    kept = [s for s in sentences if not _COURTESY.search(s) or
            (_ASKS.search(s.strip()) and not re.search(r"いかがお過ごし|お元気", s))]
    out = re.sub(r"[、,]?。[。\s　]*", "。", "".join(kept)).strip(" 　")
    return out or q

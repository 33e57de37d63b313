"""A 要因分析 (section 8) split into units: the causes it states, what it says worked, what it
says should be done, and the sentences that only report the figure.

Each unit's ``quote`` is an exact substring of the analysis text (so a citation can quote it)
and is never rewritten: drafting quotes units inside fixed frames instead of splicing
fragments into new sentences (a spliced 「…にくい」→「…やすい環境を整える」 once turned a
restriction the sheet blamed into the thing to provide).

Why sentences and not paragraphs: sheets state several causes in one paragraph
(「要因として、第一に…。…。第二に…。」) or one per paragraph (「一方、」「また、」「加えて、」); a
sentence is the smallest unit that is still a statement a reader recognises from the sheet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CAUSE = "cause"  # why the figure fell short
WORKED = "worked"  # what the analysis says worked (効果が確認された, 増加に転じた)
FORWARD = "forward"  # what the analysis says should be done (今後は…必要がある)
REPORT = "report"  # only the figure or a heading (「主な要因は次のとおりである。」)


@dataclass(frozen=True)
class Unit:
    """One statement of a 要因分析 (or a 課題 line): its role and the text quoted from it."""

    role: str
    quote: str  # exact substring of the source text, leading connective and outcome tail removed
    sentence: str  # the whole sentence as printed (exact substring)
    paragraph: int


# Connectives and enumerators that open a sentence; dropped from the quote, never rewritten.
_LEAD = re.compile(r"^(?:(?:要因として|主な要因として|未達成の要因として|その要因として|要因は|第[一二三四五1-5１-５]に|"
                   r"一方で?|また|さらに|加えて|ただし|しかしながら|しかし|なお|特に|その結果|このほか|"
                   r"R\d+年度は|Ｒ[０-９]+年度は|令和[0-9０-９]+年度は)、?)+")
# What the figure did (the outcome a cause leads to).
_OUTCOME = re.compile(r"(目標[^、。]{0,16}?(下回|届か|達し(なかった|ていない))|"
                      r"前年度?(を|から|より)[^、。]{0,14}?(下回|減少|低下)|伸びは[^、。]*にとどま|にとどまり、目標|"
                      r"の完了にとどま|定員の[^、。]*には届か)")
# Heading-like sentences (「主な要因は次のとおりである」).
_HEADING = re.compile(r"(次のとおり|次の[0-9０-９一二三四五]点|以下のとおり)(である)?。?$")
_NEG = ("不足|少な|難し|困難|難航|伸び悩|とどま|遅れ|ずれ込|見送|先送|断念|至らな|できな|でき(ず|ない)|時間を要|負担|高騰|"
        "上昇によ|偏|限ら|十分でな|不十分|懸念|なかった|ミスマッチ|影響|要因|一因|削減|停止|被災|延期|延び|繰越|不調|悪化|"
        "厳しい|余裕がな|を理由に|にくかっ|にくい|ない|ざるを得な|落ち込|割けな|あきらめ|押し上げ|相次")
_FALL, _RISE = "減少|低下|下回", "増加|上昇|増え|上回"
_GAIN_END = re.compile(r"(上昇|増加|向上|改善|回復)し(た|ている)$")
_CAUSAL = re.compile(r"(要因|一因|影響し|背景に|ため、|ため$|ことから)")
_POS = ("効果(が|を)(見られ|確認|上げ|あ)|有効であ|効果的であ|確認された|増加に転じ|回復し|つながった|結び付|着実に進|"
        "好評|満足度は高")
_FWD = re.compile(r"(必要がある|必要である|必要となる|重要である|求められる|図っていきたい|ていきたい|課題である|"
                  r"有効と考えられる|^(今後は|今後、|次年度は|来年度は))")
# Where a cause clause ends and the outcome or a frame begins (the quote keeps what precedes).
_TAILS = ("ことから、", "ため、", "ので、", "ことにより、", "ことで、", "ことなどから、", "ことなどにより、")
_FRAMES = ("ことが挙げられる", "ことが影響したと考えられる", "ことが影響した", "ことも、", "ことが、", "ことである")
_CONTRAST = ("たものの、", "ものの、", "たが、", "だが、", "ったが、", "あったが、", "いるが、", "いたが、", "一方で、")
_FINITE = re.compile(r"(た|だ|い|る|ない|である|った|ている|ていた)$")
_REPORT_WORDS = frozenset("年度 前年度 前年 万 人 件 なる 為る 減少 増加 上昇 低下 目標 目標値 下回る 上回る 届く 数 率 r 年 約 "
                          "ポイント 割合 値 程度 予定 完了 する".split())


def _cues(lower_is_better: bool) -> tuple[re.Pattern, re.Pattern]:
    """Negative and positive cues; a rise is bad news when the indicator should fall (自殺死亡率)."""
    neg = _NEG + "|" + (_RISE if lower_is_better else _FALL)
    return re.compile(f"({neg})"), re.compile(f"({_POS})")


def sentences(text: str) -> list[tuple[int, str]]:
    """(paragraph index, sentence) for every sentence of ``text``; each sentence is an exact
    substring (paragraphs are the text's lines)."""
    out = []
    for p, para in enumerate(x for x in (text or "").split("\n") if x.strip()):
        for s in re.findall(r"[^。]+。?", para):
            if s.strip():
                out.append((p, s.strip()))
    return out


def strip_lead(s: str) -> str:
    """The sentence without its opening connectives (「第一に、」「一方、」「R5年度は、」)."""
    m = _LEAD.match(s)
    return s[m.end():] if m and m.end() < len(s) else s


def _cause_part(s: str) -> str:
    """The part of a sentence that states the cause: after a contrast (「…増加したが、」), before the
    outcome (「ため、目標値を下回った」) or a frame (「ことが挙げられる」); the rest of the sentence
    otherwise. An exact substring, ending where a sentence can end (never mid-clause)."""
    body = strip_lead(s.rstrip("。"))
    m = _OUTCOME.search(body)
    if m:
        head = body[: m.start()]
        for sep in _CONTRAST:
            k = head.rfind(sep)
            if k > 0:
                body = strip_lead(body[k + len(sep):])
                break
    for frame in _FRAMES:
        k = body.find(frame)
        if k >= 8 and _FINITE.search(body[:k]):
            return strip_lead(body[:k])
    for tail in _TAILS:
        k = body.find(tail)
        if k >= 8 and _FINITE.search(body[:k]) and _OUTCOME.search(body[k:]):
            return strip_lead(body[:k])
    return strip_lead(body).rstrip("、")


def _pre_outcome(cause: str) -> str:
    """What a cause says before its outcome clause (「R6年度の再就業者数は274人と」)."""
    m = _OUTCOME.search(cause)
    if not m:
        return cause
    head = cause[: m.start()]
    return head[: head.rfind("、")] if "、" in head else head


def _reports_only(text: str, name_terms: set[str]) -> bool:
    """True when ``text`` states only the figure (its words are the indicator's and number words)."""
    from .phrases import _terms

    rest = {t for t in _terms(text) if not re.fullmatch(r"[0-9.,%]+", t)} - name_terms - _REPORT_WORDS
    return len(rest) <= 1


def _role(sentence: str, name_terms: set[str], lower_is_better: bool) -> str:
    s = strip_lead(sentence)
    neg_re, pos_re = _cues(lower_is_better)
    if _HEADING.search(s):
        return REPORT
    if _FWD.search(s):
        return FORWARD
    cause = _cause_part(sentence)
    if len(cause) < 8 or _reports_only(_pre_outcome(cause), name_terms):
        return REPORT
    if re.search(r"(要因|一因)", sentence):
        return CAUSE
    neg, pos = neg_re.search(cause), pos_re.search(sentence)
    if pos and not neg:
        return WORKED
    if not lower_is_better and _GAIN_END.search(sentence.rstrip("。")) and not _OUTCOME.search(sentence):
        return WORKED  # 「…を設置したことで、割合は2.6ポイント上昇した」: what moved the figure up
    if neg or _OUTCOME.search(sentence):
        return CAUSE
    if _CAUSAL.search(sentence) and not pos:
        return CAUSE
    return REPORT


def split(text: str, name: str = "", lower_is_better: bool = False) -> list[Unit]:
    """Every unit of a 要因分析 text, in order (``name``: the indicator's, whose words alone make
    no cause; ``lower_is_better``: a rise is the bad news, as for 自殺死亡率)."""
    from .phrases import _terms

    name_terms = _terms(name) if name else set()
    units = []
    for p, sent in sentences(text):
        role = _role(sent, name_terms, lower_is_better)
        quote = _cause_part(sent) if role == CAUSE else strip_lead(sent.rstrip("。"))
        if quote not in sent:  # defensive: a quote is always part of the sentence
            quote = sent.rstrip("。")
        units.append(Unit(role, quote, sent, p))
    return units


def causes(text: str, name: str = "", lower_is_better: bool = False) -> list[Unit]:
    return [u for u in split(text, name, lower_is_better) if u.role == CAUSE]

"""Another sheet when the best one does not answer: the one the question's owner 部局 holds, the one holding every
topic word, or the one a refusal says writes what the linked sheet lacks.

Retrieval ranks passages, and linking may put a sheet first by a word it shares with the question while another sheet
says what was asked.  Each strategy here narrows the question to one other sheet and keeps the narrowed answer only
when the refusal accepts its passages (:func:`_if_answered`); otherwise the question stays as it was.  (A refused
question moves to the one other sheet that writes its absent phrase whole only when it asks what passages tell: moving
figure questions too answered dev unanswerables, 「老人クラブへの補助っていくら」 on a sheet that names 老人クラブ in passing.)
"""

from __future__ import annotations

import dataclasses
import re

from ingest.form import nfkc

from ..query.linking import NAMED_LINK
from ..query.retrieval import retrieve
from ..text.asker import premises
from ..text.tokens import morphemes, tokenize
from ..text.vocabulary import FIGURE_ASKED_Q
from ..types import STRONG_LINK, QueryPlan
from .evidence import answer_version, sheet_text, topic_held
from .refusal import ABSENT_PHRASES, ELSEWHERE, owner_elsewhere, refusal_reason, topic_words

__all__ = ["elsewhere_sheet", "owners_sheets", "phrase_sheet", "premise_sheet", "whole_topic_sheet"]


def _only(plan: QueryPlan, nos: set[str], **narrow) -> QueryPlan:
    """``plan`` with only the links to the 事業 ``nos`` kept (and ``narrow``'s fields set)."""
    return dataclasses.replace(plan, jigyo=[e for e in plan.jigyo if e.jigyo_no in nos],
                               indicators=[e for e in plan.indicators if e.jigyo_no in nos],
                               details=[e for e in plan.details if e.jigyo_no in nos], **narrow)


def owners_sheets(svc, snap, plan: QueryPlan, hits, k: int):
    """(plan, hits) among the sheets of the 部局 the question names as the owner (「警察の受験者数」: 警察官採用確保, not
    人事委員会's 県職員採用試験) when the best sheet is another 部局's and the owner's sheets answer; else as they were."""
    owner = owner_elsewhere(snap, plan, hits)
    if owner is None:
        return plan, hits
    theirs = {r.jigyo_no for r in snap.sheet_rows if r.bukyoku == owner}
    return _if_answered(svc, snap, _only(plan, theirs, bukyoku_filter=owner), plan, hits, k)


def _if_answered(svc, snap, narrowed: QueryPlan, plan: QueryPlan, hits, k: int):
    """(narrowed, its hits) when the narrowed search finds passages the refusal accepts, else (plan, hits) as they were."""
    got = retrieve(svc, snap, narrowed, k=max(10, k))
    return (narrowed, got) if got and refusal_reason(snap, narrowed, got, svc.embedder) is None else (plan, hits)


def whole_topic_sheet(svc, snap, plan: QueryPlan, hits, k: int):
    """(plan, hits) on the one sheet among the hits that holds every topic word of the question, when the best sheet
    lacks one and no 事業 is named: 「外国人向けに弁護士とかの専門相談ってやってる？」 is the 多文化共生 sheet's 専門相談会,
    not the 児童虐待 sheet's 弁護士 advice, which never says 外国人.  Else as they were."""
    if not hits or plan.jigyo_filter or any(e.score >= NAMED_LINK for e in plan.jigyo) \
            or any(e.score >= STRONG_LINK for e in plan.indicators + plan.details):
        return plan, hits
    topic = [t for t in topic_words(plan) if len(t) >= 2]
    if len(topic) < 2:
        return plan, hits
    first = {}  # version -> the first hit of that sheet, in rank order
    for h in hits:
        first.setdefault(snap.chunks[h.chunk_id].meta.get("version"), h)
    texts: dict[str, str] = {}  # each sheet's text, read once and only when needed (the best sheet usually holds all)

    def text(v) -> str:
        if v not in texts:
            texts[v] = sheet_text(snap, snap.by_version.get(v, []))
        return texts[v]

    def held(v) -> set[str]:
        return topic_held(text(v), topic)

    def beside(v, words) -> bool:  # a sentence of the sheet holds a missing word and another topic word
        return any(any(w in s_ for w in words) and sum(t in s_ for t in topic) >= 2 for s_ in re.split(r"[。\n]", text(v)))

    best, *others = first
    have = held(best)
    missing = [t for t in topic if t not in have]
    whole = [v for v in others if len(held(v)) == len(topic) and beside(v, missing)] if missing else []
    if len(whole) != 1:
        return plan, hits
    no = snap.chunks[first[whole[0]].chunk_id].meta.get("jigyo_no")
    return _if_answered(svc, snap, dataclasses.replace(plan, jigyo_filter=no), plan, hits, k)


_PLAIN = frozenset({"県", "年度", "来年度", "今年度", "昨年度", "為る", "有る", "居る", "成る", "言う", "思う"})


def premise_sheet(svc, snap, plan: QueryPlan, hits, k: int):
    """(plan, hits) on the sheet among the hits with a sentence that restates what the asker heard, when that sentence
    shares more of the heard clause's words than any sentence of the best sheet: 「出前講座は担当の方が少ないと伺いました。
    今後は」 is the 国民保護 sheet (「出前講座を担当する職員が少なく」), not the ヘルプマーク sheet that ranked first by its
    出前講座.  The clause's everyday words (担当, 少ない) count here: they are what was heard.  No 事業 named.  Else as they were."""
    heard = premises(plan.norm)
    # (a 取組 named like the clause's words does not decide: 出前講座 is a 取組 of the ヘルプマーク sheet, and a sentence
    # of the 国民保護 sheet's 課題)
    if not hits or not heard or plan.jigyo_filter or any(e.score >= NAMED_LINK for e in plan.jigyo):
        return plan, hits
    words = {t for h in heard for t in tokenize(h) if t not in _PLAIN and not t.isdigit() and len(t) >= 2}
    versions = list(dict.fromkeys(snap.chunks[h.chunk_id].meta.get("version") for h in hits))[:8]
    if len(words) < 3 or len(versions) < 2:
        return plan, hits
    topic = words & set(topic_words(plan))  # (the heard clause's own subject words must all stand in the sentence:
    # 「双子を育てた先輩が相談に」 is no sheet's 「先輩職員が相談に乗る」, which lacks 双子)

    def best(v) -> int:  # (a sentence holding none of the words as written is not tokenized: 95–140 -> 37–66 ms on 1,000 sheets)
        text = sheet_text(snap, snap.by_version.get(v, []))
        return max((len(words & toks) for x in re.split(r"[。\n]", text) if any(w in x for w in words)
                    for toks in [set(tokenize(x))] if topic <= toks), default=0)

    scores = [best(v) for v in versions]
    top = max(scores)
    if top < 3 or scores[0] >= top or scores.count(top) != 1:
        return plan, hits
    no = snap.chunks[snap.by_version[versions[scores.index(top)]][0]].meta.get("jigyo_no")
    return _if_answered(svc, snap, dataclasses.replace(plan, jigyo_filter=no), plan, hits, k)


def phrase_sheet(svc, snap, plan: QueryPlan, hits, k: int, reason: str | None):
    """(plan, hits) on the one other sheet among the hits that writes whole (の and ・ aside) the phrase a refusal found
    absent from the best sheet, when no 事業 is named: 「出張のヒアリングって、どういうところ回ったの？」 is the 意見反映
    sheet's 出張ヒアリング, not the 難病 sheet's 出張相談会 that ranked first.  Only for what its passages tell (why,
    what was done, 課題, 方策): a figure asked of the phrase (「老人クラブへの補助っていくら」「アライグマの捕獲数」) is not
    the figure of a sheet that names it in passing.  Else as they were."""
    if not hits or not reason or plan.jigyo_filter or any(e.score >= NAMED_LINK for e in plan.jigyo) \
            or plan.intent in ("cost", "trend") or FIGURE_ASKED_Q.search(plan.norm):
        return plan, hits
    head, sep, _ = reason.partition(ABSENT_PHRASES)
    phrases = [_flat(p) for p in re.findall(r"「(.+?)」", head)] if sep else []
    if not phrases or any(len(p) < 4 for p in phrases):
        return plan, hits
    versions = list(dict.fromkeys(snap.chunks[h.chunk_id].meta.get("version") for h in hits))
    holders = [v for v in versions[1:] if all(p in _flat(sheet_text(snap, snap.by_version.get(v, []))) for p in phrases)]
    if len(holders) != 1:
        return plan, hits
    no = snap.chunks[snap.by_version[holders[0]][0]].meta.get("jigyo_no")
    return _if_answered(svc, snap, dataclasses.replace(plan, jigyo_filter=no), plan, hits, k)


def elsewhere_sheet(svc, snap, plan: QueryPlan, hits, k: int, reason: str | None):
    """(plan, hits) on the sheet a refusal says writes the phrase the linked 事業's sheet does not, when that sheet holds
    every topic word of the question and the linked one fewer: 「カラマツの販路拡大で、今の課題ってどこ？」 linked
    信州日本酒販路拡大支援事業費 by 販路拡大, and カラマツ is written on 信州カラマツ材販路開拓推進事業費, which says 販路 and
    拡大 too.  A program the question names, asked of a thing another sheet writes (「不法投棄の監視、ドローンは使ってる？」),
    stays refused: the other sheet (スマート農業) lacks the program's own words (不法投棄); so does one it points at
    (「…もこの苗木の事業でやっているんですか？」).  Else as they were."""
    m = ELSEWHERE.search(reason or "")
    if not m or not hits or plan.jigyo_filter or _THIS_PROGRAM.search(plan.norm):
        return plan, hits
    nos = {r.jigyo_no for r in snap.sheet_rows if r.jigyo_name == m.group(2)}
    here = answer_version(snap, plan, hits)
    there = snap.newest_of(next(iter(nos))) if len(nos) == 1 else None
    topic = [t for t in topic_words(plan) if len(t) >= 2]
    if there is None or here is None or not topic:
        return plan, hits
    typed = {x.norm: x.surface for x in morphemes(plan.norm)}  # (カラマツ as typed, 唐松 as Sudachi writes it)

    def held(v) -> set[str]:  # (a compound held by its parts: 個人向け of 「個人の農家民宿…向け」)
        have = topic_held(sheet_text(snap, snap.by_version.get(v, [])), topic, typed)
        return have | {w for w in topic if w not in have and _covered(w, have)}

    have = held(there.version)
    if len(have) < len(topic) or not held(here) < have:  # (「保護指導員９人、その年齢構成」: 保護指導員 is not on the sheet of 年齢構成)
        return plan, hits
    return _if_answered(svc, snap, _only(plan, nos, jigyo_filter=there.jigyo_no), plan, hits, k)


# 「…もこの苗木の事業でやっているんですか？」: the user points at the program they mean
_THIS_PROGRAM = re.compile(r"(?:この|その|こちらの)[^、。？?]{0,8}?(?:事業|取組|取り組み)")


def _covered(word: str, parts: set[str]) -> bool:
    """Whether the shorter words ``parts`` cover every character of ``word`` (個人向け by 個人 and 向け)."""
    marks = [False] * len(word)
    for p in (p for p in parts if len(p) >= 2):  # (道 and 作り do not hold 道作り: one character is too common)
        i = word.find(p) if p != word else -1
        while i >= 0:
            marks[i:i + len(p)] = [True] * len(p)
            i = word.find(p, i + 1)
    return all(marks)


def _flat(text: str) -> str:
    return nfkc(text).replace("の", "").replace("・", "")

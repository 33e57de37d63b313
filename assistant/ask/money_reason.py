"""Where a sheet says why its money moved: the sentence outside the cost table that tells a 補正, a 増額・減額, or the
one-off that made one year's money stand out (「R5年度にデジタル版のシステムを構築し」)."""

from __future__ import annotations

import re

from ..text.terms import MONEY_SPENT_ON
from ..text.vocabulary import MONEY_CHANGE_Q, MONEY_WORDS
from ..types import QueryPlan
from .evidence import sentences

__all__ = ["money_moved_q", "money_reason_chunk"]

# What makes one year's money stand out: a thing built or bought once
_ONE_OFF = r"(?:構築|整備|導入|改修|更新|購入|開発|建設|設置|建替|取得)"
# Money asked of one year as standing out (「R5だけ妙に多い」「R5が突出」)
_ONE_YEAR_MONEY_Q = re.compile(r"(?:R|令和)\s*[0-9]+(?:年度)?(?:だけ|のみ|が|は)[^。？?]{0,6}(?:多い|多く|高い|大き|増え|跳ね|突出|膨ら)")


def money_reason_chunk(snap, version: str, question: str = "", purpose: bool = False) -> str | None:
    """The chunk of a sheet, outside the cost table, that speaks of the money the question asks
    about moving (「…工期が翌年度にずれ込み、補正予算で減額した」), or None.  A question about 補正
    needs a sentence about 補正 (or 増額・減額), not one about 繰越.  With ``purpose`` (「補正でいくら足して、
    何に使った」), a sentence of what that money did counts too (「補正予算により、高圧洗浄機20台…を追加整備」)."""
    named = [word for word, _ in MONEY_WORDS if word in question]
    if not set(named) & {"補正", "繰越"}:
        named = []  # a fall of 予算・決算 is told by any money that moved (「補正予算で減額した」)
    asked = [pat for word, pat in MONEY_WORDS if word in named] or [pat for _, pat in MONEY_WORDS]
    # 「R5だけ妙に多いのは何で」: a one-off of that year told where the sheet says what it built (「R5年度にデジタル版の
    # システムを構築し」), no money word in the sentence
    once = [re.compile(rf"(?:R|令和){y}年度?に[^。]{{0,30}}?{_ONE_OFF}") for y in re.findall(r"(?:R|令和)\s*([0-9]+)", question)] \
        if not named and _ONE_YEAR_MONEY_Q.search(question) else []
    for cid in snap.by_version.get(version, []):
        if snap.chunks[cid].meta.get("section") == "6":
            continue
        for x in sentences(snap.chunks[cid].quote):
            if (MONEY_CHANGE_Q.search(x) or (purpose and named and MONEY_SPENT_ON.search(x))) \
                    and any(p.search(x) for p in asked) or any(p.search(x) for p in once):
                return cid
    return None


def money_moved_q(plan: QueryPlan) -> bool:
    """Whether the question asks about the program's money moving (「補正で減らした」「事業費、R5だけ妙に多い」)."""
    return bool(MONEY_CHANGE_Q.search(plan.norm) or ("cost" in plan.intents and _ONE_YEAR_MONEY_Q.search(plan.norm)))

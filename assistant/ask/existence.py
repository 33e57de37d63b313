"""Whether the program does a thing: 「…この事業でやってます？」「…に補助ってあるの？」「リース契約でも対象になる？」.

Such a question names one specific thing and asks if the sheet has it.  When a noun of that thing is nowhere on the
sheet the answer would come from (nor a word the sheet uses for it), the sheet does not say so, and whatever else
the sheet does is no answer: 「ペレットや薪の燃料代そのものに補助ってある？」 is not answered by the stove subsidy's
補助率, nor 「消防団員を確保するための取組って何かやってる？」 by another program's 担い手 training.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ingest.form import nfkc

from ..query.synonyms import expand
from ..text.asker import claim_spans, in_aside, lives_in, without_aside
from ..text.terms import EXISTS_Q, KIND_OF_THING, NAME_OF_KIND, NOT_A_THING_Q, PROGRAM_KINDS
from ..text.tokens import morphemes
from ..text.vocabulary import STOP_TOKENS
from ..text.wording import Phrase, is_frame, noun_phrases, verbal_forms
from ..types import QueryPlan
from .evidence import answer_ids, chunk_tokens, near_words, sheet_text
from .grounding import clipped
from .naming import user_glossed

# A word close in meaning that stands for the thing asked by name: a near twin only (発電 is no 変電 at 0.75).
_TWIN_SIM = 0.8

# A fee or cost word (入山料, 燃料代, 奨励金, 移設費): its own thing, looked for whole.
_FEE = re.compile(r"[一-龥ァ-ヶー]{2,}(?:料|代|金|費)")


# A verbal noun followed by する and the kind of thing it describes: 表彰 of 表彰する制度 is that 制度's own thing.
_DOES_THING = re.compile(r"([一-龥]{2,})する(?:制度|仕組み|しくみ|補助|事業|窓口)")


def _exists_asked(q: str) -> bool:
    return EXISTS_Q.search(q) is not None and not NOT_A_THING_Q.search(q)


class Compound(NamedTuple):
    """Two nouns asked as one thing (「オンライン診療」): ``text`` as typed, ``cut`` where its second noun begins."""

    text: str
    cut: int


def added_things(q: str) -> tuple[list[Phrase], list[Compound]]:
    """The nouns of a thing asked besides what the program does, everyday ones too: the clause before 「も」 of
    「ゲームにハマりすぎた子を病院につなぐような支援も、この情報モラルの事業に入ってる？」 asks for 病院, a word too common to
    be a topic noun, which the sheet must write for the program to do it.  Two such nouns written together are one thing
    too (「オンライン診療」, no matter that the sheet has オンライン and 診療 apart), returned apart as compounds."""
    ms = morphemes(q)
    things_asked: list[Phrase] = []
    compounds: list[Compound] = []
    run: list = []
    for i, (m, nxt) in enumerate(zip(ms, ms[1:] + [None])):
        if m.surface in ("、", ",", "。", "?", "？"):
            run = []
        elif m.surface == "も" and m.pos[:1] == ("助詞",) and run and (nxt is None or nxt.surface not in ("の", "し")):
            things = [(j, x) for j, x in run if _THING_NOUN.fullmatch(x.surface) and not is_frame(x)]
            things_asked += [Phrase(x.surface, (x.norm,)) for _, x in things]
            compounds += [Compound(a.surface + b.surface, len(a.surface))
                          for (j, a), (k, b) in zip(things, things[1:]) if k == j + 1]
            run = []
        elif m.pos[:1] == ("名詞",):
            run.append((i, m))
    return things_asked, compounds


def _together(compound: Compound, text: str) -> bool:
    """Whether ``text`` writes the compound's two nouns together, or with at most a few characters between them
    (防犯カメラ設置 as 「防犯カメラの設置」), cut where its second noun begins."""
    c = nfkc(compound.text)
    first, second = nfkc(compound.text[:compound.cut]), nfkc(compound.text[compound.cut:])
    return c in text or re.search(re.escape(first) + r".{1,4}?" + re.escape(second), text) is not None


def _said_short(word: str, text: str) -> bool:
    """Whether ``word`` is a compound said short of one ``text`` writes whole, a word or two dropped before its last
    character (中高一貫校 for the sheet's 中高一貫教育校, 救急研修会 of 小児初期救急研修会 is whole already)."""
    return len(word) >= 4 and re.fullmatch(r"[一-龥]+", word) is not None \
        and re.search(re.escape(word[:-1]) + r"[一-龥]{1,3}" + re.escape(word[-1]), text) is not None


# A noun of two or more kanji or katakana (病院, ゲーム): the thing asked; 子, ため, こと are no thing.
_THING_NOUN = re.compile(r"(?!何|幾)[一-龥ァ-ヶー]{2,}")  # (何戸, 何人: the count asked, no thing)


# A thing counted by the question (「クラウン冷却って入れた農家何戸」): the count and its counter.
_COUNTED = re.compile(r"(?:何|幾)(?P<unit>[一-龥ァ-ヶ]{1,2})$")


def _count_stated(phrase: str, text: str) -> bool:
    """Whether ``phrase`` asks a count (「農家何戸」) that ``text`` states with its counter (「22戸に補助した」): the thing
    counted is said as the asker says it, and the sheet's count of it is the answer."""
    m = _COUNTED.search(phrase)
    return m is not None and re.search(r"[0-9]\s*" + re.escape(m.group("unit")), text) is not None


def thing_unstated(snap, plan: QueryPlan, hits, embedder=None) -> str | None:
    """The refusal when the question asks whether the sheet has a thing whose noun the answer's sheet never writes,
    else None.  Words the form asks with (事業, 予算), kinds of program (支援, 対策) and the linked names' words say no
    thing of their own."""
    # (whether a problem or a cause exists, 「地域的な偏りとかある？」「決め手は」, is the 課題's or the 要因分析's to tell)
    # (nor 「何か手を打つ予定はありますか」 after the situation it is about: the 方策 are the answer)
    if not hits or plan.intent in ("issue", "why", "plan") or not _exists_asked(without_aside(plan.norm)):
        return None
    ids = answer_ids(snap, plan, hits)
    if not ids:
        return None
    text = nfkc(sheet_text(snap, ids))
    toks = set().union(*(chunk_tokens(snap, c) for c in ids))
    names = " ".join(nfkc(e.name) for e in plan.jigyo + plan.indicators + plan.details)
    # (a verbal noun that says what a 制度 does is the thing asked: 表彰 of 「中小企業を県が表彰する制度ってありますか」)
    verbal = verbal_forms(plan.norm) - set(_DOES_THING.findall(plan.norm))
    kana = {m.norm for m in morphemes(plan.norm) if re.fullmatch(r"[ぁ-ん]+", m.surface)}  # (いっぱい, Sudachi's 一杯: a way of saying)

    def absent(f: str) -> bool:
        return f not in toks and f not in text and f not in names and not ((expand({f}) | clipped(plan, f)) - {f}) & toks \
            and not _said_short(f, text)

    # (a claim the asker heard, 「『…走り屋の聖地…』って話」, is for the sheet to confirm or not: its things are not asked for)
    claims = claim_spans(plan.norm) if plan.indicators or plan.jigyo else []

    def own_use(said_as: str) -> bool:
        # (「取引先の選定の参考にしたくて」: the asker's own use of the answer; a thing the user glosses by the sheet's term)
        return in_aside(said_as, plan.norm) or lives_in(said_as, plan.norm) or user_glossed(nfkc(said_as), plan.norm, [names, text]) \
            or bool(claims and in_aside(said_as, plan.norm, claims))

    things, compounds = added_things(plan.norm)
    unwritten = [c.text for c in compounds if not own_use(c.text) and not _together(c, text)]
    said: dict[str, list[str]] = {}  # each phrase as typed -> its words the sheet never writes
    for ph in noun_phrases(plan.norm) + things:
        if own_use(ph.text) or _count_stated(ph.text, text):
            continue
        # (a fee or cost word, 入山料・燃料代, is its own thing: 入山 of 入山ルート is no 入山料)
        words = [nfkc(ph.text)] if len(ph.forms) == 1 and _FEE.fullmatch(nfkc(ph.text)) else \
            [f for f in ph.forms if len(f) >= 2 and f not in kana and f not in verbal and f not in plan.clipped
             and f not in STOP_TOKENS and f not in PROGRAM_KINDS and f not in KIND_OF_THING and not NAME_OF_KIND.fullmatch(f)]
        if gone := [f for f in words if absent(f)]:
            said[ph.text] = gone
    if not said and not unwritten:
        return None
    # (only a near twin counts: the thing is asked by name, and 発電 is no 変電; 入山 is near 入山料, not it)
    near = near_words(embedder, [f for gone in said.values() for f in gone], toks, min_sim=_TWIN_SIM)
    missing = list(dict.fromkeys([p for p, gone in said.items()
                                  if any(not (near.get(f) and not any(w in f for w in near[f])) for f in gone)] + unwritten))
    if not missing:
        return None
    name = snap.chunks[ids[0]].meta.get("jigyo_name", "")
    said_as = "・".join(f"「{p}」" for p in missing)
    return f"{name}のシートには{said_as}についての記載がないため、お答えできません。"


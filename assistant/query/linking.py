"""Subject linking: question words -> the indexed 事業, indicators and 細事業 they mean.

By meaning, not exact words: Sudachi-normalised token overlap (NPO == ＮＰＯ,
下がっ == 下がる), weighted by how rare a token is among entity names, plus the
cosine of the query and name embeddings (研修の評価 ~ 共創研修会満足度).  When
linking is unsure the plan simply carries no entity and retrieval is open.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from ingest.form import nfkc

from ..text.tokens import tokenize
from ..text.vocabulary import RATE_Q, RESULT_Q, STOP_TOKENS, WHY_SET_Q
from ..text.wording import no_pairs
from ..types import STRONG_LINK, Entity, QueryPlan
from .anchors import distinctive_jigyo, verbatim_jigyo
from .catalogue import Catalogue
from .figure_link import figure_link
from .short_names import NAMED_LINK, abbreviates, short_name_link
from .synonyms import expand

__all__ = ["NAMED_LINK", "WEAK_LINK", "abbreviates", "expand", "link_entities"]


def _link(cat: Catalogue, text: str, qtokens: set[str], qvec, expanded: set[str] | None = None) -> list[tuple[float, Entity]]:
    """Score every entity name against the question."""
    import numpy as np

    norm = nfkc(text).lower()
    bare = norm.replace("の", "")  # 防犯の講話 names 防犯講話
    flat = bare.replace("・", "")  # 10代20代 names 10代・20代
    scored: list[tuple[float, Entity]] = []
    sims = None
    if qvec is not None and len(cat.entities):
        sims = cat.similarities(qvec)
    q_weight = math.fsum(cat.idf_of(t) for t in qtokens) or 1.0  # (fsum: the same float in any set order)
    spans = set(_SPAN.findall(norm))
    owned = [(nfkc(a).lower(), set(tokenize(b)) - STOP_TOKENS, nfkc(b).lower())
             for a, b in (p.text.split("の", 1) for p in no_pairs(norm)) if len(a) >= 3]
    # Only names sharing a word with the question, or close in meaning, can score.
    cand: set[int] = set()
    for t in qtokens | (expanded or set()):
        cand.update(cat.postings.get(t, ()))
    if sims is not None:
        cand.update(int(i) for i in np.flatnonzero(sims > 0.6))
    for i in sorted(cand):  # one order whatever the hash seed: tied names (two sheets with one indicator name) rank alike in every process
        e, toks = cat.entities[i], cat.tokens[i]
        shared = toks & qtokens
        syn = (toks & expanded) - shared if expanded else set()
        lex = 0.0
        if (shared or syn) and toks:
            w_shared = math.fsum(cat.idf_of(t) for t in shared) + 0.8 * math.fsum(cat.idf_of(t) for t in syn)
            w_name = cat.name_weight[i]
            # Both how much of the name and how much of the question is covered.
            lex = 0.6 * (w_shared / w_name) + 0.4 * min(1.0, w_shared / q_weight)
        name = cat.norm_names[i]
        exact = 1.0 if name in norm or (len(name) >= 4 and (name in bare or name.replace("の", "").replace("・", "") in flat)) \
            or (e.kind == "detail" and len(stem := name.removesuffix("事業")) >= 6 and stem in bare) \
            else 0.8 if e.kind == "indicator" and _tail_said(name, flat) else 0.0
        dense = float(sims[i]) if sims is not None else 0.0
        score = max(exact, lex) + 0.5 * max(0.0, dense - 0.3)
        if lex and e.kind == "indicator" and any(b and b <= toks and a in cat.norm_jigyo(e.jigyo_no)
                                                 and rest not in cat.norm_jigyo(e.jigyo_no) for a, b, rest in owned):
            # 「喀痰吸引の新規認定」: the program's own word, then the indicator's (…の新規認定者数); ranked up, never made
            # a sure link (「スマート農業の実証ほ場で収量」 asks the 収量, which 実証ほ場の数 does not give)
            score = max(score, min(score + OWNED_BONUS, STRONG_LINK - 0.01))
        if lex and spans and any(x in name for x in spans):
            score += SPAN_BONUS  # 「3年以内に辞めた人」: 採用後３年以内に離職した警察官の数, not 就職後６か月以内の離職率
        if score > 0.15:
            scored.append((score, e))
    scored.sort(key=lambda x: -x[0])
    return scored


# A span of time that qualifies a figure (3年以内, 6か月後): a name that holds the same span is the one meant.
_SPAN = re.compile(r"[0-9]+(?:年|か月|ヶ月|カ月|箇月|日)(?:以内|以上|後|間)")
SPAN_BONUS = 0.2
# 「AのB」 where A is written in a 事業名 and every word of B in one of its indicators' names: that indicator, this much more.
OWNED_BONUS = 0.2

# A word and the figure it counts, written as one (立地件数, 参加者数): an indicator whose name has it says that figure.
_FIGURE_WORD = re.compile(r"[一-龥ァ-ヶー]{2,8}(?:件数|人数|者数|率|割合)")
_BRACKETS = re.compile(r"[「」『』]|（[^）]*）|\([^)]*\)")


def _rest_said(e: Entity, named: list[Entity], q_rest: str, score: float) -> float:
    """An indicator named as its 事業's name plus a word (「ふるさと信州寄付金の寄付額」 asked as 「…、寄付額って」):
    what its name adds to the 事業's, said in the rest of the question, names it."""
    rest = nfkc(e.name)
    for j in named:
        for form in _name_forms(j.name):
            rest = rest.replace(form, "")
    rest = _BRACKETS.sub("", rest).strip("の・ ")
    return max(score, 0.9) if len(rest) >= 2 and rest != nfkc(e.name) and rest in q_rest else score


def _tail_said(name: str, flat: str) -> bool:
    """「里親の契約件数」 for 「森林の里親」契約件数（累計）: the question says the indicator's head and most of what
    modifies it (its last six characters or more, at least 60% of it, without の, brackets and notes)."""
    core = _BRACKETS.sub("", name).replace("の", "").replace("・", "")
    for n in range(len(core) - 1, max(6, -(-len(core) * 3 // 5)) - 1, -1):
        if core[-n:] in flat:
            return True
    return False


def _name_forms(name: str) -> list[str]:
    """How a 事業名 is written in a question: whole, without its 費, or without its (推進)事業費
    (「ふるさと信州寄付金の件数」), longest first."""
    n = nfkc(name)
    stem = re.sub(r"(?:推進)?(?:事業費|事業)$", "", n)
    return [n] + ([re.sub(r"費$", "", n)] if len(n) > 3 else []) + ([stem] if len(stem) >= 4 else [])


def _named_in(name: str, q: str) -> bool:
    return any(f in q for f in _name_forms(name))


def _assign(plan: QueryPlan, scored: list[tuple[float, Entity]]) -> None:
    """Keep the confidently linked entities of each kind (best, and close seconds)."""
    by_kind: dict[str, list[tuple[float, Entity]]] = {}
    for s, e in scored:
        by_kind.setdefault(e.kind, []).append((s, e))
    thresholds = {"jigyo": 0.45, "indicator": 0.4, "detail": 0.45}
    for kind, target in (("jigyo", plan.jigyo), ("indicator", plan.indicators), ("detail", plan.details)):
        items = by_kind.get(kind, [])
        if not items:
            continue
        top = items[0][0]
        if top < thresholds[kind]:
            continue
        have = {(e.jigyo_no, e.indicator, e.detail_no) for e in target}
        for s, e in items:
            if s < max(thresholds[kind], top * 0.8):
                break
            if (e.jigyo_no, e.indicator, e.detail_no) in have:
                continue
            have.add((e.jigyo_no, e.indicator, e.detail_no))
            target.append(Entity(e.kind, e.name, e.jigyo_no, e.indicator, e.detail_no, e.bukyoku, s))
            if len(target) >= 6:
                break


def _weak_jigyo_yields(plan: QueryPlan) -> None:
    """A 事業 linked by one shared word (高校生 of 高校生海外留学支援) gives way to an indicator of another 事業 that the
    question's words name closely (「高校生にもっと本読ませる」: １か月に１冊も本を読まない高校生の割合), or to a 細事業 named apart."""
    ind, det = (plan.indicators or [None])[0], (plan.details or [None])[0]
    if ind and ind.score >= STRONG_LINK and plan.jigyo and all(e.score < WEAK_JIGYO for e in plan.jigyo) \
            and all(e.jigyo_no != ind.jigyo_no for e in plan.jigyo):
        plan.jigyo = []
    if det and _named_apart(det, plan.norm) and plan.jigyo and all(e.score < det.score - 0.3 and e.jigyo_no != det.jigyo_no for e in plan.jigyo):
        plan.jigyo, plan.details = [], [d for d in plan.details if d.jigyo_no == det.jigyo_no]


def _named_apart(d: Entity, q: str) -> bool:
    """Whether the question names 細事業 ``d`` by its words joined with の (「発酵の人材育成」 for 発酵人材育成事業), not
    as a common phrase that happens to be one (「林業の就業相談会」 has 就業相談会 as it is)."""
    stem = nfkc(d.name).removesuffix("事業")
    return d.score >= 1.0 and len(stem) >= 4 and stem not in q and stem in q.replace("の", "")


def _anchor(plan: QueryPlan, cat: Catalogue, no: str, scored: list[tuple[float, Entity]],
            force: bool = False) -> None:
    """Keep the plan on 事業 ``no``: its entities only, the 事業 itself linked (``force``: in place
    of a 事業 linked by shared words, which a phrase found word for word outranks)."""
    if force:
        plan.jigyo = [e for e in plan.jigyo if e.jigyo_no == no]
    if plan.jigyo and all(e.jigyo_no != no for e in plan.jigyo):
        return  # a 事業 named outright wins over a rare word
    named = any(e.jigyo_no == no and e.score >= NAMED_LINK for e in plan.jigyo)
    if not named and not any(e.jigyo_no == no for e in plan.indicators):
        # a rare word of the program: its best indicator (a program the user named links its own)
        plan.indicators = []
        best = next(((s, e) for s, e in scored if e.kind == "indicator" and e.jigyo_no == no and s >= 0.3), None)
        if best:
            plan.indicators = [Entity(best[1].kind, best[1].name, no, best[1].indicator, score=best[0])]
    plan.details = [d for d in plan.details if d.jigyo_no == no]
    if not plan.jigyo:
        plan.jigyo = [Entity("jigyo", cat.jigyo_names.get(no, ""), no, score=0.6)]
    elif plan.jigyo[0].jigyo_no == no and plan.jigyo[0].score < 0.6:  # 「青少年のネットの事業」: its rare word agrees
        plan.jigyo[0] = Entity("jigyo", plan.jigyo[0].name, no, score=0.6)


def link_entities(plan: QueryPlan, cat: Catalogue, embedder, snap=None) -> None:
    """Link the question's topic words to 事業, indicators and 細事業 (see module doc)."""
    q, salient = plan.norm, plan.salient
    qtok_set = set(salient)
    expanded = expand(qtok_set)
    qvec = None
    try:
        # 事業費 ends every name: said of a program (「採用PRの事業費」) it makes every name look alike
        qvec = embedder.embed_query(re.sub(r"事業費", "", q) or q) if salient else None
    except Exception:  # a remote embedder failing must not break linking
        qvec = None
    scored = _link(cat, q, qtok_set, qvec, expanded) if qtok_set else []
    # When a 事業 is named outright, its name's words must not also link its indicators
    # (「協働・共創推進事業の予算」 is not about 「共創セッションへの企業数」).
    named = [e for s_, e in scored if e.kind == "jigyo" and _named_in(e.name, q)]
    if named:
        q_rest = q
        for e in named:
            for form in _name_forms(e.name):
                q_rest = q_rest.replace(form, " ")
        rest = set(t for t in tokenize(q_rest) if t not in STOP_TOKENS and not t.isdigit())
        sub = []
        if rest:
            try:
                rvec = embedder.embed_query(q_rest)
            except Exception:
                rvec = None
            sub = [x for x in _link(cat, q_rest, rest, rvec, expand(rest)) if x[1].kind != "jigyo"]
        # ... nor link another 事業's (「教員確保対策事業で、特別支援学校の教員は」 is not about the
        # special-needs sheet): a subject the named sheet lacks is the refusal's to say
        own = {e.jigyo_no for e in named}
        sub = [(_rest_said(e, named, q_rest, s_), e) for s_, e in sub if e.jigyo_no in own]
        scored = [x for x in scored if x[1].kind == "jigyo"] + sub
        scored.sort(key=lambda x: -x[0])
    _assign(plan, scored)
    _weak_jigyo_yields(plan)
    if not named:
        short_name_link(plan, cat)
    # (a figure the user half-remembers, 「目標の1,000ちょっと」, is looked up on the program they named by its short form)
    if figure_link(plan, cat, named or [e for e in plan.jigyo if e.score >= NAMED_LINK]):
        return
    detail_named = any(_named_apart(d, q) for d in plan.details)  # named outright, by its short form or by a 細事業's
    sure = named or any(e.score >= NAMED_LINK for e in plan.jigyo) or detail_named
    # (「…を取り入れる事業はどれ？」 asks over every sheet: no one sheet's wording decides it)
    no = verbatim_jigyo(plan, snap) if snap is not None and not sure and "cross" not in plan.intents else None
    if no:
        _anchor(plan, cat, no, scored, force=True)
    # an indicator whose name the question says (「里親の契約件数」 for 「森林の里親」契約件数) tells the 事業; a rare
    # word it shares with another program (里親) does not
    said = [e for e in plan.indicators if e.score >= DETAIL_OWNS]
    top = plan.indicators[0] if plan.indicators else None
    kept = (top.jigyo_no, nfkc(top.name)) if top and top.score >= KEEPS_LINK else None
    no = no or (distinctive_jigyo(plan, snap, cat.name_owners, kept) if snap is not None and not said and not detail_named else None)
    if no:
        _anchor(plan, cat, no, scored)
    elif said and not plan.jigyo:
        plan.jigyo = [Entity("jigyo", cat.jigyo_names.get(said[0].jigyo_no, ""), said[0].jigyo_no, score=0.6)]
    # 「結婚支援の事業」: a 細事業 linked surely (結婚支援センター運営事業) and no 事業 names its 事業.
    if not plan.jigyo and plan.details and len({d.jigyo_no for d in plan.details}) == 1 \
            and plan.details[0].score >= DETAIL_OWNS:
        no = plan.details[0].jigyo_no
        plan.jigyo = [Entity("jigyo", cat.jigyo_names.get(no, ""), no, score=0.6)]
    # A 細事業 named like its 事業 (協働・共創推進事業 / 協働・共創推進事業費) is the 事業.
    jn = {nfkc(e.name) for e in plan.jigyo}
    plan.details = [d for d in plan.details
                    if not any(nfkc(d.name) in j or j in nfkc(d.name) for j in jn)]
    if plan.jigyo and not plan.indicators:
        figure_link(plan, cat, plan.jigyo)  # 「ロケ本数の目標１５０本」 of the program the question's words point to
    _prefer_asked_kind(plan, cat, scored)
    _rate_link(plan, cat, scored)
    _figure_word_link(plan, cat)
    _modifier_decides(plan)


# Two indicators linked this close are told apart by the words only one of them has.
MODIFIER_MARGIN = 0.08

# An indicator that is a rate (…の割合, …率, with a note in brackets after it).
_RATE_NAME = re.compile(r"(?:率|割合)(?:[（(][^）)]*[）)])?$")  # (NFKC writes the note's brackets half-width)


def _is_rate(e: Entity) -> bool:
    return _RATE_NAME.search(nfkc(e.name)) is not None


def _count_asked(plan: QueryPlan) -> bool:
    """「判定士の登録人数の目標」: a count is asked, and no rate."""
    return not RATE_Q.search(plan.norm) and re.search(r"人数|者数|件数|回数", plan.norm) is not None


def _modifier_decides(plan: QueryPlan) -> None:
    """「大型免許の取得者」: 新規狩猟免許取得者数 and 大型・中型免許の取得者数 share 免許 and 取得者; the question says 大型,
    a word of the second alone, and nothing only the first has (狩猟): the second is the one asked about.  So is a
    count that the question asks for, where the first is a rate."""
    if len(plan.indicators) < 2:
        return
    a, b = plan.indicators[0], plan.indicators[1]
    if a.score - b.score > MODIFIER_MARGIN or a.score >= STRONG_LINK:
        return
    # (the linked 事業's own words say which program, not which indicator: そば of 信州そば…)
    q = set(plan.salient) - {t for e in plan.jigyo if e.jigyo_no == a.jigyo_no for t in tokenize(nfkc(e.name))}
    ta, tb = (set(tokenize(nfkc(e.name))) - STOP_TOKENS for e in (a, b))
    # (a count asked, 「判定士の登録人数の目標」, is no rate: 登録判定士に占める65歳以上の割合 shares 登録 and 判定士)
    if (q & (tb - ta) and not q & (ta - tb)) or (_count_asked(plan) and _is_rate(a) and not _is_rate(b)):
        plan.indicators[:2] = [replace(b, score=a.score + 0.01), a]
    elif q & (ta - tb) and not q & (tb - ta):  # 「そば、収量ガタ落ち」: 10a当たり収量, not そば作付面積 close behind
        plan.indicators[1] = replace(b, score=b.score / 2)


# A 細事業 linked this surely tells which 事業 the question is about.
DETAIL_OWNS = 0.8

# An indicator linked this loosely may still be what a rate or target question asks about.
RATE_LINK_MIN = 0.3
# A 事業 linked below this only shares a word with the question.
WEAK_JIGYO = 0.55
# An indicator linked this well keeps the question on its 事業 against a rare word its sheet also uses.
KEEPS_LINK = 0.6
# Below this an indicator only shares the program's words (a guess, not the subject).
WEAK_LINK = 0.5


def _prefer_asked_kind(plan: QueryPlan, cat: Catalogue, scored: list[tuple[float, Entity]]) -> None:
    """Which kind of entity the question is about, when its words fit several.

    - A 細事業 or 取組 named outright (「文化財パトロールってどれくらいやった」) is the subject; the
      indicators that only share the 事業's words (文化財…) are not asked about.
    - A rate or a target asked for (「就職する割合って今どれくらい？目標には届いた？」) is an
      indicator's figure: the best indicator naming a rate is linked even when a 細事業 shares
      more words (県外就職説明会)."""
    bare = plan.norm.replace("の", "")
    exact = [e for e in plan.details if nfkc(e.name) in plan.norm or (len(e.name) >= 4 and nfkc(e.name) in bare)]
    nos = {e.jigyo_no for e in exact}
    if len(nos) == 1 and plan.jigyo and not any(e.jigyo_no in nos for e in plan.jigyo) \
            and max(e.score for e in plan.jigyo) < 0.8:
        no = next(iter(nos))  # 「高齢者向けの防犯の講話」: the 細事業's own 事業, not one sharing 高齢者
        plan.jigyo = [Entity("jigyo", cat.jigyo_names.get(no, ""), no, score=0.6)]
        plan.details = [e for e in plan.details if e.jigyo_no == no]
    # (a why names a 取組 as the cause it guesses: 「むし歯が減ったのって、仕上げみがき教室の効果？」 is
    # about the indicator's result, and the 取組 is what the user thinks caused it)
    if exact and plan.indicators and max(e.score for e in plan.indicators) < 0.8 and plan.intent != "why":
        plan.indicators = []
        return
    # 「学校での食品ロスの出前講座、どれくらいやった」: a 取組 the question names closely (学校向け出前講座)
    # is what was done; an indicator sharing only the program's words (家庭系食品ロス量) is not asked.
    # (「直売所アドバイザーって今年どのくらい回った」: a 細事業 named near outright outweighs indicators that share the program's words)
    owned = any(d.score >= DETAIL_OWNS for d in plan.details)
    if plan.intent in ("lookup", "activity") and plan.indicators \
            and max(e.score for e in plan.indicators) < (STRONG_LINK if owned else WEAK_LINK) \
            and any(d.score >= STRONG_LINK for d in plan.details):
        plan.indicators = []
        return
    # ... and so is the figure whose change a why asks about (「むし歯が減ったのって、…の効果？」).
    why_change = plan.intent == "why" and re.search(r"増え|減っ|下が|上が|伸び|落ち", plan.norm)
    if plan.indicators or not (RATE_Q.search(plan.norm) or RESULT_Q.search(plan.norm) or WHY_SET_Q.search(plan.norm) or why_change):
        return
    if why_change and plan.jigyo:
        # the named 取組 aside, a word of the question names one of the 事業's indicators (虫歯 in
        # ３歳児のむし歯有病率), however many other words the question has
        held = {t for d in plan.details for t in tokenize(nfkc(d.name))}
        words = set(plan.salient) - held
        best = next(((s, e) for s, e in scored if e.kind == "indicator" and e.jigyo_no == plan.jigyo[0].jigyo_no
                     and words & set(tokenize(nfkc(e.name)))), None) if words else None
        if best:
            e = best[1]
            plan.indicators = [Entity(e.kind, e.name, e.jigyo_no, e.indicator, e.detail_no, e.bukyoku, best[0])]
            return
    # a count asked (「判定士の人数の目標」) is no rate's target (登録判定士に占める65歳以上の割合)
    counted = _count_asked(plan)
    # (and a 事業 named by its short form keeps the figure to its own indicators: 「夜間中学を卒業した人の就職率」)
    own = {e.jigyo_no for e in plan.jigyo if e.score >= NAMED_LINK}
    best = next(((s, e) for s, e in scored if e.kind == "indicator" and (not own or e.jigyo_no in own)
                 and not (counted and _is_rate(e))), None)
    if best and best[0] >= RATE_LINK_MIN and (not RATE_Q.search(plan.norm) or re.search(r"率|割合", best[1].name)):
        e = best[1]
        plan.indicators = [Entity(e.kind, e.name, e.jigyo_no, e.indicator, e.detail_no, e.bukyoku, best[0])]
        plan.details = [d for d in plan.details if nfkc(d.name) in plan.norm]


def _figure_word_link(plan: QueryPlan, cat: Catalogue) -> None:
    """「企業の立地件数、…何が効いたの？」: a word and the figure it counts, written as one (立地件数), is the one indicator of
    the linked 事業 whose name has it (…工場・研究所等の立地件数), though another shares more of the question's words
    (立地企業による新規雇用者数).  Only among the linked 事業's indicators: 定着率 or 貸付件数 alone name no program."""
    if not plan.jigyo or any(e.score >= STRONG_LINK for e in plan.indicators):
        return
    words = [m.group(0) for m in _FIGURE_WORD.finditer(plan.norm)]
    no = plan.jigyo[0].jigyo_no
    hits = [e for e in cat.entities if e.kind == "indicator" and e.jigyo_no == no and any(w in nfkc(e.name) for w in words)]
    if len(hits) == 1:
        e = hits[0]
        plan.indicators = [Entity("indicator", e.name, e.jigyo_no, indicator=e.indicator, score=STRONG_LINK)]


def _rate_link(plan: QueryPlan, cat: Catalogue, scored: list[tuple[float, Entity]]) -> None:
    """「協力隊の定着率ってここ数年どんな感じ」: a rate asked of a linked 事業 is its indicator that is a rate
    (…の割合, …率) and shares the rate's own word (定着), however long the indicator's name
    (任期終了後に県内に定着した隊員の割合)."""
    m = re.search(r"([一-龥ァ-ヶー]{1,6}?|[ぁ-ん])(?:率|割合)", plan.norm)  # (…の割合, 見つかる割合: no word of its own)
    # (no 事業 named: the one of a count indicator the question's words fit, 「支援金が終わった後も続いてる事業の割合」)
    nos = {e.jigyo_no for e in plan.jigyo} or {e.jigyo_no for e in plan.indicators[:1] if e.score >= KEEPS_LINK and not _is_rate(e)}
    if not m or not nos or any(e.score >= STRONG_LINK and _is_rate(e) for e in plan.indicators) \
            or re.search(r"達成率|執行率|一般財源の割合", plan.norm):
        return  # (達成率 and 執行率 are computed of the indicators and the money, no indicator's own rate)
    words = {t for t in tokenize(m.group(1)) if len(t) >= 2 and t not in STOP_TOKENS}
    rates = [e for e in cat.entities if e.kind == "indicator" and e.jigyo_no in nos
             and _is_rate(e)]
    hits = [e for e in rates if words & set(tokenize(e.name))]
    if not hits and not words and len(rates) == 1:
        hits = rates  # 「…の子の割合って上がってきてる？」: the 事業's one rate
    if len(hits) == 1:
        e = hits[0]
        plan.indicators = [Entity("indicator", e.name, e.jigyo_no, indicator=e.indicator, score=STRONG_LINK)]

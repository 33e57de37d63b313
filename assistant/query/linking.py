"""Subject linking: question words -> the indexed 事業, indicators and 細事業 they mean.

By meaning, not exact words: Sudachi-normalised token overlap (NPO == ＮＰＯ,
下がっ == 下がる), weighted by how rare a token is among entity names, plus the
cosine of the query and name embeddings (研修の評価 ~ 共創研修会満足度).  When
linking is unsure the plan simply carries no entity and retrieval is open.  Which of
several fitting entities the question asks about (a rate, a count, a named 取組) is
``asked_kind``'s to decide.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from difflib import SequenceMatcher

from ingest.form import nfkc

from ..text.asker import claim_spans, without_claims
from ..text.terms import FORM_WORDS
from ..text.tokens import tokenize
from ..text.vocabulary import STOP_TOKENS
from ..text.wording import no_pairs
from ..types import STRONG_LINK, Entity, QueryPlan
from .anchors import distinctive_jigyo, printed_jigyo, verbatim_jigyo
from .asked_kind import (DETAIL_OWNS, KEEPS_LINK, WEAK_JIGYO, WEAK_LINK, figure_word_link, modifier_decides,
                         count_link, money_indicator, prefer_asked_kind, rate_link)
from .catalogue import Catalogue
from .figure_link import figure_link
from .money_link import money_link
from .short_names import NAMED_LINK, abbreviates, compound_tail_link, short_name_link
from .status_link import status_link
from .synonyms import expand

__all__ = ["NAMED_LINK", "WEAK_LINK", "abbreviates", "expand", "link_entities"]


def _link(cat: Catalogue, text: str, qtokens: set[str], qvec, expanded: set[str] | None = None) -> list[tuple[float, Entity]]:
    """Score every entity name against the question."""
    import numpy as np

    norm = nfkc(text).lower()
    bare = norm.replace("の", "")  # 防犯の講話 names 防犯講話
    flat = bare.replace("・", "")  # 10代20代 names 10代・20代
    scored: list[tuple[float, Entity]] = []
    spans_said: dict[int, str] = {}  # id of a 細事業 named in the question -> the words of it the question says
    sims = None
    if qvec is not None and len(cat.entities):
        sims = cat.similarities(qvec)
    q_weight = math.fsum(cat.idf_of(t) for t in qtokens) or 1.0  # (fsum: the same float in any set order)
    spans = set(_SPAN.findall(norm))
    numbers = set(_NUMBER_NAME.findall(norm))
    owned = [(nfkc(a).lower(), set(tokenize(b)) - STOP_TOKENS, nfkc(b).lower())
             for a, b in (p.text.split("の", 1) for p in no_pairs(norm)) if len(a) >= 3]
    # the question's words that Sudachi cuts into a word and a person suffix (起業人: 起業 + 人), each as typed
    compounds = {a + b: a for r in _COMPOUND.findall(norm) for tk in [tokenize(r)] for a, b in zip(tk, tk[1:])
                 if len(a) >= 2 and b in _PERSON_SUFFIX and a + b in r and a + b not in tk}  # (高齢者 is a word of its own)
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
        if not exact and e.kind == "jigyo" and "・" in name and _conjunct_dropped(name, flat):
            exact = 0.9  # 「スキー授業支援」 for 学校スキー・スケート授業支援事業費: one of two words joined by ・ left out
        if e.kind == "detail":
            said = name if exact else _most_of(name, flat, norm)
            if said:
                exact, spans_said[id(e)] = 1.0, said
        dense = float(sims[i]) if sims is not None else 0.0
        score = max(exact, lex) + 0.5 * max(0.0, dense - 0.3)
        if lex and e.kind == "indicator" and any((b and b <= toks or rest in name) and a in cat.norm_jigyo(e.jigyo_no)
                                                 and rest not in cat.norm_jigyo(e.jigyo_no) for a, b, rest in owned):
            # 「喀痰吸引の新規認定」: the program's own word, then the indicator's (…の新規認定者数); ranked up, never made
            # a sure link (「スマート農業の実証ほ場で収量」 asks the 収量, which 実証ほ場の数 does not give); 「アダプトの参加者」
            # says the name's words as they are written (年間延べ活動参加者数, whose tokens hold 参加者数, not 参加者)
            score = max(score, min(score + OWNED_BONUS, STRONG_LINK - 0.01))
        if any(c in name for c in compounds):
            score += COMPOUND_BONUS  # 「起業人の事業」: 地域活性化起業人活用推進事業費, over 農村女性起業支援事業費 (起業 alone)
        elif any(w in toks and c not in name for c, w in compounds.items()):
            score -= COMPOUND_MISS  # ... and 起業育成事業, a name with the word without its suffix, is another thing
        if e.kind == "detail" and len(head := _ACT_TAIL.sub("", name)) >= 6 and head != name and head in norm:
            score += VERBATIM_BONUS  # 「首都圏での体験フェア」 of 首都圏での体験フェアの開催, over another sheet's 首都圏フェア
        if numbers and numbers & set(_NUMBER_NAME.findall(name)):
            score += NUMBER_NAME_BONUS  # 「119番の事業」: １１９番通報多様化対応推進事業費, not another sheet's 119
        if lex and spans and any(x in name for x in spans):
            score += SPAN_BONUS  # 「3年以内に辞めた人」: 採用後３年以内に離職した警察官の数, not 就職後６か月以内の離職率
        if score > 0.15:
            scored.append((score, e))
    scored = _longest_said(scored, spans_said)
    scored.sort(key=lambda x: -x[0])
    return scored


_CONJUNCTS = re.compile(r"([ァ-ヶー]{2,}|(?<![一-龥])[一-龥]{2}|[一-龥]{2}(?![一-龥]))・([ァ-ヶー]{2,}|[一-龥]{2}(?![一-龥])|[一-龥]{2})")


def _conjunct_dropped(name: str, flat: str) -> bool:
    """Whether the question says a 事業名 with one of two words joined by ・ left out, as people shorten it: 「スキー授業支援」
    for 学校スキー・スケート授業支援事業費, 「小児がん患者支援」 for 小児・ＡＹＡ世代がん患者支援事業費.  The rest is said in one
    run of six characters or more that ends the name (事業費 aside) and holds most of it (see ``_most_of``)."""
    core = re.sub(r"(?:事業費|事業)$", "", name)
    for m in _CONJUNCTS.finditer(core):
        for keep in (m.group(1), m.group(2)):
            short = (core[:m.start()] + keep + core[m.end():]).replace("・", "")
            if len(short) < 6 or short[-4:] not in flat:
                continue
            run = SequenceMatcher(None, flat, short, autojunk=False).find_longest_match(0, len(flat), 0, len(short))
            if run.b + run.size == len(short) and run.size >= 6 and run.size >= 0.7 * len(short) \
                    and run.b <= core[:m.start()].replace("・", "").__len__():
                return True  # (the run starts at or before the word kept: that word is said)
    return False


_KANJI = re.compile(r"[一-龥]")


def _most_of(name: str, flat: str, norm: str) -> str:
    """「RMOのネットワーク会議」 for 信州RMOネットワーク会議: the question says most of a 細事業's name in one run
    (six characters or more, 70% of it, の and ・ aside) that ends it: a name's head is its last word (センター運営費補助
    is no センター運営費), not begun inside another word of the question as typed (``norm``).  Returns that run, else ""."""
    core = name.replace("の", "").replace("・", "").removesuffix("事業")
    if len(core) < 8 or core[-6:] not in flat:
        return ""  # (the run ends the name and is six characters or more: it holds the name's last six, as typed)
    m = SequenceMatcher(None, flat, core, autojunk=False).find_longest_match(0, len(flat), 0, len(core))
    ok = m.size >= max(6, math.ceil(0.7 * len(core))) and m.b + m.size == len(core)
    if ok and m.b > 0 and _KANJI.fullmatch(core[m.b - 1]) and _KANJI.fullmatch(core[m.b]) \
            and re.search("[一-龥]" + re.escape(core[m.b:m.b + 2]), norm) and not re.search("(?<![一-龥])" + re.escape(core[m.b:m.b + 2]), norm):
        ok = False  # (「人事担当者向け説明会」 says 者向け説明会 of 事業者向け説明会: the run starts inside another word on both
        # sides; 「太陽光の業者向けの講習会」 says 業者向け講習会 of 事業者向け講習会 as a word of its own)
    return core[m.b:] if ok else ""


def _longest_said(scored: list[tuple[float, Entity]], said: dict[int, str]) -> list[tuple[float, Entity]]:
    """Among 細事業 the question names, the one it says most of is meant: 「RMOのネットワーク会議」 says all of
    ネットワーク会議 (another sheet's 取組) and more of 信州RMOネットワーク会議; the shorter run, inside the longer
    one, is no name of its own here."""
    longest: dict[str, float] = {}
    for s, e in scored:
        if id(e) in said:
            longest[said[id(e)]] = max(longest.get(said[id(e)], 0.0), s)
    out = []
    for s, e in scored:
        run = said.get(id(e))
        if run:
            over = [v for r, v in longest.items() if run in r and len(r) > len(run)]
            if over:
                s = min(s, max(over) - 0.05)
        out.append((s, e))
    return out


# A word of three to eight kanji or katakana, as typed, that Sudachi reads as a word and a suffix for a person (起業人): a
# name that holds it whole, this much more; a name with the first word only (起業), this much less.
_COMPOUND = re.compile(r"(?<![一-龥ァ-ヶー])[一-龥ァ-ヶー]{3,8}(?![一-龥ァ-ヶー])")
_PERSON_SUFFIX = frozenset("人員師士官家")  # (not 率, 所, 数: 補助率 and 事業所 say the figure or place of the word's thing)
COMPOUND_BONUS = 0.05
COMPOUND_MISS = 0.15

# A 取組 named as written up to its act (「首都圏での体験フェア」 of 首都圏での体験フェアの開催): this much over names that
# only share its words.
_ACT_TAIL = re.compile(r"の(?:開催|実施|運営|推進|整備|設置|作成|発行|配布)$")
VERBATIM_BONUS = 0.1

# A number that is part of a name (「119番を便利にする県の事業」「ネット119の登録」「#7119」): a name that writes the same number
# so (１１９番通報多様化対応推進事業費, ＮＥＴ１１９の利用登録者数) is the one meant.  Sudachi keeps the digits apart and the
# linker reads no number as a word.
_NUMBER_NAME = re.compile(r"(?<=[A-Za-zァ-ヶー#])[0-9]{3,4}(?![0-9])|(?<![0-9])[0-9]{3,4}(?=番)")
NUMBER_NAME_BONUS = 0.3
# A span of time that qualifies a figure (3年以内, 6か月後): a name that holds the same span is the one meant.
_SPAN = re.compile(r"[0-9]+(?:年|か月|ヶ月|カ月|箇月|日)(?:以内|以上|後|間)")
SPAN_BONUS = 0.2
# 「AのB」 where A is written in a 事業名 and every word of B in one of its indicators' names: that indicator, this much more.
OWNED_BONUS = 0.2

# A word and the figure it counts, written as one (立地件数, 参加者数): an indicator whose name has it says that figure.
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


def _weak_jigyo_yields(plan: QueryPlan, cat: Catalogue) -> None:
    """A 事業 linked by one shared word (高校生 of 高校生海外留学支援) gives way to an indicator of another 事業 that the
    question's words name closely (「高校生にもっと本読ませる」: １か月に１冊も本を読まない高校生の割合), or to a 細事業 named apart."""
    ind, det = (plan.indicators or [None])[0], (plan.details or [None])[0]
    if ind and ind.score >= STRONG_LINK and plan.jigyo and all(e.score < WEAK_JIGYO for e in plan.jigyo) \
            and all(e.jigyo_no != ind.jigyo_no for e in plan.jigyo):
        plan.jigyo = []
    if det and (_named_apart(det, plan.norm) or _words_all_said(det, plan, cat)) and plan.jigyo \
            and all(e.score < det.score - 0.3 and e.jigyo_no != det.jigyo_no for e in plan.jigyo):
        plan.jigyo, plan.details = [], [d for d in plan.details if d.jigyo_no == det.jigyo_no]


# A word in the names of one 事業 only is that program's own (楽器); 相談 and 窓口 are in many, 古民家 in two.
OWN_WORD_PROGRAMS = 1


def _words_all_said(d: Entity, plan: QueryPlan, cat: Catalogue) -> bool:
    """Whether the question says every word of 細事業 ``d``'s name (「楽器の老朽化…更新や修繕は」 for 楽器の更新・修繕), linked
    surely, one of them a word of few programs' names: it is what is asked, not a 事業 that shares one word
    (交通信号機老朽化対策事業費's 老朽化).  A name of common words (相談窓口) says no program: 「ワクチンの相談窓口」 is the
    vaccine program's, whatever 細事業 of another sheet is called 相談窓口."""
    words = [t for t in tokenize(nfkc(d.name)) if len(t) >= 2 and t not in STOP_TOKENS and t not in ("事業", "事業費")]
    return d.score >= DETAIL_OWNS and len(words) >= 2 and all(t in plan.salient for t in words) \
        and any(len({cat.entities[i].jigyo_no for i in cat.postings.get(t, ())}) <= OWN_WORD_PROGRAMS for t in words)


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


def _indicator_says_all(plan: QueryPlan, no: str) -> bool:
    """Whether another 事業's indicator, linked (and kept), has every topic word of the question in its name: 「騒音とか悪臭の
    苦情って…解決できてる」 is 「…騒音・振動・悪臭苦情の年度内解決率」, though 「悪臭の苦情」 is written, as typed, only on
    another sheet (whose wording then decides nothing)."""
    top = plan.indicators[0] if plan.indicators else None
    if top is None or top.score < KEEPS_LINK or top.jigyo_no == no:
        return False
    words = [t for t in plan.salient if re.fullmatch(r"[一-龥ァ-ヶー]{2,}", t) and t not in FORM_WORDS]  # (「目標に届いた」)
    return bool(words) and all(t in nfkc(top.name) for t in words)


def link_entities(plan: QueryPlan, cat: Catalogue, embedder, snap=None) -> None:
    """Link the question's topic words to 事業, indicators and 細事業 (see module doc).

    A claim the asker heard and quotes (「『…走り屋の聖地として拡散されたせい』って話」, ``text.asker.claim_spans``) may be
    untrue and its words (SNS, 拡散) of no sheet; when the whole question links nothing surely, the words around it are
    linked (「爆音の通報が目標ほど減らなかったのは」), and kept when they link better."""
    _link_entities(plan, cat, embedder, snap)
    claims = claim_spans(plan.norm)
    if not claims or _best(plan) >= STRONG_LINK:
        return
    outside = without_claims(plan.norm)
    if outside == plan.norm:
        return
    # the words said only in the claim or how it was heard go; those completed from the question stay (キャラ → キャラクター)
    said, kept = set(tokenize(plan.norm)), set(tokenize(outside))
    rest = replace(plan, norm=outside, salient=[t for t in plan.salient if t in kept or t not in said])
    if len([t for t in rest.salient if len(t) >= 2]) < 2:
        return
    _link_entities(rest, cat, embedder, snap)
    if _best(rest) > _best(plan):  # (the asker's own words around the claim, not the claim's SNS相談 linked unsurely)
        plan.jigyo, plan.indicators, plan.details = rest.jigyo, rest.indicators, rest.details


def _best(plan: QueryPlan) -> float:
    return max((e.score for e in plan.jigyo + plan.indicators + plan.details), default=0.0)


def _link_entities(plan: QueryPlan, cat: Catalogue, embedder, snap=None) -> None:
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
    _weak_jigyo_yields(plan, cat)
    if not named:
        short_name_link(plan, cat)
        compound_tail_link(plan, cat)
    # A passage pasted in brackets (「『受講者18人、栽培開始12人』って書いてあるのは」) that one 事業's sheet prints word for word
    # is that sheet's: its figures are looked up there, not on another sheet printing 18人.
    printed = printed_jigyo(plan, snap) if snap is not None and not named else None
    if printed:
        _anchor(plan, cat, printed, scored, force=True)
    # (a figure the user half-remembers, 「目標の1,000ちょっと」, is looked up on the program they named by its short form)
    if figure_link(plan, cat, named or [e for e in plan.jigyo if e.score >= NAMED_LINK or e.jigyo_no == printed]):
        return
    detail_named = any(_named_apart(d, q) for d in plan.details)  # named outright, by its short form or by a 細事業's
    sure = named or any(e.score >= NAMED_LINK for e in plan.jigyo) or detail_named
    # (「…を取り入れる事業はどれ？」 asks over every sheet: no one sheet's wording decides it)
    # (「シートにある『おおむね1,300人』って何の数字？」: the sheet that prints the quote, found above, else a phrase said so)
    no = (printed or verbatim_jigyo(plan, snap)) if snap is not None and not sure and "cross" not in plan.intents else None
    # (a 細事業 of another 事業 said by every word of its name, one of them its program's own, is what is asked: 「楽器が
    # 老朽化…更新や修繕は」 is 警察音楽隊's 楽器の更新・修繕, not the 事業 whose sheet alone writes 老朽化 among a few)
    said_all = {d.jigyo_no for d in plan.details if _words_all_said(d, plan, cat)}
    if no and (_indicator_says_all(plan, no) or (said_all and no not in said_all)):
        no = None
    if no:
        _anchor(plan, cat, no, scored, force=True)
    # an indicator whose name the question says (「里親の契約件数」 for 「森林の里親」契約件数) tells the 事業; a rare
    # word it shares with another program (里親) does not
    said = [e for e in plan.indicators if e.score >= DETAIL_OWNS]
    top = plan.indicators[0] if plan.indicators else None
    kept = (top.jigyo_no, nfkc(top.name)) if top and top.score >= KEEPS_LINK else None
    no = no or (distinctive_jigyo(plan, snap, cat.name_owners, kept) if snap is not None and not said and not detail_named else None)
    if no and said_all and no not in said_all:
        no = None
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
    money_link(plan, cat)  # 「予算現額5,620万円に対して決算4,498万円」: the 事業 (and 細事業) that prints those amounts
    if plan.jigyo and not plan.indicators:
        figure_link(plan, cat, plan.jigyo)  # 「ロケ本数の目標１５０本」 of the program the question's words point to
    prefer_asked_kind(plan, cat, scored)
    money_indicator(plan, cat)
    rate_link(plan, cat, scored)
    count_link(plan, cat)
    figure_word_link(plan, cat)
    modifier_decides(plan)
    if snap is not None:
        status_link(plan, snap)

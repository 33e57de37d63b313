"""Which kind of linked entity the question asks about, once linking has scored them.

Linking (``linking.py``) finds the 事業, indicators and 細事業 whose names fit the question's
words; several often fit.  These rules choose among them by what the question asks: a
rate or a count, a 取組 named outright or the figure a why asks about, the one word only
one of two close indicators has.  Kept apart from the scoring so each can be read whole.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.form import nfkc

from ..text.terms import SUBSIDY_TERMS_Q
from ..text.tokens import tokenize
from ..text.vocabulary import RATE_Q, RESULT_Q, STOP_TOKENS, WHY_SET_Q
from ..text.wording import verb_stems
from ..types import STRONG_LINK, Entity, QueryPlan
from .catalogue import Catalogue
from .short_names import NAMED_LINK
from .synonyms import expand

_FIGURE_WORD = re.compile(r"[一-龥ァ-ヶー]{2,8}(?:件数|人数|者数|率|割合)")

# Two indicators linked this close are told apart by the words only one of them has.
MODIFIER_MARGIN = 0.08

# An indicator that is a rate (…の割合, …率, with a note in brackets after it).
_RATE_NAME = re.compile(r"(?:率|割合)(?:[（(][^）)]*[）)])?$")  # (NFKC writes the note's brackets half-width)


def _is_rate(e: Entity) -> bool:
    return _RATE_NAME.search(nfkc(e.name)) is not None


def _count_asked(plan: QueryPlan) -> bool:
    """「判定士の登録人数の目標」: a count is asked, and no rate."""
    return not RATE_Q.search(plan.norm) and re.search(r"人数|者数|件数|回数", plan.norm) is not None


def modifier_decides(plan: QueryPlan) -> None:
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


def prefer_asked_kind(plan: QueryPlan, cat: Catalogue, scored: list[tuple[float, Entity]]) -> None:
    """Which kind of entity the question is about, when its words fit several.

    - A 細事業 or 取組 named outright (「文化財パトロールってどれくらいやった」) is the subject; the
      indicators that only share the 事業's words (文化財…) are not asked about.
    - A rate or a target asked for (「就職する割合って今どれくらい？目標には届いた？」) is an
      indicator's figure: the best indicator naming a rate is linked even when a 細事業 shares
      more words (県外就職説明会)."""
    bare = plan.norm.replace("の", "")
    exact = [e for e in plan.details if nfkc(e.name) in plan.norm or (len(e.name) >= 4 and nfkc(e.name) in bare)]
    # (「温泉の施設の立入検査」: a 細事業 named 立入検査 is inside the linked 温泉利用施設への立入検査件数, which says more)
    exact = [e for e in exact if not any(o.jigyo_no != e.jigyo_no and nfkc(e.name) in nfkc(o.name)
                                         and _more_said(o, e, plan) for o in plan.details + plan.indicators)]
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
    if SUBSIDY_TERMS_Q.search(plan.norm) or re.search(r"負担(?:の|って|は)?(?:どういう|どんな)?割合", plan.norm):
        return  # 「所有者の負担ってどういう割合…県費の上限も」: a subsidy's terms, no indicator's rate (森林所有者の割合)
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


def _more_said(longer: Entity, inner: Entity, plan: QueryPlan) -> bool:
    """Whether ``longer``'s name holds a word of the question that ``inner``'s name, inside it, does not (温泉 of
    温泉利用施設への立入検査件数 beside the 細事業 立入検査)."""
    extra = set(tokenize(nfkc(longer.name))) - set(tokenize(nfkc(inner.name))) - STOP_TOKENS
    return any(len(t) >= 2 and t in extra for t in plan.salient)


def figure_word_link(plan: QueryPlan, cat: Catalogue) -> None:
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


def rate_link(plan: QueryPlan, cat: Catalogue, scored: list[tuple[float, Entity]]) -> None:
    """「協力隊の定着率ってここ数年どんな感じ」: a rate asked of a linked 事業 is its indicator that is a rate
    (…の割合, …率) and shares the rate's own word (定着), however long the indicator's name
    (任期終了後に県内に定着した隊員の割合)."""
    # (…の割合, 見つかる割合: no word of its own; 「遠隔授業の満足度」: a degree is told as the rate of those who say it,
    # 「満足」と回答した割合)
    m = re.search(r"([一-龥ァ-ヶー]{1,6}?|[ぁ-ん])(?:率|割合)", plan.norm) \
        or re.search(r"(?<![一-龥])([一-龥]{2})度(?!合)", plan.norm)  # (a degree of its own word: not 昨年度, 低濃度)
    # (no 事業 named: the one of a count indicator the question's words fit, 「支援金が終わった後も続いてる事業の割合」)
    nos = {e.jigyo_no for e in plan.jigyo} or {e.jigyo_no for e in plan.indicators[:1] if e.score >= KEEPS_LINK and not _is_rate(e)}
    if not m or not nos or any(e.score >= STRONG_LINK and _is_rate(e) for e in plan.indicators) \
            or re.search(r"達成率|執行率|一般財源の割合", plan.norm):
        return  # (達成率 and 執行率 are computed of the indicators and the money, no indicator's own rate)
    words = {t for t in tokenize(m.group(1)) if len(t) >= 2 and t not in STOP_TOKENS}
    if not words and m.group(0).endswith("度"):
        return  # (a degree names its own word, or none)
    rates = [e for e in cat.entities if e.kind == "indicator" and e.jigyo_no in nos
             and _is_rate(e)]
    hits = [e for e in rates if words & set(tokenize(e.name))]
    if not hits and not words and len(rates) == 1:
        hits = rates  # 「…の子の割合って上がってきてる？」: the 事業's one rate
    if len(hits) == 1:
        e = hits[0]
        plan.indicators = [Entity("indicator", e.name, e.jigyo_no, indicator=e.indicator, score=STRONG_LINK)]


# What is counted, as the question asks it and as an indicator's name ends (「人数は増えてますか」「泊まった人の数」: people;
# 「何件」: cases; 「数は増えてる」: any count).
_COUNT_ASKED = (
    ("people", re.compile(r"人数|何人|(?:人|者)(?:たち|達)?の数|者数|(?:人|者)(?:って|は|が)(?:どれ|どのくらい|どんだけ|何)")),
    ("cases", re.compile(r"件数|何件")),
    ("days", re.compile(r"日数|何日")),
    ("count", re.compile(r"(?:の|で|、)数(?:は|が|って|も|の|を|[?？]|$)|^数(?:は|が|って)|いくつ|何か所|何箇所")),
)
_COUNT_NAME = (("people", re.compile(r"(?:者|人|員)数|人数")), ("cases", re.compile(r"件数")),
               ("days", re.compile(r"日数")), ("count", re.compile(r"数")))


# The question's topic, said first (「木の駅ってどのくらいのペースで増えてる」): what grows or shrinks.
_TOPIC = re.compile(r"^([一-龥ァ-ヶーぁ-ん・]{2,12}?)(?:って|は|が|も)[、,]?")


def _topic_counted(plan: QueryPlan, cat: Catalogue, no: str) -> None:
    """「木の駅ってどのくらいのペースで増えてる？」: the trend of the topic itself, when one count indicator of the program
    counts it by name (木の駅の設置数; not 木の駅での材の年間受入量, a quantity)."""
    topic = _TOPIC.match(plan.norm)
    if plan.intent != "trend" or not topic or len(topic[1]) < 3:
        return
    fit = [e for e in cat.entities if e.kind == "indicator" and e.jigyo_no == no and count_kind(e.name)
           and re.match(re.escape(topic[1]) + r"の?(?:設置|整備|登録|開設|認定|実施)?(?:箇所|か所|施設)?数", nfkc(e.name))]
    if len(fit) == 1:
        e = fit[0]
        plan.indicators = [Entity("indicator", e.name, e.jigyo_no, indicator=e.indicator, score=KEEPS_LINK)]


_COUNTED = re.compile(r"(子ども|子供|[一-龥ァ-ヶー]{2,6})(?:の)?(?:人数|数)(?![一-龥])")


def count_kind(name: str) -> str | None:
    """What an indicator counts, by the end of its name (…の委嘱者数: people), or None for a rate or a measure."""
    name = re.sub(r"[（(][^）)]*[）)]$", "", nfkc(name))
    if _RATE_NAME.search(name) or not name.endswith("数"):
        return None
    return next(k for k, p in _COUNT_NAME if p.search(name[-4:]))


def count_link(plan: QueryPlan, cat: Catalogue) -> None:
    """「レンジャーって…人数は増えてますか」「古民家の宿に泊まった人の数」「放課後子ども教室って、数は増えてる？」: a count
    asked of the one linked 事業, no indicator linked, is its indicator counting that kind (people: 委嘱者数, not 巡視日数)
    whose name holds a word of the question (宿 of 宿泊者数, 教室 of 実施教室数); none when no name does (「参加してる子どもって
    何人」 is no 協力者の登録者数)."""
    # (an indicator linked only weakly, by a word it shares, 見学 of 見学者数, leaves the kind asked to decide)
    if any(e.score >= WEAK_LINK for e in plan.indicators) or len({e.jigyo_no for e in plan.jigyo}) != 1 \
            or plan.jigyo[0].score < WEAK_JIGYO \
            or plan.intent not in ("trend", "why", "lookup") or RATE_Q.search(plan.norm):
        return
    asked = next((k for k, p in _COUNT_ASKED if p.search(plan.norm)), None)
    no = plan.jigyo[0].jigyo_no
    if asked is None:
        _topic_counted(plan, cat, no)
        return
    fit = [(e, nfkc(e.name)) for e in cat.entities if e.kind == "indicator" and e.jigyo_no == no
           and (k := count_kind(e.name)) and (asked == "count" or k == asked)]
    # (what is counted, named before 数 (「利用者数」「見た子どもの数」), must be the name's (搭乗者数 is no 利用者数, 学校数 no
    # 子どもの数): the question's own words decide then, not the kind of count)
    if counted := _COUNTED.search(plan.norm):
        said_as = {counted[1]} | expand({counted[1]})
        fit = [(e, name) for e, name in fit if any(w in name for w in said_as)]
    words = {t for t in plan.salient if t not in STOP_TOKENS and not re.fullmatch(r"数|人数|件数|日数|人|者", t)}
    words |= verb_stems(plan.salient)  # (泊まる: 泊 of 宿泊者数)
    said = [(sum(w in name for w in words), e) for e, name in fit]
    best = max((n for n, _ in said), default=0)
    top = [e for n, e in said if n == best]
    if best >= 1 and len(top) == 1:
        e = top[0]
        plan.indicators = [Entity("indicator", e.name, e.jigyo_no, indicator=e.indicator, score=KEEPS_LINK)]


# Money asked of a program (「ネーミングライツのお金」「売上」「収入」), not its table: the indicator counted in 円 is its figure.
_MONEY_ASKED = re.compile(r"お金|金額|収入|収益|売上|売り上げ|稼ぎ")


def money_indicator(plan: QueryPlan, cat: Catalogue) -> None:
    """「ネーミングライツのお金、R5だけガクッと落ちてる…何があったん」: the change of money a why or trend asks about is the
    linked 事業's one indicator counted in 円 (ネーミングライツ収入額), not the indicator linked loosely by the program's words
    (契約件数)."""
    if not plan.jigyo or plan.intent not in ("why", "trend") or not _MONEY_ASKED.search(plan.norm) \
            or any(e.score >= WEAK_LINK for e in plan.indicators):
        return
    no = plan.jigyo[0].jigyo_no
    money = {(i, name) for rows in cat.figures.values() for n, i, name, unit in rows if n == no and unit and "円" in unit}
    if len(money) == 1:
        ind, name = next(iter(money))
        plan.indicators = [Entity("indicator", name, no, indicator=ind, score=WEAK_LINK)]

"""How a question's phrase is read against the sheet the answer would come from: which sheet that is, the words
that say the phrase's subject, and the words that count for each on a sheet (synonyms, verbs, clippings, pieces)."""

from __future__ import annotations

import re

from ingest.form import nfkc

from ..query.catalogue import catalogue
from ..query.linking import expand
from ..text.terms import ATTRIBUTE_HEADS, COUNTER_NOUN, NAME_OF_KIND, short_forms
from ..text.tokens import tokenize
from ..text.vocabulary import STOP_TOKENS
from ..text.wording import HOME_PLACES, REGION_NOUNS, manner_forms, predicate_forms, verbal_forms, zipf
from ..types import QueryPlan
from .evidence import proper_name


def clipped(plan: QueryPlan, word: str) -> set[str]:
    """The sheets' full word for a clipped one (プラ -> プラスチック), if the question used one."""
    return {plan.clipped[word]} if word in plan.clipped else set()


COUNTED_OF = r"(?:[ぁ-ん]{0,5}(?:人|者))?の(?:件数|人数|回数|発生件数|発生数|数(?![値字]))"  # (…できた人の数)


def counted_here(word: str, body: str) -> bool:
    """Whether ``word`` is a count by its counter (点数) and ``body`` writes a number with that counter."""
    m = COUNTER_NOUN.fullmatch(word)
    return bool(m and re.search(r"\d[\d,.]*\s*" + m.group(1) + r"(?!数)", body))


def evidence_sheet(snap, plan: QueryPlan, top: list[str]) -> tuple[list[str], set[str]]:
    """(the versions the phrases are read against, the 事業 named outright): the sheet of the best hit, or the newest
    sheet of the one 事業 named outright when another sheet's chunk ranks first (「ICT施工にしてから労働災害って減った」)."""
    versions = list(dict.fromkeys(snap.chunks[c].meta.get("version") for c in top[:1] if c in snap.chunks))
    named = {e.jigyo_no for e in plan.jigyo if e.score >= 0.9}
    if len(named) == 1 and not any(snap.chunks[c].meta.get("jigyo_no") in named for c in top[:1] if c in snap.chunks):
        newest = snap.newest_of(next(iter(named)))
        versions = [newest.version] if newest else versions
    return versions, named


RARE_ZIPF = 3.5  # (鳥獣 3.1, インターンシップ 3.0; 申請 4.5, 検定 4.0 are not rare)


def termed_check(snap, embedder, named: set[str], whole: set[str]):
    """Whether a word is a term of one or two other 事業 (in their names: 労働災害) that the sheet of the 事業 named outright
    never writes: even alone it is then checked, and its pieces (労働 of 長時間労働) do not stand for it.  Words in the
    names of many 事業 (強化, 推進) are no one program's term."""
    cat = catalogue(snap, embedder) if len(named) == 1 and embedder is not None else None

    def termed(f: str) -> bool:
        if f in whole:
            return False
        owners = {cat.entities[i].jigyo_no for i in cat.postings.get(f, ())} if cat is not None else set()
        # ... or of more (鳥獣, インターンシップ) when it is rare in general Japanese: a subject of its own, not a
        # word for how the question is put (しわ寄せ, 偏り, 冬場 are in no 事業's names)
        others = len(owners - named)
        return 0 < others <= 2 or (others > 2 and 0 < zipf(f) < RARE_ZIPF)
    return termed


def subject_forms(ph, plan: QueryPlan) -> tuple[list[str] | None, bool]:
    """The phrase's words that say its subject, and whether it ends in what is asked of that subject (「講習会の経費」:
    講習会 is judged, 経費 is asked).  None when every word is what is asked of the rows (「その年度・金額」)."""
    if re.fullmatch(r"[a-z][a-z' -]*", nfkc(ph.text)):
        return None, False  # an English word in lower case glosses the sheet's term (「training transfer rate」に当たる割合)
    # one-kanji words count too (胃がん検診: 胃), kana and ASCII pieces do not
    forms = [f for f in dict.fromkeys(map(_plain, ph.forms)) if f and (len(f) > 1 or re.fullmatch(r"[一-龥]", f))
             and (not f.isascii() or (f.isalpha() and len(f) >= 2))  # DV, EV count; R6, 3 do not
             and not (len(f) == 1 and any(f in k for k in plan.clipped))  # 暴 of 暴排 (暴力団排除), cut by Sudachi
             and not (f in HOME_PLACES and nfkc(ph.text).startswith(f + "の"))  # 「長野のDPAT」: every sheet is the prefecture's
             and not (f in _YEAR_PREFIXES and re.match(f + _YEAR_AFTER, nfkc(ph.text)))]  # 「翌R6年度」: a year, told from another
    # what is asked of the subject (濃度測定の経費, …の件数) is the form's, not another subject (拾得額 is one)
    # ... and so is the kind of program (「闇バイト対策、次はどう動く」: 闇バイト is judged, 対策 is what is done of it)
    # (「拠点の運営コスト」: a cost word ends a compound as 「…の経費」 does)
    asked = len(forms) >= 2 and (forms[-1] in ATTRIBUTE_HEADS and nfkc(ph.text).endswith("の" + forms[-1])
                                 or forms[-1] in ("対策", "コスト", "経費", "費用"))
    # (「トレイル事業のR6執行率」: a figure of the cost table, 執行率 or 不用額, ends the phrase with or without の)
    cost = False
    while len(forms) >= 2 and (forms[-1] in _COST_FIGURE_WORDS or forms[-1] in ("率", "額") and forms[-2] in _COST_FIGURE_WORDS
                               # 「購入単価」「派遣単価」: the price asked of what was bought or sent (whether the sheet states it is
                               # the attribute check's); 「平均単価」 is a figure of its own
                               or forms[-1] == "単価" and forms[-2] != "平均"):
        forms, cost = forms[:-1], True
    if cost and forms[-1:] == ["事業"] and len(forms) >= 2:
        forms = forms[:-1]  # (トレイル事業: the program's own short name is what is judged)
    # (「計画上の」「制度上」: 上 after a noun says in what respect, no subject of its own)
    forms = [f for i, f in enumerate(forms) if not (f == "上" and i and forms[i - 1] + "上" in nfkc(ph.text))] or forms
    # (a state said of the subject, 「頭打ち気味」, is how it is doing, no subject of its own)
    forms = [f for f in forms if f not in predicate_forms(plan.norm)]
    if forms and (kind := NAME_OF_KIND.fullmatch(forms[-1])):  # (「学校名」: the names of schools, asked of 学校)
        forms, named_kind = [f for f in forms[:-1] if f != kind["kind"]] + [kind["kind"]], True
    else:
        named_kind = False
    if len(forms) > 1:  # (「銃のしまい方」: the manner asked of 銃, no subject of its own)
        forms = [f for f in forms if f not in manner_forms(plan.norm)] or forms
    verbal = verbal_forms(plan.norm)
    # (「R6に急回復していますね」: a one-kanji word before the verb says how it was done, 急 of 急回復)
    if not forms or (all(f in verbal or (len(f) == 1 and forms[-1] in verbal) for f in forms)
                     and not _PEOPLE_WHO.match(plan.norm, _end_of(ph, plan))):
        return None, False  # (「把握している」「上乗せしてた」: what is done, said as a verb; 「入院した人」 is a subject)
    if all(f in ATTRIBUTE_HEADS or f in ("年度", "年") or f in STOP_TOKENS for f in forms):  # (予算要求)
        return None, False
    return (forms[:-1] if asked and not cost else forms), asked or cost or named_kind


# A year said from the one before it or from now (翌R6年度, 同R5年度, 前年度): the year, no subject.
_YEAR_PREFIXES = frozenset("翌前同当昨今来本次")
_YEAR_AFTER = r"\s*(?:[RH]\d|令和|平成|\d|年)"

# The words of a figure computed from the cost table (執行率 = 決算額 / 予算現額, 不用額 = 予算現額 − 決算額, its 差額).
_COST_FIGURE_WORDS = frozenset({"執行", "執行率", "不用", "不用額", "差額", "執行残", "残額"})  # (「予算現額と決算額の差額」 is 不用額)


def _plain(form: str) -> str:
    """The word without the honorifics about it: お客さん is 客, ご家族 家族; Sudachi's 御 (お・ご alone) is no word."""
    return "" if form == "御" else re.sub(r"(?<=.)(?:さん|さま|様|ちゃん)$", "", re.sub(r"^[おご御](?=[一-龥])", "", form))


# After a noun said as a verb, the people or cases who did it (「入院した人」「通報した件数」): a subject of its own.
_PEOPLE_WHO = re.compile(r"(?:し|でき|され)(?:た|てる|ている|てた)?(?:人|者|方|子|件|数|ケース)")


def _end_of(ph, plan: QueryPlan) -> int:
    """Where the phrase ends in the question (its end when the phrase is not found as typed)."""
    at = plan.norm.find(nfkc(ph.text))
    return at + len(nfkc(ph.text)) if at >= 0 else len(plan.norm)


# 連用形 nouns and their verbs: 代わり / 代わる, 手伝い / 手伝う, 働き / 働く.
# The tool or method a thing was done with (「ドローンを使った森林調査」「AIによる判定」): the sheet of the program named must
# say it, even as one word, for the answer to be about that way of doing it.
_MEANS_AFTER = re.compile(r"(?:を|で)?(?:使った|使って|使う|活用した|活用して|用いた|用いて|使用した)|による|によって")


def means_named(ph, plan: QueryPlan) -> bool:
    """Whether the phrase is the means of what is asked, of a program the question names closely."""
    return bool(_MEANS_AFTER.match(plan.norm, _end_of(ph, plan))) and any(e.score >= 0.9 for e in plan.jigyo)


_I_TO_U = dict(zip("いきぎしちにびみり", "うくぐすつぬぶむる"))


def figure_of_linked(snap, plan: QueryPlan, text: str, ids: list[str]) -> bool:
    """Whether the phrase quotes a figure (three digits or more) that the linked indicator's own row prints."""
    nums = [n.replace(",", "") for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text) if len(n.replace(",", "")) >= 3]
    if not nums or not plan.indicators:
        return False
    keys = {(e.jigyo_no, e.indicator) for e in plan.indicators}
    rows = [nfkc(snap.chunks[c].text).replace(",", "") for c in ids if snap.chunks[c].meta.get("section") == "4"
            and (snap.chunks[c].meta.get("jigyo_no"), snap.chunks[c].meta.get("indicator")) in keys]
    return bool(rows) and all(any(n in r for r in rows) for n in nums)


def alternatives(f: str, plan: QueryPlan, whole_word: bool = False) -> set[str]:
    """The words that count for ``f`` on a sheet: a synonym, its verb, the full word of a clipping, and its pieces
    (部活 in 部活動); a proper name's pieces do not (長野県立大学 is no 大学), nor a person noun's (被害者 is not 被害:
    犯罪被害者支援 is not サイバー犯罪被害防止), nor any word's when ``whole_word`` (a term of another program)."""
    # (a cost's pieces neither: 医療費 is no 医療, 「子どもの医療費」 is not told by a passage on 医療的ケア児)
    whole = whole_word or proper_name(f) or f.endswith("者") or _cost_word(f)
    pieces = set() if whole else {x for x in tokenize(f) if len(x) > 1 and x != f}
    # (a region in the sheets' words, 海外 as インバウンド or 国内外, only to ground the phrase: in linking it named
    # programs for questions about a region no sheet speaks of)
    # (the sheet's own short form of a word the question's was expanded to: 社協 for 社会福祉協議会)
    return {f} | expand({f}) | set(REGION_NOUNS.get(f, ())) | pieces | verb_forms(f) | clipped(plan, f) | short_forms(f) \
        | count_of(f)


_COUNT_COMPOUND = re.compile(r"([一-龥ァ-ヶー]{1,4}?)(件数|人数|回数|数)")


def count_of(word: str) -> set[str]:
    """A count written as one word, as the sheets write it with の: 駅数 is 駅の数 (「点状ブロックの整備駅数」 of
    「内方線付き点状ブロックを整備した駅の数」)."""
    m = _COUNT_COMPOUND.fullmatch(word)
    return {f"{m.group(1)}の{m.group(2)}"} if m else set()


def _cost_word(word: str) -> bool:
    """Whether ``word`` is the cost of a thing (医療費, 使用料, 被害額): the thing's word and a cost suffix."""
    return len(word) >= 3 and word[-1] in "費料額"


def other_cost(word: str, close: str) -> bool:
    """Whether ``close``, near the cost ``word`` in meaning, speaks of another thing's cost: 通学費 or 自己負担 for 医療費
    (no kanji of 医療 in it)."""
    return _cost_word(word) and not set(word[:-1]) & set(close)


def verb_forms(word: str) -> set[str]:
    """The verb a noun made from its stem stands for (代わり -> 代わる): the sheet may say
    「従業員に代わって」 where the user says 「社員の代わり」."""
    if len(word) >= 2 and re.search(r"[一-龥]", word[:-1]) and word[-1] in _I_TO_U:
        return {word[:-1] + _I_TO_U[word[-1]]}
    return set()

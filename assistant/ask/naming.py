"""Whether a phrase of the question is the user's own name for a linked 事業, indicator or 細事業.

The answerability stage (:mod:`.refusal`) refuses a phrase the evidence never speaks of; these say when a
phrase that is not on the sheet word for word still names what is linked: 「自転車の安全対策」 for
自転車交通安全推進事業費, 「認知症サポーター講座の参加者」 for 認知症サポーター養成講座の受講者数, 「落とし物の保管点数」
for 拾得物保管点数.
"""

from __future__ import annotations

import re

from ingest.form import nfkc

from ..query.linking import expand
from ..text.terms import PROGRAM_KINDS
from ..text.tokens import morphemes, reading, synonym_groups, tokenize
from ..text.vocabulary import STOP_TOKENS
from ..text.wording import is_frame, noun_phrases
from ..types import STRONG_LINK, QueryPlan
from .evidence import near_words
from .grounding import subject_forms


def program_in_own_words(forms: list[str], plan: QueryPlan) -> bool:
    """Whether a phrase that ends in a word for a program (対策, 事業費, 支援…) names a linked 事業 in the
    user's words: its first word and at least half of its other words are the name's (自転車の安全対策 for
    自転車交通安全推進事業費, 採用PRの事業費 for 県職員採用試験受験者確保事業費)."""
    if len(forms) < 2 or forms[-1] not in PROGRAM_KINDS:
        return False
    rest = [f for f in forms if f not in PROGRAM_KINDS]
    for e in plan.jigyo:
        name = nfkc(e.name)
        toks = set(tokenize(name))
        held = [f for f in rest if f in name or f in toks or expand({f}) & toks]
        if rest and rest[0] in held and len(held) * 2 >= len(rest):
            return True
    return False


NAMED_NEAR_SIM = 0.4


def mostly_named(forms: list[str], plan: QueryPlan, embedder=None) -> bool:
    """Whether a phrase is the user's wording of one linked indicator or 細事業 name: more than
    half of its words, its first one among them, are the name's, and each other word is close in
    meaning to a word of the name (参加者 ~ 受講者: 認知症サポーター講座の参加者 for
    認知症サポーター養成講座の受講者数).  A modifier the name lacks (高校生の県内就職率 for
    Uターン就職率) or another attribute (防災ヘリの機種 for 防災ヘリの運航可能日数) fails."""
    for e in plan.indicators + plan.details:
        name = nfkc(e.name)
        toks = set(tokenize(name))
        held = [f for f in forms if f in toks or f in name or expand({f}) & toks]  # 大人 for 成人
        kin = [f for f in forms[1:] if f not in held and kanji_kin(f, toks)]  # (方向 for 傾向: half a word of the name)
        strong = e.score >= STRONG_LINK
        # half is enough for a name the question links outright (商店街の人通り: 目標の2,300人 names the row)
        enough = len(held) * 2 >= len(forms) if strong else (len(held) * 2 + len(kin)) > len(forms)
        if not (forms and (forms[0] in held or strong and kanji_kin(forms[0], toks, head=True)) and enough):
            continue
        rest = [f for f in forms if f not in held]
        near = near_words(embedder, rest, toks, NAMED_NEAR_SIM)
        if all(near[f] or kanji_kin(f, toks) for f in rest):
            return True
    return False


def in_named_phrase(plan: QueryPlan, token: str, embedder=None) -> bool:
    """Whether ``token`` keeps a kanji of a word of a linked indicator's or 細事業's name, in a phrase that names it in the
    user's words (方向 of 「回復方向にある地点」 for 回復傾向にある地点の割合): judged with its phrase, as the phrase check of
    :mod:`.refusal` does.  Any other word no sheet uses (利息 of 「支払遅延の遅延利息」) is still judged alone."""
    for ph in noun_phrases(plan.norm):
        if token in ph.forms:
            forms, _ = subject_forms(ph, plan)
            names = {t for e in plan.indicators + plan.details for t in tokenize(nfkc(e.name))}
            return bool(forms) and len(forms) > 1 and kanji_kin(token, names) and mostly_named(forms, plan, embedder)
    return False


_TWO_KANJI = re.compile(r"[一-龥]{2}")


def kanji_kin(word: str, names: set[str], head: bool = False) -> bool:
    """Whether a two-kanji word differs from a two-kanji word of ``names`` in one kanji, the other in the same place:
    巡回 for 巡視, 方向 for 傾向 (「保護指導員の巡回日数」 for 保護指導員による巡視日数).  Word vectors miss these pairs
    (cosine 0.04 for 巡回・巡視); the shared kanji carries the meaning the user paraphrased.  The phrase's first word
    (``head``) must share its first kanji: 漁業 is no 林業, though both end in 業."""
    if not _TWO_KANJI.fullmatch(word):
        return False
    others = [n for n in names if n != word and _TWO_KANJI.fullmatch(n)]
    if head:
        return any(n[0] == word[0] for n in others)
    return any((n[0] == word[0]) != (n[1] == word[1]) for n in others)


def headed_by_indicator(forms: list[str], plan: QueryPlan, sheet_tokens: set[str]) -> bool:
    """「落とし物の保管点数」 for 拾得物保管点数: the phrase's head words are a linked indicator's name's, and its
    modifier is a word the indicator's sheet uses (落とし物 in its 目的): the user's name for that figure."""
    for e in plan.indicators:
        toks = set(tokenize(nfkc(e.name)))
        rest = [f for f in forms if f not in toks]
        if len(forms) >= 2 and forms[-1] in toks and len(rest) < len(forms) and all(f in sheet_tokens for f in rest):
            return True
    return False


def glossed(text: str, sheet: list[str], plan: QueryPlan) -> bool:
    """Whether the sheet writes ``text`` in one sentence with a linked indicator's name (「食生活改善推進員
    （ヘルスメイト）」 glosses ヘルスメイト as the indicator 食生活改善推進員の会員数): the user's word for it."""
    for e in plan.indicators:
        words = {t for t in tokenize(nfkc(e.name)) if len(t) > 1 and t not in STOP_TOKENS}
        for body in sheet:
            for x in re.split(r"[。\n]", body):
                if text in x and len({w for w in words if w in x}) >= 2:
                    return True
    return False


# A term the user glosses in parentheses: 「官民のテロ対策ネットワーク（パートナーシップ）」
_USER_GLOSS = re.compile(r"([^\s、。,?？()「」]{2,})\(([^()]{2,24})\)")
# ... or named after it, as a parent or a newcomer does (「県の税金の出前授業？租税教室ってやつ」「中高生のお兄さんお姉さん、
# ジュニアリーダーっていうんだって」): the description, then the program's own word for it
_USER_NAMED = re.compile(r"([^\s、。,?？()「」]{2,})[?？、,]\s*([^\s、。,?？()「」]{2,24}?)"
                         r"(?:ってやつ|って(?:いう|言う)(?:んだって|やつ|の|らしい|もの)|という(?:もの|やつ|の)|のこと)")


def user_glossed(text: str, norm: str, held: list[str]) -> bool:
    """Whether the question (``norm``) glosses ``text`` in parentheses with a term that ``held`` (the linked names and the
    sheet) has: 「官民のテロ対策ネットワーク（パートナーシップ）」 is the user's description of the sheet's 信州テロ対策
    パートナーシップ, not another subject.  Not the other way round: 「成人式（はたちの集い）」 on a sheet that says 成人式 is
    still asked of 成人式, whatever else the sheet does there.  Only the term's head is glossed, its other words must be
    held as they are: 「家賃の収納率（現年分）」 says which 収納率, and 家賃 is still the subject.  A year in parentheses is no
    gloss."""
    for m in [*_USER_GLOSS.finditer(norm), *_USER_NAMED.finditer(norm)]:
        gloss = m[2].strip()
        # (a description named after it is glossed whole: 税金 of 「税金の出前授業？租税教室ってやつ」 is the 租税教室's)
        whole = m.re is _USER_NAMED
        if m[1].endswith(text) and len(gloss) >= 2 and not re.search(r"[0-9]|年度", gloss) and any(gloss in h for h in held) \
                and (whole or all(any(part in h for h in held) for part in text.split("の")[:-1] if part)):
            return True
    return False


def sudachi_synonyms(word: str, tokens: set[str]) -> set[str]:
    """The words of ``tokens`` sharing a Sudachi synonym group with ``word`` (空気: 大気).
    Used only to ground a phrase whose words the answering sheet says otherwise: the groups are loose
    (目標 ~ 対象, パスポート ~ 旅券 on a sheet about something else), so they never ground a lone word that no
    sheet uses, nor link or rank (measured on the dev sets: each of those cost more refusals than it won)."""
    groups = set(synonym_groups(word))  # (its parts' groups ground too much: 出産祝い金 by 祝い)
    return {t for t in tokens if groups & set(synonym_groups(t))} if groups else set()


# A thing's money or shop said with a suffix the sheet does not use (修理代 for the sheet's 修繕, 土産屋 beside its 土産菓子).
_SUFFIXED = re.compile(r"(?P<stem>[一-龥ァ-ヶー]{2,})(?:代金|代|料金|料|費|賃|屋|店)")


def suffixed_stem_said(word: str, tokens: set[str]) -> bool:
    """Whether ``word`` is a stem and a money or shop suffix (修理代, 土産屋) whose stem the evidence writes, or writes in a
    word of the stem's Sudachi synonym group (修理 ~ 修繕): the whole word then asks of the sheet's own thing.  The suffix
    alone is no subject; the stem is judged as the lone word it is (a stem no evidence word stands for still refuses)."""
    m = _SUFFIXED.fullmatch(word)
    if not m:
        return False
    stem = m.group("stem")
    return stem in tokens or bool(sudachi_synonyms(stem, tokens))


_KANA_RUN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]?[ァ-ヶー]{3,}")


def unwritten_kana_word(text: str, sheet: list[str], plan: QueryPlan) -> str | None:
    """A katakana word of two words or more (ヘルプカード, eスポーツ) that neither the sheet nor a linked name writes whole: the
    ヘルプマーク sheet has ヘルプ, and カード elsewhere, but the user asks of one thing the sheet never names."""
    runs = [r for r in _KANA_RUN.findall(text) if len(r) >= 4 and r not in plan.clipped
            # (eスポーツ is one word too: a letter before a katakana word makes another thing)
            and len([t for t in tokenize(r) if len(t) > 1 or t.isascii()]) >= 2
            and not all(map(is_frame, morphemes(r)))]  # (ボトルネック, ペインポイント: how the question is put)
    if not runs:
        return None
    written = [s.replace("・", "").replace(" ", "") for s in sheet] + \
        [nfkc(e.name).replace("・", "") for e in plan.jigyo + plan.indicators + plan.details]
    return next((r for r in runs if not any(r in w or _said_in_parts(r, w) for w in written)), None)


def _said_in_parts(run: str, passage: str) -> bool:
    """Whether one passage writes each word of the katakana ``run``, a loanword staff say for a sheet's kanji word counting
    as that word (アルコールチェック: the sheet's 「アルコール検知器による確認」, チェック being 確認), one word at least as said.
    A word with no kanji word for it (カード of ヘルプカード) must be written as it is."""
    parts = [t for t in tokenize(run) if len(t) > 1]
    said = [p for p in parts if p in passage]
    return bool(said) and len(said) < len(parts) and all(
        p in said or (_done(p) and any(re.search(r"[一-龥]", s) and s in passage for s in expand({p}))) for p in parts)


def _done(word: str) -> bool:
    """Whether ``word`` names an action (Sudachi's サ変可能: チェック, サポート), not a person or a thing (ドライバー, カード):
    an action has the sheet's kanji word for it, a トラックドライバー is no トラック協会's 運転者."""
    ms = morphemes(word)
    return len(ms) == 1 and "サ変可能" in ms[0].pos


def sounds_like_name(text: str, plan: QueryPlan) -> bool:
    """Whether ``text`` reads as a piece of a linked name, four kana or more (long marks aside): a word voice input or the
    input method wrote otherwise (奈良枯れ for ナラ枯れ被害対策事業費, どじょう汚染 for 土壌汚染, セーフティーネット)."""
    said = reading(text).replace("ー", "")
    if len(said) < 4:
        return False
    return any(said in reading(nfkc(e.name)).replace("ー", "") for e in plan.jigyo + plan.indicators + plan.details)


_OKURIGANA = re.compile(r"[一-龥][ぁ-ん]{1,2}[一-龥]")


def okurigana_variant(text: str, evidence: list[str]) -> bool:
    """Whether ``text``, written with okurigana between its kanji (立ち入り検査, 申し込み件数), is the evidence's word
    written without them (立入検査, 申込件数), as official writing spells it: three kanji or more alike in order."""
    if not _OKURIGANA.search(text):
        return False
    skeleton = re.sub(r"[ぁ-ん]", "", text)
    return len(skeleton) >= 3 and any(skeleton in body for body in evidence)

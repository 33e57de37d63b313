"""A count the sheet must give (「カワウって県内に何羽いるの」「何人採用した」): the answerability stage's check of the
number asked, kept apart from the other unstated facts (:mod:`.unstated`)."""

from __future__ import annotations

import re

from ingest.form import nfkc

from ..query.linking import expand
from ..text.asker import aside_spans, in_aside
from ..text.tokens import token_set, tokenize
from ..text.vocabulary import COUNT_ASKED_Q, STOP_TOKENS
from ..text.wording import clause_start, frame_forms, noun_phrases, place_forms
from ..types import QueryPlan
from .evidence import answer_version, counted, counter_forms, unit_of
from .grounding import clipped


# (「亡くなった人って何人」: done, too)
_PERSON_OF_VERB = re.compile(r"([一-龥])[ぁ-ん]{0,2}(?:ってる|ってい|んでる|んでい|いてる|いてい|てる|てい|った|んだ|いた)[ぁ-ん]{0,2}"
                             r"(?:人|方)(?:って|は|が|の数)")
_SPAN_BETWEEN = re.compile(r"(?:県内|全国|全体|全部|合計|累計|年間|毎年)で?")


# When the count stands (「昨年度末で県内に何台」「本年度末には何人」): a time, no subject of the count.
_WHEN = re.compile(r"(?:昨|本|今|前|来|次|当|翌|前々)?年度(?:末|当初|初め|中)?|(?:令和|R)?[0-9]+年度末")

_TOTAL_BEFORE = re.compile(r"(?:全部で|全部合わせて|合わせて|合計(?:で)?|全体で|トータル(?:で)?|総数(?:で|は)?|計)[、,]?\s*$")


# Who or where a counter counts, in the asker's everyday word (「入れた農家何戸」「参加したお店何店」): no subject of its own.
_WHO_COUNTED = frozenset("農家 農園 家 家庭 世帯 会社 企業 業者 事業者 店 お店 店舗 団体 学校 ところ 所 施設".split())


def count_unstated(snap, plan: QueryPlan, hits) -> str | None:
    """A count the sheet does not give: 「カワウって県内に何羽いるの」「派遣期間は何日間」.

    The subject asked about (the noun phrase before the count) and a number with that counter
    must stand in one sentence of the sheet the answer comes from.  A count of the linked
    indicator itself (its unit) is its row of the indicator table."""
    q = plan.norm
    m = COUNT_ASKED_Q.search(q)
    if not m:
        return None
    counter = m.group(1)
    if plan.intent == "cost":
        return None  # 「担当何人」: the cost table's 職員数
    act = re.match(r"(?:くらい|ぐらい|ほど|程度)?(?:を|が|も)?([一-龥]{2,4})(?:し|でき|され)", q[m.end():])  # (何人くらい派遣した)
    verb = _PERSON_OF_VERB.search(q[:m.start()])
    if act and counter in ("人", "名") and not verb:
        return _acted_count(snap, plan, hits, act.group(1), m.group(0))  # 「最終的に何人採用したの」: who the verb counts
    unit = counter_forms(counter)
    # the people right before the count (or a span between: 「亡くなった人って県内で何人」)
    did = verb if verb and (verb.end() >= m.start() - 2 or _SPAN_BETWEEN.fullmatch(q[verb.end():m.start()])) else None
    # (「SFTSで亡くなった人って何人」: people told by what befell them are no 届出患者数, though both count 人)
    if any(re.search(unit, unit_of(snap, e)) and not (did and did.group(1) not in e.name) for e in plan.strong_indicators()):
        return None  # the linked indicator's own count: its row of the indicator table
    # 「距離をやって、何か所直した」: after a verb's て、 the count starts a new clause, its subject
    # unsaid (the places mended), not the noun of the clause before (距離).
    # (the asker's own situation told before is never the subject: 「うちの会でも聞き取りのお手伝いを…。撮りためた人数は」)
    asides = aside_spans(q)
    before = [ph for ph in noun_phrases(q[clause_start(q, m.start()):m.start()]) if set(ph.forms) - STOP_TOKENS - frame_forms(q)
              and not in_aside(ph.text, q, asides) and not _WHEN.fullmatch(ph.text)]
    if not before:
        return None
    subject = before[-1]
    if re.search(r"(?:別|ごと)(?:だと|では|に|で)?$", subject.text):
        return None  # 「地域別だと何社ずつ」: a breakdown asked, judged by ``unstated.part_unstated``
    if _TOTAL_BEFORE.search(q[:m.start()]) and set(subject.forms) <= place_forms(q):
        return None  # 「佐久でもやったらしいけど、全部で何か所」: the total is asked, no one place's count
    heads = [f for f in subject.forms if (len(f) >= 2 or re.fullmatch(r"[一-龥]", f)) and f not in STOP_TOKENS]
    if did:
        heads = [did.group(1)]  # 「臓器移植を待ってる人って何人」: the people are told by the verb (待機者), not by 人
    if not heads:
        return None
    # The linked program's own words say whose count, not which one (探究 of 「探究フェスタ、何校」 on
    # 県立高校探究的な学び推進事業費 is on every line): the subject's other words must stand by the number.
    own = token_set(e.name for e in plan.jigyo)
    # (none left: 「学校でもマイ・タイムラインを教えてるの？何校ぐらい？」 counts the 学校 its counter names)
    heads = [f for f in heads if f not in own and not any(f in nfkc(e.name) for e in plan.jigyo)] \
        or [t for t in tokenize(q[:m.start()]) if counter in t and len(t) >= 2] or heads
    need = 1
    # 「女性の自殺者は何人」: a part of the subject named by a modifier (even an everyday noun such as
    # 女性) is counted only where the modifier stands in the same sentence as the number.
    # The sheet must itself speak of that part (女性の自殺者数は増加傾向): a modifier it never puts
    # before the subject (サポカーの試乗会, where it says 安全運転サポート車の体験試乗会) is wording.
    number = counted(counter)
    version = answer_version(snap, plan, hits)
    mod = re.search(r"([一-龥ァ-ヶー]{2,8})の$", q[:max(0, q.rfind(subject.text, 0, m.start()))])
    names = [nfkc(e.name) for e in plan.jigyo + plan.indicators + plan.details]
    if mod and not any(mod.group(1) in n for n in names) and not set(tokenize(mod.group(1))) <= frame_forms(q) \
            and any(re.search(re.escape(mod.group(1)) + "の?" + re.escape(subject.text[:2]), nfkc(snap.chunks[c].text))
                    for c in snap.by_version.get(version, [])):
        heads = [mod.group(1)] + heads
        need = 2
    subject_text = (mod.group(1) + "の" if need == 2 else "") + subject.text
    if did and (at := q.rfind(subject.text, 0, did.start() + 1)) >= 0:
        subject_text = re.sub(r"(?:って|は|が|の数)$", "", q[at:did.end()])  # 「臓器移植を待ってる人」
    # (「クラウン冷却って入れた農家何戸」: a count by a thing's own counter (戸, 台, 橋), of what the clause names (クラウン
    # 冷却): the sheet's 「クラウン冷却設備の導入を22戸に補助」 counts it, whatever the asker calls who is counted)
    what = [f for ph in before[:-1] for f in ph.forms if len(f) >= 2 and f not in STOP_TOKENS and f not in own] \
        if counter not in ("人", "名") and need == 1 and set(subject.forms) <= _WHO_COUNTED else []
    for cid in snap.by_version.get(version, []):
        for line in re.split(r"[。\n]", nfkc(snap.chunks[cid].text)):
            if not number.search(line):
                continue
            toks = set(tokenize(line))
            if sum(any(x in line or x in toks for x in {h} | expand({h}) | clipped(plan, h)) for h in heads) >= need:
                return None  # the sheet's word counts too (パイロット: 操縦士; 鉛管 clipped: 鉛製給水管)
            if what and all(f in line or f in toks for f in what):
                return None
    return f"シートには「{subject_text}」が{m.group(0)}かの記載がないため、お答えできません。"


def _acted_count(snap, plan: QueryPlan, hits, verb: str, asked: str) -> str | None:
    """「何人採用した」: a sentence must count the people of the verb near it (採用者数は120人, 12名の診断士を養成, 配置
    コーディネーター３名), not only hold the verb (「採用後３年以内の職員412人」 counts staff, 「必要な採用数を算出」 none)."""
    v = re.escape(verb)  # (採用後・採用試験: the verb as a noun of something else)
    said = re.compile(v + r"(?!後|前|試験|時|予定)[^。\n]{0,12}?[0-9]+\s*[人名]|[0-9]+\s*[人名][^。\n]{0,8}?" + v)
    version = answer_version(snap, plan, hits)
    if any(said.search(nfkc(snap.chunks[c].text)) for c in snap.by_version.get(version, [])) \
            or any(said.search(nfkc(e.name)) for e in plan.strong_indicators()):
        return None
    return f"シートには{verb}した人が{asked}かの記載がないため、お答えできません。"

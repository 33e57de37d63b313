"""Whether the attribute a question asks of its subject (a unit price, a 補助率, a loan's term, a month's figure, the
companies' names…) is stated: the answerability stage's check of the specific fact asked (see :mod:`.refusal`).
A sentence of the evidence must state it of the question's own subject, on the sheet of the program named."""

from __future__ import annotations

import re

from ingest.form import nfkc

from ..query.asked_kind import KEEPS_LINK, WEAK_LINK
from ..query.years import names_year, spell_fiscal_years
from ..text.dialect import standard_speech
from ..text.terms import MORE_ATTRIBUTES, NATIONAL_COMPARISON, ONE_UNIT_PRICED_Q, WHEN_ASKED_Q
from ..text.tokens import token_set, tokenize
from ..text.vocabulary import ATTRIBUTES, CUES
from ..types import QueryPlan
from .evidence import answer_ids, answer_sheet, answer_version, dated_passage, sheet_text, when_subject

_TOLD_ANYWHERE = ("時期・期間", "開催場所", "設置場所", "年代の内訳")  # (年代: 「約７割が60歳以上」 in the 課題)
# The indicator table's columns, each a figure of every indicator (「目標は何人で実績は何人」)
_TABLE_COLUMNS = frozenset({"目標", "目標値", "実績", "実績値", "達成状況", "達成率"})
# Whether the attribute is asked to change next year (「補助の要件や単価に何らかの変更はございますか」): the 方策 that says so
# answers, not the figure itself.
_CHANGE_AFTER = re.compile(r"^[^。？?]{0,14}?(?:変更|変わ|見直|改定|引き上げ|引上げ|引き下げ|拡充|縮小)")


def attribute_unstated(snap, plan: QueryPlan, hits, top: list[str], words: list[str]) -> str | None:
    """The attribute asked for (a unit price, a 補助率, a term, a month's figure…) when no sentence of the evidence
    states it of the question's subject: the sentence that refuses, else None."""
    own = {e.jigyo_no for e in plan.jigyo if e.score >= 0.9} | {e.jigyo_no for e in plan.details if e.score >= 0.8}
    # (「市町村の人権啓発事業への補助、補助率って」: a 事業 and its 細事業 both linked, the best passage theirs)
    top_no = snap.chunks[top[0]].meta.get("jigyo_no") if top and top[0] in snap.chunks else None
    if any(e.jigyo_no == top_no for e in plan.jigyo) and any(d.jigyo_no == top_no and d.score >= 0.65 for d in plan.details):
        own.add(top_no)
    typed = standard_speech(nfkc(plan.question))  # (as typed, in standard words: 「一冊幾ら」「なんぼ」)
    for asked, evidence, label in ATTRIBUTES + MORE_ATTRIBUTES:
        if asked is WHEN_ASKED_Q:  # a month is in many sentences: one must name what is dated
            subject = when_subject(plan)
            if subject and not dated_passage(snap, answer_version(snap, plan, hits), subject):
                return f"シートには「{subject}」の{label}の記載がないため、お答えできません。"
            continue
        m = asked.search(typed)
        if m and asked is NATIONAL_COMPARISON[0] and _premise_then_why(plan, m.end()):
            continue  # 「全国より低いんでしょ？なかなか上がらないのは何が原因」: the reasons are asked, the comparison assumed
        # a comparison with 全国 is the prefecture's situation, told in the 現状 of the answering sheet: all of it counts
        # (that sheet only: another sheet's 「全国平均より高い」 投票率 says nothing of the 喫煙率 asked)
        # when a thing began and where it was held are told where the thing is, in any section of the answering sheet
        # (「中学校ではR3年度、高校ではR4年度から」 in the 現状; 「R6年10月から」 in the 取組), not only in the best passages
        # (an average price asked, 「１件当たり平均いくら」, is told where the sheet prints it: 「１件当たりの助成額の平均は
        # ８万２千円」 among the 取組; a price per unit without 平均 is not told by another passage's cap per unit)
        ids = list(dict.fromkeys(answer_ids(snap, plan, hits) + top)) \
            if asked is NATIONAL_COMPARISON[0] or label in _TOLD_ANYWHERE or (asked is ATTRIBUTES[0][0] and "平均" in plan.norm) else top
        # the program named (or its 細事業) states it or nothing does (「市町村事務費補助って補助率」: not another sheet's 補助率)
        # no program named: the sheet the answer comes from (「25m泳げる子の全国平均って何％」: not another sheet's 全国平均)
        keep = own or {top_no}
        ids = [c for c in ids if c in snap.chunks and snap.chunks[c].meta.get("jigyo_no") in keep] or ids
        if m and label == "個別の内訳" and not _COUNT_PER_PART.search(m.group(0)) \
                and (details_named(snap, plan, hits) or cost_rows_named(plan) or _years_only(typed)):
            continue  # each 細事業's 決算額 is its own row (and each row of the cost table, 「補正額と繰越額はそれぞれ」); a count
            # per part (「運動部と文化部はそれぞれ何件」) is not in those rows: the sheet must give each its number
        if m and plan.intent == "plan" and _CHANGE_AFTER.search(typed[m.end():]) and not re.search(r"いくら|何円", typed):
            answering = sheet_text(snap, answer_ids(snap, plan, hits))  # (read once, not per word of the attribute)
            if any(w in answering for w in re.findall(r"[一-龥]{2,}", m.group(0))):
                continue  # (the answering sheet's 方策 speaks of its 補助単価: what changes is its to say)
        if m and asked in (ATTRIBUTES[0][0], ATTRIBUTES[1][0]) and re.search(r"で割|割った|割ると|割れば|割り算", plan.norm):
            continue  # 「決算額を利用者数で割った1人当たりの事業費」: worked out from two figures the sheet gives, no price it states
        if m and label == "補助率" and (_share_printed(snap, plan, ids, m.group(0)) or _no_subsidy(plan, m.group(0))):
            continue  # 「県内の何割を見込んだ数字」: a share the sheet writes (約４割), of no subsidy; 「何割ぐらい回れてる」: a rate
        if m and label == "個別の内訳" and _COUNT_PER_PART.search(m.group(0)):
            # (years are the table's columns: 「2023年度と2024年度、それぞれ前年比で何％」 asks each year's figure)
            # (nor the indicator table's own columns: 「ターゲットは何人で実績は何人」, read 目標 and 実績, asks each column)
            parts = [p for p in _parts_asked(nfkc(plan.norm)) if not names_year(p) and p not in _TABLE_COLUMNS]
            if parts:  # 「運動部と文化部はそれぞれ何件」: each part with its own number on the answering sheet
                text = sheet_text(snap, answer_ids(snap, plan, hits))
                missing = [p for p in parts if not re.search(re.escape(p) + r"[^。、\n]{0,8}?[0-9０-９]", nfkc(text))]
                if missing:
                    return f"シートには「{'・'.join(parts)}」それぞれの数値の記載がないため、お答えできません。"
            continue  # (parts not named as two nouns, 「返還免除になった人と、逆に返し始めた人って、それぞれ何人」: not judged here)
        # (ages told anywhere on the answering sheet are its people's: 「猟をする人の年齢」 by 「捕獲従事者の…60歳以上が約7割」)
        if m and not _attribute_stated(snap, plan, ids, evidence, m.group(0), [] if label == "年代の内訳" else words,
                                       per_unit=asked is ATTRIBUTES[0][0]):
            return f"シートには{label}の記載がないため、お答えできません。"
    return None


def _years_only(typed: str) -> bool:
    """Whether the parts 「それぞれ」 is said of in the question as typed are years (「FY2024とFY2023でそれぞれいくら使い
    ましたか」): each year's column of the cost table, no breakdown."""
    parts = _parts_asked(spell_fiscal_years(typed))
    return len(parts) >= 2 and all(names_year(p) for p in parts)


_COUNT_PER_PART = re.compile(r"何(?:件|人|名|回|台|社|校|か所|箇所|団体|%|％)")
_PART = r"[一-龥ァ-ヶーA-Za-z0-9]{1,12}"


def _parts_asked(q: str) -> list[str]:
    """The parts a count is asked of, each: 「運動部と文化部はそれぞれ何件」 (運動部, 文化部), 「Instagramは何人でXは何人」
    (Instagram, X); none when the question names no two."""
    m = re.search(rf"({_PART})(?:と|・|や)({_PART})(?:と|・|や)?({_PART})?(?:の|で|に|は|が)?[、,]?(?:それぞれ|各々)", q)
    if m:
        return [x for x in m.groups() if x]
    m = re.search(rf"({_PART})は何[^。？?、で]{{0,3}}で({_PART})は何", q)
    return list(m.groups()) if m else []


_SUBSIDY_SAID = re.compile(r"補助|助成|負担|出る|出ます|出して|出て|もらえ|交付|支給")


def _no_subsidy(plan: QueryPlan, said: str) -> bool:
    """Whether 「何割」 is asked with no word of money given (補助・助成・負担・出る…) of an indicator that is a rate, linked
    surely: 「風俗店への立入り、何割ぐらい回れてる？」 asks the 立入調査の実施率, not a 補助率.  (Asked of nothing the sheet
    reports as a rate, 「そば粉のうち県産って何割」, it stays a share the sheet must state.)"""
    return said.startswith("何割") and not _SUBSIDY_SAID.search(plan.norm) \
        and (any(e.score >= KEEPS_LINK and re.search(r"率|割合", e.name) for e in plan.indicators)
             # (「包括の３職種そろってるセンターって、R6で何割」: the best indicator, a 割合, of the 事業 named surely)
             or bool(plan.indicators and plan.indicators[0].score >= WEAK_LINK and re.search(r"率|割合", plan.indicators[0].name)
                     and any(j.score >= KEEPS_LINK for j in plan.jigyo[:1]))
             # (「修了率に換算すると何割」「達成率は何割か」: a rate the question names, worked out from the figures)
             or bool(re.search(r"(?<!補助)(?<!負担)率[^。？?、]{0,10}何割", plan.norm)))


def _share_printed(snap, plan: QueryPlan, ids: list[str], said: str) -> bool:
    """Whether 「何割」, asked of no subsidy (no 補助・助成・負担 in the question), is a share the evidence prints as 割 of
    the word just before it: 「県内の何割を見込んだ」 is the 「県内の入浴施設の約４割」 of the 目標値設定理由 (「返礼割合って何割」
    is no 「前年度から約２割の増加」)."""
    at = plan.norm.find("何割")
    if not said.startswith("何割") or at < 0 or _SUBSIDY_SAID.search(plan.norm):
        return False
    before = re.findall(r"[一-龥ァ-ヶー]{2,}", plan.norm[max(0, at - 12):at])
    # (the words just before it, else, 「建設資材ばっかりって問題になってなかったっけ 何割くらい」, a noun said earlier)
    before = before[-1:] or [w for w in re.findall(r"[一-龥ァ-ヶー]{2,}", plan.norm[:at]) if w not in _SHARE_FRAME]
    if not before:
        return False
    sentences = re.split(r"[。\n]", sheet_text(snap, ids))
    return any(b in x and re.search(r"[0-9０-９一二三四五六七八九十]割", x) for x in sentences for b in before)


_SHARE_FRAME = frozenset(("問題", "課題", "全体", "割合", "くらい", "シート", "事業"))


# The rows of the cost table (事業コスト), by the words users call them.
_COST_ROW = re.compile(r"補正|繰越|繰り越|当初予算|予算現額|決算|一般財源|職員数")


def cost_rows_named(plan: QueryPlan) -> bool:
    """Whether the items before 「それぞれ」 are two or more rows of the cost table: 「補正額と繰越額はそれぞれいくらか」."""
    head = re.split(r"(?:それぞれ|各々)", plan.norm)[0]
    head = re.split(r"[。？?]", head)[-1]
    return len({m.group(0)[:2] for m in _COST_ROW.finditer(head)}) >= 2


def details_named(snap, plan: QueryPlan, hits) -> bool:
    """Whether the items before 「それぞれ」 are 細事業 of the answering sheet, each another one, in the user's words:
    「アピアランスケアの方と就労支援の方、それぞれいくら」 (アピアランスケア推進事業, がん患者就労支援事業)."""
    head = re.split(r"[、,]?\s*(?:それぞれ|各々)", plan.norm)[0]
    parts = re.split(r"[、,]", head)
    head = next((x for x in reversed(parts) if re.search(r"[一-龥ァ-ヶー]と[一-龥ァ-ヶー]|(?:方|ほう)と", x)), head)
    items = [re.sub(r"(?:の)?(?:方|ほう)?(?:で|は|って|が)?$", "", x) for x in re.split(r"[・]|(?<=[一-龥ァ-ヶーう])と(?=[一-龥ァ-ヶー])", head)]
    items = [x.split("の")[-1] if len(x) > 12 else x for x in items if x]
    # each 細事業 by its name or its 取組 (「学校訪問の方」: the スポーツ教室 that visits schools)
    names = [nfkc(" ".join([d.get("name") or ""] + [f"{it.get('name') or ''} {it.get('summary') or ''}" for it in d.get("items") or []]))
             for d in answer_sheet(snap, plan, hits).get("detail") or []]
    found = set()
    for x in items[-3:]:
        toks = {t for t in tokenize(x) if len(t) >= 2}
        hit = [i for i, n in enumerate(names) if toks and (x in n or toks <= set(tokenize(n)))]
        if len(hit) != 1:
            return False
        found.add(hit[0])
    return len(found) >= 2


def _attribute_stated(snap, plan: QueryPlan, ids: list[str], evidence: re.Pattern, asked: str, words: list[str],
                      per_unit: bool = False) -> bool:
    """Whether a sentence of the evidence states the attribute asked for (a price, a name, a cap)
    of the question's own subject: 「リーフレットの作成を委託した会社」 is not told by 「講習会を
    食品衛生協会に委託し」, which names who ran another 取組."""
    # the words that ask (会場 of 「どこの会場で」) are not the subject whose attribute it is
    topic = {plan.clipped.get(t, t) for t in words if t not in asked}  # (ロボ, clipped, is the name's ロボット)
    # the program's own words say whose, not which 取組 (耐震 of 「耐震相談会って何月ごろ」 on the
    # 耐震化 sheet is in every sentence): the subject's other words must be in the sentence; with none
    # left, the asked phrase's own noun is the subject (「1kgあたりの光熱費」: a figure the sheet reports)
    own = token_set(e.name for e in plan.jigyo)
    topic = topic - own or {t for t in words if t in asked and len(t) > 1 and t not in own} or topic
    # a price per the unit asked (「苗木って1本いくら」 is not told by 「10a当たり約150万円」)
    per = per_unit and ONE_UNIT_PRICED_Q.search(asked)
    # (「1社あたり平均いくら」: an average the sheet prints, 「補助額の平均は約1,450千円」, is the price per unit asked)
    unit = re.compile(re.escape(per[1]) + r"(?:あたり|当たり|につき)?[^。]{0,12}[0-9]|単価"
                      + (r"|平均[^。]{0,8}[0-9]" if "平均" in plan.norm else "")) if per else None
    for c in ids:
        if c not in snap.chunks:
            continue
        head = ""  # a 取組's heading (「①放課後児童支援員認定資格研修」) names the subject of the lines under it
        for raw in snap.chunks[c].quote.split("\n"):
            line = nfkc(raw)  # (NFKC writes ① as 1: the heading is told on the printed line)
            head = line if re.match(r"[①-⑳]", raw) else head
            before = ""  # the sentence before on the same line sets up its subject (「作品カタログを作成し…。作者に支払われた使用料は」)
            for x in re.split(r"[。／]", line):
                said = x + head + before
                if evidence.search(x) and (unit is None or unit.search(x)) and (not topic or topic & set(tokenize(said)) or any(t in said for t in topic)):
                    return True
                before = x
    return False


def _premise_then_why(plan: QueryPlan, end: int) -> bool:
    """Whether the sentence that ends at or after ``end`` is a premise the user assumes, followed by a sentence that asks
    why (the sheet's reasons answer it whether or not it states the premise)."""
    q = nfkc(plan.question)
    cut = re.search(r"[?？。!！]", q[end:])
    if cut is None or plan.intent != "why":
        return False
    last = q[end + cut.end():]
    return bool(CUES["why"].search(last))

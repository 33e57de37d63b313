"""What the sheet does not state: a part of a whole, a reason, an amount (a count: :mod:`.counts`).

The subject is indexed and found, but the specific figure or fact asked for is not written on
the sheet the answer comes from (refusal (c) of the answerability stage): 「女性の自殺者は何人」
(the sheet gives only all 自殺者), 「2,940人のうち企業から何人」, 「どんな業種が多い」, a why whose
reason is on no line.  Each returns one Japanese sentence naming what is missing, or None.
"""

from __future__ import annotations

import itertools
import re

from ingest.form import nfkc

from ..query.anchors import printed_in
from ..query.linking import abbreviates, expand
from ..query.years import names_year
from ..text.asker import aside_spans, in_aside, without_aside
from ..text.terms import AMOUNT_ASKED_Q, BY_ANY_Q, BY_PART_Q, FORM_KINDS, CONTRASTS, COST_PARTS_ASKED_Q, DOING_SECTIONS, EACH_OF_NO_Q, MONEY_ASKED_Q, NAMED_COUNT_Q, NOT_HAPPENING_Q, PAY_Q, PROGRAM_MONEY, SUBSIDY_TERMS_Q, TOPIC_KINDS, UNIT_PRICE_Q, short_forms
from ..text.tokens import token_set, tokenize
from ..text.vocabulary import (BY_KIND_Q, COST_COLUMNS, PREFECTURES_MONEY, CAUSAL_RE, EACH_KIND_Q, EACH_OF_Q, FIGURE_ASKED_Q,
                               MONEY_PURPOSE_Q, PART_OF_Q, STOP_TOKENS, WHICH_MOST_Q, WHY_WORDS)
from ..text.wording import HOME_PLACES, everyday_forms, frame_forms, no_pairs, noun_phrases, place_forms, said_as_verb, verb_stems
from ..types import QueryPlan
from .attributes import cost_rows_named, details_named
from .naming import sudachi_synonyms
from .money_reason import money_moved_q, money_reason_chunk
from .evidence import (answer_ids, answer_sheet, answer_version, chunk_for, chunk_tokens, near_words, overlap,
                       quoted_names, sentences, sheet_text)


def _measure_written(snap, plan: QueryPlan, hits, by: str) -> bool:
    """Whether a measure is asked with no figure and the answering sheet itself writes ``by`` (「地域振興局ごとに」) in any of
    its sections (its measures too, not only the passages found): the sheet's own words, no breakdown asked."""
    if plan.intent != "plan" or FIGURE_ASKED_Q.search(plan.norm):
        return False
    return by in nfkc(sheet_text(snap, snap.by_version.get(answer_version(snap, plan, hits), [])))


# 「そのうち県のお金は」: the prefecture's own share of the money, the cost table's うち一般財源 (no part of a figure the sheet
# would have to state by itself).
_PREFECTURES_MONEY = re.compile(PREFECTURES_MONEY)


# 「…を待ってる人って何人」: people said by what they do, the verb's kanji stem before 人.
def part_unstated(snap, plan: QueryPlan, hits) -> str | None:
    """A part of a figure the sheet gives only as a whole: 「151人のうち女性は何人」, 「東京・名古屋・
    大阪それぞれ何件」, 「年代別だと」.  The part must be written next to a number on the sheet the
    answer comes from; otherwise the whole would be given as if it answered the part."""
    q = plan.norm
    alone = PART_OF_Q.search(q)
    items = _each_items(q)
    if items and (span := _items_span(q, list(items))) and any(span in nfkc(e.name) for e in plan.jigyo + plan.details):
        items = {}  # (「協働・共創推進事業の事業費の内訳」: the ・ of a name linked as typed, no items listed)
    if not (FIGURE_ASKED_Q.search(q) or BY_KIND_Q.search(q) or BY_PART_Q.search(q) or BY_ANY_Q.search(q) or WHICH_MOST_Q.search(q) or EACH_KIND_Q.search(q)
            or (alone and (alone.group("part3") or re.search(r"何[一-龥ァ-ヶ]|どの(?:くらい|ぐらい)", q)))  # 「…だけの利用者数」「…のうち何店」
            or (items and re.search(r"何[一-龥ァ-ヶ]|何か所|いくら|分かれ|わかれ|内訳|割合|比率", q))):  # 「それぞれ何枚」「A・Bの内訳」
        return None
    text = sheet_text(snap, answer_ids(snap, plan, hits))
    wanted: list[str] = []
    m = PART_OF_Q.search(q)
    if m and (any(rx.search(m.group("part") or "") for _, _, rx in COST_COLUMNS) or _PREFECTURES_MONEY.search(m.group("part") or "")):
        m = None  # 「そのうち県のお金は」: a column of the cost table (うち一般財源), not a part of a figure
    if m:
        part = m.group("part") or m.group("part2") or m.group("part3")
        forms = [t for t in tokenize(part) if len(t) >= 2 and t not in STOP_TOKENS and re.search(r"[一-龥ァ-ヶ]", t)] \
            or ([part] if len(part) >= 2 else [])  # 「えのきだけだと」: a kana word whose normal form is one kanji
        # 「2,940人のうち、企業から参加した人は」: the part is told where the whole is (its sentence)
        whole = re.search(r"(\d[\d,.]*)\s*\S{0,3}(?:のうち|[、,])", q)
        where = [x for x in re.split(r"[。\n]", text) if whole and whole.group(1) in x] or [text]
        places = [f for f in forms if f in place_forms(part)]
        if m.group("part3") and places:
            forms = places  # 「白馬村のスキー場だけの」: the place is the part; スキー場 is every figure's
        if where != [text]:  # the part's own words: those its whole's sentence does not already say,
            # as a word or inside a longer one (学生 in 大学生: 「52人のうち信大の学生は」 asks for 信大)
            said = token_set(where)
            forms = [f for f in forms if f not in said and not any(f in x for x in where)] or forms
        unit = re.search(r"何(トン|人|件|回|校|社|か所|箇所|団体|店|世帯|基|台|本|戸|頭|円)", q)
        num = r"\d[\d,.]*" + (r"\s*" + unit.group(1) if unit else "")  # 「何トン」: the part's own tonnage
        if forms and not any(re.search(re.escape(f) + r"[^。\n]{0,20}" + num + r"|" + num + r"[^。\n]{0,6}" + re.escape(f), x)
                             for f in forms for x in where):
            wanted.append(re.sub(r"(?:の|も)$", "", part) + "の内訳の数値")
    if items and wanted:
        wanted = []  # 「2,140人のうち、飲食店と製造業はそれぞれ」: told once, as the items
    if len(items) >= 2 and not all(re.search(re.escape(x) + r"[^、。・\n]{0,12}\d", text) for x in items.values()) \
            and not details_named(snap, plan, hits) and not cost_rows_named(plan):  # (「観戦の誘客と学校訪問の方で、それぞれ」:
        # each 細事業's row; 「補正額と繰越額はそれぞれ」: each row of the cost table)
        wanted.append("・".join(items) + "それぞれの内訳の数値")
    by_kind = BY_KIND_Q.search(q) or BY_PART_Q.search(q)  # given by kind: a figure follows (「地域振興局ごとに工区をまとめて発注」 gives none)
    # (「地域振興局ごとに何かやることになってた」, a measure asked with no figure: the sheet's own 「地域振興局ごとに調整会議を開く」;
    # 「地域振興局ごとに見るとどこが低い」 asks for the figures by office)
    # (asked 地域ごと, written 地域別 — 「地域別の整理面積は、北信84ha…」 — or the other way round)
    if by_kind and not re.search(re.escape(by_kind.group("kind")) + r"(?:別|ごと)[^。\n]{0,20}\d", text) \
            and not _measure_written(snap, plan, hits, by_kind.group(0)) \
            and not _enumerated(text, by_kind.group("kind"), plan):
        wanted.append(f"{by_kind.group(0)}の内訳")
    text_lines = re.split(r"[。\n]", text)
    largest = [x for x in text_lines if re.search(r"占め|最も多|が最多", x)]  # which share is largest
    m = BY_ANY_Q.search(q)
    kind = m and (m.group("kind") or m.group("kind2"))
    if kind and kind not in FORM_KINDS and not by_kind and f"({kind})" not in nfkc(text) and not (  # (「年度末で見ると」: the
            # indicator's own 認定製品数（年度末）; 「地域振興局ごとになんかやる」, a measure asked, the sheet's own words)
            _measure_written(snap, plan, hits, kind + "ごと")) and not (
            re.search(re.escape(kind) + r"(?:別|ごと)[^。\n]{0,20}\d", text)
            or len(set(re.findall(r"[一-龥ァ-ヶー]{1,6}" + re.escape(kind) + r"(?:は|が|で)?(?:約)?\d", text))) >= 2
            or any(kind in x for x in largest) or _enumerated(text, kind, plan)):
        wanted.append(f"{kind}ごとの内訳")  # 「署ごとだと」: told per 署 (松本署12人、長野署10人) or not at all
    m = EACH_KIND_Q.search(q)
    if m and not re.search(re.escape(m.group("kind")) + r"(?:別|ごと)[^。\n]{0,20}\d", text) and not _enumerated(text, m.group("kind"), plan):
        wanted.append(f"{m.group('kind')}ごとの内訳")  # 「どの植物が何件ずつ」: the sheet gives the total only
    m = WHICH_MOST_Q.search(q)
    most = largest
    if m and len(m.group("kind")) == 1:  # 「どこの国の人」「何語の相談」: told only where a country or a language is
        most = [x for x in most if m.group("kind") in x or place_forms(x)]
    if m and m.group("kind") in TOPIC_KINDS:  # 「どんな内容が多かった」: told by 「防災、税、子育てに関するお知らせが多かった」
        most = most + [x for x in text_lines if re.search(r"が多(?:かった|い)", x)]
    if m and not most and not re.search(re.escape(m.group("kind")) + r"(?:別|ごと|では|は|が)[^。\n]{0,12}\d", text):
        kind = {"国": "国籍", "語": "言語"}.get(m.group("kind"), m.group("kind"))
        wanted.append(f"{kind}ごとの内訳")  # (unless the sheet says which share is largest or counts by it)
    if not wanted:
        return None
    terms = "・".join(f"「{w}」" for w in wanted)
    return f"シートには{terms}の記載がないため、お答えできません（記載があるのは全体の数値です）。"


_ENUM_NAME = r"[^、。()\n:：]{1,16}?\s*約?[0-9][0-9,.]*\s*"
_ENUM_UNIT = r"社|人|件|校|団体|か所|箇所|店|戸|%|台|回|品目|ha|㎥|m3|km|トン"  # (areas and volumes too: 北信84ha、長野62ha…)
# three parts or more, each with its number in one counter (「出展2回、参加企業14社、商談127件」 is three figures, no breakdown)
_ENUM_RE = re.compile(rf"{_ENUM_NAME}(?P<u>{_ENUM_UNIT})[、,](?:{_ENUM_NAME}(?P=u)[、,])+{_ENUM_NAME}(?P=u)")
_PLACE_KINDS = frozenset({"地域", "市町村", "地区", "圏域", "エリア", "市", "町村", "県", "地方", "振興局", "都道府県", "国", "場所", "地元"})


def _enumerated(text: str, kind: str, plan: QueryPlan) -> bool:
    """Whether the sheet lists the figure asked by three parts or more of the kind asked (「ISO 9001 ９社、ISO 13485 ７社、JIS Q
    9100 ５社」 for 「28社について、規格別の内訳」; 「スポーツ教室38％、自然体験・キャンプ27％…」 for 「活動の種類別の比率」):
    places for a kind of place, other things for any other kind, so a list by 規格 answers no 「市町村別」.  The list's sentence
    holds the figure the question quotes (28社), or with none quoted a topic word of the question beyond the program's name;
    a list of another figure (語学研修生の言語別 for 「ビデオ通訳の638件、言語別」) is no answer."""
    quoted = re.findall(rf"(?<![0-9,.])([0-9][0-9,]*)\s*(?:{_ENUM_UNIT}|会場)", plan.norm)
    own = token_set(e.name for e in plan.jigyo)
    topic = {t for t in plan.salient if len(t) >= 2 and t not in own} - frame_forms(plan.norm)
    for sentence in re.split(r"[。\n]", text):
        for m in _ENUM_RE.finditer(sentence):
            if bool(place_forms(m.group(0))) != (kind in _PLACE_KINDS):
                continue
            if quoted and any(re.search(rf"(?<![0-9,.]){re.escape(n)}(?![0-9,.])", sentence) for n in quoted) \
                    or not quoted and topic & set(tokenize(sentence.replace(m.group(0), ""))):
                return True
    return False


def _items_span(q: str, items: list[str]) -> str | None:
    """The text of ``q`` from its first item to its last, as typed (「協働・共創推進事業」), or None."""
    start, end = q.find(items[0]), q.rfind(items[-1])
    return q[start:end + len(items[-1])] if 0 <= start <= end else None


def _each_items(q: str) -> dict[str, str]:
    """The items a question asks a figure of each (「東京・名古屋・大阪それぞれ」), as typed -> the word that tells
    that item apart on the sheet: 「長野の面接室と松本の面接室、それぞれ」 -> 長野, 松本 (面接室 is every item's)."""
    m = EACH_OF_NO_Q.search(q)
    if m:
        names = [m.group("first")] + re.findall(r"[・と、,]([一-龥ァ-ヶーA-Za-z0-9]{1,8}?)の" + re.escape(m.group("what")), m.group("rest"))
        return {f"{n}の{m.group('what')}": n for n in names}
    m = EACH_OF_Q.search(q)
    # (「へき地診療所と無医地区って、それぞれ」: the particle said after the last item is no part of it)
    # (not と after いう, 'if': 「業種でいうとどういう内訳」 names no items)
    items = [re.sub(r"(?<=..)(?:って|とか|では|は|も|で)$", "", x) for x in re.split(r"[・、]|(?<!いう)と", m.group("items"))] if m else []
    items = [x.split("って")[-1] for x in items]  # 「説明会って首都圏と関西で」: the topic said before the items is none
    return {x: x for x in items if len(x) >= 2 and not names_year(x)}  # (「2023年度と2024年度、それぞれ」: the year columns)


def amount_unstated(snap, plan: QueryPlan, hits) -> str | None:
    """An amount of something other than the program's money: 「不正送金の被害額はいくら」 is not the
    決算額 of the program against 不正送金.  The sheet the answer comes from must write that amount
    (被害額, 被害の額, 被害金額); otherwise the cost table would answer another question."""
    m = AMOUNT_ASKED_Q.search(plan.norm)
    if not m or PROGRAM_MONEY.search(m.group("what")):
        return None
    what, unit = m.group("what"), m.group("unit")
    # the sheet's prose: the cost table and the 細事業 rows carry the program's own money under names
    # that may hold the word (サイバー犯罪被害防止広報啓発事業：決算額 …)
    text = sheet_text(snap, answer_ids(snap, plan, hits), skip=("6", "detail"))
    money = r"\d[\d,.]*(?:[万千億]\d*)*\s*(?:千円|万円|円)"
    if re.search(re.escape(what) + r"の?(?:金額|額)|" + re.escape(what) + r"[^。\n]{0,20}" + money + "|" + money + r"[^。\n]{0,12}"
                 + re.escape(what), text):
        return None  # written as an amount, or as money beside the word (「600万円を貸し付け」)
    return f"シートには「{what}{unit}」の記載がないため、お答えできません。"


# 「舞台公演の方の細事業」「指定管理料が入ってる管理運営事業」: the 細事業 that holds the 取組 named, whose row answers.
_HOLDING = r"(?:の方の|の|を含む|を含んだ|が入って(?:る|いる)|の入った)[^、。？?]{0,8}?細?事業"


def item_money_unstated(snap, plan: QueryPlan, hits) -> str | None:
    """「コーディネーター養成研修にはいくら使いましたか」「けんせつフェスタだけでいくら」: money of one 取組 of a 細事業
    that has several.  The sheet gives 決算額 per 細事業 only, so a 取組 the question names (and no 細事業 of the
    sheet) is not answered by its 細事業's money.  A 細事業 with that one 取組 (「測定機器の更新にいくら使った」 of
    測定機器整備事業) spent it all: its row answers.  A 取組 named by the head of its name only counts with だけ."""
    if not MONEY_ASKED_Q.search(plan.norm) or (plan.intent != "cost" and not re.search(r"いくら|何円|金額|費用|予算|決算", plan.norm)) \
            or (SUBSIDY_TERMS_Q.search(plan.norm) and not re.search(r"合計|総額|全部で|トータル", plan.norm)) \
            or UNIT_PRICE_Q.search(plan.norm) or PAY_Q.search(plan.norm):
        return None  # (「チャレンジ補助金って補助率と上限いくら」「１台あたりいくらで委託」「専門家派遣の謝金は1回いくら」: the 取組's
        # printed terms, no sum spent on it)
    alone = re.search(r"だけ|のみ|単独|単体", plan.norm) is not None
    sheet = answer_sheet(snap, plan, hits)
    details = sheet.get("detail") or []
    names = [nfkc(d.get("name") or "") for d in details]
    program = nfkc(sheet.get("jigyo_name") or "")
    bare = plan.norm.replace("の", "")
    stems = [(n, re.sub(r"事業$", "", n)) for n in names if n]
    if any(n in plan.norm or stem in plan.norm or (len(n) >= 6 and stem in bare) for n, stem in stems):
        return None  # a 細事業 named (「ワークサポートセンターの運営」 of ワークサポートセンター運営事業): its money answers
    for d, dname in zip(details, names):
        items = d.get("items") or []
        for it in items if len(items) > 1 else []:
            item = nfkc(it.get("name") or "")
            # 「議会の情報発信、R5って補正で減額されてる？」: 情報発信 of the program's own name is the program
            if len(item) >= 3 and (item in plan.norm and item not in dname and item not in program
                                   or alone and _said_of(item, plan.norm, (dname, program))) \
                    and not re.search(re.escape(item) + _HOLDING, plan.norm):
                return (f"シートには取組「{item}」ごとの金額の記載がないため、お答えできません"
                        f"（決算額は細事業「{dname}」全体の額だけです）。")
    return None


def passing_money_unstated(snap, plan: QueryPlan, hits) -> str | None:
    """「県営野球場の改修工事、予算どれくらいついてる」: money asked of a thing the answering sheet mentions only in passing
    (in its 現状, 要因分析, 課題 or 方策), no program named closely.  Its cost table is the whole program's money, not that
    thing's: it is no answer."""
    if plan.intent != "cost" or not MONEY_ASKED_Q.search(plan.norm) or SUBSIDY_TERMS_Q.search(plan.norm) \
            or any(e.score >= 0.9 for e in plan.jigyo) \
            or any(d.score >= 0.7 for d in plan.details + plan.indicators):
        return None
    rec = snap.records.get(version := answer_version(snap, plan, hits)) or {}
    name = nfkc((rec.get("sheet") or {}).get("jigyo_name") or "")
    doing, passing = [name], []
    for c in snap.by_version.get(version, []):
        section = snap.chunks[c].meta.get("section")
        (doing if section in DOING_SECTIONS or section in ("6", "header") else passing).append(nfkc(snap.chunks[c].quote))
    for ph in reversed(noun_phrases(plan.norm)):  # the head of 「耐久性の高い塗料の試験施工」 names the thing
        t = nfkc(ph.text)
        if len(t) >= 3 and not MONEY_ASKED_Q.search(t) and any(t in x for x in passing) and not any(t in x for x in doing) \
                and not any(re.search(re.escape(t) + r"[^。\n]{0,20}?[0-9][0-9,.]*\s*(?:千円|万円|円)", x) for x in passing):
            # (「レンタル料金（１日当たり3,000円から5,000円）」: the thing's own price, told where it is mentioned)
            t = next((nfkc(p.text) for p in no_pairs(plan.norm) if t in nfkc(p.text)), t)  # as the user put it (県営野球場の改修工事)
            return f"シートには「{t}」にかかる費用の記載がないため、お答えできません（{name}のシートで触れられているだけです）。"
    return None


def _said_of(item: str, q: str, names: tuple[str, ...]) -> bool:
    """Whether ``q`` names the 取組 ``item`` (and not by words of ``names``, its 細事業's and 事業's): whole, or
    the head of a named event or product, with its katakana, five characters and 60% of it or more (「けんせつ
    フェスタ」 for けんせつフェスタ信州: staff drop the tail of a name, not its head)."""
    heads = [item] + [item[:n] for n in range(len(item) - 1, max(4, -(-len(item) * 3 // 5)) - 1, -1)
                      if re.search(r"[ァ-ヶー]{3,}", item[:n]) and not item[:n].endswith("の")]
    return any(h in q and not any(h in n for n in names) for h in heads)


_NAME_ITEM = re.compile(r"[一-龥ァ-ヶーA-Za-z（）()]{2,}")
# Kinds of a thing may be named with figures (「45分版と90分版の２種類」).
_KINDS = frozenset({"種類", "品目", "項目", "制度", "手続"})
_KIND_ITEM = re.compile(r"[一-龥ァ-ヶーA-Za-z0-9（）()]{2,}")


def _listed(head: str) -> list[str]:
    """The items named just before a count: 「松本市、上田市など」「45分版と90分版の」 -> their names."""
    head = re.sub(r"(?:など|の)+$", "", head).split("の")[-1]
    # an item starts after the clause before it (「授業時間に合わせて45分版」)
    return [re.split(r"[をにでてはが]", t)[-1] for t in re.split(r"[、・,と]", head)]


def names_unstated(snap, plan: QueryPlan, hits) -> str | None:
    """「合宿受入れ補助を出した19市町村って、具体的にどこ」: which ones of a number the sheet states.  The
    sentence of the answering sheet that gives that number must name them all (「上田市、佐久市など５市町村」
    names two of five: 「上田と佐久以外はどこ」 is not answered); otherwise the names are not on the sheet."""
    m = NAMED_COUNT_Q.search(plan.norm)
    if not m or EACH_KIND_Q.search(plan.norm):
        return None  # (「231件って、どの手口が何件ずつ」 asks a count per kind: part_unstated's)
    n, unit = int(m.group("n")), m.group("unit")
    count = re.compile(r"(?<![\d,.])" + m.group("n") + r"\s*" + re.escape(unit))
    others = "以外" in plan.norm
    for x in (x for c in answer_ids(snap, plan, hits) for x in sentences(nfkc(snap.chunks[c].quote))):
        at = count.search(x)
        if not at:
            continue
        head = x[:at.start()]
        some = "など" in head[-4:]  # 「松本市、上田市、飯田市など12市町村」: some of them, named
        # the names stand right before the number (「上田市、佐久市など５市町村」); words of an earlier clause
        # (「減便・廃止が相次ぎ、前年度を上回る７市町村」) name nothing
        item = _KIND_ITEM if unit in _KINDS else _NAME_ITEM
        listed = list(itertools.takewhile(item.fullmatch, reversed(_listed(head))))
        if len(listed) >= min(n, 2) and not (some and others):
            return None  # the sheet names them (or some of them: the passage answers with those)
    return f"シートには{m.group('n')}{unit}の個別の名称の記載がないため、お答えできません（記載があるのは数だけです）。"


def why_unstated(snap, plan: QueryPlan, hits) -> str | None:
    """A reason must be written on the sheet: the 要因分析 of the indicator asked about, a
    causal sentence about the money asked about (「補正で減らしたのはなぜ」), or a causal
    sentence on the question's topic."""
    if money_moved_q(plan) and hits and not plan.strong_indicators():
        if COST_PARTS_ASKED_Q.search(plan.norm):
            return None  # 「膨らんでるの？繰越とか補正とか入ってる？」: the cost table's rows answer it
        # Why the money moved: any causal sentence of that sheet that speaks of the money (asked what it was for,
        # 「補正でいくら足して、何に使った」, a sentence of what that money did counts too).
        purpose = MONEY_PURPOSE_Q.search(plan.norm) is not None
        if money_reason_chunk(snap, answer_version(snap, plan, hits), plan.norm, purpose=purpose):
            return None
        if purpose:
            # 「事業費が1.6倍に跳ね上がってますが、何に使った」: each 細事業's 決算額 says where (not a 補正's sum)
            if re.search(r"何に(?:使|充て|あて)", plan.norm) and not re.search(r"補正|増額|減額|\d\s*(?:千円|万円|円)", plan.norm) \
                    and len(answer_sheet(snap, plan, hits).get("detail") or []) >= 2:
                return None
            return "シートにはその金額が何のためのものか（使い道）の記載がないため、お答えできません。"
        return "シートにはその予算・決算の増減の理由の記載がないため、お答えできません。"
    if plan.indicators:
        keys = {(e.jigyo_no, e.indicator) for e in plan.indicators}
        has8 = any(snap.chunks[h.chunk_id].meta.get("section") == "8" and
                   (snap.chunks[h.chunk_id].meta.get("jigyo_no"), snap.chunks[h.chunk_id].meta.get("indicator")) in keys
                   and snap.chunks[h.chunk_id].quote.strip() for h in hits)
        return None if has8 else "シートにはその指標の要因分析（理由）の記載がないため、お答えできません。"
    # The topic of the why, without the 事業's own name: 「〇〇事業の予算が増えたのはなぜ」 -> 予算, 増える.
    names = set()
    for e in plan.jigyo + plan.details:
        names.update(tokenize(e.name))
    topic = {t for t in tokenize(plan.norm) if t not in names and t not in WHY_WORDS and len(t) > 1}
    topic |= expand(topic)
    stems = verb_stems(topic)  # 休んだりやめたりした起業体: the sheet's 休止・廃止
    for h in hits[:5]:
        for x in sentences(snap.chunks[h.chunk_id].quote):
            if CAUSAL_RE.search(x) and (not topic or overlap(x, topic) or said_as_verb(x, stems)):
                return None
    subject = {t for t in plan.salient if len(t) > 1} - token_set(e.name for e in plan.jigyo) \
        if NOT_HAPPENING_Q.search(plan.norm) and hits else set()  # (堆肥 of 堆肥マッチング too)
    if subject:  # what holds it back: a 課題 or 現状 of the subject
        v = answer_version(snap, plan, hits)
        said = [x for sec in ("9-1", "1") if (c := chunk_for(snap, v, sec)) for x in sentences(snap.chunks[c].quote)]
        if any(overlap(x, subject) for x in said):
            return None
    return "シートにはその理由の記載がないため、お答えできません。"


# Words that ask for the figure itself, not whose figure it is (「割合の実績は」).
_FIGURE_WORDS = frozenset({"実績", "成果", "結果", "値", "数", "件数", "人数", "状況", "動向", "推移", "矢印"})


def measure_unstated(snap, plan: QueryPlan, hits, embedder=None) -> str | None:
    """A figure of a subject the sheet never gives figures for: 「胃がん検診の受診率は載ってる？」 on a
    sheet that reports 大腸がん検診's, 「実証ほ場で収量ってどれくらい上がった」 where it reports work
    hours.  The subject of the figure (the question's last noun phrase that is not the program's own
    name, with the phrase joined to it by の) must stand in a linked indicator's name or, all its words
    together, in one sentence of the sheet that holds a number; a word close in meaning counts."""
    q = plan.norm
    if plan.intent not in ("trend", "lookup") or plan.strong_indicators() or not (
            FIGURE_ASKED_Q.search(q) or re.search(r"推移|実績|数値|数字", q)):
        return None  # an indicator the question names outright: its row gives the figure
    version = answer_version(snap, plan, hits)
    if version is None:
        return None
    names = [nfkc(e.name) for e in plan.jigyo]
    asides = aside_spans(q)
    frames = frame_forms(q)  # (「右肩上がりとの理解でよいか」: how the figures move, said of them, no subject of its own)
    phrases = [p for p in no_pairs(q) + noun_phrases(q)
               if not set(p.forms) <= frames and not any(nfkc(p.text) in n or abbreviates(re.sub(r"(?:の)?(?:事業|シート)$", "", p.text), n) for n in names)
               and not re.search(r"事業費?$|シート$|事業費?の|シートの", p.text) and not set(p.forms) <= _FIGURE_WORDS
               and nfkc(p.text) not in HOME_PLACES  # 「長野県って…どれくらい」: the whole prefecture, every figure's
               and not in_aside(p.text, q, asides)]  # (「うちの会でも聞き取りのお手伝いを…。撮りためた人数は」: the asker's own doing)
    if not phrases:
        return None
    # the phrase that ends last (the longest of those: the の-pair over its second half)
    subject = max(phrases, key=lambda p: (q.rfind(p.text) + len(p.text), len(p.text)))
    verbal = everyday_forms(q)  # 「新しく就職する人」: a noun used as a verb describes, it is no subject
    # the program's own words (脱炭素化 of 家庭の脱炭素化推進事業費) say whose figure, not which one
    names += quoted_names(snap, [version])  # 「ながのコンカツナビ」: the program's own system
    name_forms = token_set(names)  # ひとり親 is 一人親 as a form
    # (「オンライン学習の参加人数」: 人数 asks the figure, said of the sheet's 参加児童生徒数 as of any count)
    forms = [f for f in dict.fromkeys(re.sub(r"(?<=..)(?:人数|件数|回数)$", "", f) for f in subject.forms)
             if len(f) > 1 and f not in verbal and f not in name_forms and not any(f in n for n in names) and f not in _FIGURE_WORDS]
    if not forms:
        return None
    held = [nfkc(e.name) for e in plan.indicators + plan.details]
    ids = snap.by_version.get(version, [])
    lines = [x for c in ids for x in sentences(nfkc(snap.chunks[c].quote)) if re.search(r"\d", x)]
    pool = set().union(*(chunk_tokens(snap, c) for c in ids)) if ids else set()
    near = near_words(embedder, [f for f in forms if f not in pool], pool)
    for f in (f for f in forms if len(f) >= 4):  # (ガソリンスタンド: the sheet's 給油所, of one Sudachi synonym group;
        near.setdefault(f, set()).update(sudachi_synonyms(f, pool))  # a short word's groups are loose: ケース, 件)
    for f in near:  # a rate or an amount is only said by a rate or an amount (就職率 is not 進学)
        if len(f) >= 3 and f[-1] in "率額":
            near[f] = {w for w in near[f] if w.endswith(f[-1])}

    def said(text: str) -> bool:
        toks = set(tokenize(text))
        return all(f in text or f in toks or expand({f}) & toks or near.get(f, set()) & toks
                   or plan.clipped.get(f, "\0") in text or any(s in text for s in short_forms(f)) for f in forms)

    if any(said(n) for n in held) or any(said(x) for x in lines):
        return None
    return f"シートには「{subject.text}」の数値の記載がないため、お答えできません（近い内容は取り込まれています）。"


def _members(text: str) -> set[tuple[int, str]]:
    """The members of ``CONTRASTS`` groups that ``text`` names: (group, member)."""
    return {(i, key(m.group(0))) for i, (pat, key) in enumerate(CONTRASTS) for m in pat.finditer(nfkc(text))}


_STAFF_ASKED = next(p for key, _, p in COST_COLUMNS if key == "staff")


def group_unstated(snap, plan: QueryPlan, hits) -> str | None:
    """A figure of another member of a group than the one the sheet reports: 「中学生の不読率」 where the
    indicator is 高校２年生の不読率, 「胃がん検診の受診率」 where it is 大腸がん検診受診率.  The linked
    indicator's figures (the first one, which the answer would give) are not the answer; an indicator
    that names the asked member too is.  (``snap`` and ``hits`` as for the other checks here.)"""
    q = without_aside(plan.norm)
    if _STAFF_ASKED.search(q):  # 「県の職員さん何人くらいで回してる」: the cost table's 職員数, the program's own staff
        q = re.sub(r"県(?:の)?職員(?:さん)?", "職員", q)
    asked = _members(q) - _members("".join(e.name for e in plan.jigyo))  # (not 中学生 of 「中学生の娘の…」)
    if not asked:
        return None
    # the linked indicator the answer gives: the first one on the answering sheet (「県立高校の先生の残業時間」: not
    # 「しごと未来トーク」を実施した県立高校の数 of another sheet, linked first by 県立高校)
    ids = snap.by_version.get(answer_version(snap, plan, hits), [])
    on = {snap.chunks[c].meta.get("jigyo_no") for c in ids[:1]}
    e = next((x for x in plan.indicators if x.jigyo_no in on), plan.indicators[0] if plan.indicators else None)
    if e is None or not _members(e.name):
        return _member_unmentioned(snap, plan, hits, asked)
    held = _members(e.name)
    # group by group: a group the indicator names, of which the question asks only other members (県職員 where it
    # counts 県内企業, though both say 男性); asking one it names too (「中学生と高校生の…」) is answered
    other = {(g, m) for g, m in asked if g in {g for g, _ in held}
             and not {x for x in asked if x[0] == g} & held}
    if not other:
        return None
    return f"シートには「{_phrase_with(plan, other)}」の数値の記載がないため、お答えできません（記載があるのは「{e.name}」です）。"


_FIGURE_AFTER = re.compile(r"(?:の)?(?:割合|比率|率|人数|数)")


def _member_unmentioned(snap, plan: QueryPlan, hits, asked: set[tuple[int, str]]) -> str | None:
    """「選挙の出前授業、小学校では」 where the sheet speaks of 高校・特別支援学校 and never of 小学校: a
    member of a group the answering sheet names no figure or word for, while it names other members."""
    on_sheet = _members(sheet_text(snap, answer_ids(snap, plan, hits)))
    groups = {g for g, _ in on_sheet}
    missing = {(g, m) for g, m in asked if g in groups and (g, m) not in on_sheet}
    # ... or of a group the sheet never names, narrowing the figure asked (「民生委員の女性の割合」)
    q = nfkc(plan.norm)
    missing |= {(i, key(m.group(0))) for i, (pat, key) in enumerate(CONTRASTS) if i not in groups
                for m in pat.finditer(q) if _FIGURE_AFTER.match(q, m.end())}
    if not missing or asked - missing:
        return None  # a member the sheet speaks of is asked too: its passage answers
    return f"シートには「{_phrase_with(plan, missing, short=True)}」についての記載がないため、お答えできません。"


def _phrase_with(plan: QueryPlan, members: set[tuple[int, str]], short: bool = False) -> str:
    """The question's noun phrase that names one of ``members`` (as typed; with ``short`` the shortest)."""
    found = [ph.text for ph in no_pairs(plan.norm) + noun_phrases(plan.norm) if _members(ph.text) & members]
    if found:
        return min(found, key=len) if short else found[0]
    word = next((m.group(0) for pat, key in CONTRASTS for m in pat.finditer(plan.norm)), None)
    return word or plan.norm


def stated_elsewhere(snap, phrases: list[str], asked: set[str]) -> tuple[str, str] | None:
    """(phrase, 事業名) when one of ``phrases`` is written word for word on a sheet of another 事業 than those
    ``asked`` (事業番号): a phrase absent from the sheet asked about may be another program's (「ポイント還元」 of
    the プラスチック sheet, asked of スキー場)."""
    for ph in phrases:
        for cid in printed_in(snap, ph, k=10):
            if snap.chunks[cid].meta.get("jigyo_no") not in asked:
                return ph, snap.chunks[cid].meta.get("jigyo_name", "")
    return None

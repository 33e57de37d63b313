"""Question analysis: intent, section preferences, years, 事業番号, 部局, unknown names.

Everything here becomes *preferences* for retrieval (section boosts, entity boosts)
plus a few hard filters the user asked for explicitly (``--year`` etc.).  Entities
come from :mod:`.linking`; the words it reacts to from :mod:`assistant.text.vocabulary`.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from ingest.form import nfkc

from ..text.asker import without_asker, without_claims, without_views
from ..text.chinese import japanese_for_chinese
from ..text.dialect import standard_speech
from ..text.english import japanese_for_english
from ..text.kana_numbers import spell_kana_numbers, spell_kanji_numbers
from ..text.places import read_places
from ..text.letter import without_letter_frame
from ..text.mail import without_mail_frame
from ..text.request_form import as_sentence
from ..text.terms import bukyoku_forms, PLACE_ASKED_Q, WHERE_IS_Q, ABBREVIATIONS, FORM_WORDS, ABBREVIATION_RE, MOVED_Q, SPLIT_TERMS, SPLIT_TERMS_RE, STOCK_Q, SUBSIDY_TERMS_Q
from ..text.tokens import morphemes, token_set, tokenize
from ..text.vocabulary import (CHANGE_Q, COUNT_Q, ONE_PRICE_Q, CROSS_Q, CUES, SUPERLATIVE_Q, DONE_Q, FIGURE_ASKED_Q, FUTURE_Q, MONEY_PURPOSE_Q, RESULT_Q, RATE_Q, GENJO_Q, MONEY_CHANGE_Q, PLAN_ASKED_Q, SECTION_CUES, SECTION_PREFS, TWO_WAY_CHANGE_Q,
                               STOP_TOKENS, WHY_SET_Q)
from ..text.wording import drop_demonstrative, everyday_forms, frame_forms, is_frame, nouns_before_tte, units_as_printed, without_basis, without_unit_check, zipf
from ..types import STRONG_LINK, Entity, QueryPlan
from .asked_kind import count_kind
from .catalogue import catalogue
from .kana_spelling import katakana_loanwords, spell_form_kana, spell_kana
from .completion import complete_clipped, expand_name_abbrev, link_glossed_name
from .followup import follow_up
from .linking import WEAK_LINK, link_entities
from .sentences import subject_elsewhere
from .years import parse_years, spell_fiscal_years

_JIGYO_NO_RE = re.compile(r"(?<!\d)(\d{2})[\s\-ー－]?(\d{2})[\s\-ー－]?(\d{2})(?!\d)")
_BUKYOKU_RE = re.compile(r"([\u4e00-\u9fff\u30a1-\u30faー]{2,10}(?:部|局|委員会))(?:の|で|が|は|に|と|[、?？]|$)")
 # 「…事業」「…事業費」 names the user typed, used to notice 事業 that are not indexed.
# Kanji, katakana, Latin letters, and the okurigana between two kanji (空き家, 見守り隊).
_NAME_CHARS = r"(?:[A-Za-z0-9・ー\u30a0-\u30ff\u4e00-\u9fff]|(?<=[\u4e00-\u9fff])[きりしえみ](?=[\u4e00-\u9fff]))"
# 「犯罪被害者の支援事業って」: a name may join two words with one の.
_NAMED_JIGYO_RE = re.compile(rf"((?:{_NAME_CHARS}{{2,15}}の)?{_NAME_CHARS}{{2,30}}?事業費?)(?:の|は|で|に|を|が|と|も|って|について|[?？]|$)")

# --------------------------------------------------------------------------- intent
def detect_intents(question: str) -> list[str]:
    q = nfkc(question)
    found = [name for name, pat in CUES.items() if pat.search(q)]
    # "改善" inside a trend question ("改善した") is not a plan question.
    if "plan" in found and re.search(r"改善した|改善して", q) and not re.search(r"今後|方策|来年度|次年度|どう改善", q):
        found.remove("plan")
    # 「R6の補正は何のため？」「補正で何に使ったの？」: why the money moved (a causal sentence names it).
    if MONEY_CHANGE_Q.search(q) and MONEY_PURPOSE_Q.search(q) and "why" not in found:
        found.insert(0, "why")
    # A question about a change *and* its reason is a why question first.
    order = ["why", "plan", "issue", "cost", "trend", "activity"]
    found.sort(key=order.index)
    # 「今後に向けて何が課題？」「今後なにが心配されてる」 ask for 課題: a bare 今後 is no question about measures.
    if "plan" in found and "issue" in found and re.search(r"課題|心配|懸念|不安", q) and not PLAN_ASKED_Q.search(q):
        found.remove("issue")
        found.insert(0, "issue")
    # 「県は何か手を打ってる？」 asks what has been done, unless next year is asked about too.
    # 「職員向けには何かやったんですか？」 too; after a change (「寮生が増えたけど何かやったの？」) it asks what caused it
    done = DONE_Q.search(q) or (re.search(r"(?:何か|なにか).{0,12}(?:やっ|し)た(?:ん|の|か|[?？])", q) and not CHANGE_Q.search(q))
    if "activity" in found and found[0] != "activity" and done and not FUTURE_Q.search(q):
        found.remove("activity")
        found.insert(0, "activity")
    if "cost" in found and (SUBSIDY_TERMS_Q.search(q) or ONE_PRICE_Q.search(q)) and not re.search(r"決算|予算|使っ|かかっ|事業費", q):
        found.remove("cost")  # 「上限いくらだっけ？補助率も」: the terms printed with the 取組, no money spent; 「1日いくら」: a price
    if CROSS_Q.search(q) and not _JIGYO_NO_RE.search(q):
        found.insert(0, "cross")
    return found or ["lookup"]


def section_preferences(question: str, intents: list[str]) -> dict[str, float]:
    prefs: dict[str, float] = {}
    for rank, intent in enumerate(i for i in intents if i != "cross"):
        w = 1.0 if rank == 0 else 0.6
        for sec, v in SECTION_PREFS.get(intent, {}).items():
            prefs[sec] = max(prefs.get(sec, 0.0), v * w)
    q = nfkc(question)
    for pat, sec, v in SECTION_CUES:
        if pat.search(q):
            prefs[sec] = max(prefs.get(sec, 0.0), v * (0.7 if prefs else 1.0))
    return prefs


def analyze(question: str, snap, embedder, history=None, year=None, bukyoku=None, jigyo_no=None) -> QueryPlan:
    """The plan of one question: intents, section preferences, years, named and linked entities."""
    cat = catalogue(snap, embedder)
    plan = _new_plan(question, cat, year, bukyoku, jigyo_no, snap)
    complete_clipped(plan, snap, embedder)
    expand_name_abbrev(plan, snap, cat, glossed=link_glossed_name(plan, snap, cat), embedder=embedder)
    _named_in_question(plan, cat)
    link_entities(plan, cat, embedder, snap)
    _indicator_by_order(plan, cat)
    _reread_without_indicator_names(plan, cat)
    follow_up(plan, cat, embedder, history)
    _unknown_names(plan, cat)
    _genjo_first(plan)
    _counts_first(plan)
    _indicator_counted(plan)
    _places_asked_done(plan)
    _outcome_of_a_doing(plan)
    _rate_first(plan)
    _next_year_plans(plan, cat)
    _drop_program_word_indicators(plan, snap)
    return plan


def _drop_program_word_indicators(plan: QueryPlan, snap) -> None:
    """「里親支援センターっていつできるの」「里親のフォスタリング機関ってどこに頼んでる」: an indicator
    (登録里親数) that shares only its 事業's own words (里親) with a question whose distinctive words are
    held elsewhere on the sheet (a 9-2 measure, a 細事業's name) asks about that, not the indicator."""
    if plan.intent not in ("lookup", "activity", "cost") or not (plan.indicators or plan.details) or not plan.jigyo:
        return
    own = token_set(e.name for e in plan.jigyo)
    rest = {t for t in plan.salient if len(t) >= 2 and t not in own and t not in STOP_TOKENS
            and not any(t in nfkc(e.name) for e in plan.jigyo)} - frame_forms(plan.norm)  # (やま of 信州やまほいく)
    if plan.intent == "cost":
        # 「熱中症のやつ、R6って実際いくら使った」: a 細事業 that shares only the program's words is not asked
        plan.details = [d for d in plan.details if rest & set(tokenize(d.name)) or any(t in nfkc(d.name) for t in rest)]
        return
    if not rest:
        return
    chunks = [c for e in plan.jigyo for c in snap.chunks.of_jigyo(e.jigyo_no)]
    topic = rest - everyday_forms(plan.norm) - FORM_WORDS or rest  # (one of several, 認定 of 「認定って特化型と普及型…」: judged)
    plan.indicators = [e for e in plan.indicators if e.score >= STRONG_LINK
                       or 2 * sum(t in set(tokenize(e.name)) or t in nfkc(e.name) for t in topic) >= len(topic)
                       or not subject_elsewhere(snap, plan, chunks, e)]


def _lead_with(plan: QueryPlan, intent: str) -> None:
    """``plan`` asking first for ``intent``, its other intents after, and the section preferences that follow."""
    plan.intents = [intent] + [i for i in plan.intents if i != intent]
    plan.intent = intent
    plan.section_prefs = section_preferences(plan.norm, plan.intents)


# Whether the target was reached, asked of a count (「目標には届いたのかな」「達成できてます？」).
_TARGET_REACHED_Q = re.compile(r"目標(?:に|には|は)?[^。？?]{0,4}(?:届|達成|クリア|いっ)|"
                               # (「目標30だった気がするんですが届いてました？」: the target's figure said, then asked of)
                               r"目標(?:値)?(?:は|が)?[0-9０-９][0-9０-９,，.]*[^。？?]{0,16}?(?:届い|届か|達成|クリア|超え|上回|下回)|達成(?:でき|し)て|目標に対して(?:は)?[、,]?\s*(?:どう|どの)"
                               r"|KPI(?:は|って|の)?[^。？?]{0,4}(?:達成|クリア|届)")


def _rate_first(plan: QueryPlan) -> None:
    """「就職する割合って今どれくらい？目標には届いた？」 asks for a linked indicator's figures
    against its target, however the rest is worded (戻って, 行った read as 取組)."""
    # a 細事業 linked only loosely (キャッシュレス決済導入事業 for 「キャッシュレス対応の窓口、目標は何か所」) is no subject
    # (「寄付額って目標いくらで実績いくら」: money asked of an indicator named surely is its figures, not the cost table)
    # (a 細事業 named too has no target: 「家具の点検って何施設くらい？目標には届いたのかな」 with 家具点検事業 asks for the
    # indicator it is measured by, when that is linked surely)
    asked = plan.intent in ("activity", "lookup") or (plan.intent == "cost" and plan.strong_indicators())
    # (「何台設置されたのか、目標に対してどうだったのか」: the 細事業 named surely, its program's indicator linked by its words)
    reached = plan.intent == "activity" and _TARGET_REACHED_Q.search(plan.norm) and (plan.strong_indicators() or any(
        e.score >= WEAK_LINK and any(d.jigyo_no == e.jigyo_no for d in plan.details) for e in plan.indicators))
    if plan.indicators and asked and (all(d.score < WEAK_LINK for d in plan.details) or reached) \
            and (RATE_Q.search(plan.norm) or RESULT_Q.search(plan.norm) or reached):
        _lead_with(plan, "trend")


# What is done, asked of a year (「R7から新しくやることって」「R7はどう動く」), not a figure of it.
# ... or help offered that year (「R7から何か手伝ってくれんのか」「R7は後押ししてもらえる？」), or the measures of that year
# asked by name (「R7年度の…への対応は？」「周知強化策（R7以降）は？」「R7の新規取組は？」).
# (not a program's own 対策 that the question opens with: 「オーバーツーリズム対策、R7の実績って」)
_DOING_Q = re.compile(r"対応(?![、,])|(?<![政予])策(?![、,])|取組|新規|やる|やって|する(?:の|こと|予定|んだ)|どう[一-龥ァ-ヶー]{0,6}(?:する|します|していく)(?:の|か|[?？]|$)|動く|動き|取り組|進め|変わ|変え|始め|新た|新し|力を入れ|打ち出|"
                      r"手伝|手助け|後押し|サポート|くれる|くれん|くれます|もらえ|支援(?:する|して|さ|が|は|も)")


def _next_year_plans(plan: QueryPlan, cat) -> None:
    """「循環器病の対策、R7から新しくやることって？」: the year after the newest sheet's is planned in words in its 方策
    (9-2), so what is to be done that year is the plan; its figures (予算, 実績, 何人) are still no sheet's."""
    if plan.intent == "plan" or plan.relative_year or len(plan.years) != 1 or "cost" in plan.intents:
        return
    if plan.years[0] != (cat.newest_year or 0) + 1 or FIGURE_ASKED_Q.search(plan.norm) or not _DOING_Q.search(plan.norm):
        return
    _lead_with(plan, "plan")


def _outcome_of_a_doing(plan: QueryPlan) -> None:
    """「アウトドア用の車いすの件、結局どうなった」「認証材の商談会って成果出てないんじゃない？」「補助で開発された商品って
    具体的にどんなの」: how a 取組 named surely turned out, or what it made, is what was done (取組実績, 7),
    when no indicator is named; 「満足度、結局どうなった」 is an indicator's figures (its trend)."""
    if plan.intent == "lookup" and not plan.strong_indicators() and any(d.score >= STRONG_LINK for d in plan.details) \
            and re.search(r"どうなっ(?:た|ちゃった|てる|ている)|どうだった|成果(?:は|って|が|出)|具体的に(?:は)?(?:どんな|何)|受け止め|評判|反応は", plan.norm):
        _lead_with(plan, "activity")


def _counts_first(plan: QueryPlan) -> None:
    """「コーディネーターを何人配置して、実習先はどれだけ増えた？」 counts what was done (取組実績),
    not an indicator's trend, unless an indicator is named."""
    # 「育休の奨励金、件数は前の年と比べて」: a 細事業 named surely, counted: what it did, year on year
    done = "activity" in plan.intents or any(d.score >= STRONG_LINK for d in plan.details)
    if re.search(r"ここ(?:数|何|[2-5２-５])年|年々|推移|経年|時系列|(?:数字|数値|実績)(?:を)?並べ|(?:R|令和)\s*\d+(?:年度)?からの(?:数字|数値|実績)",
                 plan.norm) or WHY_SET_Q.search(plan.norm):
        return  # 「立入検査の件数ってここ数年で増えてる？」「R4からの数字並べて」: over the years, an indicator's trend (and 「人数の目標の根拠」: its target)
    if done and plan.intent in ("trend", "lookup") and not plan.strong_indicators() \
            and (COUNT_Q.search(plan.norm) or re.search(r"件数|人数|回数|(?:増え|減っ)た(?:数|分)", plan.norm)):
        plan.intents = ["activity"] + [i for i in plan.intents if i != "activity"]
        plan.intent = "activity"


def _indicator_counted(plan: QueryPlan) -> None:
    """「防火管理講習、R6の修了者は何人？」: a count asked of what an indicator named surely counts (防火管理講習修了者数) is that
    indicator's figure, though 何人 alone reads as what was done (and the 取組 防火管理講習の開催 is linked too, by fewer of
    the question's words); not when a 細事業 or 取組 is linked as closely, nor when the doing is asked (「何をして何人」)."""
    # (only an indicator that counts (asked_kind.count_kind): a rate (再訪率) counts no one, 「参加者って春・夏・冬で何人ずつ」
    # is what was done; nor does a count name a part of itself: 「出店した人のうち、県外からの移住者って何件」)
    strong = [e for e in plan.strong_indicators() if count_kind(e.name)]
    if plan.intent != "activity" or not strong or any(d.score >= max(e.score for e in strong) for d in plan.details):
        return
    if COUNT_Q.search(plan.norm) and not re.search(r"(?:何|なに)を|どんな|どういう|どのような|どこ|うち|ずつ", plan.norm):
        _lead_with(plan, "trend")


# A doing, done (「撤去した」「開催された」): where it was done is told with it.
_DONE_AT = re.compile(r"(?:撤去|設置|整備|開催|実施|導入|建設|開設|改修|修繕)(?:した|された|しました|されました)")


def _places_asked_done(plan: QueryPlan) -> None:
    """「去年度撤去した歩道橋って、どこの市でした？」: which places, asked of what was done, are named where it is told
    (取組実績, 細事業), never in an indicator's count."""
    if plan.intent == "lookup" and (WHERE_IS_Q.search(plan.norm) or PLACE_ASKED_Q.search(plan.norm)) and _DONE_AT.search(plan.norm):
        plan.intents = [i for i in plan.intents if i != "lookup"]  # (lookup only stood for no intent found)
        _lead_with(plan, "activity")


def _blank_names(q: str, cat) -> str:
    for n in cat.strip_names:
        if n and n in q:
            q = q.replace(n, "〇")
    return q


def _blank_name_words(q: str, name: str) -> str:
    """``q`` with the words it shares with a 事業's ``name`` blanked: the longest shared run of four or more characters, then
    runs of two or more that follow it across at most one character (「都市計画道路の見直し」 of 都市計画道路見直し推進事業費)."""
    m = SequenceMatcher(None, q, name, autojunk=False).find_longest_match(0, len(q), 0, len(name))
    if m.size < 4:
        return q
    while True:
        q, name = _blanked(q, name, m)
        at = m.a + 1  # (just after the blank)
        m = SequenceMatcher(None, q, name, autojunk=False).find_longest_match(at, min(len(q), at + 8), 0, len(name))
        if m.size < 2 or m.a - at > 1 or name[m.b:].startswith("事業"):  # (「…の事業費、３年分」: the form's word, asked)
            return q


def _blanked(q: str, name: str, m) -> tuple[str, str]:
    """``q`` with the run ``m`` it shares with ``name`` blanked to 〇, and ``name`` with it struck out (matched once only)."""
    return q[:m.a] + "〇" + q[m.a + m.size:], name[:m.b] + "\0" + name[m.b + m.size:]


def _reread_without_indicator_names(plan: QueryPlan, cat) -> None:
    """Read the intent again with the linked indicators' names blanked out: 「介護職員数、R6は
    どうなった？」 names an indicator, and its 職員数 is no question about the cost table's
    職員数 (nor 実績 in an indicator's name a question about 取組実績)."""
    bare = before = _blank_names(plan.norm, cat)
    # (「都市計画道路の見直し、市町村側の課題って」: the 見直し of the 事業 named, 都市計画道路見直し推進事業費, asks for no plan)
    for e in plan.jigyo:
        if e.score >= 0.9:
            bare = _blank_name_words(bare, nfkc(e.name))
    named = bare
    for e in plan.indicators:
        if e.score < 0.6:
            continue
        name = nfkc(e.name)
        for _ in range(3):  # (「NPOセミナーの参加者満足度」: the name's words, の between, each blanked)
            m = SequenceMatcher(None, bare, name, autojunk=False).find_longest_match(0, len(bare), 0, len(name))
            if m.size < 4:
                break
            bare, name = _blanked(bare, name, m)
    if bare == before:
        return
    indicator_named = bare != named
    bare = re.sub(r"〇(?:の?〇)*の?実績(?:値)?", "〇の推移", bare)  # (「参加者満足度の実績（令和4〜6年度）」: its figures, no 取組実績)
    bare = without_views(without_claims(bare))
    intents = detect_intents(bare)
    if intents == ["lookup"] and plan.intent != "lookup" and indicator_named:
        intents = ["trend"]  # only the indicator was named: its figures
    plan.intents, plan.intent = intents, intents[0]
    plan.section_prefs = section_preferences(bare, intents)


# The background or origin of the program is the thing asked for (its head noun).
_BACKGROUND_ASKED = re.compile(r"(?:背景|経緯|きっかけ)(?:って|は|を|が|について|[?？]|$)")


# Why the work takes long (「踏切広げる工事ってなんでそんな何年もかかんの」): the situation, told in 現状 and 課題.
_SLOW_Q = re.compile(r"(?:何年も|何か月も|何ヶ月も|時間|長く|長い間|そんなに|そんな)[^。？?]{0,6}(?:かか|掛か)")


_GENJO_AND_ISSUE_NAMED = re.compile(r"現状(?:認識|分析)?(?:と|や|・|及び|および)(?:その)?課題|課題(?:と|や|・)現状")


def _genjo_first(plan: QueryPlan) -> None:
    """「そもそも、なんで部活を地域に移すことになったの？背景は？」 asks for the program's 現状,
    not for a result's reason: without an indicator or money in question it is a 現状 question."""
    why = plan.intent == "why" and (GENJO_Q.search(plan.norm) and re.search(r"そもそも|背景|経緯|きっかけ", plan.norm)
                                    or _SLOW_Q.search(plan.norm) and all(e.score < WEAK_LINK for e in plan.indicators))
    # 「サイクルツーリズムに県が取り組んでる背景って」: the background asked for, not what was done
    done = plan.intent == "activity" and _BACKGROUND_ASKED.search(plan.norm)
    # 「なぜ難しいのか、シートの現状認識と課題を踏まえて説明せよ」: the sections named, whatever indicator the words fit
    named = plan.intent == "why" and _GENJO_AND_ISSUE_NAMED.search(plan.norm) and not _figure_moved(plan)
    if named or (why or done) and not plan.strong_indicators() and not MONEY_CHANGE_Q.search(plan.norm) \
            and not RESULT_Q.search(plan.norm) and not (why and _figure_moved(plan)):
        plan.intents = ["issue"] + [i for i in plan.intents if i not in ("why", "issue")]
        plan.intent = "issue"
        plan.indicators = []  # an indicator that only shares the program's words is not asked about
    elif STOCK_Q.search(plan.norm) and not plan.strong_indicators() and (plan.intent in ("activity", "trend", "lookup") or (
            plan.intent == "cross" and not re.search(r"事業|指標|取組|取り組み", plan.norm))):  # (「農泊地域は全部でいくつ」: no 事業 counted)
        plan.intents = ["lookup"] + [i for i in plan.intents if i not in ("lookup", "cross")]  # how many in all: the 現状
        plan.intent = "lookup"
        plan.indicators = []


def _indicator_by_order(plan: QueryPlan, cat) -> None:
    """「サイバー対策のシートで、成果指標の2つめ」: the linked 事業's indicator of that order on its sheet (the last for
    「指標の表のいちばん下」), whatever words the question shares with its other indicators."""
    if not plan.indicator_order or not plan.jigyo:
        return
    no = plan.jigyo[0].jigyo_no
    own = sorted((e for e in cat.entities if e.kind == "indicator" and e.jigyo_no == no), key=lambda e: e.indicator)
    if not own or plan.indicator_order > len(own):
        return
    e = own[plan.indicator_order - 1] if plan.indicator_order > 0 else own[-1]
    plan.indicators = [Entity("indicator", e.name, e.jigyo_no, indicator=e.indicator, score=STRONG_LINK)]


def _figure_moved(plan: QueryPlan) -> bool:
    """「R5に待ちが延びちゃった背景」: a figure of a year or of an indicator moved (its 要因分析 says why), not
    a situation that grows (「若い人のトラブルが増えてる背景」, the program's 現状).  A figure that fell and came back
    (「人数って一回減ってまた戻ってきてる」) is one of an indicator, however loosely its name is linked."""
    two_way = bool(TWO_WAY_CHANGE_Q.search(plan.norm)) and bool(plan.indicators)
    return two_way or bool(MOVED_Q.search(plan.norm)) and bool(plan.years or any(e.score >= WEAK_LINK for e in plan.indicators))


def _new_plan(question: str, cat, year, bukyoku, jigyo_no, snap=None) -> QueryPlan:
    """Intents and section preferences (read with entity names blanked out) and the topic tokens."""
    # 「件名：FW: …／差出人：…／お疲れ様です。土屋です。…？／土屋／＝＝＝／栗林町 建設課…TEL」: the mail's body only
    q = nfkc(as_sentence(without_mail_frame(question))).strip()  # 「対象：…／年度：R6／項目：決算額」: …について、R6年度の決算額は？
    q = without_letter_frame(q)  # 「拝啓　木枯らしの季節となりました。さて、…でございましょうか。敬具」: the body only
    q = spell_kana_numbers(q)  # 「れいわごねんど」「さんびゃくさんじゅうはちにん」: 令和5年度, 338人
    q = spell_form_kana(q)  # 「けっさん」「かだい」: 決算, 課題
    q = spell_kanji_numbers(q)  # 「令和六年度」「十七館」「ここ三年」: 令和6年度, 17館, ここ3年
    q = spell_fiscal_years(q)  # 「FY2024」: 2024年度
    q = japanese_for_english(q)  # 「R6のbudget」「next yearのplan」: R6の予算, 来年度の今後の方策
    q = japanese_for_chinese(q)  # 「防火管理讲习」「为什么」: 防火管理講習, なぜ
    q = without_asker(standard_speech(q))  # 「お疲れさまです。」「来週の部長説明で使いたいので」「課長に聞かれそう」; 「なんぼ」
    q, order = read_places(q)  # 「2ページ目の表のいちばん下」「5番の表」: the form's words; 「指標の2つめ」: its order
    q = drop_demonstrative(q)  # 「本研修事業の問題点」: this 研修事業
    q = spell_kana(katakana_loanwords(q), snap, cat)  # 「すまほ」: スマホ; 「老人クラブのかいいん」: the sheets' 会員
    q = SPLIT_TERMS_RE.sub(lambda m: SPLIT_TERMS[m.group(0)], q)
    q = units_as_printed(q)  # 「16万立米」: the sheets' 160,000㎥
    q = without_basis(q)  # 「シートベースで」「台数ベースで」: what the answer rests on, no subject
    q = without_unit_check(q)  # 「単位は千円でいいんですよね？」: how the table prints it, no subject
    q = nouns_before_tte(q)  # 「踏切って」: the noun 踏切, not 踏み切る
    q = re.sub(r"[ァ-ヶー]{4,}", lambda m: cat.dotted_kana.get(m.group(0), m.group(0)), q)  # マイタイムライン: a name's マイ・タイムライン
    # クラファン: a name's クラウドファンディング, its two words clipped (a word of the names stays what it is)
    q = re.sub(r"[ァ-ヶー]{4,}", lambda m: cat.unclipped(m.group(0)), q)
    # P&R: a name's パーク＆ライド, by its words' initials
    q = re.sub(r"(?<![A-Za-z])[A-Za-z]&[A-Za-z](?![A-Za-z])", lambda m: cat.ampersand_initials.get(m.group(0).lower(), m.group(0)), q)
    # 「2人目の子の分」: Sudachi reads 2人 + 目の子 (a word of its own); the child is 子ども
    q = re.sub(r"(?<=[0-9一二三四五六七八九十]人目の子)(?![ど供])", "ども", q)
    # 「お金的に」: Sudachi reads 御 + 金的; said of an everyday noun, 的に is 「の面で」
    q = re.sub(r"(?<=[おご][一-龥])的(?=に)", "の面で", q)
    # 「代替策」「打開策」「解決策」: the measures asked for, in the sheets' word (対策), not a subject of their own
    q = re.sub(r"(?:代替|打開|解決)(?:策|案)", "対策", q)
    # 児相 -> 児童相談所; a short form that is already the start of its full form stays (県立大学 is not 県立大学学)
    q = ABBREVIATION_RE.sub(lambda m: m.group(0) if q.startswith(ABBREVIATIONS[m.group(0)], m.start())
                            else ABBREVIATIONS[m.group(0)], q)
    # (a claim heard and quoted, 「『…平均15万円超え』って投稿」, is checked, not asked: its 円 asks for no budget)
    # (nor does a view stated before the question, 「今後も点検を続けるべきと考えます。」, ask for the 方策)
    bare = without_views(without_claims(_blank_names(q, cat)))
    intents = detect_intents(bare)
    tokens = tokenize(q)
    # a word Sudachi cut in context (見 + 守り of 「高齢者の見守りを」), read whole as the sheets' names have it
    ms = morphemes(q)
    tokens += [t for m in ms if m.norm not in tokens and m.pos[:1] in (("名詞",), ("動詞",)) and len(m.surface) >= 2
               for t in tokenize(m.surface) if t not in tokens]
    frames = frame_forms(q) - _named_frames(ms, cat)  # 最近, ここ, 一番, 数字…: how it is asked, not what about
    # 「110番の事業」「#9110の夜の件数」: a number that names a service
    numbered = set(re.findall(r"(?<![0-9,])([0-9]{3})番(?!目|号|地)|#([0-9]{3,5})(?![0-9])", q))
    numbered = {n for pair in numbered for n in pair if n}
    # 「3Dデータ」「5Gの整備」: a digit with one capital letter is a word (the sheets' ３Ｄ都市モデル), not a figure
    numbered |= set(re.findall(r"(?<![0-9,.])([0-9])(?=[A-Z](?![A-Za-z]))", q))
    salient = [t for t in dict.fromkeys(tokens)
               if t not in STOP_TOKENS and (t not in frames or t in numbered) and (not t.isdigit() or t in numbered) and len(t) > 0]
    plan = QueryPlan(question=question, norm=q, intent=intents[0], intents=intents,
                     section_prefs=section_preferences(bare, intents), tokens=tokens, salient=salient)
    plan.indicator_order = order
    plan.year_filter = year
    plan.bukyoku_filter = bukyoku
    plan.jigyo_filter = jigyo_no

    return plan


def _named_frames(ms: list, cat) -> set[str]:
    """Frame words the question says as the last word of a name (「ささえあいの会議」 for 支え合い会議を設けている地区数): the
    noun before it (の aside) and it, written together in an indexed name, are a subject, not how the question is put.
    ``ms``: the question's morphemes, as `_new_plan` read them."""
    out = set()
    for i, m in enumerate(ms):
        prev = ms[i - 2] if i >= 2 and ms[i - 1].surface == "の" else ms[i - 1] if i else None
        # (not a figure's measure, 件数 of 「相談件数知りたい」: the figure asked, whatever name ends with it)
        # (nor a time word, 時 of 「R5のときに」)
        if prev is not None and prev.pos[:2] == ("名詞", "普通名詞") and is_frame(m) and not re.search(r"数|率|割合|額", m.norm) \
                and len(m.norm) >= 2 and "副詞可能" not in m.pos \
                and any(nfkc(a + b).lower() in cat.names_text for a in (prev.surface, prev.norm) for b in (m.surface, m.norm)):
            out.add(m.norm)
    return out


def _named_in_question(plan: QueryPlan, cat) -> None:
    """Years, 事業番号 and 部局 typed in the question, known or not."""
    q = plan.norm
    years, relative = parse_years(q, cat.newest_year)
    plan.years, plan.relative_year = years, relative
    covered = set()
    for fy in cat.fiscal_years:
        covered.update({fy - 2, fy - 1, fy, fy + 1})
    plan.unknown_years = [y for y in years if y not in covered]

    # 事業番号 typed in the question.
    m = _JIGYO_NO_RE.search(q)
    if m:
        no = f"{m.group(1)} {m.group(2)} {m.group(3)}"
        if no in cat.jigyo_names:
            plan.jigyo.append(Entity("jigyo", cat.jigyo_names[no], no, score=2.0))
        elif not re.search(r"20\d\d|19\d\d", m.group(0)):
            plan.unknown_jigyo_no = no

    # 部局
    for b in sorted(cat.bukyoku, key=len, reverse=True):
        if any(f in q for f in bukyoku_forms(b)):
            plan.bukyoku.append(b)

    # 部局 the user named that has no sheet (県民文化部, 危機管理部, 企業局); common words
    # ending in 部/局 (全部, 一部, 内部, 結局) are general Japanese, so wordfreq knows them.
    known = {nfkc(b) for b in cat.bukyoku}
    for m in _BUKYOKU_RE.finditer(q):
        name = m.group(1)
        # 「8事業全部の」: 全部 ends the word; 「山村部のリモセン」: a part of the land. No 部局 is named.
        if re.search(r"(?:全|一|内|外|細|大|山村|農村|漁村|都市|市街|沿岸|周辺|中心|山間|平野|郊外|山岳|北|南|東|西|上|下|前|後|幹|執行|上層|首脳|経営|営業)部$"
                     r"|(?:測定|観測|放送|郵便|薬|基地|振興)局$|^知事部局$", name):  # (「大気測定局の測定率」: a station, no 部局;
            continue  # 「うちら振興局の職員」: a regional office of every 部局, no 部局 of its own; 「執行部は」: the executive)
        if name not in known and not any(name in k or k in name for k in known) and zipf(name) < 3.0 \
                and not any(name in nfkc(e.name) for e in cat.entities):  # (協働本部 of 地域学校協働本部, a body a sheet names)
            plan.unknown_bukyoku.append(name)



def _unknown_names(plan: QueryPlan, cat) -> None:
    """Names of 事業 the user typed that match nothing indexed."""
    q = plan.norm
    for m in _NAMED_JIGYO_RE.finditer(q):
        name = m.group(1)
        if SUPERLATIVE_Q.search(name):
            continue  # 「決算額の上位3事業」 ranks programs, it names none
        core = re.sub(r"(事業費|事業)$", "", name)
        core = re.sub(r"^(この|その|あの|どの|各|全|細)", "", core)
        lead = re.match(r"([^の]{2,15})の(.{2,})$", core)  # 「危機管理部の避難所環境改善推進事業費」: the 部局 said first
        if lead and lead.group(1) in plan.bukyoku:
            core = lead.group(2)
        if len(core) < 2 or core in ("細", "全", "各", "本", "同", "当", "その他"):
            continue
        ctoks = set(tokenize(core)) - STOP_TOKENS
        if not ctoks:
            continue
        best = 0.0
        ncore = nfkc(core).lower()
        cand: set[int] = set()
        for t in ctoks:
            cand.update(cat.postings.get(t, ()))
        w_core = sum(cat.idf_of(t) for t in ctoks)
        for i in cand:
            e, toks = cat.entities[i], cat.tokens[i]
            if e.kind not in ("jigyo", "detail"):
                continue
            if ncore in cat.norm_names[i]:
                best = 1.0
                break
            best = max(best, sum(cat.idf_of(t) for t in ctoks & toks) / w_core)
        if best < 0.5:
            plan.unknown_names.append(name)

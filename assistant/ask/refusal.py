"""Answerability: whether the sheets answer the question, decided from evidence.

A question is refused only when a year, 事業, 事業番号 or 部局 it names is not
indexed; when its subject (a noun phrase, as typed) is grounded nowhere in the sheet
the answer would come from; or when the specific figure it asks for is not stated.
Everyday words (最近, ここ, 一番, 数字, 背景…) never decide it (see ``text.wording``).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from ingest.form import SEC_PLAN, nfkc, year_label

from ..query.linking import NAMED_LINK, abbreviates, expand
from ..text.asker import aside_spans, claim_spans, client_told_spans, in_aside, lives_in, told_before, told_spans
from ..text.glosses import sheet_glosses
from ..text.tokens import homophones, morphemes, read_alike, token_set, tokenize
from ..text.terms import bukyoku_forms, DATA_ASKED, DOING_SECTIONS, FORM_WORDS, MEASURE_WORD, NAME_OF_KIND, PROGRAM_KINDS, PROGRAM_NAMED_Q
from ..text.vocabulary import CUES, FIGURE_ASKED_Q, GENJO_Q, PLAN_TABLE_Q, RATE_Q
from ..text.wording import REGION_NOUNS, corrected, everyday_forms, heard_through, no_pairs, noun_phrases, place_forms, predicate_forms
from ..types import STRONG_LINK, QueryPlan
from .asked_years import years_unreported
from .attributes import attribute_unstated
from .grounding import COUNTED_OF, alternatives, clipped, count_of, counted_here, evidence_sheet, figure_of_linked, means_named, other_cost, subject_forms, termed_check
from .naming import glossed, in_named_phrase, okurigana_variant, sounds_like_name, headed_by_indicator, mostly_named, program_in_own_words, sudachi_synonyms, \
    suffixed_stem_said, unwritten_kana_word, user_glossed
from .evidence import answer_ids, answer_version, chunk_tokens, named_sheet_says, near_words, proper_name, quoted_names, sheet_text
from .counts import count_unstated
from .keywords import keywords_unwritten
from .existence import thing_unstated
from .unstated import (stated_elsewhere, amount_unstated, item_money_unstated, passing_money_unstated, names_unstated, group_unstated, measure_unstated,
                       part_unstated, why_unstated)

MIN_COVERAGE = 0.2  # share of the question's topic words (idf-weighted) the evidence must hold, else (nothing linked) refused

# What follows a cause the user guesses (「畑の肥料のせい？」「雪が原因なの」) or supposes (「ニーズが少ないということなのでしょうか」).
_GUESSED = r"(?:の|が)?[^。？?、]{0,8}?(?:せい|原因|影響|おかげ)(?:だけ)?(?:[?？]|なの|なん|です|でしょ|かな|じゃ|って)"  # (…が多かったせいだけでしょうか)
_GUESSED_CLAUSE = r"[^。？?]{0,20}(?:とか|から|せい|ため)(?:ですか|でしょうか|かな)?[?？]"
_SUPPOSED = (r"[^。？?、]{0,16}(?:という|って)(?:こと|わけ)(?:なの|なん)?"  # (「利用者離れということなのか、理由を」: asked on)
             r"(?:(?:でしょうか|ですか|か|だろうか)?(?:[。？?]|$)|(?:でしょうか|ですか|か|だろうか)[、,])")

UNSURE_LINK = 0.55  # a link below this is a guess from shared words, not the 事業 the user named


# What a refusal says after the phrases no sheet speaks of: another sheet among the hits may answer (resheet.phrase_sheet)
ABSENT_PHRASES = "に関する記載は取り込まれたシートにない"
# ... and after a phrase the sheet asked about does not write, where it is written (resheet.elsewhere_sheet reads it back)
ELSEWHERE = re.compile(r"（「(.+?)」の記載があるのは(.+?)のシートです）")


def topic_words(plan: QueryPlan) -> list[str]:
    """The question's topic words: salient tokens that are not everyday words (see wording), nor the
    words that told its intent (「…そこへの対策ってあります？」: 対策 asks for 方策, it is no subject)."""
    # (頭打ち気味: how the subject is doing; 「…どっちが多い 統計ある?」: whether figures exist)
    common = everyday_forms(plan.norm) | predicate_forms(plan.norm) | {m.group(1) for m in DATA_ASKED.finditer(plan.norm)}
    cue = CUES.get(plan.intent)
    asked = [m.group(0) for m in cue.finditer(plan.norm)] if cue else []
    return [t for t in plan.salient
            if t not in common and (len(t) > 1 or not re.fullmatch(r"[\u3040-\u309f]", t))
            and not any(t in a for a in asked)]


def _coverage(snap, plan: QueryPlan, cids: list[str], embedder=None) -> float:
    """idf-weighted share of the question's topic words found (or a word close in meaning) in the evidence."""
    topic = topic_words(plan)
    if not topic:
        return 1.0
    found: set[str] = set()
    for cid in cids:
        found.update(chunk_tokens(snap, cid))
    # the names linked on the evidence's sheet say its subject too (「こどもカフェ、この先続けられそう？」: the 課題 never
    # writes カフェ, the sheet's indicator 信州こどもカフェの設置数 does)
    nos = {snap.chunks[c].meta.get("jigyo_no") for c in cids if c in snap.chunks}
    found |= token_set(e.name for e in plan.jigyo + plan.indicators + plan.details if e.jigyo_no in nos)
    vocab = snap.lexical.vocab
    missing = [t for t in topic if not (t in found or any(x in found for x in expand({t}) | clipped(plan, t)))]
    if missing:  # a piece of a name Sudachi cuts (いさ of 「まいさぽ」) is in the text, if not among its tokens
        text = "".join(nfkc(snap.chunks[c].text) for c in cids if c in snap.chunks)
        missing = [t for t in missing if not (len(t) >= 2 and t in text)]
    near = near_words(embedder, missing, found)
    total = got = 0.0
    for t in topic:
        w = 1.0 if t in vocab else 1.5  # a word no sheet uses weighs more
        total += w
        if t not in missing or near.get(t):
            got += w
    return got / total if total else 1.0


def absent_terms(snap, plan: QueryPlan, top: list[str], embedder=None) -> list[str]:
    """Topic nouns of the question that no sheet uses, nor anything close in meaning in the evidence.

    A question about 時給 or 欧州 when the sheets never mention them is not answered
    with something nearby.  Words of the question's linked entities don't count.
    """
    vocab = snap.lexical.vocab
    typed = {m.norm: m.surface for m in morphemes(plan.norm)}  # (ひとり親 as typed, 一人親 as Sudachi writes it)
    cands = [t for t in topic_words(plan)
             if len(t) >= 2 and t not in vocab and not re.search(r"[\u3040-\u309f]$", t)
             and not any(s in vocab for s in expand({t}))
             and all(not w.isascii() or _ascii_subject(w, plan.norm) for w in {t, typed.get(t, t)})  # (rate, as レート)
             and t not in plan.clipped and not (len(t) >= 3 and t.endswith("的") and t[:-1] in vocab)  # 事務的: as 事務
             and t not in PROGRAM_KINDS  # 対策, 支援: what kind of program, never the subject alone
             and t not in FORM_WORDS  # 実績値, 目標値: the form's own columns, whether or not an indexed sheet writes the word
             and not NAME_OF_KIND.fullmatch(t)  # 学校名: the names of schools, which the attributes judge
             # 種類別, 種類 of 「種類別だと」: a breakdown asked, which ``unstated.part_unstated`` judges
             and not _BY_KIND_PHRASE.fullmatch(t) and not re.search(re.escape(typed.get(t, t)) + r"(?:別|ごと)", plan.norm)
             and t not in token_set(plan.bukyoku)]  # 農政 of 農政部, an indexed 部局 named: the owner, said by the sheet's 部局
    if cands:  # inside a longer word of a linked name or of the evidence (県立高校 in 県立高校生)
        held = [nfkc(e.name) for e in plan.jigyo + plan.indicators + plan.details] + \
            [nfkc(snap.chunks[c].text) for c in top if c in snap.chunks]
        cands = [t for t in cands if not any(t in h or typed.get(t, t) in h or counted_here(t, h) or any(c in h for c in count_of(t))
                                             for h in held)  # (点数: 1,187点; 駅数: 駅の数)
                 and not user_glossed(typed.get(t, t), plan.norm, held)]  # (ネットワーク of 「…ネットワーク（パートナーシップ）」)
    if not cands:
        return []
    ev = set().union(*(chunk_tokens(snap, c) for c in top))  # the evidence's words, read once
    cands = [t for t in cands if not homophones(t, ev)]  # 誘因 typed for the evidence's 誘引
    cands = [t for t in cands if not dictated_as(t, plan.norm, ev, held)]  # 農業私財 dictated for the evidence's 農業資材
    # 修理代 of the evidence's 修繕 (and 修理, its stem, asked only as that money)
    suffixed = [t for t in cands if suffixed_stem_said(t, ev)]
    cands = [t for t in cands if t not in suffixed and not any(s.startswith(t) and len(s) <= len(t) + 2 for s in suffixed)]
    if not cands or embedder is None:
        return cands
    near = near_words(embedder, cands, ev)
    return [t for t in cands if not near.get(t) and not in_named_phrase(plan, t, embedder)]


def dictated_as(word: str, phrase: str, tokens: set[str], sheet: list[str]) -> set[str]:
    """The sheet's words read as ``word`` that dictation wrote it for: read alike, whichever kanji differ (私財 for 資材),
    kept only when the compound typed around it, with that word put back, is written so on the sheet (「リサイクル製品の
    農業私財」: the sheet's 農業資材; 「えーと仮説住宅の建設候補地」: 仮設住宅).  A word read alike alone (講演 for 公園) is
    too often another word to count."""
    run = next((m.group(0) for m in re.finditer(r"[一-龥ァ-ヶー]+", phrase) if word in m.group(0)), "")
    if len(run) <= len(word):
        return set()
    return {t for t in read_alike(word, tokens) if any(run.replace(word, t) in x for x in sheet)}


def _measure_unnamed(plan: QueryPlan, t: str) -> bool:
    """Whether ``t`` is a measure (視聴率) whose stem no linked name holds: 使用率 of 「ジェネリックの使用率」 is the linked
    後発医薬品使用割合 in the user's words, 視聴率 of 「県政番組の放送、視聴率は」 is a figure no sheet reports."""
    m = MEASURE_WORD.search(t)
    return bool(m) and not any(m.group(1) in nfkc(e.name) for e in plan.jigyo + plan.indicators + plan.details)


def _ascii_subject(t: str, text: str) -> bool:
    """An ASCII word written in capitals (ALT, EV, SSW) names a subject as a kanji word does; r6, ok, a unit (km) do not,
    nor an English word in lower case (「英語資料の「training transfer rate」に当たる割合」: a gloss of the sheet's own
    term, which Sudachi writes in katakana, トランスファー)."""
    return t.isalpha() and len(t) >= 2 and t.upper() in nfkc(text) and t not in ("ok", "ng", "pdf", "url")


# A name in Latin letters (PayPay, Zoom) is a thing of its own even alone: a sheet that never writes it (nor a word for it) says
# nothing of it, as with a phrase of two words.  (Not a katakana word: マイナス, ケース, ニーズ, セット are how a question is put
# as often as what it is about.)
_LOANWORD = re.compile(r"[a-z]{4,}")
_BY_KIND_PHRASE = re.compile(r"[一-龥ァ-ヶー]{1,6}(?:別|ごと)(?:の?(?:比率|割合|内訳|件数|人数|数|構成|シェア))?")


def _absent_phrases(snap, plan: QueryPlan, top: list[str], embedder=None) -> list[str]:
    """Noun phrases of the question (as typed) that the evidence never speaks of.

    A phrase is grounded when it occurs in a linked name or in the evidence sheets (:func:`.grounding.evidence_sheet`), or
    when all its topic words occur together in one of their chunks.  「スマート農業の研修の受講者数」 linked to ＤＸ人材育成
    講座の受講者数: 受講者数 is grounded, スマート農業 (another sheet's course) is not, nor given another subject's figures."""
    names = [nfkc(e.name) for e in plan.jigyo + plan.indicators + plan.details]
    versions, named = evidence_sheet(snap, plan, top)
    ev_ids = [c for v in versions for c in snap.by_version.get(v, [])]
    tokens = {c: chunk_tokens(snap, c) for c in ev_ids}  # each chunk's tokens, read once
    termed = termed_check(snap, embedder, named, whole := set().union(*tokens.values()))
    text_of = {c: nfkc(snap.chunks[c].text) for c in ev_ids}  # each chunk's text, normalised once
    sheet = list(text_of.values())  # (before narrowing: where the sheet glosses a name)
    if plan.indicators and (plan.intent == "trend" or (plan.intent == "lookup" and RATE_Q.search(plan.norm))):
        # Figures asked for: the subject must be the linked indicator's, not just on its sheet
        # (「スマート農業の研修の受講者数」 is not 「里親研修修了者の就農率」).
        # (「総合５か年計画上の達成目標…の推移」: the figures of section 5, the form's other table, which the question names)
        keys = {(e.jigyo_no, e.indicator) for e in plan.indicators}
        plan_table = bool(PLAN_TABLE_Q.search(plan.norm))
        ev_ids = [c for c in ev_ids if (snap.chunks[c].meta.get("section") in ("4", "8")
                  and (snap.chunks[c].meta.get("jigyo_no"), snap.chunks[c].meta.get("indicator")) in keys)
                  or (plan_table and snap.chunks[c].meta.get("section") == SEC_PLAN)] or ev_ids
    # The program's own named things (「ながのコンカツナビ」, quoted on its sheet) say whose figure, as
    # its name does: 「コンカツナビの新規登録数」 asks for the indicator of the system the sheet names.
    quoted = quoted_names(snap, versions)
    evidence = [text_of[c] for c in ev_ids]
    sheet_tokens = set().union(*(tokens[c] for c in ev_ids))
    # 現状・課題・方策 of a program the question names: its words describe a situation in that
    # program, told in the sheet's own words (冬期 for 冬場, 担い手 for なり手), not another subject.
    # (状況 alone, 「ドッグランの利用状況」, asks how a thing is doing: the thing must be on the sheet)
    situation = bool(plan.jigyo) and (plan.intent in ("issue", "plan") or bool(GENJO_Q.search(plan.norm.replace("状況", "")))) \
        and not FIGURE_ASKED_Q.search(plan.norm)
    described = _described(plan)
    doing = [c for v in versions for c in snap.by_version.get(v, []) if snap.chunks[c].meta.get("section") in DOING_SECTIONS]
    # 「ヘルプカードの配布数」 on the ヘルプマーク sheet, 「eスポーツの合宿」 on the スポーツ合宿 sheet
    glosses = sheet_glosses(sheet)
    kana = unwritten_kana_word(plan.norm, sheet, plan)
    out = [kana] if kana and not glossed(kana, sheet, plan) else []
    for ph in noun_phrases(plan.norm) + no_pairs(plan.norm):
        forms, asked = subject_forms(ph, plan)
        if forms is None:
            continue  # 「その年度・金額」: what is asked of the rows, no subject
        # 「いじめの件数」: one word with the figure asked of it (Sudachi's 件数 is an everyday word, no phrase)
        asked = asked or bool(len(forms) == 1 and re.search(re.escape(ph.text) + COUNTED_OF, plan.norm))
        text = re.sub(r"(?<=.{2})(?:さん|さま|様|ちゃん)(?:たち|達)?$", "", nfkc(ph.text))  # 「ヘルスメイトさん(たち)」: no word
        # 「…って教える授業のシートで」「ドローンのシート」: the sheet is the form itself, no subject; the word before it
        # names the program, so it is judged however short, by what the program is and does
        sheet_of = re.search(r"(?<=.{2})のシート$", text)
        if sheet_of:
            text, forms = text[:sheet_of.start()], [f for f in forms if f != "シート"] or forms
        elif text.startswith("シートの"):  # 「保安林のシートの成果指標」: the sheet's own part, no subject with it
            text, forms = text[4:], [f for f in forms if f != "シート"] or forms
        bare = text.replace("・", "")  # 犬猫 is 犬・猫
        inside = any(ph.text in d or (sheet_of and text in d) for d in described)  # grounded only by what the program is and does
        ids, texts = (doing, [text_of[c] for c in doing]) if inside else (ev_ids, evidence)
        if _BY_KIND_PHRASE.fullmatch(text):
            continue  # 「種類別の比率」: a breakdown asked, the sheet's list of it judged by ``unstated.part_unstated``
        core = re.sub(r"(?<=.{2})の?(?:実績値?|目標値?|数値|達成率)$", "", text)  # (「参加者満足度の実績値」: the form's column of it)
        if (len(forms) < 2 and not asked and not sheet_of and not any(map(termed, forms)) and not means_named(ph, plan)
                and not _LOANWORD.fullmatch(forms[0] if forms else "")) \
                or any(text in n or bare in n.replace("・", "") or core in n for n in names) \
                or any(text in e for e in texts):
            continue
        if ("の" in text and any(text.replace("の", "") in n for n in names + sheet)) or figure_of_linked(snap, plan, text, ev_ids) \
                or okurigana_variant(text, sheet):
            continue  # 防犯の講話 is the 細事業 防犯講話 (妊娠の届出 the sheet's 妊娠届出); 「ロケ本数の目標150本」: the linked indicator's own figure names it
        said = forms
        forms = [f for f in forms if not any(f in q for q in quoted)]
        if not forms:
            continue
        if mostly_named(forms, plan, embedder) or headed_by_indicator(forms, plan, whole) or mostly_named(said, plan):
            continue  # 認知症サポーター講座の参加者 for 認知症サポーター養成講座の受講者数; 「霜アラートの運営」 for 霜アラート運用事業 (the
            # sheet quotes 「霜アラート」: the phrase is judged whole, as typed, its other word by its kanji alone, 運営 for 運用)
        short = re.sub(r"(?:の)?(?:細事業|事業費?|シート)$", "", text)  # (「連携型ＢＣＰの細事業」: a linked 細事業's name)
        if any(abbreviates(short, n) for n in names[:len(plan.jigyo)]) or program_in_own_words(said, plan) \
                or (text.endswith("細事業") and any(short in n for n in names)):
            continue  # the user's short form of a linked 事業名 (若者就職のシート), or their words for it
        # (野焼き, glossed 「野外焼却（野焼き）」 once on the sheet, is what its other passages call 野外焼却)
        alts = {f: alternatives(f, plan, whole_word=termed(f)) | glosses.get(f, set()) for f in forms}
        unseen = [f for f in forms if not alts[f] & sheet_tokens and not any(f in e for e in evidence)]
        # the sheet's synonym in Sudachi's dictionary (空気 of the sheet's 一般環境大気): for the words to stand
        # together in one passage, not to make the phrase a situation of the program (ドローンの活用: 利用)
        sudachi = {f: sudachi_synonyms(f, sheet_tokens) for f in unseen}
        for f, close in near_words(embedder, unseen, sheet_tokens).items():
            alts[f] |= {c for c in close if not other_cost(f, c)}  # 冬場 counts where the sheet says 冬期
        for f in unseen:
            alts[f] |= homophones(f, sheet_tokens)  # 誘因物除去: the sheet's 誘引物除去, typed by a slip of the input method
            alts[f] |= dictated_as(f, text, sheet_tokens, sheet)  # 農業私財: the sheet's 農業資材, dictated
        if situation and not re.search(r"事業費?$", text) and not inside \
                and sum(bool(alts[f] & sheet_tokens) for f in forms) * 2 >= len(forms):
            continue  # a situation inside the program asked about (冬場の仕事がない問題, なり手不足)
        together = False
        for cid, body in zip(ids, texts):
            toks = tokens[cid] if cid in tokens else chunk_tokens(snap, cid)
            # a word of the phrase counts when the chunk has it, a synonym, or a longer word that contains it (部活
            # in 部活動), written with or without ・ (ヒヤリハット); the chunk's 事業名 and 部局 are its context (「喀痰吸引の
            # 新規認定」, 「林務のカラマツの販路の事業」: 林務部; not of a program described, 「会計局の適正化事業」, whose
            # owner owner_elsewhere judges)
            meta = snap.chunks[cid].meta
            own = nfkc(meta.get("jigyo_name", "") + ("" if re.search(r"事業費?$", text) else " " + meta.get("bukyoku", "")))
            toks, body = toks | token_set([own]), body.replace("・", "") + "\n" + body + "\n" + own
            if all((alts[f] | sudachi.get(f, set())) & toks or any(a in body for a in alts[f]) or counted_here(f, body) for f in forms):
                together = True
                break
        if not together and not glossed(text, sheet, plan) and not user_glossed(nfkc(ph.text), plan.norm, names + sheet):
            out.append(text if text != nfkc(ph.text) else ph.text)
    return out


def _described(plan: QueryPlan) -> list[str]:
    """The words before 「の事業」「の取組」 that describe the program asked about in the user's words (「児童養護施設の
    職員の処遇改善の事業」): its subject, to be what the answering program is and does, never a situation in it.  A
    description that shares a word with the linked 事業's name (「例の避難所の事業」) is the user's name for it."""
    own = token_set(e.name for e in plan.jigyo)
    return [m.group(1) for m in PROGRAM_NAMED_Q.finditer(plan.norm) if not set(tokenize(m.group(1))) & own]


def _said(plan: QueryPlan, e) -> bool:
    """Whether the question says (or shortens) the linked name itself: 「県道の除雪事業」 says nothing
    of 森林づくり担い手確保事業費, which only came from nearby words."""
    name = nfkc(e.name)
    m = SequenceMatcher(None, plan.norm, name, autojunk=False).find_longest_match(0, len(plan.norm), 0, len(name))
    if m.size >= 5 and "事業" not in name[m.b:m.b + m.size]:
        return True  # 「元気づくりの伴走支援」: five characters of the name, in kana and kanji no phrase holds
    return any(abbreviates(p.text, name) or nfkc(p.text) in name for p in noun_phrases(plan.norm) if len(p.text) >= 2)


# 「除草剤も使ってる？」「双子を産んだ人向けの支援」: a thing asked of the program besides what it does, or whom it is for
_ADDED = r"(?:も|にも|[^、。？?]{0,8}?向け)"


def _added(plan: QueryPlan, token: str) -> bool:
    """Whether the question asks whether the program also covers ``token`` (a word no sheet uses): a subject of its own."""
    return re.search(re.escape(_phrase_of(plan, token)) + _ADDED, plan.norm) is not None


def _phrase_of(plan: QueryPlan, token: str) -> str:
    """The noun phrase of the question that holds ``token`` (the user's own words)."""
    for ph in noun_phrases(plan.norm):
        if token in ph.forms:
            return ph.text
    return token


def _near_note(plan: QueryPlan) -> str:
    """「近い内容: …」 naming what the sheets do hold (names only, never their figures)."""
    near = [f"「{e.name}」" for e in (plan.indicators or plan.details or plan.jigyo)[:3]]
    return f"（近い内容: {'、'.join(near)}）" if near else ""


def refusal_reason(snap, plan: QueryPlan, hits, embedder=None) -> str | None:
    """One Japanese sentence when the sheets do not answer the question, else None."""
    if not snap.records:
        return "シートがまだ取り込まれていないため回答できません。`kaizen ingest` でPDFを取り込んでください。"
    gap = years_unreported(snap, plan, hits)
    if gap:
        return gap
    if plan.unknown_jigyo_no:
        return f"事業番号 {plan.unknown_jigyo_no} のシートは取り込まれていないため、お答えできません。"
    if plan.unknown_bukyoku and not plan.bukyoku:
        names = "・".join(f"「{n}」" for n in plan.unknown_bukyoku)
        return f"{names}のシートは取り込まれていないため、お答えできません。"
    # A 事業 named outright that matches nothing indexed, and nothing else linked surely (下水道事業 is
    # not 水道事業広域連携推進事業費, which only shares 水道).
    if plan.unknown_names and all(e.score < UNSURE_LINK or not _said(plan, e) for e in plan.jigyo + plan.details):
        names = "・".join(f"「{n}」" for n in plan.unknown_names)
        return f"{names}に当たる事業は取り込まれたシートにないため、お答えできません。"
    if plan.year_filter and not any(r.fiscal_year == plan.year_filter for r in snap.sheet_rows):
        return f"{year_label(plan.year_filter)}のシートは取り込まれていないため、お答えできません。"
    if not hits:
        return "該当する記載がシートに見つからないため、お答えできません。"
    vague = not plan.salient and not (plan.indicators or plan.jigyo or plan.details or plan.bukyoku)
    if vague and not (plan.jigyo_filter or plan.bukyoku_filter) and plan.intent != "cross" and len(
            {r.jigyo_no for r in snap.sheet_rows}) > 1:
        return "どの事業についての質問か特定できないため、お答えできません（事業名や指標名を添えて質問してください）。"
    top = [h.chunk_id for h in hits[:5]]
    linked = bool(plan.indicators or plan.jigyo or plan.details)
    cov = _coverage(  # a linked program: its whole sheet is the evidence (「パラスポーツの事業費」: in 7)
        snap, plan, top + (answer_ids(snap, plan, hits) if plan.jigyo else []), embedder)
    if cov < MIN_COVERAGE and not (linked and cov > 0):
        return "ご質問の内容はシートに記載が見つからないため、お答えできません。"
    unstated = attribute_unstated(snap, plan, hits, top, topic := topic_words(plan))
    if unstated:
        return unstated
    terms = absent_terms(snap, plan, top, embedder)
    # A lone word is how the question is put, not another subject, when the subject is linked outright
    # (「この上下の背景」「両方知りたい」「空欄なのはなぜ」), or when it describes the situation in the
    # 課題・方策 of a program the question names (「山の方って電波弱いけど、スマート農業は…どうする」:
    # the sheet says 通信環境).  A word inside a phrase (県立美術館の入館者数) is still judged, with the
    # phrase, below.
    # A why's guessed cause (「それとも単に景気？」) is no subject either: the sheet's reasons answer it.
    outright = any(e.score >= STRONG_LINK for e in plan.jigyo + plan.indicators + plan.details)
    if outright or (
            plan.intent in ("issue", "plan") and not FIGURE_ASKED_Q.search(plan.norm)
            and any(_said(plan, e) for e in plan.jigyo)) or (plan.intent == "why" and plan.indicators):
        terms = [t for t in terms if _phrase_of(plan, t) != t or t in place_forms(plan.norm) or proper_name(t) or _added(plan, t)
                 or _measure_unnamed(plan, t)]  # (「県政番組の放送、視聴率は」: a measure no sheet reports is the figure asked)
    absent = list(dict.fromkeys(_phrase_of(plan, t) for t in terms))
    absent += [p for p in _absent_phrases(snap, plan, top, embedder) if p not in absent]
    absent += [p for p in keywords_unwritten(snap, plan, hits, topic, embedder) if p not in absent]
    absent = [a for a in absent if not any(a != b and a in b for b in absent)  # the longest words only
              and not heard_through(a, plan.norm)  # (「ケーブルテレビで…やってた」: where the user heard it)
              and not corrected(a, plan.norm) and not sounds_like_name(a, plan)]  # (「どじょう汚染 あ 土壌汚染」, 奈良枯れ)
    # The asker's own doing told before the question (「うちの会で子どもたちの団をつくれないかと…。来年度、…後押しは」)
    # refuses nothing alone; beside a phrase of the question that is absent too it is said with it, and may tell the sheet
    # that writes it (「うちの町に農家民宿を始めたいという方がいます。個人向けの改修補助の上限は」: the 農泊 sheet).
    before, asides = told_before(plan.norm), aside_spans(plan.norm)  # (read once, not per phrase)
    if outright:
        asides += client_told_spans(plan.norm)  # (「顧問先の旅館が自社源泉のデータを気にしております。」 beside 温泉モニタリング)
    told = [a for a in absent if in_aside(a, plan.norm, before)]
    absent = [a for a in absent if not in_aside(a, plan.norm, asides)]  # (「高校生の息子のバス、…楽になったんですけど」: the asker's own life)
    if _WHOLE_PREFECTURE.search(plan.norm):  # (「うちの方（諏訪）は…、全県で」: the asker's own place, in passing)
        absent = [a for a in absent if not set(tokenize(a)) <= place_forms(plan.norm)]
    claims = claim_spans(plan.norm)
    if claims and (plan.indicators or any(_said(plan, e) for e in plan.jigyo)):  # (「『…走り屋の聖地として拡散されたせい』って話」:
        absent = [a for a in absent if not in_aside(a, plan.norm, claims)]  # a claim heard, for the sheet to confirm or not)
    if plan.indicators:  # 「畑の肥料のせい？」 of a why, 「そもそもニーズが少ないということなのでしょうか」 however asked: a cause
        guessed = f"(?:{_GUESSED}|{_SUPPOSED})" if plan.intent == "why" else _SUPPOSED  # guessed, for the sheet to check
        absent = [a for a in absent if not re.search(re.escape(a) + guessed, plan.norm)]
    # 「作業道づくり、…一番困ってること」: printed on the sheet of the 事業 it names, past the top hits
    absent = [a for a in absent if not named_sheet_says(snap, plan, a, [t for t in topic if len(t) >= 2])]
    absent += [a for a in told if a not in absent] if absent else []
    if absent:
        terms = "・".join(f"「{t}」" for t in absent)
        # a thing asked of a named program (not a program described: 「…の被災地支援の事業」)
        asked_of = [a for a in absent if plan.jigyo and not re.match(r"の?(?:事業|取組|取り組み)", plan.norm[plan.norm.find(a) + len(a):])]
        other = stated_elsewhere(snap, asked_of, {e.jigyo_no for e in plan.jigyo if _said(plan, e)})
        if other and other[1] in {e.name for e in plan.jigyo}:  # (on the sheet linked, away from any answer: no contradiction)
            return f"「{other[0]}」は{other[1]}のシートに記載がありますが、ご質問に答える記載は見つからないため、お答えできません。"
        if other:  # 「ポイント還元」 asked of スキー場, written on the プラスチック sheet: say where, nothing untrue
            return f"{terms}に関する記載はご質問の事業のシートにはないため、お答えできません（「{other[0]}」の記載があるのは{other[1]}のシートです）。"
        return f"{terms}{ABSENT_PHRASES}ため、お答えできません{_near_note(plan)}。"
    group = group_unstated(snap, plan, hits) or _place_unmentioned(snap, plan, hits) or _place_only_listed(snap, plan, hits) \
        or _owner_elsewhere(snap, plan, hits) \
        or thing_unstated(snap, plan, hits, embedder)
    if group:
        return group
    if plan.intent == "why":
        return why_unstated(snap, plan, hits)
    return amount_unstated(snap, plan, hits) or item_money_unstated(snap, plan, hits) or passing_money_unstated(snap, plan, hits) or names_unstated(snap, plan, hits) \
        or part_unstated(snap, plan, hits) \
        or count_unstated(snap, plan, hits) or measure_unstated(snap, plan, hits, embedder)


# The whole prefecture asked of, no place set beside it: 「うちの方（木曽）は…、県全体で目標に届かなかったのは」 names
# the asker's own place in passing (「県全体と比べて木曽は」 still asks of 木曽).
_WHOLE_PREFECTURE = re.compile(r"^(?!.*(?:比べ|比較|より|違い|差)).*(?:県全体|全県|県内全体|県全域)(?:で|の|として|では|は|を)")


def _place_unmentioned(snap, plan: QueryPlan, hits) -> str | None:
    """A place the question narrows to (「中国から来るスキー客」) that the sheet the answer comes from never
    names: its figures are not that place's.  Places of the linked names and the prefecture's own
    (県内, 長野) do not count."""
    places = place_forms(plan.norm) - token_set(e.name for e in plan.jigyo + plan.indicators + plan.details)
    # (「…目標に届かなかった理由は？佐久のNPOさんが関心持ってまして。」: the place of who relayed it, no narrowing; 「佐久に
    # 住んでます。…東信は関係ないんですか？」: where the asker lives, told before the question)
    relayed = told_spans(plan.norm)
    places = {p for p in places if not in_aside(p, plan.norm, relayed) and not lives_in(p, plan.norm)}
    if not places or not hits or _WHOLE_PREFECTURE.search(plan.norm):
        return None
    ids = answer_ids(snap, plan, hits)
    text = sheet_text(snap, ids)
    toks = set().union(*(chunk_tokens(snap, c) for c in ids)) if ids else set()
    missing = [p for p in sorted(places, key=lambda p: (plan.norm.find(p), p))  # (in the question's order, every run)
               if not any(a in toks or a in text for a in (p, *REGION_NOUNS.get(p, ())))
               and not sounds_like_name(_phrase_of(plan, p), plan)  # (奈良枯れ: ナラ枯れ said, no place named)
               # (「…何があったんですか？東京からでも受けやすくなったとか？」: a cause guessed, for the reasons to check)
               and not (plan.intent == "why" and re.search(re.escape(p) + _GUESSED_CLAUSE, plan.norm))]
    if not missing:
        return None
    names = "・".join(f"「{_phrase_of(plan, p)}」" for p in missing)
    return f"{names}についての記載はシートにないため、お答えできません。"


# A place narrowing the figure asked (「松本市内の花火はいくつ」「飯田市だけだと何人」), not a total (全部で, 合計).
_PLACE_FIGURE = r"(?:市内|町内|村内|管内|地域|だけ|のみ|限定)?(?:の|で|では|だと|に)?[^。？?、,]{0,12}?(?:何(?:件|人|名|回|台|か所|箇所|校|社|団体|発|%|％)|いくつ|いくら|どれ(?:くらい|ぐらい|だけ))"


def _place_only_listed(snap, plan: QueryPlan, hits) -> str | None:
    """A figure asked of one place (「花火の許可217件のうち、松本市内の花火はいくつ」) when the answering sheet names that
    place only in a list with others (「長野市・松本市・飯田市で計９回」「松本駅、長野駅、上田駅など12駅」): the sheet's figure is
    the list's together, never that place's alone."""
    if plan.intent in ("why", "plan", "issue") or re.search(r"全部で|合計|合わせて|全体で|トータル", plan.norm):
        return None
    places = [p for p in place_forms(plan.norm) if re.search(re.escape(p) + _PLACE_FIGURE, plan.norm)]
    places = [p for p in places if not in_aside(p, plan.norm, told_spans(plan.norm))]
    if len(places) != 1 or not hits:  # (「東京や名古屋の出張講習会」: the places the sheet lists together, asked together)
        return None
    text = sheet_text(snap, answer_ids(snap, plan, hits))
    listed = [p for p in places if p in text and all(_in_list(text, m.start(), m.end()) for m in re.finditer(re.escape(p), text))]
    if not listed:
        return None
    names = "・".join(f"「{p}」" for p in listed)
    return f"シートには{names}だけの数値の記載がないため、お答えできません（{names}は他の地域と合わせた記載のみです）。"


def _in_list(text: str, a: int, b: int) -> bool:
    """Whether the name at text[a:b] stands in a list of names (「長野市・松本市・飯田市」「松本駅、長野駅、上田駅など」)."""
    return bool(re.match(r"[・、，,]|など|等", text[b:b + 2]) or re.search(r"[・、，,]$", text[max(0, a - 1):a]) and not re.search(r"[はがで]、$", text[max(0, a - 2):a]))


_OWNS = r"(?:の|として|では)"  # 「警察の…」「会計局として何か考えてる？」


def owner_elsewhere(snap, plan: QueryPlan, hits) -> str | None:
    """The 部局 named as the owner of what is asked (「警察の通訳人確保の事業」: 警察 = 警察本部) when the sheet the answer
    would come from is another 部局's (手話通訳, 健康福祉部), else None.  A 事業 named outright decides instead, and a
    部局 named as a partner (「警察と連携した…」) owns nothing."""
    found = _owner_and_row(snap, plan, hits)
    return found[0] if found else None


def _owner_and_row(snap, plan: QueryPlan, hits):
    """(the owner 部局, the answer's sheet row of another 部局) or None (see :func:`owner_elsewhere`)."""
    owners = [b for b in plan.bukyoku if any(re.search(re.escape(f) + _OWNS, plan.norm) for f in bukyoku_forms(b))]
    if not owners or "cross" in plan.intents or any(e.score >= NAMED_LINK for e in plan.jigyo) or not hits \
            or plan.bukyoku_filter:
        return None
    version = answer_version(snap, plan, hits)
    row = next((r for r in snap.sheet_rows if r.version == version), None)
    return (owners[0], row) if row is not None and row.bukyoku and row.bukyoku not in owners else None


def _owner_elsewhere(snap, plan: QueryPlan, hits) -> str | None:
    """What the owner's own sheets do not say (see :func:`owner_elsewhere`; the pipeline first looks among them)."""
    found = _owner_and_row(snap, plan, hits)
    if found is None:
        return None
    owner, row = found
    at = max((m.end() for f in bukyoku_forms(owner) for m in re.finditer(re.escape(f) + _OWNS, plan.norm)), default=0)
    asked = next((p.text for p in noun_phrases(plan.norm) if plan.norm.find(p.text, at) >= at), "")
    what = f"「{asked}」の" if asked else "ご質問の内容の"
    return f"{owner}のシートに{what}記載はないため、お答えできません（近い内容は{row.bukyoku}の「{row.jigyo_name}」にあります）。"

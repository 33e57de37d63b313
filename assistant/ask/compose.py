"""Composition: the sections that answer (sections by meaning) and the extractive answer text.

Every sentence is built from one cited chunk and ends with its marker; figures are
copied from the quote.  The direct answer comes first; related material follows
under 「関連:」 only when it may add to the question.
"""

from __future__ import annotations

import re

from ingest.form import nfkc

from ..text.vocabulary import (COUNT_ASKED_Q, FIGURE_ASKED_Q, CONFIRM_Q, NOT_YET_Q, CHANGE_Q, DEFINE_Q, DETAIL_Q, FIGURE_Q, GENJO_Q, MONEY_CHANGE_Q, MULTI_PART_Q, PARTICULAR_Q,
                               EVERY_DETAIL_Q, NAMED_SECTIONS, PERFORMANCE_Q, REASON_Q, RESULT_Q, SECTIONS_BY_INTENT, TWO_WAY_CHANGE_Q,
                               BY_KIND_Q, WHICH_MOST_Q, WHY_SET_Q)
from ..text.terms import BY_PART_Q, MOVED_Q, NOT_HAPPENING_Q, ORIGIN_Q, UNIT_PRICE_Q
from ..types import Citation, QueryPlan
from .cost_lines import cost_sentences
from .movement import moved_as_told
from .pairs import paired_section
from .twins import twin_chunks
from .money_reason import money_moved_q, money_reason_chunk
from .evidence import (Cites, answer_version, average_passage, breakdown_passage, dated_passage, when_subject, chunk_for, count_in_prose, figure_in_prose, figures_line, pick_lines, sheet_of, passage_that_says_it, quoted_back, prose_over_indicator, strip_bullet, topic_tokens)


# Lines quoted from a section that answers: whole bullets, never cut; the most relevant
# first when a section has more (the UI folds long answers).
LINES_PER_SECTION = 6


def _compose_chunk(snap, cid: str, n: int, plan: QueryPlan, topic: set[str], lead: bool, several: bool = False) -> list[str]:
    """Sentences (each ending in [n]) that report what chunk ``cid`` says about the question (``several``: the
    answer tells more than one program's, so each 要因分析 says whose)."""
    c = snap.chunks[cid]
    m = c.meta
    sec = m.get("section")
    q = c.quote
    mark = f"[{n}]"
    name = m.get("jigyo_name", "")
    out: list[str] = []
    if sec == "4":
        ind_name, figs = figures_line(q)
        out.append(f"「{ind_name}」（{name}）の実績は {figs} です{mark}。")
        if "目標値設定理由" in q and (
                (plan.intent == "lookup" and REASON_Q.search(plan.norm))
                or WHY_SET_Q.search(plan.norm)
                or (plan.intent != "why" and re.search(r"計画|最終|目指", plan.norm))):
            reason = q.split("目標値設定理由：", 1)[-1]
            out.append(f"目標値の設定理由は「{reason}」とされています{mark}。")
    elif sec == "8":
        # The whole analysis, always: a reason of several causes, or of a fall and then a
        # recovery, loses its meaning when cut (the UI may fold a long quote).
        ind = m.get("indicator_name", "")
        body = "".join(p.strip() for p in q.split("\n") if p.strip())
        whose = f"（{name}）" if several else ""
        out.append(f"「{ind}」{whose}の要因分析には「{body}」と記載されています{mark}。")
    elif sec in ("9-1", "9-2"):
        lines = [strip_bullet(s) for s in q.split("\n") if s.strip()]
        chosen = pick_lines(lines, topic, LINES_PER_SECTION)
        label = "課題" if sec == "9-1" else "今後の改善の方策"
        out.append(f"{name}の{label}として、次が挙げられています{mark}。")
        out += [f"・{s}{mark}" for s in chosen]
    elif sec == "6":
        out += cost_sentences(sheet_of(snap, cid).get("cost", []), plan, name, mark)
    elif sec == "detail":
        lines = q.split("\n")
        head = lines[0]
        items = lines[1:]
        out.append(f"{head}{mark}。" if not head.endswith("。") else f"{head}{mark}")
        for it in pick_lines(items, topic, LINES_PER_SECTION, always=2):
            out.append(f"・{it}{mark}")
    elif sec in ("7", "3"):
        lines = [ln for ln in q.split("\n") if ln.strip()]
        body = [ln for ln in lines if ln.startswith("・")] or lines
        chosen = pick_lines(body, topic, LINES_PER_SECTION)
        label = "主な取組実績と成果" if sec == "7" else "事業目的を達成するための取組"
        out.append(f"{name}の{label}には、次の記載があります{mark}。")
        out += [f"・{strip_bullet(s)}{mark}" for s in chosen]
    else:
        lines = [strip_bullet(s) for s in q.split("\n") if s.strip()]
        chosen = pick_lines(lines, topic, LINES_PER_SECTION)
        title = m.get("section_title", "")
        out.append(f"{name}の「{title}」には、次の記載があります{mark}。")
        out += [f"・{s}{mark}" for s in chosen]
    return out


def _wanted(plan: QueryPlan) -> list[str]:
    """The sections that answer the question, in the order they are told."""
    q = plan.norm
    strong_ind = plan.strong_indicators()
    if "現状" in q and plan.intent in ("lookup", "issue", "trend", "activity"):
        return ["1", "9-1"] if re.search(r"課題|問題", q) else ["1"]  # the form's own name for section 1
    # 「R5に待ちが延びちゃった背景」「目標にちょっと足りなかった」: why a figure moved, not the program's 現状
    moved = plan.intent == "why" and (RESULT_Q.search(q) or MOVED_Q.search(q))
    if plan.intent == "why" and NOT_HAPPENING_Q.search(q) and not strong_ind:
        return ["9-1", "1"]  # 「堆肥ってなんで使われないんだろう」: what holds it back is a 課題
    origin = ORIGIN_Q.search(q) and not WHY_SET_Q.search(q) and not RESULT_Q.search(q) and not MOVED_Q.search(q)
    if plan.intent == "issue" or (plan.intent in ("lookup", "why") and GENJO_Q.search(q) and (not strong_ind or origin)
                                   and not MONEY_CHANGE_Q.search(q) and not moved):
        # 現状・背景・問題 are told in 1 現状と課題; 課題 for next year in 9-1 (cite both when both fit).
        if GENJO_Q.search(q):  # 「なかなか進まない背景」: the 現状 and the 課題 that says what holds it back
            return ["1", "9-1"] if re.search(r"課題|問題|進まない|進んでいない|進んでない|遅れ|伸び悩", q) else ["1"]
        return ["9-1"]
    wanted = list(SECTIONS_BY_INTENT.get(plan.intent, ()))
    if MULTI_PART_Q.search(q):  # 「課題は？それに対してどうする？」: each part's section
        for intent in plan.intents[1:]:
            wanted += [s for s in SECTIONS_BY_INTENT.get(intent, ()) if s not in wanted]
    strong_detail = any(d.score >= 0.8 for d in plan.details)
    if (plan.intent == "cost" or (plan.intent == "trend" and "細事業" in q and not plan.strong_indicators())) and strong_detail \
            and not re.search(r"事業費|総額|全体|職員|人員|何人|補正|削ら|減額|増額", q):
        wanted = ["detail"]  # 「ＮＰＯ夢バンクにはいくら貸し付けている？」「…の細事業、増えてない？」: its own row
    elif plan.intent == "cost" and (DETAIL_Q.search(q) or plan.details):
        wanted.append("detail")
    if plan.intent in ("activity", "lookup") and plan.indicators and plan.indicators[0].score >= 0.7 \
            and FIGURE_Q.search(q) and not DETAIL_Q.search(q):
        wanted = ["4"]  # 「…の割合、R6の実績は？」 is the indicator's figure, not the 取組実績
    if PERFORMANCE_Q.search(q) and not strong_ind and plan.intent in ("trend", "lookup", "activity", "cost"):
        # 「結局うまくいってるの？」: every indicator against its target (and the money, if asked)
        return ["6", "4*"] if plan.intent == "cost" else ["4*"]
    if EVERY_DETAIL_Q.search(q):
        # 「細事業ごとの決算額」: every 細事業 row; a 内訳 is of a whole, told first (the cost table's 決算額)
        return ["6", "detail*"] if "内訳" in q else ["detail*"]
    if plan.intent == "why" and money_moved_q(plan) and not strong_ind:
        # why the money moved: the cost table (or the 細事業's own row) and the 取組実績 that tell it
        wanted = ["detail", "money"] if any(d.score >= 0.8 for d in plan.details) else ["6", "money"]
    elif WHY_SET_Q.search(q) and plan.indicators and plan.intent in ("why", "activity", "lookup"):
        wanted = ["4"]  # why the target is what it is: 目標値設定理由 (「あと実績は？」: its figures, in 4 too)
    elif plan.intent == "why" or (plan.intent == "trend" and CHANGE_Q.search(q) and re.search(r"なぜ|理由|原因|要因", q)):
        wanted = ["8", "4"]
    elif plan.intent == "trend" and "4" in wanted and "8" not in wanted \
            and (TWO_WAY_CHANGE_Q.search(q) or CHANGE_Q.search(q) or re.search(r"差|届", q)):
        wanted.insert(wanted.index("4") + 1, "8")  # how much it changed, and why, year by year
    if plan.intent != "why":
        for pat, sec in NAMED_SECTIONS:  # a word that names a part of the form comes first
            if pat.search(q) and sec not in wanted:
                wanted.insert(0, sec)
    return wanted


def _told_first(snap, plan: QueryPlan, primary: list[str], ids: list[str], top_v) -> list[str]:
    """Put first the chunk that states what was asked, when the section order alone would not: a prose sentence
    over a loosely linked indicator, a count in another unit than the indicator's, a figure told only in the
    要因分析, a statement to confirm, a figure not out yet (「―」), or the definition of a term."""
    set_why = bool(plan.indicators and WHY_SET_Q.search(plan.norm))  # how the target was set: its 4, no prose
    if plan.intent in ("trend", "lookup", "issue", "activity") and primary and not set_why \
            and snap.chunks[primary[0]].meta.get("section") in ("4", "8"):
        genjo = prose_over_indicator(snap, plan, top_v, snap.chunks[primary[0]].meta.get("indicator_name", "")) \
            or count_in_prose(snap, plan, top_v)
        if genjo:
            primary = _first([genjo], primary)
    if plan.intent in ("lookup", "activity") and not plan.strong_indicators() and not set_why \
            and (COUNT_ASKED_Q.search(plan.norm) or FIGURE_ASKED_Q.search(plan.norm)):
        told = figure_in_prose(snap, plan, top_v, primary[0] if primary else None)
        if told:
            primary = _first([told], primary)
    by_kind = BY_KIND_Q.search(plan.norm) or BY_PART_Q.search(plan.norm) or WHICH_MOST_Q.search(plan.norm)
    listed = breakdown_passage(snap, top_v, by_kind.group("kind")) if by_kind else None
    if listed:  # 「どんな内容が多い」「地域ごとに見ると」: the passage that counts by kind
        primary = _first([listed], primary)
    priced = average_passage(snap, plan, top_v) if "平均" in plan.norm and UNIT_PRICE_Q.search(plan.norm) else None
    if priced:  # 「１件当たり平均いくら」: the sentence that prints the average
        primary = _first([priced], primary)
    subject = when_subject(plan)
    dated = dated_passage(snap, top_v, subject) if subject else None
    if dated:  # 「街頭キャンペーンって何月ごろ」: the sentence that dates it
        primary = _first([dated], primary)
    elif (primary and CONFIRM_Q.search(plan.norm)) or ((primary or ids) and plan.intent in ("lookup", "activity")
                                                        and PARTICULAR_Q.search(plan.norm)):
        said = passage_that_says_it(snap, plan, top_v, (primary or ids)[0])
        if said:
            primary = _first([said], primary)
    if NOT_YET_Q.search(plan.norm) and not plan.strong_indicators():
        pairs = _pending_indicator_chunks(snap, top_v)
        # 「空欄なのはどうして」: the reason (8) first; otherwise the figure (4) first
        pending = [c for four, eight in pairs for c in ((eight, four) if plan.intent == "why" else (four, eight)) if c]
        if pending:  # 「あの数字ってまだ出てないんだっけ？」: the indicator shown as ― and why (its 8)
            primary = _first(pending, primary)
    defined = None if set_why else _defining_chunk(snap, plan, ids, top_v)  # 「目標ってどういう考え方」 defines no term
    if defined:
        primary = _first([defined], primary)
    back = quoted_back(snap, plan, top_v)
    if back:  # 「「予察の精度が下がっている」って書いてあるけど、なんで」: the passage it quotes
        primary = _first([back], primary)
    return primary


def _first(chunks: list[str], primary: list[str]) -> list[str]:
    """``chunks`` ahead of the rest of ``primary`` (each chunk once)."""
    return chunks + [c for c in primary if c not in chunks]


def select(snap, plan: QueryPlan, hits, k: int) -> tuple[list[str], list[str]]:
    """(chunks that answer, related chunks): the wanted sections of the best sheet.

    For why/trend the linked indicator's 8 and 4; otherwise the sections of
    :func:`_wanted` from the sheet of the best hit.  The best hit itself follows as
    related material when it is not among them (the rankings may know better).
    """
    ids = [h.chunk_id for h in hits]
    if not ids:
        return [], []
    top_v = answer_version(snap, plan, hits)
    primary: list[str] = []
    wanted = _wanted(plan)
    if "4*" in wanted and "sentence" in hits[0].why and snap.chunks[ids[0]].meta.get("section") not in ("4", "8"):
        wanted = [snap.chunks[ids[0]].meta.get("section")]  # 「クラファンっぽいの、うまくいった？」: that 取組, not the program
    ind_top = next((snap.chunks[c].meta for c in ids[:3] if snap.chunks[c].meta.get("section") in ("4", "8")
                    and snap.chunks[c].meta.get("indicator")), None)
    told = moved_as_told(snap, plan) if ind_top else None
    if told and (ind_top.get("jigyo_no"), ind_top.get("indicator")) != told:
        cid = chunk_for(snap, ind_top.get("version"), "4", told[1])
        ind_top = snap.chunks[cid].meta if cid and ind_top.get("jigyo_no") == told[0] else ind_top
    if plan.intent in ("why", "trend", "lookup") and ind_top and (plan.indicators or plan.intent != "lookup") \
            and wanted[:1] != ["1"]:  # 現状 asked for: section 1 first
        v, ind = ind_top.get("version"), ind_top.get("indicator")
        for sec in (wanted if plan.intent != "lookup" else ["4"]):
            if sec in ("4", "8"):
                cid = chunk_for(snap, v, sec, ind)
                if cid and cid not in primary:
                    primary.append(cid)
        top_v = v
    for sec in wanted:
        if sec == "money":  # where the sheet says why its money moved (7, 9-1 …)
            cid = money_reason_chunk(snap, top_v, plan.norm) or chunk_for(snap, top_v, "7")
            if cid and cid not in primary:
                primary.append(cid)
            continue
        if sec.endswith("*"):  # every indicator (4*) or every 細事業 (detail*) of the sheet
            primary += [c for c in snap.by_version.get(top_v, []) if snap.chunks[c].meta.get("section") == sec[:-1]]
            continue
        if sec in ("4", "8") and primary:
            continue
        best = next((cid for cid in ids if snap.chunks[cid].meta.get("section") == sec
                     and snap.chunks[cid].meta.get("version") == top_v), None)
        best = best or chunk_for(snap, top_v, sec)
        if best and best not in primary:
            primary.append(best)
    primary = _told_first(snap, plan, primary, ids, top_v)
    quoted = _quoted_passage(snap, plan, hits)
    if quoted and quoted not in primary:
        primary = [quoted] + primary[:1]  # 「271駅のうち182駅…10年前と比べて」: the passage that prints them, first
    if not primary:
        primary = [ids[0]]
    # 「R5とR6でどう変わった」: the same sections of the other years' sheets of that 事業.
    if len(plan.years) >= 2:
        no = snap.chunks[primary[0]].meta.get("jigyo_no")
        for r in snap.versions_of(no):
            v = r.version
            if v != top_v and r.fiscal_year in plan.years:
                for cid in list(primary):
                    m = snap.chunks[cid].meta
                    other = chunk_for(snap, v, m.get("section"), m.get("indicator") or 0)
                    if other and other not in primary:
                        primary.append(other)
    # A figure not yet measured (「―」): its 要因分析 says why.
    for cid in list(primary):
        m = snap.chunks[cid].meta
        if m.get("section") == "4" and "―" in figures_line(snap.chunks[cid].quote)[1]:
            why = chunk_for(snap, m.get("version"), "8", m.get("indicator") or 0)
            if why and why not in primary:
                primary.append(why)
    twins = twin_chunks(snap, plan, primary)
    if twins:  # the same figure on another program's sheet, no program named: both are told
        return primary + twins, []
    # Related material is the answer's own sheet's: another sheet's chunk never added evidence on the
    # dev sets (hit@3 and evidence unchanged without it) and lowered citation precision.
    v = snap.chunks[primary[0]].meta.get("version")
    related = [c for c in ids[:2] if c not in primary and snap.chunks[c].meta.get("version") == v]
    # With two or more answering chunks a third one (same sheet) did not add evidence either.
    if len(primary) == 1:
        paired = paired_section(snap, plan, primary[0])
        return primary, ([paired] if paired else related[:1])
    return primary, []


def _quoted_passage(snap, plan: QueryPlan, hits) -> str | None:
    """The best hit, when it is the passage printing most of the figures the question quotes with their counters
    (``query.figure_sentences``) and no indicator is named: the question is about what that passage says."""
    if hits[0].figures < 0.5 or plan.strong_indicators():
        return None
    return hits[0].chunk_id


_EXPLAINS = ("2", "3", "1", "7", "detail", "9-1", "9-2", "8", "4")


def _pending_indicator_chunks(snap, version) -> list[tuple[str, str | None]]:
    """(4, 8) of each indicator of ``version`` whose latest figure is not out yet (―)."""
    out: list[tuple[str, str | None]] = []
    for cid in snap.by_version.get(version, []):
        m = snap.chunks[cid].meta
        if m.get("section") == "4" and "―" in figures_line(snap.chunks[cid].quote)[1].rsplit("→", 1)[-1]:
            out.append((cid, chunk_for(snap, version, "8", m.get("indicator") or 0)))
    return out


def _defining_chunk(snap, plan: QueryPlan, ids: list[str], top_v) -> str | None:
    """「ゲートキーパーって何する人？」: the chunk that uses the term itself (best ranked, else on
    the answer's sheet, else anywhere); a number as a term is no count (188 is not 188人)."""
    m = DEFINE_Q.search(plan.norm)
    if not m or plan.intent != "lookup":
        return None
    term = re.sub(r"^(?:その|あの|この|例の)", "", nfkc(m.group("term")))
    if len(term) < 2:
        return None
    uses = re.compile(re.escape(term) + (r"(?![\d,.]|\s*(?:人|件|円|千円|名|回|%|％|社|か所))" if term.isdigit() else ""))
    for pool in (ids, snap.by_version.get(top_v, []), None):
        if pool is None:  # anywhere: every chunk streamed in read-side order, not read one by one
            found = [c.id for c in snap.chunks.values() if uses.search(nfkc(c.text))]
        else:
            found = [c for c in pool if c in snap.chunks and uses.search(nfkc(snap.chunks[c].text))]
        if found:  # prose that explains comes before a table that only names it
            return min(found, key=lambda c: _EXPLAINS.index(snap.chunks[c].meta.get("section"))
                       if snap.chunks[c].meta.get("section") in _EXPLAINS else len(_EXPLAINS))
    return None


def compose(snap, plan: QueryPlan, primary: list[str], related: list[str]) -> tuple[str, list[Citation]]:
    """The direct answer from ``primary`` first; ``related`` follows under a 関連 heading."""
    cites = Cites(snap)
    topic = topic_tokens(plan)
    lines: list[str] = []
    several = len({snap.chunks[c].meta.get("jigyo_no") for c in primary}) > 1
    for i, cid in enumerate(primary):
        lines += _compose_chunk(snap, cid, cites.n(cid), plan, topic, lead=(i == 0), several=several)
    same_sheet = {snap.chunks[c].meta.get("version") for c in primary}
    near = [c for c in related if snap.chunks[c].meta.get("version") in same_sheet]
    far = [c for c in related if c not in near]
    if near:  # more of the same sheet: told in full, under its heading
        lines.append("関連:")
        for cid in near:
            lines += _compose_chunk(snap, cid, cites.n(cid), plan, topic, lead=False)
    if far:  # another sheet: named only
        refs = []
        for cid in far:
            m = snap.chunks[cid].meta
            what = m.get("indicator_name") or m.get("section_title", "")
            refs.append(f"{m.get('jigyo_name', '')}の「{what}」[{cites.n(cid)}]")
        lines.append("関連: " + "、".join(refs))
    return "\n".join(lines), cites.items



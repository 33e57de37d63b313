"""The offline draft, composed deterministically from what a sheet says.

Every unmet (or declining) indicator gets a bullet aimed at the cause its 要因分析 names,
with the indicator's figure and target; every 課題 is covered; the same 事業's earlier
sheet (when indexed) tells whether last year's measures appear in this year's 実績 and
how the figure moved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.form import (
    SEC_ANALYSIS,
    SEC_INDICATORS,
    SEC_ISSUES,
    SEC_MEASURES,
    SEC_RESULTS,
    normalize_jigyo_no,
    parse_year,
)

from .llm import llm_draft
from .model import KIND_CONTINUE, KIND_NEW, KIND_OPEN, NOTE, Bullet, Draft, DraftError  # noqa: F401
from .phrases import (
    _MARKS,
    _body,
    _drop_frame,
    _join,
    _nfkc,
    _overlap,
    _reiwa,
    _short,
    _similar,
    _strip_lead,
    _terms,
    _v,
    _vague,
    find_cause,
    forward_phrase,
    measure_phrase,
)
from .sources import Sources as _Sources
from .sources import add as _add
from .sources import public as _public  # noqa: F401


# --------------------------------------------------------------------------- composition
@dataclass
class _Ind:
    no: int
    name: str
    unit: str
    r5: str
    r6: str
    target: str
    status: str
    trend: str
    analysis: str  # the section-8 chunk text (as printed) or the joined paragraphs
    terms: set[str]


def _indicators(rec: dict, src: _Sources) -> list[_Ind]:
    out = []
    for ind in rec["sheet"].get("indicators", []):
        c8 = src.chunk(rec["version"], SEC_ANALYSIS, ind["no"])
        analysis = c8.quote if c8 is not None else "\n".join(ind.get("analysis") or [])
        out.append(_Ind(ind["no"], ind["name"], ind.get("unit", ""), ind.get("r5", ""), ind.get("r6", ""),
                        ind.get("r6_target", ""), ind.get("status", ""), ind.get("r6_trend", ""), analysis,
                        _terms(ind["name"]) | _terms(analysis)))
    return out


def _previous(svc, rec: dict) -> dict | None:
    fy = rec["fiscal_year"]
    no = rec["sheet"]["jigyo_no"]
    snap = svc.snapshot()
    earlier = [r for r in snap.versions_of(no) if r.fiscal_year and fy and r.fiscal_year < fy]
    return snap.records[max(earlier, key=lambda r: r.fiscal_year).version] if earlier else None


def _s7_items(rec: dict) -> list[str]:
    return [it for g in rec["sheet"].get("s7", []) for it in g.get("items", [])]


@dataclass
class _Sheet:
    """What composing reads of one sheet version (its sources numbered in ``src``)."""

    src: _Sources
    version: str
    y6: str  # 「R6」: this sheet's year
    y5: str  # the year before
    issues: list[str]  # 課題 (non-empty)
    measures: list[str]  # this year's 方策 (non-empty)
    s7: list[str]  # 実績 items
    issue_terms: list[set[str]]


def compose(svc, rec: dict) -> Draft:
    """The offline draft for one sheet record.

    One bullet per unmet (or declining) indicator, aimed at the cause its 要因分析 names;
    one per remaining 課題; bullets that repeat this year's 方策 are flagged 継続; the
    earlier year's sheet, when indexed, adds what became of last year's measures. The
    order of the steps is the order in which sources are numbered."""
    src = _Sources(svc.snapshot())
    version = rec["version"]
    src.load(version)
    sheet = rec["sheet"]
    fy = rec["fiscal_year"]
    prev = _previous(svc, rec)
    if prev is not None:
        src.load(prev["version"])
    issues = [x for x in sheet.get("s9_issues", []) if _body(x)]
    ctx = _Sheet(src, version, _reiwa(fy), _reiwa(fy - 1) if fy else "", issues,
                 [x for x in sheet.get("s9_measures", []) if _body(x)], _s7_items(rec), [_terms(x) for x in issues])
    inds = _indicators(rec, src)
    focus = [i for i in inds if i.status == "未達成" or (i.trend == "↘" and i.status != "―")]
    issue_of, taken = _pair_issues(focus, ctx.issue_terms)
    bullets = [_indicator_bullet(ctx, ind, issue_of.get(ind.no)) for ind in focus]
    bullets += [_issue_bullet(ctx, qi, line) for qi, line in enumerate(issues) if qi not in taken]
    _flag_continued(ctx, bullets)
    if prev is not None:
        _compare_previous(prev, rec, bullets, src)
    for b in bullets:
        b.citations = [_public(c) for c in sorted(b.citations, key=lambda c: c["n"])]
        b.rationale = b.rationale.replace("\n", "")
    d = Draft(sheet["jigyo_no"], sheet["jigyo_name"], fy, bullets, year_label=sheet.get("year_label", ""),
              previous_year=prev["fiscal_year"] if prev else None)
    d.source_index = src  # for LLM mode: the numbered sources
    d.record, d.previous = rec, prev
    return d


def _pair_issues(focus: list[_Ind], issue_terms: list[set[str]]) -> tuple[dict[int, int], set[int]]:
    """Each 課題 goes with the indicator it is about (if any); the rest stand alone.
    Returns indicator no -> 課題 index, and the paired 課題 indexes."""
    issue_of: dict[int, int] = {}
    taken: set[int] = set()
    pairs = []
    for qi, t in enumerate(issue_terms):
        for ind in focus:
            score = _overlap(t, _terms(ind.name)) * 2 + _overlap(t, ind.terms)
            pairs.append((score, qi, ind.no))
    for score, qi, no in sorted(pairs, reverse=True):
        if score < 0.6 or qi in taken or no in issue_of:
            continue
        issue_of[no] = qi
        taken.add(qi)
    return issue_of, taken


def _indicator_bullet(ctx: _Sheet, ind: _Ind, qi: int | None) -> Bullet:
    """The measure for one unmet or declining indicator (``qi``: its 課題, if paired)."""
    src, version = ctx.src, ctx.version
    cites: list[dict] = []
    c4 = src.chunk(version, SEC_INDICATORS, ind.no)
    _add(cites, src.cite(version, SEC_INDICATORS, ind.no, c4.quote.split("\n")[0] if c4 else None))
    cause = find_cause(ind.analysis)
    fwd = forward_phrase(ind.analysis)
    if cause:
        _add(cites, src.cite(version, SEC_ANALYSIS, ind.no, cause[0]))
    if fwd:
        _add(cites, src.cite(version, SEC_ANALYSIS, ind.no, fwd[0]))
    if not cause and not fwd:
        _add(cites, src.cite(version, SEC_ANALYSIS, ind.no))
    actions, kind = _indicator_actions(ctx, ind, qi, fwd, cites)
    unmet = ind.status == "未達成"
    goal = "回復" if ind.trend == "↘" and unmet else ("目標達成" if unmet else "水準の回復")
    head = f"{ind.name}（{ctx.y6} {_v(ind.r6, ind.unit)}、目標{_v(ind.target, ind.unit)}）"
    cause_txt = ""
    if cause:
        c = cause[1]
        if len(c) > 50:
            c = re.split(r"ことから|、", c)[-1]
        cause_txt = f"{c}ことを踏まえ、"
    action = _join(actions[:2])
    if len(action) > 100:
        action = actions[0]
    action = action or "要因分析で挙げた要因を解消するための具体的な取組を検討する"
    if unmet:
        text = f"・{head}の{goal}に向け、{cause_txt}{action}。"
    else:
        text = f"・{head}は目標を達成したものの前年度から低下したため、{cause_txt}{action}。"
    trend_txt = f"{ctx.y5} {_v(ind.r5, ind.unit)}→{ctx.y6} {_v(ind.r6, ind.unit)}"
    mark = _MARKS[ind.no - 1] if 0 < ind.no <= len(_MARKS) else str(ind.no)
    rationale = f"指標{mark}は{trend_txt}（目標{_v(ind.target, ind.unit)}）で{'未達成' if unmet else '前年度から低下'}。"
    if cause:
        rationale += f"要因分析では「{_short(_strip_lead(cause[0]), 45)}」としている。"
    elif not fwd:
        rationale += "要因分析から要因を特定できなかったため、要因の確認が必要。"
    if not actions:
        kind = KIND_OPEN
    targets = [f"{SEC_INDICATORS}:{ind.no}"] + ([f"{SEC_ISSUES}:{qi + 1}"] if qi is not None else [])
    return Bullet(text, rationale, cites, kind, targets)


def _indicator_actions(ctx: _Sheet, ind: _Ind, qi: int | None, fwd, cites: list[dict]) -> tuple[list[str], str]:
    """What to do about an indicator: the analysis's forward phrase and its 課題's measure,
    else this year's own 方策 carried forward (継続). Returns (actions, kind)."""
    src, version = ctx.src, ctx.version
    candidates: list[str] = []
    if fwd:
        candidates.append(fwd[1])
    issue_line = ctx.issues[qi] if qi is not None else None
    if issue_line:
        _add(cites, src.cite(version, SEC_ISSUES, 0, issue_line))
        phrase = measure_phrase(issue_line)
        if phrase:
            candidates.append(_drop_frame(phrase))
    # the concrete one first (a short forward phrase such as 「事業内容の改善を図る」 is vague)
    candidates.sort(key=_vague)
    actions: list[str] = []
    for a in candidates:
        if actions and _vague(a):
            continue  # a vague addition (「事業内容の改善を図る」) adds nothing
        if all(_similar(a, b) < 0.5 for b in actions):
            actions.append(a)
    kind = KIND_NEW
    if actions and all(_vague(a) for a in actions):
        actions = []  # too vague to stand as a measure (「受講者の増加を図る」)
    if not actions:
        # Nothing in the sheet to turn into a new measure: carry this year's own 方策 forward.
        mi = _best(ind.terms | (ctx.issue_terms[qi] if qi is not None else set()), ctx.measures, 0.2)
        if mi is not None:
            actions.append(_drop_frame(_body(ctx.measures[mi])))
            _add(cites, src.cite(version, SEC_MEASURES, 0, ctx.measures[mi]))
            kind = KIND_CONTINUE
    return actions, kind


def _issue_bullet(ctx: _Sheet, qi: int, line: str) -> Bullet:
    """The measure for a 課題 no indicator bullet took up."""
    src, version, measures = ctx.src, ctx.version, ctx.measures
    cites: list[dict] = []
    _add(cites, src.cite(version, SEC_ISSUES, 0, line))
    phrase = measure_phrase(line, keep_lead=True)
    # the 実績 item this 課題 is about, if any
    best7 = max(ctx.s7, key=lambda x: _overlap(ctx.issue_terms[qi], _terms(x)), default=None)
    if best7 and _overlap(ctx.issue_terms[qi], _terms(best7)) >= 0.3:
        _add(cites, src.cite(version, SEC_RESULTS, 0, best7))
    else:
        best7 = None
    rationale = f"課題「{_short(line, 40)}」に対応する。"
    if best7:
        rationale += f"今年度の実績「{_short(best7, 30)}」を踏まえる。"
    kind = KIND_NEW
    if phrase:
        text = f"・{phrase}。"
    else:
        mi = _best(ctx.issue_terms[qi], measures, 0.2, position=qi)
        if mi is not None:
            _add(cites, src.cite(version, SEC_MEASURES, 0, measures[mi]))
            text = f"・{_body(line)}ことから、{_drop_frame(_body(measures[mi]))}。"
            kind = KIND_CONTINUE
        else:
            text = f"・{_body(line)}ことから、その解消に向けた具体的な取組を検討する。"
            kind = KIND_OPEN
    return Bullet(text, rationale, cites, kind, [f"{SEC_ISSUES}:{qi + 1}"])


def _flag_continued(ctx: _Sheet, bullets: list[Bullet]) -> None:
    """This year's 方策: a bullet that merely repeats one is flagged 継続."""
    measures = ctx.measures
    for b in bullets:
        mi = _best(_terms(b.text), measures, 0.3)
        if mi is None:
            continue
        if _similar(b.text, measures[mi]) >= 0.6 or b.kind == KIND_CONTINUE:
            b.kind = KIND_CONTINUE
            _add(b.citations, ctx.src.cite(ctx.version, SEC_MEASURES, 0, measures[mi]))
            b.rationale = (f"（継続）今年度の方策「{_short(measures[mi], 30)}」と同趣旨のため、実施状況を確認のうえ継続する。"
                           + b.rationale)


def _best(terms: set[str], lines: list[str], threshold: float = 0.35, position: int | None = None) -> int | None:
    """The line sharing most content words with ``terms`` (the form lists 課題 and 方策 in parallel,
    so the same position gets a small bonus)."""
    scored = [(_overlap(terms, _terms(x)) + (0.1 if i == position else 0.0), i) for i, x in enumerate(lines)]
    if not scored:
        return None
    score, i = max(scored)
    return i if score >= threshold else None


def _compare_previous(prev: dict, rec: dict, bullets: list[Bullet], src: _Sources) -> None:
    """Were last year's 方策 carried out (this year's 実績), and did the figures move?"""
    pv, version = prev["version"], rec["version"]
    s7 = _s7_items(rec)
    py = _reiwa(prev["fiscal_year"])
    prev_inds = {i["name"]: i for i in prev["sheet"].get("indicators", [])}
    by_no = {i["no"]: i for i in prev["sheet"].get("indicators", [])}
    for b in bullets:
        for t in b.targets:
            if not t.startswith("4:"):
                continue
            no = int(t[2:])
            cur = next((i for i in rec["sheet"]["indicators"] if i["no"] == no), None)
            if cur is None:
                continue
            old = prev_inds.get(cur["name"]) or by_no.get(no)
            if old is None or old["name"] != cur["name"]:
                continue
            u = cur.get("unit", "")
            if _nfkc(old.get("r6", "")) == _nfkc(cur.get("r5", "")):
                b.rationale += f"前年度シート（{py}）の時点でも{old.get('status') or '―'}。"
            else:
                b.rationale += (f"前年度シート（{py}）では{_v(old.get('r6', ''), u)}（目標{_v(old.get('r6_target', ''), u)}、"
                            f"{old.get('status') or '―'}）。")
            c = src.chunk(pv, SEC_INDICATORS, old["no"])
            _add(b.citations, src.cite(pv, SEC_INDICATORS, old["no"], c.quote.split("\n")[0] if c else None))
    for m in prev["sheet"].get("s9_measures", []):
        if not _body(m):
            continue
        mt = _terms(m)
        scored = [(_overlap(mt, _terms(b.text + " ".join(c["quote"] for c in b.citations))), k)
                  for k, b in enumerate(bullets)]
        if not scored:
            return
        score, k = max(scored)
        if score < 0.25:
            continue
        b = bullets[k]
        done = max(s7, key=lambda x: _overlap(mt, _terms(x)), default=None)
        _add(b.citations, src.cite(pv, SEC_MEASURES, 0, m))
        if done and _overlap(mt, _terms(done)) >= 0.4:
            _add(b.citations, src.cite(version, SEC_RESULTS, 0, done))
            b.rationale += f"前年度の方策「{_short(m, 25)}」は今年度の実績に記載があり実施済み。"
        else:
            b.rationale += f"前年度の方策「{_short(m, 25)}」は今年度の実績に記載が見当たらず、実施状況の確認が必要。"


# --------------------------------------------------------------------------- entry point
def draft(svc, jigyo_no: str, year: int | str | None = None, llm: bool = False) -> Draft:
    """Draft next year's 事業改善の方策 for one 事業 (newest sheet unless ``year``)."""

    y = parse_year(year) if year not in (None, "") else None
    rec = svc.find_sheet(jigyo_no, y)
    if rec is None:
        when = f"{y}年度の" if y else ""
        raise DraftError(f"事業番号 {normalize_jigyo_no(jigyo_no)} の{when}シートは取り込まれていません。"
                         "`kaizen sheets` で一覧を確認してください。")
    if llm and not svc.settings.llm_configured:
        raise DraftError("LLMが設定されていません。KAIZEN_LLM_BASE_URL と KAIZEN_LLM_MODEL を設定するか、--llm を外してください。")
    d = compose(svc, rec)
    if llm:
        d = llm_draft(svc, d)
    return d

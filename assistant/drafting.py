"""Drafting next year's 事業改善の方策 (section 9 (2)) from what a sheet says.

Offline (default) the draft is composed deterministically from the sheet: every
unmet (or declining) indicator gets a bullet aimed at the cause its 要因分析 names,
with the indicator's figure and target; every 課題 is covered; the same 事業's
earlier sheet (when indexed) tells whether last year's measures appear in this
year's 実績 and how the figure moved. With ``llm=True`` an LLM rewrites the draft
from numbered sources; its ``[n]`` markers are checked against those sources.

Every bullet carries citations in the ``kaizen ask --json`` shape, built from the
indexed chunks of the cited sheet version, so page, bbox and quote are real.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.form import CITATION_KEYS, SECTION_SHORT_LABELS, normalize_jigyo_no, parse_year, reiwa
from ingest.form import nfkc as _nfkc

PROMPT_VERSION = "draft.v1"
PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"

NOTE = ("※この下書きは、シートの記載（成果指標・要因分析・課題・実績・今年度の方策）から機械的に組み立てた"
        "たたき台です。具体的な手法・時期・数値目標は、担当課で検討のうえ加筆・修正してください。")
NOTE_LLM = ("※この下書きは、シートの記載をもとに生成AIが作成したたたき台です。出典と照合し、担当課で"
            "検討のうえ加筆・修正してください。")


KIND_NEW = "新規"
KIND_CONTINUE = "継続"
KIND_OPEN = "要検討"


# --------------------------------------------------------------------------- data
@dataclass
class Bullet:
    text: str
    rationale: str
    citations: list[dict] = field(default_factory=list)
    kind: str = KIND_NEW
    targets: list[str] = field(default_factory=list)  # "4:1", "9-1:2", ... what it addresses

    def to_dict(self) -> dict:
        return {"text": self.text, "rationale": self.rationale, "citations": [dict(c) for c in self.citations],
                "kind": self.kind, "targets": list(self.targets)}


@dataclass
class Draft:
    jigyo_no: str
    jigyo_name: str
    fiscal_year: int
    bullets: list[Bullet] = field(default_factory=list)
    year_label: str = ""
    note: str = NOTE
    mode: str = "offline"  # offline | llm | llm-fallback
    previous_year: int | None = None
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "jigyo_no": self.jigyo_no,
            "jigyo_name": self.jigyo_name,
            "fiscal_year": self.fiscal_year,
            "year_label": self.year_label,
            "mode": self.mode,
            "note": self.note,
            "previous_year": self.previous_year,
            "warnings": list(self.warnings),
            "bullets": [b.to_dict() for b in self.bullets],
        }

    @property
    def text(self) -> str:
        """The bullets as they would go into the form's box."""
        return "\n".join(b.text for b in self.bullets)

    def sources(self) -> list[dict]:
        """Every distinct citation of the draft, by ``n``."""
        seen: dict[int, dict] = {}
        for b in self.bullets:
            for c in b.citations:
                seen.setdefault(c["n"], c)
        return [seen[k] for k in sorted(seen)]


class DraftError(Exception):
    """A draft cannot be made (no such sheet); ``message`` is Japanese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# --------------------------------------------------------------------------- text helpers
_STOP = frozenset("実施 必要 こと する ある いる なる 行う 図る 向け 向ける 年度 事業 取組 取り組む 目標 対応 よう ため 等 "
                  "もの れる られる 前年度 今後 また 一方 できる 増加 減少 下回る 上回る 目標値 参加 つなげる 活用 "
                  "改善 場合 的 性 化 県 さ".split())


def _terms(text: str) -> set[str]:
    from .textproc import tokenize

    return {t for t in tokenize(text) if t not in _STOP and len(t) > 1 or (len(t) == 1 and "\u4e00" <= t <= "\u9fff"
                                                                             and t not in _STOP)}


def _overlap(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _bigrams(text: str) -> set[str]:
    t = re.sub(r"[\s・、。「」（）()]", "", _nfkc(text))
    return {t[i:i + 2] for i in range(len(t) - 1)}


def _similar(a: str, b: str) -> float:
    """Share of ``a``'s character bigrams found in ``b`` (how much of a repeats b)."""
    x, y = _bigrams(a), _bigrams(b)
    return len(x & y) / len(x) if x else 0.0


def _sentences(text: str) -> list[str]:
    """Sentences and lines, each an exact substring of ``text``."""
    return [s.strip() for s in re.findall(r"[^。\n]+。?", text or "") if s.strip()]


def _lines(text: str) -> list[str]:
    return [s.strip() for s in (text or "").split("\n") if s.strip()]


def _body(line: str) -> str:
    """A bullet line without its leading 「・」 and final 「。」."""
    return line.strip().lstrip("・").rstrip("。").strip()


def _short(text: str, n: int = 40) -> str:
    text = _body(text).replace("\n", "")
    return text if len(text) <= n else text[: n - 1] + "…"


_LEADS = ("一方で、", "一方、", "また、", "さらに、", "特に、", "特に", "しかし、", "その結果、", "今後は、", "今後は", "今後、",
          "次年度は、", "次年度は", "来年度は")


def _strip_lead(s: str) -> str:
    changed = True
    while changed:
        changed = False
        for lead in _LEADS:
            if s.startswith(lead):
                s = s[len(lead):]
                changed = True
    return s


_OUTCOME = re.compile(r"、[^、。]*?(目標値を下回|目標値をわずかに下回|目標値には届か|目標値に届か|目標を下回|前年度を下回|少なくなっ|上がらず|"
                      r"伸び悩|届かなかった|不十分であっ|不十分だっ)")


def _past(clause: str) -> str | None:
    """Turn a conjunctive clause end (「…が高く」「…があり」) into a past form, or None."""
    c = clause.rstrip("、")
    for tail in ("ことから", "ことにより", "ことで", "ため", "ので", "から"):
        if c.endswith(tail):
            c = c[: -len(tail)]
            break
    if not c:
        return None
    if c.endswith(("た", "だった", "であった", "ていた")):
        return c
    if c.endswith("あり"):
        return c[:-2] + "あった"
    if c.endswith("おり"):
        return c[:-2] + "いた"
    if c.endswith("ず"):
        return c[:-1] + "なかった"
    if c.endswith("く") and len(c) > 1:
        return c[:-1] + "かった"
    if c.endswith("し"):
        return c + "た"
    if c.endswith(("れ", "け", "せ", "え", "め", "べ", "げ", "ね")):
        return c + "た"
    for end, past in (("り", "った"), ("い", "った"), ("ち", "った"), ("ぎ", "いだ"), ("き", "いた"), ("み", "んだ"),
                      ("び", "んだ")):
        if c.endswith(end) and len(c) > 2:
            return c[:-1] + past
    if c.endswith("であり"):
        return c[:-3] + "であった"
    return None


def find_cause(analysis: str) -> tuple[str, str] | None:
    """(sentence as printed, cause in past form) from a 要因分析 text, or None.

    The sentence is the first that states a shortfall (目標値を下回った, 減少し …);
    the cause is what precedes that outcome, after any contrastive 「…が、」.
    """
    for sent in _sentences(analysis):
        m = _OUTCOME.search(sent)
        if not m:
            continue
        cause = _strip_lead(sent[: m.start()].strip())
        for sep in ("ものの、", "たが、", "だが、", "あったが、", "ったが、"):
            if sep in cause:
                cause = cause.rsplit(sep, 1)[1]
        cause = _strip_lead(cause)
        past = _past(cause)
        if past:
            return sent, past
    return None


_FORWARD = re.compile(r"(必要がある|必要である|ことが重要である|が求められる|を図っていきたい|ていきたい|"
                      r"に取り組む|を検討する|する|整える|図る|行う)。?$")


_CUTS = ("ておらず、", "でおらず、", "ており、", "でおり、", "中で、", "が難しく、", "声が多く、", "声もあったため、", "ことから、",
         "ため、")
_LEAD_END = {"ておらず、": "ていない", "でおらず、": "でいない", "ており、": "ている", "でおり、": "でいる", "が難しく、": "が難しい",
             "声が多く、": "声が多い", "声もあったため、": "声もあった", "ことから、": "", "ため、": ""}


def measure_phrase(text: str, keep_lead: bool = False) -> str | None:
    """A statement of need or a problem (課題, 要因分析) turned into an action phrase.

    「…内容設計が必要。」→「…内容設計に取り組む」, 「…受講しにくい」→「…受講しやすい環境を整える」,
    「…必要がある。」→ the verb before it. None when the text is no such statement. A leading
    problem clause (「…が進んでおらず、」) is dropped, or with ``keep_lead`` kept as 「…が進んでいないことから、」.
    """
    s = _strip_lead(_body(text))
    lead = ""
    cut = max(_CUTS, key=lambda sep: s.rfind(sep))
    if s.rfind(cut) > 0:
        head, s = s[: s.rfind(cut)], _strip_lead(s[s.rfind(cut) + len(cut):])
        lead = head + cut[:-1] + "、" if cut == "中で、" else f"{head}{_LEAD_END[cut]}ことから、"
    s = s.replace("の検証により、", "の検証結果を踏まえ、")
    rules = [
        (r"(.+)工夫が必要(である)?$", r"\1"),
        (r"(.+)ことが有効(と考えられる|である)$", r"\1"),
        (r"(.+)が(今後の)?課題(である)?$", r"\1を図る"),
        (r"(.+)が十分でない$", r"\1の強化を図る"),
        (r"(.+)が伸び悩んでいる$", r"\1の増加を図る"),
        (r"(.+)しきれていない$", r"\1できる体制を整える"),
        (r"(.+?)(する|行う|図る|進める|整える|つなげる|設ける|高める|支援する)(ことが|ことも)?(必要がある|必要である|重要である)$",
         r"\1\2"),
        (r"(.+)していく(必要がある|必要である)$", r"\1する"),
        (r"(.+)(を|に)(.+)(必要がある|必要である)$", r"\1\2\3"),
        (r"(.+)が(必要|求められる)(である)?$", r"\1に取り組む"),
        (r"(.+)を図っていきたい$", r"\1を図る"),
        (r"(.+)していきたい$", r"\1する"),
        (r"(.+)が不足している$", r"\1を強化する"),
        (r"(.+)できていない$", r"\1できる体制を整える"),
        (r"(.+)にくい$", r"\1やすい環境を整える"),
        (r"(.+)(開催|実施|導入|拡充|強化|検討)する$", r"\1\2する"),
    ]
    for pat, rep in rules:
        if re.fullmatch(pat, s, flags=re.S):
            out = re.sub(pat, rep, s, flags=re.S).strip("、 ").replace("\n", "")
            if not out:
                return None
            return (lead + out) if keep_lead else out
    return None


def forward_phrase(analysis: str) -> tuple[str, str] | None:
    """(sentence, action) for the first forward-looking sentence of a 要因分析 (今後は…必要がある)."""
    cues = ("必要がある", "必要である", "重要である", "求められる", "図っていきたい", "ていきたい", "次年度は", "今後は", "来年度は",
            "有効と考えられる", "課題である")
    for sent in _sentences(analysis):
        if not any(c in sent for c in cues):
            continue
        phrase = measure_phrase(sent)
        if phrase:
            return sent, phrase
    return None


def _drop_frame(phrase: str) -> str:
    """「共創研修の実施にあたっては、X」→「X」 (the bullet already names its subject)."""
    return re.sub(r"^[^、]{2,30}(の実施)?に(あ|当)たっては、", "", phrase)


def _vague(action: str) -> bool:
    """「事業内容の改善を図る」「受講者の増加を図る」: says what, not how."""
    return len(action) < 10 or bool(re.fullmatch(r".{0,12}の(改善|強化|増加|向上|充実)を図る", action))


def _join(parts: list[str]) -> str:
    """Join action phrases: 「Aとともに、B」."""
    parts = [p for p in parts if p]
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    first = parts[0]
    if "とともに" in first:
        return f"{first}。あわせて、{parts[1]}"
    if first[-1] in "うくすつぬふむゆるぐずづぶぷ":
        return f"{first}とともに、{parts[1]}"
    return f"{first}。また、{parts[1]}"


_MARKS = "①②③④⑤⑥⑦⑧⑨"


def _reiwa(fy: int) -> str:
    return reiwa(fy) if fy else ""


def _v(value: str, unit: str) -> str:
    value = (value or "").strip()
    return "―" if not value or value == "―" else f"{value}{unit}"


# --------------------------------------------------------------------------- citations
class _Sources:
    """Chunks of the cited sheet versions; numbers each (chunk, quote) once per draft."""

    def __init__(self, snap) -> None:
        self.snap = snap
        self.by_key: dict[tuple[str, str, int], Any] = {}
        self.numbers: dict[tuple[str, str], int] = {}
        self.cites: list[dict] = []

    def load(self, version: str) -> None:
        for cid in self.snap.by_version.get(version, []):
            c = self.snap.chunks.get(cid)
            if c is None:
                continue
            m = c.meta
            key = (version, m["section"], int(m.get("indicator") or 0))
            if m["section"] == "detail":
                key = (version, f"detail:{m.get('detail_no', 0)}", 0)
            self.by_key[key] = c

    def chunk(self, version: str, section: str, indicator: int = 0):
        return self.by_key.get((version, section, indicator))

    def cite(self, version: str, section: str, indicator: int = 0, quote: str | None = None) -> dict | None:
        c = self.chunk(version, section, indicator)
        if c is None:
            return None
        q = (quote or "").strip()
        if not q or q not in c.quote:
            q = c.quote
        key = (c.id, q)
        if key not in self.numbers:
            m = c.meta
            ind = int(m.get("indicator") or 0)
            self.numbers[key] = len(self.cites) + 1
            self.cites.append({
                "n": self.numbers[key],
                "jigyo_no": m.get("jigyo_no", ""),
                "jigyo_name": m.get("jigyo_name", ""),
                "fiscal_year": m.get("fiscal_year"),
                "section": m["section"],
                "section_title": m.get("section_title", ""),
                "indicator": ind if (ind and m["section"] in ("4", "8")) else None,
                "indicator_name": m.get("indicator_name", "") if ind else "",
                "page": m.get("page"),
                "bbox": m.get("bbox", ""),
                "file": m.get("file", ""),
                "quote": q,
                "chunk_id": c.id,
            })
        return self.cites[self.numbers[key] - 1]


def _public(c: dict) -> dict:
    return {k: c.get(k) for k in CITATION_KEYS}


def _add(bullet_cites: list[dict], c: dict | None) -> None:
    if c is not None and all(x["n"] != c["n"] for x in bullet_cites):
        bullet_cites.append(c)


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
        c8 = src.chunk(rec["version"], "8", ind["no"])
        analysis = c8.quote if c8 is not None else "\n".join(ind.get("analysis") or [])
        out.append(_Ind(ind["no"], ind["name"], ind.get("unit", ""), ind.get("r5", ""), ind.get("r6", ""),
                        ind.get("r6_target", ""), ind.get("status", ""), ind.get("r6_trend", ""), analysis,
                        _terms(ind["name"]) | _terms(analysis)))
    return out


def _previous(svc, rec: dict) -> dict | None:
    fy = rec["fiscal_year"]
    no = rec["sheet"]["jigyo_no"]
    earlier = [r for r in svc.snapshot().records.values()
               if r["sheet"]["jigyo_no"] == no and r["fiscal_year"] and fy and r["fiscal_year"] < fy]
    return max(earlier, key=lambda r: r["fiscal_year"]) if earlier else None


def _s7_items(rec: dict) -> list[str]:
    return [it for g in rec["sheet"].get("s7", []) for it in g.get("items", [])]


def compose(svc, rec: dict) -> Draft:
    """The offline draft for one sheet record."""
    snap = svc.snapshot()
    src = _Sources(snap)
    version = rec["version"]
    src.load(version)
    sheet = rec["sheet"]
    fy = rec["fiscal_year"]
    y6, y5 = _reiwa(fy), _reiwa(fy - 1) if fy else ""
    prev = _previous(svc, rec)
    if prev is not None:
        src.load(prev["version"])

    inds = _indicators(rec, src)
    issues = [x for x in sheet.get("s9_issues", []) if _body(x)]
    measures = [x for x in sheet.get("s9_measures", []) if _body(x)]
    s7 = _s7_items(rec)
    issue_terms = [_terms(x) for x in issues]

    focus = [i for i in inds if i.status == "未達成" or (i.trend == "↘" and i.status != "―")]
    # Each 課題 goes with the indicator it is about (if any); the rest stand alone.
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

    bullets: list[Bullet] = []
    for ind in focus:
        cites: list[dict] = []
        c4 = src.chunk(version, "4", ind.no)
        _add(cites, src.cite(version, "4", ind.no, c4.quote.split("\n")[0] if c4 else None))
        cause = find_cause(ind.analysis)
        fwd = forward_phrase(ind.analysis)
        if cause:
            _add(cites, src.cite(version, "8", ind.no, cause[0]))
        if fwd:
            _add(cites, src.cite(version, "8", ind.no, fwd[0]))
        if not cause and not fwd:
            _add(cites, src.cite(version, "8", ind.no))
        candidates: list[str] = []
        if fwd:
            candidates.append(fwd[1])
        qi = issue_of.get(ind.no)
        issue_line = issues[qi] if qi is not None else None
        if issue_line:
            _add(cites, src.cite(version, "9-1", 0, issue_line))
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
            mi = _best(ind.terms | (issue_terms[qi] if qi is not None else set()), measures, 0.2)
            if mi is not None:
                actions.append(_drop_frame(_body(measures[mi])))
                _add(cites, src.cite(version, "9-2", 0, measures[mi]))
                kind = KIND_CONTINUE
        unmet = ind.status == "未達成"
        goal = "回復" if ind.trend == "↘" and unmet else ("目標達成" if unmet else "水準の回復")
        head = f"{ind.name}（{y6} {_v(ind.r6, ind.unit)}、目標{_v(ind.target, ind.unit)}）"
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
        trend_txt = f"{y5} {_v(ind.r5, ind.unit)}→{y6} {_v(ind.r6, ind.unit)}"
        mark = _MARKS[ind.no - 1] if 0 < ind.no <= len(_MARKS) else str(ind.no)
        rationale = f"指標{mark}は{trend_txt}（目標{_v(ind.target, ind.unit)}）で{'未達成' if unmet else '前年度から低下'}。"
        if cause:
            rationale += f"要因分析では「{_short(_strip_lead(cause[0]), 45)}」としている。"
        elif not fwd:
            rationale += "要因分析から要因を特定できなかったため、要因の確認が必要。"
        if not actions:
            kind = KIND_OPEN
        bullets.append(Bullet(text, rationale, cites, kind, [f"4:{ind.no}"] + ([f"9-1:{qi + 1}"] if qi is not None else [])))

    for qi, line in enumerate(issues):
        if qi in taken:
            continue
        cites = []
        _add(cites, src.cite(version, "9-1", 0, line))
        phrase = measure_phrase(line, keep_lead=True)
        # the 実績 item this 課題 is about, if any
        best7 = max(s7, key=lambda x: _overlap(issue_terms[qi], _terms(x)), default=None)
        if best7 and _overlap(issue_terms[qi], _terms(best7)) >= 0.3:
            _add(cites, src.cite(version, "7", 0, best7))
        else:
            best7 = None
        rationale = f"課題「{_short(line, 40)}」に対応する。"
        if best7:
            rationale += f"今年度の実績「{_short(best7, 30)}」を踏まえる。"
        kind = KIND_NEW
        if phrase:
            text = f"・{phrase}。"
        else:
            mi = _best(issue_terms[qi], measures, 0.2, position=qi)
            if mi is not None:
                _add(cites, src.cite(version, "9-2", 0, measures[mi]))
                text = f"・{_body(line)}ことから、{_drop_frame(_body(measures[mi]))}。"
                kind = KIND_CONTINUE
            else:
                text = f"・{_body(line)}ことから、その解消に向けた具体的な取組を検討する。"
                kind = KIND_OPEN
        bullets.append(Bullet(text, rationale, cites, kind, [f"9-1:{qi + 1}"]))

    # This year's 方策: a bullet that merely repeats one is flagged 継続.
    for b in bullets:
        mi = _best(_terms(b.text), measures, 0.3)
        if mi is None:
            continue
        if _similar(b.text, measures[mi]) >= 0.6 or b.kind == KIND_CONTINUE:
            b.kind = KIND_CONTINUE
            _add(b.citations, src.cite(version, "9-2", 0, measures[mi]))
            b.rationale = f"（継続）今年度の方策「{_short(measures[mi], 30)}」と同趣旨のため、実施状況を確認のうえ継続する。" + b.rationale

    if prev is not None:
        _compare_previous(prev, rec, bullets, src)

    for b in bullets:
        b.citations = [_public(c) for c in sorted(b.citations, key=lambda c: c["n"])]
        b.rationale = b.rationale.replace("\n", "")
    d = Draft(sheet["jigyo_no"], sheet["jigyo_name"], fy, bullets, year_label=sheet.get("year_label", ""),
              previous_year=prev["fiscal_year"] if prev else None)
    d._src = src  # for LLM mode: the numbered sources
    d._rec, d._prev = rec, prev
    return d


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
            c = src.chunk(pv, "4", old["no"])
            _add(b.citations, src.cite(pv, "4", old["no"], c.quote.split("\n")[0] if c else None))
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
        _add(b.citations, src.cite(pv, "9-2", 0, m))
        if done and _overlap(mt, _terms(done)) >= 0.4:
            _add(b.citations, src.cite(version, "7", 0, done))
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


# --------------------------------------------------------------------------- LLM mode
_MARK = re.compile(r"\[(\d{1,3})\]")


def _source_blocks(cites: list[dict]) -> str:
    from .llm import _escape

    out = []
    for c in cites:
        label = _section_label(c)
        if c.get("indicator_name"):
            label += f" 指標{c['indicator']}：{c['indicator_name']}"
        attrs = f'n="{c["n"]}" 年度="{_reiwa(c["fiscal_year"] or 0)}" 項目="{_escape(label)}"'
        out.append(f"<source {attrs}>\n{_escape(c['quote'])}\n</source>")
    return "\n\n".join(out)


def _llm_sources(d: Draft) -> list[dict]:
    """What the LLM may cite: the offline draft's sources plus this year's 実績 and 方策 in full."""
    src: _Sources = d._src
    v = d._rec["version"]
    for section in ("4", "8"):
        for ind in d._rec["sheet"].get("indicators", []):
            if ind.get("status") == "未達成":
                src.cite(v, section, ind["no"])
    for section in ("7", "9-1", "9-2"):
        src.cite(v, section)
    return list(src.cites)


def build_messages(d: Draft, cites: list[dict]):
    from llama_index.core.llms import ChatMessage, MessageRole

    from .llm import load_prompt

    skeleton = "\n".join(f"{b.text}\n理由：{b.rationale}" for b in d.bullets)
    sheet = f"{d.jigyo_name}（事業番号 {d.jigyo_no}、{d.year_label or d.fiscal_year}）"
    user = load_prompt("draft_user").replace("{sheet}", sheet).replace("{sources}", _source_blocks(cites)) \
                                     .replace("{skeleton}", skeleton)
    return [ChatMessage(role=MessageRole.SYSTEM, content=load_prompt("draft")),
            ChatMessage(role=MessageRole.USER, content=user)]


def parse_llm_bullets(raw: str, by_n: dict[int, dict]) -> tuple[list[Bullet], int]:
    """Bullets from the model's text; [n] markers checked against ``by_n`` (unknown ones dropped).

    Returns the bullets that keep at least one valid citation, and how many were dropped.
    """
    items: list[list[str]] = []
    for line in (raw or "").splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith(("・", "- ・", "* ・")):
            items.append([line.lstrip("-* ").strip(), ""])
        elif re.match(r"^(理由|根拠)[:：]", line) and items:
            items[-1][1] = re.sub(r"^(理由|根拠)[:：]\s*", "", line)
    bullets, dropped = [], 0
    for text, why in items:
        used = [int(n) for n in _MARK.findall(text + " " + why)]
        valid = []
        for n in used:
            if n in by_n and n not in valid:
                valid.append(n)
        clean = re.sub(r"\s+", "", _MARK.sub("", text)).strip()
        if not clean.endswith("。"):
            clean = clean.rstrip("．.") + "。"
        if not valid or len(clean) < 6:
            dropped += 1
            continue
        why = _MARK.sub("", why).strip()
        kind = KIND_CONTINUE if why.startswith("（継続）") else KIND_NEW
        bullets.append(Bullet(clean, why, [_public(by_n[n]) for n in sorted(valid)], kind))
    return bullets, dropped


def _covers(b: Bullet, target: str, d: Draft) -> bool:
    kind, _, num = target.partition(":")
    fy = d.fiscal_year
    for c in b.citations:
        if c["fiscal_year"] != fy:
            continue
        if kind == "4" and c["section"] in ("4", "8") and c["indicator"] == int(num):
            return True
        if kind == "9-1" and c["section"] == "9-1":
            issues = d._rec["sheet"].get("s9_issues", [])
            k = int(num) - 1
            if 0 <= k < len(issues) and (_body(issues[k]) in c["quote"] or
                                         _similar(issues[k], b.text + b.rationale) >= 0.3):
                return True
    return False


def llm_draft(svc, d: Draft) -> Draft:
    """Rewrite the offline draft with the configured LLM under citation validation.

    A bullet keeps only [n] markers that name a given source and is dropped without one;
    every unmet indicator and 課題 the LLM leaves uncovered gets its offline bullet back;
    on any LLM failure the offline draft stands, with a warning.
    """
    from .llm import make_llm

    cites = _llm_sources(d)
    by_n = {c["n"]: c for c in cites}
    messages = build_messages(d, cites)
    try:
        resp = make_llm(svc.settings).chat(messages)
        raw = resp.message.content or ""
    except Exception as exc:  # server down, timeout, bad reply: the offline draft stands
        d.mode = "llm-fallback"
        d.warnings.append(f"LLMに接続できなかったため、シートから組み立てた下書きを表示しています（{type(exc).__name__}）。")
        return d
    bullets, dropped = parse_llm_bullets(raw, by_n)
    if not bullets:
        d.mode = "llm-fallback"
        d.warnings.append("LLMの出力に有効な出典番号の付いた方策がなかったため、シートから組み立てた下書きを表示しています。")
        return d
    measures = d._rec["sheet"].get("s9_measures", [])
    for b in bullets:
        if b.kind != KIND_CONTINUE and any(_similar(b.text, m) >= 0.6 for m in measures):
            b.kind = KIND_CONTINUE
            b.rationale = "（継続）今年度の方策と同趣旨。" + b.rationale
    if dropped:
        d.warnings.append(f"出典番号のない、または存在しない番号だけの方策 {dropped} 件を除外しました。")
    for ob in d.bullets:
        for t in ob.targets:
            if not any(_covers(b, t, d) for b in bullets):
                if ob not in bullets:
                    bullets.append(ob)
                    d.warnings.append(f"LLMの下書きが扱わなかった項目（{t}）は、シートから組み立てた方策を補いました。")
                break
    for b in bullets:
        if not b.targets:
            b.targets = [t for ob in d.bullets for t in ob.targets if _covers(b, t, d)]
    d.bullets = bullets
    d.mode = "llm"
    d.note = NOTE_LLM
    return d


# --------------------------------------------------------------------------- output
JP_FONT = "IPAexGothic"


def to_markdown(d: Draft) -> str:
    year = d.year_label or (f"{d.fiscal_year}年度" if d.fiscal_year else "")
    lines = [f"# 事業改善の方策（下書き）：{d.jigyo_name}（事業番号 {d.jigyo_no}）", "",
             f"対象シート：{year}", "", d.note, "", "## ９(2) 事業改善の方策（案）", ""]
    for b in d.bullets:
        marks = "".join(f"[{c['n']}]" for c in b.citations)
        lines.append(f"{b.text} {marks}".rstrip())
        lines.append(f"    - 理由（{b.kind}）：{b.rationale}")
    lines += ["", "## 出典", "", "| # | 年度 | 項目 | 指標 | ページ | 記載内容 |", "|---|---|---|---|---|---|"]
    for c in d.sources():
        q = c["quote"].replace("\n", " ").replace("|", "｜")
        lines.append(f"| {c['n']} | {_reiwa(c['fiscal_year'] or 0)} | {_section_label(c)} | "
                     f"{c.get('indicator_name') or '―'} | {c['page']} | {q} |")
    return "\n".join(lines) + "\n"


def _section_label(c: dict) -> str:
    s = c["section"]
    label = SECTION_SHORT_LABELS.get(s)
    return label or f"{s} {c.get('section_title', '')}".strip()


def write_markdown(d: Draft, path: str | Path) -> Path:
    path = Path(path)
    path.write_text(to_markdown(d), encoding="utf-8")
    return path


def _set_font(run_or_style, name: str = JP_FONT) -> None:
    from docx.oxml.ns import qn

    font = run_or_style.font
    font.name = name
    el = run_or_style.element if hasattr(run_or_style, "element") else run_or_style._element
    rpr = el.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)  # a theme font would win over the named one


def write_docx(d: Draft, path: str | Path) -> Path:
    """A Word file: the note, the bullets with their reasons, then the sources as a table."""
    from docx import Document
    from docx.shared import Pt

    path = Path(path)
    doc = Document()
    for style_name in ("Normal", "Title", "Heading 1", "Heading 2", "Table Grid"):
        try:
            _set_font(doc.styles[style_name])
        except KeyError:
            pass
    doc.styles["Normal"].font.size = Pt(10.5)
    year = d.year_label or (f"{d.fiscal_year}年度" if d.fiscal_year else "")
    doc.add_heading("事業改善の方策（下書き）", level=1)
    doc.add_paragraph(f"{d.jigyo_name}（事業番号 {d.jigyo_no}）　対象シート：{year}")
    doc.add_paragraph(d.note)
    doc.add_heading("９(2) 事業改善の方策（案）", level=2)
    for b in d.bullets:
        marks = "".join(f"[{c['n']}]" for c in b.citations)
        p = doc.add_paragraph()
        p.add_run(b.text)
        r = p.add_run(f" {marks}")
        r.font.size = Pt(8)
        reason = doc.add_paragraph()
        rr = reason.add_run(f"　理由（{b.kind}）：{b.rationale}")
        rr.font.size = Pt(9)
    doc.add_heading("出典", level=2)
    srcs = d.sources()
    table = doc.add_table(rows=1, cols=6)
    table.style = doc.styles["Table Grid"]
    for cell, title in zip(table.rows[0].cells, ("#", "年度", "項目", "指標", "ページ", "記載内容")):
        cell.text = title
    for c in srcs:
        cells = table.add_row().cells
        values = (str(c["n"]), _reiwa(c["fiscal_year"] or 0), _section_label(c), c.get("indicator_name") or "―",
                  str(c["page"]), c["quote"])
        for cell, value in zip(cells, values):
            cell.text = value
    for row in table.rows:
        for cell in row.cells:
            for para in cell.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(8)
    doc.save(str(path))
    return path

"""What other indexed 事業 did about a similar cause (参考：他事業の方策), and the word weights
every drafting match uses.

For each sheet in the index (its newest version) the causes its 要因分析 states and its 課題 are
paired with the measure of the same sheet that addresses them (9-2 first, else 7 実績). A
cause of the sheet being drafted is then matched against those causes; a close one offers
the other sheet's measure, cited to that sheet.

Why two matches and not one: the other sheet's measure is only worth offering when it answers
a cause like ours, so both the cause-to-cause and the cause-to-measure match must hold.
Similarity is a cosine over content words weighted by inverse document frequency across the
index, so words every sheet uses (研修, 市町村, 実施) count little and specific ones (運転者,
空き家, 入札不調) count much.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from ingest.form import SEC_ANALYSIS, SEC_ISSUES, SEC_MEASURES, SEC_RESULTS

from .causes import causes
from .phrases import _body, _terms

CAUSE_MIN = 0.16
# Words that say how a figure or a plan went, not what the cause was: two causes sharing only
# these (伸び悩んだ, ずれ込んだ, 不十分) are not alike.
GENERIC = frozenset("伸び悩む ずれ込む 不十分 十分 後半 前半 年度 一部 地域 差 生じる 限る 難しい 困難 確保 不足 課題 事例 把握 効果 "
                    "検証 必要 増加 減少 見送る 少ない 多い 時間 要する 至る 結び付く 結びつく 進む 状況 傾向 場合 多く 約 割 "
                    "件数 人数 継続 実現 影響 受ける 高い 低い 見られる 理由 挙げる 声 大きい 重い 負担 低下 上昇 向上 図る "
                    "取組 取り組む 支援 実施 対応 情報 体制 機会 向け 整備 推進 強化 充実 活用 占める 未満 うち 見直す 直す 見る 悩む "
                    "伸びる ずれる 込む 多数 以上 以下 前年 今後".split())


def concepts(shared: set[str], weights: "Weights") -> set[str]:
    """The shared words that make two causes alike: specific (rare in the index), not generic, at
    least two characters, and not a piece of another shared word (伸び悩む already stands for 伸びる)."""
    keep = {t for t in weights.specific(shared) if len(t) >= 2 and t not in GENERIC}
    return {t for t in keep if not any(t != u and t in u for u in keep)}  # cause-to-cause similarity for a 参考 suggestion
ANSWER_MIN = 0.22  # the other sheet's measure must address its own cause this well


@dataclass(frozen=True)
class PeerCause:
    """A cause of another sheet and the measure of that sheet that addresses it."""

    jigyo_no: str
    jigyo_name: str
    version: str
    section: str  # 8 or 9-1
    indicator: int
    cause: str
    measure: str
    measure_section: str  # 9-2 or 7
    terms: frozenset[str]
    answer: float


class Weights:
    """Inverse document frequencies of content words over every sentence-sized unit in the index."""

    def __init__(self, docs: list[set[str]]) -> None:
        df = Counter(t for d in docs for t in d)
        n = max(len(docs), 1)
        self.idf = {t: math.log(1 + n / c) for t, c in df.items()}
        self.default = math.log(1 + n)
        self.specific_min = math.log(1 + 20)

    def specific(self, terms) -> set[str]:
        """The words of ``terms`` that few units use (at most ~1 in 20): the ones that make two
        causes alike rather than two sentences of the same form."""
        return {t for t in terms if self.w(t) >= self.specific_min}

    def w(self, t: str) -> float:
        return self.idf.get(t, self.default)

    def sim(self, a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> float:
        """Cosine of the two word sets, words weighted by idf squared-root-free (binary tf)."""
        if not a or not b:
            return 0.0
        shared = sum(self.w(t) ** 2 for t in a & b)
        na = math.sqrt(sum(self.w(t) ** 2 for t in a))
        nb = math.sqrt(sum(self.w(t) ** 2 for t in b))
        return shared / (na * nb) if na and nb else 0.0


@dataclass
class PeerIndex:
    weights: Weights
    causes: list[PeerCause]

    def similar(self, terms: set[str], jigyo_no: str, own_measures: list[str], k: int = 1) -> list[tuple[float, PeerCause]]:
        """The closest causes of other 事業 (not ``jigyo_no``) whose measure is not one of ours."""
        from .phrases import _similar

        scored = []
        for pc in self.causes:
            if pc.jigyo_no == jigyo_no:
                continue
            s = self.weights.sim(terms, pc.terms)
            if s < CAUSE_MIN or (s < 0.8 and len(concepts(terms & pc.terms, self.weights)) < 2):
                continue
            if any(_similar(pc.measure, m) >= 0.5 for m in own_measures):
                continue  # we already do this
            scored.append((s * (0.5 + pc.answer), pc))
        scored.sort(key=lambda x: (-x[0], x[1].jigyo_no))
        out, seen = [], set()
        for s, pc in scored:
            if pc.measure in seen:
                continue
            seen.add(pc.measure)
            out.append((s, pc))
            if len(out) >= k:
                break
        return out


def _newest(records) -> list[dict]:
    best: dict[str, dict] = {}
    for r in records:
        no = r["sheet"]["jigyo_no"]
        if no not in best or (r["fiscal_year"] or 0) > (best[no]["fiscal_year"] or 0):
            best[no] = r
    return [best[k] for k in sorted(best)]


def _sheet_units(rec: dict) -> tuple[list[tuple[str, int, str]], list[tuple[str, str]]]:
    """(section, indicator, cause) units and (section, measure) lines of one sheet."""
    sheet = rec["sheet"]
    units = []
    for ind in sheet.get("indicators", []):
        for u in causes("\n".join(ind.get("analysis") or []), ind.get("name", "")):
            units.append((SEC_ANALYSIS, ind["no"], u.quote))
    units += [(SEC_ISSUES, 0, _body(x)) for x in sheet.get("s9_issues", []) if _body(x)]
    measures = [(SEC_MEASURES, _body(x)) for x in sheet.get("s9_measures", []) if _body(x)]
    # a 実績 item's first sentence says what was done (later ones give amounts)
    measures += [(SEC_RESULTS, re.match(r"[^。]+", _body(it)).group(0)) for g in sheet.get("s7", []) for it in g.get("items", [])
                 if _body(it)]
    return units, measures


def build(snap) -> PeerIndex:
    """The peer index of a snapshot (cached per snapshot generation by the caller)."""
    per_sheet = []
    docs: list[set[str]] = []
    for rec in _newest(snap.records.values()):
        units, measures = _sheet_units(rec)
        ut = [(s, i, t, _terms(t)) for s, i, t in units]
        mt = [(s, t, _terms(t)) for s, t in measures]
        docs += [x[3] for x in ut] + [x[2] for x in mt]
        per_sheet.append((rec, ut, mt))
    weights = Weights(docs)
    out = []
    for rec, ut, mt in per_sheet:
        sheet = rec["sheet"]
        for section, ind, text, terms in ut:
            best = max(((weights.sim(terms, m_terms) + (0.05 if m_sec == SEC_MEASURES else 0.0), m_sec, m_text)
                        for m_sec, m_text, m_terms in mt), default=None)
            if best is None or best[0] < ANSWER_MIN:
                continue
            out.append(PeerCause(sheet["jigyo_no"], sheet["jigyo_name"], rec["version"], section, ind, text, best[2],
                                 best[1], frozenset(terms), best[0]))
    return PeerIndex(weights, out)


def peer_index(svc) -> PeerIndex:
    snap = svc.snapshot()
    return snap.derived("draft.peers.v1", lambda: build(snap))

"""Offline proposals from the worksheet: every bullet is a fixed frame whose slots are whole
quotes from the sheets (a cause, a measure, a 実績, another 事業's measure), never a fragment
spliced into a new sentence, so no bullet can say the opposite of its source.

Per cause, the first that applies:
  * a 課題 states the same cause and no 9-2 answers it → 新規 (要因分析の「…」を踏まえ、課題の「…」への対応を強化する);
  * the 要因分析 itself says what to do next (今後は…必要がある) and this year's 9-2 does not → 新規;
  * a 実績 / 細事業 of this year was aimed at it but the figure still falls short → 調整;
  * this year's 9-2 already answers it → 継続 (a restatement of the sheet, kept visible as such);
  * nothing → 【要検討】 naming the cause.
Then 参考：他事業の方策 where another 事業 answered a similar cause, and 調整 (拡充) for what the
analysis says worked.
"""

from __future__ import annotations

import re

from .model import (
    BASIS_ANALYSIS,
    BASIS_ISSUE,
    BASIS_MEASURE,
    BASIS_OPEN,
    BASIS_PEER,
    BASIS_RESULT,
    KIND_ADJUST,
    KIND_CONTINUE,
    KIND_NEW,
    KIND_OPEN,
    Bullet,
)
from .match import addresses
from .remedy import ACTIONS, GENERAL, remedy
from .phrases import _similar, _terms
from .sources import add as _add
from .worksheet import CauseRow, Ref, Topic, Worksheet, short

# Every bullet is one of these frames with its 「」 slots filled by whole quotes (tests check
# each bullet against them; 【要検討】 and 参考 are visible in the text itself).
FRAMES = (
    r"・要因分析の「」に対し、要因分析が今後の対応として挙げる「」を、次年度の方策として具体化する。",
    r"・要因分析の「」を踏まえ、課題に挙げた「」への対応を強化する。",
    r"・(要因分析|課題)の「」に対し、今年度は「」に取り組んだが、(.+は.+(にとどまっている|と低下している)|課題として残っている)ため、"
    r"(" + "|".join(map(re.escape, ACTIONS)) + r")。",
    r"・(要因分析|課題)の「」に対しては、今年度の方策「」を継続し、実施状況と効果を確認する。",
    r"・【要検討】(要因分析|課題)の「」に対応する方策が、今年度の実績・方策に見当たらない。対応策を検討する。",
    r"・参考：他事業の方策　(要因分析|課題)の「」と同様の要因（「」）がある.+（\d\d \d\d \d\d）では、「」(としている|に取り組んでいる)。"
    r"本事業への応用を検討する。",
    r"・要因分析で成果が見られた「」を踏まえ、その取組の対象や規模を広げる。",
    r"・要因分析が今後の対応として挙げる「」を、次年度の方策として具体化する。",
    r"・【要検討】.+の要因分析は「」と述べるにとどまり、要因の記載がないため、要因を確認したうえで方策を検討する。",
    r"・【要検討】.+は要因分析に記載がないため、要因を確認したうえで方策を検討する。",
)
MAX_CAUSES = 4  # causes per topic that get their own bullet (the worksheet lists all)
MAX_PEERS = 2  # 参考 bullets per topic
FORWARD_MIN = 0.12  # a forward statement belongs to a cause (idf cosine)


def _q(r: Ref) -> str:
    return f"「{r.text}」"


def _src(r: Ref) -> str:
    """「要因分析の「…」」 or 「課題の「…」」: where a quoted cause comes from, then the quote."""
    return f"{'要因分析' if r.label == '要因分析' else '課題'}の{_q(r)}"


class _Proposer:
    def __init__(self, ws: Worksheet, weights, fy_label: str) -> None:
        self.ws, self.w, self.y = ws, weights, fy_label
        self.bullets: list[Bullet] = []
        self.rows: list[dict] = []
        self.continued: set[str] = set()
        self.adjusted: dict[str, set[str]] = {}
        self.issues_used: set[str] = set()  # 課題 an indicator bullet already answers

    def bullet(self, topic: Topic, text: str, why: str, kind: str, basis: str, refs: list[Ref], cause: Ref | None) -> Bullet:
        cites: list[dict] = []
        if topic.figure_ref is not None:
            _add(cites, topic.figure_ref.cite)
        for r in refs:
            _add(cites, r.cite)
        b = Bullet(text, why, cites, kind, [topic.key], basis, cause.text if cause else "")
        self.bullets.append(b)
        return b

    def answered(self, text: str) -> bool:
        """This year's 9-2 already says it (nearly the same words, or ``match.addresses``): a
        forward statement or a worked 取組 it covers is not proposed as missing from the 方策."""
        t = _terms(text)
        return any(_similar(text, m) >= 0.5 or addresses(self.w, t, set(), _terms(m)) > 0 for m in self.ws.measures)

    def result(self, topic: Topic) -> str:
        if topic.indicator is not None:
            ind = topic.indicator
            u = ind.get("unit", "")
            if ind.get("status") == "未達成":
                return f"{ind['name']}は{self.y} {ind.get('r6') or '―'}{u}（目標{ind.get('r6_target') or '―'}{u}）にとどまっている"
            return f"{ind['name']}は{ind.get('r5') or '―'}{u}から{ind.get('r6') or '―'}{u}と低下している"
        return "課題として残っている"

    def forward_for(self, topic: Topic, row: CauseRow, used: set[int]) -> Ref | None:
        best = None
        for k, f in enumerate(topic.forward):
            if k in used or self.answered(f.text):
                continue
            s = self.w.sim(row.terms, _terms(f.text))
            if s >= FORWARD_MIN and (best is None or s > best[0]):
                best = (s, k, f)
        if best is None:
            return None
        used.add(best[1])
        return best[2]

    def primary(self, topic: Topic, row: CauseRow, used_fwd: set[int]) -> Bullet | None:
        c = row.cause
        fig = self.result(topic)
        fwd = self.forward_for(topic, row, used_fwd)
        by = {r.label: r for r in row.measures}
        own, done, issue = by.get("今年度の方策"), by.get("実績") or by.get("細事業"), by.get("課題")
        if fwd is None and issue is not None and own is None and issue.text not in self.issues_used:
            self.issues_used.add(issue.text)
            text = f"・{_src(c)}を踏まえ、課題に挙げた{_q(issue)}への対応を強化する。"
            why = "要因分析の要因と同じ内容が課題に挙がっており、今年度の方策には対応する記載がないため新規とする。"
            return self.bullet(topic, text, why, KIND_NEW, BASIS_ISSUE, [c, issue], c)
        if fwd is not None:
            text = f"・{_src(c)}に対し、要因分析が今後の対応として挙げる{_q(fwd)}を、次年度の方策として具体化する。"
            why = "要因分析に今後の対応の記載があり、今年度の方策には同趣旨の記載がないため新規とする。"
            return self.bullet(topic, text, why, KIND_NEW, BASIS_ANALYSIS, [c, fwd], c)
        if done is not None and done.text in self.adjusted.get(topic.key, set()):
            done = None  # one 調整 per 実績 and topic: a second cause falls through
        if done is not None:
            self.adjusted.setdefault(topic.key, set()).add(done.text)
            rem = remedy(c.text, issue.text if issue is not None else "")
            text = f"・{_src(c)}に対し、今年度は{_q(done)}に取り組んだが、{fig}ため、{rem.action if rem else GENERAL}。"
            why = (f"今年度の{done.label}はこの要因に向けたものだが、{fig}ため、内容を見直す（調整）。"
                   if topic.indicator is not None else f"今年度の{done.label}はこの課題に向けたものだが、課題が残っているため、内容を見直す（調整）。")
            refs = [c, done]
            if rem is not None:
                where = ("要因" if c.label == "要因分析" else "課題") if rem.cue in c.text else "課題"
                why += f"{where}の「{rem.cue}」から、{rem.kind}に関する見直しとする。"
                if rem.cue not in c.text:
                    refs.append(issue)  # the 課題 that names the lever is cited too
            else:
                why += "要因の記載には時期・周知・担い手・費用など見直す点の手がかりがないため、対象・方法・時期の全般を見直す。"
            if own is not None:
                why += f"今年度の方策「{short(own.text, 30)}」も同じ要因に対応している。"
                refs.append(own)
            return self.bullet(topic, text, why, KIND_ADJUST, BASIS_RESULT, refs, c)
        if own is not None:
            if own.text in self.continued and len([b for b in self.bullets if topic.key in b.targets]) > 0:
                return None  # already carried on for another cause of this topic
            self.continued.add(own.text)
            text = f"・{_src(c)}に対しては、今年度の方策{_q(own)}を継続し、実施状況と効果を確認する。"
            why = "今年度の方策で既にこの要因に対応しているため継続とする（シートの方策の再掲）。"
            return self.bullet(topic, text, why, KIND_CONTINUE, BASIS_MEASURE, [c, own], c)
        if row.peers:
            return None  # the 参考 bullet speaks for it
        text = f"・【要検討】{_src(c)}に対応する方策が、今年度の実績・方策に見当たらない。対応策を検討する。"
        why = "この要因に対応する今年度の実績・方策も、類似の要因への他事業の方策も見当たらないため。"
        return self.bullet(topic, text, why, KIND_OPEN, BASIS_OPEN, [c], c)

    def peer(self, topic: Topic, row: CauseRow) -> Bullet | None:
        if not row.peers:
            return None
        p = row.peers[0]
        verb = "としている" if p.measure.label == "他事業の方策" else "に取り組んでいる"
        text = (f"・参考：他事業の方策　{_src(row.cause)}と同様の要因（{_q(p.cause)}）がある"
                f"{p.name}では、{_q(p.measure)}{verb}。本事業への応用を検討する。")
        why = (f"{p.name}の{'要因分析' if p.cause.label == '他事業の要因' else '課題'}に類似の要因があり、"
               f"その{'方策' if verb == 'としている' else '実績'}を参考として示す。本事業にとっては新規。")
        return self.bullet(topic, text, why, KIND_NEW, BASIS_PEER, [row.cause, p.cause, p.measure], row.cause)

    def worked(self, topic: Topic) -> Bullet | None:
        for w in topic.worked:
            if self.answered(w.text):
                continue
            if not any(k in w.text for k in ("効果", "有効", "確認", "結び付", "つながった", "着実に進")):
                continue
            text = f"・要因分析で成果が見られた{_q(w)}を踏まえ、その取組の対象や規模を広げる。"
            why = "要因分析が効果のあった取組として挙げており、今年度の方策に同趣旨の記載がないため、拡充を提案する（調整）。"
            return self.bullet(topic, text, why, KIND_ADJUST, BASIS_ANALYSIS, [w], None)
        return None

    def no_cause(self, topic: Topic) -> Bullet:
        ind = topic.indicator or {}
        if topic.stated is not None:
            text = (f"・【要検討】{ind.get('name', topic.title)}の要因分析は{_q(topic.stated)}と述べるにとどまり、"
                    "要因の記載がないため、要因を確認したうえで方策を検討する。")
            refs = [topic.stated]
        else:
            text = f"・【要検討】{ind.get('name', topic.title)}は要因分析に記載がないため、要因を確認したうえで方策を検討する。"
            refs = []
        why = "要因分析に要因として読める記載がないため。"
        return self.bullet(topic, text, why, KIND_OPEN, BASIS_OPEN, refs, topic.stated)

    def covered(self, topic: Topic) -> bool:
        """A 課題 whose text an indicator bullet already answers (same cause)."""
        if topic.indicator is not None or not topic.causes:
            return False
        if topic.causes[0].cause.text in self.issues_used:
            return True
        terms = topic.causes[0].terms
        return any(self.w.sim(terms, _terms(b.cause)) >= 0.45 for b in self.bullets if b.cause)

    def topic(self, topic: Topic) -> None:
        first = len(self.bullets)
        if topic.indicator is not None and not topic.causes:
            self.no_cause(topic)
        elif self.covered(topic):
            self.rows.append(self._row(topic, topic.causes[0], [], note="指標の要因と同じ内容のため、指標の方策で対応"))
            issue = topic.causes[0].cause.text
            by = [b for b in self.bullets if any(issue in c["quote"] for c in b.citations)] or self.bullets[-1:]
            self._previous(topic, by)
            return
        used_fwd: set[int] = set()
        peers = 0
        for row in topic.causes[:MAX_CAUSES]:
            made = [self.primary(topic, row, used_fwd)]
            if peers < MAX_PEERS and row.peers:
                made.append(self.peer(topic, row))
                peers += 1
            self.rows.append(self._row(topic, row, [b for b in made if b is not None]))
        for row in topic.causes[MAX_CAUSES:]:
            self.rows.append(self._row(topic, row, [], note="項目数の上限のため方策は省略（要因として記録）"))
        for k, f in enumerate(topic.forward):
            if k not in used_fwd and not self.answered(f.text):
                text = f"・要因分析が今後の対応として挙げる{_q(f)}を、次年度の方策として具体化する。"
                self.bullet(topic, text, "要因分析に今後の対応の記載があり、今年度の方策に同趣旨の記載がないため新規とする。",
                            KIND_NEW, BASIS_ANALYSIS, [f], None)
        self.worked(topic)
        made = self.bullets[first:]
        self._previous(topic, made)
        if not topic.causes or (topic.indicator is not None and not any(r["topic"] == topic.title for r in self.rows)):
            self.rows.append(self._row(topic, None, made))

    def _previous(self, topic: Topic, made: list[Bullet]) -> None:
        """Last year's measures for this topic: carried out (in this year's 実績) or not, cited."""
        if made and topic.previous:
            made[0].rationale += "".join(
                f"前年度の方策「{short(p.measure.text, 25)}」は"
                + ("今年度の実績に記載があり実施済み。" if p.done else "今年度の実績に記載が見当たらず、実施状況の確認が必要。")
                for p in topic.previous)
            for p in topic.previous:
                _add(made[0].citations, p.measure.cite)
                if p.done:
                    _add(made[0].citations, p.done.cite)

    def _row(self, topic: Topic, row: CauseRow | None, made: list[Bullet], note: str = "") -> dict:
        cause = row.cause if row else topic.stated
        measures = row.measures if row else []
        return {
            "key": topic.key,
            "topic": topic.title,
            "cause": cause.text if cause else "（要因の記載なし）",
            "cause_n": cause.cite["n"] if cause else None,
            "measure": "／".join(f"{m.label}：{m.text}" for m in measures) or "（該当する取組の記載なし）",
            "measure_n": [m.cite["n"] for m in measures],
            "result": topic.figure or "課題として残っている",
            "proposal": "\n".join(b.text for b in made) or note,
            "kind": "／".join(b.label for b in made),
            "peers": [f"{p.name}：{p.measure.text}" for p in (row.peers if row else [])],
            "peer_n": [n for p in (row.peers if row else []) for n in (p.cause.cite["n"], p.measure.cite["n"])],
            "previous": [f"{p.measure.text}（{'実績あり' if p.done else '実績に記載なし'}）" for p in topic.previous],
        }


def propose(ws: Worksheet, weights, fy_label: str) -> tuple[list[Bullet], list[dict]]:
    """The draft's bullets and the worksheet rows (one per cause) of a worksheet."""
    p = _Proposer(ws, weights, fy_label)
    for t in ws.topics:
        p.topic(t)
    return p.bullets, p.rows

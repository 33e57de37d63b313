"""The passage that prints the figures a question quotes: 「271駅のうち182駅なら67％…10年前と比べてどれだけ増えた」
quotes the 現状と課題's 「271駅のうち、無人駅は182駅」, 「立ち入った施設が586、そのうち水を採って調べたのが352」 the
取組実績's counts.  A figure with its counter (182駅, 25施設, 516件), printed word for word in one passage of the sheet
the question is on, says where its answer is, whatever section the question's wording asks for."""

from __future__ import annotations

import re

from ingest.form import nfkc

from ..text.terms import NAME_FIGURE

# A figure with the counter written after it (182駅, 1,480施設, 0.8ha); not a year, a month or an amount of money,
# which the cost table and the years read.
_COUNTED = re.compile(r"(?<![\d,.])(\d[\d,]*(?:\.\d+)?)\s*([一-龥ァ-ヶa-zA-Z％%]{1,2})")
_NOT_COUNTER = re.compile(r"[年月日円万億千百度時分秒歳代割倍]|^(?:R|H)")


def quoted_figures(q: str) -> list[str]:
    """The figures ``q`` quotes with their counters, as a sheet would print them (「182駅」「25施設」)."""
    out = []
    q = nfkc(q)
    for m in _COUNTED.finditer(q):
        num, counter = m.group(1), m.group(2)
        if NAME_FIGURE.match(q, m.start(1)):
            continue  # (「30人学級」: a program's name)
        if _NOT_COUNTER.match(counter) or (len(num.replace(",", "")) < 2 and "." not in num):
            continue  # (「3人」: too short a figure to tell one passage from another)
        out.append(num + counter[:1] if counter[:1] not in "％%" else num + "%")
    return list(dict.fromkeys(out))


def printed(figure: str, text: str) -> bool:
    """Whether ``text`` (normalised) prints ``figure`` with its counter, not as part of a longer number."""
    return re.search(r"(?<![\d,.])" + re.escape(figure), text) is not None


def figure_shares(snap, cands, figures: list[str]) -> dict[str, float]:
    """Each candidate chunk that prints some of ``figures``: the share it prints (a chunk printing one of two counts)."""
    out: dict[str, float] = {}
    if not figures:
        return out
    for cid in cands:
        text = nfkc(snap.chunks[cid].text)
        got = sum(printed(f, text) for f in figures)
        if got:
            out[cid] = got / len(figures)
    return out

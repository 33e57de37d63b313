"""Text heuristics of drafting: terms, similarity, the cause an analysis names, the
measure a sentence proposes, and how sources and years are labelled."""

from __future__ import annotations

import re
from typing import NamedTuple

from ingest.form import SECTION_SHORT_LABELS, reiwa
from ingest.form import nfkc as _nfkc

# --------------------------------------------------------------------------- text helpers
_STOP = frozenset("実施 必要 こと する ある いる なる 行う 図る 向け 向ける 年度 事業 取組 取り組む 目標 対応 よう ため 等 "
                  "もの れる られる 前年度 今後 また 一方 できる 増加 減少 下回る 上回る 目標値 参加 つなげる 活用 "
                  "改善 場合 的 性 化 県 さ".split())


def _terms(text: str) -> set[str]:
    from assistant.text.tokens import tokenize

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


class Phrase(NamedTuple):
    """A phrase drawn from a sheet: the sentence as printed (what a citation quotes) and the phrase."""

    quote: str
    text: str


def find_cause(analysis: str) -> Phrase | None:
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
            return Phrase(sent, past)
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


def forward_phrase(analysis: str) -> Phrase | None:
    """(sentence, action) for the first forward-looking sentence of a 要因分析 (今後は…必要がある)."""
    cues = ("必要がある", "必要である", "重要である", "求められる", "図っていきたい", "ていきたい", "次年度は", "今後は", "来年度は",
            "有効と考えられる", "課題である")
    for sent in _sentences(analysis):
        if not any(c in sent for c in cues):
            continue
        phrase = measure_phrase(sent)
        if phrase:
            return Phrase(sent, phrase)
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


def _section_label(c: dict) -> str:
    s = c["section"]
    label = SECTION_SHORT_LABELS.get(s)
    return label or f"{s} {c.get('section_title', '')}".strip()

"""The rows a comparison question names: 「特別支援学級担任の免許状保有率と、県営住宅の長寿命化改修の
完了棟数、達成率はどっちが上？」 -> those two indicators; 「A事業とB事業の執行率はどちらが高い」 -> those
two 事業.

By shared characters, not exact names: a row is named when most of its name's character
pairs (bigrams, the parenthesised asides and a trailing 費 left out) occur in the question.
People shorten names (「県営住宅の長寿命化改修の完了棟数」 for 「長寿命化改修（外壁改修・屋上防水）を完了
した棟数（累計）」), so a share is asked, not the whole name; a comparison needs two rows or more,
otherwise the question is left to the existing answers.

Shorter still (「認知症の事業と特殊詐欺の事業」「保育士の確保の事業」): when fewer than two 事業 are named by
that share, a 事業 is named by two of its name's telling bigrams (the words every 事業名 is made of,
事業・推進・支援・対策…, do not tell) found in the question.
"""

from __future__ import annotations

import re

from ingest.form import nfkc

from .spec import QuerySpec
from .tables import Tables

NAMED_SHARE = 0.55  # of a name's bigrams found in the question
PHRASE_SHARE = 0.7  # of a phrase's bigrams (between 「、」) found in a row's 事業名 and 指標名, the best row
TELLING_BIGRAMS = 2  # a short mention: this many of a 事業名's telling bigrams found in the question
# Bigrams of the words 事業名 are built from: they name no 事業 (「…推進事業費」「…対策事業費」).
_PLAIN_BIGRAMS = {"事業", "推進", "支援", "対策", "強化", "整備", "促進", "振興", "活用", "事務", "運営", "管理", "進事",
                  "援事", "策事", "化事", "備事", "進費", "県立", "県民", "業費"}


_FORM_WORD = re.compile(r"(?<![ァ-ヶー])シート(?![ァ-ヶー])")


def _bigrams(text: str, name: bool = True) -> set[str]:
    text = nfkc(text)
    if name:  # a name's asides and its trailing 費 are left out; the question is read whole
        text = re.sub(r"費$", "", re.sub(r"[（(][^）)]*[）)]", "", text))
    text = re.sub(r"[\s、。,・の「」]", "", text)
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _share(name: str, qgrams: set[str]) -> float:
    grams = _bigrams(name)
    return len(grams & qgrams) / len(grams) if grams else 0.0


def _each_phrase(rows: list, question: str) -> list[str]:
    """The indicator each phrase of the question names (「AAの平均待機日数と、BBの合否通知までの平均日数、どっちが」):
    per phrase between 「、」, the row (its 事業名 and 指標名) holding most of the phrase's bigrams, the best only;
    two phrases naming two rows, or none."""
    names = {key: _bigrams(jigyo) | _bigrams(name) for key, jigyo, name in rows}
    keys = []
    for part in re.split(r"[、,]", question):
        grams = _bigrams(part, name=False)
        if len(grams) < 4:
            continue
        scored = sorted(((len(grams & g) / len(grams), key) for key, g in names.items()), reverse=True)
        if scored and scored[0][0] >= PHRASE_SHARE and (len(scored) < 2 or scored[1][0] < scored[0][0]):
            keys.append(scored[0][1])
    keys = list(dict.fromkeys(keys))
    return sorted(keys) if len(keys) >= 2 else []


def resolve_named(t: Tables, spec: QuerySpec, question: str) -> QuerySpec | None:
    """``spec`` narrowed to the rows the question names (事業 for money, 指標 for indicators), or
    None when fewer than two are named."""
    # (「シート上の数値を示されたい」: the form itself, a word of no 事業名; シートベルト is one word)
    qgrams = _bigrams(_FORM_WORD.sub("", question), name=False)
    if spec.table == "indicators":
        df = t.indicators[t.indicators["latest"]]
        rows = [(f"{no}#{n}", jigyo, name) for no, n, jigyo, name in
                zip(df["jigyo_no"], df["indicator_no"], df["jigyo_name"], df["indicator"])]
        keys = _each_phrase(rows, question) or sorted({key for key, _, name in rows if _share(name, qgrams) >= NAMED_SHARE})
        return spec.model_copy(update={"indicators": keys}) if len(keys) >= 2 else None
    df = t.costs[t.costs["latest"]]
    names = dict(zip(df["jigyo_no"], df["jigyo_name"]))
    nos = sorted({no for no, name in names.items() if _share(name, qgrams) >= NAMED_SHARE})
    if len(nos) < 2:  # short mentions: 「認知症の事業と特殊詐欺の事業」
        nos = sorted({no for no, name in names.items() if len((_bigrams(name) - _PLAIN_BIGRAMS) & qgrams) >= TELLING_BIGRAMS})
    return spec.model_copy(update={"jigyo": nos}) if len(nos) >= 2 else None

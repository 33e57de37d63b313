"""How the sheets gloss their terms: 「野外焼却（野焼き）」「介護支援専門員（ケアマネジャー）」, the sheet's term and, in
brackets after it, the everyday word people know it by.  Read by linking (a clipped word's full form that a sheet glosses,
``query.completion``) and by the phrase check (``ask.refusal``): part of the form's written vocabulary."""

from __future__ import annotations

import re

from ingest.form import nfkc

# 「野外焼却（野焼き）」「特定小型原動機付自転車（電動キックボード）」: the sheet's term, then the everyday word for it.
_GLOSS = re.compile(r"([一-龥ァ-ヶーA-Za-zＡ-Ｚａ-ｚ]{2,20})[（(]([^（）()、。]{2,12})[）)]")


def sheet_glosses(sheet: list[str]) -> dict[str, set[str]]:
    """The everyday words a sheet glosses its terms with, each with its terms (野焼き: {野外焼却}): where the user says
    野焼き, the sheet's 野外焼却 speaks of it, in any passage of that sheet."""
    out: dict[str, set[str]] = {}
    for body in sheet:
        for m in _GLOSS.finditer(body):
            out.setdefault(nfkc(m.group(2)), set()).add(nfkc(m.group(1)))
    return out

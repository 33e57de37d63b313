"""The catalogue of entity names of the indexed sheets: 事業, indicators, 細事業, 部局.

Built once per snapshot generation (``Snapshot.derived``) with tokens, idf weights and
a posting list; name embeddings come from the embedder's bounded name cache, so a
catalogue rebuilt after an ingest embeds only new names.
"""

from __future__ import annotations

import math
import re
import threading

from ingest.form import nfkc, numbers_in

from ..text.tokens import tokenize
from ..text.vocabulary import STOP_TOKENS
from ..types import Entity

class Catalogue:
    """Entity names of the indexed sheets with tokens, idf weights and embeddings."""

    def __init__(self, snap, embedder) -> None:
        self.entities: list[Entity] = []
        self.tokens: list[set[str]] = []
        self.fiscal_years: set[int] = set()
        self.jigyo_names: dict[str, str] = {}
        self.bukyoku: set[str] = set()
        # Indicator figures as printed (commas dropped) -> (事業番号, indicator no, name, unit):
        # 「目標1,500人って何を根拠に」 names its indicator by a figure only it reports.
        self.figures: dict[str, set[tuple]] = {}
        seen: set[tuple] = set()
        newest: dict[str, dict] = {}
        for rec in snap.records.values():
            s = rec["sheet"]
            fy = rec.get("fiscal_year") or 0
            self.fiscal_years.add(fy)
            no = s["jigyo_no"]
            if no not in newest or fy > newest[no].get("fiscal_year", 0):
                newest[no] = rec
            self.bukyoku.add(s.get("bukyoku", ""))
        for rec in sorted(snap.records.values(), key=lambda r: -(r.get("fiscal_year") or 0)):
            s = rec["sheet"]
            no = s["jigyo_no"]
            self.jigyo_names.setdefault(no, s["jigyo_name"])
            items = [Entity("jigyo", s["jigyo_name"], no, bukyoku=s.get("bukyoku", ""))]
            for ind in s.get("indicators", []):
                items.append(Entity("indicator", ind["name"], no, indicator=ind["no"]))
                for col in ("r4", "r5", "r6", "r6_target"):
                    for x in numbers_in(str(ind.get(col) or "")):
                        self.figures.setdefault(figure_key(x), set()).add((no, ind["no"], ind["name"], nfkc(ind.get("unit") or "")))
            for row in s.get("detail", []):
                items.append(Entity("detail", row["name"], no, detail_no=row["no"]))
                for it in row.get("items", []):
                    if it.get("name"):
                        items.append(Entity("detail", it["name"], no, detail_no=row["no"]))
            for e in items:
                key = (e.kind, e.name, e.jigyo_no, e.indicator, e.detail_no)
                if key in seen or not e.name.strip():
                    continue
                seen.add(key)
                self.entities.append(e)
        self.bukyoku.discard("")
        self.tokens = [set(tokenize(e.name)) - STOP_TOKENS for e in self.entities]
        df: dict[str, int] = {}
        for toks in self.tokens:
            for t in toks:
                df[t] = df.get(t, 0) + 1
        n = max(1, len(self.tokens))
        self.idf = {t: math.log(1 + n / c) for t, c in df.items()}
        self.max_idf = math.log(1 + n)
        self.postings: dict[str, list[int]] = {}
        for i, toks in enumerate(self.tokens):
            for t in toks:
                self.postings.setdefault(t, []).append(i)
        self.name_weight = [sum(self.idf_of(t) for t in toks) or 1.0 for toks in self.tokens]
        self.norm_names = [nfkc(e.name).lower() for e in self.entities]
        names = {nfkc(e.name) for e in self.entities if e.kind in ("jigyo", "detail")}
        # Users type 「高齢者交通安全対策で」 without 事業費: its 対策 is a name, not a plan cue.
        names |= {c for c in (re.sub(r"(?:推進)?(?:事業費|事業)$", "", n) for n in names) if len(c) >= 4}
        self.strip_names = sorted(names, key=len, reverse=True)
        self.newest_year = max(self.fiscal_years) if self.fiscal_years else None
        self._embedder = embedder
        self._vectors = None
        self._vec_lock = threading.Lock()

    def vectors(self):
        """Name embeddings (rows in entity order), computed on first use."""
        import numpy as np

        with self._vec_lock:
            if self._vectors is None:
                names = [e.name for e in self.entities]
                vecs = self._embedder.name_vectors(names) if names else []
                self._vectors = np.asarray(vecs, dtype=np.float32).reshape(len(names), -1)
            return self._vectors

    def idf_of(self, token: str) -> float:
        return self.idf.get(token, self.max_idf)




def figure_key(number: str) -> str:
    """One key for a figure however it is printed: 90.0, 90 and 90.00 are one figure."""
    number = number.replace(",", "")
    return number.rstrip("0").rstrip(".") if "." in number else number


def catalogue(snap, embedder) -> Catalogue:
    """The catalogue of ``snap`` (owned by the snapshot, rebuilt when its generation changes)."""
    key = f"catalogue:{getattr(embedder, 'name', type(embedder).__name__)}"
    return snap.derived(key, lambda: Catalogue(snap, embedder))

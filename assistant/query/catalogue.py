"""The catalogue of entity names of the indexed sheets: 事業, indicators, 細事業, 部局.

Built once per snapshot generation (``Snapshot.derived``) from the names the read side
lays out per sheet (with their Sudachi tokens), with idf weights and a posting list. Name
embeddings live on disk beside the read side (``Snapshot.name_matrix``, memory-mapped), so
a catalogue rebuilt after an ingest embeds only the names that are new, once for all
processes, and holds no entities x dimensions matrix in memory.
"""

from __future__ import annotations

import functools
import json
import math
import re
import threading

from ingest.form import nfkc, numbers_in

from ..text.tokens import tokenize
from ..text.vocabulary import STOP_TOKENS
from ..types import Entity

_KANJI_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")
_KANA_WORD = re.compile(r"[ァ-ヶー]{3,}")

# The Latin letter a katakana word starts with, romanised (パ: p; フ: f or h; シ: s; ジ: j or z; チ: c or t).
_KANA_ROWS = {"アイウエオ": "aiueo", "カキクケコ": "k", "ガギグゲゴ": "g", "サスセソ": "s", "シ": "s", "ザズゼゾ": "z",
              "ジ": "jz", "タテト": "t", "チ": "ct", "ツ": "t", "ダヂヅデド": "d", "ナニヌネノ": "n", "ハヒヘホ": "h", "フ": "fh",
              "バビブベボ": "b", "パピプペポ": "p", "マミムメモ": "m", "ヤユヨ": "y", "ラリルレロ": "r", "ワヲ": "w", "ヴ": "v"}


def _initials(kana: str) -> str:
    """The Latin letters a word starting with ``kana`` may be abbreviated by (empty for a kana of no row here)."""
    for row, letters in _KANA_ROWS.items():
        if kana in row:
            return letters[row.index(kana)] if row == "アイウエオ" else letters
    return ""


class Catalogue:
    """Entity names of the indexed sheets with tokens, idf weights and embeddings."""

    def __init__(self, snap, embedder) -> None:
        self.entities: list[Entity] = []
        self.tokens: list[set[str]] = []
        self.fiscal_years: set[int] = {r.fiscal_year or 0 for r in snap.sheet_rows}
        self.bukyoku: set[str] = {r.bukyoku for r in snap.sheet_rows} - {""}
        self.jigyo_names: dict[str, str] = {}
        newest_first = sorted(snap.sheet_rows, key=lambda r: -(r.fiscal_year or 0))
        for r in newest_first:
            self.jigyo_names.setdefault(r.jigyo_no, r.jigyo_name)
        self.figures = _figures(snap, newest_first)
        seen: set[tuple] = set()
        token_sets: dict[str, set[str]] = {}  # one set per distinct name (names repeat across sheets)
        norm: dict[str, str] = {}
        self.norm_names: list[str] = []
        # 中退 for 中途退学: two kanji words of a name, shortened to the first kanji of each (two
        # katakana words to the first two kana of each: リモセン for リモートセンシング).
        # サ高住 for サービス付き高齢者向け住宅: three words of a name by the first kana or kanji of each.
        self.name_abbrev: dict[str, set[tuple[str, ...]]] = {}
        # 鉛管 for 鉛製給水管: a word's first kanji and the head kanji of the compound after it (three kanji or more).
        self.name_head_tail: dict[str, set[tuple[str, ...]]] = {}
        for kind, name, no, ind, det, bukyoku, toks in snap.entity_names():
            e = Entity(kind, name, no, bukyoku=bukyoku) if kind == "jigyo" else \
                Entity(kind, name, no, indicator=ind) if kind == "indicator" else Entity(kind, name, no, detail_no=det)
            key = (e.kind, e.name, e.jigyo_no, e.indicator, e.detail_no)
            if key in seen or not e.name.strip():
                continue
            seen.add(key)
            self.entities.append(e)
            if name not in token_sets:
                ordered = json.loads(toks)
                token_sets[name] = set(ordered) - STOP_TOKENS
                norm[name] = nfkc(name).lower()
                for a, b in _word_pairs(ordered):
                    if _KANJI_WORD.fullmatch(a) and _KANJI_WORD.fullmatch(b):
                        self.name_abbrev.setdefault(a[0] + b[0], set()).add((a, b))
                        if len(b) >= 3:
                            self.name_head_tail.setdefault(a[0] + b[-1], set()).add((a, b))
                    elif _KANA_WORD.fullmatch(a) and _KANA_WORD.fullmatch(b):  # リモセン: リモート+センシング
                        self.name_abbrev.setdefault(a[:2] + b[:2], set()).add((a, b))
                        # デジアカ: デジタル+アーカイブ, the long-vowel mark skipped
                        a2, b2 = a.replace("ー", "")[:2], b.replace("ー", "")[:2]
                        self.name_abbrev.setdefault(a2 + b2, set()).add((a, b))
                for abbrev, words in _initials3(ordered):
                    self.name_abbrev.setdefault(abbrev, set()).add(words)
            self.tokens.append(token_sets[name])
            self.norm_names.append(norm[name])
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
        # (math.fsum: one float whatever order the set gives its words, so ties stay ties in every process)
        weights = {name: math.fsum(self.idf_of(t) for t in toks) or 1.0 for name, toks in token_sets.items()}
        self.name_weight = [weights[e.name] for e in self.entities]
        names = {nfkc(e.name) for e in self.entities if e.kind in ("jigyo", "detail")}
        # Users type 「高齢者交通安全対策で」 without 事業費: its 対策 is a name, not a plan cue.
        names |= {c for c in (re.sub(r"(?:推進)?(?:事業費|事業)$", "", n) for n in names) if len(c) >= 4}
        self.strip_names = sorted(names, key=lambda n: (-len(n), n))
        self.newest_year = max(self.fiscal_years) if self.fiscal_years else None
        self._snap = snap
        self._embedder = embedder
        self._vectors = None
        self._vec_lock = threading.Lock()

    @functools.cached_property
    def money_rows(self) -> list:
        """Every amount the sheets print (``money_link.money_rows``), read on the first question that quotes one."""
        from .money_link import money_rows

        return money_rows(self._snap, sorted(self._snap.sheet_rows, key=lambda r: -(r.fiscal_year or 0)))

    def vectors(self):
        """(name vectors, row of each entity): the snapshot's memory-mapped name matrix, whose
        rows are read by the entities' names; names never embedded before are embedded first."""
        import numpy as np

        with self._vec_lock:
            if self._vectors is None:
                names = [e.name for e in self.entities]
                self._vectors = self._snap.name_matrix(self._embedder, names) if names else \
                    (np.zeros((0, 0), dtype=np.float32), np.zeros(0, dtype=np.int64))
            return self._vectors

    def norm_jigyo(self, no: str) -> str:
        """The 事業名 of ``no``, NFKC and lower case (as ``norm_names``)."""
        return self._norm_jigyo.get(no, "")

    @functools.cached_property  # normalised once per catalogue, not per scored name
    def _norm_jigyo(self) -> dict[str, str]:
        return {no: nfkc(name).lower() for no, name in self.jigyo_names.items()}

    @functools.cached_property  # once per catalogue
    def names_text(self) -> str:
        """Every distinct name (NFKC, lower case), one a line: where a run of words is looked for in the names."""
        return "\n".join(sorted(set(self.norm_names)))

    @functools.cached_property  # once per catalogue
    def ampersand_initials(self) -> dict[str, str]:
        """{p&r: パーク&ライド}: two katakana words a name joins with ＆, said by their Latin initials (P&R)."""
        out: dict[str, str] = {}
        for name in self.norm_names:
            for a, b in re.findall(r"([ァ-ヶー]{2,})&([ァ-ヶー]{2,})", name):
                for x in _initials(a[0]):
                    for y in _initials(b[0]):
                        out.setdefault(f"{x}&{y}", f"{a}&{b}")
        return out

    @functools.cached_property  # once per catalogue
    def dotted_kana(self) -> dict[str, str]:
        """{マイタイムライン: マイ・タイムライン}: a name's katakana words joined by ・, as users type them without it."""
        return {run.replace("・", ""): run for name in self.norm_names
                for run in re.findall(r"[ァ-ヶー]{2,}(?:・[ァ-ヶー]{2,})+", name)}

    @functools.cached_property  # once per catalogue
    def clipped_kana(self) -> dict[str, str]:
        """{クラファン: クラウドファンディング}: a name's two katakana words in a row, each clipped to its first two morae,
        as people shorten loanwords (クラウド + ファンディング, パーソナル + コンピューター)."""
        out: dict[str, str] = {}
        for name in self.norm_names:
            for run in re.findall(r"[ァ-ヶー]{6,}", name):
                words = [t for t in tokenize(run) if t != run and re.fullmatch(r"[ァ-ヶー]{2,}", t) and t in run]
                for a, b in zip(words, words[1:]):
                    if a + b in run:
                        out.setdefault(_two_morae(a) + _two_morae(b), a + b)
        # (a clipping that is itself written in a name is that name's word, not a short form)
        return {k: v for k, v in out.items() if len(k) >= 4 and k not in self.names_text}

    def unclipped(self, run: str) -> str:
        """A katakana run of the question with a clipping of ``clipped_kana`` spelled out: the whole run (クラファン), or its
        start when the rest is a word the names use (クラファン + セミナー); any other run as it was (ネットラジオ is no
        ネットトラブル + ジオ)."""
        if run in self.clipped_kana:
            return self.clipped_kana[run]
        for n in (5, 4):
            head, rest = run[:n], run[n:]
            if head in self.clipped_kana and len(rest) >= 3 and rest in self.names_text:
                return self.clipped_kana[head] + rest
        return run

    @functools.cached_property  # derived from the stored state, once per catalogue (not per question)
    def name_owners(self) -> dict[str, str]:
        """Each word of exactly one 事業名 -> that 事業 (きのこ of きのこ生産振興事業費, GAP of ＧＡＰ認証取得推進事業費)."""
        owner: dict[str, str | None] = {}
        for e, toks in zip(self.entities, self.tokens):
            if e.kind == "jigyo":
                for t in toks:
                    owner[t] = e.jigyo_no if owner.get(t, e.jigyo_no) == e.jigyo_no else None
        return {t: no for t, no in owner.items() if no}

    def similarities(self, qvec):
        """Cosine of the question and each entity's name (entity order), or None when the
        vectors are of another size. Computed per distinct name, then spread to the entities."""
        import numpy as np

        if not self.entities:
            return None
        mat, rows = self.vectors()
        if mat.shape[1] != len(qvec):
            return None
        # einsum, not @: a matrix-vector BLAS call spins up OpenBLAS threads (slow on a busy 2-core box).
        return np.einsum("ij,j->i", np.asarray(mat), np.asarray(qvec, dtype=np.float32))[rows]

    def idf_of(self, token: str) -> float:
        return self.idf.get(token, self.max_idf)




def _two_morae(word: str) -> str:
    """A katakana word's first two morae, as a clipping keeps them: a small kana goes with the kana before, ン is a mora
    of its own, a long vowel mark is dropped (クラ of クラウド, ファン of ファンディング, パソ of パーソナル, コン of
    コンピューター)."""
    return "".join(re.findall(r"[^ァィゥェォャュョヮッ][ァィゥェォャュョヮッ]?", word.replace("ー", ""))[:2])


def _initials3(ordered: list[str]):
    """(abbreviation, words) for each three content words in a row of a name (the kana and one-kanji pieces between
    them skipped), shortened to the first character of each: サ高住 of サービス付き高齢者向け住宅 (サービス, 高齢, 住宅)."""
    pieces = [t for i, t in enumerate(ordered) if not any(u != t and u in t for u in ordered[i + 1:i + 8])]
    content = [t for t in pieces if _KANJI_WORD.fullmatch(t) or _KANA_WORD.fullmatch(t)]
    for x, y, z in zip(content, content[1:], content[2:]):
        yield x[0] + y[0] + z[0], (x, y, z)


def _word_pairs(ordered: list[str]):
    """Each word of a name with the word after it, a compound's own pieces skipped (暴力団 is followed by 排除, not by
    its pieces 暴力 and 団: 暴排 for 暴力団排除), and the pieces with theirs (中途 退学 of 中途退学者数)."""
    for i, a in enumerate(ordered):
        nxt = next((b for b in ordered[i + 1:] if b not in a), None)
        if nxt is not None:
            yield a, nxt


def _figures(snap, rows) -> dict[str, set[tuple]]:
    """Indicator figures as printed (commas dropped) -> (事業番号, indicator no, name, unit):
    「目標1,500人って何を根拠に」 names its indicator by a figure only it reports. Read from the
    sheets' indicator tables alone (``snap.sheet_parts``), newest sheets first."""
    figures: dict[str, set[tuple]] = {}
    nos = {r.version: r.jigyo_no for r in rows}
    for v, s in snap.sheet_parts([r.version for r in rows], "indicators"):
        for ind in s.get("indicators", []):
            row = (nos[v], ind["no"], ind["name"], nfkc(ind.get("unit") or ""))
            for col in ("r4", "r5", "r6", "r6_target"):
                for x in numbers_in(str(ind.get(col) or "")):
                    figures.setdefault(figure_key(x), set()).add(row)
                    if col in ("r6_target", "r6"):
                        figures.setdefault((TARGET if col == "r6_target" else NEWEST) + figure_key(x), set()).add(row)
            gap = _gap(ind.get("r6"), ind.get("r6_target"))
            if gap:
                figures.setdefault(GAP + gap, set()).add(row)
    return figures


# 「目標に９人足りなかった」: how far R6 fell short of (or passed) its target, keyed apart from printed figures.
GAP = "gap:"
# 「目標55って」「55いかなかった」: a target the question quotes, keyed apart too (a short figure names its indicator
# when said to be the target, not when it is any value of the table).
TARGET = "target:"
# 「221って数字、累計ですか？」: a figure that is the newest year's result, keyed apart too (several indicators print 221;
# the one whose R6 it is is the figure a reader of this year's sheets quotes).
NEWEST = "newest:"


def _gap(actual, target) -> str | None:
    """|target − actual| as the user would say it (9, 2.1), or None when either is missing."""
    a, t = numbers_in(str(actual or "")), numbers_in(str(target or ""))
    if len(a) != 1 or len(t) != 1:
        return None
    places = max(len(x.partition(".")[2]) for x in (a[0], t[0]))
    diff = abs(float(t[0].replace(",", "")) - float(a[0].replace(",", "")))
    return figure_key(f"{diff:.{places}f}") if diff else None


def figure_key(number: str) -> str:
    """One key for a figure however it is printed: 90.0, 90 and 90.00 are one figure."""
    number = number.replace(",", "")
    return number.rstrip("0").rstrip(".") if "." in number else number


def catalogue(snap, embedder) -> Catalogue:
    """The catalogue of ``snap`` (owned by the snapshot, rebuilt when its generation changes)."""
    key = f"catalogue:{getattr(embedder, 'name', type(embedder).__name__)}"
    return snap.derived(key, lambda: _stored(snap, embedder, key))


# Kept once per generation beside the read side: building it walks every name of every sheet
# (0.15 s of CPU per 1,000 sheets, in every process's first question), reading it back is a
# fifth of that. Keyed by index, generation (with its active versions' digest: copies of one index
# may reach one generation number with other sheets), embedder, this file and the modules it builds from, so a changed catalogue
# is built anew; whoever builds it first (the ingest, ``Kaizen.lay_out``) writes it.
_STATE = ("entities", "tokens", "fiscal_years", "bukyoku", "jigyo_names", "figures", "norm_names", "idf",
          "max_idf", "postings", "name_weight", "strip_names", "newest_year", "name_abbrev",
          "name_head_tail")


def _stored(snap, embedder, key: str) -> Catalogue:
    import hashlib
    import os
    import pickle
    from pathlib import Path

    # this file and what it builds from (STOP_TOKENS, nfkc): a changed stop word list is a changed catalogue
    from ingest import form
    from ..text import vocabulary

    code = "|".join(f"{st.st_size}:{st.st_mtime_ns}" for st in (Path(m).stat() for m in (__file__, vocabulary.__file__, form.__file__)))
    ident = f"{key}|{snap.store_id}|{snap.generation}|{snap.digest}|{code}"
    path = Path(snap.read.dir) / f"catalogue-{hashlib.sha256(ident.encode()).hexdigest()[:16]}.pkl"
    try:
        with open(path, "rb") as fh:
            state = pickle.load(fh)
        cat = Catalogue.__new__(Catalogue)
        cat.__dict__.update(state)
        cat._snap, cat._embedder, cat._vectors, cat._vec_lock = snap, embedder, None, threading.Lock()
        return cat
    except (OSError, pickle.PickleError, EOFError, AttributeError, TypeError, ValueError):
        pass
    generation = (snap.store_id, snap.generation, snap.digest)
    cat = Catalogue(snap, embedder)
    if generation != (snap.store_id, snap.generation, snap.digest):
        return cat  # the snapshot moved on while building: nothing to keep under this name
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            pickle.dump({k: getattr(cat, k) for k in _STATE}, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in path.parent.glob("catalogue-*.pkl"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        tmp.unlink(missing_ok=True)
    return cat

"""The bundled analytics question set, with answers computed from the sheets' source JSON
in plain Python (no pandas, no planner, no index): what ``kaizen eval`` scores the
analytics answers against.

    python -m tests.eval.analytics_set          # rewrites eval/datasets/analytics/*.jsonl

Sources: the bundled ``samples/specs/*.json`` and ``tests/data/*.expected.json`` (9 sheets) and the first 100 sheets of
``samples.corpus.generate_corpus(1000, seed=0)`` (the bench corpus; each PDF has its
source JSON beside it).  Conventions the answers follow (README「集計の質問」):
each 事業's newest sheet; money at the newest year present; indicators at each sheet's own
year; missing figures (―) left out; sums and counts with thousands separators; ratios
as percentages with one decimal.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "eval" / "datasets" / "analytics"
CORPUS_SIZE = 100


# --------------------------------------------------------------------------- plain parsing
def num(text) -> float | None:
    """Printed figure -> float (``△`` negative, ``―`` missing, full-width digits, units)."""
    t = unicodedata.normalize("NFKC", str(text or "")).strip().replace(",", "").replace(" ", "")
    if t in ("", "―", "-", "ー", "—"):
        return None
    neg = t.startswith(("△", "▲"))
    t = re.sub(r"[^\d.]", "", t)
    if not t:
        return None
    return -float(t) if neg else float(t)


def year_of(label: str) -> int:
    m = re.search(r"(\d+)", unicodedata.normalize("NFKC", label))
    return 2018 + int(m.group(1))


def latest(sheets: list[dict]) -> list[dict]:
    best: dict[str, dict] = {}
    for s in sheets:
        if s["jigyo_no"] not in best or year_of(s["year_label"]) > year_of(best[s["jigyo_no"]]["year_label"]):
            best[s["jigyo_no"]] = s
    return sorted(best.values(), key=lambda s: s["jigyo_no"])


def cost_at(s: dict, year: int) -> dict | None:
    for r in s["cost"]:
        if year_of(r["year"]) == year:
            return r
    return None


def pct(x: float) -> str:
    return f"{x * 100:.1f}%"


def money(x: float) -> str:
    return f"{int(round(x)):,}"


def q(qid, question, expected, must, answer=""):
    exp = [{"jigyo_no": no, "section": sec, **({"indicator": ind} if ind else {})} for no, sec, ind in expected]
    return {"id": qid, "question": question, "kind": "analytics", "expected": exp, "must_include": must,
            "answer": answer}


# --------------------------------------------------------------------------- questions
def _ranked(items, reverse=True):
    """(value, key, ...) sorted; ties at the top kept together."""
    items = sorted(items, key=lambda x: (-x[0] if reverse else x[0], x[1]))
    top = [x for x in items if abs(x[0] - items[0][0]) < 1e-9]
    return items, top


def money_questions(p: str, sheets: list[dict], year: int) -> list[dict]:
    out = []
    rows = [(s, cost_at(s, year)) for s in sheets]
    rows = [(s, r) for s, r in rows if r is not None]
    ry = f"R{year - 2018}年度"

    def field(name):
        return [(num(r[name]), s["jigyo_no"], s, r) for s, r in rows if num(r[name]) is not None]

    items, top = _ranked(field("settlement"))
    out.append(q(f"{p}01", "決算額が一番大きい事業は？", [(x[1], "6", 0) for x in top],
                 [x[2]["jigyo_name"] for x in top] + [x[3]["settlement"] for x in top],
                 f"{ry}の決算額が最も大きいのは{top[0][2]['jigyo_name']}（{top[0][3]['settlement']}千円）"))
    items, top = _ranked(field("settlement"), reverse=False)
    out.append(q(f"{p}02", "決算額が最も少ない事業はどれ？", [(x[1], "6", 0) for x in top],
                 [x[2]["jigyo_name"] for x in top]))
    ratio = [(num(r["general"]) / num(r["total"]), s["jigyo_no"], s) for s, r in rows
             if num(r["general"]) is not None and num(r["total"])]
    items, top = _ranked(ratio)
    out.append(q(f"{p}03", "一般財源の割合が一番高い事業は？", [(x[1], "6", 0) for x in top],
                 [x[2]["jigyo_name"] for x in top] + [pct(top[0][0])]))
    rate = [(num(r["settlement"]) / num(r["total"]), s["jigyo_no"], s) for s, r in rows
            if num(r["settlement"]) is not None and num(r["total"])]
    items, top = _ranked(rate, reverse=False)
    out.append(q(f"{p}04", "執行率が最も低い事業は？", [(x[1], "6", 0) for x in top],
                 [x[2]["jigyo_name"] for x in top] + [pct(top[0][0])]))
    mean = sum(x[0] for x in rate) / len(rate)
    out.append(q(f"{p}05", "執行率の平均は？", [(x[1], "6", 0) for x in sorted(rate, key=lambda x: -x[0])[:1]],
                 [pct(mean)]))
    by: dict[str, list] = {}
    for v, no, s, _ in field("settlement"):
        by.setdefault(s["bukyoku"], []).append((v, no))
    sums = sorted(((sum(v for v, _ in xs), b, xs) for b, xs in by.items()), key=lambda x: (-x[0], x[1]))
    out.append(q(f"{p}06", "部局ごとの決算額の合計は？", [(no, "6", 0) for _, no in sums[0][2]],
                 [sums[0][1], money(sums[0][0]), sums[-1][1], money(sums[-1][0])]))
    out.append(q(f"{p}07", "決算額の合計が一番多い部局はどこ？", [(no, "6", 0) for _, no in sums[0][2]],
                 [sums[0][1], money(sums[0][0])]))
    supp = [x for x in field("supplementary") if x[0] != 0]
    out.append(q(f"{p}08", "補正予算を組んだ事業は何件？",
                 [(x[1], "6", 0) for x in sorted(supp, key=lambda x: -x[0])[:1]], [f"{len(supp)}件"]))
    total = sum(x[0] for x in field("total"))
    out.append(q(f"{p}09", f"{ry}の予算現額の合計は？", [(x[1], "6", 0) for x in _ranked(field("total"))[1]],
                 [money(total)]))
    staff, top = _ranked(field("staff"))
    out.append(q(f"{p}10", "職員数が一番多い事業は？", [(x[1], "6", 0) for x in top],
                 [x[2]["jigyo_name"] for x in top]))
    items, _ = _ranked(field("settlement"))
    out.append(q(f"{p}11", "決算額の上位3事業は？", [(x[1], "6", 0) for x in items[:3]],
                 [x[2]["jigyo_name"] for x in items[:3]]))
    prev = {s["jigyo_no"]: num((cost_at(s, year - 1) or {}).get("settlement")) for s, _ in rows}
    up = [(v - prev[no], no, s) for v, no, s, _ in field("settlement") if prev.get(no) is not None and v > prev[no]]
    out.append(q(f"{p}12", "前年度より決算額が増えた事業はいくつ？",
                 [(x[1], "6", 0) for x in sorted(up, key=lambda x: -x[0])[:1]], [f"{len(up)}件"]))
    items, top = _ranked(up)
    out.append(q(f"{p}13", "前年度から決算額が一番増えた事業は？", [(x[1], "6", 0) for x in top],
                 [x[2]["jigyo_name"] for x in top] + [f"+{money(top[0][0])}"]))
    buk = sums[0][1]
    mine = [x for x in field("initial") if x[2]["bukyoku"] == buk]
    out.append(q(f"{p}14", f"{buk}の事業の当初予算の合計は？", [(x[1], "6", 0) for x in mine],
                 [money(sum(x[0] for x in mine))]))
    low = [x for x in rate if x[0] < 0.9]
    if low:
        out.append(q(f"{p}15", "執行率が90%未満の事業は？", [(x[1], "6", 0) for x in low],
                     [f"{len(low)}件"] + [x[2]["jigyo_name"] for x in sorted(low, key=lambda x: -x[0])[:3]]))
    prev_year = [x for x in ((num((cost_at(s, year - 1) or {}).get("settlement")), s["jigyo_no"]) for s in sheets)
                 if x[0] is not None]
    prev_year.sort(key=lambda x: (-x[0], x[1]))
    out.append(q(f"{p}16", f"R{year - 1 - 2018}年度の決算額の合計は？", [(no, "6", 0) for _, no in prev_year[:1]],
                 [money(sum(v for v, _ in prev_year))]))
    return out


def indicator_questions(p: str, sheets: list[dict]) -> list[dict]:
    out = []
    inds = [(s, i) for s in sheets for i in s["indicators"]]
    unmet = [(s, i) for s, i in inds if i["status"] == "未達成"]
    met = [(s, i) for s, i in inds if i["status"] == "達成"]
    out.append(q(f"{p}21", "未達成の指標はいくつ？", [(s["jigyo_no"], "4", i["no"]) for s, i in unmet],
                 [f"{len(unmet)}件"]))
    out.append(q(f"{p}22", "目標を達成した指標は全部で何件？", [(s["jigyo_no"], "4", i["no"]) for s, i in met],
                 [f"{len(met)}件"]))
    ach = [(num(i["r6"]) / num(i["r6_target"]), s["jigyo_no"], s, i) for s, i in inds
           if num(i["r6"]) is not None and num(i["r6_target"])]
    items, top = _ranked(ach, reverse=False)
    out.append(q(f"{p}23", "達成率が一番低い指標は？", [(x[1], "4", x[3]["no"]) for x in top],
                 [x[3]["name"] for x in top] + [pct(top[0][0])]))
    items, top = _ranked(ach)
    out.append(q(f"{p}24", "目標に対する達成率が最も高い指標はどれ？", [(x[1], "4", x[3]["no"]) for x in top],
                 [x[3]["name"] for x in top]))
    by: dict[str, list] = {}
    for s, i in unmet:
        by.setdefault(s["bukyoku"], []).append((s["jigyo_no"], i["no"]))
    top = sorted(by.items(), key=lambda x: (-len(x[1]), x[0]))
    ties = [b for b, xs in top if len(xs) == len(top[0][1])]
    out.append(q(f"{p}25", "部局ごとの未達成の指標の数は？", [(no, "4", n) for b in ties for no, n in by[b]],
                 ties + [f"{len(top[0][1])}件"]))
    return out


def detail_questions(p: str, sheets: list[dict]) -> list[dict]:
    rows = [(num(r["r6"]), s["jigyo_no"], s, r) for s in sheets for r in s["detail"] if num(r["r6"]) is not None]
    items, top = _ranked(rows)
    # the r6 column is each sheet's own year: only sheets of the newest year compete
    newest = max(year_of(s["year_label"]) for s in sheets)
    rows = [x for x in rows if year_of(x[2]["year_label"]) == newest]
    items, top = _ranked(rows)
    return [q(f"{p}31", "細事業で決算額が一番大きいのは？", [(x[1], "detail", 0) for x in top],
              [x[3]["name"] for x in top] + [x[3]["r6"] for x in top])]


def questions(p: str, sheets: list[dict]) -> list[dict]:
    sheets = latest(sheets)
    year = max(year_of(r["year"]) for s in sheets for r in s["cost"])
    return money_questions(p, sheets, year) + indicator_questions(p, sheets) + detail_questions(p, sheets)


def sample_sheets() -> list[dict]:
    """The bundled sheets' source JSON (the reference sheet 02-05-02's is the parser test's expectation)."""
    files = sorted((ROOT / "samples" / "specs").glob("*.json")) + sorted((ROOT / "tests" / "data").glob("*.expected.json"))
    return [json.loads(f.read_text(encoding="utf-8")) for f in files]


def corpus_sheets(folder: Path) -> list[dict]:
    return [json.loads(f.read_text(encoding="utf-8")) for f in sorted(Path(folder).glob("*.json"))[:CORPUS_SIZE]]


def write(path: Path, items: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items), encoding="utf-8")


def main(argv: list[str]) -> int:
    import tempfile

    sys.path.insert(0, str(ROOT))
    from samples.corpus import generate_corpus

    write(OUT / "samples.jsonl", questions("s", sample_sheets()))
    with tempfile.TemporaryDirectory() as tmp:
        generate_corpus(CORPUS_SIZE, Path(tmp), seed=0)
        write(OUT / "corpus100.jsonl", questions("c", corpus_sheets(Path(tmp))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Measure offline embedding candidates (and BM25) on the reference sheet.

    python -m bench.embeddings_candidates [--sheet PATH] [--ginza-vocab DIR]

Builds ~24 chunks from the reference sheet (one per section / indicator / 細事業)
and ~26 paraphrased questions a staff member would ask, each with the chunk(s)
that answer it, then prints recall@1 / recall@3, load time and speed for:

* BM25 (bm25s over Sudachi tokens) with several tokenisation schemes,
* hashed character n-grams (pure numpy),
* ja-ginza word vectors (chiVe-derived, read from the package's vocab dir),
* concatenations of the two, and
* BM25 + vector fused by reciprocal rank.

``--ginza-vocab`` points at a ``ja_ginza-*/vocab`` directory (e.g. from an
unpacked wheel) when the package is not installed.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

DEFAULT_SHEET = Path(__file__).resolve().parents[1] / "tests/data/02-05-02_協働・共創推進事業費.expected.json"
FALLBACK_SHEET = Path("/work/shared/reference-sheets/02-05-02_協働・共創推進事業費.expected.json")


# --------------------------------------------------------------------------- data
def build_chunks(sheet: dict) -> dict[str, str]:
    """One chunk per section / indicator (figures, analysis) / 細事業 item."""
    name = sheet["jigyo_name"]
    c: dict[str, str] = {}
    c["header"] = (
        f"事業名：{name}　事業番号：{sheet['jigyo_no']}　部局：{sheet['bukyoku']}　"
        f"課：{sheet['ka']}　実施期間：{sheet['period']}　連絡先：{sheet['email']}"
    )
    c["s1"] = "【1 事業の背景・課題】" + "".join(sheet["s1"])
    c["s2"] = "【2 事業の目的】" + "".join(sheet["s2"])
    for i, g in enumerate(sheet["s3"], 1):
        c[f"s3_{i}"] = f"【3 事業の内容】{g['head']}" + "".join(g["items"])
    for ind in sheet["indicators"]:
        n = ind["no"]
        c[f"ind{n}"] = (
            f"【4 指標{ind['mark']}】{ind['name']}（{ind['unit']}）R4実績 {ind['r4']}　R5実績 {ind['r5']}　"
            f"R6目標 {ind['r6_target']}　R6実績 {ind['r6']}　達成状況：{ind['status']}　"
            f"目標値の設定理由：{ind['reason']}"
        )
        c[f"ind{n}_an"] = f"【8 指標{ind['mark']}の分析】{ind['name']}：" + "".join(ind["analysis"])
    s5 = sheet["s5"][0]
    c["s5"] = f"【5 総合5か年計画における位置付け】施策分野：{s5['field']}"
    c["cost"] = "【6 事業費・職員数（千円・人）】" + "　".join(
        f"{r['year']}：当初予算 {r['initial']}、補正 {r['supplementary']}、予算額計 {r['total']}、"
        f"一般財源 {r['general']}、決算額 {r['settlement']}、職員数 {r['staff']}人"
        for r in sheet["cost"]
    )
    for i, g in enumerate(sheet["s7"], 1):
        c[f"s7_{i}"] = f"【7 R6実施内容】{g['head']}" + "".join(g["items"])
    c["s9_issues"] = "【9 課題】" + "".join(sheet["s9_issues"])
    c["s9_measures"] = "【9 改善策・今後の方向性】" + "".join(sheet["s9_measures"])
    for row in sheet["detail"]:
        for it in row["items"]:
            c[f"detail{it['no']}"] = (
                f"【細事業一覧】{row['name']} 主な取組{it['no']}：{it['name']}　概要：{it['summary']}　"
                f"活動実績：{it['output']}　実施方法：{it['method']}"
            )
    return c


QUESTIONS: list[tuple[str, set[str]]] = [
    ("研修の評価はどうだった？", {"ind2", "ind2_an"}),
    ("来てくれた企業の数", {"ind1"}),
    ("NPOセミナーの満足度が下がったのはなぜ？", {"ind3_an"}),
    ("共創セッションに参加した会社が少なかった原因は？", {"ind1_an"}),
    ("この事業の担当課の連絡先を教えて", {"header"}),
    ("この事業が必要とされている背景は？", {"s1"}),
    ("最終的に目指している姿は？", {"s2"}),
    ("昨年度の決算額はいくら？", {"cost"}),
    ("職員は何人で担当している？", {"cost"}),
    ("県民参加型予算はどう進めた？", {"s7_1", "s3_1", "detail1"}),
    ("民間の専門家を登用した取組は？", {"s7_2", "s3_2", "detail3"}),
    ("NPOへのお金の貸し出しについて", {"detail5", "s3_3"}),
    ("セミナーは何回開いて何人来た？", {"s7_3", "detail4"}),
    ("今後どう改善していくの？", {"s9_measures"}),
    ("残っている問題点は？", {"s9_issues"}),
    ("勉強会に参加した職員は何人？", {"ind2_an"}),
    ("県の総合計画のどの施策に位置付けられている？", {"s5"}),
    ("個別相談ではどんな内容に対応している？", {"detail4"}),
    ("企業数の目標値をなぜ15社にしたの？", {"ind1"}),
    ("職員の意識を変えるための取組", {"s3_2", "s7_2", "detail3"}),
    ("NPO法人の役員が高齢化している問題", {"s1"}),
    ("法人の経営を強くする支援策", {"s3_3", "detail5", "detail4"}),
    ("外部のコーディネーターに委託した内容", {"detail1", "s7_1"}),
    ("企業同士でもっと話したかったという意見", {"ind1_an"}),
    ("研修内容を実務に活かすにはどうする？", {"s9_measures", "s9_issues", "ind2_an"}),
    ("セミナー参加者の満足度の目標と実績", {"ind3"}),
]


# --------------------------------------------------------------------------- metrics
Ranker = Callable[[str], list[str]]


def recall(ranker: Ranker, questions: Sequence[tuple[str, set[str]]]) -> tuple[float, float, list[str]]:
    r1 = r3 = 0
    misses: list[str] = []
    for q, gold in questions:
        ranked = ranker(q)
        if ranked[:1] and ranked[0] in gold:
            r1 += 1
        if gold & set(ranked[:3]):
            r3 += 1
        else:
            misses.append(f"{q} -> {ranked[:3]} (gold {sorted(gold)})")
    n = len(questions)
    return r1 / n, r3 / n, misses


def rrf(*rankings: list[str], k: int = 60) -> list[str]:
    score: dict[str, float] = {}
    for ranking in rankings:
        for rank, doc in enumerate(ranking):
            score[doc] = score.get(doc, 0.0) + 1.0 / (k + rank + 1)
    return sorted(score, key=lambda d: -score[d])


def vector_ranker(embedder, ids: list[str], texts: list[str]) -> tuple[Ranker, float]:
    t = time.perf_counter()
    mat = np.asarray(embedder.embed_documents(texts), dtype=np.float32)
    embed_s = time.perf_counter() - t

    def rank(q: str) -> list[str]:
        v = np.asarray(embedder.embed_query(q), dtype=np.float32)
        return [ids[i] for i in np.argsort(-(mat @ v), kind="stable")]

    return rank, embed_s


def bm25_ranker(ids: list[str], texts: list[str], tok: Callable[[str], list[str]]) -> Ranker:
    import bm25s

    bm = bm25s.BM25(k1=1.2, b=0.75)
    bm.index([tok(t) for t in texts], show_progress=False)

    def rank(q: str) -> list[str]:
        qids = list(dict.fromkeys(bm.vocab_dict[t] for t in tok(q) if t in bm.vocab_dict))
        if not qids:
            return []
        s = bm.get_scores_from_ids(qids)
        order = [i for i in np.argsort(-s, kind="stable") if s[i] > 0]
        return [ids[i] for i in order]

    return rank


def speed(embedder, texts: list[str], repeat: int = 20) -> tuple[float, float]:
    """(documents/s on the chunks, ms per query)."""
    batch = texts * repeat
    t = time.perf_counter()
    embedder.embed_documents(batch)
    docs_s = len(batch) / (time.perf_counter() - t)
    t = time.perf_counter()
    for q, _ in QUESTIONS:
        embedder.embed_query(q)
    q_ms = (time.perf_counter() - t) / len(QUESTIONS) * 1000
    return docs_s, q_ms


# --------------------------------------------------------------------------- main
def main(argv: Sequence[str] | None = None) -> None:
    # Longer than 80 lines on purpose: a linear script that adds one table row per candidate
    # (BM25 tokenisations, then the embedding candidates) in the order the table prints them;
    # splitting it would scatter the comparison over functions that each run once.
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sheet", type=Path, default=None)
    ap.add_argument("--ginza-vocab", type=Path, default=None)
    ap.add_argument("--misses", action="store_true", help="print the questions missed at @3")
    args = ap.parse_args(argv)

    from assistant.index import embeddings as E
    from assistant import textproc as T

    sheet_path = args.sheet or (DEFAULT_SHEET if DEFAULT_SHEET.is_file() else FALLBACK_SHEET)
    sheet = json.loads(sheet_path.read_text(encoding="utf-8"))
    chunks = build_chunks(sheet)
    ids, texts = list(chunks), list(chunks.values())
    print(f"{len(ids)} chunks, {len(QUESTIONS)} questions ({sheet_path.name})\n")

    rows: list[tuple[str, float, float, str, str, str]] = []
    misses: dict[str, list[str]] = {}

    def add(name: str, ranker: Ranker, load: str = "", spd: str = "") -> None:
        r1, r3, miss = recall(ranker, QUESTIONS)
        rows.append((name, r1, r3, load, spd, ""))
        misses[name] = miss

    # BM25 with several tokenisations.
    from sudachipy import SplitMode

    sud = T.get_tokenizer()

    def tok_mode(mode):
        def f(text: str) -> list[str]:
            t = sud._tokenizer()
            return [
                m.normalized_form().lower()
                for m in t.tokenize(T.normalize(text), mode)
                if not sud._drop(m)
            ]

        return f

    bm_b = bm25_ranker(ids, texts, tok_mode(SplitMode.B))
    bm_c = bm25_ranker(ids, texts, tok_mode(SplitMode.C))
    bm_ca = bm25_ranker(ids, texts, T.tokenize)
    add("bm25 Sudachi B", bm_b)
    add("bm25 Sudachi C", bm_c)
    add("bm25 Sudachi C+A (chosen)", bm_ca)

    candidates: list[tuple[str, Callable[[], object]]] = [
        ("char123-256", lambda: E.CharNgramEmbedder(256)),
        ("char123-512", lambda: E.CharNgramEmbedder(512)),
        ("char123-1024", lambda: E.CharNgramEmbedder(1024)),
        ("char23-512", lambda: E.CharNgramEmbedder(512, orders=(2, 3), weights=(1.0, 1.0))),
    ]
    vocab = args.ginza_vocab or E.find_ginza_vocab_dir()
    if vocab is not None:
        candidates += [
            ("ginza-wv raw (rank50, no ABTT)", lambda: E.WordVectorEmbedder(vocab, 50, 0)),
            ("ginza-wv (rank500, centred)", lambda: E.WordVectorEmbedder(vocab, 500, 0)),
            ("ginza-wv (rank500, ABTT-3)", lambda: E.WordVectorEmbedder(vocab, 500, 3)),
            ("ginza-wv (rank2000, ABTT-3)", lambda: E.WordVectorEmbedder(vocab, 2000, 3)),
        ]
        for cdim, cw in ((512, 0.5), (512, 0.7), (1024, 0.7)):
            candidates.append(
                (
                    f"ginza-wv ABTT-3 + char{cdim} (1:{cw:g})" + (" (default)" if (cdim, cw) == (512, 0.5) else ""),
                    lambda cdim=cdim, cw=cw: E.HybridEmbedder(
                        [(E.WordVectorEmbedder(vocab), 1.0), (E.CharNgramEmbedder(cdim), cw)]
                    ),
                )
            )
    else:
        print("(ja-ginza vectors not found: pass --ginza-vocab to measure them)\n")

    for name, factory in candidates:
        t = time.perf_counter()
        emb = factory()
        emb.embed_query("読み込み")  # force lazy loading
        load_s = time.perf_counter() - t
        ranker, _ = vector_ranker(emb, ids, texts)
        docs_s, q_ms = speed(emb, texts)
        add(name, ranker, f"{load_s:.2f}s", f"{docs_s:,.0f} docs/s, {q_ms:.2f} ms/q")
        add(f"  bm25 + {name} (RRF)", lambda q, r=ranker: rrf(bm_ca(q), r(q)))

    w = max(len(r[0]) for r in rows)
    print(f"{'candidate':<{w}}  R@1    R@3    load    speed (chunk ~{int(np.mean([len(t) for t in texts]))} chars)")
    for name, r1, r3, load, spd, _ in rows:
        print(f"{name:<{w}}  {r1:.2f}   {r3:.2f}   {load:<7} {spd}")
    if args.misses:
        for name, miss in misses.items():
            if miss:
                print(f"\n[{name}] missed @3:")
                for m in miss:
                    print("   ", m)


if __name__ == "__main__":
    main()

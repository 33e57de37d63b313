"""Per-row scores of the unseen dev sets and the blind sets, each over the index its writer saw.

    python scripts/dev_chain.py homes                       # build the indexes once (~15 min on 2 cores)
    python scripts/dev_chain.py run TAG [--only EN,EO] [--blind] [--shard 1/2]
    python scripts/dev_chain.py agg TAG [dev|blind|EN,EO] [--per]
    python scripts/dev_chain.py diff OLD NEW [dev|blind|EN,EO] [--show]
    python scripts/dev_chain.py fails TAG SET               # a dev set's failing rows (never a blind one)

The gate (``tests/eval/test_unseen_dev.py``) grows one index set by set and prints only the
total; a round needs the per-set and per-row view, before and after a change, in minutes.  So
this keeps one index per set on disk (``--root``, default ``/tmp/kaizen-chain``): ``base`` (the
bundled, second-renderer and ``unseen/sheets`` PDFs, for the sets the gate asks first), then
one copy per set in ``EXTENDED_SETS`` order, each the previous plus that set's four sheets, and
for each blind set the index its README names (the chain through EI, 集計セット 20's sheets, its
own four).  ``run`` answers with the working tree's code and writes ``RUNS/TAG/SET.jsonl`` (the
``kaizen eval --out`` row plus its scores); two shards on two cores halve the time.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
UNSEEN = ROOT / "eval" / "datasets" / "unseen"
BLIND = ROOT / "eval" / "datasets" / "blind"
SECOND = ROOT.parent / "shared" / "second-renderer"
BLIND_CHAIN_END = "EI"  # the blind sets' writers saw the dev sheets through EI (see blind/README.md)
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def extended_sets() -> list[str]:
    """``EXTENDED_SETS`` as the gate lists it (read, not imported: the test module needs pytest)."""
    tree = ast.parse((ROOT / "tests" / "eval" / "test_unseen_dev.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "EXTENDED_SETS":
            out: list[str] = []
            for elt in node.value.elts:
                out += list(ast.literal_eval(elt.value)) if isinstance(elt, ast.Starred) else [ast.literal_eval(elt)]
            return out
    raise SystemExit("EXTENDED_SETS not found")


def dev_files() -> dict[str, Path]:
    return {p.stem.split("_")[1]: p for p in sorted(UNSEEN.glob("dev_*.jsonl"))}


def blind_files() -> dict[str, Path]:
    return {p.stem.split("_", 1)[1]: p for p in sorted(BLIND.glob("blind_*.jsonl"))
            if "analytics" not in p.stem}


def home_of(name: str, root: Path, chain: list[str]) -> Path:
    if name in blind_files():
        return root / f"b{name}"
    return root / (name if name in chain else "base")


def _ingest(home: Path, pdfs: list[Path]) -> None:
    from assistant.config import load_settings
    from assistant.service import Kaizen

    bad = [r for r in Kaizen(load_settings(home)).ingest(pdfs) if not r.ok]
    if bad:
        raise SystemExit(f"{home}: {bad}")


def _grow(src: Path | None, dst: Path, pdfs: list[Path]) -> None:
    if dst.exists():
        return
    tmp = dst.with_name(dst.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    if src is not None:
        shutil.copytree(src, tmp)
    _ingest(tmp, pdfs)
    tmp.rename(dst)
    print(f"built {dst.name}", flush=True)


def build_homes(root: Path) -> None:
    chain = extended_sets()
    pdfs = sorted((ROOT / "samples").glob("*.pdf")) + sorted(SECOND.glob("*.pdf")) \
        + sorted((UNSEEN / "sheets").glob("*.pdf"))
    _grow(None, root / "base", pdfs)
    prev = root / "base"
    for name in chain:
        _grow(prev, root / name, sorted((UNSEEN / f"sheets_{name}").glob("*.pdf")))
        prev = root / name
    an20 = root / f"{BLIND_CHAIN_END}+AN20"
    _grow(root / BLIND_CHAIN_END, an20, sorted((UNSEEN / "sheets_AN20").glob("*.pdf")))
    for name in blind_files():
        _grow(an20, root / f"b{name}", sorted((BLIND / f"sheets_{name}").glob("*.pdf")))


def _names(which: str | None, runs: Path | None = None) -> list[str]:
    chain = extended_sets()
    dev = [n for n in dev_files() if n not in chain] + [n for n in chain if n in dev_files()]
    if which in (None, "dev"):
        return dev
    if which == "blind":
        return list(blind_files())
    return which.split(",")


def run(tag: str, root: Path, runs: Path, only: str | None, blind: bool, shard: str) -> None:
    from assistant.config import load_settings
    from assistant.service import Kaizen
    from eval.dataset import load_questions
    from eval.metrics import score_question
    from eval.runner import ask_one

    chain = extended_sets()
    names = _names(only or ("blind" if blind else "dev"))
    i, n = (int(x) for x in shard.split("/"))
    files = {**dev_files(), **blind_files()}
    out_dir = runs / tag
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in names[i - 1::n]:
        qs, errors = load_questions(files[name])
        if errors:
            raise SystemExit(f"{name}: {errors}")
        svc = Kaizen(load_settings(home_of(name, root, chain)))
        with open(out_dir / f"{name}.jsonl.tmp", "w", encoding="utf-8") as fh:
            for q in qs:
                res = ask_one(svc, q, 3)
                res.update(score=score_question(q, res, 3), kind=q.kind,
                           expected=list(q.expected),
                           must_include=list(q.must_include))
                fh.write(json.dumps(res, ensure_ascii=False, default=str) + "\n")
        (out_dir / f"{name}.jsonl.tmp").rename(out_dir / f"{name}.jsonl")
        print(f"{tag} {name}: {len(qs)}", flush=True)


def _rows(runs: Path, tag: str, name: str) -> list[dict]:
    path = runs / tag / f"{name}.jsonl"
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def _line(label: str, scores: list[dict]) -> str:
    from eval.metrics import summarize

    o = summarize(scores)["overall"]
    un = [s for s in scores if s["kind"] == "unanswerable"]
    return (f"{label:10} n={o['n']:5} hit@3={o['hit@k']:.4f} ev={o['evidence']:.4f} full={o['full_evidence']:.4f} "
            f"prec={o['citation_precision']:.4f} refus={o['refusal_accuracy']:.4f} "
            f"unans={sum(s['refusal_accuracy'] for s in un):.0f}/{len(un)}")


def agg(tag: str, runs: Path, which: str | None, per: bool) -> None:
    total: list[dict] = []
    for name in _names(which):
        scores = [r["score"] for r in _rows(runs, tag, name)]
        if not scores:
            print(f"{name}: missing")
            continue
        total += scores
        if per:
            print(_line(name, scores))
    print(_line(which or "dev", total))


def diff(old: str, new: str, runs: Path, which: str | None, show: bool) -> None:
    from eval.metrics import failed

    up = down = 0
    for name in _names(which):
        a = {r["id"]: r for r in _rows(runs, old, name)}
        for r in _rows(runs, new, name):
            before = a.get(r["id"])
            if before is None:
                continue
            fa, fb = failed(before["score"]), failed(r["score"])
            if fa != fb:
                up += fa
                down += fb
                if show:
                    print(("UP  " if fa else "DOWN"), name, r["id"], r["question"])
    print(f"{old} -> {new}: {up} rows up, {down} down")


def fails(tag: str, runs: Path, name: str) -> None:
    from eval.metrics import failed

    if name in blind_files():
        raise SystemExit(f"{name} is a blind set: read its failures only when it is retired into dev")
    for r in _rows(runs, tag, name):
        s = r["score"]
        if failed(s):
            print(json.dumps({"id": r["id"], "q": r["question"], "kind": r["kind"], "refused": r["refused"],
                              "hit": s.get("hit@k"), "missing": s.get("missing"), "expected": r["expected"],
                              "cited": [(c.get("jigyo_no"), c.get("section"), c.get("indicator"))
                                        for c in r["citations"][:3]],
                              "answer": r["answer"][:300]}, ensure_ascii=False))


def main(argv: list[str]) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("cmd", choices=["homes", "run", "agg", "diff", "fails"])
    p.add_argument("args", nargs="*")
    p.add_argument("--root", type=Path, default=Path(os.environ.get("KAIZEN_CHAIN", "/tmp/kaizen-chain")))
    p.add_argument("--runs", type=Path, default=None)
    p.add_argument("--only")
    p.add_argument("--blind", action="store_true")
    p.add_argument("--shard", default="1/1")
    p.add_argument("--per", action="store_true")
    p.add_argument("--show", action="store_true")
    a = p.parse_args(argv)
    runs = a.runs or a.root / "runs"
    if a.cmd == "homes":
        build_homes(a.root)
    elif a.cmd == "run":
        run(a.args[0], a.root, runs, a.only, a.blind, a.shard)
    elif a.cmd == "agg":
        agg(a.args[0], runs, a.args[1] if len(a.args) > 1 else None, a.per)
    elif a.cmd == "diff":
        diff(a.args[0], a.args[1], runs, a.args[2] if len(a.args) > 2 else None, a.show)
    else:
        fails(a.args[0], runs, a.args[1])


if __name__ == "__main__":
    main(sys.argv[1:])

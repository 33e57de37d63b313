"""CLI commands for evaluation (`kaizen eval`) (registered through the ``kaizen.commands`` entry point)."""


import json  # noqa: I001  (no __future__ annotations: typer reads the local IndexOpt at def time)
import sys
from pathlib import Path
from typing import Annotated, NamedTuple, Optional

import typer

FAIL_UNDER_HELP = ("下限を下回ったら終了コード1（例: --fail-under hit@3=0.9 --fail-under evidence=0.85）。"
                   "指標: hit@1, hit@k（hit@3 など）, mrr, evidence, full_evidence, citation_precision, "
                   "refusal_accuracy, numeric_faithfulness, unanswerable_refused, paraphrase_consistency, expected_cited, "
                   "judge_faithfulness, judge_correctness")
BOUND_METRICS = ("hit@1", "hit@k", "mrr", "evidence", "full_evidence", "citation_precision", "refusal_accuracy",
                 "numeric_faithfulness", "unanswerable_refused", "paraphrase_consistency", "expected_cited",
                 "judge_faithfulness",
                 "judge_correctness")


class Bound(NamedTuple):
    """A ``--fail-under`` bound: as written (``hit@3``), the summary key (``hit@k``), the minimum."""

    label: str
    metric: str
    value: float


def parse_bounds(specs: list[str], k: int) -> list[Bound]:
    """``["hit@3=0.9", "evidence=0.85"]`` -> bounds; ValueError in Japanese."""
    out = []
    for spec in specs:
        for part in (p.strip() for p in spec.split(",")):
            if not part:
                continue
            if "=" not in part:
                raise ValueError(f"--fail-under は 指標=値 の形で指定してください: {part}")
            name, _, raw = part.partition("=")
            name = name.strip()
            key = "hit@k" if name == f"hit@{k}" else name
            if key not in BOUND_METRICS:
                raise ValueError(f"--fail-under の指標「{name}」は不明です（{', '.join(BOUND_METRICS)}; hit@k は hit@{k} とも書けます）")
            try:
                value = float(raw)
            except ValueError:
                raise ValueError(f"--fail-under の値「{raw}」は数値ではありません") from None
            out.append(Bound(name, key, value))
    return out


def check_bounds(summary: dict, bounds) -> list[str]:
    """Japanese messages for every bound the overall summary fails."""
    bad = []
    for label, key, value in bounds:
        got = summary["overall"].get(key)
        if got is None:
            bad.append(f"{label} の値がありません（下限 {value}）")
        elif got < value - 1e-9:
            bad.append(f"{label} = {got:.3f} が下限 {value} を下回りました")
    return bad


def register(app: typer.Typer) -> None:
    """Add the evaluation (`kaizen eval`) commands to ``app``."""
    from assistant.cli.common import IndexOpt

    @app.command("eval")
    def eval_cmd(
        questions: Annotated[Path, typer.Argument(help="質問ファイル（JSONL、1行1問）")],
        index: IndexOpt = None,
        k: Annotated[int, typer.Option("--k", min=1, help="hit@k の k（上位何件の引用を見るか）")] = 3,
        out: Annotated[Optional[Path], typer.Option("--out", help="1問1行のJSONL（回答・引用・遅延）の出力先。実行情報を *.meta.json に併記")] = None,
        report: Annotated[Optional[Path], typer.Option("--report", help="レポートの出力先（.md: Markdown＋棒グラフPNG、.html: 1ファイルで完結するHTML）")] = None,
        json_out: Annotated[bool, typer.Option("--json", help="集計結果をJSONで出力する")] = False,
        baseline: Annotated[bool, typer.Option("--baseline", help="素朴なRAG（ページ本文の固定長チャンク）も同じ質問で評価して並べる")] = False,
        llm: Annotated[bool, typer.Option("--llm", help="LLMで回答を生成する（KAIZEN_LLM_* の設定が必要）")] = False,
        judge: Annotated[bool, typer.Option("--judge", help="LLMで忠実性・正確性を判定する（KAIZEN_LLM_* の設定が必要）")] = False,
        fail_under: Annotated[Optional[list[str]], typer.Option("--fail-under", help=FAIL_UNDER_HELP)] = None,
        compare: Annotated[Optional[Path], typer.Option("--compare", help="前回の --out ファイルと比較（指標の差、悪化・改善した質問）")] = None,
        fail_on_regression: Annotated[bool, typer.Option("--fail-on-regression", help="--compare で悪化した質問が1問でもあれば終了コード1")] = False,
        originals: Annotated[Optional[Path], typer.Option("--originals", help="言い換え（paraphrase_of）の元の質問のファイル（既定: 同じフォルダの samples.jsonl）")] = None,
    ) -> None:
        """質問セットで回答品質を評価する（hit@k・MRR・根拠再現率・回答拒否など）。下限未達なら終了コード1。"""
        run_eval(EvalOptions(questions, index, k, out, report, json_out, baseline, llm, judge, fail_under or [],
                             compare, fail_on_regression, originals))


class EvalOptions(NamedTuple):
    """The options of one ``kaizen eval`` run."""

    questions: Path
    index: Optional[Path]
    k: int
    out: Optional[Path]
    report: Optional[Path]
    json_out: bool
    baseline: bool
    llm: bool
    judge: bool
    fail_under: list[str]
    compare: Optional[Path] = None
    fail_on_regression: bool = False
    originals: Optional[Path] = None


def run_eval(o: EvalOptions) -> None:
    """``kaizen eval``: evaluate, compare, write what was asked for; exit 1 on a failed bound or a regression."""
    from rich.console import Console

    from assistant.cli.common import _service

    from .compare import CompareError, check_overlap, compare_runs, load_previous
    from .runinfo import run_info

    console, err = Console(), Console(stderr=True)

    def fail(message: str, code: int = 2):
        err.print(f"[red]エラー:[/red] {message}", soft_wrap=True)
        raise typer.Exit(code)

    try:
        bounds = parse_bounds(o.fail_under, o.k)
    except ValueError as exc:
        fail(str(exc))
    if o.fail_on_regression and o.compare is None:
        fail("--fail-on-regression には --compare 前回の結果.jsonl が必要です。")
    qs, errors = _load(o.questions, err, fail)
    previous = None
    if o.compare is not None:
        try:
            previous = load_previous(o.compare)
            check_overlap(previous, qs)
        except CompareError as exc:
            fail(str(exc))
    extra = _originals(o, qs, err, fail)
    svc = _service(o.index)
    if (o.llm or o.judge) and not svc.settings.llm_configured:
        from .judge import NO_LLM_MESSAGE

        fail(NO_LLM_MESSAGE)
    if not svc.snapshot().records:
        fail("シートが取り込まれていません。`kaizen ingest PDF...` で取り込んでから評価してください。")
    runs = _evaluate(svc, qs, o, err, extra)
    main = runs["アシスタント"]
    info = run_info(svc, qs, o.k, o.questions.name, llm=o.llm, judge=o.judge)
    comp = None if previous is None else compare_runs(qs, main["results"], main["originals"], previous, o.k, info)
    _write_outputs(o, runs, qs, errors, info, comp)
    bad = check_bounds(main["summary"], bounds)
    regressed = [c.id for c in comp.regressed] if comp is not None and o.fail_on_regression else []
    if o.json_out:
        _print_json(o, qs, errors, runs, info, comp, bounds, bad)
    else:
        _print_console(console, o, runs, comp)
    for msg in bad:
        err.print(f"[red]基準未達:[/red] {msg}", soft_wrap=True)
    if regressed:
        err.print(f"[red]悪化した質問が{len(regressed)}問あります（--fail-on-regression）:[/red] {'、'.join(regressed)}",
                  soft_wrap=True)
    if bad or regressed:
        raise typer.Exit(1)


def _print_json(o: EvalOptions, qs, errors, runs, info, comp, bounds, bad) -> None:
    main = runs["アシスタント"]
    payload = {"questions": str(o.questions), "n": len(qs), "k": o.k,
               "errors": [{"line": e.line, "message": e.message} for e in errors],
               "summary": main["summary"], "run": info}
    if main.get("paraphrase") is not None:
        payload["paraphrase_consistency"] = main["paraphrase"]
    if o.baseline:
        payload["baseline"] = runs["ベースライン"]["summary"]
    if comp is not None:
        payload["compare"] = comp.to_json()
    payload["fail_under"] = {"bounds": [{"metric": b.label, "min": b.value} for b in bounds], "failed": bad}
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")


def _print_console(console, o: EvalOptions, runs, comp) -> None:
    from .console import print_compare, print_meta_diff, print_tables
    from .runner import KINDS

    if comp is not None:
        print_meta_diff(console, comp)
    print_tables(console, runs, o.k, KINDS)
    if comp is not None:
        print_compare(console, comp, o.k, KINDS)
    if o.out:
        console.print(f"回答を書き出しました: {o.out}（実行情報 {o.out.with_name(o.out.stem + '.meta.json').name}）",
                      soft_wrap=True)
    if o.report:
        extra = "" if _is_html(o.report) else f"（グラフ {o.report.with_suffix('.png')}）"
        console.print(f"レポートを書き出しました: {o.report}{extra}", soft_wrap=True)


def _is_html(path: Path) -> bool:
    return path.suffix.lower() in (".html", ".htm")


def _write_outputs(o: EvalOptions, runs, qs, errors, info, comp) -> None:
    if o.out:
        _write_rows(o.out, runs, info)
    if o.report and _is_html(o.report):
        from .html_report import write_html

        write_html(o.report, runs, qs, o.k, info, source=o.questions.name, errors=errors, comparison=comp)
    elif o.report:
        from .report import write_report

        write_report(o.report, runs, qs, o.k, source=o.questions.name, errors=errors, comparison=comp)


def _load(questions: Path, err, fail):
    """The questions of the file (malformed lines reported and skipped); ``fail`` when none."""
    from .dataset import load_questions

    if not questions.is_file():
        fail(f"質問ファイルが見つかりません: {questions}")
    try:
        qs, errors = load_questions(questions)
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"質問ファイルを読めません: {questions}（{exc}）")
    for e in errors:
        err.print(f"[yellow]質問ファイル {questions.name} の{e.line}行目を読み飛ばしました:[/yellow] {e.message}",
                  soft_wrap=True)
    if not qs:
        fail("評価できる質問がありません。")
    return qs, errors


def _originals(o: EvalOptions, qs, err, fail) -> list:
    """Originals of the file's paraphrases that are not in the file (asked in addition, not scored)."""
    from .paraphrase import find_originals

    try:
        found = find_originals(qs, o.questions, o.originals)
    except ValueError as exc:
        fail(str(exc))
    if found.missing:
        shown = "、".join(found.missing[:10]) + ("…" if len(found.missing) > 10 else "")
        err.print(f"[yellow]言い換えの元の質問が見つかりません（{len(found.missing)}件、一貫性の集計から除外）:[/yellow] "
                  f"{shown}。--originals で元の質問ファイルを指定できます。", soft_wrap=True)
    return found.extra


def _evaluate(svc, qs, o: EvalOptions, err, extra_originals=()) -> dict[str, dict]:
    """Run the assistant (and with ``--baseline`` the baseline) over the questions."""
    from .runner import ask_one

    k = o.k
    judge_obj = None
    if o.judge:
        from .judge import Judge, make_llm

        judge_obj = Judge(make_llm(svc.settings))

    def assistant_fn(q):
        res = ask_one(svc, q, k, llm=o.llm)
        if judge_obj is not None:
            res.update(judge_obj.score(q, res))
        return res

    runs: dict[str, dict] = {"アシスタント": _run_system(err, "アシスタント", assistant_fn, qs, extra_originals, o)}
    if o.baseline:
        from .baseline import Baseline

        with err.status("ベースラインを構築中（ページ本文の固定長チャンク）…"):
            base = Baseline(svc)
        runs["ベースライン"] = _run_system(err, "ベースライン", lambda q: _base_result(base, q, k), qs,
                                     extra_originals, o)
    for name, run in runs.items():
        errs = [r for r in run["results"] if r.get("error")]
        if errs:
            err.print(f"[yellow]{name}: {len(errs)}問で回答中にエラー（失敗として集計）[/yellow] 例: "
                      f"{errs[0]['id']}: {errs[0]['error']}", soft_wrap=True)
    return runs


def _run_system(err, name: str, fn, qs, extra_originals, o: EvalOptions) -> dict:
    """Evaluate one system; with paraphrases, also ask the extra originals and add the consistency."""
    from .paraphrase import add_to_summary, consistency
    from .runner import evaluate, run

    k = o.k
    result = _with_progress(err, f"評価中（{name}）", lambda p: evaluate(fn, qs, k, p), quiet=o.json_out)
    originals: dict[str, dict] = {}
    if extra_originals:
        answered = _with_progress(err, f"評価中（{name}、言い換えの元の質問）",
                                  lambda p: run(fn, extra_originals, k, p), quiet=o.json_out)
        originals = {r["id"]: r for r in answered.results}
    result["originals"] = originals
    result["paraphrase"] = consistency(qs, {r["id"]: r for r in result["results"]}, originals)
    add_to_summary(result["summary"], result["paraphrase"])
    return result


def _write_rows(out: Path, runs: dict[str, dict], info: dict | None = None) -> None:
    """One JSON line per question, the run's settings in ``*.meta.json``; the baseline's as ``*.baseline.jsonl``,
    answers to originals asked only for paraphrase consistency as ``*.originals.jsonl``."""
    from .compare import originals_path_for
    from .runinfo import write_meta

    out.parent.mkdir(parents=True, exist_ok=True)
    main = runs["アシスタント"]
    _dump(out, main["results"])
    if info is not None:
        write_meta(out, info, main["summary"])
    if main.get("originals"):
        _dump(originals_path_for(out), list(main["originals"].values()))
    if "ベースライン" in runs:
        bpath = out.with_name(out.stem + ".baseline" + out.suffix)
        _dump(bpath, runs["ベースライン"]["results"])
        if info is not None:
            write_meta(bpath, dict(info, system="baseline"), runs["ベースライン"]["summary"])
        if runs["ベースライン"].get("originals"):
            _dump(originals_path_for(bpath), list(runs["ベースライン"]["originals"].values()))


def _dump(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def _base_result(base, q, k: int) -> dict:
    data = base.ask(q.question, k=k)
    return {"id": q.id, "question": q.question, "answer": data["answer"], "refused": data["refused"],
            "citations": data["citations"], "latency_ms": data["latency_ms"]}


def _with_progress(err, label: str, fn, quiet: bool = False):
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.description}"), console=err, transient=True, disable=quiet) as bar:
        task = bar.add_task("", total=None)

        def progress(done: int, total: int, name: str) -> None:
            bar.update(task, completed=done, total=total, description=name)

        return fn(progress)

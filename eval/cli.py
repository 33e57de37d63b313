"""CLI commands for evaluation (`kaizen eval`) (registered through the ``kaizen.commands`` entry point)."""


import json  # noqa: I001  (no __future__ annotations: typer reads the local IndexOpt at def time)
import sys
from pathlib import Path
from typing import Annotated, NamedTuple, Optional

import typer

FAIL_UNDER_HELP = ("下限を下回ったら終了コード1（例: --fail-under hit@3=0.9 --fail-under evidence=0.85）。"
                   "指標: hit@1, hit@k（hit@3 など）, mrr, evidence, full_evidence, citation_precision, "
                   "refusal_accuracy, numeric_faithfulness, unanswerable_refused, judge_faithfulness, judge_correctness")
BOUND_METRICS = ("hit@1", "hit@k", "mrr", "evidence", "full_evidence", "citation_precision", "refusal_accuracy",
                 "numeric_faithfulness", "unanswerable_refused", "judge_faithfulness", "judge_correctness")


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
        out: Annotated[Optional[Path], typer.Option("--out", help="1問1行のJSONL（回答・引用・遅延）の出力先")] = None,
        report: Annotated[Optional[Path], typer.Option("--report", help="Markdownレポート（棒グラフPNG付き）の出力先")] = None,
        json_out: Annotated[bool, typer.Option("--json", help="集計結果をJSONで出力する")] = False,
        baseline: Annotated[bool, typer.Option("--baseline", help="素朴なRAG（ページ本文の固定長チャンク）も同じ質問で評価して並べる")] = False,
        llm: Annotated[bool, typer.Option("--llm", help="LLMで回答を生成する（KAIZEN_LLM_* の設定が必要）")] = False,
        judge: Annotated[bool, typer.Option("--judge", help="LLMで忠実性・正確性を判定する（KAIZEN_LLM_* の設定が必要）")] = False,
        fail_under: Annotated[Optional[list[str]], typer.Option("--fail-under", help=FAIL_UNDER_HELP)] = None,
    ) -> None:
        """質問セットで回答品質を評価する（hit@k・MRR・根拠再現率・回答拒否など）。下限未達なら終了コード1。"""
        run_eval(EvalOptions(questions, index, k, out, report, json_out, baseline, llm, judge, fail_under or []))


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


def run_eval(o: EvalOptions) -> None:
    """``kaizen eval``: evaluate, write what was asked for, exit 1 when a bound fails."""
    from rich.console import Console

    from assistant.cli.common import _service

    from .runner import KINDS

    console, err = Console(), Console(stderr=True)

    def fail(message: str, code: int = 2):
        err.print(f"[red]エラー:[/red] {message}", soft_wrap=True)
        raise typer.Exit(code)

    try:
        bounds = parse_bounds(o.fail_under, o.k)
    except ValueError as exc:
        fail(str(exc))
    qs, errors = _load(o.questions, err, fail)
    svc = _service(o.index)
    if (o.llm or o.judge) and not svc.settings.llm_configured:
        from .judge import NO_LLM_MESSAGE

        fail(NO_LLM_MESSAGE)
    if not svc.snapshot().records:
        fail("シートが取り込まれていません。`kaizen ingest PDF...` で取り込んでから評価してください。")
    runs = _evaluate(svc, qs, o, err)
    main = runs["アシスタント"]
    if o.out:
        _write_rows(o.out, runs)
    if o.report:
        from .report import write_report

        write_report(o.report, runs, qs, o.k, source=o.questions.name, errors=errors)
    bad = check_bounds(main["summary"], bounds)
    if o.json_out:
        payload = {"questions": str(o.questions), "n": len(qs), "k": o.k,
                   "errors": [{"line": e.line, "message": e.message} for e in errors],
                   "summary": main["summary"]}
        if o.baseline:
            payload["baseline"] = runs["ベースライン"]["summary"]
        payload["fail_under"] = {"bounds": [{"metric": b.label, "min": b.value} for b in bounds], "failed": bad}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    else:
        _print_tables(console, runs, o.k, KINDS)
        if o.out:
            console.print(f"回答を書き出しました: {o.out}")
        if o.report:
            console.print(f"レポートを書き出しました: {o.report}（グラフ {o.report.with_suffix('.png')}）")
    if bad:
        for msg in bad:
            err.print(f"[red]基準未達:[/red] {msg}", soft_wrap=True)
        raise typer.Exit(1)


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


def _evaluate(svc, qs, o: EvalOptions, err) -> dict[str, dict]:
    """Run the assistant (and with ``--baseline`` the baseline) over the questions."""
    from .runner import ask_one, evaluate

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

    runs: dict[str, dict] = {}
    runs["アシスタント"] = _with_progress(err, "評価中（アシスタント）", lambda p: evaluate(assistant_fn, qs, k, p),
                                   quiet=o.json_out)
    if o.baseline:
        from .baseline import Baseline

        with err.status("ベースラインを構築中（ページ本文の固定長チャンク）…"):
            base = Baseline(svc)
        runs["ベースライン"] = _with_progress(err, "評価中（ベースライン）",
                                        lambda p: evaluate(lambda q: _base_result(base, q, k), qs, k, p),
                                        quiet=o.json_out)
    for name, run in runs.items():
        errs = [r for r in run["results"] if r.get("error")]
        if errs:
            err.print(f"[yellow]{name}: {len(errs)}問で回答中にエラー（失敗として集計）[/yellow] 例: "
                      f"{errs[0]['id']}: {errs[0]['error']}", soft_wrap=True)
    return runs


def _write_rows(out: Path, runs: dict[str, dict]) -> None:
    """One JSON line per question; the baseline's beside it as ``*.baseline.jsonl``."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for r in runs["アシスタント"]["results"]:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "ベースライン" in runs:
        bpath = out.with_name(out.stem + ".baseline" + out.suffix)
        with bpath.open("w", encoding="utf-8") as fh:
            for r in runs["ベースライン"]["results"]:
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


def _print_tables(console, runs: dict, k: int, kinds) -> None:
    from rich import box
    from rich.table import Table

    from .metrics import JUDGE_METRICS, METRICS
    from .report import KIND_LABELS, fmt, metric_label  # noqa: F401

    short = {"hit@1": "h@1", "hit@k": f"h@{k}", "mrr": "MRR", "evidence": "根拠", "full_evidence": "完全",
             "citation_precision": "適合", "refusal_accuracy": "拒否", "numeric_faithfulness": "数値",
             "latency_p50": "p50ms", "latency_p95": "p95ms", "judge_faithfulness": "忠実", "judge_correctness": "正確"}
    for name, run in runs.items():
        summary = run["summary"]
        keys = [m for m in METRICS if not m.startswith("latency")] + [
            m for m in JUDGE_METRICS if summary["overall"].get(m) is not None]
        t = Table(title=f"評価結果：{name}（k = {k}）", box=box.SIMPLE_HEAD, padding=(0, 1))
        t.add_column("種類", no_wrap=True, min_width=8)
        t.add_column("問数", justify="right", no_wrap=True, min_width=4)
        for m in keys:
            t.add_column(short.get(m, m), justify="right", no_wrap=True, min_width=4)
        rows = [(kind, summary["by_kind"][kind]) for kind in kinds if kind in summary["by_kind"]]
        for i, (kind, agg) in enumerate(rows + [("overall", summary["overall"])]):
            cells = [("―" if agg.get(m) is None else f"{agg[m]:.0f}" if m.startswith("latency") else f"{agg[m]:.2f}")
                     for m in keys]
            t.add_row(KIND_LABELS.get(kind, kind), str(agg["n"]), *cells, end_section=(i == len(rows) - 1),
                      style="bold" if kind == "overall" else None)
        console.print(t)
        o = summary["overall"]
        console.print(f"  遅延（{name}）: p50 {fmt(o.get('latency_p50'), 'latency')} ms、"
                      f"p95 {fmt(o.get('latency_p95'), 'latency')} ms　失敗 {o.get('failed', 0)}問", soft_wrap=True)
    console.print(f"h@1/h@{k}: 上位1/{k}件の引用に期待の節　根拠: 根拠再現率　完全: 根拠完全率　適合: 引用適合率　"
                  "拒否: 回答拒否の正確さ　数値: 数値の忠実性", soft_wrap=True)
    if len(runs) > 1:
        names = list(runs)
        t = Table(title="全体の比較")
        t.add_column("指標")
        for n in names:
            t.add_column(n, justify="right")
        t.add_column("差", justify="right")
        for m in list(METRICS) + ["unanswerable_refused"]:
            vals = [runs[n]["summary"]["overall"].get(m) for n in names]
            diff = "―" if None in vals[:2] else f"{vals[0] - vals[1]:+.3f}" if not m.startswith("latency") \
                else f"{vals[0] - vals[1]:+.0f}"
            label = "回答不能を全て拒否" if m == "unanswerable_refused" else metric_label(m, k)
            t.add_row(label, *[fmt(v, m) for v in vals], diff)
        console.print(t)

"""Terminal output of ``kaizen eval`` (rich tables): the metric tables and the ``--compare`` sections."""

from __future__ import annotations

from rich import box
from rich.markup import escape
from rich.table import Table

from .compare import Change, Comparison
from .metrics import JUDGE_METRICS, METRICS, PARAPHRASE_METRICS
from .report import KIND_LABELS, fmt, metric_label

SHORT = {"hit@1": "h@1", "mrr": "MRR", "evidence": "根拠", "full_evidence": "完全",
         "citation_precision": "適合", "refusal_accuracy": "拒否", "numeric_faithfulness": "数値",
         "latency_p50": "p50ms", "latency_p95": "p95ms", "judge_faithfulness": "忠実", "judge_correctness": "正確",
         "paraphrase_consistency": "言換"}


def _cell(value, key: str) -> str:
    if value is None:
        return "―"
    return f"{value:.0f}" if key.startswith("latency") else f"{value:.2f}"


def print_tables(console, runs: dict, k: int, kinds) -> None:
    """One table per system (kinds x metrics), then the systems side by side when there are several."""
    short = dict(SHORT, **{"hit@k": f"h@{k}"})
    for name, run in runs.items():
        summary = run["summary"]
        keys = [m for m in METRICS if not m.startswith("latency")] + [
            m for m in (*JUDGE_METRICS, *PARAPHRASE_METRICS) if summary["overall"].get(m) is not None]
        t = Table(title=f"評価結果：{name}（k = {k}）", box=box.SIMPLE_HEAD, padding=(0, 1))
        t.add_column("種類", no_wrap=True, min_width=8)
        t.add_column("問数", justify="right", no_wrap=True, min_width=4)
        for m in keys:
            t.add_column(short.get(m, m), justify="right", no_wrap=True, min_width=4)
        rows = [(kind, summary["by_kind"][kind]) for kind in kinds if kind in summary["by_kind"]]
        for i, (kind, agg) in enumerate(rows + [("overall", summary["overall"])]):
            t.add_row(KIND_LABELS.get(kind, kind), str(agg["n"]), *[_cell(agg.get(m), m) for m in keys],
                      end_section=(i == len(rows) - 1), style="bold" if kind == "overall" else None)
        console.print(t)
        o = summary["overall"]
        console.print(f"  遅延（{name}）: p50 {fmt(o.get('latency_p50'), 'latency')} ms、"
                      f"p95 {fmt(o.get('latency_p95'), 'latency')} ms　失敗 {o.get('failed', 0)}問", soft_wrap=True)
        if o.get("expected_cited") is not None:
            console.print(f"  集計の質問の出典網羅率（{name}）: {o['expected_cited']:.3f}"
                          "（計算に使った行の節のうち、回答が引用した割合）", soft_wrap=True)
        if o.get("paraphrase_consistency") is not None:
            console.print(f"  言い換え一貫性（{name}）: {o['paraphrase_consistency']:.3f}"
                          f"（言い換え {o.get('paraphrase_n', 0)}問、最上位の引用と回答拒否の判断が元の質問と同じ割合）",
                          soft_wrap=True)
    console.print(f"h@1/h@{k}: 上位1/{k}件の引用に期待の節　根拠: 根拠再現率　完全: 根拠完全率　適合: 引用適合率　"
                  "拒否: 回答拒否の正確さ　数値: 数値の忠実性", soft_wrap=True)
    if len(runs) > 1:
        _print_side_by_side(console, runs, k)


def _print_side_by_side(console, runs: dict, k: int) -> None:
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


# ---------------------------------------------------------------- --compare
def delta_text(d: dict, key: str, digits: int = 3) -> str:
    if d["delta"] is None:
        return "―"
    return f"{d['delta']:+.0f}" if key.startswith("latency") else f"{d['delta']:+.{digits}f}"


def print_meta_diff(console, comp: Comparison) -> None:
    """What differed between the two runs' settings: printed before anything else."""
    console.print(f"[bold]前回の結果との比較[/bold]: {comp.previous_path}（共通の質問 {comp.n_common}問で採点）",
                  soft_wrap=True)
    if not comp.has_meta:
        console.print("  前回の実行情報（.meta.json）がないため、設定の違いは分かりません。", soft_wrap=True)
    elif not comp.meta_diff:
        console.print("  設定の違い: なし（製品・パーサー・埋め込み・LLM・k・質問セットが同じ）", soft_wrap=True)
    else:
        console.print("  設定の違い:", soft_wrap=True)
        for d in comp.meta_diff:
            console.print(f"    {d['label']}: {d['previous'] or '―'} → {d['current'] or '―'}", soft_wrap=True)


def print_compare(console, comp: Comparison, k: int, kinds) -> None:
    """The metric deltas (overall and per kind), then regressed, improved and one-sided questions."""
    t = Table(title=f"前回との比較（共通 {comp.n_common}問）", box=box.SIMPLE_HEAD)
    t.add_column("指標")
    for col in ("前回", "今回", "差"):
        t.add_column(col, justify="right")
    for key, d in comp.metrics.items():
        label = "回答不能を全て拒否" if key == "unanswerable_refused" else metric_label(key, k)
        t.add_row(label, fmt(d["previous"], key), fmt(d["current"], key), delta_text(d, key))
    console.print(t)
    keys = [m for m in comp.metrics if not m.startswith("latency") and m != "unanswerable_refused"]
    short = dict(SHORT, **{"hit@k": f"h@{k}"})
    t = Table(title="種類別の差（今回 − 前回）", box=box.SIMPLE_HEAD, padding=(0, 1))
    t.add_column("種類", no_wrap=True)
    for m in keys:
        t.add_column(short.get(m, m), justify="right", no_wrap=True)
    for kind in kinds:
        if kind in comp.by_kind:
            t.add_row(KIND_LABELS.get(kind, kind), *[delta_text(comp.by_kind[kind][m], m, 2) for m in keys])
    console.print(t)
    _print_changes(console, "悪化した質問", comp.regressed, "red")
    _print_changes(console, "改善した質問", comp.improved, "green")
    for title, ids in (("前回のみにある質問", comp.only_previous), ("今回のみにある質問", comp.only_current)):
        if ids:
            shown = "、".join(ids[:30]) + ("…" if len(ids) > 30 else "")
            console.print(f"{title}（{len(ids)}問、比較から除外）: {shown}", soft_wrap=True)


def _print_changes(console, title: str, changes: list[Change], colour: str) -> None:
    console.print(f"[bold {colour}]{title}（{len(changes)}問）[/bold {colour}]", soft_wrap=True)
    for c in changes:
        console.print(f"  [bold]{escape(c.id)}[/bold]（{KIND_LABELS.get(c.kind, c.kind)}）{escape(c.question)}",
                      soft_wrap=True)
        if c.reasons:
            console.print(f"    変化: {'、'.join(c.reasons)}", soft_wrap=True, markup=False)
        console.print(f"    前回: {c.previous_answer or '（空）'}", soft_wrap=True, markup=False)
        console.print(f"    今回: {c.current_answer or '（空）'}", soft_wrap=True, markup=False)
        if c.removed or c.added:
            console.print(f"    引用: 外れた {', '.join(c.removed) or '―'} ／ 加わった {', '.join(c.added) or '―'}",
                          soft_wrap=True, markup=False)

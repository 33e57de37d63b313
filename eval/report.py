"""Markdown report with a bar chart (PNG, Japanese labels) for ``kaizen eval --report``."""

from __future__ import annotations

from pathlib import Path

from .dataset import Question
from .metrics import JUDGE_METRICS, METRICS, PARAPHRASE_METRICS, failed

KIND_LABELS = {
    "why": "理由", "trend": "推移", "plan": "方策", "issue": "課題", "cost": "コスト", "activity": "実績",
    "lookup": "参照", "cross": "横断", "unanswerable": "回答不能", "overall": "全体",
}
CHART_METRICS = ("hit@1", "hit@k", "mrr", "evidence", "full_evidence", "citation_precision",
                 "refusal_accuracy", "numeric_faithfulness")


def fmt(value, key: str = "") -> str:
    if value is None:
        return "―"
    if key.startswith("latency"):
        return f"{value:.0f}"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def metric_label(key: str, k: int) -> str:
    label = METRICS.get(key) or JUDGE_METRICS.get(key) or PARAPHRASE_METRICS.get(key) or key
    return label.replace("hit@k", f"hit@{k}")


def _figure(systems: dict[str, dict], k: int):
    """Grouped bars of the headline metrics (overall), one colour per system."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import matplotlib_fontja  # noqa: F401  (registers IPAexGothic and makes it the default font)

    keys = [m for m in CHART_METRICS if any(s["overall"].get(m) is not None for s in systems.values())]
    fig, ax = plt.subplots(figsize=(10, 4.8), dpi=110)
    width = 0.8 / max(1, len(systems))
    for j, (name, summary) in enumerate(systems.items()):
        vals = [summary["overall"].get(m) or 0.0 for m in keys]
        xs = [i + (j - (len(systems) - 1) / 2) * width for i in range(len(keys))]
        bars = ax.bar(xs, vals, width, label=name)
        ax.bar_label(bars, labels=[f"{v:.2f}" for v in vals], fontsize=7, padding=1)
    ax.set_xticks(range(len(keys)), [metric_label(m, k) for m in keys], rotation=20, ha="right")
    ax.set_ylim(0, 1.25)
    ax.set_ylabel("スコア（0〜1）")
    ax.set_title("事業改善シート アシスタント 評価結果（全体）")
    ax.legend(loc="upper center", ncol=len(systems), frameon=False)
    fig.tight_layout()
    return fig


def chart(systems: dict[str, dict], k: int, path: Path) -> Path:
    """The chart as a PNG file at ``path``."""
    import matplotlib.pyplot as plt

    fig = _figure(systems, k)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
    return path


def chart_png(systems: dict[str, dict], k: int) -> bytes:
    """The chart as PNG bytes (embedded in the HTML report)."""
    import io

    import matplotlib.pyplot as plt

    fig = _figure(systems, k)
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return buf.getvalue()


def _table(systems: dict[str, dict], scope: str, k: int) -> list[str]:
    names = list(systems)
    lines = ["| 指標 | " + " | ".join(names) + " |", "| --- |" + " ---: |" * len(names)]
    keys = list(METRICS) + [m for m in (*JUDGE_METRICS, *PARAPHRASE_METRICS)
                            if any(s["overall"].get(m) is not None for s in systems.values())]
    for key in keys:
        cells = []
        for s in systems.values():
            part = s["overall"] if scope == "overall" else s["by_kind"].get(scope, {})
            cells.append(fmt(part.get(key), key))
        lines.append(f"| {metric_label(key, k)} | " + " | ".join(cells) + " |")
    return lines


def _kind_table(summary: dict, k: int) -> list[str]:
    keys = ["hit@1", "hit@k", "mrr", "evidence", "full_evidence", "citation_precision", "refusal_accuracy",
            "numeric_faithfulness"] + [m for m in PARAPHRASE_METRICS if summary["overall"].get(m) is not None]
    lines = ["| 種類 | 件数 | " + " | ".join(metric_label(m, k) for m in keys) + " |",
             "| --- | ---: |" + " ---: |" * len(keys)]
    rows = list(summary["by_kind"].items()) + [("overall", summary["overall"])]
    for kind, agg in rows:
        lines.append(f"| {KIND_LABELS.get(kind, kind)}（{kind}） | {agg['n']} | "
                     + " | ".join(fmt(agg.get(m), m) for m in keys) + " |")
    return lines


def _cite_label(c: dict) -> str:
    sec = c.get("section") or "?"
    ind = c.get("indicator")
    s = f"{c.get('jigyo_no', '?')} §{sec}" + (f"-指標{ind}" if ind else "")
    if c.get("fiscal_year"):
        s += f"（{c['fiscal_year']}）"
    return s


def _exp_label(e: dict) -> str:
    s = f"{e['jigyo_no']} §{e['section']}" + (f"-指標{e['indicator']}" if e.get("indicator") is not None else "")
    return s + (f"（{e['fiscal_year']}）" if e.get("fiscal_year") else "")


def failure_reasons(q: Question, s: dict, r: dict, k: int) -> list[str]:
    """Why a failed question failed, in Japanese."""
    why = []
    if s.get("hit@k") == 0.0:
        why.append(f"上位{k}件に期待した節なし")
    if s.get("evidence") is not None and s["evidence"] < 1.0:
        why.append("根拠の語句が不足")
    if s.get("refusal_accuracy") == 0.0:
        why.append("回答拒否すべきだった" if not q.answerable else "誤って回答拒否")
    if r.get("error"):
        why.append(f"エラー: {r['error']}")
    return why


def compare_lines(comp, k: int) -> list[str]:
    """The ``--compare`` section: settings that differ, metric deltas, changed questions.

    ``comp`` is an ``eval.compare.Comparison`` (not imported: compare.py uses this module's labels).
    """
    lines = ["", "## 前回との比較", "", f"前回: `{comp.previous_path}`（共通の質問 {comp.n_common} 問で採点）", ""]
    if not comp.has_meta:
        lines += ["前回の実行情報（.meta.json）がないため、設定の違いは分かりません。", ""]
    else:
        lines += [f"- 設定の違い: {d['label']}: {d['previous'] or '―'} → {d['current'] or '―'}"
                  for d in comp.meta_diff] or ["- 設定の違い: なし"]
        lines.append("")
    lines += ["| 指標 | 前回 | 今回 | 差 |", "| --- | ---: | ---: | ---: |"]
    for key, d in comp.metrics.items():
        delta = "―" if d["delta"] is None else f"{d['delta']:+.0f}" if key.startswith("latency") else f"{d['delta']:+.3f}"
        label = "回答不能を全て拒否" if key == "unanswerable_refused" else metric_label(key, k)
        lines.append(f"| {label} | {fmt(d['previous'], key)} | {fmt(d['current'], key)} | {delta} |")
    for title, changes in (("悪化した質問", comp.regressed), ("改善した質問", comp.improved)):
        lines += ["", f"### {title}（{len(changes)} 件）", ""] + (["なし。"] if not changes else [])
        for c in changes:
            lines += [f"- **{c.id}**（{c.kind}）{c.question} — {'、'.join(c.reasons) or '―'}",
                      f"  - 前回: {c.previous_answer or '（空）'}", f"  - 今回: {c.current_answer or '（空）'}"]
            if c.removed or c.added:
                lines.append(f"  - 引用: 外れた {', '.join(c.removed) or '―'} ／ 加わった {', '.join(c.added) or '―'}")
    for title, ids in (("前回のみにある質問", comp.only_previous), ("今回のみにある質問", comp.only_current)):
        if ids:
            lines += ["", f"{title}（{len(ids)} 件、比較から除外）: {'、'.join(ids)}"]
    return lines


def write_report(path: str | Path, runs: dict[str, dict], questions: list[Question], k: int,
                 source: str = "", errors: list | None = None, comparison=None) -> Path:
    """Write the Markdown report and its PNG beside it; returns the report path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    systems = {name: run["summary"] for name, run in runs.items()}
    png = chart(systems, k, path.with_suffix(".png"))
    qs = {q.id: q for q in questions}
    lines = [f"# 評価レポート（{source or '質問セット'}）", "",
             f"質問数 {len(questions)} 件、k = {k}。" + (f" 読み込めなかった行 {len(errors)} 件。" if errors else ""), "",
             f"![評価結果]({png.name})", "", "## 全体", ""]
    lines += _table(systems, "overall", k)
    for name, summary in systems.items():
        lines += ["", f"## 種類別（{name}）", ""] + _kind_table(summary, k)
    if comparison is not None:
        lines += compare_lines(comparison, k)
    if errors:
        lines += ["", "## 読み込めなかった行", ""] + [f"- {e}" for e in errors]
    for name, run in runs.items():
        bad = [(s, r) for s, r in zip(run["scores"], run["results"]) if failed(s)]
        lines += ["", f"## 失敗した質問（{name}、{len(bad)} 件）", ""]
        if not bad:
            lines.append("なし。")
        for s, r in bad:
            q = qs[s["id"]]
            why = failure_reasons(q, s, r, k)
            answer = (r.get("answer") or "").replace("\n", " ")
            if len(answer) > 200:
                answer = answer[:200] + "…"
            lines += [f"### {q.id}（{q.kind}）{q.question}", "",
                      f"- 判定: {'、'.join(why)}",
                      f"- 期待した節: {', '.join(_exp_label(e) for e in q.expected) or '（なし：回答拒否が正解）'}",
                      f"- 返った引用: {', '.join(_cite_label(c) for c in r.get('citations', [])[:k]) or '（なし）'}"
                      + ("（回答拒否）" if r.get("refused") else ""),
                      f"- 含むべき語句で欠けたもの: {'、'.join(s.get('missing') or []) or '―'}",
                      f"- 回答: {answer or '（空）'}", ""]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path

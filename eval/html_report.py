"""``kaizen eval --report FILE.html``: one self-contained page to share.

No network: the CSS is inline and the chart (matplotlib, Japanese font) is an embedded PNG
(``data:`` URL). Tables of the metrics (with the previous run and the delta under
``--compare``), paraphrase consistency, and each failed, regressed or improved question
as a ``<details>`` element that opens to the answer and every cited quote.
"""

from __future__ import annotations

import base64
from html import escape
from pathlib import Path

from .compare import Change, Comparison
from .dataset import Question
from .metrics import JUDGE_METRICS, METRICS, PARAPHRASE_METRICS, failed
from .report import KIND_LABELS, _cite_label, _exp_label, chart_png, failure_reasons, fmt, metric_label
from .runinfo import DIFF_KEYS

CSS = """
body{font-family:"IPAexGothic","Noto Sans CJK JP","Hiragino Sans","Yu Gothic",sans-serif;margin:2em auto;
max-width:1100px;padding:0 1em;color:#1f2937;line-height:1.6}
h1{font-size:1.5em;border-bottom:2px solid #2563eb;padding-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em}
table{border-collapse:collapse;margin:.5em 0;font-size:.9em}th,td{border:1px solid #d1d5db;padding:.25em .6em}
th{background:#eff6ff;text-align:left}td.num{text-align:right;font-variant-numeric:tabular-nums}
.up{color:#15803d}.down{color:#b91c1c}img.chart{max-width:100%;border:1px solid #e5e7eb}
details{border:1px solid #e5e7eb;border-radius:4px;margin:.4em 0;padding:.3em .7em}
details[open]{background:#f9fafb}summary{cursor:pointer;font-weight:bold}
.regressed summary{color:#b91c1c}.improved summary{color:#15803d}
.answer{white-space:pre-wrap;background:#fff;border-left:3px solid #93c5fd;padding:.3em .6em}
blockquote{margin:.3em 0 .3em 1em;padding:.2em .6em;border-left:3px solid #d1d5db;white-space:pre-wrap;
font-size:.9em}.muted{color:#6b7280;font-size:.9em}
"""


def _num(value, key: str) -> str:
    return f'<td class="num">{escape(fmt(value, key))}</td>'


def _delta(d: dict, key: str) -> str:
    if d["delta"] is None:
        return '<td class="num">―</td>'
    lower_is_better = key.startswith("latency")
    good = d["delta"] < 0 if lower_is_better else d["delta"] > 0
    cls = "" if abs(d["delta"]) < 1e-12 else ("up" if good else "down")
    text = f"{d['delta']:+.0f}" if lower_is_better else f"{d['delta']:+.3f}"
    return f'<td class="num {cls}">{text}</td>'


def _label(key: str, k: int) -> str:
    return "回答不能を全て拒否" if key == "unanswerable_refused" else metric_label(key, k)


def _overall_table(runs: dict, comp: Comparison | None, k: int) -> list[str]:
    names = list(runs)
    head = "".join(f"<th>{escape(n)}</th>" for n in names)
    if comp is not None:
        head += f"<th>前回（共通{comp.n_common}問）</th><th>今回（共通{comp.n_common}問）</th><th>差</th>"
    keys = list(METRICS) + ["unanswerable_refused"] + [
        m for m in (*JUDGE_METRICS, *PARAPHRASE_METRICS)
        if any(r["summary"]["overall"].get(m) is not None for r in runs.values())
        or (comp is not None and m in comp.metrics)]
    rows = [f"<table><tr><th>指標</th>{head}</tr>"]
    for key in keys:
        cells = "".join(_num(runs[n]["summary"]["overall"].get(key), key) for n in names)
        if comp is not None:
            d = comp.metrics.get(key, {"previous": None, "current": None, "delta": None})
            cells += _num(d["previous"], key) + _num(d["current"], key) + _delta(d, key)
        rows.append(f"<tr><td>{escape(_label(key, k))}</td>{cells}</tr>")
    return rows + ["</table>"]


def _kind_table(summary: dict, k: int, comp: Comparison | None = None) -> list[str]:
    keys = ["hit@1", "hit@k", "mrr", "evidence", "full_evidence", "citation_precision", "refusal_accuracy",
            "numeric_faithfulness"] + [m for m in PARAPHRASE_METRICS if summary["overall"].get(m) is not None]
    out = ["<table><tr><th>種類</th><th>問数</th>" + "".join(f"<th>{escape(metric_label(m, k))}</th>" for m in keys)
           + "</tr>"]
    for kind, agg in list(summary["by_kind"].items()) + [("overall", summary["overall"])]:
        cells = "".join(_num(agg.get(m), m) for m in keys)
        out.append(f"<tr><td>{escape(KIND_LABELS.get(kind, kind))}</td><td class=\"num\">{agg['n']}</td>{cells}</tr>")
        if comp is not None and kind in comp.by_kind:
            deltas = "".join(_delta(comp.by_kind[kind].get(m, {"delta": None}), m) for m in keys)
            out.append(f"<tr class=\"muted\"><td>　前回との差</td><td></td>{deltas}</tr>")
    return out + ["</table>"]


def _citations(cits: list[dict], k: int) -> str:
    if not cits:
        return '<p class="muted">引用なし</p>'
    parts = []
    for c in cits:
        title = " ".join(x for x in (c.get("jigyo_name") or "", c.get("section_title") or "",
                                     c.get("indicator_name") or "") if x)
        parts.append(f"<p>[{escape(str(c.get('n', '')))}] {escape(_cite_label(c))} {escape(title)}"
                     f"<span class=\"muted\"> p.{escape(str(c.get('page', '')))}</span></p>"
                     f"<blockquote>{escape(c.get('quote') or '')}</blockquote>")
    return "".join(parts)


def _answer_block(title: str, row: dict, k: int) -> str:
    refused = "（回答拒否）" if row.get("refused") else ""
    return (f"<h4>{escape(title)}{refused}</h4><div class=\"answer\">{escape(row.get('answer') or '（空）')}</div>"
            f"<h4>引用</h4>{_citations(list(row.get('citations') or []), k)}")


def _change(c: Change, k: int) -> str:
    cites = f"<p>引用: 外れた {escape(', '.join(c.removed) or '―')} ／ 加わった {escape(', '.join(c.added) or '―')}</p>"
    return (f"<details class=\"{c.status}\" id=\"change-{escape(c.id)}\"><summary>{escape(c.id)}"
            f"（{escape(KIND_LABELS.get(c.kind, c.kind))}）{escape(c.question)}</summary>"
            f"<p>変化: {escape('、'.join(c.reasons) or '―')}</p>{cites}"
            f"{_answer_block('前回の回答', c.previous, k)}{_answer_block('今回の回答', c.current, k)}</details>")


def _compare_section(comp: Comparison, k: int) -> list[str]:
    out = ["<h2>前回との比較</h2>", f"<p>前回: {escape(comp.previous_path)}（共通の質問 {comp.n_common}問で採点）</p>"]
    if not comp.has_meta:
        out.append("<p class=\"muted\">前回の実行情報（.meta.json）がないため、設定の違いは分かりません。</p>")
    elif comp.meta_diff:
        out.append("<table><tr><th>設定の違い</th><th>前回</th><th>今回</th></tr>")
        out += [f"<tr><td>{escape(d['label'])}</td><td>{escape(str(d['previous']))}</td>"
                f"<td>{escape(str(d['current']))}</td></tr>" for d in comp.meta_diff]
        out.append("</table>")
    else:
        out.append("<p>設定の違い: なし</p>")
    for title, changes in (("悪化した質問", comp.regressed), ("改善した質問", comp.improved)):
        out.append(f"<h3>{title}（{len(changes)}問）</h3>")
        out += [_change(c, k) for c in changes] or ["<p>なし。</p>"]
    for title, ids in (("前回のみにある質問", comp.only_previous), ("今回のみにある質問", comp.only_current)):
        if ids:
            out.append(f"<p>{title}（{len(ids)}問、比較から除外）: {escape('、'.join(ids))}</p>")
    return out


def _failed_section(name: str, run: dict, qs: dict[str, Question], k: int) -> list[str]:
    bad = [(s, r) for s, r in zip(run["scores"], run["results"]) if failed(s)]
    out = [f"<h2>失敗した質問（{escape(name)}、{len(bad)}問）</h2>"]
    if not bad:
        return out + ["<p>なし。</p>"]
    for s, r in bad:
        q = qs[s["id"]]
        expected = ", ".join(_exp_label(e) for e in q.expected) or "（なし：回答拒否が正解）"
        out.append(f"<details class=\"failed\"><summary>{escape(q.id)}（{escape(KIND_LABELS.get(q.kind, q.kind))}）"
                   f"{escape(q.question)}</summary><p>判定: {escape('、'.join(failure_reasons(q, s, r, k)))}</p>"
                   f"<p>期待した節: {escape(expected)}</p>"
                   f"<p>含むべき語句で欠けたもの: {escape('、'.join(s.get('missing') or []) or '―')}</p>"
                   f"{_answer_block('回答', r, k)}</details>")
    return out


def _paraphrase_section(run: dict) -> list[str]:
    p = run.get("paraphrase")
    if p is None:
        return []
    kinds = "".join(f"<tr><td>{escape(KIND_LABELS.get(kind, kind))}</td>{_num(part['value'], 'x')}"
                    f"<td class=\"num\">{part['n']}</td></tr>" for kind, part in p["by_kind"].items())
    out = ["<h2>言い換え一貫性</h2>",
           f"<p>言い換え {p['n']}問のうち、最上位の引用（事業・節・指標）と回答拒否の判断が元の質問と同じ割合: "
           f"<strong>{escape(fmt(p['value']))}</strong></p>",
           f"<table><tr><th>種類</th><th>言い換え一貫性</th><th>問数</th></tr>{kinds}</table>"]
    if p["inconsistent"]:
        out.append(f"<p class=\"muted\">一致しなかった言い換え: {escape('、'.join(p['inconsistent']))}</p>")
    return out


def _info_table(info: dict) -> list[str]:
    rows = "".join(f"<tr><td>{escape(label)}</td><td>{escape(str(info.get(key) if info.get(key) is not None else '―'))}"
                   f"</td></tr>" for key, label in DIFF_KEYS.items())
    return ["<h2>実行情報</h2>", f"<table>{rows}</table>"]


def render_html(runs: dict[str, dict], questions: list[Question], k: int, info: dict, source: str = "",
                errors: list | None = None, comparison: Comparison | None = None) -> str:
    """The whole page as one string."""
    systems = {name: run["summary"] for name, run in runs.items()}
    if comparison is not None:  # like with like: both runs over the questions they share
        n = comparison.n_common
        systems = {f"前回（共通{n}問）": comparison.previous_summary, f"今回（共通{n}問）": comparison.current_summary}
    png = base64.b64encode(chart_png(systems, k)).decode("ascii")
    qs = {q.id: q for q in questions}
    title = f"評価レポート（{source or '質問セット'}）"
    body = [f"<h1>{escape(title)}</h1>",
            f"<p>質問数 {len(questions)}問、k = {k}。" + (f" 読み込めなかった行 {len(errors)}件。" if errors else "") + "</p>",
            f'<img class="chart" alt="評価結果のグラフ" src="data:image/png;base64,{png}">', "<h2>全体</h2>"]
    body += _overall_table(runs, comparison, k)
    for i, (name, run) in enumerate(runs.items()):
        body += [f"<h2>種類別（{escape(name)}）</h2>"]
        body += _kind_table(run["summary"], k, comparison if i == 0 else None)  # --compare is of the assistant
    body += _paraphrase_section(runs[next(iter(runs))])
    if comparison is not None:
        body += _compare_section(comparison, k)
    for name, run in runs.items():
        body += _failed_section(name, run, qs, k)
    if errors:
        body += ["<h2>読み込めなかった行</h2><ul>"] + [f"<li>{escape(str(e))}</li>" for e in errors] + ["</ul>"]
    body += _info_table(info)
    return ("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\">"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{escape(title)}</title>"
            f"<style>{CSS}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")


def write_html(path: str | Path, runs: dict[str, dict], questions: list[Question], k: int, info: dict,
               source: str = "", errors: list | None = None, comparison: Comparison | None = None) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(runs, questions, k, info, source, errors, comparison), encoding="utf-8")
    return path

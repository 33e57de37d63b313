"""Charts of answers, drawn with matplotlib (Agg) in IPAexGothic so Japanese labels render:
a horizontal bar chart for rankings and group totals, and a line chart of an indicator's
R4 → R5 → R6 with its target for a single-indicator trend.

PNG files, so the CLI, the UI (``gr.Image``) and a report can all show them.  matplotlib
is imported on first use (``kaizen ask`` without a chart never pays for it).
"""

from __future__ import annotations

import math
from pathlib import Path

from ingest.form import reiwa, to_float

MAX_BARS = 15
_FONT_FILE = Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")


def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib import font_manager

    if _FONT_FILE.exists():
        font_manager.fontManager.addfont(str(_FONT_FILE))
        plt.rcParams["font.family"] = font_manager.FontProperties(fname=str(_FONT_FILE)).get_name()
    else:  # matplotlib-fontja bundles IPAexGothic
        import matplotlib_fontja  # noqa: F401

    plt.rcParams["axes.unicode_minus"] = False
    return plt


def _short(label: str, n: int = 22) -> str:
    return label if len(label) <= n else label[: n - 1] + "…"


def bar_chart(table: dict, out: Path, title: str = "") -> Path | None:
    """A horizontal bar chart of ``table`` (``Answer.table``: labels, values) -> ``out`` (PNG),
    or None when there is nothing to draw."""
    pairs = [(lbl, v) for lbl, v in zip(table.get("labels") or [], table.get("values") or [])
             if v is not None and not math.isnan(v)][:MAX_BARS]
    if not pairs:
        return None
    ratio = "%" in (table.get("value_label") or "")
    labels = [_short(p[0]) for p in pairs][::-1]
    values = [p[1] * (100 if ratio else 1) for p in pairs][::-1]
    plt = _plt()
    fig, ax = plt.subplots(figsize=(7.5, 0.42 * len(pairs) + 1.4), dpi=110)
    ax.barh(range(len(values)), values, color=["#dc2626" if v < 0 else "#2563eb" for v in values])
    ax.set_yticks(range(len(values)), labels, fontsize=9)
    ax.set_xlabel(table.get("value_label") or "")
    for i, v in enumerate(values):
        ax.annotate(f"{v:,.1f}" if ratio or not float(v).is_integer() else f"{v:,.0f}", (v, i),
                    xytext=(3 if v >= 0 else -3, 0), textcoords="offset points", va="center",
                    ha="left" if v >= 0 else "right", fontsize=8)
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda x, _: f"{x:,.0f}"))
    ax.margins(x=0.18)
    total = table.get("total") or len(pairs)
    ax.set_title(title + (f"（上位{len(pairs)}件／全{total}件）" if total > len(pairs) else ""), fontsize=10)
    return _save(plt, fig, out)


def _save(plt, fig, out: Path) -> Path:
    """Lay out, write and close one chart."""
    fig.tight_layout()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out)
    plt.close(fig)
    return out


def trend_chart(sheet_year: int, indicator: dict, out: Path, title: str = "") -> Path | None:
    """A line chart of one indicator's three years (R4 → R5 → R6 of the sheet) with its target."""
    years = [sheet_year - 2, sheet_year - 1, sheet_year]
    values = [to_float(indicator.get(k)) for k in ("r4", "r5", "r6")]
    target = to_float(indicator.get("r6_target"))
    if sum(v is not None for v in values) < 1:
        return None
    plt = _plt()
    fig, ax = plt.subplots(figsize=(6.4, 3.6), dpi=110)
    xs = [f"{reiwa(y)}年度" for y in years]
    pts = [(x, v) for x, v in zip(xs, values) if v is not None]
    ax.plot([p[0] for p in pts], [p[1] for p in pts], marker="o", color="#2563eb", label="実績")
    for x, v in pts:
        ax.annotate(f"{v:,g}", (x, v), xytext=(0, 7), textcoords="offset points", ha="center", fontsize=9)
    ax.set_xticks(range(3), xs)
    if target is not None:
        ax.axhline(target, color="#dc2626", linestyle="--", linewidth=1.2, label=f"目標 {target:,g}")
    unit = indicator.get("unit") or ""
    ax.set_ylabel(unit)
    ax.legend(loc="best", fontsize=9)
    ax.set_title(_short(title or indicator.get("name", ""), 40), fontsize=10)
    ax.margins(y=0.25)
    return _save(plt, fig, out)


def trend_indicator(snap, citation: dict) -> tuple[int, dict, str] | None:
    """(sheet year, indicator record, title) of a single-indicator trend answer's first citation."""
    if str(citation.get("section")) != "4" or not citation.get("indicator"):
        return None
    for rec in snap.records.values():
        s = rec["sheet"]
        if s.get("jigyo_no") == citation.get("jigyo_no") and (rec.get("fiscal_year") or 0) == citation.get("fiscal_year"):
            for ind in s.get("indicators") or []:
                if ind.get("no") == citation.get("indicator"):
                    return rec.get("fiscal_year") or 0, ind, f"{s.get('jigyo_name', '')}：{ind.get('name', '')}"
    return None

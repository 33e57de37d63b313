"""The lead sentences of counts and of totals over two years: 「未達成の指標は9件です（R6年度、全17件中）」,
「職員数の合計は58人、R5年度は54人で、+4人増えています」 (split from :mod:`.answer`, which composes the rest)."""

from __future__ import annotations

from ingest.form import reiwa

from .execute import Result
from .figures import (cell_text, condition_words, denied_verb, fmt, half_up, row_figure, row_name, series_figure,
                      turn_words)
from .spec import MEASURES

SMALL_GROUP = 3  # indicators of a 達成状況 or 推移 group this small are named along with its count
AGG_WORDS = {"sum": "合計", "mean": "平均", "median": "中央値", "min": "最小値", "max": "最大値", "count": "件数"}


def of_scope(scope: str, subject: str) -> str:
    """「建設部の事業の」 with a scope; nothing without one (「R6年度の決算額…」 reads whole)."""
    return f"{scope}{subject}の" if scope else ""


def count_lead(res: Result, scope: str, subject: str, when: str, what: str, marks=lambda cids: "") -> str:
    """「未達成の指標は9件です（R6年度、全17件中）」: a filtered count says what it is out of (and,
    asked 「何割」, the share, also over the judged indicators only: ― is neither); a count of
    事業 by a money condition also tells that money's total (「繰越がある事業はいくつ、合計も」)."""
    spec, n = res.spec, int(res.scalar or 0)
    if spec.table == "items":  # 取組 have no year of their own
        return f"{scope}{subject}は{n:,}件です（各事業の最新のシートの細事業一覧）。"
    about = when if spec.table == "indicators" else f"{when}の{what}"
    if spec.change:  # 「前年度より減った細事業はいくつ」
        verb = denied_verb(spec) or {"increase": "増えた", "decrease": "減った"}.get(spec.change, "増減した")
        label = MEASURES[spec.measure].label.split("（")[0].removeprefix(f"{subject}の")
        since = f"{reiwa(res.compare_year)}年度から{when}にかけて" if res.compare_year else "各シートの実施年度の前年度から"
        total = f"増減の合計は{'+' if res.rows['diff'].sum() > 0 else ''}{fmt(res.rows['diff'].sum(), spec.measure)}です。" \
            if MEASURES[spec.measure].unit == "千円" and n > 1 else ""
        return (f"{scope}{subject}のうち、{since}{label}が{verb}のは{n:,}件です（全{res.n_scope:,}件中）。{total}"
                f"{_both_totals(res, subject, when, label, marks)}")
    of_all, extra = "", ""
    if spec.trend_before and spec.trend and spec.status:  # 「↘から↗に転じたのは何件、そのうち達成は」: both counts
        return (f"{when}に{turn_words(spec)}指標は{res.n_turned:,}件で"
                f"（全{res.n_scope:,}件中）、そのうち達成状況が「{spec.status}」なのは{n:,}件です。")
    if (spec.status or spec.trend or spec.conditions or spec.missing) and res.n_scope > n and not spec.span:
        of_all = f"、全{res.n_scope:,}件中" + (f"の{half_up(n / res.n_scope * 100)}%" if spec.share else "")
        if spec.share and spec.status and 0 < res.n_judged < res.n_scope:
            extra = (f"達成状況が「―」（判定なし）の{res.n_scope - res.n_judged}件を除いた{res.n_judged}件に限れば"
                     f"{half_up(n / res.n_judged * 100)}%です。")
    m = MEASURES[spec.measure]
    if spec.table == "costs" and not m.ratio and not spec.missing and n > 1:
        extra += f"{when}の{m.label.split('（')[0]}の合計は{fmt(res.rows['value'].sum(), spec.measure)}です。"
        if spec.mean_too:  # 「何件？平均も」
            extra += f"平均は{fmt(res.rows['value'].mean(), spec.measure, quotient=True)}です（合計÷{n:,}件）。"
    return f"{scope}{subject}は{n:,}件です（{about}{of_all}）。{extra}"


def unit_of(res: Result) -> str:
    """「単位が「%」の指標9件中、」: how many indicators of the unit a list picked out there are (else "")."""
    unit = res.spec.unit
    return f"単位が「{unit}」の指標{res.n_scope:,}件中、" if unit else ""


def members(res: Result) -> str:
    """「（A・Bの2事業）」: the 事業 a 部局's (a topic's) group totals sum, when they are few enough to name."""
    spec, names = res.spec, res.names
    if not (spec.bukyoku or spec.topic) or spec.table != "costs" or not 0 < len(names) <= 8:
        return ""
    return f"（{'・'.join(names)}の{len(names)}事業）"


def list_total(res: Result) -> str:
    """「合計は9,800千円です」: the total of the money a condition's list shows (「繰越があった事業とその金額」)."""
    spec = res.spec
    m = MEASURES[spec.measure]
    if not spec.conditions or spec.table != "costs" or m.unit != "千円" or len(res.rows) < 2:
        return ""
    total = float(res.rows["value"].sum())
    return f"{len(res.rows)}件の合計は{'△' if total < 0 else ''}{fmt(abs(total), spec.measure)}です。"  # as the sheets print it


def change_total_lead(res: Result, scope: str, subject: str, when: str) -> str:
    """「職員数は全事業で何人、前の年と比べて」: both years' totals (or means) and their difference,
    over the rows with both years; one shared change per row is said once."""
    spec = res.spec
    how = spec.aggregate
    label = MEASURES[spec.measure].label.split("（")[0]
    cur, prev = getattr(res.rows["current"], how)(), getattr(res.rows["prev"], how)()
    diff = cur - prev
    verb = "増えています" if diff > 0 else ("減っています" if diff < 0 else "変わっていません")
    sign = "+" if diff > 0 else ""
    diffs = res.rows["diff"].round(6).unique()
    same = f"どの{subject}も{'+' if diffs[0] > 0 else ''}{fmt(diffs[0], spec.measure)}ずつです。" \
        if len(diffs) == 1 and len(res.rows) > 1 else ""
    # 「R5と比べてどれくらい増えた」: a total's change as a % too (a mean or a ratio's is told as the difference)
    pct = f"（{sign}{half_up(diff / prev * 100)}%）" if how == "sum" and not MEASURES[spec.measure].ratio and prev > 0 and diff else ""
    return (f"{of_scope(scope, subject)}{when}の{label}の{AGG_WORDS[how]}は{fmt(cur, spec.measure)}、"
            f"{reiwa(res.compare_year)}年度は{fmt(prev, spec.measure)}で、{sign}{fmt(diff, spec.measure)}{pct}{verb}"
            f"（両方の年度に値のある{len(res.rows):,}{subject}）。{same}{_level_top(res, when)}")


def _level_top(res: Result, when: str) -> str:
    """「職員数が一番多い事業と、合計（R5と比べて）」: a ranking asked along with a total's change names the row
    highest (lowest) at the later year too, by its figure then (the lines below are ordered by the change)."""
    spec = res.spec
    if not (spec.order and spec.limit) or res.rows.empty or MEASURES[spec.measure].ratio:
        return ""
    cur = res.rows["current"].astype(float)
    end = cur.min() if spec.order == "asc" else cur.max()
    rows = res.rows[(cur - end).abs() <= 1e-9]
    word = ("少ない" if spec.order == "asc" else "多い") if MEASURES[spec.measure].unit in ("人", "件") else \
        ("小さい" if spec.order == "asc" else "大きい")
    names = "と".join(f"{row_name(r, spec.table)}（{fmt(float(r['current']), spec.measure)}）" for _, r in rows.iterrows())
    return f"{when}の{MEASURES[spec.measure].label.split('（')[0]}が最も{word}のは{names}です。"


def share_lead(res: Result, scope: str, subject: str, when: str, what: str, marks) -> str:
    """「企画振興部の事業のR6年度の決算額の合計は139,664千円（1事業）で、全8事業の合計441,017千円の31.7%です」."""
    whole, n, cids = res.whole
    part = res.scalar or 0.0
    pct = f"の{half_up(part / whole * 100)}%です" if whole else "です（全体の合計が0のため割合は出せません）"
    return (f"{of_scope(scope, subject)}{when}の{what}の合計は{fmt(part, res.spec.measure)}（{res.n_values:,}{subject}）で、"
            f"全{n:,}{subject}の合計{fmt(whole, res.spec.measure)}{pct}{marks(cids)}。")


def _named(rows, res: Result, marks, sep: str = "、") -> str:
    """Each row's name with its figure and citation marks, joined by ``sep`` (「Aの事業（1,200千円）[1]、…」)."""
    return sep.join(f"{row_name(r, res.spec.table)}（{row_figure(r, res.spec, res)}）{marks(r['cids'])}" for _, r in rows.iterrows())


def top_too(res: Result, marks) -> str:
    """「合計人数と、一番人を割いている事業」: a total asked along with a ranking also tells the top row (ties named)."""
    spec = res.spec
    if not (spec.order and spec.limit) or spec.group_by or res.rows.empty:
        return ""
    ties = res.ties()
    word = ("低い" if spec.order == "asc" else "高い") if MEASURES[spec.measure].ratio else \
        ("少ない" if spec.order == "asc" else "多い")
    names = _named(ties, res, marks, "と")
    if not spec.extremes or len(res.rows) < 2:
        return f"最も{word}のは{names}です。"
    # 「一番多い事業と少ない事業は？…全体で何人か」: the other end too (ties named)
    last = res.rows["value"].astype(float).iloc[-1]
    low = res.rows[(res.rows["value"].astype(float) - last).abs() <= 1e-9]
    other = {"高い": "低い", "低い": "高い", "多い": "少ない", "少ない": "多い"}[word]
    lows = _named(low, res, marks, "と")
    return f"最も{word}のは{names}、最も{other}のは{lows}です。"


def vs_mean(res: Result, marks) -> str:
    """「平均を上回ってるのはどこかも」 (spec.vs_mean): the rows above (below) the mean, each with its figure."""
    spec = res.spec
    if not spec.vs_mean or res.scalar is None or res.rows.empty:
        return ""
    vals = res.rows["value"].astype(float)
    keep = res.rows[vals > res.scalar + 1e-9] if spec.vs_mean == "above" else res.rows[vals < res.scalar - 1e-9]
    word = "上回る" if spec.vs_mean == "above" else "下回る"
    unit = "事業" if spec.table == "costs" else "件"
    if keep.empty:
        return f"平均を{word}ものはありません。"
    ratio = MEASURES[spec.measure].ratio  # a rate's parts are in the rows below: 「（94.1%）」
    names = "、".join(f"{row_name(r, spec.table)}（{fmt(r['value'], spec.measure) if ratio else row_figure(r, spec, res)}）"
                     f"{marks(r['cids'])}" for _, r in keep.iterrows())
    return f"平均を{word}のは{names}の{len(keep)}{unit}です。"


def negatives(res: Result, subject: str, marks) -> str:
    """「…と、逆にマイナス補正になってる事業」 (spec.negatives_too): every row below zero, or that there is none."""
    spec = res.spec
    if not spec.negatives_too:
        return ""
    below = res.rows[res.rows["value"] < 0]
    label = MEASURES[spec.measure].label.split("（")[0]
    names = _named(below, res, marks)
    if spec.change:  # 「…逆に減ったものは」: the falls of the change ranked
        when = f"{reiwa(res.compare_year)}年度から{reiwa(res.year)}年度に" if res.compare_year and res.year else ""
        if below.empty:
            return f"{when}{label}が減った{subject}はありません。"
        return f"{when}{label}が減った{subject}は{names}の{len(below)}件です。"
    if below.empty:
        return f"{label}がマイナスの{subject}はありません。"
    return f"{label}がマイナス（減額）の{subject}は{names}の{len(below)}件です。"


def _both_totals(res: Result, subject: str, when: str, label: str, marks) -> str:
    """「8事業の合計は R5年度 35.0人 → R6年度 38.0人（+3.0人）です」: asked along with a count of changes
    (「増えた事業はいくつ、合計もあわせて」), over every row with both years, each of them cited."""
    if res.change_totals is None or not res.compare_year:
        return ""
    prev, cur, n, cids = res.change_totals
    diff = cur - prev
    m = res.spec.measure
    return (f"{n:,}{subject}の{label}の合計は{reiwa(res.compare_year)}年度 {fmt(prev, m)} → {when} {fmt(cur, m)}"
            f"（{'+' if diff > 0 else ''}{fmt(diff, m)}）です{marks(cids)}。")


def having_lead(res: Result, scope: str, subject: str, when: str) -> str:
    """「未達成の指標が1件の事業は2事業です：A、B」: the 事業 picked by how many rows the filters keep."""
    h = res.spec.having
    how = {"==": "", ">=": "以上", "<=": "以下"}.get(h.op, h.op)
    head = f"{when}に{scope}{subject}が{int(h.value)}件{how}の事業は"
    if res.spec.rank_condition:  # 「決算が4,000万円以上で、しかも…」
        head = f"{condition_words(res.spec.rank_condition).removesuffix('の')}で、{head}"
    if res.rows.empty:
        return f"{head}ありません。"
    names = "、".join(str(n) for n in res.rows["jigyo_name"])
    return f"{head}{len(res.rows)}事業です：{names}。"


def ranked_lead(res: Result, marks) -> str:
    """「このうちR6年度の決算額が最も大きいのはAで45,991千円です（B 35,476千円）」: the 事業 a count kept,
    ranked on a money measure (``spec.rank_by``), each cited to its cost row."""
    spec, rows = res.spec, res.ranked
    if rows is None or rows.empty:
        return ""
    m = MEASURES[spec.rank_by]
    word = ("低い" if spec.order == "asc" else "高い") if m.ratio else ("小さい" if spec.order == "asc" else "大きい")
    top = rows.iloc[0]
    first = marks(top["cids"])  # numbered before the others
    rest = "、".join(f"{r['jigyo_name']} {cell_text(r, spec.rank_by)}{marks(r['cids'])}" for _, r in rows.iloc[1:].iterrows())
    return (f"このうち{reiwa(int(top['year']))}年度の{m.label.split('（')[0]}が最も{word}のは{top['jigyo_name']}で、"
            f"{cell_text(top, spec.rank_by)}{first}です" + (f"（{rest}）" if rest else "") + "。")


def having_lines(res: Result, marks) -> list[str]:
    """The rows each picked 事業 was counted by (「未達成の1件」 is which indicator, with its figures), cited."""
    spec, out = res.spec, []
    for _, r in (res.members if res.members is not None else res.rows.iloc[0:0]).iterrows():
        fig = series_figure(r) if spec.table == "indicators" else row_figure(r, spec, res)
        out.append(f"・{row_name(r, spec.table)}：{fig}{marks(r['cids'])}")
    return out


def left_out(res: Result, subject: str, marks) -> str:
    """The rows a condition (or 「毎年増えた」) checked and did not keep, each cited with its figure: a
    count or a list over every 事業 is answered from all of them (「他の6事業は0千円」「例外は2事業」)."""
    lo = res.left_out
    if lo is None or lo.empty or res.rows.empty:
        return ""
    spec = res.spec
    why = {"increase": "毎年増えていません", "decrease": "毎年減っていません", "held": "条件に当たらない年度があります",
           None: "条件に当たりません"}[spec.steady]
    if len(lo) > 10:  # many sheets: counted and cited, not named one by one
        return f"・ほかの{len(lo):,}{subject}は{why}{marks(list(dict.fromkeys(c for x in lo['cids'] for c in x)))}"
    return f"・ほかの{len(lo):,}{subject}は{why}：" + _named(lo, res, marks)


def few(res: Result, group) -> str:
    """「（A「x」、B「y」）」: the indicators of a small 達成状況 or 推移 group by name (「↘になってるのはどれ」「―は何」)."""
    key = {"status": "status", "trend": "trend_at"}.get(res.spec.group_by or "")
    if not key or res.members is None or int(group["value"]) > SMALL_GROUP:
        return ""
    rows = res.members[res.members[key] == group[key]]
    return "（" + "、".join(row_name(m, "indicators") for _, m in rows.iterrows()) + "）"


def top_member(res: Result, marks) -> str:
    """「細事業の数が一番多い事業は…その中で一番大きい細事業も」 (spec.top_member): the largest 細事業 of each 事業
    with the most, with its figure, cited."""
    if not res.spec.top_member or res.members is None or res.members.empty:
        return ""
    named = "、".join(f"{row_name(r, 'details')}（{cell_text(r, 'detail_settlement')}"
                     f"{'、' + reiwa(int(r['year'])) + '年度' if 'year' in r and r['year'] == r['year'] else ''}）"
                     f"{marks(r['cids'])}" for _, r in res.members.iterrows())
    return f"そのうち決算額が最も{'小さい' if res.spec.member_smallest else '大きい'}細事業は、{named}です。"


def plain_lead(res: Result, scope: str, subject: str, when: str, what: str, marks) -> str:
    """The rows listed: 「…は3件です（…）」; the one row of a named indicator or 事業 (「「△△」の達成率は何％」) is told
    with its figure."""
    spec = res.spec
    if len(res.rows) == 1 and (spec.indicators or spec.jigyo):
        r = res.rows.iloc[0]
        if spec.table == "indicators" and res.year is None and r.get("sheet_year") == r.get("sheet_year"):
            when = f"{reiwa(int(r['sheet_year']))}年度"  # its sheet's year, not 「各シートの実施年度」
        return f"{row_name(r, spec.table)}の{when}の{what}は{row_figure(r, spec, res)}{marks(r['cids'])}です。"
    return f"{scope}{subject}は{len(res.rows):,}件です（{when}の{what}）。"

"""How one result row and one figure read in an analytics answer.

Figures of one sheet row are quoted as printed (``171,882千円``); computed figures (a sum,
a mean, a rate, a change) are formatted here: money and counts with thousands
separators, ratios as percentages with one decimal.  A change tells the earlier and the
later figure, the difference and the difference as a % of the earlier figure.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pandas as pd

from ingest.form import reiwa

from .execute import Result
from .spec import MEASURES, QuerySpec


def half_up(value: float, places: int = 1) -> str:
    """``value`` rounded half up (四捨五入) to ``places`` decimals, with thousands separators: 30,368.25 -> 30,368.3
    (Python's float formatting gives 30,368.2)."""
    step = Decimal(1).scaleb(-places)
    return f"{Decimal(repr(round(float(value), 9))).quantize(step, ROUND_HALF_UP):,}"


def fmt(value: float | None, measure: str, computed: bool = True, unit: str = "", quotient: bool = False) -> str:
    """A figure for the text: ratios as %, money with separators and 千円, counts plain; a ``quotient`` (a mean,
    money per staff member) also tells its one decimal when it comes out whole: 「88,868千円（88,868.0千円）」."""
    if value is None or pd.isna(value):
        return "―"
    m = MEASURES[measure]
    if m.ratio:  # rounded half up (四捨五入), as the sheets' readers do: 96.25% -> 96.3%
        return f"{Decimal(repr(round(float(value) * 100, 9))).quantize(Decimal('0.1'), ROUND_HALF_UP)}%"
    if measure == "staff":  # 職員数 is printed with one decimal (0.5人 steps): 「6.0人 → 6.5人」; a mean of them
        one = half_up(value)  # to two when one would round it: 34.0人÷8 = 4.25人, not 4.2人
        return f"{one if float(one.replace(',', '')) == round(float(value), 9) else half_up(value, 2)}人"
    if float(value).is_integer() and quotient and computed and m.unit == "千円":
        return f"{int(value):,}千円（{half_up(value)}千円）"
    if float(value).is_integer():
        text = f"{int(value):,}"
    elif computed and m.unit == "千円":  # a mean of whole 千円: 「約172,922千円（172,921.6千円）」
        whole = Decimal(repr(float(value))).quantize(Decimal("1"), ROUND_HALF_UP)
        return f"約{int(whole):,}千円（{half_up(value)}千円）"
    else:
        text = half_up(value) if computed else f"{value:,}"
    return text + (m.unit or unit)


def year_words(res: Result) -> str:
    if res.spec.group_by == "year":
        return "各年度"
    if res.year is None or res.spec.missing_years:  # (「R4かR5の実績が―」: the years are the filter's)
        return "各シートの実施年度"
    if res.spec.span:
        return f"{reiwa(res.year - res.spec.span + 1)}年度～{reiwa(res.year)}年度"
    return f"{reiwa(res.year)}年度"


def what_words(spec: QuerySpec, res: Result) -> str:
    m = MEASURES[spec.measure]
    label = m.label
    if spec.directed and read_directed(res.rows):
        label = label.replace("）", "。値が小さいほど良い指標は目標÷実績）")
    if spec.change:
        base = f"{reiwa(res.compare_year)}年度比" if res.compare_year and res.year and res.year - res.compare_year > 1 \
            else "前の年度比"  # 「R4からR6の2年間で伸び率」: against R4, not the year before
        how = {"increase": "増加", "decrease": "減少"}.get(spec.change, "増減") + \
            (f"率（{base}）" if spec.percent else ("額" if spec.change in ("increase", "decrease") else ""))
        label = f"{reiwa(res.compare_year)}年度から{year_words(res)}への{label.split('（')[0]}の{how}" \
            if res.compare_year else f"前年度からの{label.split('（')[0]}の{how}"
    if spec.also:  # 「決算額・執行率・職員数を比べると」: ranked on the first, the others told beside
        label += "（あわせて" + "・".join(MEASURES[a].label.split("（")[0] for a in spec.also) + "）"
    return label


def read_directed(rows) -> bool:
    """Some indicator among ``rows`` is read target ÷ actual (better lower): only then is the reading said."""
    return "achievement" in rows and bool((rows["value"].astype(float) - rows["achievement"].astype(float)).abs().gt(1e-9).any())


def scope_words(spec: QuerySpec) -> str:
    """The filters as a modifier of the subject: 「企画振興部の」「達成状況が「未達成」の」「補正予算等がある」."""
    parts = []
    if spec.topic:
        words = "か".join(f"「{w}」" for w in spec.topic.split("|"))
        parts.append(f"事業名・部局・課に（なければ目的に）{words}とある")
    if spec.bukyoku:
        parts.append("・".join(spec.bukyoku) + "の")
    if spec.exclude:
        parts.append("事業番号 " + "・".join(spec.exclude) + " を除く")
    if spec.named:
        parts.append("質問に挙がった")
    elif spec.jigyo:
        parts.append("事業番号 " + "・".join(spec.jigyo) + "の")
    if spec.has_status:
        parts.append({"全部達成": "成果指標がすべて「達成」の", "達成なし": "「達成」の成果指標がない",
                      "未達成なし": "「未達成」の成果指標がない"}.get(
            spec.has_status, f"「{spec.has_status}」の指標がある"))
    if spec.trend_before and not spec.trend:  # 「R5で悪化していたのに、R6では達成した」
        before = f"（{reiwa(spec.year - 1)}年度）" if spec.year else ""
        parts.append(f"前の年度{before}の推移が「{spec.trend_before}」で、")
    if spec.unit:  # 「単位が「%」で達成状況が「達成」の」
        parts.append(f"単位が「{spec.unit}」" + ("で" if spec.status or spec.trend or spec.better or spec.missing else "の"))
    if spec.status:
        parts.append("目標に届かなかった（達成状況が「未達成」か「概ね達成」の）" if spec.status == "目標未満" else f"達成状況が「{spec.status}」の")
    if spec.trend and spec.trend_before:
        parts.append(turn_words(spec))
    elif spec.trend:
        parts.append(f"推移が「{spec.trend}」" + (f"か「{spec.trend_or}」" if spec.trend_or else "") + "の")
    if spec.better:  # told by each sheet's status against its target, not by a list of indicator names
        parts.append(f"値が{'大きい' if spec.better == 'higher' else '小さい'}ほど良い（達成状況と目標から判断した）")
    if spec.method:
        parts.append(f"実施方法が「{spec.method}」の")
    if spec.missing:
        some = "・".join(f"R{y - 2018}" for y in spec.missing_years) + "のいずれかで" if spec.missing_years else "3年度のいずれかで"
        parts.append(f"{MEASURES[spec.measure].label.split('（')[0]}が{some if spec.missing_any else ''}"
                     "記載されていない（―・空欄）")
    words = [condition_words(c) for c in spec.conditions]  # 「執行率が95%以上で、一般財源の割合が50%以上の」
    if spec.condition_year is not None and words:  # 「R5は全額一般財源だったのに」: the conditions are that year's
        words[0] = f"{reiwa(spec.condition_year)}年度に{words[0]}"
    parts += [w[:-1] + "で、" if w.endswith("の") and i < len(words) - 1 else w for i, w in enumerate(words)]
    if spec.change_condition and not denied_verb(spec):
        c = spec.change_condition
        v = f"{c.value * 100:g}%" if spec.percent else f"{c.value:,g}{MEASURES[c.measure].unit}"
        how = "増減率" if spec.percent else "増減"
        op = {">": "超", ">=": "以上", "<": "未満", "<=": "以下", "==": "ちょうど"}.get(c.op, c.op)
        since = f"{reiwa(spec.compare_year)}年度から" if spec.compare_year else "前の年度から"
        times = f"（{c.value + 1:g}倍{op}）" if spec.percent and c.value >= 0.5 else ""  # 「倍以上になった」
        parts.append(f"{since}の{MEASURES[c.measure].label.split('（')[0]}の{how}が{v}{op}{times}の")
    return "".join(parts)


def denied_verb(spec) -> str:
    """「増えていない」「減っていない」 of a change denied (the rows whose change is ≤ 0 or ≥ 0), else ""."""
    c = spec.change_condition
    if spec.change != "any" or not c or c.value != 0 or c.op not in ("<=", ">=") or spec.percent:
        return ""
    rate = MEASURES[spec.measure].ratio
    return ("上がっていない" if rate else "増えていない") if c.op == "<=" else ("下がっていない" if rate else "減っていない")


def condition_words(c) -> str:
    m = MEASURES[c.measure]
    label = m.label.split("（")[0]
    if c.value == 0 and c.op in ("!=", ">", "<"):
        return {"!=": f"{label}がある", ">": f"{label}がプラスの", "<": f"{label}がマイナス（減額）の"}[c.op]
    v = f"{c.value * 100:g}%" if m.ratio else f"{c.value:,g}{m.unit}"
    return f"{label}が{v}{ {'>': '超', '>=': '以上', '<': '未満', '<=': '以下', '==': 'ちょうど'}.get(c.op, c.op)}の"


def row_name(r, table: str, span: int | None = None) -> str:
    if table == "indicators":
        return f"{r['jigyo_name']}「{r['indicator']}」"
    if table == "details":
        return f"{r['jigyo_name']} 細事業{r['detail_no']} {r['detail']}"
    if table == "items":
        return f"{r['jigyo_name']} 細事業{r['detail_no']}「{r['item']}」"
    if span and r.get("year"):
        return f"{r['jigyo_name']}（{reiwa(int(r['year']))}年度）"
    return str(r["jigyo_name"])


def row_figure(r, spec: QuerySpec, res: Result) -> str:
    """A row's figure, then the figures its conditions on other measures were read from (「補正で増額した事業の
    中で執行率が…」: the row's 補正予算等 too)."""
    others = [c.measure for c in spec.conditions if c.measure != spec.measure and spec.table == "costs"] + \
        [a for a in spec.also if a != spec.measure]  # 「決算額・執行率・職員数を比べると」
    extra = "".join(f"、{MEASURES[c].label.split('（')[0]} {cell_text(r, c)}" for c in dict.fromkeys(others))
    if spec.has_status and pd.notna(r.get("n_status")):  # 「…減ったけど、指標は達成している事業」: how many have it
        n = int(r["n_status"])
        extra += {"全部達成": f"、指標{n}件すべて「達成」", "達成なし": f"、指標{n}件に「達成」なし",
                "未達成なし": f"、指標{n}件に「未達成」なし"}.get(
            spec.has_status, f"、「{spec.has_status}」の指標 {n}件")
    return _own_figure(r, spec, res) + extra


def cell_text(r, measure: str) -> str:
    """One cost cell as printed (「△ 2,150千円」), or computed (a ratio)."""
    m = MEASURES[measure]
    text = r.get(f"{m.column}_text")
    quotient = measure == "per_staff"  # 決算額÷職員数 told beside: 「約19,995千円（19,994.6千円）」
    return f"{text}{m.unit}" if isinstance(text, str) and text else fmt(r.get(m.column), measure, quotient, quotient=quotient)


def _own_figure(r, spec: QuerySpec, res: Result) -> str:
    """A row's figure: printed text when it is one printed cell, else formatted."""
    m = MEASURES[spec.measure]
    unit = r.get("unit", "") if spec.table == "indicators" else ""
    if spec.table == "items":
        return f"実施方法 {r['method'] or '―'}"
    if spec.change:  # one named indicator: its three years beside (「R5の数字も」)
        return change_figure(r, spec.measure, unit) + (f"（{series_figure(r)}）" if spec.indicators else "")
    if spec.table == "indicators" and (spec.trend or spec.trend_before or spec.missing or spec.steady) and not m.ratio:
        return series_figure(r)
    if spec.steady and res.year:  # 「R4 1,000千円 → R5 1,200千円 → R6 1,500千円」
        return " → ".join(f"{reiwa(res.year - back)} {fmt(v, spec.measure, False)}"
                          for back, v in ((2, r["v2"]), (1, r["v1"]), (0, r["value"]))[3 - (spec.held_years or 3):])
    if m.ratio:
        if spec.measure == "exec_rate":
            return f"{fmt(r['value'], spec.measure)}（決算額 {r['settlement_text']}千円／予算現額 {r['total_text']}千円）"
        if spec.measure == "general_ratio":
            return f"{fmt(r['value'], spec.measure)}（一般財源 {r['general_text']}千円／予算現額 {r['total_text']}千円）"
        if spec.measure == "detail_top_share":
            return (f"{fmt(r['value'], spec.measure)}（{r['settlement_text']}千円÷細事業の合計 "
                    f"{fmt(r['detail_total'], 'settlement', False)}）")
        if spec.directed and abs(float(r["value"]) - float(r["achievement"])) > 1e-9:  # read target ÷ actual
            return (f"{fmt(r['value'], spec.measure)}（目標 {r['target_text']}{unit}÷実績 {r['value_text']}{unit}、"
                    f"値が小さいほど良い指標）")
        return f"{fmt(r['value'], spec.measure)}（実績 {r['value_text']}{unit}／目標 {r['target_text']}{unit}）"
    if spec.measure == "per_staff":
        return f"{fmt(r['value'], spec.measure, quotient=True)}（決算額 {r['settlement_text']}千円÷職員数 {fmt(r['staff'], 'staff')}）"
    if spec.measure == "unused":
        return f"{fmt(r['value'], spec.measure)}（予算現額 {r['total_text']}千円−決算額 {r['settlement_text']}千円）"
    # (an indicator read at its own sheet's year is printed as the sheet prints it: 70.0, not 70)
    own_year = res.year is None or r.get("sheet_year") == res.year
    text = r.get(f"{m.column}_text") if spec.table != "indicators" or own_year else None
    own = f"{text}{m.unit or unit}" if isinstance(text, str) and text else fmt(r["value"], spec.measure, False, unit)
    if spec.table == "indicators" and r.get("status") in spec.statuses() and r.get("target_text"):
        # 「未達成の指標」: each kept row against its target (the others checked are told as printed)
        return f"{own}（目標 {r['target_text']}{unit}）"
    return own


def change_figure(r, measure: str, unit: str = "") -> str:
    """「13,862千円 → 17,435千円（+3,573千円、+25.8%）」: both figures, the difference and the
    difference as a % of the earlier figure (none when the earlier figure is 0)."""
    prev, diff = r["prev"], r["diff"]
    sign = "+" if diff > 0 else ""
    if MEASURES[measure].ratio:  # a rate's change is in points, not a % of a %
        return (f"{fmt(prev, measure, False, unit)} → {fmt(r['current'], measure, False, unit)}"
                f"（{sign}{half_up(diff * 100)}ポイント）")
    if unit in ("%", "％"):  # so is an indicator's printed in %
        return (f"{fmt(prev, measure, False, unit)} → {fmt(r['current'], measure, False, unit)}"
                f"（{sign}{half_up(diff)}ポイント）")
    pct = f"、{sign}{half_up(diff / prev * 100)}%" if prev and not pd.isna(prev) else ""
    return (f"{fmt(prev, measure, False, unit)} → {fmt(r['current'], measure, False, unit)}"
            f"（{sign}{fmt(diff, measure, True, unit)}{pct}）")


def series_figure(r) -> str:
    """An indicator's three years as printed, with its 推移, target and status:
    「R4 92.4% → R5 89.1%（↘） → R6 93.6%（↗）（目標 92.0%、達成）」."""
    y, unit = int(r["sheet_year"]), r.get("unit", "")
    vals = [f"{reiwa(y - back)} {r[col + '_text'] or '―'}{unit if r[col + '_text'] not in ('', '―') else ''}"
            for col, back in (("v_m2", 2), ("v_m1", 1), ("value", 0))]
    vals[1] += f"（{r['trend_m1']}）" if r["trend_m1"] else ""
    vals[2] += f"（{r['trend']}）" if r["trend"] else ""
    target = f"目標 {r['target_text']}{unit}" if r["target_text"] else "目標 ―"
    return " → ".join(vals) + f"（{target}、達成状況 {r['status'] or '―'}）"


def turn_words(spec) -> str:
    """The 推移 the year before, then the year's: 「…から「↗」に転じた」, or the same two years running (「R5もR6も↘」)."""
    if spec.trend_before == spec.trend:
        return f"推移が前の年度に続いて「{spec.trend}」の"
    return f"前の年度の推移が「{spec.trend_before}」から「{spec.trend}」に転じた"


def pair_gap(res: Result) -> str:
    """Two named 事業 compared on money (「AとB、どっちが多くて差はいくら」), or put side by side (「AとBを比べると、
    決算額と執行率はどう違う」): the difference between them."""
    spec = res.spec
    if not spec.named or spec.table != "costs" or len(res.rows) != 2 or MEASURES[spec.measure].ratio:
        return ""
    a, b = res.rows.iloc[0], res.rows.iloc[1]
    gap = abs(float(a["value"]) - float(b["value"]))
    if gap == 0 or (spec.change and spec.percent):  # 「増え方が大きいのはどっち」: the changes' gap (a %'s: none in 千円)
        return ""
    more = ("大きい" if spec.change else "多い") if float(a["value"]) > float(b["value"]) else ("小さい" if spec.change else "少ない")
    told = [] if spec.change else [x for x in spec.also if x != spec.measure and not MEASURES[x].ratio]
    what = f"{MEASURES[spec.measure].label.split('（')[0]}が" if told else ("増減が" if spec.change else "")
    out = f"{row_name(a, spec.table)}のほうが{row_name(b, spec.table)}より{what}{fmt(gap, spec.measure)}{more}です。"
    for m in told:
        col = MEASURES[m].column  # 「予算現額と決算額を比べると」: the gap in each amount told beside
        if pd.notna(a.get(col)) and pd.notna(b.get(col)) and float(a[col]) != float(b[col]):
            word = "多く" if float(a[col]) > float(b[col]) else "少なく"
            out += f"{MEASURES[m].label.split('（')[0]}は{fmt(abs(float(a[col]) - float(b[col])), m)}{word}なっています。"
    return out

"""Many varied sheets (with their source JSON) for benchmarks: ``generate_corpus``."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

from .page import _FW_DIGITS, BODY_SIZE, DEFAULT_CHECKS, PX0, PX1, text_w, wrap
from .render import render_sheet

# --------------------------------------------------------------------------- corpus

SPECS_DIR = Path(__file__).resolve().parent.parent / "samples" / "specs"
BOX_TEXT_WIDTH = PX1 - PX0 - 2.0

_TOPICS = [
    "地域公共交通", "移住・定住", "結婚・子育て", "保育人材", "介護人材", "地域医療", "健康づくり",
    "食品安全", "自然保護", "森林整備", "県産材利用", "再生可能エネルギー", "ごみ減量",
    "ものづくり産業", "創業", "事業承継", "観光地域づくり", "スポーツ振興", "文化芸術",
    "文化財保存", "国際交流", "消費者保護", "交通安全", "防災", "消防力", "道路維持",
    "橋梁長寿命化", "砂防", "住宅耐震化", "空き家対策", "特別支援教育", "学校ＩＣＴ",
    "高校魅力化", "生涯学習", "農産物ブランド", "鳥獣被害", "水産振興", "男女共同参画",
    "人権啓発", "ＮＰＯ協働", "デジタル行政", "統計調査",
]
_SUFFIXES = ["推進事業費", "支援事業費", "対策事業費", "促進事業費", "強化事業費", "整備事業費", "活性化事業費"]
_ORGS = [
    ("企画振興部", "地域振興課"), ("企画振興部", "交通政策課"), ("総務部", "情報政策課"),
    ("県民文化部", "文化政策課"), ("県民文化部", "人権・男女共同参画課"), ("健康福祉部", "健康増進課"),
    ("健康福祉部", "介護支援課"), ("環境部", "自然保護課"), ("環境部", "資源循環推進課"),
    ("産業労働部", "産業立地・経営支援課"), ("観光スポーツ部", "山岳高原観光課"), ("農政部", "農業技術課"),
    ("林務部", "森林づくり推進課"), ("建設部", "道路管理課"), ("建設部", "建築住宅課"),
    ("危機管理部", "消防課"), ("教育委員会", "高校教育課"), ("教育委員会", "特別支援教育課"),
]
_UNITS = ["件", "人", "％", "回", "社", "団体", "ha", "世帯", "校", "市町村"]


def load_specs(specs_dir: Path = SPECS_DIR) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(specs_dir).glob("*.json"))]


def visible_breaks(text: str, width: float = BOX_TEXT_WIDTH, size: float = BODY_SIZE) -> str:
    """Drop explicit "\\n" breaks that a reader could not tell from a wrap.

    A break is kept only when the line before it ends well short of the box's right
    edge (under 70 % of the width), so "where the line ends" tells wraps from breaks.
    """
    parts = text.split("\n")
    out = parts[0]
    for p in parts[1:]:
        last = wrap(out.split("\n")[-1], width, size)[-1]
        out += ("\n" if text_w(last, size) < 0.7 * width else "") + p
    return out


def _fmt(v: float, decimals: int, fullwidth: bool) -> str:
    s = f"{v:,.{decimals}f}"
    return s.translate(_FW_DIGITS).replace(",", "，").replace(".", "．") if fullwidth else s


def _yen(v: int) -> str:
    return "0" if v == 0 else (f"△ {-v:,}" if v < 0 else f"{v:,}")


def _trend(a: float | None, b: float | None) -> str:
    if a is None or b is None:
        return "―"
    return "↗" if b > a else ("↘" if b < a else "→")


class _Pools:
    def __init__(self, specs: list[dict]):
        self.s1 = [t for s in specs for t in s["s1"]]
        self.s2 = [t for s in specs for t in s["s2"]]
        self.s3 = [g for s in specs for g in s["s3"]]
        self.s7 = [g for s in specs for g in s["s7"]]
        self.issues = [t for s in specs for t in s["s9_issues"]]
        self.measures = [t for s in specs for t in s["s9_measures"]]
        self.inds = [i for s in specs for i in s["indicators"]]
        self.analysis = [a for i in self.inds for a in i["analysis"]]
        self.s5 = [s["s5"] for s in specs]
        self.items = [it for s in specs for r in s["detail"] for it in r["items"]]
        self.detail_names = [r["name"] for s in specs for r in s["detail"]]


def _pick_list(rng: random.Random, pool: list[str], lo: int, hi: int, long_p: float) -> list[str]:
    out = []
    for t in rng.sample(pool, min(len(pool), rng.randint(lo, hi))):
        if rng.random() < long_p:
            extra = rng.choice(pool).lstrip("・")
            t = t + extra
        out.append(t)
    return out


def _indicator(rng: random.Random, pools: _Pools, no: int) -> dict:
    src = rng.choice(pools.inds)
    unit = src["unit"] if rng.random() < 0.6 else rng.choice(_UNITS)
    pct = unit == "％"
    decimals = 1 if (pct and rng.random() < 0.5) else 0
    base = rng.uniform(50, 99) if pct else rng.choice([12, 45, 180, 960, 2400, 15000])
    fw = rng.random() < 0.12

    def val() -> float:
        v = base * rng.uniform(0.85, 1.15)
        return min(v, 100.0) if pct else v

    r4 = None if rng.random() < 0.15 else round(val(), decimals)
    r5 = round(val(), decimals)
    tgt = round(max(r5, base) * rng.uniform(1.0, 1.1), decimals)
    if pct:
        tgt = min(tgt, 100.0)
    r6 = None if rng.random() < 0.08 else round(val(), decimals)
    f = lambda v: "―" if v is None else _fmt(v, decimals, fw)  # noqa: E731
    status = "―" if r6 is None else ("達成" if r6 >= tgt else "未達成")
    analysis = [visible_breaks(a) for a in rng.sample(pools.analysis, rng.randint(1, 2))]
    return {
        "no": no, "mark": "①②③"[no - 1], "name": src["name"], "unit": unit,
        "r4": f(r4), "r5": f(r5), "r5_trend": _trend(r4, r5), "r6_target": f(tgt),
        "r6": f(r6), "r6_trend": _trend(r5, r6), "status": status,
        "reason": rng.choice(pools.inds)["reason"], "analysis": analysis,
    }


def _cost_rows(rng: random.Random, years: list[int]) -> list[dict]:
    scale = rng.choice([3_000, 12_000, 40_000, 150_000, 600_000])
    rows = []
    for y in years:
        initial = int(scale * rng.uniform(0.8, 1.2))
        carry = 0 if rng.random() < 0.8 else int(initial * rng.uniform(0.02, 0.1))
        r = rng.random()
        supp = 0 if r < 0.6 else (int(initial * rng.uniform(0.02, 0.2)) * (-1 if r < 0.8 else 1))
        total = carry + initial + supp
        rows.append({
            "year": f"R{y}年度", "carryover": _yen(carry), "initial": _yen(initial),
            "supplementary": _yen(supp), "total": _yen(total),
            "general": _yen(int(total * rng.uniform(0.3, 1.0))),
            "settlement": int(total * rng.uniform(0.85, 0.99)),
            "staff": f"{rng.choice([1, 2, 3, 4, 5, 6, 8, 12]) + rng.choice([0, 0, 0.5]):.1f}",
        })
    return rows


def _split(total: int, k: int, rng: random.Random) -> list[int]:
    w = [rng.uniform(0.3, 1.0) for _ in range(k)]
    parts = [int(total * x / sum(w)) for x in w]
    parts[0] += total - sum(parts)
    return parts


def corpus_sheet(i: int, rng: random.Random, pools: _Pools) -> dict:
    ry = 6 if rng.random() < 0.75 else 5
    a, b, c = 20 + (i // 400) % 80, 1 + (i // 20) % 20, 1 + i % 20
    jigyo_no = f"{a:02d} {b:02d} {c:02d}"
    name = rng.choice(_TOPICS) + rng.choice(_SUFFIXES)
    bukyoku, ka = rng.choice(_ORGS)
    n_ind = rng.choice([1, 2, 2, 3, 3])
    long_p = rng.choice([0.0, 0.1, 0.4])
    years = [ry - 2, ry - 1, ry]
    cost = _cost_rows(rng, years)
    settle = [r.pop("settlement") for r in cost]
    for r, v in zip(cost, settle):
        r["settlement"] = _yen(v)
    # keep the key order of the schema
    cost = [{k: r[k] for k in ("year", "carryover", "initial", "supplementary", "total", "general", "settlement", "staff")} for r in cost]

    n_rows = rng.choice([1, 1, 2, 3])
    n_items_total = rng.randint(max(2, n_rows), 10 if n_rows > 1 else 5)
    per_row = [1] * n_rows
    for _ in range(n_items_total - n_rows):
        per_row[rng.randrange(n_rows)] += 1
    amounts = [_split(v, n_rows, rng) for v in settle]  # per year, per row
    detail = []
    for k in range(n_rows):
        items = []
        for j, it in enumerate(rng.sample(pools.items, per_row[k])):
            items.append({**it, "no": j + 1})
        detail.append({
            "no": k + 1, "name": rng.choice(pools.detail_names),
            "r6": _yen(amounts[2][k]), "r5": _yen(amounts[1][k]), "r4": _yen(amounts[0][k]),
            "items": items,
        })

    def groups(pool: list[dict]) -> list[dict]:
        gs = rng.sample(pool, rng.randint(1, 3))
        out = []
        for n, g in enumerate(gs):
            head = "①②③"[n] + g["head"][1:]
            items = _pick_list(rng, g["items"], 1, len(g["items"]), long_p)
            out.append({"head": head, "items": items})
        return out

    sheet = {
        "year_label": f"令和{str(ry).translate(_FW_DIGITS)}年度実施事業分",
        "checks": DEFAULT_CHECKS,
        "jigyo_no": jigyo_no,
        "jigyo_name": name,
        "bukyoku": bukyoku,
        "ka": ka,
        "period": rng.choice(["H8 ～", "H24 ～", "R2 ～", f"R{ry - 1} ～", f"R{ry - 2} ～ R{ry + 2}", "Ｒ３ ～"]),
        "email": f"sheet{i:05d}@pref.nagano.lg.jp",
        "s1": _pick_list(rng, pools.s1, 1, 4, long_p),
        "s2": _pick_list(rng, pools.s2, 1, 2, 0.0),
        "s3": groups(pools.s3),
        "indicators": [_indicator(rng, pools, k + 1) for k in range(n_ind)],
        "s5": copy.deepcopy(rng.choice(pools.s5)),
        "cost": cost,
        "s7": groups(pools.s7),
        "s9_issues": _pick_list(rng, pools.issues, 1, 4, long_p),
        "s9_measures": _pick_list(rng, pools.measures, 1, 4, long_p),
        "detail": detail,
        "pdf": f"{jigyo_no.replace(' ', '-')}_{name}.pdf",
    }
    return sheet


def generate_corpus(n: int, out_dir: Path, seed: int = 0) -> list[Path]:
    """Render ``n`` varied sheets derived from the bundled specs into ``out_dir``.

    Each ``<stem>.pdf`` gets its source ``<stem>.json`` next to it (SHEET_SCHEMA shape,
    ``pdf`` = the file name), so a parse can be compared with what was rendered.
    Deterministic for a given (n, seed).
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    pools = _Pools(load_specs())
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        sheet = corpus_sheet(i, rng, pools)
        pdf = render_sheet(sheet, out_dir / sheet["pdf"])
        pdf.with_suffix(".json").write_text(json.dumps(sheet, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        paths.append(pdf)
    return paths

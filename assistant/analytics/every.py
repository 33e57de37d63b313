"""A property of every indicator of a 事業 (spec.every): 「成果指標を全部達成した事業」 (every one 達成),
「全指標が未達成の事業」 (every one 未達成), and 「未達成の指標をひとつも抱えていない事業」 (未達成なし: none
未達成; 概ね達成 and ― are not 未達成), and 「「達成」の指標がひとつもない事業」 (達成なし: none 達成).  The rows are computed here and told here; the 事業 that fall
short are told (and cited) too, so the answer shows every 事業 checked."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

NONE_UNMET = "未達成なし"
NONE_MET = "達成なし"
NONE_OF = {NONE_UNMET: "未達成", NONE_MET: "達成"}  # 「…の指標がひとつもない」: the status none of them has


def every_rows(res, status: pd.Series):
    """``res`` with ``rows`` the 事業 whose every indicator has ``spec.every`` (未達成なし: none 未達成);
    ``missing`` the 事業 that have none of the other status but some indicator without one (―: no figure, no
    judgement), so the answer can say why they do not count; 未達成なし: the 事業 with one 未達成 or more."""
    want = res.spec.every
    other = NONE_OF.get(want) or ("未達成" if want == "達成" else "達成")
    ok = (status != other) if want in NONE_OF else (status == want)
    df = res.rows.assign(ok=ok.astype(int), bad=(status == other).astype(int),
                         blank=(~status.isin(["達成", "未達成"])).astype(int), kind=status.fillna("").replace("", "―"))
    g = df.groupby("jigyo_no", sort=True)
    out = g.agg(jigyo_name=("jigyo_name", "first"), bukyoku=("bukyoku", "first"), n=("ok", "size"), value=("ok", "sum"),
                bad=("bad", "sum"), blank=("blank", "sum"),
                kinds=("kind", lambda s: "・".join(f"{k}{v}件" for k, v in s.value_counts(sort=False).items())),
                cids=("cid", lambda s: list(dict.fromkeys(c for c in s if c)))).reset_index()
    res.rows = out[out["value"] == out["n"]].reset_index(drop=True)
    if want in NONE_OF:  # the 事業 with some 未達成 (達成), told beside
        res.missing = out[out["bad"] > 0].reset_index(drop=True)
    else:
        res.missing = out[(out["bad"] == 0) & (out["blank"] > 0) & (out["value"] < out["n"])].reset_index(drop=True)
    res.n_values = len(out)
    return res


def every_lead(res, marks: Callable[[list], str], scope: str) -> str:
    """「全部達成の事業はある？」: yes (which) or no, and the 事業 that fall short only by an indicator without a
    judgement (―), which are told, never counted as 達成; 「未達成の指標がない事業」: which, and the others."""
    want = res.spec.every
    if want in NONE_OF:
        return _none_of_lead(res, marks, scope, NONE_OF[want])
    other = "未達成" if want == "達成" else "達成"
    if res.rows.empty:
        head = f"{scope}すべての成果指標が「{want}」の事業はありません（{res.n_values}事業中）。"
    else:
        names = "、".join(f"{r['jigyo_name']}（{int(r['n'])}指標）{marks(r['cids'])}" for _, r in res.rows.iterrows())
        head = f"{scope}すべての成果指標が「{want}」の事業は{len(res.rows)}件です：{names}。"
    if len(res.missing):
        near = "、".join(f"{r['jigyo_name']}（{want}{int(r['value'])}件・判定なし（―）{int(r['blank'])}件）"
                        f"{marks(r['cids'])}" for _, r in res.missing.iterrows())
        head += (f"「{other}」の指標がないのは{near}ですが、実績・達成状況が「―」の指標があるため"
                 f"すべて「{want}」とは言えません（―は{want}とも{other}ともみなしていません）。")
    return head


def _none_of_lead(res, marks: Callable[[list], str], scope: str, none: str) -> str:
    """「未達成の指標をひとつも抱えていない事業」: the 事業 with no 未達成 (``none``) indicator (their statuses told),
    and the others with their number of 未達成, each cited."""
    if res.rows.empty:
        head = f"{scope}「{none}」の成果指標がひとつもない事業はありません（{res.n_values}事業中）。"
    else:
        names = "、".join(f"{r['jigyo_name']}（{int(r['n'])}指標：{r['kinds']}）{marks(r['cids'])}"
                          for _, r in res.rows.iterrows())
        head = f"{scope}「{none}」の成果指標がひとつもない事業は{len(res.rows)}件です（{res.n_values}事業中）：{names}。"
    if len(res.missing):
        rest = "、".join(f"{r['jigyo_name']}（{none}{int(r['bad'])}件）{marks(r['cids'])}" for _, r in res.missing.iterrows())
        head += f"\n・ほかの{len(res.missing)}事業は「{none}」の指標があります：{rest}"
    return head

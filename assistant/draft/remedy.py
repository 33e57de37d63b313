"""What kind of shortfall a cause names, and the fixed action a 調整 bullet proposes for it.

A 調整 bullet says what was done this year for a cause and that the figure is still short; its
last part, the action, used to be one phrase for every cause (「取組の対象・方法・時期を見直す」).
When the sheet's own words say what the shortfall came from (the cause quoted from 要因分析, or
the 課題 the cause restates), the action names that lever: a timing cause → 実施時期, an awareness
cause → 周知の方法, a capacity cause → 担い手・実施体制, and so on.

Each action is a fixed phrase (``ACTIONS``), never text cut from the sheet, so the frame cannot
invert what the sheet says (tests/draft/test_splicing.py). A kind is recognised only by wording
that states the problem itself (「周知が十分でない」「時期が遅れ」「担い手が見つからない」「費用が高騰」),
not by the mere topic word: 「開催経費に限った支援では…つながりにくい」 is no cost burden, so a
bare 経費 or 費用 does not count. When no kind fits, the general action stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

GENERAL = "取組の対象・方法・時期を見直す"
_WORD = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffー]")


@dataclass(frozen=True)
class Remedy:
    kind: str  # 天候, 周知, 時期, 参加しやすさ, 担い手, 手続, 費用, 効果把握, 連携
    action: str  # the fixed phrase that ends the bullet
    cue: str  # the words of the sheet that showed the kind (for the reason)


# (kind, action, pattern): the first kind whose pattern the cause (or its 課題) matches wins.
KINDS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("天候", "天候等に左右されにくい実施時期・方法を検討する",
     re.compile(r"少雪|豪雨|猛暑|長雨|悪天候|荒天|大雪|台風|霧や強風|強風|天候不順|気象")),
    ("周知", "周知の方法と時期を見直し、対象に確実に届くようにする",
     re.compile(r"周知(期間が短|期間が十分でな|が(十分でな|不十分|不足|行き届|遅)|不足|の不足|されて(いな|おらず)|不十分)|認知度が低|知られていな|知らな[いか]|情報が届|"
                r"広報が|相談先を把握していな|存在を知")),
    ("時期", "実施時期を見直し、早期に着手する",
     re.compile(r"(時期|開始|着手|募集|公募|選定[^。、]{0,6})が?[^。、]{0,6}(遅れ|遅く|ずれ込)|年度後半|ずれ込|"
                r"期間が短|短期間|間に合わ")),
    ("参加しやすさ", "参加しやすい日時・場所・形式に見直す",
     re.compile(r"平日日中|平日の日中|集合形式|遠方|会場まで|移動手段|交通が不便|(受講|参加|利用)しにく|"
                r"送り出す余裕")),
    ("担い手", "担い手・実施体制の確保策を見直す",
     re.compile(r"担い手(が|の)?(不足|見つから|確保|いな)|後継者|人手不足|人材が?不足|(者|員|士|コーディネーター|指導者|職員)(の確保)?が?(不足|見つから|確保が難し|"
                r"いない|足りな)|引き継ぐ人|事務負担|従事者の負担")),
    ("手続", "申請等の手続を簡素化する方策を検討する",
     re.compile(r"手続[^。、]{0,4}(煩雑|負担|分かりにく|わかりにく)|書類が多|申請が煩雑")),
    ("費用", "費用の上昇・負担を踏まえ、実施方法や規模を見直す",
     re.compile(r"(費|価格|単価|コスト|料金)[^。、]{0,12}(高騰|値上が|上昇|高止まり|膨ら|かさ)|"
                r"(費用|経済的|金銭的)(な)?負担")),
    ("効果把握", "取組の効果を把握する方法を設け、その結果を踏まえて見直す",
     re.compile(r"(かを|効果を|効果が|状況も)[^。、]{0,4}把握できていな")),
    ("連携", "関係機関との連携・情報共有の方法を見直す",
     re.compile(r"連携が(十分で|不十分|取れて)|情報共有が|把握できていな")),
)


def remedy(*texts: str) -> Remedy | None:
    """The kind of shortfall the first text (the cause) states, else the next ones (its 課題)."""
    for text in texts:
        for kind, action, pattern in KINDS:
            m = pattern.search(text or "")
            if m:
                start = m.start()
                while start > 0 and _WORD.match(text[start - 1]):
                    start -= 1  # the whole word: 「運転者不足」, not 「者不足」
                end = m.end()
                while (end < len(text) and end - m.end() < 2 and "\u3041" <= text[end - 1] <= "\u309f"
                       and "\u3041" <= text[end] <= "\u309f"):
                    end += 1  # to the word's end: 「把握できていない」
                return Remedy(kind, action, text[start:end].lstrip("かをもがのは"))
    return None


ACTIONS = tuple(a for _, a, _ in KINDS) + (GENERAL,)

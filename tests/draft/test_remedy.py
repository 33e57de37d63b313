"""The action of a 調整 bullet follows what the sheet says the shortfall came from (timing,
awareness, capacity, cost, …), as a fixed phrase; the general action stays when it says nothing."""

from __future__ import annotations

import pytest

from assistant.draft import draft
from assistant.draft.remedy import GENERAL, remedy

from .properties import quotes

CASES = [
    ("周知期間が短期間であったことから、参加企業数が少なくなった", "周知"),
    ("周知が十分であったにもかかわらず、参加企業数が伸びなかった", None),
    ("技術専門校の認知度が低く、高校の進路指導で選択肢として十分に紹介されていない", "周知"),
    ("一部の市町村では担当職員が派遣されたため、選定作業が年度後半にずれ込んだ", "時期"),
    ("記録的な少雪によりシカが越冬地に集まらず広く分散した", "天候"),
    ("研修を平日日中の集合形式で実施しており、子育て中の潜在看護職員が受講しにくかった", "参加しやすさ"),
    ("教室の企画・運営を担う日本語教育コーディネーターが不足しており、担い手が見つからなかった", "担い手"),
    ("資材価格と労務単価の上昇により、１橋当たりの工事費が計画策定時の約1.3倍となった", "費用"),
    ("申請の手続が煩雑で申請に至らない事業者が多く", "手続"),
    ("参加後に運転や歩行の行動が実際に変わったかを把握できていない", "効果把握"),
    ("フリースクール等を利用する児童生徒の状況を学校が把握できていない事例がある", "連携"),
    # the topic word alone is no cause kind
    ("公演・展示の開催経費に限った支援では、活動の継続につながりにくい", None),
    ("飼料価格の高止まりが続く中、規模拡大を目指す担い手でも畜舎整備に踏み切れない", "費用"),
    ("他産業での賃金上昇や雇用情勢の改善を背景に、転職による就農を検討する層が減少した", None),
    ("説明会の参加者は前年度から増加したが、目標値を下回った", None),
]


@pytest.mark.parametrize("text,kind", CASES)
def test_kind_of_shortfall(text, kind):
    r = remedy(text)
    assert (r.kind if r else None) == kind
    if r:
        assert r.cue in text  # the reason quotes the sheet's own words


def test_adjusted_bullets_name_the_lever_the_sheet_gives(service):
    """On every sample: a 調整 bullet whose cause (or the 課題 it cites) states a kind of shortfall
    ends with that kind's fixed action, and its reason says which words showed it."""
    typed = 0
    for info in service.sheets():
        d = draft(service, info.jigyo_no, info.fiscal_year)
        for b in d.bullets:
            if b.basis != "7":
                continue
            issue = next((c["quote"] for c in b.citations if c["section"] == "9-1" and c["quote"] != b.cause), "")
            r = remedy(b.cause, issue)
            action = r.action if r else GENERAL
            assert b.text.endswith(f"ため、{action}。"), b.text
            if r:
                typed += 1
                assert f"「{r.cue}」" in b.rationale and r.kind in b.rationale
                # the reason names where the words are: the 要因分析's cause, or a 課題
                from_cause = r.cue in b.cause and b.text.startswith("・要因分析の")
                assert f"{'要因' if from_cause else '課題'}の「{r.cue}」" in b.rationale, b.rationale
            assert quotes(b.text)[0] == b.cause
    assert typed >= 2


def test_reference_sheet_short_notice_is_answered_by_notice(service):
    d = draft(service, "02 05 02")
    b = next(b for b in d.bullets if "周知期間が短期間" in b.cause and b.basis == "7")
    assert b.text.endswith("周知の方法と時期を見直し、対象に確実に届くようにする。")

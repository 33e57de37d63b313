"""A 要因分析 split into causes: enumerated causes, 一方・また・加えて, several paragraphs; figure-only
sentences and what worked kept apart; quotes are exact substrings without their connectives."""

from __future__ import annotations

from assistant.draft import split_analysis

ANALYSIS = ("R6年度の再就業者数は274人と前年度を27人下回り、目標値に届かなかった。要因として、第一に、復職支援研修の受講者が"
            "前年度の148人から112人に減少したことが挙げられる。\n"
            "第二に、求職者の希望と求人の条件との間のミスマッチが拡大している。\n"
            "しかしながら、高齢化による離農が引き続きあったことから、目標には届かなかった。\n"
            "一方、同行研修では受講者23人のうち19人が就業しており、実際の職場での研修が再就業に結び付きやすいことが確認された。\n"
            "今後はオンライン受講を導入し、受講しやすい環境を整える必要がある。")


def test_causes_worked_and_forward_are_told_apart():
    units = split_analysis(ANALYSIS, "ナースセンターの支援による看護職員の再就業者数")
    by_role = {}
    for u in units:
        by_role.setdefault(u.role, []).append(u.quote)
        assert u.quote in ANALYSIS and u.sentence in ANALYSIS
    assert by_role["report"] == ["R6年度の再就業者数は274人と前年度を27人下回り、目標値に届かなかった"]
    assert by_role["cause"] == ["復職支援研修の受講者が前年度の148人から112人に減少した",
                                "求職者の希望と求人の条件との間のミスマッチが拡大している",
                                "高齢化による離農が引き続きあった"]
    assert len(by_role["worked"]) == 1 and "結び付きやすい" in by_role["worked"][0]
    assert by_role["forward"] == ["今後はオンライン受講を導入し、受講しやすい環境を整える必要がある"]


def test_a_rise_is_the_cause_when_the_indicator_should_fall():
    text = "年代別では20代・30代の自殺者が前年より増加し、特に若年女性の増加が全体を押し上げた。"
    assert [u.role for u in split_analysis(text, "自殺死亡率", lower_is_better=True)] == ["cause"]


def test_what_moved_the_figure_up_is_not_a_cause():
    text = "校内サポートルームを設置した学校が146校に増え、教室に入りにくい児童生徒が校内で支援を受けられるようになったことで、割合は2.6ポイント上昇した。"
    assert [u.role for u in split_analysis(text, "相談・指導を受けた割合")] == ["worked"]

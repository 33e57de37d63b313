"""Blind sets CT's and CU's answer classes (a young colleague's one-line office chat; a high-school teacher preparing a
class), asked here of their sheets in other wording: a figure said to be the target names the indicator whose target it
is (「目標の55」「55に届かなかった」); a word typed by a slip of the input method (誘因 for 誘引) is the sheet's word it
sounds like; a price per unit is told only per that unit (１台10万円, not 10a当たり); 一財 is the 一般財源; 「R4と比べて」 runs
to the newest year; 「…してんの？」「…出してるんですか？」 ask whether a thing is done; 「Xの中で一番」 ranks X's own parts; a
subsidy's 対象条件 is told by a threshold (50人以上); 「クマ」 alone is the program named ツキノワグマ…."""

from __future__ import annotations

from .citing import answered_first, answered_saying, keys, refused_saying


def test_a_target_quoted_names_its_indicator(ctcu_service):
    answered_first(ctcu_service, [
        ("市町村数の目標の55って何を根拠に決めたの", ("16 49 05", "4", 1)),
        ("ショートステイをやる市町村が55に届かなかったわけは", ("16 49 05", "8", 1)),
        # 地域移行 is a word of the club-activities program's name; the target 50人 is the group homes' indicator's
        ("地域移行の目標50人ってどう決めた数字？", ("05 83 01", "4", 2)),
    ])


def test_a_slip_of_the_input_method(ctcu_service):
    answered_first(ctcu_service, [("誘因物除去に取り組んだ集落、なんで増えたの", ("04 79 12", "8", 3))])


def test_a_price_per_the_unit_asked(ctcu_service):
    ans = ctcu_service.ask("EVの購入補助って1台いくら？")
    assert not ans.refused and any(c.section == "detail" for c in ans.citations), ans.answer
    assert "10万円" in ans.answer
    refused_saying(ctcu_service, [("フェザー苗木、1本いくらするもの？", "単価")])


def test_money_words(ctcu_service):
    answered_saying(ctcu_service, [("MICEの事業、R6の一財はいくら？", "36,000"),
                                   ("子育て短期支援の決算、R4とくらべてどれだけ増えた？", "37,441")])


def test_whether_a_thing_is_done(ctcu_service):
    refused_saying(ctcu_service, [("次世代自動車の事業で、充電の電気代の補助も出してるんですか？", "電気代")])
    # (「何をしてるの」「どう推移してますか」 ask what, not whether)
    ans = ctcu_service.ask("子育てサポート家庭の確保で、県は何をしてるの？")
    assert not ans.refused and keys(ans)[0][0] == "16 49 05", ans.answer


def test_the_most_of_one_programs_parts(ctcu_service):
    for q, no, most in [("治山の中で一番お金がかかってる取組ってどれですか？", "10 28 07", "細事業2 治山施設補修事業"),
                        ("子育て短期支援の中でいちばんお金がかかってる取組ってどれ？", "16 49 05", "細事業1 子育て短期支援市町村補助事業")]:
        ans = ctcu_service.ask(q)
        assert not ans.refused and {c.jigyo_no for c in ans.citations} == {no}, (q, ans.answer, keys(ans))
        assert most in ans.answer.split("\n")[0], (q, ans.answer)


def test_who_a_subsidy_is_for(ctcu_service):
    answered_saying(ctcu_service, [("MICEの開催助成の対象条件って？", "50人以上")])





def test_a_katakana_word_the_name_voices(ctcu_service):
    # クマ alone is ツキノワグマ of the bear program's name (the compound voices it: グマ), when nothing else is linked (over
    # ~400 sheets 「クマ、来年どういう改善策考えてる？」 linked nothing and was answered from マイナンバーカード's 方策)
    from assistant.query.catalogue import catalogue
    from assistant.query.intent import analyze
    from assistant.query.short_names import compound_tail_link

    snap = ctcu_service.snapshot()
    cat = catalogue(snap, ctcu_service.embedder)
    for q, want in (("クマ、来年どういう改善策考えてる？", ["04 79 12"]), ("EV、来年どういう改善策？", [])):
        plan = analyze(q, snap, ctcu_service.embedder)
        plan.jigyo, plan.indicators, plan.details = [], [], []
        compound_tail_link(plan, cat)
        assert [e.jigyo_no for e in plan.jigyo] == want, (q, plan.jigyo)

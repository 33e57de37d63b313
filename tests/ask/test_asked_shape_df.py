"""Blind sets DF's and DG's answer classes (a municipal officer whose town runs programs on prefectural subsidies; a
foreign resident asking in plain Japanese), asked here of their sheets in other wording: a word written on one sheet only
names that sheet though whom it serves (高齢者世帯向け) is written on another, and 補助 said of 「…の事業」 names no program;
a rate of a subsidy's terms (負担の割合) is no indicator's; a name's katakana words are typed without ・ (マイタイムライン);
the sheets' 除却 and 所有者 are the user's 撤去 and 持ち主; the indicator whose target the question says was reached is the
one the sheet marks 達成; a 減額 asks for the 補正 column; a 取組 named like its 細事業 is answered by the 細事業's money;
a count of the program itself (何校) is any number of that counter on its sheet; 「R4から何件ずつ」 and 「毎年何件」 ask
the figures over the years; a 細事業 whose whole name is inside a longer linked name (立入検査) does not take the question."""

from __future__ import annotations

from dataclasses import replace

from .citing import answered_first, answered_from, answered_saying


def test_a_word_of_one_sheet_names_it(dfdg_service):
    from assistant.query.anchors import verbatim_jigyo
    from assistant.query.intent import analyze

    snap = dfdg_service.snapshot()
    # (防災ラジオ is written on one sheet only; 高齢者世帯向け on another, 災害時備蓄物資整備推進's: whom it serves)
    plan = analyze("防災ラジオへの補助、補助率は何分の1？上限額は？要配慮の高齢者世帯向けなら率は上がる？", snap, dfdg_service.embedder)
    assert verbatim_jigyo(plan, snap) == "03 62 03"
    answered_from(dfdg_service, [("防災ラジオなんかの補助の事業って、R6は決算いくらだった？", "03 62 03")])


def test_the_terms_of_a_subsidy_are_no_indicators_rate(dfdg_service):
    """A stage on its own: on the whole index the rare word ブロック塀 anchors its sheet, and the rate asked must not bring
    back 森林所有者の割合 (another sheet's indicator sharing 所有者 and 割合)."""
    from assistant.query.asked_kind import prefer_asked_kind
    from assistant.query.catalogue import catalogue
    from assistant.query.intent import analyze

    snap = dfdg_service.snapshot()
    cat = catalogue(snap, dfdg_service.embedder)
    plan = analyze("ブロック塀を撤去するときの補助、所有者の負担はどういう割合？県費の上限は？", snap, dfdg_service.embedder)
    assert [e.jigyo_no for e in plan.jigyo][:1] == ["11 59 03"]
    # (here the name is near enough to link at once; on the whole index only ブロック塀 anchors it, at 0.6)
    plan.jigyo, plan.indicators = [replace(plan.jigyo[0], score=0.6)], []
    other = next(e for e in cat.entities if e.kind == "indicator" and e.jigyo_no == "10 59 03" and "所有者" in e.name)
    prefer_asked_kind(plan, cat, [(0.44, other)])
    assert plan.indicators == []
    answered_saying(dfdg_service, [("ブロック塀を撤去するときの補助、所有者の負担はどういう割合？県費の上限は？", "各１／３")])


def test_everyday_words_and_names_typed_without_the_dot(dfdg_service):
    answered_from(dfdg_service, [
        ("マイタイムラインの講座、R6はどんなことをやったの？", "03 55 14"),
        ("源泉の持ち主が観測データを出すのを嫌がってる件、県は今後どうする？", "04 71 15"),
    ])
    answered_first(dfdg_service, [("ブロック塀の撤去後の生垣・フェンスへの補助って、年にいくら出てる？", ("11 59 03", "detail", None))])


def test_the_indicator_whose_target_was_reached(dfdg_service):
    answered_first(dfdg_service, [("要配慮の世帯向けの受信機、配備は目標を上回ったそうですが、何が良かったんですか？",
                                   ("03 62 03", "8", 2))])


def test_money_cut_midyear_and_a_detail_named_like_its_item(dfdg_service):
    answered_saying(dfdg_service, [
        ("公共施設の木造化の事業、R6は年度の途中で減額した？決算は？", "△ 40,000"),
        ("ワークサポートセンターの運営には、R6でいくら使った？", "29,511"),
    ])


def test_counts_of_the_program_and_figures_over_the_years(dfdg_service):
    answered_saying(dfdg_service, [("学校でもマイ・タイムラインを教えてる？何校ぐらい？", "12校")])
    answered_first(dfdg_service, [
        ("電話・ビデオの医療通訳の利用件数、R4から何件ずつ？", ("05 45 12", "4", 1)),
        ("温泉施設への立入検査、毎年何件くらいやってる？", ("04 71 15", "4", 2)),
    ])

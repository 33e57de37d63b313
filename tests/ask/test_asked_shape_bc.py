"""Blind set BC's answer classes, worded differently here: a rare word that the linked indicator's own sheet also uses
(職業訓練) keeps the question there; a 部局 named as the owner (「警察の…」) with the answer on another 部局's sheet; the same
figure on two programs' sheets (不読率) is told from both; a 事業 linked by one shared word (高校生) gives way to an indicator
the question names; a place named by its suffix (歴史館) is a subject that must be on the sheet."""

from __future__ import annotations

from .citing import keys as _keys


def test_a_rare_word_the_linked_indicators_sheet_also_uses(bc_service):
    # 職業訓練 is written mostly on the single-parent sheet (高等職業訓練促進給付金), once on the training sheet
    for q in ("職業訓練を受けた人の就職率、目標に少し届かなかったのはなぜ？", "職業訓練の修了者の就職率ってどう推移してる？"):
        ans = bc_service.ask(q)
        assert not ans.refused and _keys(ans)[0][0] == "07 98 09", (q, ans.answer, _keys(ans))


def test_a_bukyoku_named_as_the_owner(bc_service):
    ans = bc_service.ask("警察の通訳の取組、来年度はどうするの？")
    assert ans.refused and "警察本部" in ans.answer and "手話通訳者養成" in ans.answer, (ans.answer, _keys(ans))
    ans = bc_service.ask("健康福祉部の手話通訳の事業、来年度はどうするの？")  # the owner's own sheet answers
    assert not ans.refused and _keys(ans)[0] == ("05 23 02", "9-2", None), (ans.answer, _keys(ans))
    ans = bc_service.ask("警察と一緒にやっている高齢ドライバーの運転診断、受けた人は何人？")  # a partner, and its sheet
    assert not ans.refused and _keys(ans)[0][0] == "15 93 06", (ans.answer, _keys(ans))


def test_the_same_figure_on_two_programs_sheets(bc_service):
    ans = bc_service.ask("高校生の不読率が悪化した年があったけど、原因は何だった？")
    nos = {k[0] for k in _keys(ans)}
    assert not ans.refused and nos == {"12 08 02", "12 97 09"}, (ans.answer, _keys(ans))
    assert "子ども読書活動推進事業費）の要因分析" in ans.answer and "学校図書館活用推進事業費）の要因分析" in ans.answer, ans.answer
    ans = bc_service.ask("学校図書館の事業で、高校生の不読率が悪化した原因は？")  # the program named: its own only
    assert not ans.refused and {k[0] for k in _keys(ans)} == {"12 97 09"}, (ans.answer, _keys(ans))


def test_a_program_linked_by_one_shared_word_gives_way(bc_service):
    # Over the whole dev index 高校生 links 高校生海外留学支援 at 0.45 and outranks the indicator the question's
    # words name (読む = 読書); here the rule itself: a 事業 linked that loosely yields to such an indicator.
    from assistant.query.catalogue import catalogue
    from assistant.query.intent import analyze
    from assistant.query.linking import _weak_jigyo_yields, expand
    from assistant.types import Entity

    assert "読書" in expand({"読む"})
    plan = analyze("高校生にもっと本を読ませるため、来年度は何をする予定？", bc_service.snapshot(), bc_service.embedder)
    cat = catalogue(bc_service.snapshot(), bc_service.embedder)
    plan.jigyo = [Entity("jigyo", "高校生海外留学支援事業費", "12 60 02", score=0.45)]
    plan.indicators = [Entity("indicator", "１か月に１冊も本を読まない高校生の割合（不読率）", "12 97 09", indicator=1, score=0.7)]
    _weak_jigyo_yields(plan, cat)
    assert plan.jigyo == []
    plan.jigyo = [Entity("jigyo", "高校生海外留学支援事業費", "12 60 02", score=0.9)]  # named outright: it stays
    _weak_jigyo_yields(plan, cat)
    assert [e.jigyo_no for e in plan.jigyo] == ["12 60 02"]
    ans = bc_service.ask("高校生がもっと本を読むようにするため、来年度は何をする予定？")
    assert not ans.refused and _keys(ans)[0] == ("12 97 09", "9-2", None), (ans.answer, _keys(ans))


def test_a_place_named_by_its_suffix(bc_service):
    from assistant.text.wording import noun_phrases

    assert "歴史館" in [p.text for p in noun_phrases("歴史館の入館者数、R6は何人だった？")]
    ans = bc_service.ask("歴史館の入館者数、R6は何人だった？")
    assert ans.refused and "歴史館" in ans.answer, (ans.answer, _keys(ans))
    ans = bc_service.ask("歴史館のデジタルアーカイブの閲覧件数、R6はどうだった？")
    assert not ans.refused and _keys(ans)[0] == ("02 91 06", "4", 2), (ans.answer, _keys(ans))

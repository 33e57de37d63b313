"""Blind set BI's answer classes, worded differently here (and on other sets' sheets where the class allows): a change
told first and its 背景 asked after a comma, or a cause asked as 「…のは何をしたから？」, is a why; 「年によって」「3年分」
ask for the figures over the years; 「手当てする」 is a remedy, not pay; 「ひっかかってる点」 is a 課題; 「どれだけ売れた」
asks for what was done.  What is not stated is refused: a figure of the nation looked for on the answering sheet only,
a tool or method (「ドローンを使った」) the named program's sheet never writes, money of a thing a sheet only mentions in
passing."""

from __future__ import annotations

from .citing import answered_first


def test_a_change_then_its_background_is_a_why(bh_service, bi_service):
    answered_first(bh_service, (("親学び講座の参加者、一度減ってまた戻ったみたいだけど、背景ってわかる？", ("12 17 09", "8", 2)),))
    answered_first(bi_service, (("ハウスの雪の被害、減ってまた増えちゃってるけど、理由は？", ("09 78 03", "8", 1)),))


def test_a_cause_asked_as_what_was_done(bg_service):
    answered_first(bg_service, (("一時停止率が上がったのは何をしたから？", ("15 66 08", "8", 1)),))


def test_figures_by_year(bi_service):
    answered_first(bi_service, (("森のクレジットの買い手って年によって違うの？", ("10 71 03", "4", 2)),))


def test_a_remedy_is_no_pay(bg_service):
    answered_first(bg_service, (("SSWの手が足りてない学校に、何か手当てする予定はある？", ("12 64 04", "9-2", None)),))


def test_what_catches_is_an_issue(bg_service):
    answered_first(bg_service, (("土壌診断の事業で今いちばんひっかかってる点って？", ("09 65 08", "9-1", None)),))


def test_how_much_sold_is_what_was_done(bi_service):
    answered_first(bi_service, (("J-クレジットは結局どれだけ売れた？", ("10 71 03", "7", None)),))


def test_the_nations_figure_on_the_answering_sheet(bi_service):
    """Another sheet's passage giving a 全国平均 with its figure (価格転嫁: 全国平均が約…％) among the evidence does not
    state the nation's figure of the swimming rate the answer is about."""
    from assistant.ask.attributes import attribute_unstated
    from assistant.ask.pipeline import _prepare
    from assistant.ask.refusal import topic_words
    from assistant.query.retrieval import retrieve

    snap, plan, _ = _prepare(bi_service, "25mの全国平均って何％？")
    hits = retrieve(bi_service, snap, plan, k=10)
    assert snap.chunks[hits[0].chunk_id].meta["jigyo_no"] == "12 73 07"
    national = [c for c, ch in snap.chunks.items() if ch.meta.get("jigyo_no") == "07 30 02" and "全国平均が約" in ch.text]
    assert national
    said = attribute_unstated(snap, plan, hits, [hits[0].chunk_id] + national, topic_words(plan))
    assert said and "全国平均" in said, said
    assert bi_service.ask("25mの全国平均って何％？").refused


def test_a_means_the_named_program_never_writes(bi_service):
    ans = bi_service.ask("雪害対策の事業で、トラクターを使ったハウスまわりの除雪って何回やった？")
    assert ans.refused and "「トラクター」" in ans.answer, ans.answer
    ans = bi_service.ask("雪害対策の事業で、耐雪診断って何棟やった？")  # the sheet's own way of doing it
    assert not ans.refused and "1,126棟" in ans.answer, ans.answer


def test_money_of_a_thing_mentioned_in_passing(bh_service, bg_service):
    ans = bh_service.ask("回収車の保冷ボックスって、費用どれくらいかかるの？")  # a 方策 of the ジビエ sheet
    assert ans.refused and "保冷ボックス" in ans.answer, ans.answer
    ans = bg_service.ask("耐久性の高い塗料の試験施工、予算いくら？")
    assert ans.refused and "試験施工" in ans.answer, ans.answer
    ans = bh_service.ask("ジビエの販路拡大の細事業、R6の決算いくら？")  # a 細事業 of the sheet: its money
    assert not ans.refused, ans.answer

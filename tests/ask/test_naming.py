"""The user's own names for what is linked (``assistant.ask.naming``): the pieces that need no index."""

from __future__ import annotations

from assistant.ask.naming import kanji_kin, okurigana_variant


def test_a_word_that_keeps_one_kanji_of_the_names_word():
    assert kanji_kin("巡回", {"巡視", "日数"}) and kanji_kin("方向", {"傾向", "地点"})
    assert not kanji_kin("漁業", {"林業"}, head=True)  # a first word must keep its first kanji: another 業 is another trade
    assert kanji_kin("巡回", {"巡視"}, head=True)
    assert not kanji_kin("巡視", {"巡視"}) and not kanji_kin("視聴率", {"視聴"}) and not kanji_kin("巡回", {"回数"})


def test_okurigana_written_out():
    assert okurigana_variant("立ち入り検査", ["・搬出先59か所に立入検査を行い"])
    assert not okurigana_variant("立入検査", ["・立入検査を行い"])  # nothing written out: the words themselves decide
    assert not okurigana_variant("見回り", ["・見回を行い"])  # two kanji are too few to say it is the same word


def test_a_money_or_shop_suffix_asks_of_the_stems_thing():
    from assistant.ask.naming import suffixed_stem_said
    assert suffixed_stem_said("修理代", {"修繕", "着ぐるみ"})  # (修理 ~ 修繕: one Sudachi synonym group)
    assert suffixed_stem_said("土産屋", {"土産", "菓子"})
    assert not suffixed_stem_said("入場料", {"花火", "大会"})  # a stem the evidence does not say
    assert not suffixed_stem_said("修理", {"修繕"})  # a lone word is judged as it is

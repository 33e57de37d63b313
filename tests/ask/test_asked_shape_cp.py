"""Blind sets CP's and CQ's answer classes (a local TV/radio director introducing programs; a neighbouring city's
council researcher comparing), asked here of their sheets in other wording: a katakana word is found at the end of the
sheet's compound, voiced (シカ in ニホンジカ, クマ in ツキノワグマ); 獣害 is the sheet's 鳥獣被害; an indexed 部局 the
question names is the owner, no absent topic word; 「一番の壁」 asks for the 課題; 「始めた頃と比べて」 sets one 事業
against its own past, not against other 事業."""

from __future__ import annotations

from assistant.query.synonyms import rendaku
from assistant.text.analytics_words import PAIR_Q

from .citing import answered_first


def test_a_katakana_word_voiced_at_the_end_of_a_compound(cpcq_service):
    # (the 捕獲 sheet 10-01-02 writes 「ニホンジカの捕獲」 and counts ニホンジカ捕獲頭数)
    ans = cpcq_service.ask("シカの捕獲って何頭くらい？")
    assert not ans.refused and ans.citations, ans.answer
    assert (rendaku("シカ"), rendaku("クマ"), rendaku("ゴミ"), rendaku("しか")) == ("ジカ", "グマ", None, None)


def test_everyday_words_for_the_sheets_terms(cpcq_service):
    answered_first(cpcq_service, [
        ("獣害の侵入防止柵、ここ3年でどれだけ延びた？", ("09 23 06", "4", 2)),
        ("農政部の事業で、鳥獣の被害額がR6に増えたのはなぜ？", ("09 23 06", "8", 1)),
    ])


def test_the_biggest_obstacle_is_the_issue(cpcq_service):
    answered_first(cpcq_service, [("落石対策の一番の壁って何？", ("11 13 09", "9-1", None))])


def test_compared_with_its_own_past_is_no_pair_of_programs():
    assert not PAIR_Q.search("キックボードの安全対策の予算、始めた頃と比べてどう？")
    assert not PAIR_Q.search("受入環境整備の決算、前の年と比べてどうですか")
    assert PAIR_Q.search("結婚支援と子育て支援の決算を比べて")

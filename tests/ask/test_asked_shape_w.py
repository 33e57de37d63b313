"""Blind set W's failure classes, worded differently here.

- A phrase that ends in a word for a program (対策, 事業費, 予算) and holds the program's own words is the
  user's name for it (「交通安全の自転車対策」 for 自転車交通安全推進事業費), never an absent subject; 対策
  alone is never the absent subject either.
- 職員 counts staff only when their number is asked: 「職員採用のPRの事業費」 asks for money, and 「R4から
  増えた」 for every year since R4.
Other classes of W (a word common in Japanese that only one sheet uses, 選挙; person nouns, 被害者 is not
被害; a school level the sheet never names; loanwords such as リニューアル and PR) show only over the full
index the set's writer saw; its questions are in the dev gate (``tests/eval/test_unseen_dev.py``).
Real PDFs in a real index (``w_service`` of ``conftest.py``).
"""

from __future__ import annotations

from .citing import keys as _keys


def test_the_users_name_for_a_program_is_no_absent_subject(w_service):
    ans = w_service.ask("交通安全の自転車対策で、残ってる課題は？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("15 07 02", "9-1", None), _keys(ans)


def test_staff_in_a_programs_name_is_not_the_staff_count(w_service):
    ans = w_service.ask("職員採用のPRの事業費、R4から増えた？")
    assert _keys(ans)[0] == ("19 02 01", "6", None), _keys(ans)
    assert "決算額" in ans.answer and "職員数" not in ans.answer, ans.answer
    assert "14,318" in ans.answer and "27,645" in ans.answer, ans.answer  # R4 and R6

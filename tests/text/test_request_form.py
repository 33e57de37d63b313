"""A request written as a filled-in form (``assistant.text.request_form``): put back into the sentence it stands for;
a question with no such label as it was."""

from __future__ import annotations

import pytest

from assistant.text.request_form import as_sentence


@pytest.mark.parametrize("form, sentence", [
    ("対象：地価調査の事業／年度：R6／項目：決算額・前年差", "地価調査の事業について、R6年度の決算額・前年差は？"),
    ("【照会】事業名：AMR対策　確認事項：① R6予算現額と決算額　② R7当初予算",
     "AMR対策について、R6予算現額と決算額は？R7当初予算は？"),
    ("件名：芝生の維持管理\n内容：ボランティア頼みの状態を今後どう変えるのか。",
     "芝生の維持管理について、ボランティア頼みの状態を今後どう変えるのか。"),
    ("対象：校庭芝生化｜項目：外遊び時間（R5→R6）｜備考：R5に落ちてR6に戻った理由を",
     "校庭芝生化について、外遊び時間（R5→R6）は？R5に落ちてR6に戻った理由を。"),
    # a remark asking for something only if there is any is no part of what must be answered
    ("対象：土地取引届出｜項目：周知強化策｜備考：法務局との連携もあれば", "土地取引届出について、周知強化策は？"),
    # the subject unlabelled after the tag; what is no subject (目的, 期限) left out
    ("【照会】AMR 医師向け研修　確認事項：開催回数　目的：議会答弁　回答期限：12月5日", "AMR 医師向け研修について、開催回数は？"),
    ("対象：校庭芝生化／年度：H28", "校庭芝生化について、H28年度は？"),
])
def test_a_filled_in_form_is_read_as_a_sentence(form, sentence):
    assert as_sentence(form) == sentence


@pytest.mark.parametrize("question", [
    "地価調査の事業のR6決算額は？",
    "指標1の目標：90％に届かなかった理由は？",  # (目標 is no label of a request)
    "R6の決算額：54,387千円で合っていますか？",
])
def test_a_question_with_no_label_stays(question):
    assert as_sentence(question) == question

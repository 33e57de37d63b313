"""Dev set EU's answer class (another section's legal officer filling a spreadsheet from the sheets), asked here of its
sheets: where the answer goes and how its figures are laid out (「備考欄用に短く」「セルに入れたいので」「千円単位で」
「小数第1位まで」「単位も付けてください」) is never the subject, and a section named by its field on the form
(「運転代行シートの方策欄」「収入保険シートの課題欄」) is that section of that program's sheet."""

from __future__ import annotations

from .citing import answered_first


def test_the_answers_layout_is_no_subject(eu_service):
    # (once refused: 「備考欄用」「千円単位」「小数点以下」「小数第1位」「セル」「単位」に関する記載はない)
    answered_first(eu_service, [
        ("代行業の講習の受講者数、R6は473人で前年より減っていますよね。理由を備考欄用に簡潔にください。", ("15 43 06", "8", 3)),
        ("収入保険の事業のうち一般財源、R4〜R6を並べてください。千円単位で。", ("09 47 05", "6", None)),
        ("代行業者の立入検査で指摘が出た割合、R4→R5→R6の数字を小数第1位までください。下がってきていますか？", ("15 43 06", "4", 1)),
        ("収入保険の加入経営体数、R4〜R6を横に並べて表に入れたいので、3年分の実績とR6の目標値をください。単位も付けてください。",
         ("09 47 05", "4", 1)),
    ])


def test_a_field_of_the_form_is_its_section(eu_service):
    # (once refused: 「運転代行シートの方策欄」「収入保険シートの課題欄」に関する記載はない)
    answered_first(eu_service, [
        ("運転代行シートの方策欄、飲食店と組む取組があったと思うんですが、名称を正確に教えてください。", ("15 43 06", "9-2", None)),
        ("収入保険シートの課題欄、野菜農家のところだけ備考に一言で入れたいです。何が課題になっていますか。", ("09 47 05", "9-1", None)),
    ])


def test_read_fields():
    from assistant.text.places import read_places

    assert read_places("運転代行シートの方策欄の2つめ") == ("運転代行の事業改善の方策の2つめ", 0)
    assert read_places("現状欄にある業者数") == ("現状と課題にある業者数", 0)
    assert read_places("空欄なのはなぜ") == ("空欄なのはなぜ", 0)  # (a blank is no field)

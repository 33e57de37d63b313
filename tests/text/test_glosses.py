"""How the sheets gloss their terms (``assistant.text.glosses``)."""

from __future__ import annotations

from assistant.text.glosses import sheet_glosses


def test_the_sheets_own_glosses():
    sheet = ["・公害苦情のうち野外焼却（野焼き）によるけむりが約４割。", "・特定小型原動機付自転車（電動キックボード）の利用",
             "・県内の介護支援専門員（ケアマネジャー）の従事者数は"]
    g = sheet_glosses(sheet)
    assert g["野焼き"] == {"野外焼却"} and g["電動キックボード"] == {"特定小型原動機付自転車"}
    assert g["ケアマネジャー"] == {"介護支援専門員"}  # (the term ends where の stops the run of kanji)
    assert sheet_glosses(["・R6（目標値）", "・（注）"]) == {}  # a year or a bare note glosses nothing

"""The asker's own talk around a question (``assistant.text.asker``): a relayed question, a role set for the answerer and
how the answer should be written are no subject; what is left is the question itself."""

from __future__ import annotations

import pytest

from assistant.text.asker import without_asker

Q = "NPOセミナーの満足度が下がったのはなぜ？"


@pytest.mark.parametrize("framed", [
    "利用者の方から『{q}』とのお尋ねがありました。該当する記載をご教示ください。",
    "利用者の方から、{q}というお問い合わせがありました。",
    "{q}（利用者からのレファレンスです）",
    "恐れ入りますが、{q} 記載がございましたらご教示いただけますでしょうか。",
    "あなたは県の担当者です。次の質問に答えてください。{q}",
    "{q}　要点を箇条書きで3行に要約して、根拠の数字も添えてください。",
    "{q} 正確な文言と該当する欄をお知らせください。",
    "{q} 結論→理由→根拠の順で。",
    "【質問】{q}【条件】シートの記載に基づいて答えること",
])
def test_a_request_frame_is_dropped(framed):
    assert without_asker(framed.format(q=Q)) == Q


def test_what_is_asked_stays():
    assert without_asker("課題を3点で整理してください。あと方策も。") == "課題。あと方策も。"
    assert without_asker("利用者の方が『{q}』とおっしゃっています。シートのどの欄に記載がありますか。".format(q=Q)) == \
        Q + "シートのどの欄に記載がありますか。"
    for q in ("生徒が増えた理由は？", "住民が言うには除雪が遅い。", "事業の目的を一言で教えて", "R6の決算を表にして"):
        assert without_asker(q) == q

"""Everyday words vs topic nouns: Sudachi part of speech, wordfreq, question-frame nouns."""

from __future__ import annotations

from assistant.text.wording import without_basis, everyday_forms, frame_forms, noun_phrases, zipf


def test_frame_words_by_part_of_speech_and_list():
    frames = frame_forms("最近、ここ3年の数字が一番下がった背景は？")
    assert {"最近", "此処", "数字", "一番", "背景"} <= frames
    assert {"何人", "何回"} <= frame_forms("何回開いて何人来た？")


def test_topic_nouns_stay_topics():
    assert "イノシシ" not in everyday_forms("イノシシの捕獲頭数は？")
    assert "欧州" not in everyday_forms("欧州からの宿泊者数は？")
    assert "自転車" not in everyday_forms("自転車の安全教室は？")
    assert "満足度" not in frame_forms("満足度の数字は？")


def test_common_words_by_frequency():
    assert zipf("こと") > 6 and zipf("イノシシ") < 4 and zipf("存在しない語ほげ") == 0.0
    assert "状況" in everyday_forms("交通事故の状況")


def test_noun_phrases_as_typed():
    phrases = noun_phrases("スマート農業の研修の受講者数はどう推移している？")
    assert [p.text for p in phrases] == ["スマート農業", "研修", "受講者数"]
    assert phrases[0].forms == ("スマート", "農業")
    assert [p.text for p in noun_phrases("最近の数字")] == []  # frame words alone are no subject


def test_a_demonstrative_prefix_before_a_program_name():
    from assistant.text.wording import drop_demonstrative
    assert drop_demonstrative("本研修事業の問題点は") == "研修事業の問題点は"
    # 本事業 itself, 本格 and 日本 keep their 本; so does a prefix before no 事業
    for text in ("本事業の課題", "本格実施事業の予算", "日本酒振興事業", "本研修の内容"):
        assert drop_demonstrative(text) == text


def test_the_medium_a_user_heard_it_on():
    from assistant.text.wording import heard_through
    assert heard_through("ケーブルテレビ", "ねえ、ケーブルテレビで救命講習の話やってたんだけど")
    assert heard_through("ニュース", "進まなかったってニュースで言ってたけど")
    assert not heard_through("救命講習", "ケーブルテレビで救命講習の話やってたんだけど")
    assert not heard_through("ケーブルテレビ", "県政番組はケーブルテレビで放送してる？")  # asked of, not heard on
    assert heard_through("ラフティングのガイド仲間", "ラフティングのガイド仲間もぼやいてたけど、参加者が")  # heard from
    assert not heard_through("仲間", "仲間づくりの事業")
    # whose medium, with the claim quoted between it and the verb
    assert heard_through("町内会の回覧", "町内会の回覧で「県が導入に最大50万円まで補助してくれる」って書いてあった")
    assert not heard_through("デジタル回覧板", "町内会の回覧で「県がデジタル回覧板の導入に補助」って書いてあった")
    # what carried a claim quoted before it
    assert heard_through("投稿", "「入学時の制服だけで平均15万円超え」って投稿がバズってたんですが")
    assert not heard_through("投稿", "SNSの投稿件数は増えた？")


def test_a_word_taken_back():
    from assistant.text.wording import corrected
    assert corrected("どじょう汚染", "どじょう汚染 あ 土壌汚染で指定された土地")
    assert corrected("居住支援競技会", "居住支援競技会 じゃなくて協議会か")
    assert corrected("置き場", "建設の残土の置き場 えー搬出先か")
    assert not corrected("土壌汚染", "どじょう汚染 あ 土壌汚染で指定")  # the word said again stays
    assert not corrected("雪", "原因は雪じゃないの")  # a guess asked of, not taken back


def test_what_the_answer_rests_on_is_dropped():
    # 「シートベースで」「台数ベースで」: how the answer is to be given, said in a report's words; never a subject
    assert without_basis("要因の切り分けをシートベースで整理してほしい。") == "要因の切り分けを整理してほしい。"
    assert without_basis("LED化の施工量を台数ベースで。") == "LED化の施工量を。"
    assert without_basis("決算ベースでここ3年どれくらい増えてる？") == "決算ベースでここ3年どれくらい増えてる？"  # 決算: the column asked


def test_report_words_are_frames():
    for word in ("時系列", "西暦", "由来", "切り分け"):
        assert word in frame_forms(f"{word}で見ると"), word

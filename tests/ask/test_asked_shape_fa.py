"""Dev sets FA and FB's answer classes (a retired farmer from 北信 typing 信州弁 mostly in hiragana; a regional office's
staff relaying residents' and 市町村's questions), asked here of their sheets: 信州弁 (〜ずら, 〜だかい, 〜だい, 〜ねえ,
若い衆) read as standard Japanese; loanwords typed in hiragana (すまほ, ぷろぱん) read in katakana, and the everyday words
for the sheet's terms (プロパン: ＬＰガス, ボンベ: 容器, 一酸化炭素: ＣＯ); who the asker is (「木曽の保福です。」) and what they
tell after the question (「佐久のNPOさんが関心持ってまして。」) are no subject, and the place in it narrows nothing."""

from __future__ import annotations

from .citing import answered_first, answered_from


def test_shinshu_speech_in_hiragana_is_read_as_asked(fafb_service):
    # (once refused: 「大雪のせいかい」「ろぱんの保安」に関する記載はない; 「ご質問の内容は…見つからない」)
    answered_first(fafb_service, [
        ("ぷろぱんの事故 おととしはえらいふえたってきいたが やっぱり大雪のせいかい", ("03 49 05", "8", 1)),
        ("すまほ見ながら運転しての事故 へっとるだかふえとるだか R4からおしえてくんな", ("15 57 04", "4", 1)),
    ])
    answered_from(fafb_service, [
        ("ぷろぱんの保安のやつ 去年 県の税金からだしたのはいくらだい", "03 49 05"),
        ("すまほいじって運転してつかまるのは やっぱり若い衆が多いだかい", "15 57 04"),
        ("冬のまえにガス屋がボンベにくさりつけにきてくれたが あれ県から補助でとるだかい ひと家いくらまでだ", "03 49 05"),
    ])


def test_who_relays_the_question_is_no_subject(fafb_service):
    # (once refused: 「木曽の保福」「飯伊」「佐久」「北ア管内」「上伊那」についての記載はない)
    answered_first(fafb_service, [
        ("木曽の保福です。措置診察が２時間以内に始められた割合、R6はかなり良くなってますけど、何が効いたんでしょう？",
         ("05 24 03", "8", 2)),
        ("アウトリーチと居場所の事業、支援した人数が目標に届かなかった理由は？佐久のNPOさんが関心持ってまして。",
         ("13 26 04", "8", 2)),
        ("宅建の相談窓口、あっせんで解決できた割合が下がってる理由を教えてください。北ア管内だと別荘地の管理費の相談が多くて。",
         ("11 16 05", "8", 2)),
    ])
    answered_from(fafb_service, [
        ("飯伊の者です。南信の輪番、この先どうなるのか心配する声がありまして。本庁としての課題認識は？", "05 24 03"),
        ("身体の病気もある精神の患者さん、R6はどこの病院で何件受けてもらえたか分かりますか。上伊那の病院から聞かれてまして。",
         "05 24 03"),
    ])

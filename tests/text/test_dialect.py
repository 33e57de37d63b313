"""関西弁 read as standard Japanese (assistant/text/dialect.py): the forms with one plain reading are rewritten, the
ones that are also standard words (やった of やる) stay."""

from __future__ import annotations

import pytest

from assistant.text.dialect import standard_speech


@pytest.mark.parametrize("said, plain", [
    ("協働・共創推進事業て結局なんぼかかってるん？", "協働・共創推進事業て結局いくらかかってるの？"),
    ("R6の決算なんぼやったっけ？", "R6の決算いくらだったっけ？"),
    ("目標いってへんのちゃう？", "目標いってないのではない？"),
    ("目標いってへんかったん？", "目標いってなかったの？"),
    ("去年は行かんかった", "去年は行かなかった"),
    ("減っとったけど、なんでなん？", "減っていたけど、なんでなの？"),
    ("共創セッションの企業、ぎょうさん来てはるん？", "共創セッションの企業、たくさん来ているの？"),
    ("どないなん", "どうなの"),
    ("どないな事業", "どんな事業"),
    ("えらい減っとるやん", "とても減っているじゃない"),
    ("ほんで来年はどうするん？", "それで来年はどうするの？"),
    ("来年どないしはるん？", "来年どうするの？"),
    ("どんな相談がいちばん多いん？", "どんな相談がいちばん多いの？"),
    ("エアコン付けたん、何校？", "エアコン付けたの、何校？"),
    ("大阪やったらとっくに終わってそうやけどな", "大阪だったらとっくに終わってそうだけどな"),
    ("来年から変わるって聞いたんやけど", "来年から変わるって聞いたんだけど"),
    ("防犯の補助使えへんのやろ？", "防犯の補助使えないのだろ？"),
    ("全然増えへんかった", "全然増えなかった"),
    ("人通り増えたん？", "人通り増えたの？"),
])
def test_kansai_forms_read_as_standard(said, plain):
    assert standard_speech(said) == plain


@pytest.mark.parametrize("q", ["何をやったの？", "去年どのくらいやったんですか", "レスパイトって去年何日分やった？", "赤ちゃんの数",
                               "大変な年だった",
                               "お兄さん、これは？", "ごはん、みかん？"])
def test_standard_words_stay(q):
    assert standard_speech(q) == q

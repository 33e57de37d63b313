"""Regional speech read as the standard Japanese the rest of the reading expects.

Staff and residents type as they speak; in 関西弁 「なんぼかかってるん？」 asks what 「いくらかかっているの？」 does, and
「目標いってへん」 says 「いってない」.  The cue words downstream (cost, negation, how a figure moved) are written in
standard forms, so the few dialect forms with one plain reading are rewritten first; forms that are also standard words
(やった of やる, ちゃう of 〜ちゃう) are rewritten only where the dialect reading is the only one.
"""

from __future__ import annotations

import re

# (dialect form, standard form): words with a single reading
_WORDS = [
    (re.compile(r"なんぼ"), "いくら"),
    (re.compile(r"どないな(?!ん)"), "どんな"),
    (re.compile(r"どない"), "どう"),
    (re.compile(r"ぎょうさん|ようさん"), "たくさん"),
    (re.compile(r"えらい(?=[増減下上落伸]|こと)"), "とても"),
    (re.compile(r"めっちゃ|めちゃめちゃ|めっさ"), "とても"),
    (re.compile(r"ほんまに"), "本当に"),
    (re.compile(r"ほんま"), "本当"),
    (re.compile(r"(?:^|(?<=[。、,\s]))(?:ほんで|ほいで)"), "それで"),
    (re.compile(r"せやけど"), "だけど"),
    (re.compile(r"せやから"), "だから"),
    (re.compile(r"あかん"), "だめ"),
]
# The past negative first (「いってへんかった」「行かんかった」: いってなかった, 行かなかった), then 〜へん alone.
_PAST_NEGATIVE = re.compile(r"(?:(?<=[てでしせけれめいきみびらかさたなまわが])(?:へん|ひん)|(?<=[かさたなまらわがば])ん)かった")
# The negative 〜へん after a verb's stem (いってへん, でけへん, 知らへん, 書いてへん): 〜ない.
_NEGATIVE = re.compile(r"(?<=[てでしせけれめいきみびらかさたなまわが])(?:へん|ひん)(?=[かのでやっ。、,？?！!ねよ]|$)")
# The copula や after a noun or a figure (「県の事業やけど」「R6やから」「いくらやった」): だ.  Not 「何やった」「どのくらいやった」
# 「何日分やった」, which ask what was done (やる) as often as what it was.
_COPULA = re.compile(r"(?:(?<=[一-龥ァ-ヶー0-9０-９%％])や(?=けど|から|ねん|ろ(?:う|か|[?？])))|(?<=いくら)や(?=った)")
# 「〜のちゃう？」「〜んちゃう」: ではないか
_NOT_IT = re.compile(r"(?<=[のん])ちゃう(?=[かの？?、。,]|$)")
# 「来てはる」: the honorific 〜てはる is 〜ている; 「どうしはるん」「しはった」: する, した
_HONORIFIC = re.compile(r"(?<=[てで])はる(?=[んのか？?、。,]|$)")
_SHIHARU = [(re.compile(r"しはる(?=[んのか？?、。,]|$)"), "する"), (re.compile(r"しはった"), "した")]
# 「増えとる」「減っとった」: 〜ている, 〜ていた
_TORU = [(re.compile(r"(?<=[えけげせぜてでねへべめれっ])と" + a), b)
         for a, b in (("りました", "ていました"), ("ります", "ています"), ("った", "ていた"), ("る", "ている"))]
# 「増えてるやん」: 〜じゃない (not 「ちゃん」)
_YAN = re.compile(r"(?<![ちゃ])やん(?=か|[。、,？?！!]|$)")
# 「なんでなん？」「どないなん」: 〜なの
_NAN = re.compile(r"(?<=[でうがれい])なん(?=[？?。、,]|$)")
# 「〜ねん」「〜やねん」: 〜んだ
_NEN = re.compile(r"(?<=[^ぁ-ん])ねん|(?<=[ぁ-ん])ねん(?=[。、,！!？?]|$)")


def standard_speech(q: str) -> str:
    """``q`` with its 関西弁 forms in standard Japanese (see module doc); other text as it was."""
    for pattern, plain in _WORDS:
        q = pattern.sub(plain, q)
    q = _PAST_NEGATIVE.sub("なかった", q)
    q = _NEGATIVE.sub("ない", q)
    for pattern, plain in _TORU:
        q = pattern.sub(plain, q)
    q = _YAN.sub("じゃない", q)
    q = _NAN.sub("なの", q)
    q = _COPULA.sub("だ", q)
    q = _NOT_IT.sub("ではない", q)
    q = _HONORIFIC.sub("いる", q)
    for pattern, plain in _SHIHARU:
        q = pattern.sub(plain, q)
    return _NEN.sub("んだ", q)

"""Regional speech read as the standard Japanese the rest of the reading expects (関西弁, 九州 and 信州・南信 forms).

Staff and residents type as they speak; in 関西弁 「なんぼかかってるん？」 asks what 「いくらかかっているの？」 does, and
「目標いってへん」 says 「いってない」.  The cue words downstream (cost, negation, how a figure moved) are written in
standard forms, so the few dialect forms with one plain reading are rewritten first; forms that are also standard words
(やった of やる, ちゃう of 〜ちゃう) are rewritten only where the dialect reading is the only one.
"""

from __future__ import annotations

import re

# (dialect form, standard form), applied in this order: the words with a single reading first, then the endings (the
# past negative before 〜へん alone, 〜とる before 〜やん).
_FORMS = [
    (re.compile(r"なんぼ"), "いくら"),
    (re.compile(r"どないな(?!ん)"), "どんな"),
    (re.compile(r"どない"), "どう"),
    (re.compile(r"ぎょうさん|ようさん"), "たくさん"),
    (re.compile(r"えらい(?=[増減下上落伸])"), "とても"),
    # 「えらいことになっとる」「何がえらかったの」「すれ違うのがえらいんだわ」 (中部・南信): 大変
    (re.compile(r"えらいこと"), "大変なこと"),
    (re.compile(r"えらかった"), "大変だった"),
    (re.compile(r"(?<=が)えらい(?=ん)"), "大変な"),
    (re.compile(r"(?<=が)えらい(?=[のよ。、,？?！!]|$)"), "大変"),
    (re.compile(r"めっちゃ|めちゃめちゃ|めっさ"), "とても"),
    (re.compile(r"ほんまに"), "本当に"),
    (re.compile(r"ほんま"), "本当"),
    (re.compile(r"(?:^|(?<=[。、,\s]))(?:ほんで|ほいで)"), "それで"),
    (re.compile(r"せやけど"), "だけど"),
    (re.compile(r"せやから"), "だから"),
    (re.compile(r"あかん"), "だめ"),
    # the past negative (「いってへんかった」「行かんかった」: いってなかった, 行かなかった)
    (re.compile(r"(?:(?<=[てでしせけれめいきみびらかさたなまわがえべねげ])(?:へん|ひん)|(?<=[かさたなまらわがば])ん)かった"), "なかった"),
    # the negative 〜へん after a verb's stem (いってへん, でけへん, 知らへん, 書いてへん): 〜ない
    (re.compile(r"(?<=[てでしせけれめいきみびらかさたなまわがえべねげ])(?:へん|ひん)(?=[かのでやっ。、,？?！!ねよ]|$)"), "ない"),
    # 「増えとる」「減っとった」「減っとります」「開いとらん」「しとらん」: 〜ている, 〜ていた, 〜ています, 〜ていない
    # (「問題と見とるのか」「客は来とる」「補助は出とる」: one-kanji verbs too)
    *((re.compile(r"(?<=[えけげせぜてでねへべめれっいし見来出])と" + a), b)
      for a, b in (("りました", "ていました"), ("ります", "ています"), ("らん", "ていない"), ("った", "ていた"), ("る", "ている"))),
    # 九州: 「しよる」「増えよる」「来よった」 (〜ている, 〜ていた; not 「による」)
    *((re.compile(r"(?<![借降下足])りよ" + a), "っ" + b) for a, b in (("った", "ていた"), ("る", "ている"))),  # (減りよる: 減っている)
    *((re.compile(r"(?<=[いきぎしじちびみえけげせぜてでねべめれ来])よ" + a), b)
      for a, b in (("った", "ていた"), ("る", "ている"))),
    # 九州: 「どげん」 (どう), 「〜やけん」 (だから), 「足らん」, 「〜っちゃろ」「〜とやろ」 (〜でしょう, 〜のだろう)
    (re.compile(r"どげんして"), "どうやって"),  # (how, not why: 「若か人はどげんして集めると？」)
    (re.compile(r"どげん"), "どう"),
    (re.compile(r"やけん"), "だから"),
    (re.compile(r"足[らり]ん(?!かった)"), "足りない"),
    (re.compile(r"足[らり]んかった"), "足りなかった"),
    (re.compile(r"っちゃろ"), "でしょう"),
    (re.compile(r"(?<=[るたい])とやろ"), "のだろう"),
    # 九州: the object marker ば after a noun (「工場ば誘致」「手ば考え」), not a verb's ば (呼ばれ, 伸ばす, 半ば)
    # (「横ばい」「業者ばっかり」「呼ばれ」 stay)
    (re.compile(r"(?<=[一-龥ァ-ヶー])(?<!半)ば(?![いかなっれずせぬうしすさそ])(?=[一-龥ぁ-んァ-ヶ])"), "を"),
    # 九州: an adjective's か (小さか, 若か, 新しか): 〜い
    (re.compile(r"(小さ|新し|少な|大き|美し|嬉し|優し|難し|寂し|忙し|(?<![一-龥])[若高安多古強弱早遅長短広狭])か"
                r"(?=[一-龥ァ-ヶ。、,？?！!]|人|もの|ね|$)"), r"\1い"),
    # 九州: a question ended with と (「増えよると？」「減ったと？」「あると？」): 〜の？
    (re.compile(r"(?:(?<=[るたい])|(?<=[^ほ]ん))と(?=[?？]|$)"), "の"),  # (not 「ほんと？」)
    # 「増えてるやん」: 〜じゃない (not 「ちゃん」)
    (re.compile(r"(?<![ちゃ])やん(?=か|[。、,？?！!]|$)"), "じゃない"),
    # 「なんでなん？」「どないなん」: 〜なの
    (re.compile(r"(?<=[でうがれい])なん(?=[？?。、,]|$)"), "なの"),
    # the copula や after a noun or a figure (「県の事業やけど」「R6やから」「いくらやった」): だ.  Not 「何やった」「どのくらい
    # やった」「何日分やった」, which ask what was done (やる) as often as what it was.
    (re.compile(r"(?:(?<=[一-龥ァ-ヶー0-9０-９%％])や(?=けど|から|ねん|ろ(?:う|か|[?？])))|(?<=いくら)や(?=った)"), "だ"),
    # ... and after a clause made a noun or a look (「聞いたんやけど」「使えへんのやろ？」「終わってそうやけどな」), or before
    # 「ったら」 after a noun (「大阪やったら」: だったら)
    (re.compile(r"(?<=[のん])や(?=けど|から|ねん|ろ)|(?<=そう)や(?=けど|から|ねん|ろ|な[。、,？?！!]|$)|(?<=[一-龥ァ-ヶー])や(?=ったら)"), "だ"),
    # 「何件来てたん？」「多いん？」「付けたん、」: 〜の (a question said with ん)
    (re.compile(r"(?<=[いたるう])ん(?=[？?、,]|$)"), "の"),
    # 「〜のちゃう？」「〜んちゃう」: ではないか
    (re.compile(r"(?<=[のん])ちゃう(?=[かの？?、。,]|$)"), "ではない"),
    # 「来てはる」: the honorific 〜てはる is 〜ている; 「どうしはるん」「しはった」: する, した
    (re.compile(r"(?<=[てで])はる(?=[んのか？?、。,]|$)"), "いる"),
    (re.compile(r"しはる(?=[んのか？?、。,]|$)"), "する"),
    (re.compile(r"しはった"), "した"),
    # 信州: 〜ねえ (つかわねえ, これねえ, すくねえ: 〜ない; not the particle of 〜だねえ, 〜よねえ, いいねえ), ぐれえ, ちいせえ, 〜てえ
    (re.compile(r"(?<=[かさたまらわがばえけせてめれげべく])ねえ(?!か)"), "ない"),
    (re.compile(r"ぐれえ"), "ぐらい"),
    (re.compile(r"ちいせえ|ちっせえ"), "小さい"),
    (re.compile(r"でけえ"), "大きい"),
    (re.compile(r"(?<=[いきしちにみりぎじびえけせねめれげべ])てえ(?=[?？。、,！!\sがなのんけだ]|$)"), "たい"),  # (いれてえだが: いれたい)
    (re.compile(r"(?<=[いの])衆(?![一-龥])"), "人"),  # (若い衆, ガス屋の衆; not 公衆・民衆)
    (re.compile(r"(?<=[てで])(?:くんな|くりや|くれや|くれい|くりん)(?=[?？。、,！!\s]|$)"), "ください"),
    # 信州 (and 南信's 三河 forms): 「なんで減ったずら」「どうなっとるだ」「いくらかかっただい」「ふえとるだかい」: 〜だろう, 〜のか
    (re.compile(r"[ずづ]ら(?=[?？。、,！!\s]|$)|(?<=[ぁ-ん一-龥])だら(?=[?？。、,！!\s]|$)"), "だろう"),
    (re.compile(r"(?:(?<=[るた])|(?<=[一-龥]い)|(?<=ない))だ(?:かい|かや|か|い)?(?=[?？。、,！!\s]|$)"), "のか"),
    (re.compile(r"(?<=[一-龥ァ-ヶー0-9０-９ら])だい(?=[?？。、,！!\s]|$)"), "なの"),  # (いくらだい, 何人だい)
    (re.compile(r"(?:(?<=せい)|(?<=ため)|(?<=た)|(?<=[ァ-ヶー]))かい(?=[?？。、,！!\s]|$)"), "か"),  # (大雪のせいかい; not 細かい・温かい, nor 本当かい after a kanji)
    (re.compile(r"(?<![まい])だ[にじ](?=[?？。、,！!\s]|$)"), "だよ"),  # (ぷろぱんだに, 〜だじ; not いまだに)
    (re.compile(r"(?<=[ぁ-ん一-龥])だで(?=[、,。\s])"), "だから"),
    # 南信・三河: 「補助しとる事業があるら？」 (〜だろう), 「動きを教えりん」 (〜てください), 「民宿にゃ」 (には), 「ようけ」
    (re.compile(r"(?<=る)ら(?=[?？。])"), "だろう"),  # (not 「行ったら？」, a suggestion)
    (re.compile(r"(?<=[えけせてねめれげべ])りん(?=[?？。、,！!\s]|$)"), "てください"),
    (re.compile(r"(?<=[一-龥ァ-ヶー])にゃ(?=[^ぁ-ん]|[ぁ-ん])"), "には"),
    (re.compile(r"ようけ"), "たくさん"),
    # 「〜ねん」「〜やねん」: 〜んだ
    (re.compile(r"(?<=[^ぁ-ん])ねん|(?<=[ぁ-ん])ねん(?=[。、,！!？?]|$)"), "んだ"),
]


# Old-fashioned written forms, as a retired official writes a letter: the question words in kanji (幾ら, 幾つ, 何処), 「…は
# 如何。」 for 「…はどうか」, 「承知したい」「伺いたい」 for 「知りたい」, 「…の由」 for 「…とのこと」 (what he heard), 「申すもの」 for
# 「というもの」, 「拝察する」 for 「思う」 (his guess).
_OLD_FORMS = [
    (re.compile(r"幾ら"), "いくら"),
    (re.compile(r"幾つ"), "いくつ"),
    (re.compile(r"何処"), "どこ"),
    (re.compile(r"(?<=[はがも])如何(?:か|なものか|でしょうか|であろうか)?(?=[。？?、,]|$)"), "どうか"),
    (re.compile(r"(?:承知|伺い)したい|伺いたい"), "知りたい"),
    (re.compile(r"との由|(?<=[ぁ-ん])由(?=[、,。だで]|$)"), "とのこと"),  # (not 理由, 経由, 自由)
    (re.compile(r"と申す(?:もの|の)"), "というもの"),
    (re.compile(r"拝察する"), "思う"),
    (re.compile(r"拝察(?:します|いたします)"), "思います"),
    # 「一番金を使っているのはどの仕事か」「金がかかる」: 金 said bluntly for お金 (never a compound's 金: 補助金, 基金, 金額)
    (re.compile(r"(?:(?<=一番)|(?<=いちばん)|(?<=最も)|(?<=[、。,\s])|^)金(?=を|が|は)"), "お金"),
]


# Honorific and humble forms, as an older resident writes to the prefecture (「…でございましょうか」「…はございますか」
# 「県として困っておられること」「どれほどいらっしゃるのでしょう」「年にいかほど」「何か訳があったのでしょうか」): the cue words
# downstream are plain forms (困っている, いる, どのくらい, 理由), so the courtesy is read as the plain form it dresses.
_POLITE_FORMS = [
    (re.compile(r"でございましょうか|でございますでしょうか|でございますか"), "でしょうか"),
    (re.compile(r"(?<![一-龥])ございましょうか|(?<![一-龥])ございますでしょうか"), "ありますか"),
    (re.compile(r"でございます"), "です"),
    (re.compile(r"でございました"), "でした"),
    (re.compile(r"(?<![一-龥])ござい(?=ます|ました|ません|ましたら)"), "あり"),
    (re.compile(r"(?<=[てで])おられ(?=る|ます|ました|た|ない)"), "い"),
    (re.compile(r"(?<=[てで])いらっしゃ(?:い(?=ます|ました)|る)"), lambda m: "い" if m.group(0).endswith("い") else "いる"),
    (re.compile(r"(?:おられ|いらっしゃ)(?:る|います|いました|ます)"), "いる"),
    (re.compile(r"おつもり"), "つもり"),
    (re.compile(r"いかほど|どれほど"), "どのくらい"),
    (re.compile(r"(?:何か|なにか)?(?<![一-龥])(?:訳|わけ)(?:が|は)(?=あった|ある|あり)"), "理由が"),  # (not 内訳)
    (re.compile(r"お聞かせ(?=ください|下さい|いただけ|願い)"), "教えて"),
]


def standard_speech(q: str) -> str:
    """``q`` with its 関西弁, 九州 and 信州 forms, its old-fashioned written forms and its honorific forms in standard
    Japanese (see module doc, ``_OLD_FORMS`` and ``_POLITE_FORMS``); other text as it was."""
    for pattern, plain in _FORMS + _OLD_FORMS + _POLITE_FORMS:
        q = pattern.sub(plain, q)
    return q

"""How the asker frames their own situation around the question: a greeting, the document they are
preparing, the superior who will ask them, their family's life that led to the question.  None of it is the
question's subject: ``query.intent`` drops the first three before the question is read; the asker's own life
(:func:`aside_spans`) is kept for linking (「息子のバス」 still says バス) and only never decides a refusal.

Part of the form's vocabulary (kept apart from :mod:`assistant.text.terms`, whose named things are what
questions are about).
"""

from __future__ import annotations

import re

from .wording import CLAIM_CARRIERS, HOME_PLACES, OTHER_PREFECTURES, WHOSE_MEDIUM, morphemes

# Pleasantries that open a message (「お疲れさまです。」): how it is asked, never a subject.
GREETING_RE = re.compile(r"^(?:(?:いつも)?お(?:疲れ|つかれ)(?:さま|様)(?:です)?|(?:いつも)?お世話に(?:なって(?:おり|い)ます|なります)|"
                         r"すみません|恐れ入(?:り)?ますが|失礼します|こんにちは)[。、,!！\s]*")

# Why the asker asks (「来週の部長説明で使いたいので」「議会答弁の下書きを作っています。」「要求資料の作成にあたり」「立論用に、」): the
# document being prepared is the asker's task, never the subject; the clause is dropped up to its 、 or 。.
PURPOSE_RE = re.compile(r"(?:^|(?<=[。、,]))(?:来週|来月|今週|今月|今度|次回|明日|来年度|今年度|次年度)?の?"
                        r"(?:[一-龥ァ-ヶー]{1,4}の)?[一-龥]{0,4}(?:説明|答弁|資料|報告|会議|打ち?合わせ|ヒアリング|査定|レク|レポート|発表|論文|記事)"
                        r"(?:の?(?:下書き|原稿|作成|準備|資料))?(?:で|に|を|の)?"
                        r"(?:使いたい|使う|作って|作成して|作成中|準備して|準備中|書いて|確認したい|あたり|あたって)"
                        r"[^。、,？?]{0,14}?(?:[。、,]|$)"
                        # 「否定側の立論用に、」「議会説明用に、」: what the answer is for, said as a use, before the question
                        r"|(?:^|(?<=[。]))[^。、,？?]{1,12}?用に[、,]")
# ... or what the asker will make of the figures (「グラフにしたいので」「表にまとめたいから」「プリントに載せたいので、」):
# the clause up to its ので・から is dropped, what follows it (the figures asked for) stays.
MADE_OF_RE = re.compile(r"(?:グラフ|表|一覧表|ワークシート|プリント|スライド|資料|掲示物)(?:に|を|で)"
                        r"(?:したい|まとめたい|作りたい|載せたい|使いたい|入れたい|示したい)(?:ので|から|ため|んだけど|んですが|のですが)[、,]?")

# What the asker will put the answer to, their own deliverable (「レポートに書くので確認です。」「レポートに一言で書きたいです。」
# 「レポートでそう書こうかと思ってて。」「上司から頼まれたメモ用です。」「夜間パトロール強化のアウトプットとして使いたいです。」
# 「施策のロジックの前提として押さえておきたくて。」「上司に推したいので、」): the asker's task, never a subject the sheets
# must hold (レポート, アウトプット, ロジック are no words of the sheet asked about).
_CLAUSE_START = r"(?:^|(?<=[。、,？?!！\s]))"
_USE_FOR = re.compile(r"(?:(?<=[。、,？?!！\s])|(?<=について)|^)(?:レポート|メモ|報告書|レジュメ|議事録|原稿|スライド)(?:に|で|へ|用に)[^。？?!！]{0,12}?"
                      r"(?:書く|書き|書こう|まとめ|載せ|使い|使う|入れ)[^。？?!！]{0,12}?(?:ので|から|たい(?:です)?|たくて|かと思って(?:て|います|いて)?)"
                      r"(?:確認です)?[。、,]?"
                      r"|" + _CLAUSE_START + r"[^。、,？?!！]{0,20}?(?:メモ|レポート|資料)用です[。！!]?"
                      r"|" + _CLAUSE_START + r"[^。、,？?!！]{0,20}?(?:アウトプット|根拠|材料|前提|参考|データ|エビデンス)として(?:使い|押さえておき|おさえておき|押さえ|入れ|書き)"
                      r"(?:たい(?:です)?|たくて)[。、,]?"
                      r"|" + _CLAUSE_START + r"[^。、,？?!！]{0,24}?(?:上司|課長|部長|係長)に(?:推し|提案し|勧め)たい(?:ので|から)[、,。]?")

# Who will ask the asker (「課長に聞かれそう」「部長から突っ込まれたので」「議員に説明しなきゃいけない」): their superior or
# the assembly, never the subject (a 課長 is no word of 建設発生土の有効利用率); the clause is dropped up to its 、 or 。 (or
# to the end).
ASKED_BY_RE = re.compile(r"(?:^|(?<=[。、,？?!！\s]))(?:うちの|上の)?(?:課長|部長|係長|室長|局長|所長|次長|班長|上司|知事|副知事|議員|幹部|上の人)"
                         r"(?:さん)?(?:に|から)(?:聞かれ|訊かれ|突っ込まれ|つっこまれ|質問され|詰められ|言われ|説明|報告|確認され)"
                         r"[^。、,？?]{0,14}?(?:[。、,？?]|$)")

# The asker's own coming occasion and what they will say or put there (「面接で課題解決の話をしたいので」「志望動機で「…」
# って言うつもりなので」「引継ぎ資料に入れたくて」「面接で県の強みとして話したくて」): their task, never the subject (志望動機
# and 課題解決 are no words of the sheet they ask about); dropped from the occasion to its ので・て.
_OCCASION = r"(?:面接|志望動機|自己PR|エントリーシート|打ち?合わせ|打合せ|引き?継ぎ|引継|授業|ゼミ|発表|会議|朝礼|申し送り)"
_SAY = r"(?:話(?:を)?し|話さ|言い|言う|言お|説明し|紹介し|伝え|アピールし|答え|入れ|載せ|書き|書く|まとめ|使い)"
OCCASION_RE = re.compile(r"(?:次の|今度の|来週の|明日の|[一-龥]{1,4}の)?" + _OCCASION + r"[^。、,？?！!]{0,40}?" + _SAY +
                         r"(?:たい(?:ので|から|んですが|のですが|んです)|たくて|(?:う|る)?つもり(?:なので|だから|です|で)|予定(?:なので|です))[、,。]?")
# ... or a class's research (「探究の時間で障がい者のグループホームを調べてる班があるんですが、」): the subject follows it
STUDY_RE = re.compile(r"(?:探究|総合的な学習|総合学習|自由研究|調べ学習)(?:の時間|の授業|学習)?で[^。？?！!]{0,40}?調べ(?:て(?:いる|る|い|た)|た)"
                      r"[^。？?！!]{0,12}?(?:んですが|のですが|けど|ので|が)[、,]?")
# ... or who is about to ask them (「町村さんから問い合わせが来そうなので」「次の打ち合わせで聞かれそうで心配です」).
ABOUT_TO_BE_ASKED_RE = re.compile(r"(?:[^。、,？?！!]{0,16}?(?:から|で))?(?:問い合わせ|問合せ|質問|照会)が(?:来|き)そう(?:な)?(?:ので|で|だから|から)[、,]?|"
                                  r"(?:[^。、,？?！!]{0,16}?で)?(?:聞かれ|訊かれ|突っ込まれ|つっこまれ)そう(?:な)?(?:ので|で|だから|から)(?:心配(?:です)?)?[、,。]?")


# The asker's own life told around the question (「高校生の息子のバス、ICカードになって楽になったんですけど、」「うちの
# おじいちゃん、いまだに小銭でバス乗ってるんですけど」「PTAの役員会でも参考にしたくて」「実家の方の小さい学校とか気になってて」):
# a clause with the asker's family or friends in it, up to where it hands over to the question (けど, が、, ので, て、);
# or a closing sentence that says what they will do with the answer.  Its nouns are how the user came to ask, never a
# subject the sheets must hold (the linked program answers the question it leads to).
_PERSONAL = (r"(?<![一-龥ァ-ヶー])(?:(?:息子|娘|孫)夫婦|(?:元)?教え子|息子|娘|下の子|上の子|末っ子|孫|夫|妻|主人|旦那|嫁|母|父|母親|父親|両親|祖父|祖母|"
             r"兄|姉|弟|妹|兄弟|姉妹|叔父|叔母|伯父|伯母|義母|義父|親戚|親類|いとこ|パパ友|ママ友|同僚|知人|隣の(?:村|町|市)|隣町|隣村|"
             r"(?:お)?じいちゃん|(?:お)?ばあちゃん|実家|近所の人|知り合い|友達|友人|"
             # (an adviser's clients: 「クライアントも社員を出しにくいと言っていて」「顧問先にも勧めたいので」)
             r"クライアント|顧問先|顧客)(?![一-龥ァ-ヶー])")
_ASIDE_RE = re.compile(r"(?:^|(?<=[。？?！!、,\s]))[^。？?！!、,]{0,15}?" + _PERSONAL +
                       r"[^。？?！!]{0,40}?(?:けど|けれど(?:も)?|ですが|ますが|んだが|(?<=[^、])が[、,]|ので|(?:って|て)(?:て)?(?:[、,。]|[^\w\s]{0,3}(?=\n))|気になって(?:て)?"
                       # (「夫の両親も一緒に移住するかもしれません。」: what the family may do)
                       r"|かもしれ(?:ません|ない)(?=[。！!]))")
# The asker's own plan or fear told before the question (「住宅地の中の中古住宅を買うつもりなのですが、」「冬は雪道を車で出かける
# のが正直怖いです。」): how they came to ask; its nouns (中古住宅, 雪道) are no subject the sheets must hold.
_OWN_PLAN_RE = re.compile(r"(?:^|(?<=[。？?！!\s]))[^。？?！!、,]{2,40}?(?:つもり|予定)(?:なの|なん)?(?:ですが|ですけど|ですけれども|だけど|だが)[、,]"
                          r"|(?:^|(?<=[。？?！!\s]))[^。？?！!]{2,50}?(?:怖い|こわい|不安|心配|苦手|つらい|辛い)(?:です|なんです|んです)?[。！!]")
# ... and who the client is, said in brackets after them (「クライアント（精密機器製造、従業員30名）が」「クライアントの社会福祉法人
# （特養１施設、職員60名）が」): the client's trade and size, never a subject the sheets must hold.
_CLIENT_NOTE = re.compile(r"(?:クライアント|顧問先|顧客)(?:の[一-龥ァ-ヶー]{1,12})?(?P<note>[（(][^()（）]{1,40}[)）])")
# ... or the asker's own home, shop or work (「うち野沢菜漬けてるんですけど」), unless the question asks whether they are
# covered (「うち民泊なんだけど、…補助って使える？」: their own situation is then what the sheet must hold).
_OWN = (r"(?:(?<![こそあどの一-龥])(?:うち|ウチ)(?=[のはもでがっ、]|[一-龥ァ-ヶー])|(?<![一-龥])(?:私|自分)(?:の|は|も|で|たち)"
        r"|(?<![一-龥ぁ-ん])(?:僕|俺|ぼく|おれ|わたし|あたし)(?:の|は|も|が|で|ら|たち))")
# (his own memory too, told as a sentence of its own: 「私の頃は先輩の背中を見て覚えたものだが。」)
_OWN_ASIDE_RE = re.compile(r"(?:^|(?<=[。？?！!、,\s]))[^。？?！!、,]{0,15}?" + _OWN +
                           r"[^。？?！!]{0,40}?(?:けど|けれど(?:も)?|ですが|ますが|んだが|(?<=[^、])が[、,]|ので|ものだが(?=[。]|$))")
# ... or the asker's hedge that the sheet may not go so far (「まあ村の内部の事情まではそちらの資料では分からないかもしれません
# けれども、」「件数まではお持ちでないかもしれませんが、」「夜間に限った数字まではないと思いますけれども、」): said out of courtesy,
# the question asks on after it; its nouns (村の内部) are no subject the sheet must hold.
_HEDGE_RE = re.compile(r"(?:^|(?<=[。？?！!、,\s]))[^。？?！!、,]{0,40}?(?:ない|ません|いない|ならない)(?:か)?"
                       r"(?:かもしれ(?:ない|ません)|と思い(?:ます)?|と思う|でしょう)(?:けれども|けれど|けど|が)[、,]"
                       r"|(?:^|(?<=[。？?！!、,\s]))[^。？?！!、,]{0,40}?(?:か)?(?:どうか)?(?:分かり|わかり)ません(?:けれども|けれど|けど|が)[、,]")
_WORD_RUN = re.compile(r"[一-龥ァ-ヶー]{2,}")  # (the rest of the question names a subject of its own: two words or more)
_COVERED_Q = re.compile(r"使え|対象|もらえ|受けられ|申請|該当|当てはま|補助(?:って|は)?(?:出|で)")
_USE_RE = re.compile(r"(?<=[。？?！!\s])[^。？?！!]{0,30}(?:参考に|参考と|根拠に|材料に|資料に)(?:したく|したい|する|させ)[^。？?！!]{0,10}(?:[。！!]|$)"
                     r"|(?<=[。？?！!\s])[^。？?！!]{0,20}(?:会員|住民|保護者|組合員)(?:に|へ)(?:周知|説明|報告|案内)したい[^。？?！!]{0,6}(?:[。！!]|$)"
                     # (「当会の研修資料に載せたい。」「会報に使いたいので。」)
                     r"|(?<=[。？?！!\s])[^。？?！!]{0,20}(?:資料|研修資料|会報|広報誌|広報紙|報告書|要望書|チラシ)(?:に|へ|で)(?:載せ|掲載し|使い|入れ|盛り込み|引用し)たい[^。？?！!]{0,8}(?:[。！!]|$)")


# A sentence asks when it ends as a question or a request, or holds a question word; one that does neither tells
# (「うちの女房もいっとるだよ。」「むすこが東京におるでさ。」「となりの畑を…かりてくれてありがたいこった。」).
_SENTENCE = re.compile(r"[^。！!？?\n]+[。！!？?\n]*")
# The words that ask (なぜ, どう, 何…), wherever they stand in a sentence
_QUESTION_WORD = r"なぜ|なんで|どう|どの|どれ|どこ|どんな|どちら|いくら|いくつ|いつ|だれ|誰|何|幾"
_ASKS = re.compile(r"[？?]|(?:か|かね|かな|かい|かや|だい|ずら|っけ|の|のか|んだ|ですか|ますか|でしょ|でしょう|だろう|よね|[もはか]|とか|など)[ねなよ]?[。！!\s]*$|"
                   r"なんの|" + _QUESTION_WORD + r"|"
                   r"(?:教えて|おしえて|ください|下さい|知りたい|聞きたい|ほしい|欲しい|願い|くれ)[^。！!？?]{0,8}[。！!\s]*$")
# A sentence that ends as told (…だよ, …でさ, …でねえ, and the relay's 「…と言われまして」「…気にしてて」「…が多くて」
# 「…紹介したいとのこと。」);
# one that trails off (「動物の関係で」「庁内の調整も含めて」) still
# narrows the question.
_TELLS = re.compile(r"(?:よ|さ|ねえ?|わ|だ|た|る|です|ます|まして|てて|くて|いて|とのこと(?:です)?|らしい|みたい)[。！!…‥.\s]*$")  # (とのこと: relayed)
# A sentence that introduces the topic (「犯罪被害者支援の事業について調べています。」「スクールロイヤーのシートです。」「情報モラルの講座の
# 話です。」) is the question's, told or not.
_INTRODUCES = re.compile(r"事業|制度|取組|取り組み|について|に関して|に関する|(?<!と)のこと|シート|の話|の件")


def _sentence_spans(q: str) -> list[tuple[int, int, bool]]:
    """(start, end, asks) of each sentence of ``q``: whether it ends as a question or a request (see ``_ASKS``).

    A sentence ending 「…んですよね。」 with no question word and no question mark asks only when no later sentence does:
    before a question it is the asker's own story told (「最近トイレとか客席がくたびれてるなあと思って見てたんですよね。
    県内に公立のホールって全部でいくつ…？」)."""
    spans = [(m.start(), m.end(), bool(_ASKS.search(m.group(0).strip()))) for m in _SENTENCE.finditer(q)]
    out = []
    for i, (a, b, asks) in enumerate(spans):
        s = q[a:b].strip()
        if asks and _TAG_TOLD.search(s) and not _ASKS_PLAINLY.search(s) and any(x for _, _, x in spans[i + 1:]):
            asks = False
        out.append((a, b, asks))
    return out


_TAG_TOLD = re.compile(r"(?:ん|の)(?:です|だ)よね[ぇえー〜]*[。！!\s]*$")
_ASKS_PLAINLY = re.compile(r"[？?]|" + _QUESTION_WORD)


def told_spans(q: str) -> list[tuple[int, int]]:
    """The sentences of ``q`` told after its last question (「…ふえとるだかね。うちの女房もいっとるだよ」「…かね。会報
    にのせたいでさ」), when the question names a subject of its own (a word of two kanji or katakana): an afterthought on
    how the asker came to ask, never what the sheets must hold.  (A sentence told before the question often names what
    it is about: 「近所の銭湯が燃料代高くてやめるって。県の補助って…」.)"""
    asked, after = _around_last_question(q)
    if not _WORD_RUN.search(asked):
        return []
    return [(a, b) for a, b in after if _TELLS.search(q[a:b]) and not _INTRODUCES.search(q[a:b])]


def _around_last_question(q: str) -> tuple[str, list[tuple[int, int]]]:
    """The text of ``q``'s asking sentences up to its last one, and the (start, end) of each sentence after that one
    (none when no sentence asks)."""
    spans = _sentence_spans(q)
    last = max((i for i, (_, _, asks) in enumerate(spans) if asks), default=None)
    if last is None:
        return "", []
    return "".join(q[a:b] for a, b, asks in spans[:last + 1] if asks), [(a, b) for a, b, _ in spans[last + 1:]]


def told_before(q: str) -> list[tuple[int, int]]:
    """The clauses of ``q`` told before its first question that tell the asker's own doing (「いっそうちの会で子どもたちの
    団をつくれないかと話しているところです。来年度、学校以外で団を立ち上げる場合の後押しは」「…を残す取り組み、うちの会でも
    聞き取りのお手伝いをしています。撮りためた人数は」「うちの会でも毎年田植え体験をやっていますが、天気には本当に泣かされ
    ます。」): the clauses (each up to its 、 or 。) of a sentence with the asker in it (うち, 私, わたし…) that do not
    introduce the topic.  A told clause without the asker (「近所の銭湯が燃料代高くてやめるって。県の公衆
    浴場への補助って」) often names what is asked about, and stays the question's."""
    spans = _sentence_spans(q)
    first = next((i for i, (_, _, asks) in enumerate(spans) if asks), None)
    if not first:
        return []
    clauses = [(a + m.start(), a + m.end()) for a, b, _ in spans[:first] if _FIRST_PERSON.search(q[a:b]) or _ANECDOTE.match(q[a:b].strip())
               for m in _CLAUSE.finditer(q[a:b])]
    # (a clause that only names a thing, 「県境の防災訓練、」, is the topic the sentence tells of, not the asker's story)
    told = [(a, b) for a, b in clauses if not _INTRODUCES.search(q[a:b]) and not _TOPIC_CLAUSE.match(q[a:b])]
    # (「うちの地域の火葬場が古くて、…建て替える話が出てるんですが、県が補助する事業ってありますか？」: the question asks
    # whether a 事業 exists only by its kind, so what was told is its subject; 「…返事が遅いと、うちの職員がこぼしとる。県は
    # わかっとるのか。」 asks of the program's own issue, in the asker's words)
    return [] if told and _names_nothing(q, told, 1) and _KIND_EXISTS.search(_outside(q, told)) else told


_CLAUSE = re.compile(r"[^、,]+[、,]*")
# A clause that only names a thing (「県境の防災訓練、」): a topic, no story.
_TOPIC_CLAUSE = re.compile(r"^\s*(?:[一-龥ァ-ヶーA-Za-z0-9・]+の)*[一-龥ァ-ヶーA-Za-z0-9・]{2,}[、,]\s*$")
# Whether a program of some kind exists (「県が補助する事業ってありますか」「支援は出ますか」).
_KIND_EXISTS = re.compile(r"(?:事業|制度|補助|助成|支援|仕組み|取組|取り組み)[^。？?]{0,6}(?:ある|あり|やって|出る|出ます|出て)")
# Words that ask of a program only by its kind (「県が補助する事業ってありますか」「何か支援制度は」).
_ASKED_BY_KIND = re.compile(r"(?:県|国|市町村|何か|事業|制度|補助|助成|支援|補助金|助成金|支援制度|仕組み|取組|取り組み|予定|対策|ところ)+")
# ... or a sentence that opens as a story of the asker's past or leave (「昔、文化祭で照明係をやってたことがあって」「育休中で時間だけは
# あるので」): told, though no 僕 or うち is in it
_ANECDOTE = re.compile(r"(?:昔|むかし|学生時代|若い頃|若いころ|子どもの頃|子供の頃|小さい頃|新人の頃|独身の頃|育休中|育児休業中)")
_LIVES = r"(?:(?:の近く|の辺り|のあたり|の方)?(?:に|で)(?:住んで|暮らして)|在住)"
# The asker's own body or district, its place in brackets (「私どもの地域（下伊那の郡部）では」「当会（町村会の南信支部）では」).
_OWN_WHO = r"(?:私ども|私たち|わたしたち|我々|われわれ|うち|当会|当方|当団体|当連合会|当協議会|(?<![一-龥])私|わたし)(?:の[一-龥]{1,3})?"
_OWN_NOTE = re.compile(_OWN_WHO + r"(?P<note>[（(][^()（）]{1,30}[)）])")


def lives_in(place: str, q: str) -> bool:
    """Whether ``q`` says the asker lives in ``place`` (「飯田の近くに住んでいます」「佐久に住んでます」「松本市在住です」), or
    names it as their own district (「私どもの地域（木曽郡）でも」) or as where their friend or family lives (「飯田の友達」)."""
    p = re.escape(place)
    return re.search(p + r"(?:市|町|村|郡)?" + _LIVES + "|" + _OWN_WHO + r"[（(][^）)]*?" + p
                     # (「飯田の友達が『こっちは…全然ない』って」「松本の実家では」: where someone the asker knows lives)
                     + "|" + p + r"(?:市|町|村|郡)?(?:に住む|にいる|の)" + _PERSONAL, q) is not None


# (地元: the asker's own district, as an assembly member says it: 「地元の旅館の方からも…という話を伺っております。」)
_FIRST_PERSON = re.compile(_OWN + r"|うちの会|うちら|わたし|私ども|当会|ぼく|(?<![一-龥])僕|(?<![一-龥])俺|我々|われわれ"
                           r"|(?<![一-龥])地元(?=の|で|から)"
                           # (where the asker lives: 「飯田の近くに住んでいます。」「佐久に住んでます。」「実家が旅館なので」)
                           r"|" + _LIVES + r"|(?<![一-龥])実家(?=が|は|で)")


# A sentence that states the asker's view before or around the question, as a public comment or a petition does (「外郭団体の
# 経営改革は、…点検を続けるべきと考えます。」「…値上げは、かえって利用者離れを招くのではないかと懸念しております。」「…方向性には
# 賛成の立場です。」「…順調に広がっているように見受けられます。」): its words (賛成の立場, 値上げ, 順調, 渋滞の緩和) are the
# asker's argument, never a subject the sheets must hold; the question follows it (「ついては、…をお示しください。」).
_DEMAND_END = r"(?:求める|要望する|要請する|盛り込む|提出する|申し入れる)(?:予定|つもり|方針|考え)(?:です|である|だ|でおります)[。！!\s]*$"
_DEMAND = re.compile(_DEMAND_END)
_OPINION_END = re.compile(r"(?:考え|思い|感じ|懸念し|危惧し|期待し|要望し|願っ|憂慮し|心配し)(?:ます|ております|ています|る|ており)(?:が)?[。！!\s]*$|"
                          # (a petition's plan: 「当会では…財政支援の拡充を求める予定です。」「…要望書に…を盛り込む予定です。」)
                          + _DEMAND_END + r"|"
                          r"(?:見受けられ(?:ます|る)|立場です|立場である|はずです|はずだ|賛成です|反対です|べきです|べきである|べきだ)[。！!\s]*$")
# ... or one clause of a sentence that asks on after it (「…減ったことは一定の成果と考えますが、それが一時的なものでないかを見極め
# たいと思います。」).  (A sentence that says what the asker wants to know, 「…どのような業種の企業なのかを確認したいと考えており
# ます。」, asks: it holds a question word or 「…たいと」.)
_VIEW_CLAUSE = re.compile(r"(?:^|(?<=[。、,]))[^。、,？?]{2,60}?(?:と|だと|べきと|べきだと)(?:考え|思い|感じ)(?:ます|ております|ています)が[、,]")


# ... but what the view is about, said first as its topic (「県営野球場の老朽化は、」「こども医療費の助成は、」「県立武道館は、」),
# is the subject the question goes on to ask of (「改修工事の予定時期と事業費の見込みを」): it is kept.  (A clause made a topic,
# 「補助の手続に時間がかかり過ぎることは、」, is the view's own argument.)
_VIEW_TOPIC = re.compile(r"^[^。、,？?]{2,40}?(?:について(?:は)?|に関して(?:は)?|(?<!で)(?<!こと)は)(?![ずじ])[、,]?")


_VIEW_ASKS = re.compile(r"[？?]|たい(?:と|って)|" + _QUESTION_WORD)


def opinion_spans(q: str) -> list[tuple[int, int]]:
    """Where the sentences of ``q`` that state the asker's view (see ``_OPINION_END``; a 「何らかの」 in them asks nothing)
    argue it: each such sentence after its topic."""
    out = []
    for a, b, _ in _sentence_spans(q):
        s = q[a:b]
        if _OPINION_END.search(s.strip()) and not _VIEW_ASKS.search(s.replace("何らか", "")):
            # (what a petition will demand, 「当会では…の整備について…拡充を求める予定です。」, is its own, topic and all)
            topic = None if _DEMAND.search(s.strip()) else _VIEW_TOPIC.match(s)
            out.append((a + (topic.end() if topic else 0), b))
        else:  # (a view's clause before the rest of the sentence)
            for m in _VIEW_CLAUSE.finditer(s):
                topic = _VIEW_TOPIC.match(m.group(0))
                out.append((a + m.start() + (topic.end() if topic else 0), a + m.end()))
    return out


def _view_spans(q: str) -> list[tuple[int, int]]:
    """:func:`opinion_spans` when ``q`` names a subject without them (「…の見直しが必要と考えます。」 alone: the view is all
    there is to read), else none."""
    views = opinion_spans(q)
    return [] if views and _names_nothing(q, views) else views


def without_views(q: str) -> str:
    """``q`` without the argument of the views it states (see :func:`_view_spans`): what the view urges (「今後も…点検を
    続けるべき」「…減らしていく方向性には賛成」) is not what is asked (a figure of R6)."""
    views = _view_spans(q)
    return _outside(q, views) if views else q


# A sentence that only reports what others say (「税金の無駄じゃないかと言う人がいて。」「後輩が『…』と言ってまして…」): the
# hearsay is why the asker asks, never a subject the sheets must hold.
_HEARSAY = re.compile(r"(?:と|って)(?:言う|いう|言ってる|言っている)(?:人|方|声)(?:が|も)(?:いて|いる|います|いまして|多い|多くて|あって|ある|あります)"
                      # (「…不安だという声が会員の保護者から多く出ています。」「保護者からは…との声が多いです。」)
                      r"|(?:という|との|って)(?:声|意見|要望|苦情)(?:が|も|は)[^。？?]{0,24}?(?:届いて|届き|出て|寄せられ|上がって|あがって|聞かれ|多く|多い|あります|ある)"
                      r"|(?:と|って)言って(?:まして|ました|いました|いた|た|て)"
                      # (「…の話が聞けたと、隣の村の職員から聞いた。」)
                      r"|(?:と|って)[、,]?[^。？?]{0,20}?(?:から|より)(?:聞いた|聞きました|聞いて(?:います|いる|おります)|伺った|伺いました)[。！!\s]*$")


def _hearsay_spans(q: str) -> list[tuple[int, int]]:
    """The sentences of ``q`` that report what others say (see ``_HEARSAY``) and ask nothing."""
    return [(a, b) for a, b, asks in _sentence_spans(q) if not asks and _HEARSAY.search(q[a:b])
            and not _ASKS_PLAINLY.search(q[a:b])]


# A sentence that tells what a client or the asker's own office says, wants or does (「顧問先の旅館が自社源泉のデータを気に
# しております。」「当事務所の職員を講師として派遣できるかも検討しております。」「顧問先の木曽漆器の工房から、…尋ねられて
# おります。」): how the question came, told and not asked; its nouns (自社源泉, 当事務所) are no subject the sheets must hold.
_CLIENT_TOLD_RE = re.compile(r"(?:^|(?<=[。？?！!\s]))[^。？?！!]{0,30}?(?:" + _PERSONAL + r"|(?:当|弊)(?:事務所|社|所|会|法人|組合))"
                             r"[^。？?！!]{0,60}?(?:ます|ました|おります|まして|です)[。！!]")


def client_told_spans(q: str) -> list[tuple[int, int]]:
    """The sentences of ``q`` that tell what a client or the asker's office says or does (``_CLIENT_TOLD_RE``), when the
    rest names a subject of its own.  The caller weighs them only beside a program named outright: the client's story
    may also bring the subject (「顧問先が中小企業退職金共済への加入を検討しております。県の掛金補助事業の補助額は」)."""
    spans = [m.span() for m in _CLIENT_TOLD_RE.finditer(q) if not re.search(r"[？?]", m.group(0))]
    return [] if spans and _names_nothing(q, spans) else spans


def aside_spans(q: str) -> list[tuple[int, int]]:
    """Where ``q`` tells the asker's own situation (see ``_ASIDE_RE``, :func:`told_spans`), as (start, end) spans."""
    own = [m.span() for m in _OWN_ASIDE_RE.finditer(q)]
    if own and _COVERED_Q.search(_outside(q, own)):
        own = []  # (「うち民泊なんだけど、…補助って使える？」: whether the asker is covered is asked; not 「私の肌感覚では申請が…」)
    if own and _names_nothing(q, own):
        own = []  # (「うちのほうの県道がせまくて…だけど、広げる工事っていつごろ」: the question is of the asker's own road)
    personal = [m.span() for m in _ASIDE_RE.finditer(q)]
    if personal and _names_nothing(q, sorted(personal + own)):
        personal = []  # (「父が帯状疱疹のワクチンを打ちたいって言ってるんですが、県から補助は出る？」: what the father wants is asked)
    plans = [m.span() for m in _OWN_PLAN_RE.finditer(q) if not _ASKS_PLAINLY.search(m.group(0))]
    if plans and _names_nothing(q, sorted(personal + own + plans)):
        plans = []  # (「除雪が追いつかず不安です。県は何を？」: the fear names what is asked)
    personal += plans
    hedges = [m.span() for m in _HEDGE_RE.finditer(q)]
    if hedges and _names_nothing(q, hedges):
        hedges = []  # (「そこまでは分からないかもしれませんが、…」 with nothing else asked: the hedge is the question)
    personal += [m.span("note") for m in _CLIENT_NOTE.finditer(q)]
    personal += [m.span("note") for m in _OWN_NOTE.finditer(q)]  # (「私どもの地域（南佐久）では」: the asker's own district)
    hearsay = _hearsay_spans(q)
    if hearsay and _names_nothing(q, hearsay):
        hearsay = []
    return (personal + [m.span() for m in _USE_RE.finditer(q)] + own + hedges + _view_spans(q) + told_spans(q)
            + told_before(q) + hearsay)


def _names_nothing(q: str, spans: list[tuple[int, int]], words: int = 2) -> bool:
    """Whether ``q`` without the (sorted) ``spans`` names no subject of its own (fewer than ``words`` words, see ``_WORD_RUN``;
    words that ask of a program only by its kind, ``_ASKED_BY_KIND``, name none)."""
    return len([w for w in _WORD_RUN.findall(_outside(q, sorted(spans))) if not _ASKED_BY_KIND.fullmatch(w)]) < words


def _outside(q: str, spans: list[tuple[int, int]]) -> str:
    """``q`` without the (sorted, possibly overlapping) ``spans``."""
    out, at = [], 0
    for a, b in spans:
        out.append(q[at:a] if a > at else "")
        at = max(at, b)
    return "".join(out) + q[at:]


def in_aside(phrase: str, q: str, spans: list[tuple[int, int]] | None = None) -> bool:
    """Whether every occurrence of ``phrase`` in ``q`` lies in the asker's own situation (or in ``spans``)."""
    spans = aside_spans(q) if spans is None else spans
    found = [m.start() for m in re.finditer(re.escape(phrase), q)]
    return bool(found and spans) and all(any(a <= i and i + len(phrase) <= b for a, b in spans) for i in found)


def without_aside(q: str) -> str:
    """``q`` without the asker's own situation (「…ありますか？取引先の選定の参考にしたくて。」 ends with its question)."""
    for a, b in sorted(aside_spans(q), reverse=True):
        q = q[:a] + q[b:]
    return q.strip()


# A question relayed for someone else (「利用者の方から『…』とのお尋ねがありました」「住民から…と問い合わせがあって」): who
# asked and that they asked are no subject; the relayed question in 『』 is the question.
_RELAYED_BY = re.compile(r"(?:^|(?<=[。、,\s]))(?:図書館の|窓口(?:に|で)|カウンターで)?(?:ご?利用者|来館者|来庁者|お客様|お客さん|住民|市民|県民"
                         r"|相談者|保護者|生徒|学生)(?:の方|さん|様)?(?:から|より|が|は)[、,]?"
                         # (「…と聞いたという利用者の方がいらっしゃいます」: who asked, said after what they heard)
                         r"|(?:という|といった)(?:ご?利用者|来館者|お客様|住民|県民|相談者)(?:の方)?が(?:いらっしゃい|おられ|い|来られ)(?:ます|ました)[。、,]?")
_RELAYED_ASK = re.compile(r"[』」]?(?:と|との|という|って)(?:(?:(?:ご?利用者|来館者|住民|県民|相談者)(?:の方)?の)?(?:お尋ね|ご質問|質問|お問い合わせ|問い合わせ|ご相談|相談|照会|ご依頼|依頼|レファレンス)"
                          r"(?:が|を)?(?:ありました|ありまして|あった|あって|受けました|受けています|いただきました|いただいています|寄せられ(?:ました|ています)"
                          r"|来ました|来ています|です)?|(?:おっしゃって|言って|話して|聞いて|尋ねて|お尋ねになって|調べて|お調べになって|気にして|心配して|心配されて)"
                          r"(?:います|いました|いる|おられます|いらっしゃいます|いて|おり)"
                          # (「…とお考えのようですが」「…確認したいとのことです」)
                          r"|(?:お考え|考えて)(?:のよう|いるよう)?(?:です|でして)?|(?:確認し|知り|調べ)たい(?:との)?こと(?:です|でした)?)"
                          r"(?:が|ので)?[。、,]?")
# (「…の移り変わりを調べておられます」: what they are looking into, its object the question)
_RELAYED_LOOKS = re.compile(r"(?<=[^。、,])(?:を|について)(?:調べて|お調べになって|探して)(?:おられ|いらっしゃい|い)(?:ます|る)[。、,]?")
# (「…（利用者からのレファレンスです）」: said in brackets)
_RELAYED_NOTE = re.compile(r"[（(](?:ご?利用者|来館者|来庁者|住民|市民|県民|相談者)(?:の方)?(?:から|より)の(?:レファレンス|お尋ね|ご?質問|お?問い合わせ"
                           r"|ご?相談)(?:です)?[）)]")
# The asker setting a role or a task for the answerer (「あなたは県の担当者です。」「次の質問に答えてください。」).
_ROLE = re.compile(r"(?:^|(?<=[。\s]))(?:あなたは|君は|きみは)[^。？?]{1,30}?(?:です|だ|である)[。！!]?"
                   r"|(?:次|以下)の(?:質問|問い|問題)に(?:答えて|回答して)(?:ください|下さい)?[。:：]?")
# How the answer should be written (「要点を箇条書きで3行に要約して」「根拠の数字も添えて」「簡潔に答えて」「記載のある箇所をご教示ください」):
# the answer's form, never what it is about.
_ANSWER_FORM = re.compile(r"(?:要点|ポイント|結論|内容|回答|答え)?(?:を|は)?(?:(?:箇条書き|表形式|表|一覧|リスト|[0-9一二三四五六七八九十]+\s*(?:行|点|つ|文|字|項目)"
                          r"(?:以内|程度|くらい)?)(?:で|に)){1,2}(?:要約|整理|まとめ|回答|説明|答え|書い|出し)(?:して|し|て)?(?:ください|下さい|くれ|ほしい|欲しい)?[。、,]?"
                          r"|根拠(?:の|となる|になる|として)?(?:数字|数値|データ|出典)?(?:も|を)(?:添えて|つけて|付けて|示して|入れて|明記して|挙げて)"
                          r"(?:ください|下さい|ほしい)?[。、,]?"
                          r"|(?:簡潔に|短く|わかりやすく|分かりやすく)(?:まとめて|答えて|教えて|説明して)(?:ください|下さい)?[。、,]?"
                          r"|(?:該当する|関連する|記載のある|書かれている|記載された)?(?:記載|箇所|部分)?(?:を|について)?(?:ご教示|お教え)"
                          r"(?:ください|下さい|いただけますか|いただけませんか|願います)[。]?"
                          # (「正確な文言と該当する欄をお知らせください」「結論→理由→根拠の順で」「シートの記載に基づいて答えること」)
                          r"|(?:正確な)?(?:文言|原文|記載内容|記述)(?:と|や|および|、)?(?:該当する|記載のある)?(?:欄|箇所|ページ)?(?:を|も)?"
                          r"(?:お知らせ|ご教示|教えて|示して)(?:ください|下さい|願います|いただけますか)?[。]?"
                          r"|(?:記載|該当箇所|該当する記載)(?:が|は)(?:ございましたら|ありましたら|あれば)[、,]?(?:ご教示|お教え|お知らせ)"
                          r"(?:ください|下さい|いただけますでしょうか|いただけますか|いただけませんか|願います)[。]?"
                          r"|(?:結論|理由|根拠|背景|課題|数字|要点)(?:\s*(?:→|、|・|,|から|と)\s*(?:結論|理由|根拠|背景|課題|数字|要点)){1,4}の順(?:で|に)"
                          r"(?:答えて|説明して|まとめて)?(?:ください|下さい)?[。、]?"
                          r"|(?:シート|資料)の(?:記載|内容)に(?:基づいて|基づき|沿って)(?:答える|回答する|答えて|回答して)(?:こと|ください)?[。]?"
                          r"|【[^】]{1,6}】")

# Where the answer goes and how its figures are laid out (「備考欄用に短く」「セルに入れたいので」「表に入れたいので、」「千円単位で」
# 「小数第1位まで」「小数点以下も含めて」「単位も付けてください」「横に並べて」「短く箇条書きでお願いします」): the asker's
# spreadsheet, never the subject.
_ANSWER_LAYOUT = re.compile(r"(?:備考|メモ|セル|一覧表|表|エクセル|Excel|台帳|調書)(?:欄)?(?:用)?(?:に|へ)?[^。？?、,]{0,6}?"
                            r"(?:入れたい|記入したい|書きたい|転記したい|貼りたい|載せたい|使いたい)(?:ので|から|です)?[。、,]?"
                            r"|(?:備考|メモ)(?:欄)?用に?"
                            r"|(?:千円|万円|億円|円|人|件|%|％)単位で[。、,]?"
                            r"|小数(?:点以下|第\s*[1-3１-３一二三]\s*位)(?:まで|も含めて|を含めて)?"
                            r"|単位(?:も|を)(?:付けて|つけて|添えて)(?:ください|下さい)?[。、,]?"
                            r"|(?:横|縦)に並べて"
                            r"|(?:短く|簡潔に|簡単に)?(?:箇条書き|一言|一行)?(?:で)?(?:お願いします|お願いいたします)[。]?"
                            r"|(?:短く|簡潔に|簡単に)[。]")


def _who_gone(m: re.Match) -> str:
    """Who relayed it, gone; a sentence that only said who (「…という利用者の方がいらっしゃいます。」) keeps its end."""
    return "。" if m.group(0).startswith(("という", "といった")) else ""


def without_request_frame(q: str) -> str:
    """``q`` without who relayed it (its 『』 unwrapped), a role set for the answerer, and how the answer should be
    written (a question that is nothing else is kept as it was)."""
    q = _RELAYED_NOTE.sub("", q)
    asked = _RELAYED_ASK.search(q)
    if asked and (_RELAYED_BY.search(q) or "『" in q or re.search(r"利用者|来館者|住民|県民|相談者", asked.group(0))):
        frame = _RELAYED_ASK
    elif "『" in q and _RELAYED_BY.search(q):  # (「利用者の方が『…』の移り変わりを調べておられます」: their words, as the question's)
        frame = _RELAYED_LOOKS
    else:
        frame = None
    if frame is not None:
        q = frame.sub("。", _RELAYED_BY.sub(_who_gone, q)).replace("『", "").replace("』", "")
    for pattern in (_ROLE, _ANSWER_FORM, _ANSWER_LAYOUT):  # (a sentence's end is kept: 「課題を3点で整理して。あと方策も」)
        q = pattern.sub(lambda m: "。" if m.group(0).endswith("。") else "", q).strip() or q
    return re.sub(r"([。？?！!])[\s。、,]+(?=\S|$)", r"\1", re.sub(r"^[。、,\s]+", "", q)).strip() or q


# A written inquiry's frame (照会: another office asking in 公用文): 「標記について、下記のとおり照会いたします。」, the
# numbered items (「１　…　２　…」), the closing (「ご多忙のところ恐縮ですが、よろしくお願いいたします。」), and 貴県 (the
# prefecture asked, whose every sheet it is, as 長野県 is): none is what is asked about.
_INQUIRY = re.compile(r"(?:標記|表記|本件|下記|以下)?(?:の件)?(?:について|に関し(?:まして|て)?)?[、,]?(?:下記|以下)の?(?:とおり|通り)"
                      r"(?:照会|お尋ね|質問|確認|依頼)(?:いた|させていただ|申し上げ|し)?(?:します|きます|ます)[。]?"
                      r"|(?:ご多忙|お忙しい|ご繁忙)(?:の|な)?(?:ところ|中|折)[^。]{0,40}?(?:お願い(?:いた|申し上げ)?(?:します|ます)|幸いです|存じます)[。]?"
                      r"|(?:以上[、,]?\s*)?(?:何卒|なにとぞ)?(?:よろしく|宜しく)お願い(?:いた|申し上げ)?(?:します|ます)[。]?"
                      r"|(?:差し支え|差支え)(?:なければ|ない範囲で)[、,]?"
                      r"|(?:ご回答|ご教示|お教え)(?:いただけますと|いただければ|いただけると|くだされば|賜れば)(?:幸いです|幸甚です|助かります)[。]?"
                      r"|(?:ご回答|ご教示)(?:いただき|賜り)たく(?:存じます|お願いいたします|お願い申し上げます)[。]?"
                      r"|照会(?:事項|内容)[:：]?|【照会】|[（(]回答期限[^）)]{0,20}[）)]")
# Who sends it (「静岡県企画課の山田と申します。」「岐阜県の担当者です。」「（静岡県総合政策課）」): the sender's office, never the
# subject (another prefecture's name is on no sheet).
_SENDER = re.compile(r"(?:^|(?<=[。\s]))[^。？?！!、,]{0,12}?(?:県|市|町|村|府|都|庁)[^。？?！!、,]{0,14}?"
                     r"(?:課|室|局|部|係|担当|担当者|職員)(?:の[^。？?！!、,]{1,8}?)?(?:と申します|でございます|です)[。]?"
                     r"|[（(][^）)]{0,12}(?:県|市|町|村)[^）)]{0,12}(?:課|室|局|部)[）)]")
_YOUR_PREFECTURE = re.compile(r"(?:貴県|御県|貴庁|貴職)(?:の|では|に(?:おける|おかれまして(?:は)?|おいて(?:は)?)|で(?:は)?|が|として(?:は)?)?[、,]?")
# 「１　成果指標の達成状況　２　今後の方向性」「（１）…」: each item is a sentence of its own.
_ITEM_NUMBER = re.compile(r"(?:^|(?<=[\s。、]))(?:[（(][1-9１-９][)）]|[1-9１-９][.．、]?(?=[　 ]))[　 ]*(?=\S)")


def without_inquiry_frame(q: str) -> str:
    """``q`` without a written inquiry's frame (see ``_INQUIRY``): its items as sentences (a question that is nothing
    else is kept as it was)."""
    out = _YOUR_PREFECTURE.sub("", _INQUIRY.sub("", _SENDER.sub("", q)))
    out = _ITEM_NUMBER.sub("。", out)
    out = re.sub(r"[　\s]*。[　\s。]*", "。", re.sub(r"^[。、,\s　]+", "", out))
    return out.strip() or q


# How things are elsewhere, told before the question (「大阪やったらNPOの研修もっとあったけど、」「東京では無料だったんですが、」):
# the place the asker compares with, never what the sheet must hold (a comparison asked, 「大阪と比べて」, is no aside).
_ELSEWHERE_RE = re.compile(r"(?:^|(?<=[。？?！!、,\s]))(?P<place>[一-龥ァ-ヶー]{2,5}?)(?:府|都|県|市)?(?:だったら|やったら|では|じゃ|なら|だと|やと|の方が|の方は|の(?:頃|とき|時)は|にいた(?:頃|とき|時)は)"
                           r"[^。？?！!]{0,40}?(?:けど|けれど(?:も)?|ですが|ますが|のに|(?<=[^、])が)[、,]"
                           # (「東京の区のスポーツセンターのように、行政が運営しているものとは違うのでしょうか。」: its things likened)
                           r"|(?:^|(?<=[。？?！!、,\s]))(?P<like>[一-龥ァ-ヶー]{2,5}?)(?:府|都|県|市)?の[^。？?！!、,]{1,20}?"
                           r"(?:のように|みたいに|のような|と同じように)[、,]")


# 「NPOセミナーって大阪の方がよっぽど満足度高かったで。」: a sentence telling how it was in another prefecture, said before
# the question sentence (not one asking to compare: 「大阪と比べてどう？」 ends with its question).
_ELSEWHERE_SENTENCE = re.compile(r"[^。？?！!]*?(?P<place>(?:" + "|".join(sorted(OTHER_PREFECTURES, key=len, reverse=True))
                                 + r")(?:府|都|県|市)?(?:の方が|の方は|では|だと|やと|は|も|で))[^。？?！!]*[。！!]")


# 「…なんでなの？大阪だったらとっくに終わってそうだけどな」: the same told after the question, a last sentence asking nothing
_ELSEWHERE_AFTER = re.compile(r"(?<=[?？])\s*(?:" + "|".join(sorted(OTHER_PREFECTURES, key=len, reverse=True))
                              + r")(?:府|都|県|市)?(?:だったら|やったら|なら|では|だと|やと|の方が|の方は|は|も)[^?？]*$")


def _without_elsewhere(q: str) -> str:
    """``q`` without a clause telling how things are in another place (see ``_ELSEWHERE_RE``), when the place is a place
    name (Sudachi's 地名) other than the prefecture's own and a question follows; and without a sentence telling how it
    was in another prefecture before the question sentence (see ``_ELSEWHERE_SENTENCE``) or after it (``_ELSEWHERE_AFTER``)."""
    q = _ELSEWHERE_AFTER.sub("", q)
    m = _ELSEWHERE_SENTENCE.match(q)
    if m and re.search(r"[?？]|(?:の|ん|か)\s*$", q[m.end():].strip()) and not re.search(r"比べ|比較|より", m.group(0)):
        q = q[:m.start("place")] + q[m.end("place"):]  # (what it says of the subject stays: 「NPOセミナーって…満足度高かった」)
    m = _ELSEWHERE_RE.search(q)
    if not m or not q[m.end():].strip():
        return q
    first = next(iter(morphemes(m.group("place") or m.group("like"))), None)
    if first is None or first.pos[2:3] != ("地名",) or first.surface in HOME_PLACES:
        return q
    return (q[:m.start()] + q[m.end():]).strip() or q


# Where the asker saw or heard it (「回覧板に書いてあったけど」「新聞で見た」「テレビでやってた」): the medium, no subject.
# (「町内会の回覧で『…』って書いてあった」: whose medium it was goes with it; the claim quoted after it stays)
_MEDIUM = re.compile(WHOSE_MEDIUM +
                     r"(?:に|で|から)(?=(?:も)?(?:「[^」]{0,80}」(?:と|って)?)?(?:書いて|載って|出て|見|聞い|やって|流れて|言って|回って|話題)"
                     # (「県民だよりで、…のことを読みました。」: the medium, then what was read in it)
                     r"|[、,][^。？?]{2,60}?(?:を|の記事を)(?:読み|読ん|見まし|拝見し))[、,]?")


# Who the asker is, said as a sentence of its own before the question (「佐久振興局です。」「木曽の保福です。」「飯伊の者です。」
# 「建設事務所の担当です。」): an office or 「…の者」, no subject.
_SELF_INTRO = re.compile(r"^[^。？?！!、,]{1,16}?(?:振興局|事務所|保福|建事|保健所|支所|出張所|センター|課|係|室|担当|の者)"
                         r"(?:の[一-龥]{1,4})?(?:です|でございます)[。．！!\s]+(?=\S)")


# Who the asker heard it from or who asked them (「管内の業者から…と言われまして」「佐久のNPOさんが関心持ってまして」
# 「上伊那の病院から聞かれてまして」「北ア管内だと…が多くて」): a sentence told after the question that only relays.  (One
# that tells the asker's own case, 「うちの商工会は指導員が欠員なので気になっています」, may name the subject and stays.)
_HEARD_FROM = re.compile(r"から(?:も)?[^。？?]{0,30}?(?:言われ|聞かれ|聞い|問い合わせ|相談され|頼まれ)|"
                         r"(?:さん|さま|様|の方)が[^。？?]{0,20}?(?:関心|気にし|心配|困って)|管内")
# ... or what the asker will do with the answer, told after the question (「公民館で分かりやすく説明したいのですが。」「黒板に
# 書いておきたいので、数字だけで結構です。」「受講者に必ず聞かれると思いますので。」「うちのパート代一年分と比べてみたいんだ。」):
# their class, audience or own books, never the subject.
_WILL_DO = re.compile(r"(?:説明|紹介|話|書い|書き|伝え|載せ|使い|使っ|比べ)[^。？?]{0,6}?(?:たい|たく)(?:の|ん)?(?:ですが|ですけど|ので|から|です|だ)|"
                      r"(?:聞かれる|聞かれそう|尋ねられる)[^。？?]{0,6}?(?:と思います|と思う|ので|から|です)")


# A laugh typed after a clause (「…読んでるんですが笑、」「…話になってて（笑）」「…ｗ」): no word of the question
_LAUGH = re.compile(r"[(（]笑[)）]|(?<=[ぁ-んァ-ヶー])(?:笑|[wｗ]{1,3})(?=[、。,！!？?\s]|$)")


# The asker's own guess at a reason, put after or before the real question (「…理由って何？ぶっちゃけ待遇の問題じゃないの？」
# 「要は指導員の業務量オーバーってことでしょ？ほかにどんな理由が挙がってるの？」): what the sheet's reasons will be read
# against, never the subject (待遇 names no program); dropped when the rest asks for the reason, and the guess asks
# nothing itself (「結局どうしていくつもりなんでしょうか」 is the question; 「どうせ当たった人なんていないんでしょ？何人に」
# and 「結局ほとんど…代でしょ？いくら？」 are checked, not guesses at a reason).
_GUESS = re.compile(r"(?:(?<=[。？?！!、,\s])|^)(?:(?:ぶっちゃけ|要は|要するに|つまり|結局|正直|単に|どうせ)[、,]?[^。？?！!]{2,40}?"
                    r"(?:じゃないの|じゃないん(?:です)?か|じゃね|じゃない|でしょ(?:う)?|だろ(?:う)?|ではないか|ではないの|ってこと(?:です)?か)"
                    r"|[^。？?！!、,]{2,30}?(?:の問題|のせい|が原因|不足)(?:じゃないの|じゃないん(?:です)?か|じゃね|でしょ(?:う)?|だろ(?:う)?|ではないか)"
                    # a cause put as a question of its own after the why (「なんで増えたですか？やっぱり外国人の労働者が
                    # 増えたからですか？」)
                    r"|(?<=[。？?！!])\s*(?:(?:やっぱり|やはり|もしかして|もしかしたら|ひょっとして|たぶん|多分)[、,]?)?"
                    r"[^。？?！!]{2,40}?(?:から|ため|せい)(?:ですか|でしょうか|なの|なんですか|なんでしょうか|かな|か))"
                    r"[かね]?[？?。]")


_REASON_ASKED = re.compile(r"理由|原因|要因|なぜ|なんで|どうして|何で")


# The asker's guess at the answer, told after the question as what they think or fear (「…一番金を使っているのはどの仕事か。
# デジタル化の類と拝察するが。」「…県の見立ては如何。…閑古鳥が鳴いているのではと危惧するが。」): the sheet's answer will be read
# against it; it is no subject (デジタル化の類 is no word of the sheet) and asks nothing itself.  So is their reading put
# for the figures to confirm (「…と見てよいのか」).
_GUESS_AFTER = re.compile(r"(?<=[。？?！!])[^。？?！!]{2,60}?(?:と|のでは(?:ない(?:か|かと)?)?と?)"
                          r"(?:思う|思います|思っている|思っています|思っていて|思ってて|思っていました|思ってました|拝察する|拝察します|危惧する|危惧します|推察する|推察します|想像する|想像します)"
                          r"(?:が|けど|けれど|けれども|のだが|んだが|んですが|のですが|んですけれども|んですけど|のですけれども)?[。！!]?\s*$"
                          # 「…どう推移しておるか。コロナ前の賑わいに戻ったと見てよいのか。」: their reading, for the figures to confirm
                          r"|(?<=[。？?！!])[^。？?！!]{2,60}?と(?:見て|考えて|理解して|捉えて|受け止めて)(?:よい|いい|良い)(?:の|ん)?"
                          r"(?:か|ですか|でしょうか|だろうか)[。？?]?\s*$")


def without_guess(q: str) -> str:
    """``q`` without the asker's own guess at a reason (``_GUESS``), when the rest asks for the reason (and names a
    subject of its own) and the guess asks nothing itself; and without a guess at the answer told after the question
    (``_GUESS_AFTER``), when the rest asks something and names a subject of its own."""
    for m in reversed(list(_GUESS.finditer(q))):
        rest = q[:m.start()] + q[m.end():]
        if _REASON_ASKED.search(rest) and _WORD_RUN.search(rest) and not re.search(_QUESTION_WORD, m.group()):
            q = rest
    m = _GUESS_AFTER.search(q)
    if m and not re.search(_QUESTION_WORD, m.group()):
        rest = q[:m.start()].strip()
        if _WORD_RUN.search(rest) and (_ASKS.search(rest) or _ASKS_PLAINLY.search(rest)):
            q = rest
    return q


# Who the question is relayed from, as a Q&A list from a briefing keeps it (「（岩木村 環境係）：」「Q（中里村 住民課）：」
# 「東原村より：」「上郷町の担当者から質問あり。」「（商工会の方から）」): the asker of record, never the subject (北原町 is
# no word of the sheet asked about, and a refusal must not name it).
_RELAYED_FROM = re.compile(
    r"^(?:Q|Ｑ|質問|問)?\s*[（(][^（()）]{1,40}[）)]\s*[:：]?\s*"
    r"|^(?:Q|Ｑ)?\s*[一-龥ァ-ヶー]{1,10}(?:市|町|村|区)(?:役場|役所)?(?:の[^。、:：？?]{1,12}?)?(?:より|から)(?:の(?:質問|問い合わせ))?\s*[:：、,]\s*"
    r"|^[^。？?、,]{1,24}?から(?:の)?(?:質問|問い合わせ|照会|ご意見|要望)(?:あり|がありました)?[。：:]\s*")


# Who speaks, as an assembly committee's minutes mark each turn (「○山田委員　」「◆清水委員」「〇委員（竹内）　」「○小松副委員長　」):
# the speaker of record, never the subject (山田委員 is no word of any sheet, and a refusal must not name them).
_SPEAKER = re.compile(r"^\s*[○〇◯◆◇●◎■□]\s*(?:[一-龥ぁ-んァ-ヶー]{1,8}?(?:副?委員長|委員|議員|副?議長|理事者|部長|課長|局長)"
                      r"|(?:副?委員長|委員|議員)\s*[（(][^（()）]{1,10}[）)])\s*[:：]?\s*"
                      r"|^\s*[一-龥]{1,6}?(?:副?委員長|委員|議員)(?:[:：]\s*|\s+)")  # (「山田委員　」 unmarked)


# A call memo's frame (a phone operator types the caller's question as she hears it): the note to call back (「折り返し要。」),
# the header and who called (「【架電者】70代男性・飯田市　」「【問合せ】区長（佐久市）より：」「外国人支援団体より：」「（60代
# 男性・松本市）」), and her own note after the question (「　※息子がやりたがっている」).  None is what is asked about.
_CALL_NOTE = re.compile(r"(?:折り?返し要|要折り?返し|要確認|至急)[。、,]?\s*")
_CALL_HEADER = re.compile(r"【(?:架電者|架電|問合せ|問い合わせ|相談者|来庁者|電話|入電)】\s*"
                          r"(?:(?P<who>[^\s。?？【]{1,40}?)(?:\s+|より[:：]\s*))?")
_CALLER = re.compile(r"(?:代|歳|男性|女性|職員|会長|区長|先生|家族|団体|協会|会社|工場|旅館|者|市|町|村|母|父|住|より)")
_CALLER_FROM = re.compile(r"^[^\s。?？、【】]{1,20}?より[:：]\s*")
_CALLER_IN_BRACKETS = re.compile(r"[(（][^()（）]{0,10}?[0-9]{2}代(?:の)?(?:男性|女性|男|女)[^()（）]{0,10}[)）]")
_OPERATOR_NOTE = re.compile(r"\s*※[^。?？]*$")


# A chat tool's marks (「@佐藤さん 確認です」「re: 歩道橋」「> 実証ほってどこに置いてるんだっけ？」「（既読）講習会って…」): who is
# mentioned, the reply and quote markers and the read receipt are no part of the question (the quoted words are).
_CHAT_MARK = re.compile(r"(?:^|(?<=[\s。]))(?:[@＠][^\s　、。？?@＠]{1,12}(?=[\s　])|(?:re|Re|RE)[:：]|[>＞]+(?=[\s　])|[（(]既読[)）])[\s　]*")


def _without_call_memo(q: str) -> str:
    """``q`` without a call memo's frame (see ``_CALL_HEADER``); a header with no caller before a space keeps what follows.
    In a memo an arrow starts the operator's next line (「→今後の予定も」), elsewhere it is the asker's (「結論→理由」)."""
    def header(m: re.Match) -> str:
        who = m.group("who")
        return "" if who is None or _CALLER.search(who) else who + " "
    rest = _CALL_HEADER.sub(header, _CALL_NOTE.sub("", q))
    rest = _CALLER_IN_BRACKETS.sub("", _CALLER_FROM.sub("", rest.strip()))
    if rest == q.strip():  # no frame was there: no memo
        return rest or q
    return _OPERATOR_NOTE.sub("", rest).replace("→", "。").strip() or q


def without_asker(q: str) -> str:
    """``q`` without the speaker the minutes mark (``_SPEAKER``), the greeting, who the question is relayed from
    (``_RELAYED_FROM``), who the asker is (``_SELF_INTRO``), what they tell after the question (``told_spans``), the
    purpose clause (and what the figures will be made into), the who-will-ask clause, the asker's own occasion
    (``OCCASION_RE``, ``ABOUT_TO_BE_ASKED_RE``), where
    the asker saw it (``_MEDIUM``), their guess at a reason or at the answer (``without_guess``) and the request's frame (see
    ``without_request_frame``; a question that is nothing else is kept as it was)."""
    q = _without_call_memo(_LAUGH.sub("", _CHAT_MARK.sub("", q)))
    for pattern in (_SPEAKER, _RELAYED_FROM, GREETING_RE, _SELF_INTRO, PURPOSE_RE, MADE_OF_RE, ASKED_BY_RE, OCCASION_RE, STUDY_RE, ABOUT_TO_BE_ASKED_RE, _MEDIUM,
                    _USE_FOR):
        q = pattern.sub("", q).strip() or q
    q = without_request_frame(without_inquiry_frame(_without_elsewhere(without_guess(q))))
    # (「…何があったんですか？保福の相談員からも忙しくなったと聞いてます。」: who it was heard from, told after the question)
    for a, b in sorted(told_spans(q), reverse=True):
        if _HEARD_FROM.search(q[a:b]):
            q = (q[:a] + q[b:]).strip() or q
    # (「…のでしょう。公民館で分かりやすく説明したいのですが。」: told, though it ends as no sentence told)
    for a, b in reversed(_around_last_question(q)[1]):
        if _WILL_DO.search(q[a:b]):
            q = (q[:a] + q[b:]).strip() or q
    return q


# What the asker has heard and wants confirmed (「出前講座は担当の方が少ないと伺いました」「…変わると耳にしました」):
# the clause before the marker restates a sentence of the sheet it is about.
_PREMISE_RE = re.compile(r"([^。？?！!]{4,60}?)(?:と|って)(?:伺|うかが|聞|耳に|報道|書いて)[^。？?！!]{0,12}?(?:[。、,]|$)|"
                         r"([^。？?！!]{4,60}?)(?:らしい|そうです|そうだ|とのこと)(?:が|けど|ね|よね)?(?:[。、,]|$)")


# A program described by what it does (「病院同士で画像を共有するやつ」「空き家を片付ける補助のやつ」): the clause restates
# the sheet's own sentence about it.
_DESCRIBED_RE = re.compile(r"([^。？?！!、,]{4,40}?)(?:やつ|の件|って(?:いう|いった)(?:事業|の)|という事業)")


# A claim the asker heard and quotes to have it checked (「『…で走り屋の聖地として拡散されたせい』って話を聞いたんですけど、シートにそんな
# こと書いてあります？」「『…が決まった』って投稿を見ました」): its words are what is checked against the sheet, and may be untrue.
_CLAIM_RE = re.compile(r"「([^」]{6,80})」(?=(?:と|って)(?:いう|いった)?(?:" + CLAIM_CARRIERS +
                       r"|聞|言|見|書いて|載って|出て|流れて|バズ))")


# ... with how it was heard (「って話を聞いたんですけど、」「って投稿がバズってたんですが、」「って投稿を見ました。」)
_CLAIM_FRAME = re.compile(_CLAIM_RE.pattern + r"(?:と|って)[^。？?、,]{0,24}?(?:(?:けど|けれど(?:も)?|ですが|ますが|が|ので)[、,]?|(?:ました|た)?(?:[。、,]|$))")


def claim_spans(q: str) -> list[tuple[int, int]]:
    """Where ``q`` quotes a claim it heard (see ``_CLAIM_RE``), as (start, end) spans of the quoted text."""
    return [m.span(1) for m in _CLAIM_RE.finditer(q)]


def without_claims(q: str) -> str:
    """``q`` without the claims it quotes and how they were heard (「…のは『…』って話を聞いたんですけど、シートに…」 →
    「…のはシートに…」)."""
    return _CLAIM_FRAME.sub("", q)


def premises(q: str) -> list[str]:
    """The clauses ``q`` gives as heard (see ``_PREMISE_RE``) or that describe what it asks about, as written."""
    return [m.group(1) or m.group(2) for m in _PREMISE_RE.finditer(q)] + [m.group(1) for m in _DESCRIBED_RE.finditer(q)]

"""The asker's own talk around a question (``assistant.text.asker``): a relayed question, a role set for the answerer and
how the answer should be written are no subject; what is left is the question itself."""

from __future__ import annotations

import pytest

from assistant.text.asker import aside_spans, client_told_spans, lives_in, without_asker

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
    # a patron's words relayed and said what they look into, or who they are, after them
    "利用者の方が『{q}』と調べておられます。",
    "『{q}』とお考えのようですが、",
    # a written inquiry (照会) from another office
    "標記について、下記のとおり照会いたします。{q}",
    "貴県におかれましては、{q}ご多忙のところ恐縮ですが、よろしくお願いいたします。",
    "照会事項：{q}（回答期限：12月10日）",
    "静岡県企画課の山田と申します。{q}",
    "岐阜県の担当者です。{q}",
])
def test_a_request_frame_is_dropped(framed):
    assert without_asker(framed.format(q=Q)) == Q


def test_what_is_asked_stays():
    assert without_asker("課題を3点で整理してください。あと方策も。") == "課題。あと方策も。"
    assert without_asker("利用者の方が『{q}』とおっしゃっています。シートのどの欄に記載がありますか。".format(q=Q)) == \
        Q + "シートのどの欄に記載がありますか。"
    for q in ("生徒が増えた理由は？", "住民が言うには除雪が遅い。", "事業の目的を一言で教えて", "R6の決算を表にして", "この補助は市町村の事業です。"):
        assert without_asker(q) == q


def test_relayed_words_and_numbered_items_become_sentences():
    assert without_asker("利用者の方が『病院を出たあと、元の学校に戻れた子の割合』の移り変わりを調べておられます。") == \
        "病院を出たあと、元の学校に戻れた子の割合の移り変わり。"
    assert without_asker("『子ども向けに、はかりの出前授業をしている』と聞いたという利用者の方がいらっしゃいます。実施校数は？") == \
        "子ども向けに、はかりの出前授業をしていると聞いた。実施校数は？"
    assert without_asker("１　成果指標の達成状況　２　今後の方向性") == "成果指標の達成状況。今後の方向性"
    assert without_asker("大阪やったらNPOの研修もっとあったけど、満足度ってどうなん？") == "満足度ってどうなん？"
    assert without_asker("大阪と比べて満足度は高いの？") == "大阪と比べて満足度は高いの？"  # a comparison asked, no aside
    assert without_asker("NPOセミナーって大阪の方がよっぽど満足度高かったで。長野はどうなってるん？") == \
        "NPOセミナーってよっぽど満足度高かったで。長野はどうなってるん？"  # (what it says of the subject stays)
    assert without_asker("大阪より長野の方が高い。なぜ？") == "大阪より長野の方が高い。なぜ？"


def test_where_the_asker_saw_it_is_no_subject():
    from assistant.text.asker import without_asker

    assert "回覧板" not in without_asker("光回線の説明会をやったって回覧板に書いてあったけど、何回やって何人来たんですか。")
    assert "新聞" not in without_asker("新聞で見たんですが、草刈りの回数が減ったんですか？")
    assert without_asker("新聞の購読料は補助の対象？") == "新聞の購読料は補助の対象？"
    # whose medium it was, and a claim quoted between it and the verb (「町内会の回覧で『…』って書いてあった」)
    said = without_asker("町内会の回覧で「県がデジタル回覧板の導入に補助してくれる」って書いてあったんですが、本当ですか？")
    assert "町内会" not in said and "デジタル回覧板の導入" in said


def test_a_claim_heard_is_found_and_can_be_set_aside():
    from assistant.text.asker import claim_spans, without_claims

    q = "爆音の通報が減らなかったのは「SNSで走り屋の聖地として拡散されたせい」って話を聞いたんですけど、シートにそんなこと書いてあります?"
    (a, b), = claim_spans(q)
    assert q[a:b] == "SNSで走り屋の聖地として拡散されたせい"
    assert without_claims(q) == "爆音の通報が減らなかったのはシートにそんなこと書いてあります?"
    assert without_claims("生徒は「長野オリンピックのときから」って言ってたけど合ってる?") == "生徒は合ってる?"
    # a name in brackets is no claim (「信州ぷらすワン」の登録者数)
    assert claim_spans("「信州ぷらすワン」の登録者数は？") == []


@pytest.mark.parametrize("said, plain", [
    # who the asker is, a sentence of its own before the question (a regional office relaying)
    ("木曽の保福です。措置診察の割合、何が効いたんでしょう？", "措置診察の割合、何が効いたんでしょう？"),
    ("佐久振興局です。立入検査の理由を教えてください。", "立入検査の理由を教えてください。"),
    ("飯伊の者です。輪番の課題認識は？", "輪番の課題認識は？"),
    # what is told after the question: an afterthought on who relayed it, never the subject
    ("理由を教えてください。管内の業者から去年は来なかったと言われまして。", "理由を教えてください。"),
    ("支援した人数が目標に届かなかった理由は？佐久のNPOさんが関心持ってまして。", "支援した人数が目標に届かなかった理由は？"),
    ("解決できた割合が下がってる理由を教えてください。北ア管内だと別荘地の相談が多くて。", "解決できた割合が下がってる理由を教えてください。"),
    ("女性相談の件数、何があったんですか？保福の相談員からも忙しくなったと聞いてます。", "女性相談の件数、何があったんですか？"),
])
def test_who_relays_is_no_subject(said, plain):
    assert without_asker(said) == plain


@pytest.mark.parametrize("q", ["農政課です", "何があったんですか？相談員からも忙しくなったと聞いてます。",
                               "どんな指導が多かった？上田の業者は何件？",
                               # (the asker's own case told after the question may name the subject)
                               "「広域支援チーム」はどういう仕組みですか。うちの商工会は指導員が欠員なので気になっています。",
                               "方策の2つめの弁護士はどんな弁護士でしょうか？スクールロイヤーのシートです。"])
def test_a_question_without_a_relay_stays(q):
    assert without_asker(q) == q


@pytest.mark.parametrize("said,plain", [
    # what the figures will be made into (FG), where the answer goes and how it is laid out (EU)
    ("駐輪場の無施錠の割合、年ごとにどうなってる？グラフにしたいので数字を教えてください。", "駐輪場の無施錠の割合、年ごとにどうなってる？数字を教えてください。"),
    ("表にまとめたいから、R4からの受講者数を教えて", "R4からの受講者数を教えて"),
    ("講習の課題は何と書いてありますか。備考欄用に短く。", "講習の課題は何と書いてありますか。"),
    ("一般財源、R4〜R6を並べてください。千円単位で。", "一般財源、R4〜R6を並べてください。"),
    ("指摘が出た割合の数字を小数第1位までください。", "指摘が出た割合の数字をください。"),
    ("業者数と台数をそれぞれセルに入れたいので数字をください。", "業者数と台数をそれぞれ数字をください。"),
])
def test_where_the_answer_goes_is_no_subject(said, plain):
    assert without_asker(said) == plain


# (no ので・から after the 表: it is what is asked about; a memo or a unit asked about)
@pytest.mark.parametrize("q", ["成果指標の表にしたい項目は何？", "メモの取り方の研修はある？", "表彰の件数は？", "単位の取得者数は？"])
def test_a_chart_a_memo_or_a_unit_asked_about_stays(q):
    assert without_asker(q) == q


def test_what_the_asker_will_do_told_after_the_question_is_dropped():
    q = "結局、何が原因だったのでしょう。公民館で分かりやすく説明したいのですが。"
    assert "公民館" not in without_asker(q)
    # (told before the question, it may name the subject: kept)
    assert "公民館" in without_asker("公民館の講座について説明したいのですが、参加者は何人ですか。")


@pytest.mark.parametrize("turn, question", [
    # an assembly committee's minutes mark who speaks: marked, bracketed or plain before a full-width space
    ("○山田委員　申込みの手続は改善するのですか。", "申込みの手続は改善するのですか。"),
    ("◆清水委員　決算額はいくらですか。", "決算額はいくらですか。"),
    ("〇委員（竹内）　ライブカメラは何台ですか。", "ライブカメラは何台ですか。"),
    ("○小松副委員長　関連して一点だけ。予算は。", "関連して一点だけ。予算は。"),
    ("山田委員　予算は。", "予算は。"),
    # a 委員 of the sheet's own words stays
    ("推進委員の数は？", "推進委員の数は？"),
])
def test_the_minutes_speaker_is_left_out(turn, question):
    assert without_asker(turn) == question


@pytest.mark.parametrize("q, kept", [
    # a guess at the answer, or a reading for the figures to confirm, told after the question
    ("一番お金を使っているのはどの仕事か。デジタル化の類と思うが。", "一番お金を使っているのはどの仕事か。"),
    ("県の見立てはどうか。普段は閑古鳥が鳴いているのではと危惧するが。", "県の見立てはどうか。"),
    ("入館者はどう推移しておるか。コロナ前の賑わいに戻ったと見てよいのか。", "入館者はどう推移しておるか。"),
    ("改善されるんでしょうか。まあ仕方がない部分もあると思うんですけれども。", "改善されるんでしょうか。"),
    # nothing asked before it: kept as it was
    ("NPOの事業について。来年度も続くと思います。", "NPOの事業について。来年度も続くと思います。"),
])
def test_a_guess_told_after_the_question_is_left_out(q, kept):
    assert without_asker(q) == kept


def test_the_members_district_and_hedges_are_asides():
    q = ("地元の旅館の方からも、外国人のお客さんが増えているという話を伺っております。まあ、そこまで細かくは把握されていない"
         "かもしれませんけれども、エコツアーに参加した外国人旅行者はどのくらいでしょうか。")
    told = [q[a:b] for a, b in aside_spans(q)]
    assert any("地元の旅館" in t for t in told) and any("把握されていない" in t for t in told)
    assert not any("外国人旅行者" in t for t in told)


@pytest.mark.parametrize("memo, question", [
    ("【架電者】70代男性・飯田市　119番の事業、結局いくら使ったのかとのこと", "119番の事業、結局いくら使ったのかとのこと"),
    ("折り返し要。【問合せ】区長（佐久市）より：間伐はどれくらい進んだのか", "間伐はどれくらい進んだのか"),
    ("外国人支援団体より：県の119番の通訳、去年は何語が多かった?", "県の119番の通訳、去年は何語が多かった?"),
    ("下刈りボランティアの参加者が減ったのはなぜか(60代男性・松本市)", "下刈りボランティアの参加者が減ったのはなぜか"),
    ("【架電者】母・松本市　登録者は何人いるのか 　※息子がやりたがっている", "登録者は何人いるのか"),
])
def test_a_call_memos_frame_is_left_out(memo, question):
    assert without_asker(memo) == question


def test_a_memo_header_with_no_caller_keeps_the_question():
    # 【問合せ】 before the question itself, no caller told: only the mark goes
    assert without_asker("【問合せ】耳の聞こえない人向けの119番の事業で、配った数は?") == "耳の聞こえない人向けの119番の事業で、配った数は?"


def test_a_use_said_before_the_question_is_left_out():
    assert without_asker("否定側の立論用に、集落支援員の事業の課題を教えて") == "集落支援員の事業の課題を教えて"


@pytest.mark.parametrize("q, argued, kept", [
    # a public comment: the view first, the question after it (「ついては」)
    ("空き家などを借り上げて社宅にする費用を県が補助する事業は、地方の人手不足対策として大変有意義であり、継続すべきと考えます。"
     "ついては、昨年度この社宅に入居した県外からの転入者が何人だったのかをお示しください。", "人手不足対策", "転入者"),
    ("鉄道の周遊きっぷの値上げは、かえって利用者離れを招くのではないかと懸念しております。信州鉄道旅パスの料金は、いくらから"
     "いくらに変わったのでしょうか。", "利用者離れ", "信州鉄道旅パス"),
    # (a 何らかの in the view asks nothing)
    ("生産者の負担金が重荷になっているのであれば、何らかの軽減策を講じるべきと考えます。県は来年度以降、この点についてどのような"
     "改善策を予定しているのでしょうか。", "重荷", "改善策"),
    ("外郭団体の数そのものを減らしていく方向性には賛成の立場です。なお、現在県の外郭団体はいくつあるのか確認したいです。",
     "賛成の立場", "外郭団体はいくつ"),
])
def test_a_view_stated_before_the_question_is_an_aside(q, argued, kept):
    told = [q[a:b] for a, b in aside_spans(q)]
    assert any(argued in t for t in told)
    assert not any(kept in t for t in told)


@pytest.mark.parametrize("q, topic", [
    # what the view is about, its topic, is the subject the question asks of
    ("県営野球場の老朽化は深刻であり、改修を急ぐべきと考えます。改修工事の予定時期と事業費の見込みを確認させてください。", "県営野球場"),
    ("こども医療費の助成は、対象年齢を高校生まで広げるべきと考えます。令和6年度の県の助成額を教えてください。", "こども医療費"),
])
def test_the_topic_of_a_view_is_kept(q, topic):
    told = [q[a:b] for a, b in aside_spans(q)]
    assert told and not any(topic in t for t in told)


def test_a_view_alone_keeps_its_topic():
    q = "県立武道館の利用料は高すぎると考えます。"
    assert not any("武道館" in q[a:b] for a, b in aside_spans(q))


@pytest.mark.parametrize("q, note", [
    ("クライアント（精密機器製造、従業員30名）が実証に応募したいのですが、来年度は応募前のサポートはありますか？", "精密機器製造"),
    ("クライアントの社会福祉法人（特養１施設、職員60名）が経営診断を受けるか検討しています。専門家派遣は１法人何回まで使えますか。",
     "特養１施設"),
])
def test_a_clients_trade_and_size_are_asides(q, note):
    told = [q[a:b] for a, b in aside_spans(q)]
    assert any(note in t for t in told)
    assert not any("サポート" in t or "専門家派遣" in t for t in told)


@pytest.mark.parametrize("q, asked", [
    ("@佐藤さん 確認です\n歩道橋の撤去、R6は何橋でしたっけ？", "歩道橋の撤去、R6は何橋でしたっけ？"),
    ("re: 歩道橋\n撤去した数は？", "歩道橋\n撤去した数は？"),
    ("> 講習会って去年やってたよね？\nこれ何回でした？", "講習会って去年やってたよね？"),
    ("（既読）講習会って何回でした？", "講習会って何回でした？"),
])
def test_a_chat_tools_marks_are_no_part_of_the_question(q, asked):
    rest = without_asker(q)
    assert asked in rest and "@" not in rest and "既読" not in rest and not rest.startswith((">", "re:"))


def test_an_address_is_not_a_chat_mention():
    assert "a@b.jp" in without_asker("問い合わせ先のメールは a@b.jp ですか？")


@pytest.mark.parametrize("q, place", [
    ("飯田の近くに住んでいます。県境の図書館の相互利用はどのくらい使われていますか？", "飯田"),
    ("佐久に住んでます。東信は関係ないんですか？", "佐久"),
    ("私どもの地域（下伊那の郡部）では知られていません。参加者の偏りは把握していますか。", "下伊那"),
    ("当会（町村会の南信支部）では要望を準備しています。見直しを終えた市町村はいくつ？", "南信"),
])
def test_where_the_asker_lives_is_their_own(q, place):
    assert lives_in(place, q)


@pytest.mark.parametrize("q, place", [
    ("佐久市では相互利用できる施設はいくつありますか？", "佐久"),
    ("シベリアに抑留された体験の聞き取りはしていますか。", "シベリア"),
])
def test_a_place_asked_of_is_no_home(q, place):
    assert not lives_in(place, q)


@pytest.mark.parametrize("q, told", [
    ("県境の連携事業って、年間いくら使ってるんですか？税金の無駄じゃないかと言う人がいて。補足：R6年度の決算です。", "税金の無駄"),
    ("観光インターン、今年度は何か変わるんですか？後輩が「ただの雑用要員だった」と言ってまして…", "雑用要員"),
    ("高校での支援がないのが不安だという声が会員の保護者から多く出ています。高校段階の課題は？", "会員の保護者"),
    ("当会では避難所の電源整備について財政支援の拡充を求める予定です。目標に届かなかった理由は？", "財政支援の拡充"),
    ("整備した山とそうでない山で採れ方に差はあったのか。補助の継続を求める根拠にしたい。", "補助の継続"),
])
def test_what_others_say_and_what_the_asker_will_demand_are_asides(q, told):
    assert any(told in q[a:b] for a, b in aside_spans(q))


def test_a_petitions_topic_goes_with_its_demand():
    q = "当会では避難所の非常用電源の整備について財政支援の拡充を求める予定です。達成できなかった理由は？"
    assert any("非常用電源" in q[a:b] for a, b in aside_spans(q))


def test_what_was_told_is_the_subject_when_the_question_asks_only_by_kind():
    q = "うちの地域の火葬場が古くて、近隣の市町村で共同で建て替える話が出てるんですが、県が補助する事業ってありますか？"
    assert not any("火葬場" in q[a:b] for a, b in aside_spans(q))
    q2 = "うちの会の最年長の方は、シベリアに抑留された体験をお持ちです。県の戦争体験の事業では、抑留の体験の聞き取りについて触れていますか。"
    assert any("最年長" in q2[a:b] for a, b in aside_spans(q2))


def test_a_topic_named_first_stays_the_subject():
    q = "県境の防災訓練、うちのばあちゃんは「行きたくても行けん」と言ってます。県はそのへん分かってるんでしょうか？"
    assert not any("防災訓練" in q[a:b] for a, b in aside_spans(q))
    assert any("ばあちゃん" in q[a:b] for a, b in aside_spans(q))


@pytest.mark.parametrize("q, gone, kept", [
    # a report the answer goes into, said before, after or inside the question
    ("地域商社の事業についてレポートに書くので確認です。県内に地域商社は何社ありますか？", "レポート", "地域商社"),
    ("取扱高が目標を超えた理由を、レポートに一言で書きたいです。何が効いたんですか？", "レポート", "取扱高"),
    ("検挙件数はどれくらい伸びました？夜間パトロール強化のアウトプットとして使いたいです。", "アウトプット", "検挙件数"),
    ("上司から頼まれたメモ用です。ラジオ難聴の事業の実績を教えてください。", "メモ", "ラジオ難聴"),
    ("共同配送の実証ってどのくらいお金かかってます？効果が良さそうなら上司に推したいので、数字も。", "推したい", "共同配送"),
    # a likeness drawn with Tokyo
    ("東京の区のスポーツセンターのように、総合型地域スポーツクラブは行政が運営しているのですか。", "東京", "総合型地域スポーツクラブ"),
    # a guess told after the question
    ("地域のスポーツクラブはどのくらいあるんでしょう？ジムくらいしかないのかなと思っていて。", "ジム", "スポーツクラブ"),
])
def test_the_askers_report_likeness_and_guess_are_no_part_of_the_question(q, gone, kept):
    got = without_asker(q)
    assert gone not in got and kept in got, got


@pytest.mark.parametrize("q, told", [
    ("住宅地の中古住宅を買うつもりなのですが、克雪住宅に変えるのに難点はありますか。", "中古住宅"),
    ("冬は雪道を車で出かけるのが正直怖いです。雪の時期にスポーツクラブへ通えない人への対策はありますか。", "雪道"),
    ("夫の両親も一緒に移住するかもしれません。高齢者だけの世帯だと克雪住宅の補助は手厚くなりますか。", "一緒"),
    ("租税教室はR6に何校でやってたの？\nうちの塩田の小学校は6年生がやったらしい", "塩田"),
])
def test_the_askers_plan_fear_and_family_are_asides(q, told):
    assert any(told in q[a:b] for a, b in aside_spans(q))


def test_a_fear_that_names_the_subject_stays_the_question():
    q = "除雪が追いつかず不安です。県は何をしていますか？"
    assert not any("除雪" in q[a:b] for a, b in aside_spans(q))


def test_where_a_friend_lives_is_no_place_asked():
    assert lives_in("飯田", "飯田の友達が「こっちはおさがり会なんて全然ない」って😂\n南信って少ないの？")
    assert not lives_in("飯田", "飯田のおさがり会は何回開かれましたか？")


@pytest.mark.parametrize("q, gone, kept", [
    # a guessed cause put as a question of its own after the why (「…からですか？」), with or without 「やっぱり」
    ("労働災害のけが人は、なんで増えたですか？やっぱり外国人の労働者が増えたからですか？", "外国人", "労働災害"),
    ("満足度が下がった理由は何でしょうか。会場が遠くなったからでしょうか。", "会場", "満足度"),
])
def test_a_guessed_cause_asked_after_the_why_is_left_out(q, gone, kept):
    got = without_asker(q)
    assert gone not in got and kept in got, got


def test_a_cause_asked_alone_stays():
    q = "受講者が減ったのは、会場が遠くなったからですか？"  # (nothing else asks why: the cause is the question)
    assert without_asker(q) == q


@pytest.mark.parametrize("q, told", [
    # what a client or the asker's office says or does, told before or after the question
    ("顧問先の旅館が自社源泉のデータを気にしております。温泉モニタリングの今後の予定は？", "自社源泉"),
    ("セミナーは何回開かれましたか。当事務所の職員を講師として派遣できるかも検討しております。", "当事務所"),
])
def test_a_clients_story_is_told_not_asked(q, told):
    assert any(told in q[a:b] for a, b in client_told_spans(q))
    assert not any("温泉モニタリング" in q[a:b] or "セミナー" in q[a:b] for a, b in client_told_spans(q))


def test_a_clients_story_with_nothing_else_asked_is_the_question():
    assert client_told_spans("顧問先が経営革新計画の承認を受けております。") == []

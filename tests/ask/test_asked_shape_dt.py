"""Dev sets DT's and DU's answer classes (a chamber of commerce's secretary checking half-remembered figures with
「〜でしたっけ？」, a student's casual short questions that call a program by what it does), asked here of their sheets:
a figure the user half remembers (「たしか4,000人」「500頭くらい」) names no indicator by itself; 「何基準？」「どういう理屈
で」 ask how a target was set; 「目標6万人」 is the target printed 60,000; plain words for a measure or a person (広さ: 面積,
新人: 新規採用) are the sheet's; 「会社の名前つけれるやつ」 describes naming rights, it asks for no names, and 「いつまでも」
no end date; 「一番金かかってんの」 ranks the 細事業 by money, and money asked of a program's change is its indicator counted
in 円."""

from __future__ import annotations

from .citing import answered_first, answered_from, answered_saying


def test_a_half_remembered_figure_names_no_indicator(dtdu_service):
    # (once refused: 4,000人 is the target of アーバンスポーツ's 参加者数, which never says eスポーツ)
    answered_from(dtdu_service, [("県主催のeスポーツ大会の人数、R6はたしか4,000人いかなかったですよね？", "08 81 04")])
    answered_first(dtdu_service, [("柵で守ってる湿原の広さ、R4が40ヘクタールくらいで、R6で55ヘクタールくらいになったんでしたっけ？",
                                   ("06 32 02", "4", 1))])


def test_how_a_target_was_set(dtdu_service):
    answered_first(dtdu_service, [("新しくわさび始める人の目標8人って何基準？", ("09 85 01", "4", 3)),
                                  ("見に来る人の目標6万人ってどういう理屈で決めたん？", ("06 33 12", "4", 3))])


def test_plain_words_for_the_sheets_words(dtdu_service):
    answered_first(dtdu_service, [("新人職員の研修の満足度って、今までで一番良かったのはどの年でしたか？", ("01 20 04", "4", 3))])
    answered_from(dtdu_service, [("県の施設に会社の名前つけれるやつさ、R6って契約増えてたのに目標いかなかったのなんで？", "01 57 11")])


def test_money_asked_in_plain_words(dtdu_service):
    answered_saying(dtdu_service, [("河川敷のやつ、ぶっちゃけ一番金かかってんのどこ？", "水辺整備事業")])
    # (once the 契約件数's reasons: the indicator linked loosely by the program's words)
    answered_first(dtdu_service, [("ネーミングライツのお金、R5だけガクッと落ちてるのってぶっちゃけ何があったん？", ("01 57 11", "8", 2))])
    # (「いつまでも」 is no end date asked: once refused for the end the sheet does not give)
    answered_from(dtdu_service, [("eスポーツの大会、いつまでも県が丸抱えでいいのかって声があるんだけど、そのあたりシートでは何か触れてます？",
                                  "08 81 04")])

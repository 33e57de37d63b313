"""Dev sets FM's, FS's and FW's answer classes, asked here of their sheets in other words: FM (an exam candidate's set
phrasing: 「因果関係を説明せよ」「現状認識と課題を踏まえて」「前々年度と比べて」「産官学」), FS (a daughter typing for her parents:
her family's life told around the question, 「来年は上がるって本当？」「何か変わるの？」, plain words such as 大きな木 and a program
named by the name its sheet prints in brackets, 書かない窓口) and FW (a father on parental leave: his own story told before the
question, 「…んですよね。」, 僕も…ので, 笑, plain words for technical ones: 道をあける for 道路啓開), and what a sheet named outright
never writes."""

from __future__ import annotations

from .citing import answered_first, answered_from, answered_saying, refused_saying


def test_set_phrasing_and_relative_years_are_no_subject(fmfsfw_service):
    # (once refused: 「因果関係」「前々年度」「産官学の共同研究」に関する記載はない)
    answered_from(fmfsfw_service, [
        ("観光地トイレの改修が目標に届かなかった因果関係を説明せよ。", "08 11 05"),
        ("大学との新規の共同研究件数は、前々年度と比べて増えたか。", "07 10 03"),
        ("産官学の共同研究で、事業化まで進んだ件数は累計でいくつか。", "07 10 03"),
    ])


def test_which_issue_a_measure_answers_is_no_header_question(fmfsfw_service):
    # (once answered 「課・室 農業技術課」: どの課題 read as どの課)
    answered_first(fmfsfw_service, [
        ("水田高収益作物の来年度の方策は、それぞれどの課題に対応しているのか。", ("09 12 02", "9-2", None)),
    ])


def test_genjo_and_issues_named_are_the_sections_asked(fmfsfw_service):
    # (once the 要因分析 of the 作付面積 indicator, which the words also fit)
    answered_first(fmfsfw_service, [
        ("水田で高収益作物が広がりにくいのはなぜか、現状と課題を踏まえて説明せよ。", ("09 12 02", "1", None)),
    ])


def test_how_a_sheet_words_its_aid_names_no_program(fmfsfw_service):
    # (once linked to the trail sheet, whose 細事業 is written 休憩施設・トイレ改修補助)
    answered_first(fmfsfw_service, [
        ("トイレ改修補助の上限額は、来年度どう見直されるのか。", ("08 11 05", "9-2", None)),
    ])


def test_a_name_printed_in_brackets_links_its_sheet(fmfsfw_service):
    # (once the staff-harassment sheet's 外部相談窓口)
    answered_first(fmfsfw_service, [
        ("書かない窓口を入れた市町村が思ったほど増えなかったのはなぜ？", ("03 13 03", "8", 1)),
    ])


def test_the_askers_family_around_the_question(fmfsfw_service):
    # (once refused: 「木曽の叔母」に関する記載はない)
    answered_from(fmfsfw_service, [
        ("木曽の叔母の集落ではリモコンの草刈り機が全然入っていないらしいんです。何か理由があるんですか？", "09 32 04"),
    ])
    # ... but when the rest of the question names nothing, the family's wish is what is asked (once answered from the
    # HPV sheet's 接種体制 subsidy)
    refused_saying(fmfsfw_service, [
        ("母が帯状疱疹のワクチンを打ちたいと言っているんですが、県から補助は出るんでしょうか。", "帯状疱疹"),
    ])


def test_next_years_change_asked_plainly(fmfsfw_service):
    # (once 取組 and the cost table: 「来年は…上がる」「何か変わる」 read as no plan question)
    answered_first(fmfsfw_service, [
        ("リモコン草刈機の補助って、来年は上限が上がるんですか？", ("09 32 04", "9-2", None)),
        ("神社の巨樹の手当て、お金が出せない集落向けに何か変わるの？", ("10 22 03", "9-2", None)),
        ("古い大きな木を守る事業で、いま一番困っていることは？", ("10 22 03", "9-1", None)),
    ])


def test_a_rare_word_the_named_sheet_never_writes_is_refused(fmfsfw_service):
    # (once answered with the sheet's 方策 and 取組: 鳥獣 and インターンシップ are written on other sheets)
    refused_saying(fmfsfw_service, [
        ("水田高収益作物のシートには、イノシシやシカの鳥獣被害対策はどう書かれているか。", "鳥獣"),
        ("産学官連携のシートでは、学生のインターンシップについてどんな取組がある？", "インターンシップ"),
    ])


def test_the_askers_story_told_before_the_question(fmfsfw_service):
    # (once refused: 「照明係」「学生時代バスケ」「隣の村」に関する記載はない; 「…んですよね。」 read as a question of its own)
    answered_first(fmfsfw_service, [
        ("昔、学園祭で音響係をやってたことがあって、舞台の裏方にはちょっと憧れがあるんですよね。県の舞台技術のセミナー、修了者が目標に"
         "届かなかったのはなぜですか？", ("04 23 04", "8", 1)),
        ("僕も高校まで陸上部だったので、指導者バンクに登録しようか迷ってるんですけど、バンクの紹介件数が目標に届かなかったのはなぜ？",
         ("08 36 02", "8", 3)),
    ])
    answered_from(fmfsfw_service, [
        ("去年、隣の町のホールに人形劇が来てて家族で見に行ったんです笑、あれ県の巡回公演だったみたいで。何回くらいやったんですか？",
         "04 23 04"),
    ])


def test_plain_words_for_a_technical_program(fmfsfw_service):
    # (once the drone sheet's 課題; 「当然」 refused as a subject; 「県の職員」 as a group the sheet does not count)
    answered_first(fmfsfw_service, [
        ("災害のときに道をあける事業で、いまうまくいってないことは？", ("11 27 05", "9-1", None)),
    ])
    answered_from(fmfsfw_service, [
        ("能登のあとだし当然かもですけど、道をあける事業の決算って前の年よりどれくらい増えました？", "11 27 05"),
    ])
    answered_saying(fmfsfw_service, [
        ("若手の定着の事業って、県の職員さん何人くらいで回してるんですか？", "職員数"),
    ])

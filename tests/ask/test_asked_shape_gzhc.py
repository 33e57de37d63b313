"""Dev sets GZ's and HC's answer classes, asked here of their sheets in other words: a retired teacher who writes to the
prefecture as a letter (拝啓・時候の挨拶・さて、・敬具, 「…でございましょうか」「いかほど」), and a 市町村 staffer who pastes the
e-mail that raised the question (header, salutation, 「お疲れ様です。…です。」, the quoted mail, a signature with a telephone
number) and calls a program by its loanword clipped (クラファン for クラウドファンディング)."""

from __future__ import annotations

from .citing import answered_first, answered_saying, refused_saying

MAIL = ("件名：Re: 災害復旧の件\n差出人：建設課 北原\n宛先：課長\n\n課長\n\nお疲れ様です。北原です。\n"
        "{}\n\n北原\n-----------------\n松川村 建設課\nTEL 0261-00-0000\n-----------------")


def test_a_question_written_as_a_letter(gzhc_service):
    # (once refused: 「木枯らしの季節」「前略」・「草々」・「孫の受験」に関する記載は…ない)
    answered_saying(gzhc_service, [
        ("拝啓　梅雨の候、皆様にはご健勝のこととお喜び申し上げます。さて、山菜採りのマナー看板は令和六年度に何か所に"
         "設置されたのでしょうか。ご教示いただければ幸いに存じます。敬具", "24か所"),
        ("前略　娘が介護で仕事を辞めるか悩んでおります。さて、県のアドバイザーの方々が訪ねた会社は、昨年度いかほどで"
         "ございましょうか。草々", "162"),
    ])
    # a letter asking for a year no sheet reports is still refused
    refused_saying(gzhc_service, [
        ("拝啓　さて、県の地震保険の事業について、令和二年度の決算額をお教えいただければ幸甚に存じます。敬具", "令和2年度"),
    ])


def test_a_question_pasted_as_an_e_mail(gzhc_service):
    # (once refused: 事業番号 02 68 00 のシートは取り込まれていない (a telephone number), 「県議会の委員会資料」…)
    answered_saying(gzhc_service, [
        (MAIL.format("県の公共土木施設の災害復旧で、入札不調・不落の件数はR6に何件ですか？"), "44"),
    ])
    # a mail asking of a program no sheet has is still refused, by its subject, not by the sender's town
    refused_saying(gzhc_service, [
        (MAIL.format("県の火葬場の広域化の補助、R6の実績はありますか？"), "火葬場"),
    ])


def test_a_loanword_clipped(gzhc_service):
    # (once refused: ご質問の内容はシートに記載が見つからない)
    answered_first(gzhc_service, [
        ("クラファン支援の課題は何？", ("07 12 04", "9-1", None)),
    ])

"""Blind sets BR's and BS's answer classes (a regional office's 係長 asking two things at once, a local reporter), asked
here of their sheets in other wording: 何園 and 数字ちょうだい, きっかけ and 事務的 are how a question is put, no subject;
a 振興局 is no 部局; five characters of a 事業名 name it (元気づくり, 防災アプリ) and so does 「…関係の」; 上限 and 補助率
are the terms printed beside a 取組, not money spent; a cause the user guesses (「…のせい？」) is checked against the
sheet's reasons; a rate asked links the rate among one program's indicators; the word only one indicator has decides
even where the program's name shares another; 何がネック of a missed target asks why, 続くの and 大丈夫なの the 課題;
a name asked for is the sentence quoting it; which language or country is most is a breakdown the sheet must give; money
asked as how it divides is each 細事業's.  (The sheet that holds every topic word, 「外国人向けに弁護士の専門相談」 on the
多文化共生 sheet, is checked by the dev gate: over this small index the best sheet is already that one.)"""

from __future__ import annotations

from .citing import answered_first, keys


def test_counters_requests_and_adjectives_are_no_subject(brs_service):
    answered_first(brs_service, [
        ("信州やまほいくの認定園、いま全部で何園？推移も", ("16 58 03", "4", 1)),
        ("訪問看護の24時間対応ステーションの割合、推移の数字ちょうだい", ("05 84 06", "4", 2)),
        ("やまほいくがきっかけで移住してきた世帯、なんで減ったの？", ("16 58 03", "8", 3)),
    ])
    ans = brs_service.ask("元気づくりの、選定委員会みたいな事務的なところの費用は？")
    assert not ans.refused and "8,513" in ans.answer, ans.answer


def test_a_regional_office_and_a_program_said_in_five_characters(brs_service):
    answered_first(brs_service, [
        ("振興局としては伴走支援が重くて。元気づくりは今後どうするの？", ("02 67 09", "9-2", None)),
        ("やまほいく関係の研修って受講者数どう推移してる？", ("16 58 03", "4", 2)),
    ])
    ans = brs_service.ask("元気づくりの伴走支援、職員が手一杯らしいけど今後どうしていくの？")
    assert not ans.refused and ("02 67 09", "9-2", None) in keys(ans)[:2], (ans.answer, keys(ans))
    ans = brs_service.ask("防災アプリで、クマの出没の情報も配信してる？")
    assert ans.refused and "クマ" in ans.answer, ans.answer


def test_the_terms_of_a_subsidy(brs_service):
    ans = brs_service.ask("訪問看護のICT機器の補助、上限はいくら？")
    assert not ans.refused and "補助上限100万円" in ans.answer, ans.answer
    ans = brs_service.ask("元気づくりのユース・チャレンジ枠、補助率と上限は？")
    assert not ans.refused and "10/10" in ans.answer.replace("／", "/"), ans.answer


def test_a_guessed_cause_and_the_indicator_asked(brs_service):
    answered_first(brs_service, [
        ("地下水の超過井戸、増えたのは畑にまく堆肥のせい？", ("06 57 02", "8", 2)),
        ("支援金が終わったあとも続いてる事業の割合って、なんで上がったの？", ("02 67 09", "8", 2)),
        ("信州そば、R5は収量が落ちたけど何があった？", ("09 86 01", "8", 2)),
        ("通学路の対策の完了率、目標届いてないけどどこがネック？", ("11 69 05", "8", 1)),
        ("湧水を守る団体、数は増えたけどこの先続くの？", ("06 57 02", "9-1", None)),
        ("通学路の整備、国の補正予算頼みで大丈夫なの？", ("11 69 05", "9-1", None)),
    ])


def test_a_name_a_breakdown_and_a_count_by_its_counter(brs_service):
    ans = brs_service.ask("防災アプリの名称って何でしたっけ？")
    assert not ans.refused and "信州そなえーる" in ans.answer, ans.answer
    for q, kind in (("多文化共生のLINE相談って、何語での相談が多かった？", "言語"),
                    ("外国人向けの防災訓練、どこの国の人の参加が多かった？", "国籍")):
        ans = brs_service.ask(q)
        assert ans.refused and kind in ans.answer, (q, ans.answer)
    answered_first(brs_service, [("やまほいくの特化型と普及型、それぞれ何園認定されてる？", ("16 58 03", "7", None))])



def test_money_split_over_its_parts(brs_service):
    ans = brs_service.ask("訪問看護、研修の方と補助の方で予算はどう分かれてるの？")
    assert not ans.refused and "14,820" in ans.answer and "25,552" in ans.answer, ans.answer

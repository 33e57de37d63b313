"""Subjects asked in everyday words (blind set K's failure classes, worded differently here).

Staff shorten program names (若者就職 for 若者県内就職促進事業費), say お店・社員・地元・田んぼ
for the sheets' 飲食店・従業員・県内・農地, use a verb's noun (代わり for 代わって), and ask for a
rate or a named 取組 without naming the indicator or the 細事業.  None of these may be refused
or answered from another subject; what the sheets do not state (a fee, what a 繰越 was for) is
still refused, by name.  Real PDFs in a real index.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _keys(ans) -> list[tuple]:
    return [(c.jigyo_no, c.section, c.indicator) for c in ans.citations]


@pytest.fixture(scope="module")
def k_service(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.service import Kaizen

    unseen = ROOT / "eval" / "datasets" / "unseen"
    pdfs = sorted((unseen / "sheets_K").glob("*.pdf")) + [
        next((unseen / "sheets").glob("03-04-02_*.pdf")),  # 被害者 and 相談 together, no DV
        next((unseen / "sheets").glob("05-06-02_*.pdf")),  # 女性の自殺者数 without a number
        next((ROOT.parent / "shared" / "second-renderer").glob("13-01-01_*.pdf")),  # サポカー only once
    ]
    assert len(pdfs) == 7
    svc = Kaizen(load_settings(tmp_path_factory.mktemp("k-home")))
    assert all(r.ok for r in svc.ingest(pdfs))
    return svc


def test_a_shortened_program_name_links_its_program(k_service):
    ans = k_service.ask("若者就職の事業、現状の課題ってどう書いてある？")
    assert not ans.refused, ans.answer
    assert ans.citations and ans.citations[0].jigyo_no == "07 06 03", _keys(ans)
    ans = k_service.ask("若者就職のシートの細事業で、お金が一番かかってるのは？")
    assert not ans.refused and "奨学金返還支援事業" in ans.answer, ans.answer
    # words that are not in the name, in its order, name no program
    assert k_service.ask("若者起業の事業の予算は？").refused


@pytest.mark.parametrize("question,jigyo_no,must", [
    ("外国人が働くお店向けに、県は何か作って配った？", "05 08 02", "５言語"),  # お店: 飲食店・施設
    ("社員の代わりに会社が奨学金を返す仕組み、使う会社は増えた？", "07 06 03", "151社"),  # 代わり: 代わって
    ("鶏肉の生焼けでお腹をこわす食中毒、どうして起きたって書いてある？", "05 08 02", "加熱不足"),
])
def test_everyday_words_for_the_sheets_terms(k_service, question, jigyo_no, must):
    ans = k_service.ask(question)
    assert not ans.refused, ans.answer
    assert ans.citations[0].jigyo_no == jigyo_no, _keys(ans)
    assert must in ans.answer


def test_a_rate_and_its_target_are_the_indicators(k_service):
    ans = k_service.ask("県外の大学に出た学生が地元に帰って就職する割合、目標はクリアした？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("07 06 03", "4", 1)
    assert "39.1" in ans.answer and "40.0" in ans.answer


def test_a_named_activity_is_the_activity_not_an_indicator(k_service):
    ans = k_service.ask("文化財パトロールって何回くらい回ったの？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0][1] in ("7", "detail"), _keys(ans)
    assert "1,120" in ans.answer.split("関連")[0]


def test_the_staff_count_in_everyday_words(k_service):
    ans = k_service.ask("食品衛生の監視の事業は、何人でこなしてるの？")
    assert _keys(ans)[0] == ("05 08 02", "6", None), _keys(ans)
    assert "12.5人" in ans.answer


def test_what_the_sheets_do_not_state_is_still_refused(k_service):
    ans = k_service.ask("伝統技術の研修会、参加費はいくらかかった？")
    assert ans.refused and "料金" in ans.answer, ans.answer
    ans = k_service.ask("中山間の事業でR6に繰り越した8,600千円は何の分？")
    assert ans.refused and "使い道" in ans.answer, ans.answer
    # DV is the subject: 被害者 and 相談 on the 消費生活 sheet do not ground it
    ans = k_service.ask("DV被害者からの相談件数はどう推移してる？")
    assert ans.refused and "DV" in ans.answer, ans.answer


def test_how_big_a_situation_is_comes_from_section_1(k_service):
    # the sheet's 現状と課題 states the outflow (2,318人); the Uターン rate only shares 県外・就職
    ans = k_service.ask("若者就職の事業で、若者の県外への流出って数字だとどれくらい？")
    assert not ans.refused, ans.answer
    assert _keys(ans)[0] == ("07 06 03", "1", None), _keys(ans)
    assert "2,318人" in ans.answer
    # the indicator's own figure asked for is still the indicator's
    assert _keys(k_service.ask("Uターン就職率ってどれくらい？"))[0] == ("07 06 03", "4", 1)


def test_a_part_the_sheet_names_without_a_count_is_refused(k_service):
    ans = k_service.ask("自殺対策のシートで、女性の自殺者は年に何人くらい？")
    assert ans.refused and "女性の自殺者" in ans.answer, ans.answer
    # the whole is counted on the sheet: answered
    assert not k_service.ask("自殺者って県内で何人くらい？").refused
    # a modifier the sheet never puts before the subject is the user's name for it, not a part
    ans = k_service.ask("サポカーの試乗会って何回開いたの？")
    assert not ans.refused and "２１回" in ans.answer, ans.answer

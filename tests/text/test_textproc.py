"""Sudachi tokenisation: normalised content words, full-width = half-width, thread safety."""

from __future__ import annotations

import threading

from assistant.text.tokens import normalize, tokenize

from ..chunk_texts import CHUNKS


def test_normalize() -> None:
    assert normalize("ＮＰＯ　法人\n\n２０２４") == "NPO 法人 2024"
    assert normalize("") == ""


def test_tokenize_drops_particles_and_symbols() -> None:
    toks = tokenize("満足度が下がった理由は？")
    assert "満足度" in toks and "理由" in toks
    assert "下がる" in toks  # normalized form of 下がっ
    for dropped in ("が", "た", "は", "?", "？"):
        assert dropped not in toks


def test_tokenize_compound_subwords() -> None:
    toks = tokenize("満足度")
    assert toks[0] == "満足度"
    assert "満足" in toks


def test_npo_fullwidth_equals_halfwidth() -> None:
    assert tokenize("ＮＰＯ") == tokenize("NPO") == tokenize("npo") == ["npo"]
    assert "npo" in tokenize("ＮＰＯ法人") and "npo" in tokenize("NPO法人")


def test_tokenize_thread_safe() -> None:
    expected = tokenize(CHUNKS["ind3"])
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(50):
                assert tokenize(CHUNKS["ind3"]) == expected
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors


def test_tokenize_long_text() -> None:
    assert len(tokenize("共創セッションを開催した。" * 5000)) >= 10000


def test_homophones_are_slips_of_the_input_method():
    from assistant.text.tokens import homophones, reading

    assert reading("誘因") == reading("誘引") == "ユウイン"
    assert homophones("誘因", ["誘引", "要因", "誘致"]) == {"誘引"}  # one kanji off, read alike
    assert homophones("農業", ["林業", "漁業"]) == set()  # one kanji off, read otherwise: another word
    assert homophones("クマ", ["グマ"]) == set()  # kanji words only


def test_gorin_is_the_sheets_olympics_but_ginou_gorin_is_a_contest():
    from assistant.text.terms import SPLIT_TERMS, SPLIT_TERMS_RE

    def read(q: str) -> str:
        return SPLIT_TERMS_RE.sub(lambda m: SPLIT_TERMS[m.group(0)], q)
    assert read("長野五輪の施設") == "長野オリンピックの施設"
    assert read("技能五輪の成績") == "技能五輪の成績"
    assert read("コロナ禍前の水準") == "新型コロナ前の水準"

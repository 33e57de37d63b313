"""Sudachi tokenisation: normalised content words, full-width = half-width, thread safety."""

from __future__ import annotations

import threading

from assistant.text.tokens import normalize, tokenize

CHUNKS = {
    "ind1": "共創セッションへの企業数は10社で、目標の15社に届かなかった。周知期間が短期間であった。",
    "ind2": "職員の共創研修会満足度は83％。研修内容と実務の繋がりを見出す難易度が高かった。",
    "ind3": "ＮＰＯセミナー参加者満足度は84％に下がった。法令に係る難解な内容だったため、満足度が上がらなかった。",
    "s1": "役員の高齢化などにより、時代の変化に対応できていないNPO法人が多い。",
    "cost": "R6年度の決算額は14,434千円、職員数は6.0人。",
}


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

"""What the answer-layer tests compare of an answer's citations."""

from __future__ import annotations


def keys(ans) -> list[tuple]:
    """(事業番号, section, indicator) of each citation of ``ans``, in order."""
    return [(c.jigyo_no, c.section, c.indicator) for c in ans.citations]


def answered_first(service, cases) -> None:
    """Each (question, (事業番号, section, indicator)) of ``cases`` is answered, that citation first."""
    for q, want in cases:
        ans = service.ask(q)
        assert not ans.refused and keys(ans)[0] == want, (q, ans.answer, keys(ans))


def refused_saying(service, cases) -> None:
    """Each (question, words) of ``cases`` is refused, its reason saying ``words``."""
    for q, said in cases:
        ans = service.ask(q)
        assert ans.refused and said in ans.answer, (q, ans.answer)


def answered_from(service, cases) -> None:
    """Each (question, 事業番号) of ``cases`` is answered, its first citation from that sheet."""
    for q, no in cases:
        ans = service.ask(q)
        assert not ans.refused and keys(ans)[0][0] == no, (q, ans.answer, keys(ans))


def answered_saying(service, cases) -> None:
    """Each (question, words) of ``cases`` is answered, the answer saying ``words``."""
    for q, said in cases:
        ans = service.ask(q)
        assert not ans.refused and said in ans.answer, (q, ans.answer)

"""One test per splicing pattern the old drafts used (phrase rewrites that could invert a sheet's
meaning): on a rendered sheet whose 要因分析 and 課題 invite each rewrite, no bullet holds the
rewritten phrase, and every bullet is a fixed frame whose slots are whole quotes."""

from __future__ import annotations

import json

import pytest

from assistant.draft import draft

from ..conftest import REFERENCE_JSON
from .properties import assert_draft_properties, assert_spliced_nowhere, quotes

# pattern id -> (text placed in the sheet, phrase a splice would have produced)
PATTERNS = {
    # 「…にくい」→「…やすい環境を整える」: the restriction the sheet blames became the thing to provide
    "nikui-to-yasui": ("公演・展示の開催経費に限った支援では、活動の継続につながりにくい。",
                       "活動の継続につながりやすい環境を整える"),
    # 「…が十分でない」→「…の強化を図る」
    "not-enough-to-strengthen": ("市町村と県の情報共有が十分でない。", "市町村と県の情報共有の強化を図る"),
    # a leading problem clause dropped: 「…が進んでおらず、X」→「X」
    "lead-clause-dropped": ("賃貸住宅での導入が進んでおらず、持ち家以外への波及が課題である。", "持ち家以外への波及を図る"),
    # the positive half of a contrast taken as the cause: 「Xは増加したが、Yで届かなかった」
    "contrast-half": ("説明会の参加者は前年度から増加したが、申請の手続が煩雑で申請に至らない事業者が多く、目標値を下回った。",
                      "説明会の参加者は前年度から増加したことを踏まえ"),
    # a long cause cut at its last 「、」: the subject of the shortfall lost
    "last-clause-cut": ("研修の開催が年度後半に集中し、受講を希望した職員の多くが繁忙期と重なって参加できず、修了者が目標値を下回った。",
                        "参加できなかったことを踏まえ"),
    # 「必要がある」 rewritten into a plain action, dropping the condition it depends on
    "need-rewritten": ("今後は、受講者の所属先の理解を得たうえで、オンライン受講を導入する必要がある。",
                       "・オンライン受講を導入する。"),
}


@pytest.fixture(scope="module")
def spliced(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.service import Kaizen
    from samples.render import render_sheet

    tmp = tmp_path_factory.mktemp("splice")
    sheet = json.loads(REFERENCE_JSON.read_text(encoding="utf-8"))
    sheet["jigyo_no"] = "02 05 08"
    texts = [t for t, _ in PATTERNS.values()]
    inds = sheet["indicators"]
    inds[0]["analysis"] = [texts[3], texts[5]]
    inds[1]["analysis"] = [texts[4]]
    inds[2]["analysis"] = ["受講者アンケートでは満足度が低かった。"]
    sheet["s9_issues"] = ["・" + t for t in texts[:3]]
    pdf = render_sheet(sheet, tmp / "02-05-08_splice.pdf")
    svc = Kaizen(load_settings(tmp / "home"))
    assert all(r.ok for r in svc.ingest([pdf], workers=1))
    rec = svc.find_sheet("020508")
    d = draft(svc, "020508")
    assert_draft_properties(svc, d, rec)
    return d


@pytest.mark.parametrize("pattern", list(PATTERNS))
def test_no_meaning_inverting_sentence(spliced, pattern):
    source, spliced_phrase = PATTERNS[pattern]
    body = source.rstrip("。").lstrip("・")
    for b in spliced.bullets:
        assert spliced_phrase not in b.text, b.text
        assert_spliced_nowhere(b)
    # the statement is still used, quoted whole (or the cause part of it, verbatim)
    quoted = [q for b in spliced.bullets for q in quotes(b.text)]
    assert any(q in body and len(q) >= 8 for q in quoted), (pattern, quoted)

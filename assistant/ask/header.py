"""Questions about the sheet's header: 事業番号, 部局, 課・室, 実施期間, E-mail.

These lines stand above section 1 on page 1 and belong to no section, so no chunk holds
them; the parsed record does.  「避難所の事業の担当課と連絡先メール」 is answered from the
record of the linked 事業's newest sheet, cited as the header of its page 1 with the fields
as the sheet prints them (the quote), never refused for want of a section.
"""

from __future__ import annotations

import re

from ingest.form import HEADER_TITLE, SEC_HEADER

from ..query.sentences import held_inside
from ..text.terms import HEADER_FIELDS
from ..types import STRONG_LINK, Citation, QueryPlan
from .refusal import UNSURE_LINK

_LABELS = {"jigyo_no": "事業番号", "jigyo_name": "事業名", "bukyoku": "部局", "ka": "課・室",
           "period": "実施期間", "email": "E-mail"}


def asks_header(plan: QueryPlan) -> list[str]:
    """The header fields the question asks for (none when no 事業 is linked surely)."""
    if not plan.jigyo:
        return []
    # a guessed 事業's header is not what was asked; one whose 細事業 the question names surely is (「シニアの就業支援の
    # 事業」: シニア就業相談事業 of 高年齢者就業促進事業費)
    owned = any(d.score >= STRONG_LINK and d.jigyo_no == plan.jigyo[0].jigyo_no for d in plan.details[:1])
    if plan.jigyo[0].score < UNSURE_LINK and not owned:
        return []
    return [key for key, cue in HEADER_FIELDS if cue.search(plan.norm)]


def header_answer(snap, plan: QueryPlan) -> tuple[str, list[Citation]] | None:
    """(answer, [citation]) from the header of the linked 事業's newest sheet, or None."""
    fields = asks_header(plan)
    # (「シニアの就業支援の事業、いつ頃から」: the 事業 itself, however its words match a 細事業)
    if "period" in fields and not _THE_PROGRAM_Q.search(plan.norm) and _dated_inside(snap, plan):
        fields.remove("period")
    row = snap.newest_of(plan.jigyo[0].jigyo_no) if fields else None
    if row is None:
        return None
    sheet = snap.records[row.version].get("sheet", {})
    values = {"jigyo_no": row.jigyo_no, "jigyo_name": row.jigyo_name, "bukyoku": row.bukyoku or sheet.get("bukyoku", ""),
              "ka": row.ka or sheet.get("ka", ""), "period": sheet.get("period", ""), "email": sheet.get("email", "")}
    quote = "　".join(f"{_LABELS[k]} {values[k]}" for k in _LABELS if values[k])
    told = [f"{_LABELS[k]} {values[k]}" for k in fields if values[k]]
    missing = [_LABELS[k] for k in fields if not values[k]]
    if not told:
        return None
    text = f"{row.jigyo_name}のシート冒頭には、{'、'.join(told)} と記載されています[1]。"
    if missing:
        text += f"（{'・'.join(missing)}はシートに記載がありません。）"
    cite = Citation(n=1, jigyo_no=row.jigyo_no, jigyo_name=row.jigyo_name, fiscal_year=row.fiscal_year or 0,
                    section=SEC_HEADER, section_title=HEADER_TITLE, indicator=None, indicator_name="", page=1,
                    bbox=_header_box(snap, row.version), file=row.file, quote=quote)
    return text, [cite]


_THE_PROGRAM_Q = re.compile(r"(?:の|この|その|あの)事業(?:費)?(?:って|は|、|,|を|が|も)")


def _dated_inside(snap, plan: QueryPlan) -> bool:
    """「耐震シェルターの補助っていつから始まったの」: since when a thing inside the program runs, not the
    program (its 実施期間), when a linked 細事業's name or one sentence of its sheet holds the question's
    own words."""
    return held_inside(snap, plan, snap.chunks.of_jigyo(plan.jigyo[0].jigyo_no))


# Points above section 1's first line that its heading (「１ 現状と課題」) takes, and the page's top margin.
_HEADING = 14.0
_TOP = 20.0


def _header_box(snap, version: str) -> str:
    """The area above section 1 on page 1 (as wide as section 1's text), for the viewer's red box;
    "" when section 1's place is not known."""
    first = next((c for c in snap.by_version.get(version, []) if snap.chunks[c].meta.get("section") == "1"
                  and int(snap.chunks[c].meta.get("page") or 0) == 1), None)
    try:
        x0, top, x1, _ = (float(v) for v in snap.chunks[first].meta.get("bbox", "").split(","))
    except (KeyError, TypeError, ValueError):
        return ""
    bottom = top - _HEADING
    return f"{x0:.1f},{_TOP:.1f},{x1:.1f},{bottom:.1f}" if bottom > _TOP else ""

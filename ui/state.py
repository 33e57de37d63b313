"""What the web UI's event handlers share: the service, the first-start state, the
choices of the filters and sheet pickers, and the page images of citations. No gradio."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import NamedTuple

from .helpers import BootState, safe_name, wareki
from .pages import render_page

ALL = "*"  # the "every year / 部局 / 事業" choice of a filter


class PageImage(NamedTuple):
    """The cited page of a citation: the PNG (red box around the quote), the PDF to download, a note."""

    png: str | None
    pdf: str | None
    note: str


class UI:
    """What the event handlers share: the service, the first-start state, caches."""

    def __init__(self, svc) -> None:
        self.svc = svc
        self.settings = svc.settings
        self.boot = BootState()
        self.cache_dir = self.settings.home / "cache"
        self.images_dir = self.cache_dir / "page-images"
        self.downloads_dir = self.cache_dir / "downloads"

    # ---------------------------------------------------------------- status
    def status_markdown(self) -> str:
        if self.boot.running:
            return f"<div class='kz-banner'><span class='kz-spin'></span>{self.boot.banner()}</div>"
        if self.boot.error:
            return f"<div class='kz-banner kz-banner-error'>{self.boot.banner()}</div>"
        sheets = self.svc.sheets()
        n_jigyo = len({s.jigyo_no for s in sheets})
        years = sorted({s.fiscal_year for s in sheets})
        if not sheets:
            idx = "シートはまだ取り込まれていません（「シート管理」タブからPDFを取り込めます）"
        else:
            span = wareki(years[0]) if len(years) == 1 else f"{wareki(years[0])}〜{wareki(years[-1])}"
            idx = f"取り込み済み {len(sheets)}シート（{n_jigyo}事業・{span}）"
        s = self.settings
        mode = (f"回答: オフライン（シートの記載から抽出）＋ LLM {s.llm_model} を選択可" if s.llm_configured
                else "回答: オフライン（シートの記載から抽出）")
        return f"<div class='kz-status'>{idx}　｜　{mode}</div>"

    # ---------------------------------------------------------------- filters
    def filter_choices(self):
        sheets = self.svc.sheets()
        years = sorted({s.fiscal_year for s in sheets if s.fiscal_year}, reverse=True)
        bukyoku = sorted({s.bukyoku for s in sheets if s.bukyoku})
        jigyo: dict[str, str] = {}
        for s in sheets:
            jigyo[s.jigyo_no] = s.jigyo_name
        year_c = [("すべての年度", ALL)] + [(wareki(y), str(y)) for y in years]
        buk_c = [("すべての部局", ALL)] + [(b, b) for b in bukyoku]
        jig_c = [("すべての事業", ALL)] + [(f"{no}　{name}", no) for no, name in sorted(jigyo.items())]
        return year_c, buk_c, jig_c

    def sheet_choices(self):
        return [(f"{s.jigyo_no}　{s.jigyo_name}（{wareki(s.fiscal_year)}）", f"{s.jigyo_no}|{s.fiscal_year}")
                for s in self.svc.sheets()]

    def sheet_rows(self, year: str = ALL, bukyoku: str = ALL, text: str = ""):
        rows = []
        for s in self.svc.sheets(year=int(year) if year and year != ALL else None,
                                 bukyoku=bukyoku if bukyoku and bukyoku != ALL else None):
            if text and text.strip() and text.strip() not in f"{s.jigyo_no} {s.jigyo_name} {s.ka} {s.file}":
                continue
            rows.append([s.jigyo_no, s.jigyo_name, f"{s.bukyoku}　{s.ka}".strip(), wareki(s.fiscal_year), s.pages,
                         "、".join(s.warnings) if s.warnings else "―", s.file])
        return rows

    # ---------------------------------------------------------------- sources
    def page_image(self, c: dict) -> PageImage:
        """(PNG path, PDF download path, note) for a citation."""
        try:
            year = int(c.get("fiscal_year") or 0) or None
        except (TypeError, ValueError):
            year = None
        rec = self.svc.find_sheet(str(c.get("jigyo_no") or ""), year)
        if rec is None:
            return PageImage(None, None, "このシートは索引から削除されています。")
        pdf = self.svc.pdf_path(rec)
        if pdf is None:
            return PageImage(None, None, "元のPDFが保存されていないため、ページを表示できません。")
        try:
            page = int(c.get("page") or 1)
        except (TypeError, ValueError):
            page = 1
        try:
            png = render_page(pdf, page, c.get("bbox"), out_dir=self.images_dir)
        except Exception as exc:  # a broken file must not break the chat
            return PageImage(None, None, f"ページ画像を作成できませんでした（{exc}）。")
        return PageImage(str(png), str(self.download_copy(pdf, rec)), "")

    def download_copy(self, pdf: Path, rec: dict) -> Path:
        """The stored PDF under its original (sanitised) file name, for the download button."""
        d = self.downloads_dir / rec.get("version", pdf.stem)
        target = d / safe_name(rec.get("file") or pdf.name)
        if not target.exists():
            d.mkdir(parents=True, exist_ok=True)
            part = target.with_name(target.name + ".part")
            shutil.copyfile(pdf, part)
            os.replace(part, target)
        return target


def valid_target(value) -> bool:
    """A sheet key ``"02 05 02|2024"`` as the library's dropdown sends it."""
    return bool(value) and re.fullmatch(r"[0-9]{2} [0-9]{2} [0-9]{2}\|[0-9]{4}", str(value)) is not None


def opt(value):
    """A filter's value, None for "all"."""
    return None if value in (None, "", ALL) else value


def as_dict(answer) -> dict:
    """The ``kaizen ask --json`` object of whatever the service returned."""
    if isinstance(answer, dict):
        return answer
    if hasattr(answer, "to_dict"):
        return answer.to_dict()
    return {"answer": str(answer), "citations": [], "refused": False}

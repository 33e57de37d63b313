"""Make the bad inputs that staff really send: encrypted, scanned, truncated, empty,
not a PDF, a PDF that is no sheet, too many pages."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def _font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    return "HeiseiKakuGo-W5"


def text_pdf(path: Path, pages: list[str]) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    font = _font()
    for text in pages:
        c.setFont(font, 12)
        for i, line in enumerate(text.splitlines()):
            c.drawString(60, 780 - 18 * i, line)
        c.showPage()
    c.save()
    return path


def encrypted_pdf(src: Path, path: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(src))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    with open(path, "wb") as f:
        writer.write(f)
    return path


def scanned_pdf(src: Path, path: Path) -> Path:
    """An image-only PDF: the sheet's page 1 as a picture, no text layer."""
    import pdfplumber
    from reportlab.lib.utils import ImageReader

    with pdfplumber.open(src) as pdf:
        img = pdf.pages[0].to_image(resolution=60).original
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return path


def make_bad_inputs(src: Path, out: Path) -> dict[str, Path]:
    """code -> file, for every kind of bad input ``ingest.errors`` names."""
    out.mkdir(parents=True, exist_ok=True)
    data = src.read_bytes()
    files = {
        "encrypted": encrypted_pdf(src, out / "暗号化.pdf"),
        "scanned": scanned_pdf(src, out / "スキャン.pdf"),
        "not_sheet": text_pdf(out / "会議資料.pdf", ["令和６年度 第３回 連絡会議 資料", "議題：庁舎の清掃について"]),
        "too_many_pages": text_pdf(out / "分厚い.pdf", [f"ページ {i}" for i in range(25)]),
    }
    (out / "途中で切れた.pdf").write_bytes(data[: len(data) // 3])
    files["corrupt"] = out / "途中で切れた.pdf"
    (out / "空.pdf").write_bytes(b"")
    files["empty"] = out / "空.pdf"
    (out / "実はテキスト.pdf").write_text("これはPDFではありません", encoding="utf-8")
    files["not_pdf"] = out / "実はテキスト.pdf"
    return files

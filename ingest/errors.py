"""Ingest errors: one Japanese message per kind of bad input, naming what to do."""

from __future__ import annotations

MESSAGES = {
    "not_found": "ファイルが見つかりません。パスを確認してください。",
    "empty": "ファイルが空です（0バイト、またはページがありません）。正しいPDFを出力し直してください。",
    "not_pdf": "PDFファイルではありません。事業改善シートをPDF形式で指定してください。",
    "encrypted": "PDFがパスワードで保護（暗号化）されています。保護を解除したPDFを指定してください。",
    "corrupt": "PDFが壊れているか途中で切れているため読み取れません。元のファイルからPDFを出力し直してください。",
    "scanned": "PDFに文字情報がありません（スキャン画像のみ）。Excel等から直接PDFを出力するか、OCR処理したPDFを指定してください。",
    "too_many_pages": "ページ数が多すぎます（{pages}ページ、上限{limit}ページ）。事業改善シートは通常3ページです。1事業ずつのPDFに分けてください。",
    "not_sheet": "事業改善シートではないPDFです（事業番号・見出しが見つかりません）。事業改善シートのPDFを指定してください。",
    "too_large": "ファイルが大きすぎます（{size_mb:.1f}MB、上限{limit_mb}MB）。",
}


class IngestError(Exception):
    """A file that cannot be ingested at all. ``code`` is stable; ``message`` is Japanese."""

    def __init__(self, code: str, **fmt: object) -> None:
        self.code = code
        self.message = MESSAGES[code].format(**fmt)
        super().__init__(self.message)

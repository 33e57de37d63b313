"""Write a table to .xlsx (openpyxl through pandas) or .csv (UTF-8 with BOM, so Excel
opens the Japanese headers correctly).  Used by ``kaizen table`` and the UI downloads."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..types import AskError

FORMATS = (".xlsx", ".csv")


def write_frame(df: pd.DataFrame, out: Path, sheet_name: str = "表") -> Path:
    """``df`` -> ``out`` (.xlsx or .csv by its suffix); a Japanese AskError for any other suffix."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise AskError(f"出力ファイルの拡張子は .xlsx か .csv にしてください: {out.name}")
    out.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".csv":
        df.to_csv(out, index=False, encoding="utf-8-sig")
    else:
        with pd.ExcelWriter(out, engine="openpyxl") as xw:
            df.to_excel(xw, index=False, sheet_name=sheet_name[:31])
            ws = xw.sheets[sheet_name[:31]]
            for i, col in enumerate(df.columns, start=1):
                width = max([len(str(col))] + [len(str(v)) for v in df[col].head(200)]) + 2
                ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = min(60, width * 1.6)
    return out


def answer_frame(table: dict) -> pd.DataFrame:
    """An answer's table (``Answer.table``) as a DataFrame with its Japanese headers."""
    return pd.DataFrame(table.get("rows") or [], columns=table.get("columns") or [])

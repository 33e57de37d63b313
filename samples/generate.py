"""Render the bundled sample sheets: ``python -m samples.generate`` (from the repo root).

Every ``samples/specs/*.json`` (SHEET_SCHEMA shape) is rendered to ``samples/<pdf>``
with ``samples.render.render_sheet``; the reference sheet PDF is copied alongside.
Output is deterministic (reportlab invariant mode), so re-running gives identical bytes.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

from samples.render import render_sheet

SAMPLES_DIR = Path(__file__).resolve().parent
SPECS_DIR = SAMPLES_DIR / "specs"
REFERENCE_PDF = Path("/work/shared/reference-sheets/02-05-02_協働・共創推進事業費.pdf")


def spec_paths() -> list[Path]:
    return sorted(SPECS_DIR.glob("*.json"))


def load_spec(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def generate(out_dir: Path = SAMPLES_DIR, reference: Path | None = REFERENCE_PDF) -> list[Path]:
    out: list[Path] = []
    for p in spec_paths():
        spec = load_spec(p)
        out.append(render_sheet(spec, out_dir / spec["pdf"]))
    if reference is not None and reference.exists():
        dest = out_dir / reference.name
        if reference.resolve() != dest.resolve():
            shutil.copyfile(reference, dest)
        out.append(dest)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=SAMPLES_DIR, help="output directory")
    args = ap.parse_args()
    for p in generate(args.out):
        print(p)


if __name__ == "__main__":
    main()

"""Render the bundled sample sheets: ``python -m samples.generate`` (from the repo root).

Every ``samples/specs/*.json`` (SHEET_SCHEMA shape) is rendered to ``samples/<pdf>``
with ``samples.render.render_sheet``; the reference sheet PDF is copied alongside.
Output is deterministic (reportlab invariant mode), so re-running gives identical bytes.

``--rotate 90|180|270`` writes the same samples with their pages stored rotated (content turned,
``/Rotate`` set; see ``samples.rotate``), the reference sheet too; ``--landscape-only`` turns only
the landscape 細事業一覧 pages (as PDF printers store them), ``--inherited`` sets ``/Rotate`` on
the page tree instead of each page. Write such variants elsewhere (``--out``), not over the
bundled samples.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

from samples.render import render_sheet
from samples.rotate import ANGLES, rotate_pdf

SAMPLES_DIR = Path(__file__).resolve().parent
SPECS_DIR = SAMPLES_DIR / "specs"
REFERENCE_PDF = Path("/work/shared/reference-sheets/02-05-02_協働・共創推進事業費.pdf")


def spec_paths() -> list[Path]:
    return sorted(SPECS_DIR.glob("*.json"))


def load_spec(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def generate(out_dir: Path = SAMPLES_DIR, reference: Path | None = REFERENCE_PDF, rotate: int = 0, *,
             landscape_only: bool = False, inherited: bool = False) -> list[Path]:
    """Render every spec (and copy the reference sheet) to ``out_dir``; ``rotate`` and its
    options as in ``render_sheet``."""
    turn = {"landscape_only": landscape_only, "inherited": inherited}
    out: list[Path] = []
    for p in spec_paths():
        spec = load_spec(p)
        out.append(render_sheet(spec, out_dir / spec["pdf"], rotate, **turn))
    if reference is not None and reference.exists():
        dest = out_dir / reference.name
        if rotate:
            rotate_pdf(reference, dest, rotate, **turn)
        elif reference.resolve() != dest.resolve():
            shutil.copyfile(reference, dest)
        out.append(dest)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=SAMPLES_DIR, help="output directory")
    ap.add_argument("--rotate", type=int, choices=ANGLES, default=0,
                    help="store the pages turned with /Rotate 90, 180 or 270 (displayed as upright)")
    ap.add_argument("--landscape-only", action="store_true", help="with --rotate: only the landscape pages")
    ap.add_argument("--inherited", action="store_true", help="with --rotate: /Rotate on the page tree, not each page")
    args = ap.parse_args()
    if (args.landscape_only or args.inherited) and not args.rotate:
        ap.error("--landscape-only and --inherited need --rotate")
    if args.landscape_only and args.inherited:
        ap.error("--landscape-only cannot be used with --inherited (the page tree's /Rotate applies to every page)")
    if args.rotate and args.out.resolve() == SAMPLES_DIR:
        ap.error("write rotated samples elsewhere (--out DIR): the bundled samples stay upright")
    for p in generate(args.out, rotate=args.rotate, landscape_only=args.landscape_only, inherited=args.inherited):
        print(p)


if __name__ == "__main__":
    main()

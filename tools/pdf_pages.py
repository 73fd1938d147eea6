"""Render a PDF's pages to PNG files, to look at what Duo prints (no poppler needed).

.venv/bin/python tools/pdf_pages.py FILE.pdf OUT_PREFIX [--scale 1.0]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pypdfium2


def main() -> None:
    """Write OUT_PREFIX-1.png, OUT_PREFIX-2.png, … one per page."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("pdf", type=Path)
    parser.add_argument("prefix")
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    document = pypdfium2.PdfDocument(args.pdf)
    for number, page in enumerate(document, start=1):
        page.render(scale=args.scale).to_pil().save(f"{args.prefix}-{number}.png")
    print(f"{len(document)} page(s)")


if __name__ == "__main__":
    main()

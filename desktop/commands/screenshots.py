"""`duo screenshots DIR`: render every main screen of a demo programme to PNG."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from storage.languages import LANGUAGES


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `screenshots`."""
    parser = subparsers.add_parser(
        "screenshots", help="render every main screen of a demo programme to PNG"
    )
    parser.add_argument("out_dir", type=Path, metavar="DIR", help="where the PNG files go")
    parser.add_argument(
        "--participants", type=int, default=300, metavar="N", help="demo size (default 300)"
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default="en",
        help="the interface language to render (default en)",
    )
    parser.add_argument(
        "--stretch",
        action="store_true",
        help="make every string 40%% longer, to find screens that clip longer translations",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Render the screens without showing a window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.i18n import install_stretched_strings, install_translators
    from desktop.screenshots import render

    app = QApplication.instance() or QApplication(sys.argv[:1])
    translators = install_translators(app, args.language)
    if args.stretch:
        install_stretched_strings(app, translators)
    written = render(args.out_dir, args.participants)
    print(f"Wrote {len(written)} screenshots to {args.out_dir}.")
    del app
    return 0

"""`duo samples PATH DIR`: every printed document of a programme, in English, Dutch and
French, so anyone can review them without clicking through the application."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from desktop.commands.unlocking import add_secret_options, unlock_from_args
from desktop.workflows.samples import write_samples


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `samples`."""
    parser = subparsers.add_parser(
        "samples",
        help="write every printed document of a programme to a folder, in EN, NL and FR",
        description="Write the agreement, a session summary, certificates, intake "
        "summaries, letters, the consent form, a complete file, the programme report and the "
        "recovery-key sheet of a (demo) programme as PDF files, in English, Dutch and French.",
    )
    parser.add_argument("path", type=Path, help="the programme folder (a demo programme)")
    parser.add_argument("dir", type=Path, metavar="DIR", help="the folder to write into")
    add_secret_options(parser)
    parser.set_defaults(handler=run)


def _show_progress(done: int, total: int) -> None:
    end = "\n" if done == total else ""
    print(f"\rWrote {done} of {total} documents", end=end, file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    """Write the samples; 0 when every document was written."""
    programme = unlock_from_args(args.path, args)
    try:
        interactive = sys.stderr is not None and sys.stderr.isatty()
        written = write_samples(
            programme, args.dir, date.today(), _show_progress if interactive else None
        )
    finally:
        programme.close()
    print(f"Wrote {len(written)} documents to {args.dir}")
    return 0

"""The `duo` command line. With no sub-command it starts the desktop application.

Each sub-command lives in `desktop/commands/<name>.py` with `add_parser(subparsers)`; the
parser stores the function to run as `handler`. A `DuoError` becomes a one-line message and
exit status 1; any other exception is a bug: a short notice, with the details in a log file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.bug_report import write_bug_report
from desktop.commands import (
    backup,
    bench,
    demo,
    export,
    import_cmd,
    init,
    passphrase,
    samples,
    screenshots,
    smoke,
    verify,
)
from storage.errors import DuoError

COMMANDS = (
    init,
    demo,
    import_cmd,
    export,
    samples,
    verify,
    backup,
    passphrase,
    bench,
    screenshots,
    smoke,
)


def build_parser() -> argparse.ArgumentParser:
    """The parser for every sub-command."""
    parser = argparse.ArgumentParser(
        prog="duo",
        description="Duo: encrypted case files for mentoring-to-work programmes. "
        "Without a command, the desktop application starts.",
    )
    parser.add_argument(
        "--programme",
        type=Path,
        metavar="PATH",
        help="the programme folder to open in the desktop application",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(subparsers)
    return parser


def _report_bug(error: BaseException) -> None:
    log = write_bug_report(error)
    print(
        f"duo: something unexpected went wrong ({type(error).__name__}); this is a bug in Duo, "
        f"not something you did. Your data is unchanged. Details for a bug report: {log}",
        file=sys.stderr,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit status."""
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            from desktop.app import run as run_application  # Qt loads only for the window

            return run_application(args.programme)
        return int(args.handler(args))
    except DuoError as error:
        print(f"duo: {error.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("duo: stopped.", file=sys.stderr)
        return 130
    except Exception as error:  # the one place that turns a bug into a notice
        _report_bug(error)
        return 70

"""The `duo` command line. With no sub-command it starts the desktop application.

Each sub-command lives in `desktop/commands/<name>.py` with `add_parser(subparsers)`; the
parser stores the function to run as `handler`. A `DuoError` becomes a one-line message and
exit status 1; any other exception is a bug: a short notice, with the details in a log file.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from datetime import UTC, datetime

from desktop.commands import init, passphrase
from storage.errors import DuoError
from storage.paths import local_data_dir

COMMANDS = (init, passphrase)


def build_parser() -> argparse.ArgumentParser:
    """The parser for every sub-command."""
    parser = argparse.ArgumentParser(
        prog="duo",
        description="Duo: encrypted case files for mentoring-to-work programmes. "
        "Without a command, the desktop application starts.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(subparsers)
    return parser


def _report_bug(error: BaseException) -> None:
    log_dir = local_data_dir() / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    log = log_dir / f"error-{datetime.now(UTC):%Y%m%dT%H%M%S}.txt"
    # Only the stack of code locations and the exception's type: messages of unexpected
    # exceptions could quote data, so they stay out of the report.
    frames = traceback.format_tb(error.__traceback__)
    log.write_text("".join(frames) + type(error).__name__ + "\n", encoding="utf-8")
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
            print(
                "The desktop application is not part of this version yet; use the "
                "sub-commands (duo --help).",
                file=sys.stderr,
            )
            return 0
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

"""`duo verify PATH`: check every file of a programme without changing anything."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.commands.unlocking import (
    ASK,
    add_secret_options,
    read_passphrase_file,
    read_secret_line,
)
from storage.programme import Programme
from storage.verify import open_for_verify, verify_programme

# Redraw the progress line every this many files: often enough to look alive, cheap enough.
_PROGRESS_EVERY = 50


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `verify`."""
    parser = subparsers.add_parser(
        "verify",
        help="check every case file of a programme (read-only)",
        description="Open every file of the programme read-only and check that it decrypts "
        "and is intact. Exit status 0 when all is well, 1 otherwise.",
    )
    parser.add_argument("path", type=Path, help="the programme folder")
    add_secret_options(parser)
    parser.set_defaults(handler=run)


def _open(args: argparse.Namespace) -> Programme:
    # Not unlocking.unlock_from_args: verify must not tidy .tmp/, and must still run when
    # programme.duo itself is damaged (it reports that file like any other).
    if args.recovery_key is not None:
        key = args.recovery_key
        if key == ASK:
            key = read_secret_line("Recovery key: ")
        return open_for_verify(args.path, recovery_key=key)
    if args.passphrase_file is not None:
        return open_for_verify(args.path, passphrase=read_passphrase_file(args.passphrase_file))
    return open_for_verify(args.path, passphrase=read_secret_line("Passphrase: "))


def _show_progress(done: int, total: int) -> None:
    if done % _PROGRESS_EVERY == 0 or done == total:
        end = "\n" if done == total else ""
        print(f"\rChecked {done:,} of {total:,} case files", end=end, file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    """Print one line per problem, then the summary; 0 only when every file is good."""
    programme = _open(args)
    try:
        interactive = sys.stderr is not None and sys.stderr.isatty()
        report = verify_programme(programme, progress=_show_progress if interactive else None)
    finally:
        programme.close()
    for line in report.lines():
        print(line)
    return 0 if report.ok else 1

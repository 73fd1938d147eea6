"""Getting a programme's secret on the command line, and unlocking with it.

Every command that opens a programme takes `--passphrase-file FILE` or `--recovery-key`;
otherwise it asks on the terminal, or reads standard input when that is not a terminal.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from storage.errors import DuoError
from storage.programme import Programme, unlock

ASK = "ask"


def add_secret_options(parser: argparse.ArgumentParser) -> None:
    """`--passphrase-file` and `--recovery-key [KEY]`."""
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="read the passphrase from the first line of FILE",
    )
    parser.add_argument(
        "--recovery-key",
        nargs="?",
        const=ASK,
        metavar="KEY",
        help="unlock with the recovery key instead of the passphrase (asked if not given)",
    )


def read_secret_line(prompt: str) -> str:
    """One secret line from the terminal (not echoed) or from standard input."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        raise DuoError("No passphrase was given. Use --passphrase-file FILE or type it.")
    return line.rstrip("\r\n")


def read_passphrase_file(path: Path) -> str:
    """The first line of a passphrase file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise DuoError(f"The passphrase file {path} cannot be read.") from error
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise DuoError(f"The passphrase file {path} is empty.")
    return lines[0]


def unlock_from_args(folder: Path, args: argparse.Namespace) -> Programme:
    """Unlock `folder` with what the options (or the terminal) give."""
    if args.recovery_key is not None:
        key = args.recovery_key
        if key == ASK:
            key = read_secret_line("Recovery key: ")
        return unlock(folder, recovery_key=key)
    if args.passphrase_file is not None:
        return unlock(folder, passphrase=read_passphrase_file(args.passphrase_file))
    return unlock(folder, passphrase=read_secret_line("Passphrase: "))

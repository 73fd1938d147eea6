"""`duo passphrase PATH`: change the passphrase; no case file is rewritten."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.unlocking import ASK, read_passphrase_file, read_secret_line
from storage.errors import DuoError
from storage.programme import change_passphrase


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `passphrase`."""
    parser = subparsers.add_parser("passphrase", help="change the programme's passphrase")
    parser.add_argument("path", type=Path, help="the programme folder")
    parser.add_argument("--passphrase-file", type=Path, metavar="FILE", help="current passphrase")
    parser.add_argument("--recovery-key", nargs="?", const=ASK, metavar="KEY")
    parser.add_argument("--new-passphrase-file", type=Path, metavar="FILE")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Ask for the current secret and the new passphrase, then change it."""
    current: dict[str, str] = {}
    if args.recovery_key is not None:
        key = args.recovery_key
        current["recovery_key"] = read_secret_line("Recovery key: ") if key == ASK else key
    elif args.passphrase_file is not None:
        current["passphrase"] = read_passphrase_file(args.passphrase_file)
    else:
        current["passphrase"] = read_secret_line("Current passphrase: ")
    if args.new_passphrase_file is not None:
        new = read_passphrase_file(args.new_passphrase_file)
    else:
        new = read_secret_line("New passphrase: ")
        if read_secret_line("Type it again: ") != new:
            raise DuoError("The two new passphrases differ. The passphrase was not changed.")
    change_passphrase(args.path, new, **current)
    print("The passphrase was changed. The recovery key still works as before.")
    return 0

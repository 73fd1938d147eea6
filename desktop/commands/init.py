"""`duo init PATH --name NAME`: create a programme folder and print its recovery key once."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.commands.unlocking import read_passphrase_file, read_secret_line
from storage.errors import DuoError
from storage.programme import create_programme


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `init`."""
    parser = subparsers.add_parser("init", help="create a new programme folder")
    parser.add_argument("path", type=Path, help="the new programme folder")
    parser.add_argument("--name", required=True, help='e.g. "Mentoring Antwerpen"')
    parser.add_argument("--passphrase-file", type=Path, metavar="FILE")
    parser.add_argument(
        "--remember",
        action="store_true",
        help="remember the key on this computer (in the system keyring)",
    )
    parser.set_defaults(handler=run)


def ask_new_passphrase(args: argparse.Namespace) -> str:
    """A new passphrase: from a file, or typed twice on a terminal, or one line of stdin."""
    if args.passphrase_file is not None:
        return read_passphrase_file(args.passphrase_file)
    first = read_secret_line("New passphrase: ")
    if sys.stdin is not None and sys.stdin.isatty():
        second = read_secret_line("Type it again: ")
        if first != second:
            raise DuoError("The two passphrases differ. Nothing was created; try again.")
    return first


def run(args: argparse.Namespace) -> int:
    """Create the programme and show the recovery key."""
    passphrase = ask_new_passphrase(args)
    programme, recovery_key = create_programme(args.path, args.name, passphrase)
    remembered = args.remember and programme.remember_on_this_computer()
    programme.close()
    print(f"Created the programme \u201c{args.name}\u201d in {args.path}.")
    print()
    print("Recovery key (shown only now; print it or write it down and keep it safe):")
    print()
    print(f"    {recovery_key}")
    print()
    print("With it you can open the programme if the passphrase is forgotten.")
    if args.remember:
        print(
            "The key is remembered on this computer."
            if remembered
            else "This computer has no system keyring, so the passphrase will be asked each time."
        )
    return 0

"""`duo backup PATH DEST.zip` and `duo restore DEST.zip NEWPATH`.

A backup needs no passphrase: it copies the encrypted files as they are. The restored
programme opens with the passphrase and recovery key it had when the backup was made.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from storage.backup import backup_programme, restore_programme


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `backup` and `restore`."""
    backup = subparsers.add_parser(
        "backup",
        help="copy a programme's encrypted files into one zip file",
        description="Write the programme's encrypted files to a new zip file. No passphrase "
        "is needed, and the backup stays encrypted.",
    )
    backup.add_argument("path", type=Path, help="the programme folder")
    backup.add_argument("dest", type=Path, metavar="DEST.zip", help="the new backup file")
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser(
        "restore",
        help="restore a backup into a new programme folder",
        description="Unpack a backup made by 'duo backup' into a new (or empty) folder.",
    )
    restore.add_argument("zip", type=Path, metavar="BACKUP.zip", help="the backup file")
    restore.add_argument("new_path", type=Path, metavar="NEWPATH", help="the new folder")
    restore.set_defaults(handler=run_restore)


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}" if count == 1 else f"{count:,} {noun}s"


_UNITS = ("bytes", "KB", "MB", "GB", "TB")


def _size(size: int) -> str:
    exponent = 0
    while exponent < len(_UNITS) - 1 and size >= 1024 ** (exponent + 1):
        exponent += 1
    if exponent == 0:
        return f"{size:,} bytes"
    return f"{size / 1024**exponent:,.1f} {_UNITS[exponent]}"


def run_backup(args: argparse.Namespace) -> int:
    """Write the backup and say what it holds."""
    summary = backup_programme(args.path, args.dest)
    print(
        f"Backed up the programme \u201c{summary.programme_name}\u201d to {summary.path}: "
        f"{_plural(summary.case_files, 'case file')}, {_size(summary.size)}."
    )
    print("The backup is encrypted: it opens with the programme's passphrase or recovery key.")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """Restore the backup and say where."""
    summary = restore_programme(args.zip, args.new_path)
    print(
        f"Restored the programme \u201c{summary.programme_name}\u201d into {summary.folder}: "
        f"{_plural(summary.case_files, 'case file')}."
    )
    print(
        "It opens with the passphrase and recovery key the programme had when the backup "
        f"was made. To check every file in it: duo verify {summary.folder}"
    )
    return 0

"""`duo import PATH FILE`: add participants from a CSV or XLSX file to a programme.

The file's headers are matched to the template's columns (docs/import.md), also when they
are in Dutch or French. Every row is checked first; the good rows are imported together
(all or none), and each refused row is printed with its reasons. The exit status is 0 when
every row was imported and 1 when some were refused.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.unlocking import add_secret_options, unlock_from_args
from storage.import_fields import auto_map
from storage.import_read import read_table
from storage.importing import plan_import, run_import
from storage.records import Role


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `import`."""
    parser = subparsers.add_parser(
        "import",
        help="import participants from a CSV or XLSX file",
        description="Import participants from a spreadsheet whose columns are named as in "
        "Duo's import template (Dutch and French headers are recognised too). Rows that "
        "cannot be read are listed with the reason and not imported. Exit status: 0 when "
        "every row was imported, 1 when some rows were refused or the file cannot be read.",
    )
    parser.add_argument("path", type=Path, help="the programme folder")
    parser.add_argument("file", type=Path, metavar="FILE", help="the .csv or .xlsx file")
    parser.add_argument(
        "--role",
        choices=[role.value for role in Role],
        help="the role of rows that do not give one (for a file of mentees only, say)",
    )
    add_secret_options(parser)
    parser.set_defaults(handler=run)


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}" if count == 1 else f"{count:,} {noun}s"


def run(args: argparse.Namespace) -> int:
    """Read the file, import the good rows, print what was refused."""
    table = read_table(args.file)
    mapping = auto_map(table.headers)
    ignored = [header for column, header in enumerate(table.headers) if column not in mapping]
    programme = unlock_from_args(args.path, args)
    try:
        plan = plan_import(
            table, mapping, programme, default_role=Role(args.role) if args.role else None
        )
        print(f"Read {table.file_name}, {table.describe()}: {_plural(len(plan.rows), 'row')}.")
        if ignored:
            print(f"Columns not in the template, ignored: {', '.join(ignored)}.")
        result = run_import(plan, programme, author="")
    finally:
        programme.close()
    print(f"Imported {_plural(len(result.imported), 'participant')}.")
    if result.refused:
        print(f"Refused {_plural(len(result.refused), 'row')}; nothing of them was imported:")
        for row in result.refused:
            print(f"  {row.message}")
        return 1
    return 0

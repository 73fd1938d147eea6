"""`duo export PATH --profile participants -o FILE`: figures for funders, by period.

Pseudonymised ids instead of names unless `--names` is given; dates YYYY-MM-DD; CSV in UTF-8
with BOM separated by `;` (Excel in Belgium) or `,`, or XLSX; the data dictionary beside the
file (or as a second sheet). Every option is checked before the passphrase is asked.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.commands.unlocking import add_secret_options, unlock_from_args
from storage.export_profiles import PROFILES
from storage.export_run import ExportRequest, run_export
from storage.export_writers import check_target

# Redraw the progress line every this many case files: often enough to look alive.
_PROGRESS_EVERY = 20


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `export`."""
    parser = subparsers.add_parser(
        "export",
        help="export figures for funders to CSV or XLSX, with a data dictionary",
        description="Export one profile of the programme for a period: one row per "
        "participant, duo, meeting, evaluation answer or outcome. Participants appear by a "
        "pseudonymised id that is the same in every export of the programme; names only "
        "with --names. Free text, contact details and CVs are never exported. Exit status 1 "
        "when the export cannot be made, or when some case files could not be read.",
    )
    parser.add_argument("path", type=Path, help="the programme folder")
    parser.add_argument(
        "--profile",
        required=True,
        metavar="PROFILE",
        help=f"what one row is: {', '.join(PROFILES)}",
    )
    parser.add_argument("--from", dest="start", metavar="DATE", help="first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="end", metavar="DATE", help="last day, YYYY-MM-DD")
    parser.add_argument(
        "--names",
        action="store_true",
        help="add given and family names (the file then holds personal data)",
    )
    parser.add_argument(
        "--format",
        dest="file_format",
        metavar="FORMAT",
        help="csv or xlsx (default: xlsx when FILE ends in .xlsx, csv otherwise)",
    )
    parser.add_argument(
        "--delimiter",
        default=";",
        metavar="CHAR",
        help="the CSV column separator: ; (default, Excel in Belgium) or ,",
    )
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="the file to write"
    )
    add_secret_options(parser)
    parser.set_defaults(handler=run)


def _show_progress(done: int, total: int) -> None:
    if done % _PROGRESS_EVERY == 0 or done == total:
        end = "\n" if done == total else ""
        print(f"\rRead {done:,} of {total:,} case files", end=end, file=sys.stderr, flush=True)


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}" if count == 1 else f"{count:,} {noun}s"


def run(args: argparse.Namespace) -> int:
    """Check the options, unlock, export, say what was written; 1 if files were left out."""
    request = ExportRequest.parse(
        args.profile,
        start=args.start,
        end=args.end,
        names=args.names,
        file_format=args.file_format,
        delimiter=args.delimiter,
        target=args.output,
    )
    check_target(args.output)
    programme = unlock_from_args(args.path, args)
    try:
        interactive = sys.stderr is not None and sys.stderr.isatty()
        result = run_export(
            programme, request, args.output, _show_progress if interactive else None
        )
    finally:
        programme.close()
    print(
        f"Exported {_plural(result.rows, 'row')} ({request.profile.name}, "
        f"{request.period.describe()}) to {result.path}."
    )
    if result.dictionary is not None:
        print(f"The data dictionary is in {result.dictionary}.")
    else:
        print("The data dictionary is the workbook's second sheet, “Dictionary”.")
    if request.names:
        print(
            "The file holds names: it is personal data. Share it only with who needs the "
            "names, over a secure channel, and delete it when it is no longer needed."
        )
    if result.unreadable:
        print(
            f"{_plural(result.unreadable, 'case file')} could not be read (damaged, or from a "
            "newer Duo): their rows are missing. Run duo verify to find them.",
            file=sys.stderr,
        )
        return 1
    return 0

"""`duo demo PATH --participants N`: fill a programme with invented participants, to try Duo.

A PATH that does not exist yet (or an empty folder) becomes a new programme, as with
`duo init`; an existing programme is unlocked and the demo participants are added to it.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from desktop.commands.init import ask_new_passphrase
from desktop.commands.unlocking import add_secret_options, unlock_from_args
from desktop.demo.generator import DemoSummary, fill_demo
from storage.errors import DuoError
from storage.programme import create_programme, read_settings
from storage.records import Status


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `demo`."""
    parser = subparsers.add_parser(
        "demo", help="fill a programme with invented participants, to try Duo out"
    )
    parser.add_argument("path", type=Path, help="a new folder, or an existing programme")
    parser.add_argument(
        "--participants", type=_positive, required=True, metavar="N", help="e.g. 200"
    )
    parser.add_argument(
        "--seed", type=int, default=1, help="the same seed gives the same people (default 1)"
    )
    parser.add_argument(
        "--reference-date",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="the day the demo's dates lead up to (default: today)",
    )
    parser.add_argument(
        "--name",
        default="Demo programme",
        help="the name of a new programme (default: %(default)s)",
    )
    add_secret_options(parser)
    parser.set_defaults(handler=run)


def _positive(text: str) -> int:
    number = int(text)
    if number < 1:
        raise argparse.ArgumentTypeError("give a number of participants of at least 1")
    return number


def _is_new(path: Path) -> bool:
    return not path.exists() or (path.is_dir() and not any(path.iterdir()))


def run(args: argparse.Namespace) -> int:
    """Create or unlock the programme, add the demo participants, and report what was added."""
    started = time.perf_counter()
    if _is_new(args.path):
        if args.recovery_key is not None:
            raise DuoError("A recovery key opens an existing programme; this folder is new.")
        programme, recovery_key = create_programme(args.path, args.name, ask_new_passphrase(args))
        _show_recovery_key(args.name, args.path, recovery_key)
    else:
        read_settings(args.path)  # not a programme: say so before asking for a passphrase
        programme = unlock_from_args(args.path, args)
    try:
        summary = fill_demo(
            programme,
            args.participants,
            seed=args.seed,
            reference=args.reference_date,
            progress=_progress_printer(),
        )
    finally:
        programme.close()
    _show_summary(summary, time.perf_counter() - started)
    return 0


def _show_recovery_key(name: str, path: Path, recovery_key: str) -> None:
    print(f"Created the programme \u201c{name}\u201d in {path}.")
    print()
    print("Recovery key (shown only now; print it or write it down and keep it safe):")
    print()
    print(f"    {recovery_key}")
    print()
    print("With it you can open the programme if the passphrase is forgotten.")
    print()


def _progress_printer() -> Callable[[int, int], None]:
    """Prints a line to stderr each time another tenth of the participants is written."""
    shown = 0

    def report(done: int, total: int) -> None:
        nonlocal shown
        tenths = done * 10 // total
        if tenths > shown:
            shown = tenths
            print(f"  {done:,} of {total:,} participants written", file=sys.stderr)

    return report


def _show_summary(summary: DemoSummary, seconds: float) -> None:
    print(
        f"Added {summary.mentees:,} mentees ({summary.with_cv:,} with a CV), "
        f"{summary.mentors:,} mentors and {len(summary.staff_ids)} coaches "
        f"in {seconds:.1f} s."
    )
    counts = ", ".join(
        f"{summary.statuses[status]:,} {status.value}"
        for status in Status
        if summary.statuses.get(status)
    )
    print(f"Status: {counts}. Everyone in it is invented.")

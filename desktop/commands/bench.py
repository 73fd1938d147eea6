"""`duo bench`: measure storage on demo programmes; print a table and write bench.json."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.benchmark import figures_as_json, format_table, run_benchmarks


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `bench`."""
    parser = subparsers.add_parser("bench", help="measure speed on demo programmes")
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        default=[5000, 20000],
        metavar="N",
        help="numbers of participants to measure (default: 5000 20000)",
    )
    parser.add_argument("--output", type=Path, default=Path("bench.json"), metavar="FILE")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Run the benchmarks and report them."""
    figures = run_benchmarks(args.sizes, lambda text: print(text, file=sys.stderr, flush=True))
    print(format_table(figures))
    args.output.write_text(json.dumps(figures_as_json(figures), indent=2) + "\n")
    print(f"\nWritten to {args.output}.")
    return 0

"""Turning an unexpected exception (a bug) into a report without personal data.

Only code locations and the exception's type are written: an unexpected exception's message
could quote data, so it stays out. The report goes to the local logs folder.
"""

from __future__ import annotations

import traceback
from datetime import UTC, datetime
from pathlib import Path

from storage.paths import local_data_dir


def bug_details(error: BaseException) -> str:
    """The stack of code locations and the exception type, without its message."""
    frames = traceback.format_tb(error.__traceback__)
    return "".join(frames) + type(error).__name__ + "\n"


def write_bug_report(error: BaseException) -> Path:
    """Save the details of a bug to the local logs folder; returns the file."""
    log_dir = local_data_dir() / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    log = log_dir / f"error-{datetime.now(UTC):%Y%m%dT%H%M%S%f}.txt"
    log.write_text(bug_details(error), encoding="utf-8")
    return log

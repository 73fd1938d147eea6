"""Periods (of a report, an export), and the errors a user can make when typing one.

    period = Period.parse("2025-01-01", "2025-12-31")   # both ends included
    period.holds(date(2025, 6, 1))                       # True
    Period.last_full_year(date(2026, 3, 4))              # 2025-01-01 … 2025-12-31

Either end may be open: `Period()` is every day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from storage.errors import QT_TRANSLATE_NOOP, DuoError


class ExportError(DuoError):
    """An export cannot be made as asked (a bad date, an unknown profile, a file that cannot
    be written); the message says what to change."""


# Whole sentences for each end, so that they translate.
_NOT_A_DAY = {
    "the start": QT_TRANSLATE_NOOP(
        "DuoError",
        "“{text}” is not a date for the start of the period: write it as YYYY-MM-DD, "
        "for example 2025-01-31.",
    ),
    "the end": QT_TRANSLATE_NOOP(
        "DuoError",
        "“{text}” is not a date for the end of the period: write it as YYYY-MM-DD, "
        "for example 2025-01-31.",
    ),
}


def parse_day(text: str, what: str) -> date:
    """A day typed as YYYY-MM-DD; `ExportError` naming `what` ("the start" or "the end")
    otherwise."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ExportError(_NOT_A_DAY[what], text=text) from None


@dataclass(frozen=True)
class Period:
    """From `start` to `end`, both included; None is an open end."""

    start: date | None = None
    end: date | None = None

    def __post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ExportError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "The period ends ({end}) before it starts ({start}). Swap the two dates.",
                ),
                end=self.end.isoformat(),
                start=self.start.isoformat(),
            )

    @classmethod
    def parse(cls, start: str | None, end: str | None) -> Period:
        """The period between two typed days (None or "" leaves that end open)."""
        return cls(
            parse_day(start, "the start") if start else None,
            parse_day(end, "the end") if end else None,
        )

    @classmethod
    def last_full_year(cls, today: date) -> Period:
        """The calendar year before `today`'s: what funders usually ask for."""
        return cls(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))

    @classmethod
    def year_so_far(cls, today: date) -> Period:
        """From the first of January of `today`'s year up to `today`."""
        return cls(date(today.year, 1, 1), today)

    @property
    def is_open(self) -> bool:
        """Whether the period has no bound at all (every day)."""
        return self.start is None and self.end is None

    def holds(self, day: date | None) -> bool:
        """Whether `day` falls in the period (an unknown day never does, unless it is open)."""
        if day is None:
            return self.is_open
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)

    def overlaps(self, first: date | None, last: date | None) -> bool:
        """Whether the days from `first` to `last` (None: still going) meet the period; an
        unknown `first` only meets an open period."""
        if first is None:
            return self.is_open
        if self.end is not None and first > self.end:
            return False
        return last is None or self.start is None or last >= self.start

    def describe(self) -> str:
        """The period in words for the data dictionary, e.g. "2025-01-01 to 2025-12-31"."""
        start = self.start.isoformat() if self.start else ""
        end = self.end.isoformat() if self.end else ""
        if start and end:
            return f"{start} to {end}"
        if start:
            return f"from {start}"
        return f"up to {end}" if end else "all dates"

"""The periods a coordinator reports on: this year so far, last year, the last 12 months,
a quarter. Funders ask for calendar years and quarters; the default is the last complete
calendar year in its first quarter (when annual reports are due), this year so far after."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from storage.periods import Period


class Preset(StrEnum):
    """The periods offered before "from … to …" by hand."""

    THIS_YEAR = "this-year"
    LAST_YEAR = "last-year"
    LAST_12_MONTHS = "last-12-months"
    THIS_QUARTER = "this-quarter"
    LAST_QUARTER = "last-quarter"
    ALL_DATES = "all-dates"  # offered where an open period makes sense (an export)
    CUSTOM = "custom"


def _quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def period_of(preset: Preset, today: date) -> Period:
    """The days a preset covers on `today` (CUSTOM gives this year so far, to start from)."""
    if preset is Preset.ALL_DATES:
        return Period()
    if preset is Preset.LAST_YEAR:
        return Period(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
    if preset is Preset.LAST_12_MONTHS:
        try:
            start = today.replace(year=today.year - 1) + timedelta(days=1)
        except ValueError:  # 29 February
            start = date(today.year - 1, 3, 1)
        return Period(start, today)
    if preset is Preset.THIS_QUARTER:
        return Period(_quarter_start(today), today)
    if preset is Preset.LAST_QUARTER:
        end = _quarter_start(today) - timedelta(days=1)
        return Period(_quarter_start(end), end)
    return Period(date(today.year, 1, 1), today)


def default_preset(today: date) -> Preset:
    """Last year during the first quarter, when the annual reports are written; else this year."""
    return Preset.LAST_YEAR if today.month <= 3 else Preset.THIS_YEAR

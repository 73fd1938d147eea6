"""How long an accepted participant has waited for a match, and who has waited too long.

Domain.md, step 4: keep the wait short; when it gets long, act (propose a generalist
mentor). The coordinator sets the threshold (`ProgrammeProfile.waiting_threshold_days`,
4 weeks by default). Every function takes `today`, so lists and tests control the clock.

    wait = describe_wait(entry.waiting_since, today)   # Wait(days=45, unit=WEEKS, amount=6)
    is_overdue(entry.waiting_since, today, 28)          # True
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from storage.folding import fold
from storage.index import IndexEntry
from storage.records import Role, Status

# Under two weeks, days say more than "1 week"; up to three whole months, weeks match the
# threshold the coordinator thinks in; beyond, months read better than "19 weeks".
DAYS_SHOWN_BELOW = 14
WEEKS_SHOWN_BELOW_MONTHS = 3


class WaitUnit(StrEnum):
    """The unit a wait is told in."""

    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"


@dataclass(frozen=True)
class Wait:
    """A wait: its exact length in days, and how a person would say it."""

    days: int
    unit: WaitUnit
    amount: int


def wait_days(since: date, today: date) -> int:
    """Whole days waited; a date in the future (a typing slip, a clock) counts as 0."""
    return max(0, (today - since).days)


def add_months(start: date, months: int) -> date:
    """The same day `months` later, or the last day of that month if it is shorter."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def whole_months(since: date, today: date) -> int:
    """Calendar months waited: 31 January to 28 February is one month, and so is
    29 February to 29 March; never negative."""
    if today <= since:
        return 0
    months = (today.year - since.year) * 12 + today.month - since.month
    if add_months(since, months) > today:
        months -= 1
    return months


def describe_wait(since: date, today: date) -> Wait:
    """The wait from `since` to `today`, in days, weeks or months."""
    days = wait_days(since, today)
    if days < DAYS_SHOWN_BELOW:
        return Wait(days, WaitUnit.DAYS, days)
    months = whole_months(since, today)
    if months < WEEKS_SHOWN_BELOW_MONTHS:
        return Wait(days, WaitUnit.WEEKS, days // 7)
    return Wait(days, WaitUnit.MONTHS, months)


def describe_threshold(threshold_days: int) -> Wait:
    """The threshold as the coordinator set it: in weeks when it is whole weeks."""
    if threshold_days > 0 and threshold_days % 7 == 0:
        return Wait(threshold_days, WaitUnit.WEEKS, threshold_days // 7)
    return Wait(threshold_days, WaitUnit.DAYS, threshold_days)


def is_overdue(since: date, today: date, threshold_days: int) -> bool:
    """Whether the wait has reached the threshold (0 or less switches the alert off).

    Reaching it counts, so with a 4-week threshold every row that reads "4 weeks" or more
    is highlighted, never one "4 weeks" row highlighted and the next not.
    """
    return threshold_days > 0 and wait_days(since, today) >= threshold_days


def is_waiting(entry: IndexEntry) -> bool:
    """Accepted after screening and not yet matched, with a known start of the wait."""
    return entry.status is Status.ACCEPTED and entry.waiting_since is not None


def has_free_place(entry: IndexEntry, places_taken: Mapping[str, int]) -> bool:
    """Whether a mentor can take one more mentee (anyone else: always)."""
    if entry.role is not Role.MENTOR:
        return True
    return places_taken.get(entry.id, 0) < max(1, entry.capacity or 1)


def longest_wait_first(
    entries: Iterable[IndexEntry],
    role: Role | None = None,
    places_taken: Mapping[str, int] | None = None,
) -> list[IndexEntry]:
    """The waiting participants (of one role, if given), the longest wait first; mentors
    whose places are all taken (by proposals and duos, `places_taken` by mentor id) are
    not waiting.

    Equal waits are ordered by name, then id, so the list never reshuffles on a refresh.
    """
    taken = places_taken or {}
    waiting = [
        e
        for e in entries
        if is_waiting(e) and (role is None or e.role is role) and has_free_place(e, taken)
    ]
    return sorted(waiting, key=lambda e: (e.waiting_since, fold(e.display_name), e.id))

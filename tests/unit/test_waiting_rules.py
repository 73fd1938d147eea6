"""The waiting rules: how long, in which unit, overdue or not, in which order (no Qt)."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from desktop.rules.waiting import (
    Wait,
    WaitUnit,
    add_months,
    describe_threshold,
    describe_wait,
    is_overdue,
    is_waiting,
    longest_wait_first,
    wait_days,
    whole_months,
)
from storage.index import IndexEntry
from storage.index_rows import search_words
from storage.records import Role, Status

TODAY = date(2026, 9, 1)


def entry(
    given: str,
    since: date | None,
    *,
    role: Role = Role.MENTEE,
    status: Status = Status.ACCEPTED,
    case_id: str = "",
) -> IndexEntry:
    """An index entry with only what the waiting rules read."""
    return IndexEntry(
        id=case_id or f"id-{given}",
        role=role,
        given_name=given,
        family_name="Tshibanda",
        folded_name=" ".join(search_words(f"{given} Tshibanda")),
        status=status,
        status_since=since,
        waiting_since=since if status is Status.ACCEPTED else None,
        sectors=(),
        occupations=(),
        municipality="",
        postcode="",
        languages={},
        availability=(),
        coach="",
        capacity=None,
        gender="",
        year_of_birth=None,
        country_of_origin="",
        generation=1,
        damaged=False,
    )


def test_wait_in_days_is_never_negative() -> None:
    assert wait_days(date(2026, 8, 25), TODAY) == 7
    assert wait_days(TODAY, TODAY) == 0
    assert wait_days(date(2026, 9, 30), TODAY) == 0  # a date in the future: no wait yet


@pytest.mark.parametrize(
    ("since", "today", "months"),
    [
        (date(2026, 1, 31), date(2026, 2, 28), 1),  # the month ends early: still a month
        (date(2026, 1, 31), date(2026, 2, 27), 0),
        (date(2026, 1, 31), date(2026, 3, 30), 1),
        (date(2026, 1, 31), date(2026, 3, 31), 2),
        (date(2024, 2, 29), date(2024, 3, 28), 0),  # from a leap day
        (date(2024, 2, 29), date(2024, 3, 29), 1),
        (date(2024, 2, 29), date(2025, 2, 28), 12),  # no 29 February in 2025
        (date(2025, 12, 15), date(2026, 1, 15), 1),  # across the turn of the year
        (date(2026, 3, 1), date(2026, 2, 1), 0),  # the future
    ],
)
def test_whole_months_follow_the_calendar(since: date, today: date, months: int) -> None:
    assert whole_months(since, today) == months


def test_add_months_keeps_to_the_end_of_a_short_month() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)


@pytest.mark.parametrize(
    ("days_ago", "expected"),
    [
        (0, Wait(0, WaitUnit.DAYS, 0)),
        (1, Wait(1, WaitUnit.DAYS, 1)),
        (13, Wait(13, WaitUnit.DAYS, 13)),
        (14, Wait(14, WaitUnit.WEEKS, 2)),
        (45, Wait(45, WaitUnit.WEEKS, 6)),
        (91, Wait(91, WaitUnit.WEEKS, 13)),  # 2 June to 1 September: not yet 3 months
        (92, Wait(92, WaitUnit.MONTHS, 3)),
        (400, Wait(400, WaitUnit.MONTHS, 13)),
    ],
)
def test_a_wait_is_told_in_days_then_weeks_then_months(days_ago: int, expected: Wait) -> None:
    assert describe_wait(TODAY - timedelta(days=days_ago), TODAY) == expected


def test_a_wait_from_the_future_is_told_as_nothing_yet() -> None:
    assert describe_wait(date(2026, 12, 24), TODAY) == Wait(0, WaitUnit.DAYS, 0)


def test_the_threshold_reads_in_weeks_when_it_is_whole_weeks() -> None:
    assert describe_threshold(28) == Wait(28, WaitUnit.WEEKS, 4)
    assert describe_threshold(10) == Wait(10, WaitUnit.DAYS, 10)
    assert describe_threshold(0) == Wait(0, WaitUnit.DAYS, 0)


def test_reaching_the_threshold_is_overdue() -> None:
    assert not is_overdue(TODAY - timedelta(days=27), TODAY, 28)
    assert is_overdue(TODAY - timedelta(days=28), TODAY, 28)
    assert is_overdue(TODAY - timedelta(days=200), TODAY, 28)
    assert not is_overdue(TODAY + timedelta(days=40), TODAY, 28)  # the future


def test_a_threshold_of_zero_switches_the_alert_off() -> None:
    assert not is_overdue(TODAY - timedelta(days=365), TODAY, 0)


def test_every_row_that_reads_four_weeks_is_overdue_at_four_weeks() -> None:
    for days in range(28, 35):
        since = TODAY - timedelta(days=days)
        assert describe_wait(since, TODAY).amount == 4
        assert is_overdue(since, TODAY, 28)


def test_only_accepted_participants_with_a_date_are_waiting() -> None:
    assert is_waiting(entry("Nour", date(2026, 8, 1)))
    assert not is_waiting(entry("Nour", date(2026, 8, 1), status=Status.IN_DUO))
    assert not is_waiting(dataclasses.replace(entry("Nour", None), waiting_since=None))


def test_the_longest_wait_comes_first_and_ties_keep_a_stable_order() -> None:
    entries = [
        entry("Ewa", date(2026, 8, 20)),
        entry("Amadou", date(2026, 5, 2)),
        entry("Zoë", date(2026, 7, 1), case_id="b"),
        entry("Zoe", date(2026, 7, 1), case_id="a"),  # same folded name: the id decides
        entry("Reza", date(2026, 6, 1), status=Status.MATCHING),
        entry("Liesbeth", date(2026, 4, 1), role=Role.MENTOR),
    ]
    ordered = longest_wait_first(entries, Role.MENTEE)
    assert [(e.given_name, e.id) for e in ordered] == [
        ("Amadou", "id-Amadou"),
        ("Zoe", "a"),
        ("Zoë", "b"),
        ("Ewa", "id-Ewa"),
    ]
    assert [e.given_name for e in longest_wait_first(entries, Role.MENTOR)] == ["Liesbeth"]
    assert len(longest_wait_first(entries)) == 5


def test_a_mentor_with_every_place_taken_is_not_waiting() -> None:
    mentor = dataclasses.replace(entry("Liesbeth", date(2026, 7, 1), role=Role.MENTOR), capacity=2)
    assert longest_wait_first([mentor], Role.MENTOR, {mentor.id: 1}) == [mentor]
    assert longest_wait_first([mentor], Role.MENTOR, {mentor.id: 2}) == []
    # An unknown capacity means one mentee at a time.
    single = dataclasses.replace(mentor, capacity=None)
    assert longest_wait_first([single], Role.MENTOR, {mentor.id: 1}) == []

"""The date rules of a duo: interim call, silence, gaps, planned end, outcome follow-ups."""

from __future__ import annotations

from datetime import date, timedelta
from types import MappingProxyType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.rules.duo_schedule import (
    duo_start,
    evaluation_closes_on,
    interim_due_on,
    longest_gap_days,
    missing_final_evaluations,
    outcome_due,
    outcome_due_dates,
    planned_end,
    silent_days,
)
from storage.duo_summary import DuoSummary


def agreed(start: date, **changes: object) -> DuoSummary:
    """A duo validated on `start` whose agreement starts the same day."""
    values: dict[str, object] = {
        "validated_on": start,
        "has_agreement": True,
        "start_on": start,
        "signed": True,
    }
    values.update(changes)
    return DuoSummary(**values)  # type: ignore[arg-type]


def ended(on: date, outcomes: dict[int, str] | None = None) -> DuoSummary:
    """A duo that ended on `on`, with the outcome follow-ups recorded so far."""
    return DuoSummary(
        validated_on=on - timedelta(days=200),
        ended_on=on,
        outcomes=MappingProxyType(outcomes or {}),
    )


@pytest.mark.parametrize(
    ("start", "due"),
    [
        (date(2026, 1, 31), date(2026, 2, 28)),  # February is shorter
        (date(2028, 1, 31), date(2028, 2, 29)),  # a leap year
        (date(2028, 2, 29), date(2028, 3, 29)),  # from a leap day
        (date(2026, 12, 15), date(2027, 1, 15)),  # across the turn of the year
        (date(2026, 3, 31), date(2026, 4, 30)),
    ],
)
def test_interim_call_is_due_one_calendar_month_after_the_start(start: date, due: date) -> None:
    assert interim_due_on(agreed(start)) == due


def test_without_an_agreement_the_duo_starts_at_its_validation() -> None:
    duo = DuoSummary(validated_on=date(2026, 1, 31))
    assert duo_start(duo) == date(2026, 1, 31)
    assert interim_due_on(duo) == date(2026, 2, 28)
    assert planned_end(duo) == date(2026, 7, 31)


def test_agreement_start_counts_over_the_validation() -> None:
    duo = agreed(date(2026, 3, 10), validated_on=date(2026, 3, 2))
    assert duo_start(duo) == date(2026, 3, 10)
    assert interim_due_on(duo) == date(2026, 4, 10)


def test_planned_end_is_the_agreement_s_own() -> None:
    duo = agreed(date(2026, 1, 10), planned_end_on=date(2026, 10, 10), planned_months=9)
    assert planned_end(duo) == date(2026, 10, 10)
    assert planned_end(agreed(date(2026, 1, 10), planned_months=4)) == date(2026, 5, 10)


def test_silence_counts_from_the_last_meeting_or_contact() -> None:
    duo = agreed(
        date(2026, 3, 1),
        meeting_days=(date(2026, 3, 5), date(2026, 3, 20)),
        contact_days=(date(2026, 3, 27),),
    )
    assert silent_days(duo, date(2026, 4, 10)) == 14
    assert silent_days(agreed(date(2026, 3, 1)), date(2026, 3, 31)) == 30  # none yet: the start


def test_silence_is_never_negative_nor_longer_than_the_duo() -> None:
    typed_ahead = agreed(date(2026, 3, 1), meeting_days=(date(2027, 3, 5),))
    assert silent_days(typed_ahead, date(2026, 3, 10)) == 0
    before_start = agreed(date(2026, 3, 1), meeting_days=(date(2026, 2, 10),))
    assert silent_days(before_start, date(2026, 3, 11)) == 10


def test_longest_gap_counts_meetings_contacts_and_the_open_stretch() -> None:
    duo = agreed(
        date(2026, 3, 1),
        meeting_days=(date(2026, 3, 10), date(2026, 4, 20)),
        contact_days=(date(2026, 3, 25),),
    )
    assert longest_gap_days(duo, date(2026, 4, 30)) == 26  # 25 March to 20 April
    assert longest_gap_days(duo, date(2026, 6, 1)) == 42  # 20 April to 1 June, still open
    assert longest_gap_days(duo, date(2026, 3, 20)) == 10  # later meetings are left out
    assert longest_gap_days(duo, date(2026, 2, 1)) == 0  # before the start


@pytest.mark.parametrize(
    ("ended_on", "dates"),
    [
        (
            date(2028, 2, 29),
            [date(2028, 5, 29), date(2028, 8, 29), date(2028, 11, 29), date(2029, 2, 28)],
        ),
        (
            date(2026, 8, 31),
            [date(2026, 11, 30), date(2027, 2, 28), date(2027, 5, 31), date(2027, 8, 31)],
        ),
    ],
)
def test_outcome_follow_ups_fall_due_every_three_months(ended_on: date, dates: list[date]) -> None:
    assert outcome_due_dates(ended_on) == dict(zip((3, 6, 9, 12), dates, strict=True))


def test_the_latest_outcome_reached_is_due_until_recorded() -> None:
    end = date(2028, 2, 29)
    assert outcome_due(ended(end), date(2028, 5, 28)) is None
    assert outcome_due(ended(end), date(2028, 5, 29)) == 3
    assert outcome_due(ended(end, {3: "unemployed"}), date(2028, 6, 30)) is None
    # Three months missed: the six-month follow-up is asked, not the stale three-month one.
    assert outcome_due(ended(end), date(2028, 9, 1)) == 6
    assert outcome_due(ended(end, {3: "employed"}), date(2029, 2, 28)) == 12


def test_nothing_more_is_due_three_months_after_the_last_follow_up() -> None:
    end = date(2028, 2, 29)
    assert outcome_due(ended(end), date(2029, 5, 27)) == 12
    assert outcome_due(ended(end), date(2029, 5, 28)) is None  # 28 February + 3 months
    assert outcome_due(ended(end), date(2033, 1, 1)) is None


def test_a_running_duo_has_no_outcome_due() -> None:
    assert outcome_due(agreed(date(2026, 1, 1)), date(2027, 6, 1)) is None


def test_final_evaluations_missing_and_their_window() -> None:
    duo = agreed(date(2026, 1, 1), evaluations=frozenset({"final/mentor", "interim/mentee"}))
    assert missing_final_evaluations(duo) == ("mentee",)
    assert missing_final_evaluations(agreed(date(2026, 1, 1))) == ("mentee", "mentor")
    assert evaluation_closes_on(date(2026, 11, 30)) == date(2027, 2, 28)


days = st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31))


@given(start=days, today=days, meetings=st.lists(days, max_size=8))
def test_counts_are_never_negative(start: date, today: date, meetings: list[date]) -> None:
    duo = agreed(start, meeting_days=tuple(sorted(meetings)))
    assert silent_days(duo, today) >= 0
    assert longest_gap_days(duo, today) >= 0


@given(start=days, meetings=st.lists(days, max_size=8), extra=st.integers(0, 3000))
def test_the_longest_gap_is_at_least_the_current_silence(
    start: date, meetings: list[date], extra: int
) -> None:
    today = max([start, *meetings]) + timedelta(days=extra)
    duo = agreed(start, contact_days=tuple(sorted(meetings)))
    assert longest_gap_days(duo, today) >= silent_days(duo, today)

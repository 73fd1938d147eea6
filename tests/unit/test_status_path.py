"""The participant's path as dated steps, the next step and the wait, without Qt."""

from __future__ import annotations

from datetime import date

from desktop.rules.status_path import (
    NextStep,
    can_decide,
    current_step,
    current_wait,
    earliest_decision_day,
    next_step,
    path_steps,
    waiting_since,
)
from desktop.rules.waiting import WaitUnit
from storage.records import Status, StatusChange

TODAY = date(2026, 3, 15)


def change(status: Status, since: date, note: str = "") -> StatusChange:
    return StatusChange(status=status, since=since, note=note)


def test_steps_are_dated_oldest_first_and_the_latest_is_current() -> None:
    statuses = [
        change(Status.ACCEPTED, date(2026, 2, 20)),
        change(Status.REGISTERED, date(2026, 2, 1)),
        change(Status.INTERVIEWED, date(2026, 2, 12)),
    ]
    steps = path_steps(statuses)
    assert [(s.status, s.since) for s in steps] == [
        (Status.REGISTERED, date(2026, 2, 1)),
        (Status.INTERVIEWED, date(2026, 2, 12)),
        (Status.ACCEPTED, date(2026, 2, 20)),
    ]
    assert [s.current for s in steps] == [False, False, True]
    assert current_step(statuses) == steps[-1]


def test_steps_of_one_day_keep_the_order_they_were_saved_in() -> None:
    day = date(2026, 3, 1)
    statuses = [change(Status.REGISTERED, day), change(Status.INTERVIEWED, day)]
    assert current_step(statuses).status is Status.INTERVIEWED  # type: ignore[union-attr]


def test_an_empty_path_has_no_current_step_and_starts_with_the_interview() -> None:
    assert path_steps([]) == []
    assert current_step([]) is None
    assert next_step(None) is NextStep.INTERVIEW
    assert earliest_decision_day([]) is None


def test_the_next_step_follows_the_path_and_ends_after_a_refusal() -> None:
    assert next_step(Status.REGISTERED) is NextStep.INTERVIEW
    assert next_step(Status.INTERVIEWED) is NextStep.SCREENING
    assert next_step(Status.ACCEPTED) is NextStep.MATCH_PROPOSAL
    assert next_step(Status.IN_DUO) is NextStep.ENDING
    for final in (Status.REFUSED, Status.REFERRED, Status.ENDED, Status.WITHDRAWN):
        assert next_step(final) is None


def test_the_wait_runs_from_the_acceptance_while_waiting_only() -> None:
    statuses = [
        change(Status.INTERVIEWED, date(2026, 2, 12)),
        change(Status.ACCEPTED, date(2026, 2, 20)),
    ]
    assert waiting_since(statuses) == date(2026, 2, 20)
    wait = current_wait(statuses, TODAY)
    assert wait is not None
    assert (wait.days, wait.unit, wait.amount) == (23, WaitUnit.WEEKS, 3)
    matched = [*statuses, change(Status.MATCHING, date(2026, 3, 10))]
    assert current_wait(matched, TODAY) is None


def test_a_decision_is_possible_except_during_a_match_or_a_duo() -> None:
    assert can_decide(None)
    for status in (Status.REGISTERED, Status.INTERVIEWED, Status.ACCEPTED, Status.ENDED):
        assert can_decide(status)
    assert not can_decide(Status.MATCHING)
    assert not can_decide(Status.IN_DUO)


def test_a_decision_is_dated_no_earlier_than_the_current_step() -> None:
    statuses = [change(Status.REGISTERED, date(2026, 1, 5)), change(Status.INTERVIEWED, TODAY)]
    assert earliest_decision_day(statuses) == TODAY

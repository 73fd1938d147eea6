"""The participant's path (domain.md, "The path of a participant") as dated steps to show.

    steps = path_steps(case.statuses)           # oldest first, the last one current
    next_step(steps[-1].status)                 # NextStep.MATCH_PROPOSAL after "accepted"
    current_wait(case.statuses, today)          # Wait(days=23, unit=WEEKS, amount=3)

The last step (by date) is where the participant stands now, as in the index: the waiting
list and the case view always tell the same wait. No Qt here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.rules.waiting import Wait, describe_wait
from storage.records import Status, StatusChange, wait_start


@dataclass(frozen=True)
class PathStep:
    """One dated step; `current` marks where the participant stands now."""

    status: Status
    since: date
    note: str
    current: bool


class NextStep(StrEnum):
    """What normally comes after the current step, shown as still to come."""

    INTERVIEW = "interview"
    SCREENING = "screening"
    MATCH_PROPOSAL = "match-proposal"
    DUO = "duo"
    ENDING = "ending"


_NEXT = {
    Status.REGISTERED: NextStep.INTERVIEW,
    Status.INTERVIEWED: NextStep.SCREENING,
    Status.ACCEPTED: NextStep.MATCH_PROPOSAL,
    Status.MATCHING: NextStep.DUO,
    Status.IN_DUO: NextStep.ENDING,
}
# A proposed match or a running duo is ended by its own steps first; before and after
# those, a (new) screening decision may be taken: a mentee whose duo ended can be accepted
# again and wait for a new mentor (domain.md: "the mentee can be matched again").
_NO_SCREENING = frozenset({Status.MATCHING, Status.IN_DUO})


def path_steps(statuses: Sequence[StatusChange]) -> list[PathStep]:
    """The steps oldest first; steps of the same day keep the order they were saved in."""
    ordered = sorted(statuses, key=lambda change: change.since)
    last = len(ordered) - 1
    return [
        PathStep(change.status, change.since, change.note, position == last)
        for position, change in enumerate(ordered)
    ]


def current_step(statuses: Sequence[StatusChange]) -> PathStep | None:
    """Where the participant stands now, or None for a path with no step."""
    steps = path_steps(statuses)
    return steps[-1] if steps else None


def next_step(status: Status | None) -> NextStep | None:
    """The step that normally follows (None after a refusal, a referral, an end)."""
    if status is None:
        return NextStep.INTERVIEW
    return _NEXT.get(status)


def waiting_since(statuses: Sequence[StatusChange]) -> date | None:
    """The day the current wait for a match began, if the participant is waiting (a
    declined match does not restart the wait)."""
    return wait_start([(step.status, step.since) for step in path_steps(statuses)])


def current_wait(statuses: Sequence[StatusChange], today: date) -> Wait | None:
    """How long the participant has waited for a match so far, or None if not waiting."""
    since = waiting_since(statuses)
    return describe_wait(since, today) if since is not None else None


def can_decide(status: Status | None) -> bool:
    """Whether a screening decision can be recorded at this step."""
    return status not in _NO_SCREENING


def earliest_decision_day(statuses: Sequence[StatusChange]) -> date | None:
    """A decision cannot be dated before the current step, or the path would lose its order."""
    step = current_step(statuses)
    return step.since if step is not None else None

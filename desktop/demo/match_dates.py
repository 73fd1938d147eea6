"""How far each invented match goes, and the day of each of its steps.

    plan = (MatchPlan(MatchState.DECLINED, Stage.MENTEE), MatchPlan(MatchState.DUO))
    dates = date_plan(draws, accepted_on, plan)   # [{"proposed": …, "mentor": …, …}, …]

The steps follow the rules of a real match (desktop.workflows.matching): the mentor is asked
first, then the mentee; each step comes on a later day than the one before, so the mentee's
path never has two steps on one day; nothing lies after today except a first meeting that is
planned but still to come.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from desktop.demo.draws import Draws
from storage.records import MatchState


class Stage(StrEnum):
    """A dated step of a match; a match declined at a stage ends there."""

    PROPOSED = "proposed"
    MENTOR = "mentor"  # the mentor answered
    MENTEE = "mentee"  # the mentee answered
    MEETING = "meeting"  # the first meeting took place
    VALIDATED = "validated"
    DECLINED = "declined"


@dataclass(frozen=True)
class MatchPlan:
    """The state a match ends in and, for a declined one, the stage at which it ended."""

    state: MatchState
    declined_at: Stage | None = None  # MENTOR, MENTEE or MEETING


# The stages a match passes, by the state it ends in. A planned first meeting is dated apart:
# it may still lie ahead.
_STAGES = {
    MatchState.PROPOSED: (Stage.PROPOSED,),
    MatchState.MENTOR_AGREED: (Stage.PROPOSED, Stage.MENTOR),
    MatchState.BOTH_AGREED: (Stage.PROPOSED, Stage.MENTOR, Stage.MENTEE),
    MatchState.MEETING_PLANNED: (Stage.PROPOSED, Stage.MENTOR, Stage.MENTEE),
    MatchState.DUO: (Stage.PROPOSED, Stage.MENTOR, Stage.MENTEE, Stage.MEETING, Stage.VALIDATED),
}
_BEFORE_DECLINE = {
    Stage.MENTOR: (Stage.PROPOSED,),
    Stage.MENTEE: (Stage.PROPOSED, Stage.MENTOR),
    Stage.MEETING: (Stage.PROPOSED, Stage.MENTOR, Stage.MENTEE, Stage.MEETING),
}
# Days from the step before: an answer comes within days, a first meeting within weeks.
_GAPS = {
    Stage.MENTOR: (1, 10),
    Stage.MENTEE: (1, 7),
    Stage.MEETING: (4, 21),
    Stage.VALIDATED: (1, 10),
    Stage.DECLINED: (1, 8),
}
FIRST_WAIT = (7, 60)  # from acceptance to the first proposal, before any slack is added
WAIT_AFTER_DECLINE = (3, 30)
# An answer still awaited, or a first meeting still to plan, is recent.
OPEN_STEP_AT_MOST = 14  # days ago


def stages(plan: MatchPlan) -> tuple[Stage, ...]:
    """The dated stages of one match, in order (a planned meeting not among them)."""
    if plan.declined_at is not None:
        return (*_BEFORE_DECLINE[plan.declined_at], Stage.DECLINED)
    return _STAGES[plan.state]


def date_plan(
    d: Draws, accepted_on: date, plans: Sequence[MatchPlan], *, wait_at_most: int | None = None
) -> list[dict[Stage, date]] | None:
    """The day of every stage of each match, one after the other from `accepted_on` to today,
    or None when too few days have passed since the acceptance for all of them.

    With `wait_at_most`, the waits before the proposals get at most that many days besides
    their usual gaps, and a duo or a declined match ends longer ago: a mentee of an earlier
    round was matched soon after the acceptance, not just before today."""
    events = [(index, stage) for index, plan in enumerate(plans) for stage in stages(plan)]
    gaps = [d.rng.randint(*_gap(index, stage)) for index, stage in events]
    room = (d.today - accepted_on).days
    if len(gaps) > room:
        return None
    _squeeze(gaps, room)
    # The days left over go to waiting: before the first proposal, between proposals, and
    # after the last step (a duo that has run for a while, a mentee who waits again).
    slack = room - sum(gaps)
    still_open = plans[-1].state not in (MatchState.DUO, MatchState.DECLINED)
    if still_open:
        tail = d.rng.randint(0, min(slack, OPEN_STEP_AT_MOST))
    elif wait_at_most is not None:
        tail = slack - d.rng.randint(0, min(slack, wait_at_most))
    else:
        tail = d.rng.randint(0, slack)
    slack -= tail
    proposals = [at for at, event in enumerate(events) if event[1] is Stage.PROPOSED]
    for at in proposals[1:]:
        extra = d.rng.randint(0, slack // 2)
        gaps[at] += extra
        slack -= extra
    gaps[0] += slack
    dated: list[dict[Stage, date]] = [{} for _ in plans]
    day = accepted_on
    for (index, stage), gap in zip(events, gaps, strict=True):
        day += timedelta(days=gap)
        dated[index][stage] = day
    for plan, days in zip(plans, dated, strict=True):
        if plan.state is MatchState.MEETING_PLANNED:
            days[Stage.MEETING] = days[Stage.MENTEE] + timedelta(
                days=d.rng.randint(*_GAPS[Stage.MEETING])
            )
    return dated


def _gap(index: int, stage: Stage) -> tuple[int, int]:
    if stage is Stage.PROPOSED:
        return FIRST_WAIT if index == 0 else WAIT_AFTER_DECLINE
    return _GAPS[stage]


def _squeeze(gaps: list[int], room: int) -> None:
    """Shorten the gaps in place to fit `room` days, each at least one day."""
    total = sum(gaps)
    if total <= room:
        return
    for at, gap in enumerate(gaps):
        gaps[at] = max(1, gap * room // total)
    while sum(gaps) > room:
        gaps[gaps.index(max(gaps))] -= 1

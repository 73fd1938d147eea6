"""The steps of a match (domain.md, steps 5-8) and which one comes next. No Qt.

    proposed → mentor consulted → mentee consulted → first meeting planned → validated: duo
    (declined at any step before the duo, with the reason kept)

The mentor is consulted first: they receive the mentee's full CV and say yes or no; only
then is the mentee shown the mentor's short profile (seed 002 §9.3). Every step is dated,
never before the step it follows, so the path always reads in order.

    next_step(match)          # MatchStep.MENTOR_ANSWER for a new proposal
    earliest_day(match)       # the day of the latest step taken
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from storage.records import Match, MatchState


class MatchStep(StrEnum):
    """What the coach records next for a match."""

    MENTOR_ANSWER = "mentor-answer"
    MENTEE_ANSWER = "mentee-answer"
    FIRST_MEETING = "first-meeting"
    VALIDATION = "validation"


class DeclinedBy(StrEnum):
    """Who said no: either side when consulted or after the first meeting, or the coach."""

    MENTOR = "mentor"
    MENTEE = "mentee"
    COACH = "coach"


_NEXT = {
    MatchState.PROPOSED: MatchStep.MENTOR_ANSWER,
    MatchState.MENTOR_AGREED: MatchStep.MENTEE_ANSWER,
    MatchState.BOTH_AGREED: MatchStep.FIRST_MEETING,
    MatchState.MEETING_PLANNED: MatchStep.VALIDATION,
}


def next_step(match: Match) -> MatchStep | None:
    """The step to record next; None once the duo runs or the match was declined."""
    return _NEXT.get(match.state)


def can_decline(match: Match) -> bool:
    """Whether the match can still be declined (a running duo is ended, not declined)."""
    return match.state in _NEXT


def earliest_day(match: Match) -> date:
    """No step can be dated before the latest step already taken."""
    return match.state_since


def last_decided(match: Match) -> date:
    """The day of the latest decision (proposal or answer): a first meeting is planned, moved
    or called off from then on, even while the planned meeting still lies ahead."""
    answers = (match.mentor_answered_on, match.mentee_answered_on)
    return max([match.proposed_on, *(day for day in answers if day is not None)])


def validation_waits(match: Match, today: date) -> bool:
    """Whether the duo cannot be validated yet: the first meeting has not taken place."""
    return match.first_meeting_on is not None and match.first_meeting_on > today

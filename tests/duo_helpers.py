"""A validated duo in a programme, made in one step for the tests of following a duo."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from storage.programme import Programme
from storage.records import Consent, Match, Role, Status, StatusChange
from tests.helpers import fictional_participant

COACH = "coach-id"


@dataclass(frozen=True)
class Duo:
    """The ids of a duo's mentee, mentor and match."""

    mentee_id: str
    mentor_id: str
    match_id: str


def _consent() -> Consent:
    """Consent to be contacted for evaluations and outcome follow-ups."""
    return Consent(purpose="evaluation", given_on=date(2026, 1, 5), text_version="1")


def report_consent() -> Consent:
    """Consent to pseudonymised data in reports to funders (who the export may hold)."""
    return Consent(purpose="funder-report", given_on=date(2026, 1, 5), text_version="1")


def make_duo(
    programme: Programme,
    *,
    mentee: tuple[str, str] = ("Amani", "Okonkwo-Dubois"),
    mentor: tuple[str, str] = ("Ingrid", "Vandersteen"),
    validated_on: date = date(2026, 3, 10),
    coach: str = COACH,
    capacity: int = 1,
) -> Duo:
    """An accepted mentor and a mentee whose match was validated on `validated_on` (the
    first meeting that day, with the coach), both consenting to evaluations and to reports to
    funders; the index is refreshed."""
    mentor_id = programme.cases.create(
        fictional_participant(*mentor, role=Role.MENTOR, capacity=capacity, coach=coach),
        author=coach,
        records=[
            StatusChange(status=Status.ACCEPTED, since=date(2026, 1, 5)),
            _consent(),
            report_consent(),
        ],
    )
    match = Match(
        mentor_id=mentor_id,
        proposed_on=date(2026, 2, 20),
        first_meeting_on=validated_on,
        first_meeting_place="Library café",
        coach_present=True,
        validated_on=validated_on,
    )
    mentee_id = programme.cases.create(
        fictional_participant(*mentee, coach=coach),
        author=coach,
        records=[
            StatusChange(status=Status.ACCEPTED, since=date(2026, 2, 2)),
            StatusChange(status=Status.MATCHING, since=date(2026, 2, 20)),
            StatusChange(status=Status.IN_DUO, since=validated_on),
            match,
            _consent(),
            report_consent(),
        ],
    )
    programme.index.refresh(programme.cases)
    return Duo(mentee_id, mentor_id, match.id)

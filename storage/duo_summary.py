"""What the index keeps of a duo: enough for the Today screen and the quality checklist
without opening 500 case files. Derived from the mentee's case file; never the only copy.

    summary = summarise(match, case)   # None for a match that never became a duo
    text = summary.to_json()
    DuoSummary.from_json(text) == summary
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from types import MappingProxyType
from typing import Any

from storage.duo_records import (
    DEFAULT_CONTACT_EVERY_DAYS,
    Agreement,
    Ending,
    Evaluation,
    FollowUp,
    FollowUpKind,
    Meeting,
    MeetingKind,
    Outcome,
)
from storage.records import Match


@dataclass(frozen=True)
class DuoSummary:
    """The facts of one duo that the rules of Today and of the quality criteria use."""

    validated_on: date
    first_meeting_on: date | None = None
    coach_present: bool | None = None
    has_agreement: bool = False
    start_on: date | None = None
    planned_end_on: date | None = None
    planned_months: int | None = None
    contact_every_days: int = DEFAULT_CONTACT_EVERY_DAYS
    charter_version: str = ""
    signed: bool = False
    meeting_days: tuple[date, ...] = ()  # full meetings, oldest first
    contact_days: tuple[date, ...] = ()  # short contacts between meetings, oldest first
    interim_call_on: date | None = None
    last_follow_up_on: date | None = None
    concern: bool = False  # the latest follow-up flags a concern
    next_action_on: date | None = None  # of the latest follow-up
    ended_on: date | None = None
    end_kind: str = ""
    ended_by: str = ""
    end_reason: str = ""
    final_meeting_on: date | None = None
    evaluations: frozenset[str] = frozenset()  # "kind/respondent", e.g. "final/mentee"
    outcomes: Mapping[int, str] = field(default_factory=lambda: MappingProxyType({}))
    # The follow-ups (months after the end) that found a job funders count: permanent or a
    # fixed term of six months or more.
    lasting_job_months: frozenset[int] = frozenset()

    @property
    def last_contact_on(self) -> date | None:
        """The latest meeting or short contact, if any."""
        days = self.meeting_days[-1:] + self.contact_days[-1:]
        return max(days) if days else None

    @property
    def running(self) -> bool:
        """Whether the duo has not ended."""
        return self.ended_on is None

    def to_json(self) -> str:
        """Compact text for the index."""
        document: dict[str, Any] = {}
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, tuple):
                value = [day.isoformat() for day in value]
            elif isinstance(value, frozenset):
                value = sorted(value)
            elif isinstance(value, Mapping):
                value = {str(months): situation for months, situation in value.items()}
            document[item.name] = value
        return json.dumps(document, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> DuoSummary:
        """The summary stored by `to_json`."""
        document = json.loads(text)
        values: dict[str, Any] = {}
        for item in fields(cls):
            if item.name not in document:
                continue
            value = document[item.name]
            if item.name in _DATES and value is not None:
                value = date.fromisoformat(value)
            elif item.name in ("meeting_days", "contact_days"):
                value = tuple(date.fromisoformat(day) for day in value)
            elif item.name == "evaluations":
                value = frozenset(value)
            elif item.name == "lasting_job_months":
                value = frozenset(int(months) for months in value)
            elif item.name == "outcomes":
                value = MappingProxyType({int(months): text for months, text in value.items()})
            values[item.name] = value
        return cls(**values)


_DATES = frozenset(
    {
        "validated_on",
        "first_meeting_on",
        "start_on",
        "planned_end_on",
        "interim_call_on",
        "last_follow_up_on",
        "next_action_on",
        "ended_on",
        "final_meeting_on",
    }
)


def _of(match_id: str, records: Iterable[Any]) -> list[Any]:
    return [record for record in records if record.match_id == match_id]


def summarise(
    match: Match,
    *,
    agreements: Iterable[Agreement] = (),
    meetings: Iterable[Meeting] = (),
    follow_ups: Iterable[FollowUp] = (),
    endings: Iterable[Ending] = (),
    evaluations: Iterable[Evaluation] = (),
    outcomes: Iterable[Outcome] = (),
) -> DuoSummary | None:
    """The summary of a validated match from its records (any order); None before the duo."""
    if match.validated_on is None:
        return None
    agreement = next(iter(_of(match.id, agreements)), None)
    own_meetings = _of(match.id, meetings)
    own_follow_ups = sorted(
        _of(match.id, follow_ups), key=lambda item: (item.held_on, item.created_at or 0)
    )
    latest_follow_up = own_follow_ups[-1] if own_follow_ups else None
    ending = next(
        (
            item
            for item in sorted(_of(match.id, endings), key=lambda item: item.ended_on)
            if item.reopened_on is None and item.ended_on == match.ended_on
        ),
        None,
    )
    interim_days = [item.held_on for item in own_follow_ups if item.kind is FollowUpKind.INTERIM]
    return DuoSummary(
        validated_on=match.validated_on,
        first_meeting_on=match.first_meeting_on,
        coach_present=match.coach_present,
        has_agreement=agreement is not None,
        start_on=agreement.start_on if agreement else None,
        planned_end_on=agreement.planned_end_on if agreement else None,
        planned_months=agreement.planned_months if agreement else None,
        contact_every_days=(
            agreement.contact_every_days if agreement else DEFAULT_CONTACT_EVERY_DAYS
        ),
        charter_version=agreement.charter_version if agreement else "",
        signed=agreement.signed if agreement else False,
        meeting_days=tuple(
            sorted(item.held_on for item in own_meetings if item.kind is MeetingKind.MEETING)
        ),
        contact_days=tuple(
            sorted(item.held_on for item in own_meetings if item.kind is MeetingKind.CONTACT)
        ),
        interim_call_on=min(interim_days) if interim_days else None,
        last_follow_up_on=latest_follow_up.held_on if latest_follow_up else None,
        concern=latest_follow_up.concern if latest_follow_up else False,
        next_action_on=latest_follow_up.next_action_on if latest_follow_up else None,
        ended_on=match.ended_on,
        end_kind=ending.kind.value if ending else "",
        ended_by=ending.ended_by.value if ending else "",
        end_reason=ending.reason if ending else "",
        final_meeting_on=ending.final_meeting_on if ending else None,
        evaluations=frozenset(
            f"{item.kind.value}/{item.respondent.value}" for item in _of(match.id, evaluations)
        ),
        outcomes=MappingProxyType(
            {item.months_after: item.situation.value for item in _of(match.id, outcomes)}
        ),
        lasting_job_months=frozenset(
            item.months_after for item in _of(match.id, outcomes) if item.counts_as_employed
        ),
    )

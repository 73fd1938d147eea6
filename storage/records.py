"""The typed records of a case file and of the programme file.

Every record has a stable id (UUID), created/updated timestamps and its author (a staff id,
or "" for Duo itself); the store sets the timestamps. A record class names its table in
`TABLE`. A match and its steps live in the mentee's case file; the records of a running duo
(`storage.duo_records`) sit there too.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import ClassVar


def new_id() -> str:
    """A new random record id."""
    return str(uuid.uuid4())


def utc_now() -> datetime:
    """The current time, timezone-aware, to the microsecond."""
    return datetime.now(UTC)


class Role(StrEnum):
    """Which side of the programme a participant is on."""

    MENTEE = "mentee"
    MENTOR = "mentor"


class Status(StrEnum):
    """Where a participant stands on the path of domain.md."""

    REGISTERED = "registered"
    INTERVIEWED = "interviewed"
    ACCEPTED = "accepted"  # waiting for a match
    REFUSED = "refused"
    REFERRED = "referred"
    MATCHING = "matching"
    IN_DUO = "in_duo"
    ENDED = "ended"
    WITHDRAWN = "withdrawn"


# A proposed match that is declined sends the mentee back to waiting; the wait goes on from
# where it began, so a decline never costs the mentee their place in the queue.
_WAIT_CONTINUES = frozenset({Status.ACCEPTED, Status.MATCHING})


def wait_start(steps: Sequence[tuple[Status, date]]) -> date | None:
    """The day the current wait for a match began, given the path's (status, since) steps
    oldest first; None when the participant is not waiting now."""
    if not steps or steps[-1][0] is not Status.ACCEPTED:
        return None
    start = steps[-1][1]
    for status, since in reversed(steps):
        if status not in _WAIT_CONTINUES:
            break
        if status is Status.ACCEPTED:
            start = since
    return start


class Decision(StrEnum):
    """The outcome of screening after the intake interview."""

    ACCEPTED = "accepted"
    REFUSED = "refused"
    REFERRED = "referred"


class RightToWork(StrEnum):
    """Whether the mentee may work in Belgium."""

    UNKNOWN = ""
    YES = "yes"
    PENDING = "pending"
    NO = "no"


@dataclass(kw_only=True)
class Record:
    """What every record carries."""

    TABLE: ClassVar[str] = ""

    id: str = field(default_factory=new_id)
    created_at: datetime | None = None
    updated_at: datetime | None = None
    author: str = ""


@dataclass(kw_only=True)
class Participant(Record):
    """Identity, contact and intake of one mentee or mentor: one per case file."""

    TABLE: ClassVar[str] = "participant"

    role: Role
    given_name: str
    family_name: str = ""
    email: str = ""
    phone: str = ""
    year_of_birth: int | None = None
    gender: str = ""  # only used for a stated matching preference
    municipality: str = ""
    postcode: str = ""
    mobility: str = ""
    country_of_origin: str = ""  # ISO 3166-1 alpha-2
    arrival_year: int | None = None
    right_to_work: RightToWork = RightToWork.UNKNOWN
    diploma_level: str = ""
    diploma_field: str = ""
    diploma_country: str = ""
    diploma_recognised: bool | None = None
    experience_years: int | None = None
    experience_summary: str = ""
    availability: list[str] = field(default_factory=list)  # e.g. "mon-day", "thu-evening"
    motivation: str = ""
    openness_to_feedback: int | None = None  # the coach's assessment, 1-5
    actively_searching: bool | None = None
    preferences: str = ""
    preferred_mentor_gender: str = ""
    preferred_mentor_age: str = ""  # "", "under-35", "35-50" or "over-50"
    specific_needs: str = ""
    interests: str = ""
    referral_partner: str = ""
    referral_contact: str = ""
    domain_needs: dict[str, int] = field(default_factory=dict)  # six domains, self-assessed 1-5
    employer: str = ""
    job_title: str = ""
    capacity: int | None = None  # mentees at once, for a mentor
    generalist: bool = False  # a mentor with an HR or recruiter profile: any job target
    qualities: str = ""
    short_profile: str = ""  # written for the mentee: all the mentee ever sees of a mentor
    linkedin: str = ""
    info_session_on: date | None = None
    training_on: date | None = None
    intake_on: date | None = None
    interviewer: str = ""  # staff id
    coach: str = ""  # staff id

    @property
    def display_name(self) -> str:
        """Given and family name, as printed in lists."""
        return f"{self.given_name} {self.family_name}".strip()


@dataclass(kw_only=True)
class JobTarget(Record):
    """One of the (at most two) occupations and sectors a mentee aims at, or a mentor works in."""

    TABLE: ClassVar[str] = "job_targets"

    position: int = 1
    sector: str = ""  # NACE section or division code
    occupation: str = ""  # ISCO-08 code
    description: str = ""


@dataclass(kw_only=True)
class LanguageSkill(Record):
    """A language and its level."""

    TABLE: ClassVar[str] = "languages"

    language: str  # ISO 639 code
    level: str = ""  # CEFR A1…C2, or "native"


@dataclass(kw_only=True)
class Consent(Record):
    """Consent to one purpose, given with one version of the consent text."""

    TABLE: ClassVar[str] = "consents"

    purpose: str
    given_on: date
    text_version: str
    withdrawn_on: date | None = None


@dataclass(kw_only=True)
class ScreeningDecision(Record):
    """Accepted; refused with the reason told to the candidate; or referred elsewhere."""

    TABLE: ClassVar[str] = "screening"

    decision: Decision
    decided_on: date
    reason: str = ""
    referred_to: str = ""
    decided_by: str = ""  # staff id


@dataclass(kw_only=True)
class StatusChange(Record):
    """One dated step on the participant's path."""

    TABLE: ClassVar[str] = "status_history"

    status: Status
    since: date
    note: str = ""


@dataclass(kw_only=True)
class Note(Record):
    """A coach's dated note."""

    TABLE: ClassVar[str] = "notes"

    written_on: date
    text: str


@dataclass(kw_only=True)
class ContactLogEntry(Record):
    """A call, e-mail or meeting with the participant."""

    TABLE: ClassVar[str] = "contacts"

    contacted_on: date
    channel: str = ""
    summary: str = ""


@dataclass(kw_only=True)
class Attachment(Record):
    """A document kept inside the case file (the CV); its bytes are read on demand."""

    TABLE: ClassVar[str] = "attachments"

    kind: str  # "cv", "diploma", …
    file_name: str
    media_type: str
    size: int
    sha256: str


class Answer(StrEnum):
    """What a mentor or a mentee said when consulted about a proposed match."""

    PENDING = ""
    YES = "yes"
    NO = "no"


class MatchState(StrEnum):
    """Where a match stands (domain.md, steps 5-8), derived from its dated steps."""

    PROPOSED = "proposed"
    MENTOR_AGREED = "mentor-agreed"  # the mentor said yes; the mentee is asked next
    BOTH_AGREED = "both-agreed"  # the first meeting can be planned
    MEETING_PLANNED = "meeting-planned"
    DUO = "duo"  # validated by both after the first meeting
    DECLINED = "declined"
    ENDED = "ended"  # the duo ended (its Ending record says how)


# A match in one of these states holds one of the mentor's places.
OPEN_MATCH_STATES = frozenset(
    {
        MatchState.PROPOSED,
        MatchState.MENTOR_AGREED,
        MatchState.BOTH_AGREED,
        MatchState.MEETING_PLANNED,
        MatchState.DUO,
    }
)


@dataclass(kw_only=True)
class Match(Record):
    """A mentor proposed for this mentee, and each dated step after it.

    Kept in the mentee's case file only: the mentor's file is not written, so a step is one
    safe save. The mentor is named by id; their name is looked up, never copied here.
    """

    TABLE: ClassVar[str] = "matches"

    mentor_id: str
    proposed_on: date
    score: float | None = None  # the suggestion's score when proposed, for the record
    mentor_answer: Answer = Answer.PENDING
    mentor_answered_on: date | None = None
    mentor_reason: str = ""
    mentee_answer: Answer = Answer.PENDING
    mentee_answered_on: date | None = None
    mentee_reason: str = ""
    first_meeting_on: date | None = None
    first_meeting_place: str = ""
    coach_present: bool | None = None
    validated_on: date | None = None
    declined_on: date | None = None
    declined_by: str = ""  # "mentor", "mentee" or "coach"
    decline_reason: str = ""
    ended_on: date | None = None  # the day of the ending that counts (not reopened)

    @property
    def state(self) -> MatchState:
        """The latest step reached."""
        if self.ended_on is not None:
            return MatchState.ENDED
        if self.declined_on is not None:
            return MatchState.DECLINED
        if self.validated_on is not None:
            return MatchState.DUO
        if self.first_meeting_on is not None:
            return MatchState.MEETING_PLANNED
        if self.mentor_answer is Answer.YES and self.mentee_answer is Answer.YES:
            return MatchState.BOTH_AGREED
        if self.mentor_answer is Answer.YES:
            return MatchState.MENTOR_AGREED
        return MatchState.PROPOSED

    @property
    def state_since(self) -> date:
        """The day the latest step was reached."""
        dates = {
            MatchState.ENDED: self.ended_on,
            MatchState.DECLINED: self.declined_on,
            MatchState.DUO: self.validated_on,
            MatchState.MEETING_PLANNED: self.first_meeting_on,
            MatchState.BOTH_AGREED: self.mentee_answered_on,
            MatchState.MENTOR_AGREED: self.mentor_answered_on,
        }
        return dates.get(self.state) or self.proposed_on

    @property
    def is_open(self) -> bool:
        """Whether the match holds one of the mentor's places."""
        return self.state in OPEN_MATCH_STATES


@dataclass(kw_only=True)
class Event:
    """One line of the append-only audit trail: who changed which fields of what, when."""

    seq: int
    at: datetime
    author: str
    action: str  # "create", "add", "update", "remove", "migrate"
    record_table: str
    record_id: str
    fields: list[str]


@dataclass(kw_only=True)
class StaffMember(Record):
    """A coach or coordinator: the author of records, the coach of a participant."""

    TABLE: ClassVar[str] = "staff"

    name: str
    email: str = ""
    active: bool = True


@dataclass(kw_only=True)
class ListItem(Record):
    """One entry of a list the coordinator edits (a sector, an occupation, a partner…)."""

    TABLE: ClassVar[str] = "list_items"

    list_name: str
    code: str
    label: str
    parent: str = ""  # e.g. the ISCO major group of a sub-major group
    position: int = 0
    active: bool = True


@dataclass(kw_only=True)
class Erasure(Record):
    """That a participant was erased, and when: never their name."""

    TABLE: ClassVar[str] = "erasures"

    participant_id: str
    erased_on: date
    reason: str = ""

"""The records of a running duo (domain.md, steps 9-13), kept in the mentee's case file.

A duo is a validated match (`records.Match`); everything after the validation names the
match by `match_id`: its agreement, the session summaries of its meetings, the coach's
follow-up calls, its ending, the evaluations of both sides and the outcome follow-ups.
Like the match, all of it lives in the mentee's file only, so each step is one safe save.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import ClassVar

from storage.records import Record

DEFAULT_DURATION_MONTHS = 6
DEFAULT_CONTACT_EVERY_DAYS = 14
OUTCOME_MONTHS = (3, 6, 9, 12)

# The six domains a meeting's topics come from (seed 000).
MEETING_DOMAINS = (
    "skills",  # skills, talents and aspirations
    "cv",  # CV / resume
    "letter",  # motivation / cover letter
    "networking",  # personal branding and networking (LinkedIn, elevator pitch)
    "vacancies",  # finding vacancies
    "interview",  # preparing for a job interview (role play, STAR method)
)


@dataclass(kw_only=True)
class Agreement(Record):
    """What mentor, mentee and coach agreed and signed at the start (seed 002, Deel 3).

    One per duo; a change updates it, and the case file's event log dates every change.
    """

    TABLE: ClassVar[str] = "agreements"

    match_id: str
    start_on: date
    planned_months: int = DEFAULT_DURATION_MONTHS
    planned_end_on: date
    contact_every_days: int = DEFAULT_CONTACT_EVERY_DAYS
    meeting_places: str = ""
    keep_in_touch: str = ""  # how they keep in touch between meetings
    mentor_commitments: str = ""
    mentee_commitments: str = ""
    charter_version: str = ""
    mentor_signed_on: date | None = None
    mentee_signed_on: date | None = None
    coach_signed_on: date | None = None

    @property
    def signed(self) -> bool:
        """Whether mentor, mentee and coach have all signed."""
        return None not in (self.mentor_signed_on, self.mentee_signed_on, self.coach_signed_on)


class MeetingKind(StrEnum):
    """A full meeting, or a short contact between meetings (a call, a message)."""

    MEETING = "meeting"
    CONTACT = "contact"


class MeetingMode(StrEnum):
    """Where a meeting took place."""

    IN_PERSON = "in-person"
    ONLINE = "online"
    PHONE = "phone"


class Reporter(StrEnum):
    """Who reported a meeting to the coach (the mentee, usually: seed 002 §11.1)."""

    MENTEE = "mentee"
    MENTOR = "mentor"
    BOTH = "both"
    COACH = "coach"


@dataclass(kw_only=True)
class Meeting(Record):
    """The session summary of one meeting: the five steps of seed 000, and its topics."""

    TABLE: ClassVar[str] = "meetings"

    match_id: str
    held_on: date
    kind: MeetingKind = MeetingKind.MEETING
    minutes: int | None = None
    mode: MeetingMode = MeetingMode.IN_PERSON
    place: str = ""
    reported_by: Reporter = Reporter.MENTEE
    check_in: str = ""  # 1. how are you, anything to say first
    topic: str = ""  # 2. the most important topic…
    goal: str = ""  # …its SMART goal…
    plan: str = ""  # …and the step-by-step plan
    work: str = ""  # 3. the work done on it
    next_steps: str = ""  # 4. who does what, by when…
    next_meeting_on: date | None = None  # …and the next appointment,
    next_topic: str = ""  # its topic
    next_preparation: str = ""  # and what to prepare
    works_well: str = ""  # 5. what works in the collaboration
    missing: str = ""  # …and what is missing
    domains: list[str] = field(default_factory=list)  # codes from MEETING_DOMAINS


class FollowUpKind(StrEnum):
    """The interim call after one month, a regular check-in, or mediation."""

    INTERIM = "interim"
    CHECK_IN = "check-in"
    MEDIATION = "mediation"


class FollowUpWith(StrEnum):
    """Whom the coach spoke with."""

    BOTH = "both"
    MENTEE = "mentee"
    MENTOR = "mentor"


@dataclass(kw_only=True)
class FollowUp(Record):
    """The coach's follow-up of a duo: a short structured call, maybe flagging a concern.

    The latest follow-up says whether a concern is open: a later one without a concern
    closes it.
    """

    TABLE: ClassVar[str] = "follow_ups"

    match_id: str
    held_on: date
    kind: FollowUpKind = FollowUpKind.CHECK_IN
    with_whom: FollowUpWith = FollowUpWith.BOTH
    channel: str = ""  # a code of the contact_channels list
    how_it_goes: str = ""
    problems: str = ""
    support: str = ""  # extra support agreed
    concern: bool = False
    next_action: str = ""
    next_action_on: date | None = None


class EndKind(StrEnum):
    """A planned ending, or an early one."""

    PLANNED = "planned"
    EARLY = "early"


class EndedBy(StrEnum):
    """Who decided to end the duo."""

    BOTH = "both"
    MENTEE = "mentee"
    MENTOR = "mentor"
    COACH = "coach"


@dataclass(kw_only=True)
class Ending(Record):
    """How a duo ended. A reopened ending is kept, marked, so the history stays readable;
    the match's own `ended_on` follows the ending that counts."""

    TABLE: ClassVar[str] = "endings"

    match_id: str
    ended_on: date
    kind: EndKind = EndKind.PLANNED
    ended_by: EndedBy = EndedBy.BOTH
    reason: str = ""  # a code of the end_reasons list
    note: str = ""
    final_meeting_on: date | None = None
    final_meeting_online: bool = False
    feedback_to_mentee: str = ""  # what the mentor tells the mentee
    feedback_to_mentor: str = ""  # what the mentee tells the mentor
    reopened_on: date | None = None
    reopen_reason: str = ""


class EvaluationKind(StrEnum):
    """When an evaluation is taken."""

    INTERIM = "interim"
    FINAL = "final"


class Respondent(StrEnum):
    """Whose view an evaluation holds."""

    MENTEE = "mentee"
    MENTOR = "mentor"
    COACH = "coach"


@dataclass(kw_only=True)
class Evaluation(Record):
    """One filled-in evaluation. It names the question set and its version, so the answers
    stay readable after the coordinator edits the questions."""

    TABLE: ClassVar[str] = "evaluations"

    match_id: str
    kind: EvaluationKind
    respondent: Respondent
    answered_on: date
    question_set: str  # the set's code, e.g. "final-mentee"
    question_set_version: int
    # Question code → the answer: 1-5 or 1-4, "n/a", a list of ticked codes, or text.
    answers: dict[str, object] = field(default_factory=dict)


class Situation(StrEnum):
    """The mentee's situation at an outcome follow-up (seed 002 §12.2.3)."""

    UNEMPLOYED = "unemployed"
    EMPLOYED = "employed"
    TRAINING = "training"
    OTHER = "other"


class Contract(StrEnum):
    """The kind of job, when employed. Funders count a fixed term of six months or more."""

    NONE = ""
    PERMANENT = "permanent"
    FIXED_TERM_LONG = "fixed-term-6m"  # six months or more
    FIXED_TERM_SHORT = "fixed-term-short"


class OutcomeSource(StrEnum):
    """How the coach learned the outcome."""

    CALL = "call"
    EMAIL = "email"
    LINKEDIN = "linkedin"
    OTHER = "other"


@dataclass(kw_only=True)
class Outcome(Record):
    """An outcome follow-up, 3, 6, 9 or 12 months after the duo ended."""

    TABLE: ClassVar[str] = "outcomes"

    match_id: str
    months_after: int
    recorded_on: date
    situation: Situation
    contract: Contract = Contract.NONE
    at_level: bool | None = None
    in_desired_sector: bool | None = None
    source: OutcomeSource = OutcomeSource.CALL
    note: str = ""

    @property
    def counts_as_employed(self) -> bool:
        """Employed on a permanent contract or a fixed term of at least six months."""
        return self.situation is Situation.EMPLOYED and self.contract in (
            Contract.PERMANENT,
            Contract.FIXED_TERM_LONG,
        )


DUO_RECORD_TYPES: tuple[type[Record], ...] = (
    Agreement,
    Meeting,
    FollowUp,
    Ending,
    Evaluation,
    Outcome,
)

"""What leaves the coach's hands when a match is proposed (domain.md, step 6). No Qt.

    packet = mentor_packet(mentee_case)   # the mentee's CV and the profile a mentor judges by
    card = mentee_packet(mentor_case)     # the mentor's given name and short profile, only

This is the single place that decides it: the review's previews, and anything printed or
sent later, are built from these packets and nothing else. Each packet is an allow-list, so a
field added to the intake one day stays with the coach until someone adds it here on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass

from storage.cases import CaseFile
from storage.records import Attachment, Participant

CV_KIND = "cv"


@dataclass(frozen=True)
class SharedJobTarget:
    """A job target as the mentor reads it: codes and the coach's description."""

    sector: str  # NACE code
    occupation: str  # ISCO-08 code
    description: str


@dataclass(frozen=True)
class SharedLanguage:
    """A language the mentee speaks, and how well."""

    language: str  # ISO 639 code
    level: str  # CEFR A1…C2, "native" or ""


FieldValue = (
    str | int | bool | tuple[str, ...] | tuple[SharedJobTarget, ...] | tuple[SharedLanguage, ...]
)

# What a mentor needs to judge whether they can help this mentee find work, in the order a
# preview shows it. Everything else of the intake stays with the coach: contact details (the
# coach introduces the two), the family name, the postcode, origin, arrival year, right to
# work, year of birth, gender, specific needs (often about health or a disability), the
# coach's assessment, notes, screening and contacts.
#
# The family name is left out even though the CV usually carries it: the CV is the mentee's
# own document, shared as they wrote it, while Duo adds only what the decision needs, and a
# given name is enough to talk about someone until both have said yes and meet.
MENTOR_FIELDS = (
    "given_name",
    "job_targets",
    "diploma_level",
    "diploma_field",
    "diploma_recognised",
    "experience_years",
    "experience_summary",
    "languages",
    "municipality",
    "availability",
    "interests",
)


@dataclass(frozen=True)
class MentorPacket:
    """What the mentor receives about the mentee: the full CV and part of the profile."""

    cv: Attachment | None  # the latest CV in the case file; its bytes are read by id
    fields: tuple[tuple[str, FieldValue], ...]  # (field name, value), only those filled in

    def value(self, name: str) -> FieldValue | None:
        """One field's value, or None when it is not sent."""
        return dict(self.fields).get(name)


@dataclass(frozen=True)
class MenteePacket:
    """What the mentee receives about the mentor: the given name and the short profile."""

    given_name: str
    short_profile: str


def latest_cv(case: CaseFile) -> Attachment | None:
    """The CV attached last (attachments are read oldest first), or None."""
    return next((a for a in reversed(case.attachments) if a.kind == CV_KIND), None)


def _mentor_value(case: CaseFile, name: str) -> FieldValue | None:
    person: Participant = case.participant
    if name == "job_targets":
        return tuple(
            SharedJobTarget(t.sector, t.occupation, t.description) for t in case.job_targets
        )
    if name == "languages":
        return tuple(SharedLanguage(s.language, s.level) for s in case.languages)
    if name == "availability":
        return tuple(person.availability)
    value: FieldValue | None = getattr(person, name)
    return value


def mentor_packet(mentee_case: CaseFile) -> MentorPacket:
    """What the mentor receives about this mentee when the match is proposed."""
    fields: list[tuple[str, FieldValue]] = []
    for name in MENTOR_FIELDS:
        value = _mentor_value(mentee_case, name)
        # False is an answer ("diploma not recognised"); None, "" and () were never filled in.
        if value is not None and value not in ("", ()):
            fields.append((name, value))
    return MentorPacket(cv=latest_cv(mentee_case), fields=tuple(fields))


def mentee_packet(mentor_case: CaseFile) -> MenteePacket:
    """What the mentee receives about this mentor: nothing but the given name and the short
    profile the mentor agreed to share."""
    person = mentor_case.participant
    return MenteePacket(given_name=person.given_name, short_profile=person.short_profile)

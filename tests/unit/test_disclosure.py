"""What each side receives when a match is proposed: the mentor the mentee's full CV and the
profile fields needed to judge the fit, the mentee the mentor's given name and short profile,
and nothing else. Proven with a canary value in every field of both case files."""

from __future__ import annotations

import dataclasses
import enum
import itertools
import re
import typing
from datetime import date, timedelta
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from desktop.matching.disclosure import (
    MENTOR_FIELDS,
    MenteePacket,
    SharedJobTarget,
    SharedLanguage,
    mentee_packet,
    mentor_packet,
)
from storage.cases import CaseFile
from storage.records import (
    Attachment,
    Consent,
    ContactLogEntry,
    Decision,
    JobTarget,
    LanguageSkill,
    Match,
    Note,
    Participant,
    Record,
    Role,
    ScreeningDecision,
    Status,
    StatusChange,
)

_numbers = itertools.count(1901)
_CANARY = re.compile(r"CANARY-.*?-7f3")


def canary(tag: str) -> str:
    """A value that cannot appear by chance, naming where it was put."""
    return f"CANARY-{tag}-7f3"


def _canary_value(hint: Any, tag: str) -> Any:
    """A unique value of the field's type; enums and flags keep a real value."""
    args = [arg for arg in typing.get_args(hint) if arg is not type(None)]
    if args and typing.get_origin(hint) not in (list, dict):
        hint = args[0]  # X | None
    origin = typing.get_origin(hint)
    if origin is list:
        return [canary(tag)]
    if origin is dict:
        return {canary(tag): 4}
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return list(hint)[-1]
    if hint is bool:
        return True
    if hint is int:
        return next(_numbers)
    if hint is date:
        return date(2000, 1, 1) + timedelta(days=next(_numbers))
    if hint is str:
        return canary(tag)
    return None  # datetimes: set by the store


def canary_record(cls: type[Record], tag: str, **fixed: Any) -> Any:
    """A record whose every field holds a canary (or a unique number or date)."""
    hints = typing.get_type_hints(cls)
    values = {
        item.name: _canary_value(hints[item.name], f"{tag}-{item.name}")
        for item in dataclasses.fields(cls)
        if item.init
    }
    values.update(fixed)
    return cls(**values)


def canary_case(role: Role, tag: str) -> CaseFile:
    """A case file with a canary in every field of every kind of record."""
    return CaseFile(
        participant=canary_record(Participant, tag, role=role),
        job_targets=[canary_record(JobTarget, f"{tag}-target{n}") for n in (1, 2)],
        languages=[canary_record(LanguageSkill, f"{tag}-language{n}") for n in (1, 2)],
        consents=[canary_record(Consent, f"{tag}-consent")],
        screenings=[
            canary_record(ScreeningDecision, f"{tag}-screening", decision=Decision.REFUSED)
        ],
        statuses=[canary_record(StatusChange, f"{tag}-status", status=Status.ACCEPTED)],
        notes=[canary_record(Note, f"{tag}-note")],
        contacts=[canary_record(ContactLogEntry, f"{tag}-contact")],
        attachments=[
            canary_record(Attachment, f"{tag}-old-cv", kind="cv"),
            canary_record(Attachment, f"{tag}-cv", kind="cv"),
            canary_record(Attachment, f"{tag}-diploma", kind="diploma"),
        ],
        matches=[canary_record(Match, f"{tag}-match")],
        events=[],
        generation=next(_numbers),
    )


def leaves(value: Any) -> list[Any]:
    """Every plain value inside a packet, however deeply nested."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [
            leaf for item in dataclasses.fields(value) for leaf in leaves(getattr(value, item.name))
        ]
    if isinstance(value, dict):
        return [leaf for pair in value.items() for leaf in leaves(pair)]
    if isinstance(value, list | tuple | set | frozenset):
        return [leaf for item in value for leaf in leaves(item)]
    return [value]


def canaries_in(packet: Any) -> set[str]:
    """The canaries a packet carries, wherever they are: alone, or inside a longer text."""
    return {
        found for leaf in leaves(packet) if isinstance(leaf, str) for found in _CANARY.findall(leaf)
    }


def numbers_in(packet: Any) -> set[int]:
    return {leaf for leaf in leaves(packet) if type(leaf) is int}


# --- the mentee receives the mentor's given name and short profile, nothing else ----------


def test_the_mentee_receives_only_the_mentors_given_name_and_short_profile() -> None:
    mentor = canary_case(Role.MENTOR, "mentor")

    packet = mentee_packet(mentor)

    assert packet == MenteePacket(
        given_name=canary("mentor-given_name"), short_profile=canary("mentor-short_profile")
    )
    assert canaries_in(packet) == {canary("mentor-given_name"), canary("mentor-short_profile")}
    assert all(isinstance(leaf, str) for leaf in leaves(packet))


def test_not_one_other_mentor_field_reaches_the_mentee() -> None:
    mentor = canary_case(Role.MENTOR, "mentor")
    person = mentor.participant
    everything = canaries_in(mentor) - {person.given_name, person.short_profile}
    for secret in (
        person.family_name,
        person.employer,
        person.job_title,
        person.email,
        person.phone,
        person.linkedin,
        person.qualities,
        person.motivation,
        mentor.job_targets[0].description,
        mentor.notes[0].text,
    ):
        assert secret in everything

    packet = mentee_packet(mentor)

    assert everything.isdisjoint(canaries_in(packet))
    assert not {person.year_of_birth, person.capacity} & numbers_in(packet)


@given(
    other=st.sampled_from(
        [
            f.name
            for f in dataclasses.fields(Participant)
            if f.name not in ("given_name", "short_profile", "role")
        ]
    ),
    text=st.text(max_size=40),
)
def test_whatever_else_a_mentor_file_holds_the_mentee_packet_is_the_same(
    other: str, text: str
) -> None:
    mentor = canary_case(Role.MENTOR, "mentor")
    before = mentee_packet(mentor)
    hint = typing.get_type_hints(Participant)[other]
    changed = text if hint is str else _canary_value(hint, f"changed-{other}")

    mentor.participant = dataclasses.replace(mentor.participant, **{other: changed})

    assert mentee_packet(mentor) == before


# --- the mentor receives the full CV and the profile needed to judge the fit --------------

NEVER_TO_THE_MENTOR = (
    "family_name",
    "email",
    "phone",
    "postcode",
    "right_to_work",
    "arrival_year",
    "country_of_origin",
    "year_of_birth",
    "gender",
    "diploma_country",
    "motivation",
    "openness_to_feedback",
    "actively_searching",
    "preferences",
    "preferred_mentor_gender",
    "preferred_mentor_age",
    "referral_partner",
    "referral_contact",
    "domain_needs",
    "specific_needs",
    "interviewer",
    "coach",
)


def test_the_mentor_receives_the_latest_cv_and_the_profile_needed_to_judge_the_fit() -> None:
    mentee = canary_case(Role.MENTEE, "mentee")
    person = mentee.participant

    packet = mentor_packet(mentee)

    assert packet.cv == mentee.attachments[1]  # the latest CV, not the older one nor the diploma
    assert [name for name, _ in packet.fields] == list(MENTOR_FIELDS)
    assert packet.value("given_name") == person.given_name
    assert packet.value("municipality") == person.municipality
    assert packet.value("experience_years") == person.experience_years
    assert packet.value("diploma_recognised") is True
    # Specific needs often speak of health or a disability: they stay with the coach.
    assert packet.value("specific_needs") is None
    assert packet.value("availability") == tuple(person.availability)
    assert packet.value("job_targets") == tuple(
        SharedJobTarget(t.sector, t.occupation, t.description) for t in mentee.job_targets
    )
    assert packet.value("languages") == tuple(
        SharedLanguage(s.language, s.level) for s in mentee.languages
    )


def test_contact_details_origin_and_the_coachs_work_never_reach_the_mentor() -> None:
    mentee = canary_case(Role.MENTEE, "mentee")
    person = mentee.participant
    cv = mentee.attachments[1]
    sent = {
        getattr(person, name, None)
        for name in MENTOR_FIELDS
        if isinstance(getattr(person, name, None), str)
    }
    sent |= {
        value
        for target in mentee.job_targets
        for value in (target.sector, target.occupation, target.description)
    }
    sent |= {value for skill in mentee.languages for value in (skill.language, skill.level)}
    sent |= set(person.availability) | canaries_in(cv)

    packet = mentor_packet(mentee)

    assert canaries_in(packet) <= sent
    forbidden = {
        found for name in NEVER_TO_THE_MENTOR for found in canaries_in(getattr(person, name))
    }
    assert len(forbidden) >= 12 and forbidden.isdisjoint(canaries_in(packet))
    for record in (
        *mentee.notes,
        *mentee.contacts,
        *mentee.screenings,
        *mentee.consents,
        *mentee.matches,
        mentee.attachments[0],
        mentee.attachments[2],
    ):
        assert canaries_in(record).isdisjoint(canaries_in(packet))
    assert not {person.arrival_year, person.year_of_birth, person.openness_to_feedback} & (
        numbers_in(packet)
    )
    assert person.right_to_work not in leaves(packet)
    assert not set(NEVER_TO_THE_MENTOR) & {name for name, _ in packet.fields}


def test_a_mentee_without_a_cv_sends_the_profile_only_and_leaves_out_what_is_empty() -> None:
    mentee = canary_case(Role.MENTEE, "mentee")
    mentee.attachments = [a for a in mentee.attachments if a.kind != "cv"]
    mentee.job_targets = []
    mentee.participant = dataclasses.replace(
        mentee.participant, interests="", experience_years=None, diploma_recognised=False
    )

    packet = mentor_packet(mentee)

    assert packet.cv is None
    names = [name for name, _ in packet.fields]
    assert "interests" not in names and "experience_years" not in names
    assert "job_targets" not in names
    # "Not recognised" is an answer the mentor needs, not an empty field.
    assert packet.value("diploma_recognised") is False

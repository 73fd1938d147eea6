"""The intake interview as data: form values to records and back, and saving an intake.

The intake screen holds its values as one plain dictionary of JSON types (strings, numbers,
lists), so the very same dictionary is what the crash-safe draft keeps:

    values = blank_values(Role.MENTEE, user_id=coach_id, today=date.today())
    values["given_name"] = "Amara"
    case_id = create_intake(programme.cases, Role.MENTEE, values, author=coach_id,
                            today=date.today())

Participant fields keep their record names ("year_of_birth"); dates are ISO text. Besides
them: "job_targets" (up to two {"sector", "occupation", "description"}), "languages"
([language, level] pairs) and "consents" (the purposes consented to). No Qt here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.rules.intake_checks import check_required
from storage.cases import CaseEdit, CaseFile, CaseStore, read_document_file
from storage.errors import QT_TRANSLATE_NOOP, AttachmentUnreadableError, DuoError
from storage.records import (
    Attachment,
    Consent,
    JobTarget,
    LanguageSkill,
    Participant,
    RightToWork,
    Role,
    Status,
    StatusChange,
)

FormValues = dict[str, Any]

CONSENT_TEXT_VERSION = "2026-1"  # the version of the consent text read to the candidate
CV_KIND = "cv"
MAX_JOB_TARGETS = 2  # domain.md: "one or two occupations and sectors"
# The six domains of mentoring (seed 000), self-assessed 1-5 at intake.
DOMAINS = ("skills", "cv", "letter", "networking", "vacancies", "interview")
DOCUMENT_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
}

COMMON_FIELDS = (
    "given_name", "family_name", "year_of_birth", "gender", "phone", "email",
    "municipality", "postcode", "experience_years", "experience_summary", "availability",
    "motivation", "interests", "info_session_on", "intake_on", "interviewer", "coach",
)  # fmt: skip
MENTEE_FIELDS = (
    *COMMON_FIELDS,
    "mobility", "country_of_origin", "arrival_year", "right_to_work", "diploma_level",
    "diploma_field", "diploma_country", "diploma_recognised", "openness_to_feedback",
    "actively_searching", "preferences", "preferred_mentor_gender", "preferred_mentor_age",
    "specific_needs", "referral_partner", "referral_contact", "domain_needs",
)  # fmt: skip
MENTOR_FIELDS = (
    *COMMON_FIELDS,
    "employer", "job_title", "generalist", "capacity", "qualities", "short_profile",
    "linkedin", "training_on",
)  # fmt: skip
_INT_FIELDS = frozenset(
    {"year_of_birth", "arrival_year", "experience_years", "openness_to_feedback", "capacity"}
)
_BOOL_FIELDS = frozenset({"diploma_recognised", "actively_searching"})  # None = not known
_FLAG_FIELDS = frozenset({"generalist"})  # ticked or not: never unknown
_DATE_FIELDS = frozenset({"info_session_on", "intake_on", "training_on"})


def participant_fields(role: Role) -> tuple[str, ...]:
    """The participant fields an intake of this role asks, in the order they are asked."""
    return MENTEE_FIELDS if role is Role.MENTEE else MENTOR_FIELDS


def _blank(name: str) -> Any:
    if name in _INT_FIELDS or name in _BOOL_FIELDS or name in _DATE_FIELDS:
        return None
    if name in _FLAG_FIELDS:
        return False
    if name == "availability":
        return []
    if name == "domain_needs":
        return {}
    return ""


def blank_values(role: Role, *, user_id: str, today: date) -> FormValues:
    """The form of a new intake, with its defaults: interviewed today by the user, who is
    also the coach; a mentor takes one mentee at a time."""
    values = {name: _blank(name) for name in participant_fields(role)}
    values |= {
        "intake_on": today.isoformat(),
        "interviewer": user_id,
        "coach": user_id,
        "job_targets": [],
        "languages": [],
        "consents": [],
    }
    if role is Role.MENTOR:
        values["capacity"] = 1
    return values


def _to_form(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, RightToWork):
        return value.value
    if isinstance(value, list | dict):
        return type(value)(value)
    return value


def values_from_case(case: CaseFile) -> FormValues:
    """The form values of an existing participant's intake."""
    participant = case.participant
    values = {
        name: _to_form(getattr(participant, name)) for name in participant_fields(participant.role)
    }
    values["job_targets"] = [
        {"sector": t.sector, "occupation": t.occupation, "description": t.description}
        for t in case.job_targets
    ]
    values["languages"] = [[skill.language, skill.level] for skill in case.languages]
    values["consents"] = _unique(c.purpose for c in case.consents if c.withdrawn_on is None)
    return values


def _unique(items: Any) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))


def _from_form(name: str, value: Any) -> Any:
    """A form value as the participant record holds it."""
    if name in _DATE_FIELDS:
        return date.fromisoformat(value) if value else None
    if name in _INT_FIELDS:
        return int(value) if value not in (None, "") else None
    if name in _BOOL_FIELDS:
        return None if value is None else bool(value)
    if name in _FLAG_FIELDS:
        return bool(value)
    if name == "right_to_work":
        return RightToWork(value or "")
    if name == "availability":
        return _unique(value or [])
    if name == "domain_needs":
        return {domain: int(level) for domain, level in (value or {}).items() if level}
    return str(value or "").strip()


def participant_values(values: Mapping[str, Any], role: Role) -> dict[str, Any]:
    """The participant fields of the form, typed as the record holds them."""
    return {name: _from_form(name, values.get(name)) for name in participant_fields(role)}


def job_targets(values: Mapping[str, Any]) -> list[JobTarget]:
    """The job targets typed (empty ones left out), numbered from 1."""
    typed = []
    for target in (values.get("job_targets") or [])[:MAX_JOB_TARGETS]:
        parts = {key: str(target.get(key) or "").strip() for key in ("sector", "occupation")}
        parts["description"] = str(target.get("description") or "").strip()
        if any(parts.values()):
            typed.append(parts)
    return [JobTarget(position=n, **parts) for n, parts in enumerate(typed, start=1)]


def languages(values: Mapping[str, Any]) -> dict[str, str]:
    """Language code to level, each language once (the last level typed wins)."""
    return {str(code): str(level or "") for code, level in values.get("languages") or [] if code}


def consents(values: Mapping[str, Any]) -> list[str]:
    """The purposes consented to."""
    return _unique(values.get("consents") or [])


@dataclass(frozen=True)
class MenteeView:
    """All a mentee ever learns about a proposed mentor (domain.md: the short profile)."""

    given_name: str
    short_profile: str


def mentee_view(values: Mapping[str, Any]) -> MenteeView:
    """What the mentee will receive of a mentor's intake: given name and short profile."""
    return MenteeView(
        given_name=str(values.get("given_name") or "").strip(),
        short_profile=str(values.get("short_profile") or "").strip(),
    )


def _require(values: Mapping[str, Any], role: Role | None) -> None:
    if check_required(values, role):
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "Type at least the participant's given name before saving the intake."
            )
        )


# --- documents ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Document:
    """A document read from disk, ready to be stored in a case file."""

    file_name: str
    media_type: str
    content: bytes


def media_type_of(file_name: str) -> str | None:
    """The media type of a CV file Duo can keep and show, or None."""
    return DOCUMENT_TYPES.get(Path(file_name).suffix.lower())


def read_document(path: Path) -> Document:
    """Read a CV from disk; the size is checked before reading, so a huge file costs nothing.

    Raises a `DuoError` with a clear message for a file of another type, too large, empty
    or unreadable (messages never name the file: its name may hold the person's name).
    """
    media_type = media_type_of(path.name)
    if media_type is None:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "Duo keeps a CV as PDF, Word (DOCX), OpenDocument (ODT) or a picture (PNG, JPEG). "
                "Save the CV in one of those formats, then attach it again.",
            )
        )
    content = read_document_file(path)
    if not content:
        raise AttachmentUnreadableError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "The chosen file is empty. Save the CV again from the program that made it, "
                "then attach it again.",
            )
        )
    return Document(file_name=path.name, media_type=media_type, content=content)


def latest_cv(case: CaseFile) -> Attachment | None:
    """The CV most recently attached to a case, if any."""
    cvs = [attachment for attachment in case.attachments if attachment.kind == CV_KIND]
    return cvs[-1] if cvs else None


# --- saving ---------------------------------------------------------------------------------


def create_intake(
    cases: CaseStore,
    role: Role,
    values: Mapping[str, Any],
    *,
    author: str,
    today: date,
    cv: Document | None = None,
) -> str:
    """Create the case file of a new participant; returns the participant's id.

    The path starts with "registered" (on the day of the info session if it came first,
    else the intake date) and "interviewed" on the intake date.
    """
    _require(values, role)
    participant = Participant(role=role, **participant_values(values, role))
    intake_on = participant.intake_on or today
    registered_on = min(day for day in (participant.info_session_on, intake_on) if day)
    records = [
        *job_targets(values),
        *(LanguageSkill(language=code, level=level) for code, level in languages(values).items()),
        *(_consent(purpose, today) for purpose in consents(values)),
        StatusChange(status=Status.REGISTERED, since=registered_on),
        StatusChange(status=Status.INTERVIEWED, since=intake_on),
    ]
    attachments = [(cv.file_name, cv.content, CV_KIND, cv.media_type)] if cv else []
    return cases.create(participant, author=author, records=records, attachments=attachments)


def _consent(purpose: str, today: date) -> Consent:
    return Consent(purpose=purpose, given_on=today, text_version=CONSENT_TEXT_VERSION)


def changed_fields(base: Mapping[str, Any], values: Mapping[str, Any], role: Role) -> list[str]:
    """The form values the coach changed, compared as they would be stored."""
    changed = [
        name
        for name in participant_fields(role)
        if _from_form(name, values.get(name)) != _from_form(name, base.get(name))
    ]
    for name, normalise in (("job_targets", job_targets), ("languages", languages)):
        if _comparable(normalise(values)) != _comparable(normalise(base)):
            changed.append(name)
    if set(consents(values)) != set(consents(base)):
        changed.append("consents")
    return changed


def _comparable(value: Any) -> Any:
    if isinstance(value, list):
        return [dataclasses.replace(item, id="") for item in value]
    return value


def update_intake(
    cases: CaseStore,
    case_id: str,
    base: Mapping[str, Any],
    values: Mapping[str, Any],
    *,
    author: str,
    today: date,
    cv: Document | None = None,
) -> list[str]:
    """Store what the coach changed since `base` (the values the form was opened with), and
    nothing else, so a change made meanwhile elsewhere (a note, a status) is kept.

    Job targets are replaced as a whole when changed; languages and consents change one by
    one (an unticked consent is withdrawn today, never deleted). A participant still only
    "registered" becomes "interviewed" on the intake date. Returns the changed form values.
    """
    role = cases.read(case_id).participant.role
    _require(values, role)
    changed = changed_fields(base, values, role)
    if not changed and cv is None:
        return []
    with cases.edit(case_id, author=author) as edit:
        typed = participant_values(values, role)
        fields = {name: typed[name] for name in changed if name in typed}
        if fields:
            edit.update_participant(**fields)
        if "job_targets" in changed:
            for old in edit.find(JobTarget):
                edit.remove(JobTarget, old.id)
            for target in job_targets(values):
                edit.add(target)
        if "languages" in changed:
            _apply_languages(edit, languages(base), languages(values))
        if "consents" in changed:
            _apply_consents(edit, set(consents(base)), consents(values), today)
        if cv is not None:
            edit.attach_bytes(cv.file_name, cv.content, kind=CV_KIND, media_type=cv.media_type)
        # find() keeps the order of saving, so a stable sort by day leaves the latest last.
        statuses = sorted(edit.find(StatusChange), key=lambda s: s.since)
        intake_on = edit.participant.intake_on
        if intake_on and statuses and statuses[-1].status is Status.REGISTERED:
            edit.set_status(Status.INTERVIEWED, intake_on)
    return changed + (["cv"] if cv is not None else [])


def _apply_languages(edit: CaseEdit, before: dict[str, str], after: dict[str, str]) -> None:
    current = {skill.language: skill for skill in edit.find(LanguageSkill)}
    for code in before.keys() - after.keys():
        if code in current:
            edit.remove(LanguageSkill, current[code].id)
    for code, level in after.items():
        if before.get(code) == level and code in before:
            continue
        if code in current:
            edit.update(dataclasses.replace(current[code], level=level))
        else:
            edit.add(LanguageSkill(language=code, level=level))


def _apply_consents(edit: CaseEdit, before: set[str], after: list[str], today: date) -> None:
    active = {c.purpose: c for c in edit.find(Consent) if c.withdrawn_on is None}
    for purpose in before - set(after):
        if purpose in active:
            edit.update(dataclasses.replace(active[purpose], withdrawn_on=today))
    for purpose in after:
        if purpose not in before and purpose not in active:
            edit.add(_consent(purpose, today))

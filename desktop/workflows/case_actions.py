"""What a coach does from a participant's case view, as plain functions over a programme.

    decide_screening(programme, case_id, Decision.REFUSED, reason="…", referred_to="",
                     decided_on=date.today(), author=coach_id)
    add_note(programme, case_id, "Called the language school.", written_on=today, author=…)
    erase(programme, case_id, reason="Asked to be erased", author=coach_id)

Each function checks what it is given (a `DuoError` with a clear message when something is
missing), then changes the case file in one save, so the audit trail records it as one
change. The caller tells the rest of the application (`Session.notify_case_saved`). No Qt.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from enum import StrEnum
from pathlib import Path

from desktop.matching.from_index import open_places_taken
from desktop.rules.status_path import can_decide, current_step
from desktop.workflows.intake import media_type_of, read_document
from storage.errors import QT_TRANSLATE_NOOP, DuoError
from storage.programme import Programme
from storage.records import (
    Attachment,
    Consent,
    ContactLogEntry,
    Decision,
    Note,
    Role,
    ScreeningDecision,
    Status,
    StatusChange,
)

# The step each screening decision puts the participant on (accepted: waiting for a match).
DECISION_STATUS = {
    Decision.ACCEPTED: Status.ACCEPTED,
    Decision.REFUSED: Status.REFUSED,
    Decision.REFERRED: Status.REFERRED,
}
# The kinds of document a case file keeps; the intake attaches the CV as "cv".
DOCUMENT_KINDS = ("cv", "diploma", "letter", "other")


class Detail(StrEnum):
    """A part of a screening decision that can be missing."""

    REASON = "reason"  # refused: what the letter will say; referred: why
    REFERRED_TO = "referred_to"  # referred: where to


def missing_details(decision: Decision, *, reason: str, referred_to: str) -> list[Detail]:
    """What a decision still needs: a refusal its reason (the candidate is told it), a
    referral where to and why."""
    missing = []
    if decision is Decision.REFERRED and not referred_to.strip():
        missing.append(Detail.REFERRED_TO)
    if decision is not Decision.ACCEPTED and not reason.strip():
        missing.append(Detail.REASON)
    return missing


def decide_screening(
    programme: Programme,
    case_id: str,
    decision: Decision,
    *,
    reason: str,
    referred_to: str,
    decided_on: date,
    author: str,
    decided_by: str | None = None,
    category: str = "",
) -> ScreeningDecision:
    """Record the screening decision and put the participant on the matching step.

    `decided_by` defaults to the author; `category` (a label of the refusal reasons list)
    becomes the note of the refusal step, so the path says why at a glance; a referral's
    step notes where to.
    """
    if missing_details(decision, reason=reason, referred_to=referred_to):
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "A refusal needs its reason, and a referral needs where to and why: the "
                "candidate is told them.",
            )
        )
    _refuse_with_open_matches(
        programme,
        case_id,
        QT_TRANSLATE_NOOP(
            "DuoError",
            "This mentor has {count} match(es) running (proposed, or a duo). Decline or end "
            "them in the mentees' case files first, then record a new screening decision.",
        ),
    )
    kept_reason = "" if decision is Decision.ACCEPTED else reason.strip()
    kept_where = referred_to.strip() if decision is Decision.REFERRED else ""
    note = {Decision.REFUSED: category.strip(), Decision.REFERRED: kept_where}.get(decision, "")
    with programme.cases.edit(case_id, author=author) as edit:
        step = current_step(edit.find(StatusChange))
        if step is not None and not can_decide(step.status):
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "A match is proposed or a duo is running for this participant. End it "
                    "before recording a new screening decision.",
                )
            )
        if step is not None and decided_on < step.since:
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "The decision cannot be dated before the participant's last step "
                    "({since}). Check the date of the decision.",
                ),
                since=step.since.isoformat(),
            )
        record = edit.add(
            ScreeningDecision(
                decision=decision,
                decided_on=decided_on,
                reason=kept_reason,
                referred_to=kept_where,
                decided_by=decided_by or author,
            )
        )
        edit.set_status(DECISION_STATUS[decision], decided_on, note)
    return record


def add_note(
    programme: Programme, case_id: str, text: str, *, written_on: date, author: str
) -> Note:
    """Add a coach's dated note (the author is who wrote it)."""
    if not text.strip():
        raise DuoError(QT_TRANSLATE_NOOP("DuoError", "Type the note first, then add it."))
    with programme.cases.edit(case_id, author=author) as edit:
        return edit.add(Note(written_on=written_on, text=text.strip()))


def add_contact(
    programme: Programme,
    case_id: str,
    *,
    contacted_on: date,
    channel: str,
    summary: str,
    author: str,
) -> ContactLogEntry:
    """Log a call, e-mail or meeting with the participant."""
    if not summary.strip():
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "Say in a few words what the contact was about, then add it."
            )
        )
    with programme.cases.edit(case_id, author=author) as edit:
        return edit.add(
            ContactLogEntry(contacted_on=contacted_on, channel=channel, summary=summary.strip())
        )


def withdraw_consent(
    programme: Programme, case_id: str, consent_id: str, *, withdrawn_on: date, author: str
) -> Consent:
    """Record that a consent was withdrawn; the consent itself stays, as proof of both."""
    with programme.cases.edit(case_id, author=author) as edit:
        found = edit.find(Consent, id=consent_id)
        if not found:
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError", "This consent is no longer in the case file. Open the case again."
                )
            )
        consent = found[0]
        if consent.withdrawn_on is not None:
            raise DuoError(QT_TRANSLATE_NOOP("DuoError", "This consent was already withdrawn."))
        if withdrawn_on < consent.given_on:
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError", "A consent cannot be withdrawn before the day it was given."
                )
            )
        return edit.update(dataclasses.replace(consent, withdrawn_on=withdrawn_on))


def attach_document(
    programme: Programme, case_id: str, path: Path, *, kind: str, author: str
) -> Attachment:
    """Keep a document (a CV, a diploma scan…) in the case file.

    The type and the size are checked before the file is read, so choosing a huge file by
    mistake costs nothing; `AttachmentTooLargeError` and `AttachmentUnreadableError` say
    what to do.
    """
    if media_type_of(path.name) is None:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "Duo keeps documents as PDF, Word (DOCX), OpenDocument (ODT) or pictures (PNG, "
                "JPEG). Save the document in one of those formats, then attach it again.",
            )
        )
    document = read_document(path)
    with programme.cases.edit(case_id, author=author) as edit:
        return edit.attach_bytes(
            document.file_name, document.content, kind=kind, media_type=document.media_type
        )


def open_matches_as_mentor(programme: Programme, case_id: str) -> int:
    """How many proposals and duos name this participant as the mentor (they live in the
    mentees' case files, so the index is brought up to date first)."""
    programme.index.refresh(programme.cases)
    return open_places_taken(programme.index.matches())[case_id]


def _refuse_with_open_matches(programme: Programme, case_id: str, message: str) -> None:
    """`message` (a whole sentence, which says what was refused) has a {count}."""
    entry = programme.index.get(case_id)
    if entry is None or entry.role is not Role.MENTOR:
        return
    count = open_matches_as_mentor(programme, case_id)
    if count:
        raise DuoError(message, count=count)


def erase(programme: Programme, case_id: str, *, reason: str, author: str) -> None:
    """Erase a participant for good; the erasure log keeps the date and the reason only.

    A mentor with matches running is refused: their mentees would be left matched with
    nobody.
    """
    if not reason.strip():
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "Give the reason for the erasure: the erasure log keeps it."
            )
        )
    _refuse_with_open_matches(
        programme,
        case_id,
        QT_TRANSLATE_NOOP(
            "DuoError",
            "This mentor has {count} match(es) running (proposed, or a duo). Decline or end "
            "them in the mentees' case files first, then erase the mentor.",
        ),
    )
    programme.erase_participant(case_id, author=author, reason=reason.strip())

"""What a coach does from a case view, without Qt: screening, notes, contacts, consents,
documents and erasure, each one save in the participant's case file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.workflows.case_actions import (
    Detail,
    add_contact,
    add_note,
    attach_document,
    decide_screening,
    erase,
    missing_details,
    withdraw_consent,
)
from storage.cases import MAX_ATTACHMENT_BYTES
from storage.errors import AttachmentTooLargeError, DuoError, ParticipantNotFoundError
from storage.programme import Programme
from storage.records import Consent, Decision, Status, StatusChange
from tests.helpers import fictional_participant

TODAY = date(2026, 3, 15)
COACH = "coach-id"
OTHER_COACH = "other-coach-id"


@pytest.fixture
def case_id(programme: Programme) -> str:
    """A mentee interviewed on 10 March, who consented to two purposes."""
    return programme.cases.create(
        fictional_participant("Nilufar", "Rahimova-Peeters"),
        author=COACH,
        records=[
            StatusChange(status=Status.REGISTERED, since=date(2026, 3, 1)),
            StatusChange(status=Status.INTERVIEWED, since=date(2026, 3, 10)),
            Consent(purpose="programme", given_on=date(2026, 3, 10), text_version="2026-1"),
            Consent(purpose="share-cv", given_on=date(2026, 3, 10), text_version="2026-1"),
        ],
    )


def test_accepting_puts_the_participant_on_the_waiting_list(
    programme: Programme, case_id: str
) -> None:
    decide_screening(
        programme,
        case_id,
        Decision.ACCEPTED,
        reason="ignored for an acceptance",
        referred_to="",
        decided_on=TODAY,
        author=COACH,
    )
    case = programme.cases.read(case_id)
    (screening,) = case.screenings
    assert (screening.decision, screening.decided_on, screening.reason) == (
        Decision.ACCEPTED,
        TODAY,
        "",
    )
    assert screening.decided_by == COACH
    assert case.status is not None
    assert (case.status.status, case.status.since) == (Status.ACCEPTED, TODAY)


def test_a_refusal_keeps_its_reason_and_notes_the_category_on_the_path(
    programme: Programme, case_id: str
) -> None:
    decide_screening(
        programme,
        case_id,
        Decision.REFUSED,
        reason="  Your Dutch is not yet at the level the programme needs.  ",
        referred_to="somewhere",
        decided_on=TODAY,
        author=COACH,
        decided_by=OTHER_COACH,
        category="Language not yet sufficient",
    )
    case = programme.cases.read(case_id)
    (screening,) = case.screenings
    assert screening.reason == "Your Dutch is not yet at the level the programme needs."
    assert screening.referred_to == ""
    assert screening.decided_by == OTHER_COACH
    assert case.status is not None
    assert (case.status.status, case.status.note) == (
        Status.REFUSED,
        "Language not yet sufficient",
    )


def test_a_referral_says_where_and_why(programme: Programme, case_id: str) -> None:
    decide_screening(
        programme,
        case_id,
        Decision.REFERRED,
        reason="A course first helps more.",
        referred_to="Dutch course for adults",
        decided_on=TODAY,
        author=COACH,
    )
    case = programme.cases.read(case_id)
    assert case.screenings[0].referred_to == "Dutch course for adults"
    assert case.status is not None
    assert (case.status.status, case.status.note) == (Status.REFERRED, "Dutch course for adults")


def test_a_refusal_or_referral_without_its_details_is_refused(
    programme: Programme, case_id: str
) -> None:
    assert missing_details(Decision.ACCEPTED, reason="", referred_to="") == []
    assert missing_details(Decision.REFUSED, reason=" ", referred_to="") == [Detail.REASON]
    assert missing_details(Decision.REFERRED, reason="", referred_to="") == [
        Detail.REFERRED_TO,
        Detail.REASON,
    ]
    with pytest.raises(DuoError, match="reason"):
        decide_screening(
            programme,
            case_id,
            Decision.REFUSED,
            reason="",
            referred_to="",
            decided_on=TODAY,
            author=COACH,
        )
    assert programme.cases.read(case_id).screenings == []


def test_a_decision_dated_before_the_last_step_is_refused(
    programme: Programme, case_id: str
) -> None:
    with pytest.raises(DuoError, match="before the participant's last step"):
        decide_screening(
            programme,
            case_id,
            Decision.ACCEPTED,
            reason="",
            referred_to="",
            decided_on=date(2026, 3, 9),
            author=COACH,
        )
    case = programme.cases.read(case_id)
    assert case.screenings == []
    assert case.status is not None and case.status.status is Status.INTERVIEWED


def test_no_decision_while_a_match_is_proposed(programme: Programme, case_id: str) -> None:
    with programme.cases.edit(case_id, author=COACH) as edit:
        edit.set_status(Status.MATCHING, date(2026, 3, 12))
    with pytest.raises(DuoError, match="match is proposed"):
        decide_screening(
            programme,
            case_id,
            Decision.REFUSED,
            reason="Changed their mind.",
            referred_to="",
            decided_on=TODAY,
            author=COACH,
        )


def test_notes_and_contacts_are_dated_and_signed(programme: Programme, case_id: str) -> None:
    add_note(
        programme,
        case_id,
        "  Wants to work in logistics.\nVery motivated. ",
        written_on=TODAY,
        author=COACH,
    )
    add_contact(
        programme,
        case_id,
        contacted_on=TODAY,
        channel="phone",
        summary=" Planned the info session. ",
        author=OTHER_COACH,
    )
    case = programme.cases.read(case_id)
    (note,) = case.notes
    assert (note.written_on, note.text, note.author) == (
        TODAY,
        "Wants to work in logistics.\nVery motivated.",
        COACH,
    )
    (contact,) = case.contacts
    assert (contact.channel, contact.summary, contact.author) == (
        "phone",
        "Planned the info session.",
        OTHER_COACH,
    )


def test_an_empty_note_or_contact_is_refused(programme: Programme, case_id: str) -> None:
    with pytest.raises(DuoError, match="Type the note"):
        add_note(programme, case_id, "  \n ", written_on=TODAY, author=COACH)
    with pytest.raises(DuoError, match="what the contact was about"):
        add_contact(
            programme, case_id, contacted_on=TODAY, channel="phone", summary=" ", author=COACH
        )
    case = programme.cases.read(case_id)
    assert case.notes == [] and case.contacts == []


def test_withdrawing_a_consent_keeps_it_with_the_date(programme: Programme, case_id: str) -> None:
    consent = programme.cases.read(case_id).consents[1]
    withdraw_consent(programme, case_id, consent.id, withdrawn_on=TODAY, author=COACH)
    consents = programme.cases.read(case_id).consents
    assert [(c.purpose, c.withdrawn_on) for c in consents] == [
        ("programme", None),
        ("share-cv", TODAY),
    ]
    with pytest.raises(DuoError, match="already withdrawn"):
        withdraw_consent(programme, case_id, consent.id, withdrawn_on=TODAY, author=COACH)
    with pytest.raises(DuoError, match="before the day it was given"):
        withdraw_consent(
            programme, case_id, consents[0].id, withdrawn_on=date(2026, 3, 1), author=COACH
        )


def test_a_document_is_kept_with_its_kind(
    programme: Programme, case_id: str, tmp_path: Path
) -> None:
    scan = tmp_path / "diploma.pdf"
    scan.write_bytes(b"%PDF-1.4 a fictional diploma")
    attach_document(programme, case_id, scan, kind="diploma", author=COACH)
    (attachment,) = programme.cases.read(case_id).attachments
    assert (attachment.kind, attachment.file_name, attachment.media_type, attachment.size) == (
        "diploma",
        "diploma.pdf",
        "application/pdf",
        len(b"%PDF-1.4 a fictional diploma"),
    )
    assert programme.cases.read_attachment(case_id, attachment.id).startswith(b"%PDF")


def test_a_document_too_large_or_of_another_type_is_refused_before_reading(
    programme: Programme, case_id: str, tmp_path: Path
) -> None:
    huge = tmp_path / "scan.pdf"
    with huge.open("wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)  # sparse: nothing is really written
    with pytest.raises(AttachmentTooLargeError, match="MB"):
        attach_document(programme, case_id, huge, kind="diploma", author=COACH)
    program = tmp_path / "tool.exe"
    program.write_bytes(b"MZ")
    with pytest.raises(DuoError, match="PDF"):
        attach_document(programme, case_id, program, kind="other", author=COACH)
    assert programme.cases.read(case_id).attachments == []


def test_erasing_needs_a_reason_and_leaves_only_the_log(programme: Programme, case_id: str) -> None:
    with pytest.raises(DuoError, match="reason"):
        erase(programme, case_id, reason="  ", author=COACH)
    assert programme.cases.path(case_id).exists()
    erase(programme, case_id, reason="Asked to be erased", author=COACH)
    assert not programme.cases.path(case_id).exists()
    with pytest.raises(ParticipantNotFoundError):
        programme.cases.read(case_id)
    (erasure,) = programme.erasures()
    assert (erasure.participant_id, erasure.reason) == (case_id, "Asked to be erased")

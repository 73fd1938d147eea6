"""The intake workflow without Qt: form values to case files and back, drafts, CV files."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from desktop.workflows.intake import (
    CONSENT_TEXT_VERSION,
    blank_values,
    changed_fields,
    create_intake,
    latest_cv,
    read_document,
    update_intake,
    values_from_case,
)
from desktop.workflows.intake_drafts import DRAFT_KINDS, IntakeDraft, draft_key_for, new_draft_key
from storage.cases import MAX_ATTACHMENT_BYTES
from storage.drafts import Draft
from storage.errors import AttachmentTooLargeError, AttachmentUnreadableError, DuoError
from storage.programme import Programme
from storage.records import Note, RightToWork, Role, Status, utc_now
from tests.helpers import fictional_participant, register_name

TODAY = date(2026, 3, 15)
COACH = "coach-id"


def mentee_values() -> dict[str, object]:
    for name in ("Amara", "Okonkwo-Mensah"):
        register_name(name)
    values = blank_values(Role.MENTEE, user_id=COACH, today=TODAY)
    values |= {
        "given_name": " Amara ",
        "family_name": "Okonkwo-Mensah",
        "year_of_birth": 1991,
        "phone": "+32 470 12 34 56",
        "municipality": "Gent",
        "postcode": "9000",
        "country_of_origin": "NG",
        "arrival_year": 2022,
        "right_to_work": "yes",
        "diploma_level": "master",
        "diploma_recognised": True,
        "availability": ["mon-evening", "sat"],
        "domain_needs": {"cv": 4, "interview": 5, "skills": None},
        "info_session_on": "2026-03-02",
        "job_targets": [
            {"sector": "J", "occupation": "25", "description": "software developer"},
            {"sector": "", "occupation": "", "description": ""},
        ],
        "languages": [["en", "C1"], ["nl", "A2"], ["yo", "native"]],
        "consents": ["programme", "share-cv"],
    }
    return values


def test_blank_values_have_the_defaults_a_coach_expects() -> None:
    mentee = blank_values(Role.MENTEE, user_id=COACH, today=TODAY)
    assert mentee["intake_on"] == "2026-03-15"
    assert mentee["interviewer"] == mentee["coach"] == COACH
    assert "short_profile" not in mentee and "referral_partner" in mentee
    mentor = blank_values(Role.MENTOR, user_id=COACH, today=TODAY)
    assert mentor["capacity"] == 1
    assert "short_profile" in mentor and "referral_partner" not in mentor


def test_a_new_intake_creates_the_case_file_registered_then_interviewed(
    programme: Programme,
) -> None:
    case_id = create_intake(
        programme.cases, Role.MENTEE, mentee_values(), author=COACH, today=TODAY
    )
    case = programme.cases.read(case_id)
    person = case.participant
    assert (person.role, person.given_name, person.family_name) == (
        Role.MENTEE,
        "Amara",
        "Okonkwo-Mensah",
    )
    assert person.right_to_work is RightToWork.YES
    assert person.diploma_recognised is True
    assert person.intake_on == TODAY
    assert person.domain_needs == {"cv": 4, "interview": 5}
    assert person.author == COACH and person.coach == COACH
    assert [(s.status, s.since) for s in case.statuses] == [
        (Status.REGISTERED, date(2026, 3, 2)),
        (Status.INTERVIEWED, TODAY),
    ]
    assert case.status is not None and case.status.status is Status.INTERVIEWED
    assert [(t.position, t.sector, t.occupation) for t in case.job_targets] == [(1, "J", "25")]
    assert {s.language: s.level for s in case.languages} == {"en": "C1", "nl": "A2", "yo": "native"}
    assert [(c.purpose, c.given_on, c.text_version) for c in case.consents] == [
        ("programme", TODAY, CONSENT_TEXT_VERSION),
        ("share-cv", TODAY, CONSENT_TEXT_VERSION),
    ]
    assert values_from_case(case)["given_name"] == "Amara"


def test_a_new_intake_needs_a_given_name(programme: Programme) -> None:
    values = mentee_values() | {"given_name": "  "}
    with pytest.raises(DuoError, match="given name"):
        create_intake(programme.cases, Role.MENTEE, values, author=COACH, today=TODAY)
    assert programme.cases.case_ids() == []


def test_a_mentor_intake_keeps_only_mentor_fields(programme: Programme) -> None:
    register_name("Søren")
    values = blank_values(Role.MENTOR, user_id=COACH, today=TODAY) | {
        "given_name": "Søren",
        "employer": "Havenbedrijf",
        "short_profile": "I plan container logistics and like to share how recruiters read a CV.",
        "training_on": "2026-04-01",
        "referral_partner": "pes",  # not a mentor field: ignored
    }
    case = programme.cases.read(
        create_intake(programme.cases, Role.MENTOR, values, author=COACH, today=TODAY)
    )
    assert case.participant.capacity == 1
    assert case.participant.training_on == date(2026, 4, 1)
    assert case.participant.referral_partner == ""
    assert case.participant.short_profile.startswith("I plan container logistics")


def test_values_round_trip_through_a_case_file(programme: Programme) -> None:
    case_id = create_intake(
        programme.cases, Role.MENTEE, mentee_values(), author=COACH, today=TODAY
    )
    values = values_from_case(programme.cases.read(case_id))
    assert changed_fields(values, mentee_values(), Role.MENTEE) == []
    assert values["languages"] == [["en", "C1"], ["nl", "A2"], ["yo", "native"]]
    assert values["consents"] == ["programme", "share-cv"]


def test_editing_stores_the_changed_fields_only(programme: Programme) -> None:
    case_id = create_intake(
        programme.cases, Role.MENTEE, mentee_values(), author=COACH, today=TODAY
    )
    base = values_from_case(programme.cases.read(case_id))
    # Meanwhile someone else changes another field and adds a note: both must survive.
    with programme.cases.edit(case_id, author="other") as edit:
        edit.update_participant(mobility="bike")
        edit.add(Note(written_on=TODAY, text="Called back about the info session."))
    values = dict(base) | {"municipality": "Sint-Amandsberg"}
    assert update_intake(programme.cases, case_id, base, values, author=COACH, today=TODAY) == [
        "municipality"
    ]
    case = programme.cases.read(case_id)
    assert case.participant.municipality == "Sint-Amandsberg"
    assert case.participant.mobility == "bike"
    assert len(case.notes) == 1
    update = [e for e in case.events if e.action == "update"][-1]
    assert update.fields == ["municipality"] and update.author == COACH


def test_editing_nothing_writes_nothing(programme: Programme) -> None:
    case_id = create_intake(
        programme.cases, Role.MENTEE, mentee_values(), author=COACH, today=TODAY
    )
    case = programme.cases.read(case_id)
    base = values_from_case(case)
    assert (
        update_intake(programme.cases, case_id, base, dict(base), author=COACH, today=TODAY) == []
    )
    assert programme.cases.read(case_id).generation == case.generation


def test_editing_replaces_job_targets_and_changes_languages_and_consents(
    programme: Programme,
) -> None:
    case_id = create_intake(
        programme.cases, Role.MENTEE, mentee_values(), author=COACH, today=TODAY
    )
    base = values_from_case(programme.cases.read(case_id))
    later = date(2026, 5, 1)
    values = dict(base) | {
        "job_targets": [
            {"sector": "M", "occupation": "24", "description": "data analyst"},
            {"sector": "J", "occupation": "25", "description": ""},
        ],
        "languages": [["en", "C1"], ["nl", "B1"], ["fr", "A1"]],
        "consents": ["programme", "evaluation"],
    }
    changed = update_intake(programme.cases, case_id, base, values, author=COACH, today=later)
    assert changed == ["job_targets", "languages", "consents"]
    case = programme.cases.read(case_id)
    assert [(t.position, t.sector, t.description) for t in case.job_targets] == [
        (1, "M", "data analyst"),
        (2, "J", ""),
    ]
    assert {s.language: s.level for s in case.languages} == {"en": "C1", "nl": "B1", "fr": "A1"}
    consents = {c.purpose: c for c in case.consents}
    assert consents["share-cv"].withdrawn_on == later  # withdrawn, not deleted
    assert consents["evaluation"].given_on == later and consents["evaluation"].withdrawn_on is None
    assert consents["programme"].given_on == TODAY
    assert values_from_case(case)["consents"] == ["programme", "evaluation"]


def test_an_imported_participant_becomes_interviewed_at_the_intake(programme: Programme) -> None:
    person = fictional_participant("Mehwish", "Qureshi")
    with_status = programme.cases.create(person, author=COACH)
    with programme.cases.edit(with_status, author=COACH) as edit:
        edit.set_status(Status.REGISTERED, date(2026, 1, 10))
    base = values_from_case(programme.cases.read(with_status))
    values = dict(base) | {"intake_on": TODAY.isoformat(), "municipality": "Mechelen"}
    update_intake(programme.cases, with_status, base, values, author=COACH, today=TODAY)
    case = programme.cases.read(with_status)
    assert case.status is not None
    assert (case.status.status, case.status.since) == (Status.INTERVIEWED, TODAY)


def write(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


def test_a_cv_is_read_and_stored_with_the_intake(programme: Programme, tmp_path: Path) -> None:
    cv = read_document(write(tmp_path / "cv.PDF", b"%PDF-1.4 fictional"))
    assert cv.media_type == "application/pdf" and cv.file_name == "cv.PDF"
    case_id = create_intake(
        programme.cases, Role.MENTEE, mentee_values(), author=COACH, today=TODAY, cv=cv
    )
    stored = latest_cv(programme.cases.read(case_id))
    assert stored is not None and stored.kind == "cv"
    assert programme.cases.read_attachment(case_id, stored.id) == b"%PDF-1.4 fictional"
    # Editing with a new CV adds it; the newest is the CV.
    base = values_from_case(programme.cases.read(case_id))
    newer = read_document(write(tmp_path / "cv.odt", b"PK fictional odt"))
    assert update_intake(
        programme.cases, case_id, base, dict(base), author=COACH, today=TODAY, cv=newer
    ) == ["cv"]
    case = programme.cases.read(case_id)
    assert len(case.attachments) == 2
    latest = latest_cv(case)
    assert latest is not None
    assert latest.media_type == "application/vnd.oasis.opendocument.text"


def test_cv_files_too_large_empty_missing_or_of_another_type_give_clear_messages(
    tmp_path: Path,
) -> None:
    huge = tmp_path / "scan.jpg"
    with huge.open("wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)  # sparse: no disk space used
    with pytest.raises(AttachmentTooLargeError, match="up to 20 MB"):
        read_document(huge)
    with pytest.raises(AttachmentUnreadableError, match="empty"):
        read_document(write(tmp_path / "empty.docx", b""))
    with pytest.raises(AttachmentUnreadableError, match="could not read"):
        read_document(tmp_path / "gone.pdf")
    with pytest.raises(DuoError, match="PDF, Word"):
        read_document(write(tmp_path / "cv.exe", b"MZ"))
    for error in (AttachmentTooLargeError, AttachmentUnreadableError):
        assert issubclass(error, DuoError)


def test_drafts_keep_role_case_values_and_the_chosen_cv(programme: Programme) -> None:
    key = new_draft_key()
    assert key.startswith("intake:new:")
    draft = IntakeDraft(
        key=key, role=Role.MENTOR, case_id=None, values={"given_name": "Ayşe"}, cv_path="/x.pdf"
    )
    programme.drafts.save(draft.key, draft.kind, draft.payload())
    stored = programme.drafts.load(key)
    assert stored is not None
    restored = IntakeDraft.from_draft(stored)
    assert restored == draft
    edit = IntakeDraft(
        key=draft_key_for("8d1c2f43-0000-4000-8000-000000000000"),
        role=Role.MENTEE,
        case_id="8d1c2f43-0000-4000-8000-000000000000",
        values={"given_name": "Lan"},
        base={"given_name": "Lan"},
    )
    again = IntakeDraft.from_draft(Draft(edit.key, edit.kind, edit.payload(), utc_now()))
    assert again == edit
    assert DRAFT_KINDS[Role.MENTEE] == "intake-mentee"


def test_other_drafts_are_not_intakes() -> None:
    now = utc_now()
    assert IntakeDraft.from_draft(Draft("note:1", "note", {"values": {}}, now)) is None
    assert IntakeDraft.from_draft(Draft("intake:new:1", "intake-mentee", {}, now)) is None


def test_a_sparse_file_check_does_not_read_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES * 50)
    with pytest.raises(AttachmentTooLargeError, match="1,000 MB"):
        read_document(huge)
    assert os.stat(huge).st_size == MAX_ATTACHMENT_BYTES * 50

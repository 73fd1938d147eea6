"""Case files: what a coach writes comes back exactly, every change is in the audit trail."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from storage import sqlcipher
from storage.errors import ParticipantNotFoundError
from storage.programme import Programme
from storage.records import (
    Consent,
    ContactLogEntry,
    Decision,
    JobTarget,
    LanguageSkill,
    Note,
    Role,
    ScreeningDecision,
    Status,
)
from tests.helpers import fictional_participant


def test_a_new_case_reads_back_with_all_its_records(programme: Programme) -> None:
    person = fictional_participant(
        year_of_birth=1991,
        municipality="Antwerpen",
        postcode="2060",
        availability=["tue-evening", "sat"],
        domain_needs={"cv": 4, "networking": 2},
        diploma_recognised=False,
    )
    case_id = programme.cases.create(
        person,
        author="coach-1",
        records=[
            JobTarget(position=1, sector="J", occupation="25"),
            LanguageSkill(language="nl", level="A2"),
            Consent(purpose="programme", given_on=date(2026, 9, 1), text_version="2026-1"),
        ],
        attachments=[("cv.pdf", b"%PDF-1.4 fictional", "cv", "application/pdf")],
    )
    case = programme.cases.read(case_id)
    assert case.participant.display_name == "Çağla Yılmaz-Van den Broeck"
    assert case.participant.availability == ["tue-evening", "sat"]
    assert case.participant.domain_needs == {"cv": 4, "networking": 2}
    assert case.participant.diploma_recognised is False
    assert case.participant.author == "coach-1"
    assert case.participant.created_at is not None
    assert [t.occupation for t in case.job_targets] == ["25"]
    assert [(s.language, s.level) for s in case.languages] == [("nl", "A2")]
    assert case.consents[0].text_version == "2026-1"
    assert case.attachments[0].size == len(b"%PDF-1.4 fictional")
    assert programme.cases.read_attachment(case_id, case.attachments[0].id) == (
        b"%PDF-1.4 fictional"
    )
    assert case.generation == 1


def test_an_edit_is_saved_whole_and_logged_without_values(programme: Programme) -> None:
    case_id = programme.cases.create(fictional_participant(), author="coach-1")
    with programme.cases.edit(case_id, author="coach-2") as case:
        case.update_participant(municipality="Gent", postcode="9000")
        case.add(Note(written_on=date(2026, 11, 2), text="Wil naar de bouwsector."))
        case.add(ContactLogEntry(contacted_on=date(2026, 11, 3), channel="phone"))
        case.add(ScreeningDecision(decision=Decision.ACCEPTED, decided_on=date(2026, 11, 3)))
        case.set_status(Status.ACCEPTED, date(2026, 11, 3))
    case = programme.cases.read(case_id)
    assert case.participant.municipality == "Gent"
    assert case.participant.updated_at is not None
    assert case.participant.updated_at > case.participant.created_at  # type: ignore[operator]
    assert case.status is not None and case.status.status is Status.ACCEPTED
    assert case.generation == 2
    update = next(e for e in case.events if e.action == "update")
    assert update.author == "coach-2"
    assert sorted(update.fields) == ["municipality", "postcode"]
    assert all("Gent" not in str(e) for e in case.events)


def test_an_edit_that_fails_halfway_changes_nothing(programme: Programme) -> None:
    case_id = programme.cases.create(fictional_participant(), author="")
    before = programme.cases.path(case_id).read_bytes()
    with pytest.raises(RuntimeError), programme.cases.edit(case_id, author="") as case:
        case.update_participant(municipality="Leuven")
        raise RuntimeError("the coach's laptop lost power, say")
    assert programme.cases.path(case_id).read_bytes() == before
    assert programme.cases.read(case_id).participant.municipality == ""
    assert os.listdir(programme.folder / ".tmp") == []


def test_records_can_be_changed_and_removed(programme: Programme) -> None:
    case_id = programme.cases.create(
        fictional_participant(role=Role.MENTOR),
        author="",
        records=[Note(written_on=date(2026, 1, 5), text="eerste versie")],
    )
    note = programme.cases.read(case_id).notes[0]
    with programme.cases.edit(case_id, author="coach-1") as case:
        case.update(Note(id=note.id, written_on=note.written_on, text="tweede versie"))
    assert programme.cases.read(case_id).notes[0].text == "tweede versie"
    with programme.cases.edit(case_id, author="coach-1") as case:
        case.remove(Note, note.id)
    case = programme.cases.read(case_id)
    assert case.notes == []
    assert [e.action for e in case.events][-2:] == ["update", "remove"]


def test_the_event_log_cannot_be_rewritten(programme: Programme, tmp_path: Path) -> None:
    case_id = programme.cases.create(fictional_participant(), author="")
    copy = tmp_path / "copy.duo"
    shutil.copyfile(programme.cases.path(case_id), copy)
    conn = sqlcipher.connect(copy, programme.cases.key(case_id))
    try:
        with pytest.raises(sqlcipher.DatabaseError, match="append-only"):
            conn.execute("DELETE FROM events")
        with pytest.raises(sqlcipher.DatabaseError, match="append-only"):
            conn.execute("UPDATE events SET author = 'someone else'")
    finally:
        conn.close()


def test_a_participant_cannot_be_removed_only_erased(programme: Programme) -> None:
    from storage.records import Participant

    case_id = programme.cases.create(fictional_participant(), author="")
    with pytest.raises(ValueError), programme.cases.edit(case_id, author="") as case:
        case.remove(Participant, case_id)


def test_an_unknown_participant_gets_a_clear_message(programme: Programme) -> None:
    with pytest.raises(ParticipantNotFoundError, match="no longer there"):
        programme.cases.read("00000000-0000-4000-8000-000000000000")
    with pytest.raises(ParticipantNotFoundError):
        programme.cases.read("../programme")

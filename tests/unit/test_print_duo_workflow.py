"""Printing a duo's documents from a real programme: the agreement (stored or the defaults),
a session summary, the certificates once the duo ended, and the certificates of every duo
that ended in a period in one PDF."""

from __future__ import annotations

import dataclasses
import io
from datetime import date

import pytest
from pypdf import PdfReader

from desktop.workflows.duo import end_duo, log_meeting, new_agreement, save_agreement
from desktop.workflows.print_duo import (
    agreement_document,
    batch_certificates,
    certificate_document,
    default_language,
    ended_duos,
    session_summary_document,
)
from storage.duo_records import Ending, Meeting, MeetingKind
from storage.errors import DuoError
from storage.programme import Programme
from storage.records import LanguageSkill, Role, StaffMember
from tests.duo_helpers import COACH, Duo, make_duo
from tests.helpers import fictional_participant

TODAY = date(2026, 11, 2)
MENTEE, MENTOR, COACH_NAME = "Amani Okonkwo-Dubois", "Ingrid Vandersteen", "Sofie Claes"


@pytest.fixture
def duo(programme: Programme) -> Duo:
    """A duo whose coach is on the staff, in a programme with an address in Gent."""
    with programme.edit_programme_file(author="") as edit:
        edit.add(StaffMember(id=COACH, name=COACH_NAME))
    profile = dataclasses.replace(programme.profile(), address="Kouter 1\n9000 Gent")
    programme.save_profile(profile, author=COACH)
    return make_duo(programme)


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def _meet(
    programme: Programme, duo: Duo, day: date, kind: MeetingKind = MeetingKind.MEETING
) -> str:
    meeting = Meeting(match_id=duo.match_id, held_on=day, kind=kind, topic=f"Topic of {day}")
    return log_meeting(programme, duo.mentee_id, meeting, author=COACH, today=TODAY).id


def _end(programme: Programme, duo: Duo, day: date) -> None:
    ending = Ending(match_id=duo.match_id, ended_on=day)
    end_duo(programme, duo.mentee_id, ending, wait_again=False, author=COACH, today=TODAY)


def test_the_agreement_prints_the_defaults_then_what_was_agreed(
    programme: Programme, duo: Duo
) -> None:
    text = _text(agreement_document(programme, duo.mentee_id, duo.match_id, "en"))
    for term in (MENTEE, MENTOR, COACH_NAME, "10 March 2026", "10 September 2026", "2 weeks"):
        assert term in text
    agreed = dataclasses.replace(
        new_agreement(programme, duo.mentee_id, duo.match_id),
        meeting_places="The library café",
        charter_version="2026-1",
    )
    save_agreement(programme, duo.mentee_id, agreed, author=COACH, today=TODAY)
    text = _text(agreement_document(programme, duo.mentee_id, duo.match_id, "nl"))
    assert "The library café" in text
    assert "2026-1" in text
    assert "Mentoringovereenkomst" in text


def test_a_session_summary_prints_one_meeting_of_the_duo(programme: Programme, duo: Duo) -> None:
    meeting_id = _meet(programme, duo, date(2026, 3, 24))
    text = _text(session_summary_document(programme, duo.mentee_id, meeting_id, "fr"))
    for term in ("Compte rendu de rencontre", "24 mars 2026", "Topic of 2026-03-24", MENTOR):
        assert term in text
    with pytest.raises(DuoError, match="no longer"):
        session_summary_document(programme, duo.mentee_id, "no-such-meeting", "fr")


def test_certificates_count_the_meetings_once_the_duo_ended(programme: Programme, duo: Duo) -> None:
    with pytest.raises(DuoError, match="still running"):
        certificate_document(programme, duo.mentee_id, duo.match_id, Role.MENTEE, "en")
    _meet(programme, duo, date(2026, 3, 24))
    _meet(programme, duo, date(2026, 4, 1), MeetingKind.CONTACT)  # not a full meeting
    _meet(programme, duo, date(2026, 4, 7))
    _end(programme, duo, date(2026, 9, 10))
    mentee = _text(certificate_document(programme, duo.mentee_id, duo.match_id, Role.MENTEE, "en"))
    for term in (MENTEE, "from 10 March 2026 to 10 September 2026", "2 meetings", COACH_NAME):
        assert term in mentee
    assert "Gent, 10 September 2026" in mentee  # the programme's town, the day it ended
    mentor = certificate_document(
        programme, duo.mentee_id, duo.match_id, Role.MENTOR, "nl", issued_on=date(2026, 9, 25)
    )
    assert MENTOR in _text(mentor)
    assert "Gent, 25 september 2026" in _text(mentor)
    assert "voor de vrijwillige inzet als mentor" in _text(mentor)


def test_a_batch_prints_mentee_and_mentor_of_every_duo_ended_in_the_period(
    programme: Programme, duo: Duo
) -> None:
    later = make_duo(programme, mentee=("Олена", "Коваленко"), mentor=("Νίκος", "Παπαδόπουλος"))
    _end(programme, duo, date(2026, 6, 30))
    _end(programme, later, date(2026, 10, 1))
    first_half = ended_duos(programme, date(2026, 1, 1), date(2026, 6, 30))
    assert [entry.id for entry in first_half] == [duo.match_id]
    year = ended_duos(programme, date(2026, 1, 1), date(2026, 12, 31))
    assert [entry.id for entry in year] == [duo.match_id, later.match_id]

    seen: list[tuple[int, int]] = []
    pdf = batch_certificates(
        programme, date(2026, 1, 1), date(2026, 12, 31), "fr", lambda *step: seen.append(step)
    )
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) == 4
    assert [MENTEE in pages[0], MENTOR in pages[1]] == [True, True]
    assert "Олена Коваленко" in pages[2]
    assert "Νίκος Παπαδόπουλος" in pages[3]
    assert seen == [(1, 2), (2, 2)]
    with pytest.raises(DuoError, match="No duo ended"):
        batch_certificates(programme, date(2025, 1, 1), date(2025, 12, 31), "fr")

    # A damaged mentee file costs only that duo its certificates.
    path = programme.cases.path(duo.mentee_id)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    pdf = batch_certificates(programme, date(2026, 1, 1), date(2026, 12, 31), "fr")
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 2


@pytest.mark.parametrize(
    ("skills", "language"),
    [
        ([], "en"),
        ([("ar", "native"), ("nl", "A2")], "en"),  # Dutch not yet enough to read alone
        ([("nl", "B1"), ("fr", "C1"), ("en", "B2")], "fr"),
        ([("fr", "native"), ("nl", "native")], "fr"),  # a tie: the first recorded
        ([("nl", "native"), ("en", "C2")], "nl"),
    ],
)
def test_documents_default_to_the_language_the_person_reads_best(
    programme: Programme, skills: list[tuple[str, str]], language: str
) -> None:
    records = [LanguageSkill(language=code, level=level) for code, level in skills]
    case_id = programme.cases.create(fictional_participant(), author=COACH, records=records)
    assert default_language(programme.cases.read(case_id)) == language

"""Printing a participant's documents from a real programme: names and labels come from the
programme file and the index, the letter follows the latest screening decision, and the
complete file lists documents without their content and the mentor by name only."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.workflows.case_actions import add_note, decide_screening
from desktop.workflows.duo import log_meeting, new_agreement, save_agreement
from desktop.workflows.evaluations import save_evaluation
from desktop.workflows.intake import CONSENT_TEXT_VERSION
from desktop.workflows.print_case import (
    complete_file_document,
    consent_form_document,
    intake_summary_document,
    letter_document,
)
from printing.words import Words
from storage.duo_records import Evaluation, EvaluationKind, Meeting, Respondent
from storage.errors import DuoError
from storage.programme import Programme
from storage.question_sets import default_question_set
from storage.records import Decision, Role, StaffMember, Status, StatusChange
from tests.case_documents import LAST_SENTENCE, LONG_TEXT, flat, text_of
from tests.duo_helpers import Duo, make_duo
from tests.helpers import fictional_participant

TODAY = date(2026, 6, 1)
SECRET = "Contents of the CV that must never be printed"


@pytest.fixture
def coach(programme: Programme) -> str:
    with programme.edit_programme_file(author="") as edit:
        member = edit.add(StaffMember(name="Fatoumata Diallo", email="fatoumata@duo.example"))
    return member.id


@pytest.fixture
def candidate(programme: Programme, coach: str) -> str:
    person = fictional_participant("Νίκος", "Παπαδόπουλος", coach=coach, country_of_origin="GR")
    return programme.cases.create(
        person,
        author=coach,
        records=[StatusChange(status=Status.INTERVIEWED, since=date(2026, 5, 2))],
        attachments=[("cv.txt", SECRET.encode(), "cv", "text/plain")],
    )


def test_the_intake_summary_reads_names_and_labels_from_the_programme(
    programme: Programme, candidate: str
) -> None:
    text = text_of(intake_summary_document(programme, candidate, "fr", today=TODAY))
    assert "Νίκος Παπαδόπουλος" in text
    assert "Grèce" in text
    assert "Fatoumata Diallo" in text
    assert "Mentoring Antwerpen" in text  # the programme's letterhead


def test_the_letter_needs_a_decision_and_follows_the_latest_one(
    programme: Programme, candidate: str, coach: str
) -> None:
    with pytest.raises(DuoError):
        letter_document(programme, candidate, "en", today=TODAY)
    decide_screening(
        programme,
        candidate,
        Decision.REFERRED,
        reason="A Dutch course first.",
        referred_to="Huis van het Nederlands",
        decided_on=date(2026, 5, 10),
        author=coach,
    )
    words = Words("letters", "nl")
    text = text_of(letter_document(programme, candidate, "nl", today=TODAY))
    assert flat(words("referred")) in text
    assert "Huis van het Nederlands" in text
    assert "A Dutch course first." in text
    assert "fatoumata@duo.example" in text
    assert words.date(TODAY) in text


def test_the_consent_form_offers_the_programme_s_active_purposes(
    programme: Programme, candidate: str, coach: str
) -> None:
    items = programme.list_items("consent_purposes")
    for item in items:
        item.active = item.code != "funder-report"
    programme.save_list("consent_purposes", items, author=coach)
    words = Words("consent_form", "en")
    text = text_of(consent_form_document(programme, candidate, "en", today=TODAY))
    assert flat(words("purpose_programme")) in text
    assert flat(words("purpose_funder-report")) not in text  # retired from the list
    assert flat(words("text_version", version=CONSENT_TEXT_VERSION)) in text


def _followed_duo(programme: Programme) -> Duo:
    duo = make_duo(programme)
    agreement = new_agreement(programme, duo.mentee_id, duo.match_id)
    save_agreement(programme, duo.mentee_id, agreement, author="coach-id", today=TODAY)
    meeting = Meeting(match_id=duo.match_id, held_on=date(2026, 4, 2), work=LONG_TEXT)
    log_meeting(programme, duo.mentee_id, meeting, author="coach-id", today=TODAY)
    add_note(programme, duo.mentee_id, "Called the mentee.", written_on=TODAY, author="coach-id")
    evaluation = Evaluation(
        match_id=duo.match_id,
        kind=EvaluationKind.INTERIM,
        respondent=Respondent.MENTEE,
        answered_on=date(2026, 4, 12),
        question_set="interim-mentee",
        question_set_version=1,
        answers={"process-satisfaction": 4},
    )
    save_evaluation(programme, duo.mentee_id, evaluation, author="coach-id", today=TODAY)
    return duo


def test_the_complete_file_holds_the_mentoring_with_the_mentor_by_name_only(
    programme: Programme,
) -> None:
    duo = _followed_duo(programme)
    with programme.cases.edit(duo.mentor_id, author="coach-id") as edit:
        edit.update_participant(email="ingrid@private.example", phone="+32 499 00 00 00")
    with programme.cases.edit(duo.mentee_id, author="coach-id") as edit:
        edit.attach_bytes("cv.txt", SECRET.encode(), kind="cv", media_type="text/plain")
    programme.index.refresh(programme.cases)
    text = text_of(complete_file_document(programme, duo.mentee_id, "en", today=TODAY))
    assert "Amani Okonkwo-Dubois" in text
    assert "Ingrid Vandersteen" in text
    assert "ingrid@private.example" not in text and "+32 499" not in text
    assert LAST_SENTENCE in text
    assert "Called the mentee." in text
    assert "cv.txt" in text and SECRET not in text
    # The interim evaluation reads with the questions it was answered with.
    assert "Are you satisfied with the follow-up and guidance" in text
    assert "Agreement: added" in text  # the record history


def test_a_mentor_s_complete_file_holds_their_duo_with_the_mentee_by_name_only(
    programme: Programme,
) -> None:
    duo = _followed_duo(programme)
    text = text_of(complete_file_document(programme, duo.mentor_id, "fr", today=TODAY))
    words = Words("complete_file", "fr")
    assert "Ingrid Vandersteen" in text
    assert flat(words("mentor_source")) in text
    assert flat(words("match_title", other="Amani Okonkwo-Dubois", day="20 février 2026")) in text
    assert LAST_SENTENCE in text  # the meeting the mentor took part in
    assert "Called the mentee." not in text  # the mentee's notes
    mentee_file = text_of(complete_file_document(programme, duo.mentee_id, "fr", today=TODAY))
    # The mentee's evaluation, its question in the file's language.
    question = default_question_set("interim-mentee", "fr").question("process-satisfaction")
    assert flat(question.text)[:40] in flat(mentee_file) and flat(question.text)[:40] not in flat(
        text
    )
    assert programme.cases.read(duo.mentor_id).participant.role is Role.MENTOR

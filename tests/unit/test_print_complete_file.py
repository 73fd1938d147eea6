"""The complete file for a request of access (GDPR): every part present in English, Dutch
and French, every note and meeting text whole however long, documents listed without their
content, the other person of a duo by name only, the record history."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from printing.complete_file import complete_file_pdf
from printing.words import Words
from storage.question_sets import default_question_set
from tests.case_documents import (
    HOUSE,
    LABELS,
    LAST_SENTENCE,
    flat,
    fonts_of,
    full_mentee_case,
    has_arabic_shaped,
    mentee_case,
    text_of,
)

DAY = date(2026, 12, 20)
SETS = {("final-mentee", 1): default_question_set("final-mentee")}
MENTEE_PARTS = (
    "section_identity",
    "section_consents",
    "section_screening",
    "section_statuses",
    "section_notes",
    "section_contacts",
    "section_matches",
    "section_agreements",
    "section_meetings",
    "section_follow_ups",
    "section_endings",
    "section_evaluations",
    "section_outcomes",
    "section_attachments",
    "section_events",
)


@pytest.fixture(scope="module")
def english() -> str:
    return text_of(complete_file_pdf(full_mentee_case(), LABELS, HOUSE, "en", question_sets=SETS))


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_every_part_is_there_numbered_in_every_language(language: str) -> None:
    pdf = complete_file_pdf(
        full_mentee_case(), LABELS, HOUSE, language, question_sets=SETS, printed_on=DAY
    )
    text = text_of(pdf)
    words = Words("complete_file", language)
    for number, key in enumerate(MENTEE_PARTS, start=1):
        assert f"{number}. {flat(words(key))}" in text
    assert flat(words("intro", programme=HOUSE.name, day=words.date(DAY))) in text
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert flat(words("page_of", page=pages, pages=pages)) in text
    assert PdfReader(io.BytesIO(pdf)).metadata.title == words("title")


def test_every_note_and_meeting_text_is_printed_whole(english: str) -> None:
    case = full_mentee_case()
    texts = [note.text for note in case.notes]
    for meeting in case.meetings:
        texts += [meeting.check_in, meeting.topic, meeting.goal, meeting.next_steps, meeting.work]
    for text in filter(None, texts):
        for paragraph in text.split("\n\n"):
            assert flat(paragraph) in english
    assert LAST_SENTENCE in english
    assert "Salary < 2000 & <b>kept</b>" in english  # typed text is never markup


def test_the_mentoring_is_all_there_with_the_mentor_by_name(english: str) -> None:
    for expected in (
        "Match with Ingrid Vandersteen, proposed on 20 February 2026",
        "Match with Νίκος Παπαδόπουλος, proposed on 2 February 2026",
        "No time before the summer.",
        "Review the CV and introduce two contacts.",
        "Apply to three vacancies a month.",
        "A good rhythm of meetings.",
        "The mentee found a job",  # the end reason, as the programme's list has it
        "You never gave up.",
        "Thank you for opening doors.",
        "Are you satisfied with the follow-up and guidance of the mentoring project? 5 / 5",
        "Contact you every month by phone or e-mail Sometimes",
        "More workshops about job interviews",
        "Employed",
        "Permanent",
        "Site engineer at the city.",
    ):
        assert expected in english


def test_documents_are_listed_not_printed_and_the_history_is_readable(english: str) -> None:
    assert "cv-2026.pdf CV 402 KB 20 January 2026" in english
    assert "The documents themselves are not printed here." in english
    assert "Consent: changed" in english
    assert "Withdrawn on" in english  # the field the change touched, in words
    assert "Identity and intake: added" in english


def test_an_empty_part_says_so() -> None:
    words = Words("complete_file", "fr")
    text = text_of(complete_file_pdf(mentee_case(), LABELS, HOUSE, "fr"))
    assert text.count(flat(words("nothing"))) == 11  # notes … outcomes, documents, history
    assert flat(words("section_meetings")) + " (0)" in text


def test_an_evaluation_whose_questions_are_gone_still_shows_its_answers() -> None:
    text = text_of(complete_file_pdf(full_mentee_case(), LABELS, HOUSE, "en"))
    assert "process-satisfaction 5 / 5" in text


def test_a_long_file_in_another_script_uses_the_embedded_font() -> None:
    case = full_mentee_case()
    case.participant.given_name, case.participant.family_name = "محمد", "العلي"
    pdf = complete_file_pdf(case, LABELS, HOUSE, "fr", question_sets=SETS)
    fonts = fonts_of(pdf)
    assert fonts and all("DejaVuSans" in font for font in fonts), fonts
    assert has_arabic_shaped(text_of(pdf).split("Νίκος")[0])

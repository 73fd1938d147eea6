"""A participant's printed documents, gathered from the programme. No Qt.

    pdf = intake_summary_document(programme, case_id, "nl")
    pdf = letter_document(programme, case_id, "fr")        # the latest screening decision
    pdf = consent_form_document(programme, case_id, "en")
    pdf = complete_file_document(programme, case_id, "nl")  # for a GDPR access request

Each reads the case file once, resolves the names and labels it needs (staff from the
programme file, a mentee's mentors from the index: their name only) and hands plain values
to `printing`. A mentor's complete file also reads the files of their mentees, where their
duos are kept, and hands over only the mentor's part of them. `today` is the date printed
on the document (the computer's date by default).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from desktop.workflows.house import house_style
from desktop.workflows.intake import CONSENT_TEXT_VERSION
from printing.case_labels import CaseLabels
from printing.case_parts import latest_screening
from printing.complete_file import complete_file_pdf
from printing.complete_file_duos import QuestionSets
from printing.complete_file_records import DuoRecords, mentor_records, mentor_share
from printing.consent_form import consent_form_pdf
from printing.intake_summary import intake_summary_pdf
from printing.letters import letter_pdf
from storage.cases import CaseFile
from storage.duo_records import Evaluation
from storage.errors import QT_TRANSLATE_NOOP, DuoError
from storage.lists import CASE_LISTS, labels
from storage.programme import Programme
from storage.question_sets import question_set, shown_question_set
from storage.records import Role


def case_labels(programme: Programme, case: CaseFile, language: str) -> CaseLabels:
    """Staff names and e-mails, the names of a mentee's mentors, and the list labels in
    `language` (Duo's own defaults translated, what the coordinator typed as typed)."""
    staff = programme.staff()
    people = {}
    for match in case.matches:
        entry = programme.index.get(match.mentor_id)
        if entry is not None:
            people[match.mentor_id] = entry.display_name
    return CaseLabels(
        staff={member.id: member.name for member in staff},
        staff_emails={member.id: member.email for member in staff if member.email},
        people=people,
        lists={name: labels(programme.list_items(name), language) for name in CASE_LISTS},
    )


def intake_summary_document(
    programme: Programme, case_id: str, language: str, *, today: date | None = None
) -> bytes:
    """The intake summary of a mentee or a mentor, as PDF bytes."""
    case = programme.cases.read(case_id)
    return intake_summary_pdf(
        case,
        case_labels(programme, case, language),
        house_style(programme),
        language,
        printed_on=today or date.today(),
    )


def letter_document(
    programme: Programme, case_id: str, language: str, *, today: date | None = None
) -> bytes:
    """The letter about the latest screening decision (accepted, not accepted with the
    reason, or referred), dated `today`; a `DuoError` when no decision is recorded yet."""
    case = programme.cases.read(case_id)
    decision = latest_screening(case)
    if decision is None:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "No screening decision is recorded for this participant yet. Record the decision "
                "(accept, refuse or refer), then print its letter.",
            )
        )
    return letter_pdf(
        case,
        decision,
        case_labels(programme, case, language),
        house_style(programme),
        language,
        printed_on=today or date.today(),
    )


def consent_form_document(
    programme: Programme, case_id: str, language: str, *, today: date | None = None
) -> bytes:
    """The consent form to sign, with the programme's purposes on offer now."""
    case = programme.cases.read(case_id)
    purposes = [
        (item.code, item.label) for item in programme.list_items("consent_purposes") if item.active
    ]
    return consent_form_pdf(
        case,
        case_labels(programme, case, language),
        house_style(programme),
        language,
        purposes=purposes,
        text_version=CONSENT_TEXT_VERSION,
        printed_on=today or date.today(),
    )


def _question_sets(
    programme: Programme, evaluations: Iterable[Evaluation], language: str
) -> QuestionSets:
    """The question set versions the evaluations were answered with, Duo's own texts in
    `language`. A version no longer in the programme is left out: its answers then print
    under their codes."""
    found = {}
    for key in {(e.question_set, e.question_set_version) for e in evaluations}:
        try:
            found[key] = shown_question_set(question_set(programme, *key), language)
        except DuoError:
            continue
    return found


def _mentor_duos(programme: Programme, mentor_id: str) -> DuoRecords:
    """A mentor's part of each of their duos, read from their mentees' case files (the
    index says which), the mentees in the order they were first proposed."""
    programme.index.refresh(programme.cases)
    matches = sorted(
        (match for match in programme.index.matches() if match.mentor_id == mentor_id),
        key=lambda match: match.proposed_on,
    )
    mentees = dict.fromkeys(match.mentee_id for match in matches)
    return mentor_records(
        [mentor_share(programme.cases.read(mentee_id), mentor_id) for mentee_id in mentees]
    )


def complete_file_document(
    programme: Programme, case_id: str, language: str, *, today: date | None = None
) -> bytes:
    """Everything the participant's case file holds, for a request of access (GDPR); for
    a mentor, with their part of the duos kept in their mentees' files."""
    case = programme.cases.read(case_id)
    duos = _mentor_duos(programme, case_id) if case.participant.role is Role.MENTOR else None
    evaluations = [*case.evaluations, *(duos.evaluations if duos else ())]
    return complete_file_pdf(
        case,
        case_labels(programme, case, language),
        house_style(programme),
        language,
        question_sets=_question_sets(programme, evaluations, language),
        mentor_duos=duos,
        printed_on=today or date.today(),
    )

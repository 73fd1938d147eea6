"""Fictional case files for the tests of a participant's printed documents: a mentee with a
whole history (intake, consents, screening, notes, a declined match and a duo with its
agreement, meetings, follow-ups, ending, evaluations and outcome, documents, events) and a
mentor. Every name and text is invented."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime

from pypdf import PdfReader

from printing.case_labels import CaseLabels
from printing.layout import HouseStyle
from storage.cases import CaseFile
from storage.duo_records import (
    Agreement,
    Contract,
    Ending,
    Evaluation,
    EvaluationKind,
    FollowUp,
    FollowUpKind,
    Meeting,
    MeetingKind,
    MeetingMode,
    Outcome,
    OutcomeSource,
    Respondent,
    Situation,
)
from storage.lists import LIST_NAMES, default_items
from storage.records import (
    Answer,
    Attachment,
    Consent,
    ContactLogEntry,
    Decision,
    Event,
    JobTarget,
    LanguageSkill,
    Match,
    Note,
    Participant,
    RightToWork,
    Role,
    ScreeningDecision,
    Status,
    StatusChange,
)

HOUSE = HouseStyle(name="Duo Gent vzw", address="Kouter 1\n9000 Gent")
LABELS = CaseLabels(
    staff={"coach-1": "Fatoumata Diallo", "coach-2": "Pieter De Smet"},
    staff_emails={"coach-1": "fatoumata@duo-gent.example"},
    people={"mentor-1": "Ingrid Vandersteen", "mentor-2": "Νίκος Παπαδόπουλος"},
    lists={name: {item.code: item.label for item in default_items(name)} for name in LIST_NAMES},
)
DUO = "match-duo"
LAST_SENTENCE = "The very last sentence of the long meeting summary."
LONG_TEXT = (
    "\n\n".join(
        f"Paragraph {n}: we went through a vacancy at the city, the STAR method for questions "
        "about teamwork, and how to speak about the years since arriving in Belgium."
        for n in range(1, 81)
    )
    + "\n\n"
    + LAST_SENTENCE
)


def text_of(pdf: bytes) -> str:
    """All pages' text, whitespace made single spaces (lines wrap anywhere)."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def flat(text: str) -> str:
    """A text as `text_of` gives it back."""
    return " ".join(text.split())


def fonts_of(pdf: bytes) -> set[str]:
    """The base fonts every page of the PDF uses."""
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def has_arabic_shaped(text: str) -> bool:
    """Whether Arabic came out joined (presentation forms), not as bare letters."""
    return bool(re.search("[\ufe70-\ufefc]", text)) and not re.search("[\u0621-\u064a]", text)


def _at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 5, tzinfo=UTC)


def mentee_case(given_name: str = "Çağla", family_name: str = "Yılmaz-Van den Broeck") -> CaseFile:
    """A mentee accepted on 27 January 2026, with her intake and consents only."""
    person = Participant(
        role=Role.MENTEE,
        given_name=given_name,
        family_name=family_name,
        email="cagla@example.org",
        phone="+32 470 12 34 56",
        year_of_birth=1990,
        gender="female",
        municipality="Gent",
        postcode="9000",
        mobility="Bike and public transport",
        country_of_origin="TR",
        arrival_year=2022,
        right_to_work=RightToWork.YES,
        diploma_level="master",
        diploma_field="Civil engineering",
        diploma_country="TR",
        diploma_recognised=True,
        experience_years=6,
        experience_summary="Six years as a site engineer in Izmir.",
        availability=["thu-day", "mon-evening", "sat"],
        motivation="Wants to work as an engineer again.",
        openness_to_feedback=4,
        actively_searching=True,
        preferences="Someone from construction.",
        preferred_mentor_gender="female",
        preferred_mentor_age="35-50",
        interests="Hiking and chess",
        referral_partner="pes",
        referral_contact="An Peeters",
        domain_needs={"cv": 4, "networking": 5},
        info_session_on=date(2026, 1, 12),
        intake_on=date(2026, 1, 20),
        interviewer="coach-1",
        coach="coach-1",
    )
    return CaseFile(
        participant=person,
        job_targets=[JobTarget(position=1, sector="F", occupation="21", description="Roads")],
        languages=[
            LanguageSkill(language="tr", level="native"),
            LanguageSkill(language="nl", level="B1"),
        ],
        consents=[
            Consent(purpose="programme", given_on=date(2026, 1, 20), text_version="2026-1"),
            Consent(
                purpose="evaluation",
                given_on=date(2026, 1, 20),
                text_version="2026-1",
                withdrawn_on=date(2026, 5, 2),
            ),
        ],
        screenings=[
            ScreeningDecision(
                decision=Decision.ACCEPTED, decided_on=date(2026, 1, 27), decided_by="coach-1"
            )
        ],
        statuses=[
            StatusChange(status=Status.REGISTERED, since=date(2026, 1, 12)),
            StatusChange(status=Status.INTERVIEWED, since=date(2026, 1, 20)),
            StatusChange(status=Status.ACCEPTED, since=date(2026, 1, 27)),
        ],
        notes=[],
        contacts=[],
        attachments=[],
        matches=[],
        events=[],
        generation=1,
    )


def mentor_case(given_name: str = "Олена", family_name: str = "Коваленко") -> CaseFile:
    """A mentor at intake, with her short profile."""
    person = Participant(
        role=Role.MENTOR,
        given_name=given_name,
        family_name=family_name,
        employer="Bouwbedrijf Schelde",
        job_title="Project director",
        capacity=2,
        short_profile="Project director in construction; I came to Belgium myself.",
        qualities="Patient and direct.",
        training_on=date(2026, 1, 15),
        coach="coach-2",
    )
    return CaseFile(
        participant=person,
        job_targets=[JobTarget(position=1, sector="F", occupation="13")],
        languages=[LanguageSkill(language="uk", level="native")],
        consents=[],
        screenings=[],
        statuses=[StatusChange(status=Status.REGISTERED, since=date(2026, 1, 5))],
        notes=[],
        contacts=[],
        attachments=[],
        matches=[],
        events=[],
        generation=1,
    )


def full_mentee_case() -> CaseFile:
    """The mentee with all her history: two matches, a duo from start to outcome."""
    case = mentee_case()
    case.matches = [
        Match(
            mentor_id="mentor-2",
            proposed_on=date(2026, 2, 2),
            mentor_answer=Answer.NO,
            mentor_answered_on=date(2026, 2, 5),
            declined_on=date(2026, 2, 5),
            declined_by="mentor",
            decline_reason="No time before the summer.",
        ),
        Match(
            id=DUO,
            mentor_id="mentor-1",
            proposed_on=date(2026, 2, 20),
            mentor_answer=Answer.YES,
            mentee_answer=Answer.YES,
            first_meeting_on=date(2026, 3, 10),
            first_meeting_place="Library café",
            validated_on=date(2026, 3, 10),
            ended_on=date(2026, 9, 10),
        ),
    ]
    case.notes = [
        Note(written_on=date(2026, 1, 20), text="Salary < 2000 & <b>kept</b>", author="coach-1"),
        Note(written_on=date(2026, 2, 1), text="Called the language school.", author="coach-2"),
    ]
    case.contacts = [
        ContactLogEntry(
            contacted_on=date(2026, 2, 3), channel="phone", summary="Told her about the proposal."
        )
    ]
    case.attachments = [
        Attachment(
            kind="cv",
            file_name="cv-2026.pdf",
            media_type="application/pdf",
            size=412_000,
            sha256="0" * 64,
            created_at=_at(date(2026, 1, 20)),
        )
    ]
    case.agreements = [
        Agreement(
            match_id=DUO,
            start_on=date(2026, 3, 10),
            planned_end_on=date(2026, 9, 10),
            meeting_places="The library café",
            mentor_commitments="Review the CV and introduce two contacts.",
            mentee_commitments="Apply to three vacancies a month.",
            charter_version="2025-2",
        )
    ]
    case.meetings = [
        Meeting(
            match_id=DUO,
            held_on=date(2026, 3, 24),
            minutes=90,
            check_in="Tired but motivated.",
            topic="The CV",
            goal="A Belgian-style CV by 7 April.",
            next_steps="She sends the CV by Friday.",
            works_well="Clear agreements.",
            domains=["cv", "letter"],
        ),
        Meeting(match_id=DUO, held_on=date(2026, 4, 7), mode=MeetingMode.ONLINE, work=LONG_TEXT),
        Meeting(
            match_id=DUO,
            held_on=date(2026, 4, 15),
            kind=MeetingKind.CONTACT,
            check_in="A short call about the interview invitation.",
        ),
    ]
    case.follow_ups = [
        FollowUp(
            match_id=DUO,
            held_on=date(2026, 4, 10),
            kind=FollowUpKind.INTERIM,
            how_it_goes="A good rhythm of meetings.",
        )
    ]
    case.endings = [
        Ending(
            match_id=DUO,
            ended_on=date(2026, 9, 10),
            reason="found-job",
            feedback_to_mentee="You never gave up.",
            feedback_to_mentor="Thank you for opening doors.",
        )
    ]
    case.evaluations = [
        Evaluation(
            match_id=DUO,
            kind=EvaluationKind.FINAL,
            respondent=Respondent.MENTEE,
            answered_on=date(2026, 9, 20),
            question_set="final-mentee",
            question_set_version=1,
            answers={
                "process-satisfaction": 5,
                "coach-monthly": "sometimes",
                "suggestions": "More workshops about job interviews, and a meeting with the "
                "other mentees halfway through the programme.",
            },
        )
    ]
    case.outcomes = [
        Outcome(
            match_id=DUO,
            months_after=3,
            recorded_on=date(2026, 12, 12),
            situation=Situation.EMPLOYED,
            contract=Contract.PERMANENT,
            source=OutcomeSource.LINKEDIN,
            note="Site engineer at the city.",
        )
    ]
    case.events = [
        Event(
            seq=1,
            at=_at(date(2026, 1, 20)),
            author="coach-1",
            action="add",
            record_table="participant",
            record_id=case.participant.id,
            fields=["given_name"],
        ),
        Event(
            seq=2,
            at=_at(date(2026, 5, 2)),
            author="coach-1",
            action="update",
            record_table="consents",
            record_id="c",
            fields=["withdrawn_on"],
        ),
    ]
    return case

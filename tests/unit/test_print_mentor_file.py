"""A mentor's complete file (a request of access under the GDPR): their duos are kept in
their mentees' case files, and the file shows the mentor's part of them (the matches, the
agreement, the meetings, the coach's follow-ups with the mentor, the ending, the mentor's
own evaluations) with each mentee by name only: nothing of a mentee's contact details,
notes, own evaluations, the coach's view or the mentee's results."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.workflows.case_actions import add_note
from desktop.workflows.duo import end_duo, log_meeting, save_follow_up, save_outcome
from desktop.workflows.evaluations import save_evaluation
from desktop.workflows.print_case import complete_file_document
from printing.complete_file import complete_file_pdf
from printing.complete_file_records import mentor_records, mentor_share
from printing.words import Words
from storage.cases import CaseFile
from storage.duo_records import (
    Ending,
    Evaluation,
    EvaluationKind,
    FollowUp,
    FollowUpWith,
    Meeting,
    Outcome,
    Respondent,
    Situation,
)
from storage.programme import Programme
from storage.question_sets import default_question_set
from storage.records import Answer, Match, Status, StatusChange
from tests.case_documents import (
    DUO,
    HOUSE,
    LABELS,
    LAST_SENTENCE,
    flat,
    full_mentee_case,
    mentor_case,
    text_of,
)
from tests.duo_helpers import make_duo
from tests.helpers import fictional_participant

DAY = date(2027, 1, 10)
SETS = {(code, 1): default_question_set(code) for code in ("final-mentor", "final-mentee")}
MENTOR_MESSAGE = "Keep asking questions at every interview: it is your strength."
MENTEE_PRIVATE = "Her landlord wants her out by March; she is worried about money."
COACH_VIEW = "The mentee's Dutch improved a great deal in six months."
MENTOR_CALL = "The mentor would like more structure in the meetings."


def _mentee_file() -> CaseFile:
    """The fictional mentee's file, with a call the coach had with her alone, one with her
    mentor, and the evaluations of the mentor and the coach besides her own."""
    case = full_mentee_case()
    case.follow_ups += [
        FollowUp(
            match_id=DUO,
            held_on=date(2026, 5, 4),
            with_whom=FollowUpWith.MENTEE,
            problems=MENTEE_PRIVATE,
        ),
        FollowUp(
            match_id=DUO,
            held_on=date(2026, 5, 6),
            with_whom=FollowUpWith.MENTOR,
            how_it_goes=MENTOR_CALL,
        ),
    ]
    case.evaluations += [
        Evaluation(
            match_id=DUO,
            kind=EvaluationKind.FINAL,
            respondent=Respondent.MENTOR,
            answered_on=date(2026, 9, 22),
            question_set="final-mentor",
            question_set_version=1,
            answers={"mentor-satisfaction": 4, "message-to-mentee": MENTOR_MESSAGE},
        ),
        Evaluation(
            match_id=DUO,
            kind=EvaluationKind.FINAL,
            respondent=Respondent.COACH,
            answered_on=date(2026, 9, 25),
            question_set="coach",
            question_set_version=1,
            answers={"observations": COACH_VIEW},
        ),
    ]
    return case


def _mentor_pdf(language: str) -> bytes:
    share = mentor_share(_mentee_file(), "mentor-1")
    return complete_file_pdf(
        mentor_case(),
        LABELS,
        HOUSE,
        language,
        question_sets=SETS,
        mentor_duos=mentor_records([share]),
        printed_on=DAY,
    )


def test_the_mentor_s_share_is_what_they_took_part_in_or_said() -> None:
    share = mentor_share(_mentee_file(), "mentor-1")
    assert [match.id for match in share.matches] == [DUO]  # not the other mentor's match
    assert dict(share.others) == {DUO: "Çağla Yılmaz-Van den Broeck"}
    assert len(share.meetings) == 3 and len(share.agreements) == 1 and len(share.endings) == 1
    assert {f.with_whom for f in share.follow_ups} == {FollowUpWith.BOTH, FollowUpWith.MENTOR}
    assert [e.respondent for e in share.evaluations] == [Respondent.MENTOR]
    assert share.outcomes == ()


def test_a_declined_match_keeps_its_reason_only_when_the_mentor_declined() -> None:
    case = _mentee_file()
    assert mentor_share(case, "mentor-2").matches[0].decline_reason == (
        "No time before the summer."
    )
    declined = case.matches[0]
    declined.declined_by, declined.mentee_answer = "mentee", Answer.NO
    declined.mentee_reason = "I would rather have a mentor from construction."
    match = mentor_share(case, "mentor-2").matches[0]
    assert (match.decline_reason, match.mentee_reason) == ("", "")
    assert match.mentee_answer is Answer.NO  # the state says it anyway: declined by the mentee


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_every_part_of_a_mentor_s_file_is_there_but_the_results(language: str) -> None:
    words = Words("complete_file", language)
    text = text_of(_mentor_pdf(language))
    parts = (
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
        "section_attachments",
        "section_events",
    )
    for number, key in enumerate(parts, start=1):
        assert f"{number}. {flat(words(key))}" in text
    assert flat(words("section_outcomes")) not in text
    assert flat(words("mentor_source")) in text
    day = words.date(date(2026, 2, 20))
    assert flat(words("match_title", other="Çağla Yılmaz-Van den Broeck", day=day)) in text
    assert flat(words("match_your_answer")) in text
    assert "Олена Коваленко" in text


def test_a_mentor_s_file_shows_the_duo_and_nothing_else_of_the_mentee() -> None:
    text = text_of(_mentor_pdf("en"))
    for expected in (
        LAST_SENTENCE,  # the meetings, whole
        "A Belgian-style CV by 7 April.",
        "Review the CV and introduce two contacts.",  # the agreement
        "A good rhythm of meetings.",  # the coach's call with both
        MENTOR_CALL,
        "You never gave up.",  # the feedback given…
        "Thank you for opening doors.",  # …and received
        "All in all, how satisfied are you with your experience as a mentor? 4 / 5",
        MENTOR_MESSAGE,
        "Your answer Yes",
    ):
        assert flat(expected) in text, expected
    for private in (
        "cagla@example.org",
        "+32 470",
        "Salary < 2000",  # the mentee's notes
        "Called the language school.",
        "Told her about the proposal.",  # contacts with the mentee
        "cv-2026.pdf",
        "More workshops about job interviews",  # the mentee's own evaluation
        COACH_VIEW,
        MENTEE_PRIVATE,
        "Site engineer at the city.",  # the mentee's results
        "Νίκος Παπαδόπουλος",  # another mentor of the mentee
        "No time before the summer.",
    ):
        assert private not in text, private


def test_a_mentor_without_a_duo_is_told_so() -> None:
    words = Words("complete_file", "nl")
    text = text_of(complete_file_pdf(mentor_case(), LABELS, HOUSE, "nl"))
    assert f"7. {flat(words('section_mentoring'))}" in text
    assert flat(words("mentor_no_duos")) in text
    assert flat(words("section_meetings")) not in text
    assert flat(words("mentor_source")) not in text
    assert "Bouwbedrijf Schelde" in text


# --- from a real programme ------------------------------------------------------------------


def _mentored(programme: Programme) -> tuple[str, str]:
    """A mentor with an ended duo (its meeting, follow-ups, ending, evaluations of all three
    sides and an outcome), and a second mentee who declined them: the ids of the mentor and
    of the duo's mentee."""
    duo = make_duo(programme, mentee=("Łukasz", "Wróbel"), mentor=("Σοφία", "Παπαδάκη"))
    mentee, match = duo.mentee_id, duo.match_id
    with programme.cases.edit(mentee, author="coach-id") as edit:
        edit.update_participant(email="lukasz@private.example", phone="+32 488 11 22 33")
    meeting = Meeting(match_id=match, held_on=date(2026, 4, 2), work="We rehearsed the pitch.")
    log_meeting(programme, mentee, meeting, author="coach-id", today=DAY)
    add_note(programme, mentee, "Łukasz moves house in May.", written_on=DAY, author="coach-id")
    for with_whom, text in ((FollowUpWith.MENTEE, MENTEE_PRIVATE), (FollowUpWith.BOTH, "Fine")):
        follow_up = FollowUp(
            match_id=match, held_on=date(2026, 4, 10), with_whom=with_whom, problems=text
        )
        save_follow_up(programme, mentee, follow_up, author="coach-id", today=DAY)
    ending = Ending(
        match_id=match,
        ended_on=date(2026, 9, 10),
        feedback_to_mentee="Your pitch is ready.",
        feedback_to_mentor="You opened doors for me.",
    )
    end_duo(programme, mentee, ending, wait_again=False, author="coach-id", today=DAY)
    answers = {
        Respondent.MENTOR: ("final-mentor", {"message-to-mentee": MENTOR_MESSAGE}),
        Respondent.MENTEE: ("final-mentee", {"suggestions": "More evening workshops, please."}),
        Respondent.COACH: ("coach", {"observations": COACH_VIEW}),
    }
    for respondent, (code, answered) in answers.items():
        evaluation = Evaluation(
            match_id=match,
            kind=EvaluationKind.FINAL,
            respondent=respondent,
            answered_on=date(2026, 9, 20),
            question_set=code,
            question_set_version=1,
            answers=answered,
        )
        save_evaluation(programme, mentee, evaluation, author="coach-id", today=DAY)
    outcome = Outcome(
        match_id=match,
        months_after=3,
        recorded_on=date(2026, 12, 12),
        situation=Situation.EMPLOYED,
        note="Logistics planner at the port.",
    )
    save_outcome(programme, mentee, outcome, author="coach-id", today=DAY)
    declined = Match(
        mentor_id=duo.mentor_id,
        proposed_on=date(2026, 10, 1),
        mentee_answer=Answer.NO,
        mentee_answered_on=date(2026, 10, 3),
        mentee_reason="I would rather have a mentor in Leuven.",
        declined_on=date(2026, 10, 3),
        declined_by="mentee",
        decline_reason="The mentee wants a mentor closer to home.",
    )
    programme.cases.create(
        fictional_participant("Ayşe", "Yılmaz", email="ayse@private.example", coach="coach-id"),
        author="coach-id",
        records=[StatusChange(status=Status.MATCHING, since=date(2026, 10, 1)), declined],
    )
    return duo.mentor_id, mentee


def test_a_mentor_s_complete_file_holds_their_duos_from_the_mentees_files(
    programme: Programme,
) -> None:
    mentor, _mentee = _mentored(programme)
    text = text_of(complete_file_document(programme, mentor, "en", today=DAY))
    for expected in (
        "Σοφία Παπαδάκη",
        "Match with Łukasz Wróbel, proposed on 20 February 2026",
        "Match with Ayşe Yılmaz, proposed on 1 October 2026",
        "We rehearsed the pitch.",
        "Your pitch is ready.",
        "You opened doors for me.",
        MENTOR_MESSAGE,
        "Answered by Mentor",
    ):
        assert flat(expected) in text, expected
    for private in (
        "lukasz@private.example",
        "+32 488",
        "ayse@private.example",
        "Łukasz moves house in May.",
        MENTEE_PRIVATE,
        "More evening workshops",
        COACH_VIEW,
        "Logistics planner at the port.",
        "I would rather have a mentor in Leuven.",
        "closer to home",
        flat(Words("complete_file", "en")("section_outcomes")),
    ):
        assert private not in text, private


def test_a_mentee_s_complete_file_holds_the_duo_but_not_the_mentor_s_own_answers(
    programme: Programme,
) -> None:
    _mentor, mentee = _mentored(programme)
    text = text_of(complete_file_document(programme, mentee, "en", today=DAY))
    for expected in (
        "Match with Σοφία Παπαδάκη",
        MENTEE_PRIVATE,
        "More evening workshops",
        COACH_VIEW,
        "Logistics planner at the port.",
        "Łukasz moves house in May.",
    ):
        assert flat(expected) in text, expected
    assert flat(MENTOR_MESSAGE) not in text  # the mentor's answers are the mentor's data

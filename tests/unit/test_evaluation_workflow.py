"""Evaluations of a duo: saved in the mentee's case file, one per moment and respondent,
checked against the questions they were answered with, readable after the questions change."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from desktop.workflows.duo import end_duo
from desktop.workflows.evaluations import (
    evaluation_set,
    save_evaluation,
    stored_set,
    tidy_answers,
)
from storage.duo_records import Ending, Evaluation, EvaluationKind, Respondent
from storage.errors import DuoError
from storage.programme import Programme
from storage.question_sets import NONE_OF_THE_ABOVE, NOT_APPLICABLE, save_question_set
from storage.records import Match
from tests.duo_helpers import COACH, Duo, make_duo

TODAY = date(2026, 9, 20)
FIRST_MEETING = date(2026, 3, 10)


@pytest.fixture
def duo(programme: Programme) -> Duo:
    return make_duo(programme, validated_on=FIRST_MEETING)


def final_mentee(programme: Programme, duo: Duo, **answers: object) -> Evaluation:
    questions = evaluation_set(programme, EvaluationKind.FINAL, Respondent.MENTEE)
    return Evaluation(
        match_id=duo.match_id,
        kind=EvaluationKind.FINAL,
        respondent=Respondent.MENTEE,
        answered_on=date(2026, 9, 14),
        question_set=questions.code,
        question_set_version=questions.version,
        answers=dict(answers),
    )


def stored(programme: Programme, duo: Duo) -> list[Evaluation]:
    return programme.cases.read(duo.mentee_id).evaluations


def test_a_final_evaluation_is_saved_with_its_answers(programme: Programme, duo: Duo) -> None:
    evaluation = final_mentee(
        programme,
        duo,
        **{
            "process-satisfaction": 5,
            "process-handbook": NOT_APPLICABLE,
            "coach-monthly": "sometimes",
            "goal-cv-letters": 4,
            "network": ["network-introduced", "network-events"],
            "message-to-mentor": "  Dziękuję, Ingrid — 谢谢!  ",
            "suggestions": "   ",
        },
    )
    saved = save_evaluation(programme, duo.mentee_id, evaluation, author=COACH, today=TODAY)
    [kept] = stored(programme, duo)
    assert kept.id == saved.id == evaluation.id
    assert (kept.question_set, kept.question_set_version) == ("final-mentee", 1)
    assert kept.answers == {
        "process-satisfaction": 5,
        "process-handbook": NOT_APPLICABLE,
        "coach-monthly": "sometimes",
        "goal-cv-letters": 4,
        "network": ["network-introduced", "network-events"],
        "message-to-mentor": "Dziękuję, Ingrid — 谢谢!",
    }
    programme.index.refresh(programme.cases)
    [entry] = programme.index.matches_of(duo.mentee_id)
    assert entry.duo is not None
    assert "final/mentee" in entry.duo.evaluations


def test_saving_again_replaces_the_evaluation_and_keeps_its_id(
    programme: Programme, duo: Duo
) -> None:
    first = save_evaluation(
        programme,
        duo.mentee_id,
        final_mentee(programme, duo, **{"process-satisfaction": 2}),
        author=COACH,
        today=TODAY,
    )
    # A second form for the same moment and respondent, typed anew: it replaces the first.
    second = save_evaluation(
        programme,
        duo.mentee_id,
        final_mentee(programme, duo, **{"process-satisfaction": 4, "network": [NONE_OF_THE_ABOVE]}),
        author=COACH,
        today=TODAY,
    )
    [kept] = stored(programme, duo)
    assert kept.id == second.id == first.id
    assert kept.answers == {"process-satisfaction": 4, "network": [NONE_OF_THE_ABOVE]}


def test_each_respondent_and_moment_has_its_own_evaluation(programme: Programme, duo: Duo) -> None:
    for kind, respondent, code in (
        (EvaluationKind.FINAL, Respondent.MENTEE, "process-satisfaction"),
        (EvaluationKind.FINAL, Respondent.MENTOR, "mentor-hire"),
        (EvaluationKind.INTERIM, Respondent.COACH, "relationship"),
        (EvaluationKind.FINAL, Respondent.COACH, "relationship"),
    ):
        questions = evaluation_set(programme, kind, respondent)
        save_evaluation(
            programme,
            duo.mentee_id,
            Evaluation(
                match_id=duo.match_id,
                kind=kind,
                respondent=respondent,
                answered_on=TODAY,
                question_set=questions.code,
                question_set_version=questions.version,
                answers={code: 3},
            ),
            author=COACH,
            today=TODAY,
        )
    kept = {(item.kind, item.respondent): item.question_set for item in stored(programme, duo)}
    assert kept == {
        (EvaluationKind.FINAL, Respondent.MENTEE): "final-mentee",
        (EvaluationKind.FINAL, Respondent.MENTOR): "final-mentor",
        (EvaluationKind.INTERIM, Respondent.COACH): "coach",
        (EvaluationKind.FINAL, Respondent.COACH): "coach",
    }


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"process-satisfaction": 6}, "One answer does not fit its question"),
        (
            {"process-satisfaction": NOT_APPLICABLE, "coach-monthly": "often", "goal-network": 0},
            "3 answers do not fit their questions",
        ),
        ({"network": ["network-introduced", "network-cinema"]}, "One answer does not fit"),
        ({"no-such-question": 2}, "One answer does not fit"),
        ({"suggestions": "  "}, "Answer at least one question"),
    ],
)
def test_answers_that_do_not_fit_are_refused(
    programme: Programme, duo: Duo, answers: dict[str, object], message: str
) -> None:
    with pytest.raises(DuoError, match=message):
        save_evaluation(
            programme,
            duo.mentee_id,
            final_mentee(programme, duo, **answers),
            author=COACH,
            today=TODAY,
        )
    assert stored(programme, duo) == []


def test_the_date_is_neither_in_the_future_nor_before_the_first_meeting(
    programme: Programme, duo: Duo
) -> None:
    evaluation = final_mentee(programme, duo, **{"process-satisfaction": 3})
    for day, message in (
        (date(2026, 9, 21), "in the future"),
        (date(2026, 3, 9), "before the duo's first meeting"),
    ):
        with pytest.raises(DuoError, match=message):
            save_evaluation(
                programme,
                duo.mentee_id,
                dataclasses.replace(evaluation, answered_on=day),
                author=COACH,
                today=TODAY,
            )
    saved = save_evaluation(
        programme,
        duo.mentee_id,
        dataclasses.replace(evaluation, answered_on=FIRST_MEETING),
        author=COACH,
        today=TODAY,
    )
    assert saved.answered_on == FIRST_MEETING


def test_only_a_duo_is_evaluated_and_an_ended_one_still_is(programme: Programme) -> None:
    duo = make_duo(programme, mentee=("Nguyễn", "Thị Lan"), mentor=("Oleksandr", "Bondarenko"))
    proposal = Match(mentor_id=duo.mentor_id, proposed_on=date(2026, 8, 1))
    with programme.cases.edit(duo.mentee_id, author=COACH) as edit:
        edit.add(proposal)
    not_a_duo = dataclasses.replace(
        final_mentee(programme, duo, **{"process-satisfaction": 3}), match_id=proposal.id
    )
    with pytest.raises(DuoError, match="not a duo yet"):
        save_evaluation(programme, duo.mentee_id, not_a_duo, author=COACH, today=TODAY)
    gone = dataclasses.replace(not_a_duo, match_id="no-such-match")
    with pytest.raises(DuoError, match="no longer in the case file"):
        save_evaluation(programme, duo.mentee_id, gone, author=COACH, today=TODAY)

    end_duo(
        programme,
        duo.mentee_id,
        Ending(match_id=duo.match_id, ended_on=date(2026, 9, 10)),
        wait_again=False,
        author=COACH,
        today=TODAY,
    )
    after_end = final_mentee(programme, duo, **{"process-satisfaction": 4})
    save_evaluation(programme, duo.mentee_id, after_end, author=COACH, today=TODAY)
    assert [item.id for item in stored(programme, duo)] == [after_end.id]


def test_answers_to_another_set_are_refused(programme: Programme, duo: Duo) -> None:
    evaluation = dataclasses.replace(
        final_mentee(programme, duo, **{"mentor-hire": 2}), question_set="final-mentor"
    )
    with pytest.raises(DuoError, match="questions of another evaluation"):
        save_evaluation(programme, duo.mentee_id, evaluation, author=COACH, today=TODAY)


def test_an_old_evaluation_keeps_its_questions_after_they_are_edited(
    programme: Programme, duo: Duo
) -> None:
    old = save_evaluation(
        programme,
        duo.mentee_id,
        final_mentee(programme, duo, **{"process-handbook": NOT_APPLICABLE, "goal-network": 5}),
        author=COACH,
        today=TODAY,
    )
    first = evaluation_set(programme, EvaluationKind.FINAL, Respondent.MENTEE)
    # The coordinator drops the handbook question and rewords the network goal.
    edited = dataclasses.replace(
        first,
        questions=tuple(
            dataclasses.replace(q, text="Meeting people who work in your field")
            if q.code == "goal-network"
            else q
            for q in first.questions
            if q.code != "process-handbook"
        ),
    )
    save_question_set(programme, edited, author=COACH)
    assert evaluation_set(programme, EvaluationKind.FINAL, Respondent.MENTEE).version == 2

    [kept] = stored(programme, duo)
    questions = stored_set(programme, kept)
    assert questions.version == 1
    assert questions.question("process-handbook").text == "The handbook"
    assert questions.question("goal-network").text == "A larger and broader network"
    # Still valid against its own version, so a correction of it saves.
    corrected = dataclasses.replace(kept, answers={**kept.answers, "goal-network": 4})
    assert save_evaluation(programme, duo.mentee_id, corrected, author=COACH, today=TODAY).id == (
        old.id
    )


def test_an_evaluation_of_an_unknown_version_says_so(programme: Programme, duo: Duo) -> None:
    evaluation = dataclasses.replace(
        final_mentee(programme, duo, **{"process-satisfaction": 1}), question_set_version=7
    )
    with pytest.raises(DuoError, match="Version 7"):
        stored_set(programme, evaluation)
    with pytest.raises(DuoError, match="Version 7"):
        save_evaluation(programme, duo.mentee_id, evaluation, author=COACH, today=TODAY)


def test_tidy_answers_leaves_out_what_was_not_answered() -> None:
    assert tidy_answers(
        {"a": None, "b": "", "c": " x ", "d": [], "e": ("one", "two"), "f": 0, "g": 3}
    ) == {"c": "x", "e": ["one", "two"], "f": 0, "g": 3}

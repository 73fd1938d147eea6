"""The evaluations of a duo (seed 002 §12) as plain functions over a programme. No Qt.

    questions = evaluation_set(programme, EvaluationKind.FINAL, Respondent.MENTEE)
    save_evaluation(programme, mentee_id, Evaluation(…), author=coach_id, today=today)
    questions = stored_set(programme, evaluation)   # the version it was answered with

An evaluation names the question set and the version it was answered with, so its answers
stay readable after the coordinator edits the questions. Each duo has one evaluation per
moment and respondent: saving another replaces it. Nothing here looks at the clock.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from storage.cases import CaseEdit
from storage.duo_records import Evaluation, EvaluationKind, Respondent
from storage.errors import QT_TRANSLATE_NOOP, DuoError
from storage.programme import Programme
from storage.question_sets import (
    EVALUATION_SETS,
    QuestionSet,
    current_question_set,
    question_set,
    validate_answers,
)
from storage.records import Match, MatchState


def evaluation_set(
    programme: Programme, kind: EvaluationKind, respondent: Respondent
) -> QuestionSet:
    """The questions a new evaluation of this kind, by this respondent, is answered with."""
    return current_question_set(programme, EVALUATION_SETS[(kind, respondent)])


def stored_set(programme: Programme, evaluation: Evaluation) -> QuestionSet:
    """The version of the questions this evaluation was answered with (`DuoError` if the
    programme no longer has it)."""
    return question_set(programme, evaluation.question_set, evaluation.question_set_version)


def tidy_answers(answers: dict[str, object]) -> dict[str, object]:
    """The answers without the unanswered ones: nothing, blank text, an empty checklist."""
    tidied: dict[str, object] = {}
    for code, value in answers.items():
        if isinstance(value, str):
            value = value.strip()
        if value is None or value in ("", [], ()):
            continue
        tidied[code] = list(value) if isinstance(value, tuple) else value
    return tidied


def _check(programme: Programme, evaluation: Evaluation, today: date) -> Evaluation:
    """The evaluation as stored, or `DuoError` saying what to correct."""
    if evaluation.answered_on > today:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "An evaluation cannot be dated in the future. Check the date."
            )
        )
    expected = EVALUATION_SETS[(evaluation.kind, evaluation.respondent)]
    if evaluation.question_set != expected:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "These answers were given to the questions of another evaluation. Open the "
                "evaluation again from the duo.",
            )
        )
    answers = tidy_answers(evaluation.answers)
    if not answers:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "Answer at least one question: an empty evaluation says nothing."
            )
        )
    invalid = validate_answers(stored_set(programme, evaluation), answers)
    if len(invalid) == 1:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "One answer does not fit its question (the questions may have changed). Open "
                "the evaluation again and check the answers.",
            )
        )
    if invalid:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "{count} answers do not fit their questions (the questions may have "
                "changed). Open the evaluation again and check the answers.",
            ),
            count=len(invalid),
        )
    return dataclasses.replace(evaluation, answers=answers)


def _evaluated_duo(edit: CaseEdit, evaluation: Evaluation) -> Match:
    """The duo an evaluation is about: a validated match, running or ended, and an answer
    given after the duo's first meeting."""
    found = edit.find(Match, id=evaluation.match_id)
    if not found:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "This duo is no longer in the case file. Open the case again."
            )
        )
    match = found[0]
    if match.state not in (MatchState.DUO, MatchState.ENDED):
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "This match is not a duo yet: a duo is evaluated once both confirmed after the "
                "first meeting. Validate the match first.",
            )
        )
    start = match.first_meeting_on or match.validated_on
    if start is not None and evaluation.answered_on < start:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "An evaluation cannot be dated before the duo's first meeting "
                "({start}). Check the date.",
            ),
            start=start.isoformat(),
        )
    return match


def save_evaluation(
    programme: Programme, mentee_id: str, evaluation: Evaluation, *, author: str, today: date
) -> Evaluation:
    """Store an evaluation in the mentee's case file and return it as stored.

    A duo has one evaluation per moment (interim, final) and respondent: a second one
    replaces the first and keeps its id. Unanswered questions are left out; a partial
    evaluation is fine, answers that do not fit their questions are refused (`DuoError`)."""
    checked = _check(programme, evaluation, today)
    with programme.cases.edit(mentee_id, author=author) as edit:
        match = _evaluated_duo(edit, checked)
        same = [
            item
            for item in edit.find(Evaluation, match_id=match.id)
            if (item.kind, item.respondent) == (checked.kind, checked.respondent)
        ]
        if any(item.id == checked.id for item in same):
            return edit.update(checked)
        if same:
            return edit.update(dataclasses.replace(checked, id=same[0].id))
        return edit.add(checked)

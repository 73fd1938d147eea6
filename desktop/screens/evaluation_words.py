"""The words of the evaluations: which evaluation, how a question is answered, and an answer
as people read it. The question sets hold the coordinator's own texts; these are Duo's."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop.screens.case_words import day_text
from storage.duo_records import EvaluationKind, Respondent
from storage.question_sets import (
    FREQUENCY_ANSWERS,
    NONE_OF_THE_ABOVE,
    NOT_APPLICABLE,
    Question,
    QuestionKind,
    QuestionSet,
)

translate = QCoreApplication.translate


def evaluation_title(kind: EvaluationKind, respondent: Respondent) -> str:
    """Which evaluation: "Final evaluation — mentee"."""
    return {
        (EvaluationKind.INTERIM, Respondent.MENTEE): translate(
            "EvaluationWords", "Interim evaluation — mentee"
        ),
        (EvaluationKind.INTERIM, Respondent.MENTOR): translate(
            "EvaluationWords", "Interim evaluation — mentor"
        ),
        (EvaluationKind.INTERIM, Respondent.COACH): translate(
            "EvaluationWords", "Interim evaluation — coach's view"
        ),
        (EvaluationKind.FINAL, Respondent.MENTEE): translate(
            "EvaluationWords", "Final evaluation — mentee"
        ),
        (EvaluationKind.FINAL, Respondent.MENTOR): translate(
            "EvaluationWords", "Final evaluation — mentor"
        ),
        (EvaluationKind.FINAL, Respondent.COACH): translate(
            "EvaluationWords", "Final evaluation — coach's view"
        ),
    }[(kind, respondent)]


def set_name(code: str) -> str:
    """A question set, named for the coordinator who edits it."""
    return {
        "interim-mentee": translate("EvaluationWords", "Interim evaluation — mentee"),
        "interim-mentor": translate("EvaluationWords", "Interim evaluation — mentor"),
        "final-mentee": translate("EvaluationWords", "Final evaluation — mentee"),
        "final-mentor": translate("EvaluationWords", "Final evaluation — mentor"),
        "coach": translate("EvaluationWords", "The coach's view of a duo (interim and final)"),
    }.get(code, code)


def version_note(current: QuestionSet, staff_name: Callable[[str], str]) -> str:
    """Which version is in use, and what editing it does."""
    number = current.version
    if current.saved_on is None:
        in_use = translate("EvaluationWords", "Version {number} is in use.").format(number=number)
    else:
        in_use = translate(
            "EvaluationWords", "Version {number} is in use (saved on {day} by {name})."
        ).format(number=number, day=day_text(current.saved_on), name=staff_name(current.saved_by))
    then = translate(
        "EvaluationWords",
        "Your changes become version {next} when you press OK; evaluations already answered "
        "keep the questions they were answered with.",
    ).format(next=number + 1)
    return f"{in_use} {then}"


def versions_text(versions: list[QuestionSet], staff_name: Callable[[str], str]) -> str:
    """The versions of a set, one a line, oldest first, each with when and by whom it was
    saved (`staff_name` turns a staff id into a name)."""
    return "\n".join(_version_line(version, staff_name) for version in versions)


def _version_line(version: QuestionSet, staff_name: Callable[[str], str]) -> str:
    values = {"number": version.version, "count": len(version.questions)}
    if version.version == 1:
        return translate(
            "EvaluationWords", "Version {number}: {count} questions, as shipped with Duo"
        ).format(**values)
    if version.saved_on is None:  # stored before versions were dated
        return translate("EvaluationWords", "Version {number}: {count} questions").format(**values)
    return translate(
        "EvaluationWords", "Version {number}: {count} questions, saved on {day} by {name}"
    ).format(day=day_text(version.saved_on), name=staff_name(version.saved_by), **values)


def kind_label(kind: QuestionKind) -> str:
    """How a question is answered, in a few words."""
    return {
        QuestionKind.SCALE_5: translate("EvaluationWords", "Scale from 1 to 5"),
        QuestionKind.SCALE_4: translate("EvaluationWords", "Scale from 1 to 4"),
        QuestionKind.FREQUENCY: translate("EvaluationWords", "No / sometimes / yes"),
        QuestionKind.CHECKLIST: translate("EvaluationWords", "Checklist"),
        QuestionKind.TEXT: translate("EvaluationWords", "Free text"),
    }[kind]


def frequency_label(answer: str) -> str:
    """One answer of a no / sometimes / yes question."""
    return {
        "no": translate("EvaluationWords", "No"),
        "sometimes": translate("EvaluationWords", "Sometimes"),
        "yes": translate("EvaluationWords", "Yes"),
    }[answer]


def none_of_the_above() -> str:
    """The choice every checklist offers."""
    return translate("EvaluationWords", "None of the above")


def answer_text(question: Question, value: object) -> str:
    """An answer as people read it: "4 of 5", "Not used", "Sometimes", the ticked options;
    "" when the question was not answered."""
    if value is None or value in ("", []):
        return ""
    if question.kind in (QuestionKind.SCALE_5, QuestionKind.SCALE_4):
        if value == NOT_APPLICABLE:
            return question.not_applicable or translate("EvaluationWords", "Not applicable")
        top = 5 if question.kind is QuestionKind.SCALE_5 else 4
        return translate("EvaluationWords", "{value} of {top}").format(value=value, top=top)
    if question.kind is QuestionKind.FREQUENCY and value in FREQUENCY_ANSWERS:
        return frequency_label(str(value))
    if question.kind is QuestionKind.CHECKLIST and isinstance(value, list):
        if value == [NONE_OF_THE_ABOVE]:
            return none_of_the_above()
        texts = {option.code: option.text for option in question.options}
        return "; ".join(texts.get(str(code), str(code)) for code in value)
    return str(value)

"""The words of the evaluations: which evaluation, how a question is answered, and an answer
as people read it. The question sets hold the coordinator's own texts; these are Duo's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from storage.duo_records import EvaluationKind, Respondent
from storage.question_sets import (
    FREQUENCY_ANSWERS,
    NONE_OF_THE_ABOVE,
    NOT_APPLICABLE,
    Question,
    QuestionKind,
    QuestionSet,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("EvaluationWords", text)


def evaluation_title(kind: EvaluationKind, respondent: Respondent) -> str:
    """Which evaluation: "Final evaluation — mentee"."""
    return {
        (EvaluationKind.INTERIM, Respondent.MENTEE): _tr("Interim evaluation — mentee"),
        (EvaluationKind.INTERIM, Respondent.MENTOR): _tr("Interim evaluation — mentor"),
        (EvaluationKind.INTERIM, Respondent.COACH): _tr("Interim evaluation — coach's view"),
        (EvaluationKind.FINAL, Respondent.MENTEE): _tr("Final evaluation — mentee"),
        (EvaluationKind.FINAL, Respondent.MENTOR): _tr("Final evaluation — mentor"),
        (EvaluationKind.FINAL, Respondent.COACH): _tr("Final evaluation — coach's view"),
    }[(kind, respondent)]


def set_name(code: str) -> str:
    """A question set, named for the coordinator who edits it."""
    return {
        "interim-mentee": _tr("Interim evaluation — mentee"),
        "interim-mentor": _tr("Interim evaluation — mentor"),
        "final-mentee": _tr("Final evaluation — mentee"),
        "final-mentor": _tr("Final evaluation — mentor"),
        "coach": _tr("The coach's view of a duo (interim and final)"),
    }.get(code, code)


def version_note(number: int) -> str:
    """What editing a set in use does to it."""
    return _tr(
        "Version {number} is in use. Your changes become version {next} when you press OK; "
        "evaluations already answered keep the questions they were answered with."
    ).format(number=number, next=number + 1)


def versions_text(versions: list[QuestionSet]) -> str:
    """The versions of a set, one a line, oldest first."""
    return "\n".join(
        _tr("Version {number}: {count} questions{shipped}").format(
            number=version.version,
            count=len(version.questions),
            shipped=_tr(", as shipped with Duo") if version.version == 1 else "",
        )
        for version in versions
    )


def kind_label(kind: QuestionKind) -> str:
    """How a question is answered, in a few words."""
    return {
        QuestionKind.SCALE_5: _tr("Scale from 1 to 5"),
        QuestionKind.SCALE_4: _tr("Scale from 1 to 4"),
        QuestionKind.FREQUENCY: _tr("No / sometimes / yes"),
        QuestionKind.CHECKLIST: _tr("Checklist"),
        QuestionKind.TEXT: _tr("Free text"),
    }[kind]


def frequency_label(answer: str) -> str:
    """One answer of a no / sometimes / yes question."""
    return {"no": _tr("No"), "sometimes": _tr("Sometimes"), "yes": _tr("Yes")}[answer]


def none_of_the_above() -> str:
    """The choice every checklist offers."""
    return _tr("None of the above")


def answer_text(question: Question, value: object) -> str:
    """An answer as people read it: "4 of 5", "Not used", "Sometimes", the ticked options;
    "" when the question was not answered."""
    if value is None or value in ("", []):
        return ""
    if question.kind in (QuestionKind.SCALE_5, QuestionKind.SCALE_4):
        if value == NOT_APPLICABLE:
            return question.not_applicable or _tr("Not applicable")
        top = 5 if question.kind is QuestionKind.SCALE_5 else 4
        return _tr("{value} of {top}").format(value=value, top=top)
    if question.kind is QuestionKind.FREQUENCY and value in FREQUENCY_ANSWERS:
        return frequency_label(str(value))
    if question.kind is QuestionKind.CHECKLIST and isinstance(value, list):
        if value == [NONE_OF_THE_ABOVE]:
            return none_of_the_above()
        texts = {option.code: option.text for option in question.options}
        return "; ".join(texts.get(str(code), str(code)) for code in value)
    return str(value)

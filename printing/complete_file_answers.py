"""The answers of an evaluation in words, for a complete file: each question in the version
of the questionnaire it was answered with, a scale as "4 / 5", a checklist by its options,
"not applicable" as the question says it. A question the set no longer has shows its code.
"""

from __future__ import annotations

from printing.case_parts import flag, known
from printing.words import Words
from storage.question_sets import (
    NONE_OF_THE_ABOVE,
    NOT_APPLICABLE,
    Question,
    QuestionKind,
    QuestionSet,
)


def answer_text(
    questions: QuestionSet | None, code: str, answer: object, words: Words, intake: Words
) -> tuple[str, str, str]:
    """The question's section and text, and the answer in words. `words` are the complete
    file's, `intake` the participant's (yes and no)."""
    try:
        question = questions.question(code) if questions else None
    except KeyError:
        question = None
    section = question.section if question else ""
    return (section, *_answer_words(question, code, answer, words, intake))


def _answer_words(
    question: Question | None, code: str, answer: object, words: Words, intake: Words
) -> tuple[str, str]:
    text = question.text if question else code
    if answer == NOT_APPLICABLE:
        return text, (question.not_applicable if question else "") or words("n_a")
    if isinstance(answer, bool) or answer is None:
        return text, flag(intake, answer)  # type: ignore[arg-type]
    if isinstance(answer, int):
        top = 4 if question and question.kind is QuestionKind.SCALE_4 else 5
        return text, f"{answer} / {top}"
    if isinstance(answer, list):
        options = {option.code: option.text for option in question.options} if question else {}
        options[NONE_OF_THE_ABOVE] = words("none_of_the_above")
        return text, ", ".join(options.get(str(item), str(item)) for item in answer)
    if question and question.kind is QuestionKind.FREQUENCY:
        return text, known(words, f"frequency_{answer}", str(answer))
    return text, str(answer)

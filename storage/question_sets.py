"""The questions of the evaluations (seed 002 §12), in versions the coordinator edits.

Duo ships each question set as version 1 (`resources/question_sets/<code>.json`). A
coordinator's edit never changes a version: it is saved as the next one, in the programme
file's `settings` table under `question_set:<code>` (a JSON list of versions). An
`Evaluation` names the set and the version it was answered with, so its answers stay
readable whatever is edited later. For that reason a shipped set's questions never change
once released (a new default would be a new set code); only its translations may be added
to or corrected.

Each shipped text is in English, Dutch and French: the file's own fields are the English,
and `nl` and `fr` objects beside them hold the same fields in those languages. A text the
coordinator left as shipped shows in the language asked for, whichever of the three it was
saved in; a text they typed shows as typed:

    shown_question_set(current_question_set(programme, "coach"), "nl")
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

from resources import resource_path
from storage import encrypted_file
from storage.duo_records import EvaluationKind, Respondent
from storage.errors import QT_TRANSLATE_NOOP, DuoError
from storage.languages import LANGUAGES

if TYPE_CHECKING:
    from storage.programme import Programme

SETTINGS_PREFIX = "question_set:"
NOT_APPLICABLE = "n/a"  # the answer "did not need help" / "not used"
NONE_OF_THE_ABOVE = "none"  # the checklist's own choice, offered with every checklist
FREQUENCY_ANSWERS = ("no", "sometimes", "yes")


class QuestionKind(StrEnum):
    """How a question is answered."""

    SCALE_5 = "scale-5"  # 1-5, maybe with a "not applicable" choice
    SCALE_4 = "scale-4"  # the mentor's 1-4: no / moderate / sufficient / significant improvement
    FREQUENCY = "frequency"  # no / sometimes / yes
    CHECKLIST = "checklist"  # tick any of the options, or "none of the above"
    TEXT = "text"  # free text


SCALE_POINTS: dict[QuestionKind, range] = {
    QuestionKind.SCALE_5: range(1, 6),
    QuestionKind.SCALE_4: range(1, 5),
}


@dataclass(frozen=True)
class Option:
    """One choice of a checklist."""

    code: str
    text: str


@dataclass(frozen=True)
class Question:
    """One question; `code` is stable across versions so answers can be compared."""

    code: str
    kind: QuestionKind
    text: str
    low_label: str = ""  # the end of a scale at 1, e.g. "not at all satisfied"
    high_label: str = ""  # the end at 5 (or 4), e.g. "very satisfied"
    not_applicable: str = ""  # the label of the n/a choice; empty: no such choice
    options: tuple[Option, ...] = ()  # the choices of a checklist
    section: str = ""  # the heading it is shown under


@dataclass(frozen=True)
class QuestionSet:
    """One version of a question set; a saved version says when and by whom (a staff id)."""

    code: str
    version: int
    title: str
    questions: tuple[Question, ...]
    saved_on: date | None = None  # None: the shipped version 1
    saved_by: str = ""  # the staff id of the coordinator who saved it

    def question(self, code: str) -> Question:
        """The question with this code; `KeyError` if the set has none."""
        for question in self.questions:
            if question.code == code:
                return question
        raise KeyError(code)


SET_CODES = ("interim-mentee", "interim-mentor", "final-mentee", "final-mentor", "coach")

EVALUATION_SETS: dict[tuple[EvaluationKind, Respondent], str] = {
    (EvaluationKind.INTERIM, Respondent.MENTEE): "interim-mentee",
    (EvaluationKind.INTERIM, Respondent.MENTOR): "interim-mentor",
    (EvaluationKind.FINAL, Respondent.MENTEE): "final-mentee",
    (EvaluationKind.FINAL, Respondent.MENTOR): "final-mentor",
    # The coach gives one view of the duo, at either moment.
    (EvaluationKind.INTERIM, Respondent.COACH): "coach",
    (EvaluationKind.FINAL, Respondent.COACH): "coach",
}


# --- JSON ---------------------------------------------------------------------------------


def question_set_to_dict(question_set: QuestionSet) -> dict[str, Any]:
    """A question set as plain JSON values (empty optional fields left out)."""
    document: dict[str, Any] = {
        "code": question_set.code,
        "version": question_set.version,
        "title": question_set.title,
        "questions": [_question_to_dict(q) for q in question_set.questions],
    }
    if question_set.saved_on is not None:
        document["saved_on"] = question_set.saved_on.isoformat()
    if question_set.saved_by:
        document["saved_by"] = question_set.saved_by
    return document


def _question_to_dict(question: Question) -> dict[str, Any]:
    document: dict[str, Any] = {"code": question.code, "kind": question.kind.value}
    for name in ("text", "low_label", "high_label", "not_applicable", "section"):
        if getattr(question, name):
            document[name] = getattr(question, name)
    if question.options:
        document["options"] = [{"code": o.code, "text": o.text} for o in question.options]
    return document


def question_set_from_dict(document: object) -> QuestionSet:
    """Read a question set from JSON values; `ValueError` if it is not one. A version stored
    before versions were dated has no `saved_on` nor `saved_by`."""
    fields = _mapping(document)
    version = fields.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError("a question set's version is a whole number from 1")
    questions = fields.get("questions")
    if not isinstance(questions, list):
        raise ValueError("a question set's questions are a list")
    return QuestionSet(
        code=_text(fields, "code", required=True),
        version=version,
        title=_text(fields, "title"),
        questions=tuple(_question_from_dict(item) for item in questions),
        saved_on=_day(fields, "saved_on"),
        saved_by=_text(fields, "saved_by"),
    )


def _question_from_dict(document: object) -> Question:
    fields = _mapping(document)
    options = fields.get("options", [])
    if not isinstance(options, list):
        raise ValueError("a question's options are a list")
    return Question(
        code=_text(fields, "code", required=True),
        kind=QuestionKind(fields.get("kind")),
        text=_text(fields, "text"),
        low_label=_text(fields, "low_label"),
        high_label=_text(fields, "high_label"),
        not_applicable=_text(fields, "not_applicable"),
        options=tuple(
            Option(_text(o, "code", required=True), _text(o, "text"))
            for o in map(_mapping, options)
        ),
        section=_text(fields, "section"),
    )


def _mapping(document: object) -> dict[str, Any]:
    if not isinstance(document, dict):
        raise ValueError("expected a JSON object")
    return document


def _text(fields: dict[str, Any], name: str, *, required: bool = False) -> str:
    value = fields.get(name, None if required else "")
    if not isinstance(value, str):
        raise ValueError(f"the field {name!r} is text")
    return value


def _day(fields: dict[str, Any], name: str) -> date | None:
    value = fields.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"the field {name!r} is a date")
    return date.fromisoformat(value)  # a ValueError of its own when it is not one


def to_json(question_set: QuestionSet) -> str:
    """A question set as JSON text (ASCII, so any text survives any storage)."""
    return json.dumps(question_set_to_dict(question_set), sort_keys=True)


def from_json(text: str) -> QuestionSet:
    """Read a question set from JSON text; `ValueError` if it is not one."""
    return question_set_from_dict(json.loads(text))


# --- the shipped defaults and the stored versions -----------------------------------------


_NO_SUCH_SET = QT_TRANSLATE_NOOP("DuoError", "Duo has no question set “{code}”.")


@cache
def default_question_set(code: str, language: str = "en") -> QuestionSet:
    """The shipped version 1 of a set, its texts in `language` (English for a language Duo
    has no texts in); `DuoError` if Duo ships no set with this code."""
    if code not in SET_CODES:
        raise DuoError(_NO_SUCH_SET, code=code)
    text = resource_path("question_sets", f"{code}.json").read_text("utf-8")
    return question_set_from_dict(_in_language(json.loads(text), language))


def _in_language(document: object, language: str) -> object:
    """A shipped document with the texts of `language` in place of the English ones."""
    if isinstance(document, list):
        return [_in_language(item, language) for item in document]
    if not isinstance(document, dict):
        return document
    own = document.get(language) if language != "en" else None
    merged = {
        name: _in_language(value, language)
        for name, value in document.items()
        if name not in LANGUAGES
    }
    if isinstance(own, dict):
        merged.update({name: text for name, text in own.items() if isinstance(text, str)})
    return merged


# --- the texts in the interface's or a document's language -------------------------------


def shown_question_set(question_set: QuestionSet, language: str) -> QuestionSet:
    """The set with its texts to show in `language`: each text Duo ships (the title, a
    question's text, scale ends, "not applicable" choice and options, in any of the three
    languages) in `language`; what the coordinator typed as typed. A section heading Duo
    ships is recognised in any set, so a question the coordinator added under it stays
    under the same heading."""
    if question_set.code not in SET_CODES:
        return question_set
    language = language if language in LANGUAGES else "en"
    shipped = {each: default_question_set(question_set.code, each) for each in LANGUAGES}
    titles = {found.title for found in shipped.values()}
    sections = _section_names(language)
    return replace(
        question_set,
        title=shipped[language].title if question_set.title in titles else question_set.title,
        questions=tuple(
            _shown_question(question, shipped, language, sections)
            for question in question_set.questions
        ),
    )


def canonical_question_set(question_set: QuestionSet) -> QuestionSet:
    """The set with every text Duo ships in English, as versions are stored."""
    return shown_question_set(question_set, "en")


def _shown_question(
    question: Question,
    shipped: dict[str, QuestionSet],
    language: str,
    sections: dict[str, str],
) -> Question:
    section = sections.get(question.section, question.section)
    try:
        defaults = {each: found.question(question.code) for each, found in shipped.items()}
    except KeyError:  # a question the coordinator added
        return replace(question, section=section)
    texts = {}
    for name in ("text", "low_label", "high_label", "not_applicable"):
        value = getattr(question, name)
        if value and value in {getattr(default, name) for default in defaults.values()}:
            texts[name] = getattr(defaults[language], name)
    options = tuple(_shown_option(option, defaults, language) for option in question.options)
    return replace(question, section=section, options=options, **texts)


def _shown_option(option: Option, defaults: dict[str, Question], language: str) -> Option:
    texts = {}
    for each, default in defaults.items():
        texts[each] = next((o.text for o in default.options if o.code == option.code), "")
    if option.text and option.text in texts.values() and texts[language]:
        return Option(option.code, texts[language])
    return option


@cache
def _section_names(language: str) -> dict[str, str]:
    """Every section heading Duo ships, in any language, to the same heading in `language`."""
    names: dict[str, str] = {}
    for code in SET_CODES:
        target = default_question_set(code, language).questions
        for each in LANGUAGES:
            found = default_question_set(code, each).questions
            for question, wanted in zip(found, target, strict=True):
                if question.section:
                    names.setdefault(question.section, wanted.section)
    return names


def question_set_versions(programme: Programme, code: str) -> list[QuestionSet]:
    """Every version of a set, oldest first: the shipped version 1, then the saved ones.

    A stored version that cannot be read is left out (it never stops the others)."""
    versions = [default_question_set(code)]
    for item in _stored_items(programme, code):
        try:
            stored = question_set_from_dict(item)
        except ValueError:
            continue
        if stored.code == code and stored.version > versions[-1].version:
            versions.append(stored)
    return versions


def current_question_set(programme: Programme, code: str) -> QuestionSet:
    """The newest version of a set: the one new evaluations are answered with."""
    return question_set_versions(programme, code)[-1]


def question_set(programme: Programme, code: str, version: int) -> QuestionSet:
    """One version of a set, to read the answers given with it."""
    for found in question_set_versions(programme, code):
        if found.version == version:
            return found
    raise DuoError(
        QT_TRANSLATE_NOOP(
            "DuoError",
            "Version {version} of the question set “{code}” is not in this programme, so the "
            "answers given with it cannot be shown. Restore the programme from a backup made "
            "after that version was saved.",
        ),
        version=version,
        code=code,
    )


def save_question_set(
    programme: Programme, questions_set: QuestionSet, *, author: str, today: date | None = None
) -> QuestionSet:
    """Store an edited set as a new version (the newest + 1), saved `today` (by default the
    computer's date) by `author` (a staff id), and return it.

    Its own `version`, `saved_on` and `saved_by` are ignored. Texts Duo ships are stored in
    English, whatever language they were shown in (see `shown_question_set`). An unchanged
    set adds no version: the current one is returned. `DuoError`, with what to correct, if the set
    cannot be answered."""
    # Duo's own texts are stored in English, whichever language they were edited in.
    edited = canonical_question_set(_tidied(questions_set))
    check_question_set(edited)
    current = current_question_set(programme, edited.code)
    stored = canonical_question_set(current)
    if (edited.title, edited.questions) == (stored.title, stored.questions):
        return current
    items = _stored_items(programme, edited.code)
    # A damaged stored version keeps its number: answers may name it.
    taken = [item.get("version") for item in items if isinstance(item, dict)]
    newest = max([current.version, *(v for v in taken if isinstance(v, int))])
    saved = replace(edited, version=newest + 1, saved_on=today or date.today(), saved_by=author)
    items.append(question_set_to_dict(saved))
    with programme.edit_programme_file(author=author) as edit:
        edit.set_settings({SETTINGS_PREFIX + saved.code: json.dumps(items)})
    return saved


def _stored_items(programme: Programme, code: str) -> list[Any]:
    """The stored list of versions, or nothing if absent or unreadable."""
    conn = encrypted_file.open_read(programme.programme_file, programme.programme_file_key())
    try:
        row = conn.execute(
            "SELECT value FROM settings WHERE key = ?", (SETTINGS_PREFIX + code,)
        ).fetchone()
    finally:
        conn.close()
    if row is None or not isinstance(row[0], str):
        return []
    try:
        items = json.loads(row[0])
    except ValueError:
        return []
    return items if isinstance(items, list) else []


# --- checking a set and its answers -------------------------------------------------------


def _tidied(question_set: QuestionSet) -> QuestionSet:
    """Without the spaces around codes and texts that a form leaves."""
    return replace(
        question_set,
        code=question_set.code.strip(),
        title=question_set.title.strip(),
        questions=tuple(
            replace(
                q,
                code=q.code.strip(),
                text=q.text.strip(),
                low_label=q.low_label.strip(),
                high_label=q.high_label.strip(),
                not_applicable=q.not_applicable.strip(),
                section=q.section.strip(),
                options=tuple(Option(o.code.strip(), o.text.strip()) for o in q.options),
            )
            for q in question_set.questions
        ),
    )


def check_question_set(question_set: QuestionSet) -> None:
    """Refuse a set that cannot be answered, saying what to correct (`DuoError`)."""
    if question_set.code not in SET_CODES:
        raise DuoError(_NO_SUCH_SET, code=question_set.code)
    if not question_set.title:
        raise DuoError(QT_TRANSLATE_NOOP("DuoError", "Give the question set a title."))
    if not question_set.questions:
        raise DuoError(QT_TRANSLATE_NOOP("DuoError", "A question set needs at least one question."))
    seen: set[str] = set()
    for question in question_set.questions:
        if not question.code:
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "Each question needs a code (it links the answers across versions).",
                )
            )
        if question.code in seen:
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError", "Two questions have the code “{code}”. Give each its own code."
                ),
                code=question.code,
            )
        seen.add(question.code)
        _check_question(question)


def _check_question(question: Question) -> None:
    code = question.code
    if not question.text:
        raise DuoError(
            QT_TRANSLATE_NOOP("DuoError", "The question “{code}” has no text. Write the question."),
            code=code,
        )
    if question.kind in SCALE_POINTS and not (question.low_label and question.high_label):
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "The question “{code}” is a scale: name both of its ends, for example "
                "“not at all satisfied” and “very satisfied”.",
            ),
            code=code,
        )
    if question.kind is QuestionKind.CHECKLIST:
        codes = [option.code for option in question.options]
        if not codes:
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError", "The checklist “{code}” has no options. Add the choices to tick."
                ),
                code=code,
            )
        if not all(codes) or len(set(codes)) != len(codes) or NONE_OF_THE_ABOVE in codes:
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "Each option of the checklist “{code}” needs its own code (not “{none}”: "
                    "“none of the above” is always offered).",
                ),
                code=code,
                none=NONE_OF_THE_ABOVE,
            )
        if not all(option.text for option in question.options):
            raise DuoError(
                QT_TRANSLATE_NOOP("DuoError", "An option of the checklist “{code}” has no text."),
                code=code,
            )


def answer_is_valid(question: Question, value: object) -> bool:
    """Whether `value` is an answer this question accepts."""
    if question.kind in SCALE_POINTS:
        if question.not_applicable and value == NOT_APPLICABLE:
            return True
        return (
            isinstance(value, int)
            and not isinstance(value, bool)
            and value in SCALE_POINTS[question.kind]
        )
    if question.kind is QuestionKind.FREQUENCY:
        return value in FREQUENCY_ANSWERS
    if question.kind is QuestionKind.CHECKLIST:
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            return False
        if list(value) == [NONE_OF_THE_ABOVE]:
            return True
        codes = {option.code for option in question.options}
        return len(set(value)) == len(value) and set(value) <= codes
    return isinstance(value, str)


def validate_answers(question_set: QuestionSet, answers: dict[str, object]) -> list[str]:
    """The codes whose answers are invalid, in the set's order, then any code the set does
    not have. Unanswered questions (missing or None) are fine: a partial evaluation is."""
    invalid = [
        q.code
        for q in question_set.questions
        if answers.get(q.code) is not None and not answer_is_valid(q, answers[q.code])
    ]
    known = {q.code for q in question_set.questions}
    return invalid + sorted(code for code in answers if code not in known)

"""An evaluation form, made from a question set: its sections as headings, a row of choices
for each scale, boxes to tick for a checklist, a box to type in for a text. The dialog only
collects; the duo page saves through `desktop.workflows.evaluations.save_evaluation`.

    dialog = EvaluationDialog(parent, question_set=evaluation_set(…), match_id=…,
                              kind=EvaluationKind.FINAL, respondent=Respondent.MENTEE,
                              names=…, today=…, earliest=first_meeting_on, consented=True)
    if context.dialogs.run(dialog):
        save_evaluation(programme, mentee_id, dialog.evaluation(), author=…, today=…)

To correct a stored evaluation, pass it with the questions it was answered with
(`stored_set`), so no answer is lost to a later edit of the questions.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.screens.case_duo_text import consent_warning
from desktop.screens.case_pages import date_edit, qdate
from desktop.screens.ending_dialog import error_label, warning_label
from desktop.screens.evaluation_words import (
    evaluation_title,
    frequency_label,
    none_of_the_above,
)
from storage.duo_records import Evaluation, EvaluationKind, Respondent
from storage.question_sets import (
    FREQUENCY_ANSWERS,
    NONE_OF_THE_ABOVE,
    NOT_APPLICABLE,
    SCALE_POINTS,
    Question,
    QuestionKind,
    QuestionSet,
)

_NOTE_STYLE = "color: palette(placeholder-text);"  # explanations, not fields
_TEXT_LINES = 3
_SIZE = (920, 700)  # fits a 1366 x 768 screen with the taskbar; the form scrolls
_BY_TAB = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
_LOW, _FIRST_POINT, _HIGH, _NOT_APPLICABLE, _COLUMNS = 0, 1, 6, 7, 9


class _Choices(QObject):
    """One answer out of a few (a scale, no / sometimes / yes): radio buttons in a group of
    their own, so Tab moves on to the next question and the arrow keys move within it.
    Delete takes the answer back: the question is then unanswered."""

    def __init__(self, parent: QWidget, question: Question, choices: list[tuple[object, str]]):
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.values: dict[QAbstractButton, object] = {}
        for value, text in choices:
            button = QRadioButton(text)
            button.setAccessibleDescription(question.text)
            button.installEventFilter(self)
            self.group.addButton(button)
            self.values[button] = value
        self.widgets: list[QWidget] = list(self.values)

    def value(self) -> object | None:
        checked = self.group.checkedButton()
        return None if checked is None else self.values[checked]

    def set_value(self, value: object) -> None:
        for button, choice in self.values.items():
            if choice == value:
                button.setChecked(True)

    def clear(self) -> None:
        # An exclusive group never unchecks its last button by itself.
        self.group.setExclusive(False)
        for button in self.values:
            button.setChecked(False)
        self.group.setExclusive(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.clear()
            return True
        checked = self.group.checkedButton()
        if (
            isinstance(event, QFocusEvent)
            and event.gotFocus()
            and event.reason() in _BY_TAB
            and checked not in (None, watched)
        ):
            # Tab comes to the answer given, so an arrow key moves on from there.
            checked.setFocus(event.reason())
        return False


class _Checklist(QObject):
    """Options to tick, and "none of the above", which excludes the others."""

    def __init__(self, parent: QWidget, question: Question) -> None:
        super().__init__(parent)
        self.boxes = {option.code: QCheckBox(option.text) for option in question.options}
        self.none = QCheckBox(none_of_the_above())
        self.widgets: list[QWidget] = [*self.boxes.values(), self.none]
        for box in self.boxes.values():
            box.toggled.connect(self._option_toggled)
        self.none.toggled.connect(self._none_toggled)
        for widget in self.widgets:
            widget.setAccessibleDescription(question.text)

    def _option_toggled(self, checked: bool) -> None:
        if checked:
            self.none.setChecked(False)

    def _none_toggled(self, checked: bool) -> None:
        if checked:
            for box in self.boxes.values():
                box.setChecked(False)

    def value(self) -> list[str] | None:
        if self.none.isChecked():
            return [NONE_OF_THE_ABOVE]
        return [code for code, box in self.boxes.items() if box.isChecked()] or None

    def set_value(self, value: object) -> None:
        codes = value if isinstance(value, list) else []
        self.none.setChecked(codes == [NONE_OF_THE_ABOVE])
        for code, box in self.boxes.items():
            box.setChecked(code in codes)


class _Text:
    """A free answer, in a box Tab leaves."""

    def __init__(self, question: Question) -> None:
        self.box = QPlainTextEdit()
        self.box.setTabChangesFocus(True)
        self.box.setAccessibleName(question.text)
        self.box.setFixedHeight(self.box.fontMetrics().lineSpacing() * _TEXT_LINES + 16)
        self.widgets: list[QWidget] = [self.box]

    def value(self) -> str | None:
        return self.box.toPlainText().strip() or None

    def set_value(self, value: object) -> None:
        self.box.setPlainText(str(value))


_Answer = _Choices | _Checklist | _Text


class EvaluationDialog(QDialog):
    """The questions of one evaluation, to fill in or correct; Ctrl+Enter saves. Without the
    respondent's consent to be contacted (`consented=False`) a warning tops it."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        question_set: QuestionSet,
        match_id: str,
        kind: EvaluationKind,
        respondent: Respondent,
        names: str,
        today: date,
        earliest: date,
        evaluation: Evaluation | None = None,
        consented: bool = True,
    ) -> None:
        super().__init__(parent)
        self.question_set = question_set
        self._base = evaluation or Evaluation(
            match_id=match_id,
            kind=kind,
            respondent=respondent,
            answered_on=today,
            question_set=question_set.code,
            question_set_version=question_set.version,
        )
        title = evaluation_title(kind, respondent)
        self.setWindowTitle(self.tr("{evaluation} — {names}").format(evaluation=title, names=names))
        self.answers: dict[str, _Answer] = {}
        self.day_edit = date_edit(today)
        self.day_edit.setMinimumDate(qdate(min(earliest, today)))
        self.day_edit.setDate(qdate(self._base.answered_on))
        self._focus_order: list[QWidget] = [self.day_edit]
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll.setWidget(self._form())
        self.error = error_label()
        # Only a warning: the person may have answered without being asked. The coach
        # answers for themself and needs no consent.
        self.warning = warning_label(consent_warning(respondent))

        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        self.warning.setHidden(consented or respondent is Respondent.COACH)
        layout.addWidget(_heading(title, 1.3))
        layout.addLayout(self._header(names))
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self._buttons())
        for first, second in zip(self._focus_order, self._focus_order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        for code, value in (evaluation.answers if evaluation else {}).items():
            if code in self.answers:
                self.answers[code].set_value(value)
        room = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(_SIZE[0], room.width() - 40), min(_SIZE[1], room.height() - 40))
        # The date is today's more often than not: the keyboard starts at the questions.
        self._focus_order[1].setFocus(Qt.FocusReason.TabFocusReason)

    def _header(self, names: str) -> QVBoxLayout:
        about = QLabel(
            self.tr("{names}. Questions: {set}, version {version}.").format(
                names=names, set=self.question_set.title, version=self.question_set.version
            )
        )
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.PlainText)  # names are typed by people
        day_label = QLabel(self.tr("&Answered on:"))
        day_label.setBuddy(self.day_edit)
        day_row = QHBoxLayout()
        day_row.addWidget(day_label)
        day_row.addWidget(self.day_edit)
        day_row.addStretch(1)
        hint = _note(
            self.tr(
                "Tab moves to the next question; the arrow keys or Space choose an answer, "
                "Delete takes it back. A question left open stays unanswered. Ctrl+Enter saves."
            )
        )
        hint.setWordWrap(True)
        header = QVBoxLayout()
        header.addWidget(about)
        header.addLayout(day_row)
        header.addWidget(hint)
        return header

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save the evaluation"))
        # Enter alone must not end a long form by accident: Ctrl+Enter or the button saves.
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
            self._focus_order.append(button)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._save, Qt.ShortcutContext.WindowShortcut)
        return buttons

    # --- the form ---------------------------------------------------------------------------

    def _form(self) -> QWidget:
        form = QWidget()
        self.grid = QGridLayout(form)
        self.grid.setHorizontalSpacing(10)
        self.grid.setColumnStretch(_COLUMNS - 1, 1)
        section = None
        for number, question in enumerate(self.question_set.questions, start=1):
            if question.section and question.section != section:
                self._add_row(_heading(question.section), top_margin=12 if section else 0)
            section = question.section
            text = QLabel(
                self.tr("{number}. {question}").format(number=number, question=question.text)
            )
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            self._add_row(text, top_margin=6)
            answer = self._add_answer(question)
            self.answers[question.code] = answer
            self._focus_order += answer.widgets
        self.grid.setRowStretch(self.grid.rowCount(), 1)
        return form

    def _add_row(self, widget: QWidget, *, top_margin: int = 0, first_column: int = 0) -> None:
        row = self.grid.rowCount()
        if top_margin:
            self.grid.setRowMinimumHeight(row, top_margin)
            row += 1
        self.grid.addWidget(widget, row, first_column, 1, _COLUMNS - first_column)

    def _add_answer(self, question: Question) -> _Answer:
        answer: _Answer
        if question.kind in SCALE_POINTS:
            return self._add_scale(question)
        if question.kind is QuestionKind.FREQUENCY:
            answer = _Choices(self, question, [(a, frequency_label(a)) for a in FREQUENCY_ANSWERS])
            self._add_row(_lined_up(answer.widgets, QHBoxLayout()), first_column=_FIRST_POINT)
        elif question.kind is QuestionKind.CHECKLIST:
            answer = _Checklist(self, question)
            self._add_row(_lined_up(answer.widgets, QVBoxLayout()), first_column=_FIRST_POINT)
        else:
            answer = _Text(question)
            self._add_row(answer.box, first_column=_FIRST_POINT)
        return answer

    def _add_scale(self, question: Question) -> _Choices:
        points = SCALE_POINTS[question.kind]
        choices: list[tuple[object, str]] = [(point, str(point)) for point in points]
        if question.not_applicable:
            choices.append((NOT_APPLICABLE, question.not_applicable))
        scale = _Choices(self, question, choices)
        row = self.grid.rowCount()
        low, high = _note(question.low_label), _note(question.high_label)
        low.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.grid.addWidget(low, row, _LOW)
        for column, button in enumerate(scale.widgets[: len(points)], start=_FIRST_POINT):
            self.grid.addWidget(button, row, column)
        # Right after the last point: a 1-4 scale's end sits where a 1-5 scale's 5 is.
        after = _FIRST_POINT + len(points)
        self.grid.addWidget(high, row, after, 1, _HIGH - after + 1)
        if question.not_applicable:
            self.grid.addWidget(scale.widgets[-1], row, _NOT_APPLICABLE)
        return scale

    # --- the answers ------------------------------------------------------------------------

    def answered(self) -> dict[str, object]:
        """The answers given; unanswered questions are left out."""
        found = {code: answer.value() for code, answer in self.answers.items()}
        return {code: value for code, value in found.items() if value is not None}

    def evaluation(self) -> Evaluation:
        """The evaluation as filled in (a stored evaluation's id is kept)."""
        return dataclasses.replace(
            self._base,
            answered_on=self.day_edit.date().toPython(),
            question_set=self.question_set.code,
            question_set_version=self.question_set.version,
            answers=self.answered(),
        )

    def _save(self) -> None:
        if not self.answered():
            self.error.setText(self.tr("Answer at least one question before saving."))
            self.error.show()
            return
        self.accept()


def _heading(text: str, scale: float = 1.1) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _note(text: str) -> QLabel:
    """A note, or the label at one end of a scale: greyed, so the choices stand out."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(_NOTE_STYLE)
    return label


def _lined_up(widgets: list[QWidget], layout: QHBoxLayout | QVBoxLayout) -> QWidget:
    """Choices side by side or one under the other."""
    holder = QWidget()
    holder.setLayout(layout)
    layout.setContentsMargins(0, 0, 0, 0)
    if isinstance(layout, QHBoxLayout):
        layout.setSpacing(18)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return holder

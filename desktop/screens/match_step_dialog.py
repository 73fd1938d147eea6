"""One step of a match, asked for in a small dialog: an answer, the first meeting, the
validation, or a decline. The dialog only collects; the case view saves through
`desktop.workflows.matching`.

    dialog = AnswerDialog(parent, who=DeclinedBy.MENTOR, names=…, today=…, earliest=…)
    if context.dialogs.run(dialog):
        dialog.answer(), dialog.day(), dialog.reason()
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.rules.match_steps import DeclinedBy
from desktop.screens.case_pages import date_edit, day_of, qdate, text_box
from storage.records import Answer

_ERROR_STYLE = "color: #c62828; font-weight: bold;"


class StepDialog(QDialog):
    """A small dialog that only collects: a title, an explanation, a form, a message line and
    Save / Cancel. The base of every such dialog of a match or a duo.

    A subclass adds its rows to `self.form` and overrides `problem()`; Save (the default
    button) shows the problem under the form and keeps the dialog open, or accepts it when
    there is none. The caller then reads the fields and saves through a workflow."""

    def __init__(self, parent: QWidget | None, title: str, explanation: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        intro = QLabel(explanation)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def problem(self) -> str:
        """What is still missing, or "" when the step can be saved."""
        return ""

    def _save(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        self.accept()


def _dated(today: date, earliest: date, *, future: bool = False) -> QDateEdit:
    """A step's date: today by default, never before the step it follows; a step that
    happened is never in the future, a planned one may be."""
    edit = date_edit(today)
    if future:
        edit.setMaximumDate(qdate(date(today.year + 2, 12, 31)))
    edit.setMinimumDate(qdate(min(earliest, today)))
    return edit


class AnswerDialog(StepDialog):
    """The mentor's or the mentee's yes or no; a no needs its reason."""

    def __init__(
        self, parent: QWidget | None, *, who: DeclinedBy, names: str, today: date, earliest: date
    ) -> None:
        if who is DeclinedBy.MENTOR:
            title = self.tr("The mentor's answer — {names}").format(names=names)
            text = self.tr(
                "The mentor has read the mentee's CV and profile. Do they want to go ahead?"
            )
        else:
            title = self.tr("The mentee's answer — {names}").format(names=names)
            text = self.tr(
                "The mentee has read the mentor's short profile. Do they want to go ahead?"
            )
        super().__init__(parent, title, text)
        self.yes = QRadioButton(self.tr("&Yes, they want to meet"))
        self.no = QRadioButton(self.tr("&No: the match does not go ahead"))
        group = QButtonGroup(self)
        group.addButton(self.yes)
        group.addButton(self.no)
        self.yes.setChecked(True)
        self.reason_box = text_box(self.tr("Why not, in their words (kept with the match)"))
        self.day_edit = _dated(today, earliest)
        self.form.addRow(self.yes)
        self.form.addRow(self.no)
        self.form.addRow(self.tr("&Reason:"), self.reason_box)
        self.form.addRow(self.tr("Answered &on:"), self.day_edit)
        self.save_button.setText(self.tr("&Save the answer"))

    def answer(self) -> Answer:
        """Yes or no."""
        return Answer.YES if self.yes.isChecked() else Answer.NO

    def reason(self) -> str:
        """Why not (empty for a yes)."""
        return self.reason_box.toPlainText().strip() if self.no.isChecked() else ""

    def day(self) -> date:
        """When they answered."""
        return day_of(self.day_edit)

    def problem(self) -> str:
        """A no needs its reason."""
        if self.no.isChecked() and not self.reason_box.toPlainText().strip():
            return self.tr("Note why they said no: the reason is kept with the match.")
        return ""


class FirstMeetingDialog(StepDialog):
    """When and where the first meeting takes place, and whether the coach comes."""

    def __init__(self, parent: QWidget | None, *, names: str, today: date, earliest: date) -> None:
        super().__init__(
            parent,
            self.tr("Plan the first meeting — {names}").format(names=names),
            self.tr(
                "Both said yes. The first meeting takes place at a neutral place (a library, "
                "a café, the association's office), with the coach if they wish."
            ),
        )
        self.day_edit = _dated(max(today, earliest), earliest, future=True)
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("e.g. the café of the city library"))
        self.coach_box = QCheckBox(self.tr("The &coach will be there"))
        self.coach_box.setChecked(True)
        self.form.addRow(self.tr("&Date:"), self.day_edit)
        self.form.addRow(self.tr("&Place:"), self.place_edit)
        self.form.addRow(self.coach_box)
        self.save_button.setText(self.tr("&Save the plan"))

    def show_plan(self, day: date, place: str, coach_present: bool) -> None:
        """Start from the plan being changed."""
        self.day_edit.setDate(qdate(day))
        self.place_edit.setText(place)
        self.coach_box.setChecked(coach_present)

    def day(self) -> date:
        """The day of the first meeting."""
        return day_of(self.day_edit)

    def place(self) -> str:
        """Where they meet."""
        return self.place_edit.text().strip()

    def coach_present(self) -> bool:
        """Whether the coach comes."""
        return self.coach_box.isChecked()

    def problem(self) -> str:
        """The place is needed."""
        if not self.place():
            return self.tr("Say where they meet: a neutral place suits best.")
        return ""


class ValidationDialog(StepDialog):
    """Both confirmed after the first meeting that they go on: the duo starts."""

    def __init__(self, parent: QWidget | None, *, names: str, today: date, earliest: date) -> None:
        super().__init__(
            parent,
            self.tr("Validate the duo — {names}").format(names=names),
            self.tr(
                "After the first meeting, the mentor and the mentee each confirm to the coach "
                "that they want to go on. Then the duo starts."
            ),
        )
        self.mentor_box = QCheckBox(self.tr("The &mentor confirmed"))
        self.mentee_box = QCheckBox(self.tr("The m&entee confirmed"))
        self.day_edit = _dated(today, earliest)
        self.form.addRow(self.mentor_box)
        self.form.addRow(self.mentee_box)
        self.form.addRow(self.tr("Duo starts &on:"), self.day_edit)
        self.save_button.setText(self.tr("&Start the duo"))

    def day(self) -> date:
        """The day the duo starts."""
        return day_of(self.day_edit)

    def problem(self) -> str:
        """Both must have confirmed."""
        if not (self.mentor_box.isChecked() and self.mentee_box.isChecked()):
            return self.tr(
                "A duo starts when both have confirmed. If one of them does not want to go "
                "on, decline the match instead."
            )
        return ""


class DeclineDialog(StepDialog):
    """Who does not want to go on, and why; the pair is never proposed again."""

    def __init__(self, parent: QWidget | None, *, names: str, today: date, earliest: date) -> None:
        super().__init__(
            parent,
            self.tr("Decline the match — {names}").format(names=names),
            self.tr(
                "The match stops here and the mentee waits again (the wait goes on from "
                "where it began). Duo will not propose this pair again."
            ),
        )
        self.who = {
            DeclinedBy.MENTOR: QRadioButton(self.tr("The m&entor")),
            DeclinedBy.MENTEE: QRadioButton(self.tr("The me&ntee")),
            DeclinedBy.COACH: QRadioButton(self.tr("The &coach")),
        }
        group = QButtonGroup(self)
        for button in self.who.values():
            group.addButton(button)
        self.who[DeclinedBy.COACH].setChecked(True)
        self.reason_box = text_box(self.tr("Why the match does not go ahead"))
        self.day_edit = _dated(today, earliest)
        who_box = QVBoxLayout()
        for button in self.who.values():
            who_box.addWidget(button)
        self.form.addRow(self.tr("Decided by:"), who_box)
        self.form.addRow(self.tr("&Reason:"), self.reason_box)
        self.form.addRow(self.tr("&On:"), self.day_edit)
        self.save_button.setText(self.tr("&Decline the match"))

    def declined_by(self) -> DeclinedBy:
        """Who said no."""
        return next(who for who, button in self.who.items() if button.isChecked())

    def reason(self) -> str:
        """Why."""
        return self.reason_box.toPlainText().strip()

    def day(self) -> date:
        """When."""
        return day_of(self.day_edit)

    def problem(self) -> str:
        """The reason is needed."""
        if not self.reason():
            return self.tr("Note why the match does not go ahead: the reason is kept with it.")
        return ""

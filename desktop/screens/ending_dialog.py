"""The end of a duo, asked for in a dialog, and the reopening of a duo ended by mistake
(domain.md, step 12). The dialogs only collect; the duo page saves through
`desktop.workflows.duo` (`end_duo`, `correct_ending`, `reopen_duo`).

    dialog = EndDialog(parent, match_id=…, names=…, today=…, earliest=…, planned_end=…,
                       reasons=[("job", "Found a job"), …])
    if context.dialogs.run(dialog):
        end_duo(programme, mentee_id, dialog.ending(), wait_again=dialog.wait_again(), …)

    dialog = EndDialog(…, ending=stored, correcting=True)   # the ending of an ended duo
    if context.dialogs.run(dialog):
        correct_ending(programme, mentee_id, dialog.ending(), …)

    dialog = ReopenDialog(parent, names=…, ended_on=…)   # reason=… after a refusal
    if context.dialogs.run(dialog):
        reopen_duo(programme, mentee_id, match_id, reason=dialog.reason(), …)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.screens.case_pages import date_edit, day_of, qdate, text_box
from desktop.screens.case_words import day_text
from desktop.screens.ending_words import ended_by_label
from storage.duo_records import EndedBy, Ending, EndKind
from widgets.choice_combo import ChoiceCombo

_ERROR_STYLE = "color: #c62828; font-weight: bold;"
# Read before anything is typed: a boxed line, dark on light in any theme.
_WARNING_STYLE = (
    "color: #6d4500; background: #fff3d6; border: 1px solid #e0b050; border-radius: 3px;"
    " padding: 6px; font-weight: bold;"
)


def past_date(today: date, earliest: date) -> QDateEdit:
    """A day that happened: today by default, never in the future nor before `earliest`."""
    edit = date_edit(today)
    edit.setMinimumDate(qdate(min(earliest, today)))
    # A date is short: stretched across a form it reads like a text field.
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return edit


def warning_label(text: str = "") -> QLabel:
    """A warning to read before typing, for the top of a dialog."""
    label = QLabel(text)
    label.setStyleSheet(_WARNING_STYLE)
    label.setWordWrap(True)
    return label


def error_label() -> QLabel:
    """The line that says why Save did not save, above the buttons; hidden until then."""
    label = QLabel()
    label.setStyleSheet(_ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FormDialog(QDialog):
    """A title, an explanation, a form, a message line and Save / Cancel. Save keeps the
    dialog open, with the message, while `problem()` says something is missing. A warning
    line above it all (`warn`) says what to mind before typing."""

    def __init__(self, parent: QWidget | None, title: str, explanation: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.warning = warning_label()
        intro = QLabel(explanation, self)
        intro.setWordWrap(True)
        self.form = QFormLayout()
        self.error = error_label()
        # Made inside the dialog: a default button set before it has its dialog is
        # forgotten once the focus leaves it, and Enter would then do nothing.
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        self.warning.hide()
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def warn(self, text: str) -> None:
        """Show `text` on the warning line at the top."""
        self.warning.setText(text)
        self.warning.show()

    def problem(self) -> str:
        """What is still missing, or "" when the dialog's input can be saved."""
        return ""

    def _save(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        self.accept()


class EndDialog(FormDialog):
    """A planned or early end: when, who decided and why, the final meeting, the feedback
    they gave each other, and whether the mentee waits for a new mentor.

    `correcting` changes the stored `ending` of an ended duo: its day stays (a wrong day is
    reopened and ended again) and the mentee's waiting was decided when it ended."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        match_id: str,
        names: str,
        today: date,
        earliest: date,
        planned_end: date | None,
        reasons: Sequence[tuple[str, str]],
        ending: Ending | None = None,
        wait_again: bool = False,
        correcting: bool = False,
    ) -> None:
        correcting = correcting and ending is not None
        if correcting and ending is not None:
            title = self.tr("Change the ending — {names}")
            intro = self.tr(
                "The duo ended on {day}. Add what was forgotten or came later: the final "
                "meeting, the feedback, a better reason. The end day stays: if it is wrong, "
                "reopen the duo and end it again on the right day."
            ).format(day=day_text(ending.ended_on))
        elif planned_end is not None:
            title = self.tr("End the duo — {names}")
            intro = self.tr(
                "The duo was planned to end on {day}. Ending it frees the mentor's place; the "
                "ending, the final meeting and the feedback stay in the mentee's case file."
            ).format(day=day_text(planned_end))
        else:
            title = self.tr("End the duo — {names}")
            intro = self.tr(
                "Ending the duo frees the mentor's place; the ending, the final meeting and "
                "the feedback stay in the mentee's case file."
            )
        super().__init__(parent, title.format(names=names), intro)
        self.setMinimumWidth(600)
        self._match_id = match_id
        self._planned_end = planned_end
        # Built once, so every call of `ending()` names the same record.
        self._stored = ending or Ending(match_id=match_id, ended_on=today)
        # The kind follows the end date until the coach chooses it.
        self._kind_chosen = ending is not None

        self.day_edit = past_date(today, earliest)
        self.planned = QRadioButton(self.tr("&Planned end"))
        self.early = QRadioButton(self.tr("&Early end"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.planned)
        kinds.addButton(self.early)
        kinds.buttonClicked.connect(self._kind_clicked)
        self.ended_by = QComboBox()
        for who in EndedBy:
            self.ended_by.addItem(ended_by_label(who), who)
        self.reason_combo = ChoiceCombo(searchable=False)
        self.reason_combo.set_choices(reasons, blank=self.tr("(choose a reason)"))
        self.note_box = text_box(self.tr("What happened, in a few words"))
        self.final_box = QCheckBox(self.tr("&Final meeting on:"))
        self.final_edit = past_date(today, earliest)
        self.online_box = QCheckBox(self.tr("Onl&ine"))
        self.to_mentee_box = text_box(self.tr("What the mentor tells the mentee"))
        self.to_mentor_box = text_box(self.tr("What the mentee tells the mentor"))
        self.wait_box = QCheckBox(self.tr("The mentee &waits for a new mentor"))
        self.wait_box.setChecked(wait_again)
        self._lay_out()
        self.save_button.setText(self.tr("End the &duo"))
        if correcting:
            self.day_edit.setEnabled(False)
            self.form.setRowVisible(self.wait_box, False)
            self.save_button.setText(self.tr("&Save the changes"))

        self.day_edit.dateChanged.connect(self._day_changed)
        self.final_box.toggled.connect(self._update_enabled)
        if ending is not None:
            self._show_ending(ending)
        self._day_changed()
        if correcting:  # the day cannot change: the kind of end comes first
            (self.early if self.early.isChecked() else self.planned).setFocus()
        else:
            self.day_edit.setFocus()

    def _lay_out(self) -> None:
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.planned)
        kind_row.addWidget(self.early)
        kind_row.addStretch(1)
        final_row = QHBoxLayout()
        final_row.addWidget(self.final_edit)
        final_row.addWidget(self.online_box)
        final_row.addStretch(1)
        self.form.addRow(self.tr("Ended &on:"), self.day_edit)
        self.form.addRow(self.tr("Kind of end:"), kind_row)
        self.form.addRow(self.tr("Ended &by:"), self.ended_by)
        self.form.addRow(self.tr("&Reason:"), self.reason_combo)
        self.form.addRow(self.tr("&Note:"), self.note_box)
        self.form.addRow(self.final_box, final_row)
        self.form.addRow(self.tr("Feedback to the men&tee:"), self.to_mentee_box)
        self.form.addRow(self.tr("Feedback to the &mentor:"), self.to_mentor_box)
        self.form.addRow(self.wait_box)

    def _show_ending(self, ending: Ending) -> None:
        self.day_edit.setDate(qdate(ending.ended_on))
        (self.early if ending.kind is EndKind.EARLY else self.planned).setChecked(True)
        self.ended_by.setCurrentIndex(self.ended_by.findData(ending.ended_by))
        self.reason_combo.set_code(ending.reason)
        self.note_box.setPlainText(ending.note)
        if ending.final_meeting_on is not None:
            self.final_box.setChecked(True)
            self.final_edit.setDate(qdate(ending.final_meeting_on))
        self.online_box.setChecked(ending.final_meeting_online)
        self.to_mentee_box.setPlainText(ending.feedback_to_mentee)
        self.to_mentor_box.setPlainText(ending.feedback_to_mentor)

    def _kind_clicked(self) -> None:
        self._kind_chosen = True
        self._update_enabled()

    def _day_changed(self) -> None:
        # The final meeting comes before the end, or on its day.
        self.final_edit.setMaximumDate(self.day_edit.date())
        if not self._kind_chosen:
            early = self._planned_end is not None and self.day() < self._planned_end
            (self.early if early else self.planned).setChecked(True)
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.ended_by.setEnabled(self.early.isChecked())
        self.final_edit.setEnabled(self.final_box.isChecked())
        self.online_box.setEnabled(self.final_box.isChecked())

    def day(self) -> date:
        """The day the duo ended."""
        return day_of(self.day_edit)

    def kind(self) -> EndKind:
        """Planned or early."""
        return EndKind.EARLY if self.early.isChecked() else EndKind.PLANNED

    def ending(self) -> Ending:
        """The ending as typed (the prefilled ending's id is kept)."""
        early = self.kind() is EndKind.EARLY
        final = self.final_box.isChecked()
        return dataclasses.replace(
            self._stored,
            match_id=self._match_id,
            ended_on=self.day(),
            kind=self.kind(),
            ended_by=EndedBy(self.ended_by.currentData()) if early else EndedBy.BOTH,
            reason=self.reason_combo.code(),
            note=self.note_box.toPlainText().strip(),
            final_meeting_on=day_of(self.final_edit) if final else None,
            final_meeting_online=final and self.online_box.isChecked(),
            feedback_to_mentee=self.to_mentee_box.toPlainText().strip(),
            feedback_to_mentor=self.to_mentor_box.toPlainText().strip(),
        )

    def wait_again(self) -> bool:
        """Whether the mentee waits for a new mentor from the end day on."""
        return self.wait_box.isChecked()

    def problem(self) -> str:
        """An early end needs its reason."""
        if self.kind() is EndKind.EARLY and not self.reason_combo.code():
            return self.tr("Choose why the duo ended early: the reason is kept with the duo.")
        return ""


class ReopenDialog(FormDialog):
    """Why a duo ended by mistake runs again; `reason` prefills what was typed before."""

    def __init__(
        self, parent: QWidget | None, *, names: str, ended_on: date, reason: str = ""
    ) -> None:
        super().__init__(
            parent,
            self.tr("Reopen the duo — {names}").format(names=names),
            self.tr(
                "The duo ended on {day}. Reopen it only if it ended by mistake: the duo runs "
                "again and the mentor's place is taken again. The ending is kept in the "
                "history, marked as reopened."
            ).format(day=day_text(ended_on)),
        )
        self.reason_box = text_box(self.tr("Why it ended by mistake (kept with the ending)"))
        self.reason_box.setPlainText(reason)
        self.reason_box.moveCursor(QTextCursor.MoveOperation.End)
        self.form.addRow(self.tr("&Reason:"), self.reason_box)
        self.save_button.setText(self.tr("Re&open the duo"))
        self.reason_box.setFocus()

    def reason(self) -> str:
        """Why the duo is reopened."""
        return self.reason_box.toPlainText().strip()

    def problem(self) -> str:
        """The reason is needed."""
        if not self.reason():
            return self.tr("Note why the duo is reopened: the reason is kept with the ending.")
        return ""

"""The agreement of a duo (domain.md, step 9): what mentor, mentee and coach agreed, and when
each of them signed. The dialog only collects; the duo page saves through
`desktop.workflows.duo.save_agreement`, and the case file's event log dates every change.

    dialog = AgreementDialog(parent, agreement=new_agreement(…), names=…, today=…)
    if context.dialogs.run(dialog):
        save_agreement(programme, mentee_id, dialog.agreement(), author=…, today=…)

The planned end follows the start and the number of months, until the coach sets it by
hand (a duo may agree to end on a given day); from then on it stays where it was put.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from desktop.rules.waiting import add_months
from desktop.screens.case_pages import date_edit, day_of, qdate, text_box
from desktop.screens.match_step_dialog import StepDialog
from desktop.workflows.duo import MAX_CONTACT_EVERY_DAYS
from storage.duo_records import Agreement

_TEXT_LINES = 2
_MAX_MONTHS = 36
# A start or an end may be agreed ahead; a date edit needs some bound, and this leaves room
# for the longest duration (36 months) after a start agreed a year ahead.
_AHEAD_YEARS = 4


def _any_day(day: date, today: date) -> QDateEdit:
    """A date that may lie ahead (a start or an end agreed in advance)."""
    edit = date_edit(today)
    edit.setMaximumDate(qdate(date(max(today.year, day.year) + _AHEAD_YEARS, 12, 31)))
    edit.setDate(qdate(day))
    return edit


class _Signature:
    """ "Signed by … on [date]": the date only counts once ticked; never in the future."""

    def __init__(self, label: str, day: date | None, today: date) -> None:
        self.box = QCheckBox(label)
        self.edit = date_edit(today)
        if day is not None:
            self.edit.setDate(qdate(min(day, today)))
        self.box.setChecked(day is not None)
        self.edit.setEnabled(day is not None)
        self.box.toggled.connect(self.edit.setEnabled)

    def day(self) -> date | None:
        return day_of(self.edit) if self.box.isChecked() else None


class AgreementDialog(StepDialog):
    """The terms of a duo's agreement and the three signatures."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        agreement: Agreement,
        names: str,
        today: date,
        changes: Sequence[str] = (),
    ) -> None:
        super().__init__(
            parent,
            self.tr("Agreement — {names}").format(names=names),
            self.tr(
                "What the mentor and the mentee agree at the start, signed by both and by the "
                "coach: the duration, how often they are in contact, where they meet, what "
                "each of them will do, and the ethics charter."
            ),
        )
        self.setMinimumWidth(620)
        self._base = agreement
        # Dates and numbers keep their own width; only the text fields take the row.
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.start_edit = _any_day(agreement.start_on, today)
        self.months_box = QSpinBox()
        self.months_box.setRange(1, _MAX_MONTHS)
        self.months_box.setValue(agreement.planned_months)
        self.months_box.setSuffix(self.tr(" months"))
        self.end_edit = _any_day(agreement.planned_end_on, today)
        self._end_by_hand = agreement.planned_end_on != add_months(
            agreement.start_on, agreement.planned_months
        )
        self.contact_box = QSpinBox()
        self.contact_box.setRange(1, MAX_CONTACT_EVERY_DAYS)
        self.contact_box.setValue(agreement.contact_every_days)
        self.contact_box.setPrefix(self.tr("every "))
        self.contact_box.setSuffix(self.tr(" days"))
        self.places_edit = QLineEdit(agreement.meeting_places)
        self.places_edit.setPlaceholderText(self.tr("e.g. the library café, online on Teams"))
        self.touch_edit = QLineEdit(agreement.keep_in_touch)
        self.touch_edit.setPlaceholderText(self.tr("e.g. WhatsApp between meetings"))
        self.mentor_box = text_box(
            self.tr("e.g. reads the CV, introduces two contacts"), _TEXT_LINES
        )
        self.mentor_box.setPlainText(agreement.mentor_commitments)
        self.mentee_box = text_box(
            self.tr("e.g. takes the initiative, reports after meetings"), _TEXT_LINES
        )
        self.mentee_box.setPlainText(agreement.mentee_commitments)
        self.charter_edit = QLineEdit(agreement.charter_version)
        self.charter_edit.setPlaceholderText(self.tr("the version signed, e.g. 2026-1"))
        self.signatures = (
            _Signature(self.tr("Me&ntor signed on:"), agreement.mentor_signed_on, today),
            _Signature(self.tr("Ment&ee signed on:"), agreement.mentee_signed_on, today),
            _Signature(self.tr("&Coach signed on:"), agreement.coach_signed_on, today),
        )
        self._lay_out(changes)
        self.save_button.setText(self.tr("&Save the agreement"))
        self.start_edit.dateChanged.connect(self._follow_start)
        self.months_box.valueChanged.connect(self._follow_start)
        self.end_edit.dateChanged.connect(self._end_changed)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._save, Qt.ShortcutContext.WindowShortcut)

    def _lay_out(self, changes: Sequence[str]) -> None:
        duration = QHBoxLayout()
        duration.addWidget(self.months_box)
        until = QLabel(self.tr("&until"))
        until.setBuddy(self.end_edit)
        duration.addWidget(until)
        duration.addWidget(self.end_edit)
        duration.addStretch(1)
        self.form.addRow(self.tr("S&tarts on:"), self.start_edit)
        duration_label = QLabel(self.tr("&Duration:"))
        duration_label.setBuddy(self.months_box)  # a row of fields names its first
        self.form.addRow(duration_label, duration)
        self.form.addRow(self.tr("C&ontact:"), self.contact_box)
        self.form.addRow(self.tr("&Meeting places:"), self.places_edit)
        self.form.addRow(self.tr("&Keep in touch by:"), self.touch_edit)
        self.form.addRow(self.tr("The mentor &will:"), self.mentor_box)
        self.form.addRow(self.tr("The mentee w&ill:"), self.mentee_box)
        self.form.addRow(self.tr("Ethics c&harter:"), self.charter_edit)
        signed = QGridLayout()
        for row, signature in enumerate(self.signatures):
            signed.addWidget(signature.box, row, 0)
            signed.addWidget(signature.edit, row, 1)
        signed.setColumnStretch(2, 1)
        self.form.addRow(self.tr("Signatures:"), signed)
        self.changes = QLabel("\n".join(changes))
        self.changes.setWordWrap(True)
        self.changes.setEnabled(False)  # greyed: a note about the record, not a field
        self.changes.setVisible(bool(changes))
        self.form.addRow(self.changes)

    def _follow_start(self) -> None:
        if not self._end_by_hand:
            end = add_months(day_of(self.start_edit), self.months_box.value())
            self.end_edit.blockSignals(True)
            self.end_edit.setDate(qdate(end))
            self.end_edit.blockSignals(False)

    def _end_changed(self) -> None:
        self._end_by_hand = True

    def agreement(self) -> Agreement:
        """The agreement as typed (the stored agreement's id is kept)."""

        def text(box: QLineEdit | QPlainTextEdit) -> str:
            value = box.text() if isinstance(box, QLineEdit) else box.toPlainText()
            return value.strip()

        mentor, mentee, coach = (signature.day() for signature in self.signatures)
        return dataclasses.replace(
            self._base,
            start_on=day_of(self.start_edit),
            planned_months=self.months_box.value(),
            planned_end_on=day_of(self.end_edit),
            contact_every_days=self.contact_box.value(),
            meeting_places=text(self.places_edit),
            keep_in_touch=text(self.touch_edit),
            mentor_commitments=text(self.mentor_box),
            mentee_commitments=text(self.mentee_box),
            charter_version=text(self.charter_edit),
            mentor_signed_on=mentor,
            mentee_signed_on=mentee,
            coach_signed_on=coach,
        )

    def problem(self) -> str:
        """The end must come after the start."""
        if day_of(self.end_edit) <= day_of(self.start_edit):
            return self.tr("The planned end must come after the start. Check the dates.")
        return ""

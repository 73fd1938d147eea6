"""The coach's follow-up of a duo (domain.md, step 11): the interim call after one month
with both, a regular check-in, or mediation, as a short structured form. A concern needs
the next action (and, if agreed, its date). The dialog only collects; the duo page saves
through `desktop.workflows.duo.save_follow_up`.

    dialog = FollowUpDialog(parent, match_id=…, names=…, today=…, earliest=…,
                            channels=words.channels, interim_due=True)
    if context.dialogs.run(dialog):
        save_follow_up(programme, mentee_id, dialog.follow_up(), author=…, today=…)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from desktop.screens.case_pages import date_edit, day_of, qdate, text_box
from desktop.screens.duo_words import follow_up_kind_label, follow_up_with_label
from desktop.screens.match_step_dialog import StepDialog
from storage.duo_records import FollowUp, FollowUpKind, FollowUpWith
from widgets.choice_combo import ChoiceCombo

_TEXT_LINES = 2
# A next action is planned ahead: a date edit needs some bound, and a year is plenty.
_AHEAD_DAYS = 366


def _radios(
    parent: QWidget, labels: Sequence[tuple[object, str]]
) -> tuple[dict[object, QRadioButton], QHBoxLayout]:
    """One radio button per choice, in a row, exclusive."""
    group = QButtonGroup(parent)
    row = QHBoxLayout()
    buttons = {}
    for value, label in labels:
        button = QRadioButton(label)
        group.addButton(button)
        row.addWidget(button)
        buttons[value] = button
    row.addStretch(1)
    return buttons, row


class FollowUpDialog(StepDialog):
    """One follow-up call or meeting of the coach with the duo."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        match_id: str,
        names: str,
        today: date,
        earliest: date,
        channels: Sequence[tuple[str, str]],
        interim_due: bool,
        follow_up: FollowUp | None = None,
    ) -> None:
        super().__init__(
            parent,
            self.tr("Follow-up — {names}").format(names=names),
            self.tr(
                "After one month the coach calls both for the interim evaluation, then keeps "
                "in regular contact. Flag a concern when something needs acting on: Today "
                "shows it until a later follow-up closes it."
            ),
        )
        self.setMinimumWidth(600)
        # Dates and numbers keep their own width; only the text fields take the row.
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._base = follow_up or FollowUp(
            match_id=match_id,
            held_on=today,
            kind=FollowUpKind.INTERIM if interim_due else FollowUpKind.CHECK_IN,
        )
        kind_labels = {
            FollowUpKind.INTERIM: self.tr("&Interim call"),
            FollowUpKind.CHECK_IN: self.tr("Chec&k-in"),
            FollowUpKind.MEDIATION: self.tr("Me&diation"),
        }
        self.kinds, kind_row = _radios(self, list(kind_labels.items()))
        for kind, button in self.kinds.items():
            button.setToolTip(follow_up_kind_label(FollowUpKind(kind)))
        self.day_edit = date_edit(today)
        self.day_edit.setMinimumDate(qdate(min(earliest, today)))
        self.with_whom, with_row = _radios(
            self, [(who, follow_up_with_label(who)) for who in FollowUpWith]
        )
        self.channel_combo = ChoiceCombo(searchable=False)
        self.channel_combo.set_choices(channels, blank=self.tr("(not said)"))
        self.how_box = text_box(self.tr("How it goes, in their words"), _TEXT_LINES)
        self.problems_box = text_box(self.tr("Anything that does not work"), _TEXT_LINES)
        self.support_box = text_box(self.tr("Extra support agreed, if any"), _TEXT_LINES)
        self.concern_box = QCheckBox(self.tr("There is a &concern"))
        self.action_edit = QLineEdit()
        self.action_edit.setPlaceholderText(self.tr("What happens next, and who does it"))
        self.action_day_box = QCheckBox(self.tr("&By:"))
        self.action_day_edit = date_edit(today)
        self.action_day_edit.setMaximumDate(qdate(today + timedelta(days=_AHEAD_DAYS)))
        self._lay_out(kind_row, with_row)
        self.save_button.setText(self.tr("&Save the follow-up"))
        self._show(self._base)
        self.concern_box.toggled.connect(self._update_enabled)
        self.action_day_box.toggled.connect(self._update_enabled)
        self._update_enabled()
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._save, Qt.ShortcutContext.WindowShortcut)

    def _lay_out(self, kind_row: QHBoxLayout, with_row: QHBoxLayout) -> None:
        action_row = QHBoxLayout()
        action_row.addWidget(self.action_edit, 1)
        action_row.addWidget(self.action_day_box)
        action_row.addWidget(self.action_day_edit)
        self.form.addRow(self.tr("Kind:"), kind_row)
        self.form.addRow(self.tr("&On:"), self.day_edit)
        self.form.addRow(self.tr("With:"), with_row)
        self.form.addRow(self.tr("C&hannel:"), self.channel_combo)
        self.form.addRow(self.tr("Ho&w it goes:"), self.how_box)
        self.form.addRow(self.tr("&Problems:"), self.problems_box)
        self.form.addRow(self.tr("S&upport agreed:"), self.support_box)
        self.form.addRow(self.concern_box)
        action_label = QLabel(self.tr("&Next action:"))
        action_label.setBuddy(self.action_edit)  # a row of fields names its first
        self.form.addRow(action_label, action_row)

    def _show(self, follow_up: FollowUp) -> None:
        self.kinds[follow_up.kind].setChecked(True)
        self.day_edit.setDate(qdate(follow_up.held_on))
        self.with_whom[follow_up.with_whom].setChecked(True)
        self.channel_combo.set_code(follow_up.channel)
        self.how_box.setPlainText(follow_up.how_it_goes)
        self.problems_box.setPlainText(follow_up.problems)
        self.support_box.setPlainText(follow_up.support)
        self.concern_box.setChecked(follow_up.concern)
        self.action_edit.setText(follow_up.next_action)
        self.action_day_box.setChecked(follow_up.next_action_on is not None)
        if follow_up.next_action_on is not None:
            self.action_day_edit.setDate(qdate(follow_up.next_action_on))

    def _update_enabled(self) -> None:
        self.action_day_edit.setEnabled(self.action_day_box.isChecked())

    def follow_up(self) -> FollowUp:
        """The follow-up as typed (the stored follow-up's id is kept)."""
        kind = next(FollowUpKind(k) for k, button in self.kinds.items() if button.isChecked())
        who = next(FollowUpWith(w) for w, button in self.with_whom.items() if button.isChecked())
        return dataclasses.replace(
            self._base,
            held_on=day_of(self.day_edit),
            kind=kind,
            with_whom=who,
            channel=self.channel_combo.code(),
            how_it_goes=self.how_box.toPlainText().strip(),
            problems=self.problems_box.toPlainText().strip(),
            support=self.support_box.toPlainText().strip(),
            concern=self.concern_box.isChecked(),
            next_action=self.action_edit.text().strip(),
            next_action_on=day_of(self.action_day_edit)
            if self.action_day_box.isChecked()
            else None,
        )

    def problem(self) -> str:
        """A concern needs its next action, dated no earlier than the follow-up."""
        if self.concern_box.isChecked() and not self.action_edit.text().strip():
            return self.tr("A concern needs a next action: say what happens next, and when.")
        if self.action_day_box.isChecked() and day_of(self.action_day_edit) < day_of(self.day_edit):
            return self.tr("The next action cannot be dated before the follow-up.")
        return ""

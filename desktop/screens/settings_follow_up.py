"""Settings, follow-up page: how often a duo is expected to be in contact, the ethics charter a
new agreement names, when a silent duo becomes urgent on Today, and how early Today warns of a
planned end.

Nothing is stored here: the settings dialog asks `edited(profile)` on OK.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.screens.case_pages import note_label
from desktop.workflows.duo import MAX_CONTACT_EVERY_DAYS
from storage.programme import ProgrammeProfile

MIN_SILENT_URGENT_DAYS = 7
MAX_SILENT_URGENT_DAYS = 120
MAX_END_WARNING_DAYS = 90
MAX_CHARTER_VERSION_LENGTH = 40


def _days(value: int, low: int, high: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(max(low, min(high, value)))
    spin.setMinimumWidth(140)
    return spin


class FollowUpSettingsPage(QWidget):
    """The numbers that pace the follow-up of duos and the charter agreements name, each
    with what it does."""

    def __init__(self, profile: ProgrammeProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact_every_days = _days(profile.contact_every_days, 1, MAX_CONTACT_EVERY_DAYS)
        self.contact_every_days.setPrefix(self.tr("every "))
        self.contact_every_days.setSuffix(self.tr(" days"))
        self.silent_urgent_days = _days(
            profile.silent_urgent_days, MIN_SILENT_URGENT_DAYS, MAX_SILENT_URGENT_DAYS
        )
        self.silent_urgent_days.setSuffix(self.tr(" days without contact"))
        self.charter_version = QLineEdit(profile.charter_version)
        self.charter_version.setMaxLength(MAX_CHARTER_VERSION_LENGTH)
        self.charter_version.setPlaceholderText(self.tr("e.g. 2026-1"))
        self.charter_version.setMinimumWidth(140)
        self.end_warning_days = _days(profile.end_warning_days, 0, MAX_END_WARNING_DAYS)
        self.end_warning_days.setSuffix(self.tr(" days ahead"))
        self.end_warning_days.setSpecialValueText(self.tr("No warning"))

        contact = QGroupBox(self.tr("Contact within a duo"))
        contact_form = QFormLayout(contact)
        contact_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        contact_form.addRow(
            self.tr("Mentor and mentee meet or talk &at least:"), self.contact_every_days
        )
        contact_form.addRow(
            note_label(
                self.tr(
                    "A new agreement proposes this; each duo's agreement can set its own. A "
                    "duo without an agreement is expected to keep to it too. The quality "
                    "criteria ask for contact at least every two weeks."
                )
            )
        )
        contact_form.addRow(self.tr("A &silent duo is urgent after:"), self.silent_urgent_days)
        contact_form.addRow(
            note_label(
                self.tr(
                    "Today lists a duo as soon as it is silent for longer than agreed, and "
                    "marks it urgent after this long without a meeting or a contact: time to "
                    "call both of them."
                )
            )
        )
        agreement = QGroupBox(self.tr("The agreement"))
        agreement_form = QFormLayout(agreement)
        agreement_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        agreement_form.addRow(self.tr("Ethics c&harter version:"), self.charter_version)
        agreement_form.addRow(
            note_label(
                self.tr(
                    "New agreements name this version of the ethics charter; each agreement "
                    "can name the one its duo signed. The quality criteria ask for a signed "
                    "agreement that names the charter."
                )
            )
        )
        ending = QGroupBox(self.tr("The end of a duo"))
        ending_form = QFormLayout(ending)
        ending_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        ending_form.addRow(self.tr("&Warn of a planned end:"), self.end_warning_days)
        ending_form.addRow(
            note_label(
                self.tr(
                    "Today reminds the coach this many days before a duo's planned end, so "
                    "the final meeting and the evaluations can be planned in time. “No "
                    "warning” switches the reminder off."
                )
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(contact)
        layout.addWidget(agreement)
        layout.addWidget(ending)
        layout.addStretch(1)

    def edited(self, profile: ProgrammeProfile) -> ProgrammeProfile:
        """`profile` with the follow-up settings of this page."""
        return dataclasses.replace(
            profile,
            contact_every_days=self.contact_every_days.value(),
            silent_urgent_days=self.silent_urgent_days.value(),
            end_warning_days=self.end_warning_days.value(),
            charter_version=self.charter_version.text().strip(),
        )

"""The screening decision after the intake interview: accept, refuse with the reason, or refer
to more suitable support (domain.md, step 3; quality criteria 001: "confirmation or reason
for refusal", "referral of unsuitable mentees").

    dialog = ScreeningDialog(parent, name=…, staff=…, user_id=…, reasons=…, destinations=…,
                             today=…, earliest=…)
    if context.dialogs.run(dialog):
        dialog.decision(), dialog.reason(), dialog.referred_to(), dialog.decided_on()

The dialog only collects the decision; the case view saves it through the workflow.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.screens.case_pages import date_edit, qdate, text_box
from desktop.workflows.case_actions import Detail, missing_details
from storage.records import Decision
from widgets.choice_combo import ChoiceCombo

_ERROR_STYLE = "color: #c62828; font-weight: bold;"
_TEXT_LINES = 4


class ScreeningDialog(QDialog):
    """Accept, refuse (with the reason the letter will give), or refer (where, and why)."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        name: str,
        staff: list[tuple[str, str]],
        user_id: str,
        reasons: list[tuple[str, str]],
        destinations: list[str],
        today: date,
        earliest: date | None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Screening decision — {name}").format(name=name))
        self.setMinimumWidth(560)
        self.accept_choice = QRadioButton(self.tr("&Accept: the participant waits for a match"))
        self.refuse_choice = QRadioButton(self.tr("Re&fuse, with the reason"))
        self.refer_choice = QRadioButton(self.tr("R&efer to more suitable support"))
        self._choices = QButtonGroup(self)
        for number, button in enumerate(
            (self.accept_choice, self.refuse_choice, self.refer_choice)
        ):
            self._choices.addButton(button, number)
        self.accept_choice.setChecked(True)

        self.reason_kind = ChoiceCombo(searchable=False)
        self.reason_kind.set_choices(reasons, blank=self.tr("(choose a reason)"))
        self.reason_text = text_box(
            self.tr("In the words the letter to the candidate will use"), _TEXT_LINES
        )
        self.destination = QComboBox()
        self.destination.setEditable(True)
        self.destination.addItems(destinations)
        self.destination.setCurrentIndex(-1)
        self.destination.lineEdit().setPlaceholderText(
            self.tr("Choose, or type the service or organisation")
        )
        self.why = text_box(self.tr("Why this support suits the candidate better now"), _TEXT_LINES)
        # One page of details per decision, only the chosen one shown (not a stacked widget:
        # a wrapped explanation in a hidden page would squeeze the others).
        self.details = [self._accept_page(), self._refuse_page(), self._refer_page()]
        self._choices.idToggled.connect(self._choice_toggled)
        self.reason_kind.code_changed.connect(self._reason_chosen)
        self._suggested = ""

        self.day = date_edit(today)
        if earliest is not None and earliest <= today:
            self.day.setMinimumDate(qdate(earliest))
        self.decided_by_combo = ChoiceCombo(searchable=False)
        self.decided_by_combo.set_choices(staff)
        self.decided_by_combo.set_code(user_id)
        self.error = QLabel()
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self._lay_out()

    def _lay_out(self) -> None:
        choice_box = QGroupBox(self.tr("Decision"))
        choices = QVBoxLayout(choice_box)
        for button in (self.accept_choice, self.refuse_choice, self.refer_choice):
            choices.addWidget(button)
        when = QFormLayout()
        when.addRow(self.tr("Decided &on:"), self.day)
        when.addRow(self.tr("Decided &by:"), self.decided_by_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save the decision"))
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(choice_box)
        for page in self.details:
            layout.addWidget(page)
            page.setVisible(page is self.details[0])
        layout.addLayout(when)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _accept_page(self) -> QWidget:
        page = QLabel(
            self.tr(
                "The participant goes on the waiting list from the day of the decision; "
                "the wait is counted from then."
            )
        )
        page.setWordWrap(True)
        return page

    def _refuse_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason_kind)
        form.addRow(self.tr("&What the letter says:"), self.reason_text)
        told = QLabel(
            self.tr(
                "The candidate is told why. This text is shown again when the refusal "
                "letter is written, so write it for the candidate."
            )
        )
        told.setWordWrap(True)
        column.addLayout(form)
        column.addWidget(told)
        return page

    def _refer_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Referred &to:"), self.destination)
        form.addRow(self.tr("W&hy:"), self.why)
        return page

    def _choice_toggled(self, number: int, checked: bool) -> None:
        if checked:
            for page_number, page in enumerate(self.details):
                page.setVisible(page_number == number)
            self.error.hide()
            self.adjustSize()

    def _reason_chosen(self, _code: str) -> None:
        # The chosen reason starts the letter's text, unless the coach already wrote their own.
        typed = self.reason_text.toPlainText().strip()
        if typed in ("", self._suggested):
            self._suggested = self.reason_kind.currentText() if self.reason_kind.code() else ""
            self.reason_text.setPlainText(self._suggested)

    # --- what was decided -------------------------------------------------------------------

    def decision(self) -> Decision:
        """The decision chosen."""
        return (Decision.ACCEPTED, Decision.REFUSED, Decision.REFERRED)[
            max(0, self._choices.checkedId())
        ]

    def reason(self) -> str:
        """What the candidate is told: the refusal's reason, or why the referral."""
        decision = self.decision()
        if decision is Decision.REFUSED:
            return self.reason_text.toPlainText().strip()
        if decision is Decision.REFERRED:
            return self.why.toPlainText().strip()
        return ""

    def category(self) -> str:
        """The kind of refusal chosen from the programme's list (its label), or ""."""
        if self.decision() is Decision.REFUSED and self.reason_kind.code():
            return self.reason_kind.currentText()
        return ""

    def referred_to(self) -> str:
        """Where the candidate is referred to."""
        return (
            self.destination.currentText().strip() if self.decision() is Decision.REFERRED else ""
        )

    def decided_on(self) -> date:
        """The day of the decision."""
        return self.day.date().toPython()

    def decided_by(self) -> str:
        """Who decided (a staff id)."""
        return self.decided_by_combo.code()

    def accept(self) -> None:
        """Close only with what the candidate must be told."""
        missing = missing_details(
            self.decision(), reason=self.reason(), referred_to=self.referred_to()
        )
        if Detail.REFERRED_TO in missing:
            self._show_error(self.tr("Say where the candidate is referred to."), self.destination)
        elif Detail.REASON in missing and self.decision() is Decision.REFUSED:
            self._show_error(
                self.tr("Write the reason for the refusal: the candidate is told it."),
                self.reason_text,
            )
        elif Detail.REASON in missing:
            self._show_error(self.tr("Say why the candidate is referred."), self.why)
        else:
            super().accept()

    def _show_error(self, text: str, field: QWidget) -> None:
        self.error.setText(text)
        self.error.show()
        self.adjustSize()
        field.setFocus(Qt.FocusReason.OtherFocusReason)

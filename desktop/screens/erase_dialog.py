"""Erasing a participant for good (the right to erasure): the reason, and a deliberate "yes".

The case file, its documents and its history go; the programme's erasure log keeps the date
and the reason only, never the name. So the reason is chosen or typed without the name, and
the Erase button only wakes up once the coach has ticked that this cannot be undone. Cancel
stays the default: Enter never erases anyone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class EraseDialog(QDialog):
    """Why the participant is erased, and a tick that this cannot be undone."""

    def __init__(self, parent: QWidget | None, *, name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase {name}").format(name=name))
        self.setMinimumWidth(520)
        explanation = QLabel(
            self.tr(
                "Erasing removes {name}'s case file for good: the intake, notes, contacts, "
                "documents and history. Backups made before today still hold it until they "
                "are replaced. The programme's erasure log keeps only the date and the reason."
            ).format(name=name)
        )
        explanation.setWordWrap(True)
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(
            [
                self.tr("The participant asked to be erased"),
                self.tr("Registered by mistake or twice"),
                self.tr("The retention period is over"),
            ]
        )
        self.reason.setCurrentIndex(-1)
        self.reason.lineEdit().setPlaceholderText(self.tr("Choose or type (without the name)"))
        self.understood = QCheckBox(self.tr("I &understand that this cannot be undone"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = buttons.addButton(
            self.tr("&Erase for good"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setAutoDefault(False)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.erase_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.reason.currentTextChanged.connect(self._enable)
        self.understood.toggled.connect(self._enable)
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.understood)
        layout.addWidget(buttons)
        self._enable()
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def reason_text(self) -> str:
        """The reason the erasure log keeps."""
        return self.reason.currentText().strip()

    def _enable(self) -> None:
        self.erase_button.setEnabled(bool(self.reason_text()) and self.understood.isChecked())

    def accept(self) -> None:
        """Only with a reason and the tick, whatever pressed the button."""
        if self.erase_button.isEnabled():
            super().accept()

"""Unlocking a programme with its passphrase or its recovery key.

A wrong passphrase is said inside the dialog, which stays open with the text selected for
another try; there is no pop-up to dismiss first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.error_text import error_text
from desktop.screens.passphrase_fields import MessageLabel
from storage import keyring_cache
from storage.errors import DuoError
from storage.programme import Programme, read_settings, unlock


class UnlockDialog(QDialog):
    """Asks for the key of the programme in `folder`; after acceptance, `programme` is the
    unlocked programme, or None when the person chose to open another programme."""

    def __init__(self, context: AppContext, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.folder = folder
        self.programme: Programme | None = None
        self.setWindowTitle(self.tr("Unlock a programme"))
        self.setMinimumWidth(520)

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        where = QLabel(str(folder))
        where.setWordWrap(True)
        where.setEnabled(False)  # drawn greyed: a detail, not a field
        self.field_label = QLabel()
        self.secret = QLineEdit()
        self.field_label.setBuddy(self.secret)
        self.use_recovery_key = QCheckBox(self.tr("Use the &recovery key instead"))
        self.remember = QCheckBox(self.tr("Re&member on this computer"))
        if not keyring_cache.available():
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                self.tr("This computer has no password store that Duo can use.")
            )
        self.error = MessageLabel()

        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.other_button = QPushButton(self.tr("Open &another programme…"))
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.other_button.setAutoDefault(False)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.other_button.clicked.connect(self.open_another)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.field_label, self.secret)
        form.addRow("", self.use_recovery_key)
        form.addRow("", self.remember)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(where)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self.use_recovery_key.toggled.connect(self._switch)
        self._switch(False)
        try:
            name = read_settings(folder).name
        except DuoError as problem:
            self.title.setText(self.tr("Not a programme"))
            self._refuse(problem)
        else:
            self.title.setText(name)
            self.setWindowTitle(self.tr("Unlock {name}").format(name=name))
            self.secret.setFocus()

    def _switch(self, recovery: bool) -> None:
        """The same field takes the passphrase (hidden) or the recovery key (shown)."""
        self.secret.clear()
        self.error.show_message("")
        if recovery:
            self.field_label.setText(self.tr("&Recovery key:"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Normal)
            self.secret.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.secret.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        else:
            self.field_label.setText(self.tr("&Passphrase:"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Password)
            self.secret.setFont(self.font())
            self.secret.setPlaceholderText("")
        self.secret.setFocus()

    def _refuse(self, problem: DuoError) -> None:
        """The folder cannot be unlocked at all: say why, leave only the way out."""
        self.error.show_message(error_text(problem))
        for widget in (self.secret, self.use_recovery_key, self.remember, self.unlock_button):
            widget.setEnabled(False)
        self.other_button.setDefault(True)
        self.other_button.setFocus()

    def try_unlock(self) -> None:
        """Unlock with what was typed; a wrong key is said here and the field selected."""
        text = self.secret.text()
        recovery = self.use_recovery_key.isChecked()
        if not text.strip():
            self.error.show_message(
                self.tr("Type the recovery key.") if recovery else self.tr("Type the passphrase.")
            )
            self.secret.setFocus()
            return
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            if recovery:
                programme = unlock(self.folder, recovery_key=text)
            else:
                programme = unlock(self.folder, passphrase=text)
        except DuoError as problem:
            self.error.show_message(error_text(problem))
            self.secret.setFocus()
            self.secret.selectAll()
            return
        except Exception as problem:  # a bug: reported, and the dialog stays
            self.context.dialogs.report(self, problem)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.secret.clear()
        if self.remember.isChecked() and not programme.remember_on_this_computer():
            self.context.dialogs.warn(
                self,
                self.tr("Not remembered"),
                self.tr(
                    "This computer's password store did not accept the key, so Duo will ask "
                    "for the passphrase next time."
                ),
            )
        self.programme = programme
        self.accept()

    def open_another(self) -> None:
        """Close with no programme: the welcome dialog comes next."""
        self.programme = None
        self.accept()

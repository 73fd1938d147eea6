"""Changing the programme's passphrase, authorised by the current one or the recovery key.

The key KDF runs twice (check the old, wrap with the new), so the change runs off the GUI
thread; the recovery key and every case file stay as they are.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.error_text import error_text
from desktop.screens.passphrase_fields import MessageLabel, NewPassphraseFields
from desktop.tasks import run_task
from storage.errors import DuoError
from storage.programme import MIN_PASSPHRASE_LENGTH, change_passphrase


class PassphraseDialog(QDialog):
    """The current passphrase (or the recovery key), then the new one twice."""

    def __init__(
        self,
        context: AppContext,
        folder: Path,
        avoid: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.folder = folder
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr(
                "Everyone who works on the programme uses the same passphrase: after the "
                "change, tell your colleagues the new one in person. The recovery key stays "
                "valid. The new passphrase needs at least {minimum} characters."
            ).format(minimum=MIN_PASSPHRASE_LENGTH)
        )
        intro.setWordWrap(True)
        self.current_label = QLabel()
        self.current = QLineEdit()
        self.current_label.setBuddy(self.current)
        self.use_recovery_key = QCheckBox(self.tr("Use the &recovery key instead"))
        self.fields = NewPassphraseFields(self.tr("&New passphrase:"), self.tr("Type it a&gain:"))
        self.fields.set_avoid(avoid)
        self.error = MessageLabel()

        self.buttons = QDialogButtonBox()
        self.change_button = self.buttons.addButton(
            self.tr("&Change the passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.change_button.setDefault(True)
        self.change_button.clicked.connect(self.change)
        self.buttons.rejected.connect(self.reject)

        self.fields.form.insertRow(0, self.current_label, self.current)
        self.fields.form.insertRow(1, "", self.use_recovery_key)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        # Once everything is in the dialog: the rows put above the new passphrase come first.
        order = (self.current, self.use_recovery_key, self.fields.first, self.fields.second)
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)

        self.use_recovery_key.toggled.connect(self._switch)
        self.current.textChanged.connect(self._update)
        self.fields.changed.connect(self._update)
        self._switch(False)

    def _switch(self, recovery: bool) -> None:
        self.current.clear()
        if recovery:
            self.current_label.setText(self.tr("&Recovery key:"))
            self.current.setEchoMode(QLineEdit.EchoMode.Normal)
            self.current.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        else:
            self.current_label.setText(self.tr("C&urrent passphrase:"))
            self.current.setEchoMode(QLineEdit.EchoMode.Password)
            self.current.setFont(self.font())
        self.current.setFocus()
        self._update()

    def _update(self) -> None:
        self.change_button.setEnabled(
            bool(self.current.text().strip()) and self.fields.is_acceptable()
        )

    def change(self) -> None:
        """Change the passphrase off the GUI thread; a wrong current key is said here."""
        if not self.change_button.isEnabled():
            return
        current, new = self.current.text(), self.fields.passphrase()
        recovery = self.use_recovery_key.isChecked()
        folder = self.folder
        self.error.show_message("")
        self._set_working(True)

        def work(_progress: object) -> None:
            if recovery:
                change_passphrase(folder, new, recovery_key=current)
            else:
                change_passphrase(folder, new, passphrase=current)

        run_task(
            self,
            work,
            self._changed,
            self._failed,
            label=self.tr("Changing the passphrase…"),
        )

    def _changed(self, _result: object) -> None:
        self._set_working(False)
        self.current.clear()
        self.fields.clear()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_working(False)
        if isinstance(error, DuoError):
            self.error.show_message(error_text(error))
            self.current.setFocus()
            self.current.selectAll()
        else:
            self.context.dialogs.report(self, error)

    def _set_working(self, working: bool) -> None:
        for widget in (self.current, self.use_recovery_key, self.fields, self.buttons):
            widget.setEnabled(not working)
        if not working:
            self._update()

    def reject(self) -> None:
        """Cancel, unless the change is under way (it finishes in a moment)."""
        if self.buttons.isEnabled():
            super().reject()

"""The one seam through which every modal dialog goes, so tests can answer them.

Screens never call `QMessageBox` or `QFileDialog` directly: they ask `context.dialogs`.
Tests replace it with `tests.gui.fakes.ScriptedDialogs`, which records what was shown and
answers from a script, instead of clicking through dialogs by guessing their label text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from desktop.bug_report import write_bug_report
from desktop.error_text import error_text
from desktop.printer import ask_printer
from storage.errors import DuoError

translate = QCoreApplication.translate


class Dialogs:
    """Real modal dialogs."""

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        """A message with an OK button."""
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        """A warning with an OK button."""
        QMessageBox.warning(parent, title, text)

    def show_error(self, parent: QWidget | None, error: DuoError) -> None:
        """A problem the user can act on: its message says what happened and what to do."""
        QMessageBox.warning(parent, translate("Dialogs", "Duo"), error_text(error))

    def report(self, parent: QWidget | None, error: BaseException) -> None:
        """Show any failure: a `DuoError` as its message, anything else as a bug."""
        if isinstance(error, DuoError):
            self.show_error(parent, error)
            return
        log = write_bug_report(error)
        self.warn(
            parent,
            translate("Dialogs", "Something went wrong"),
            translate(
                "Dialogs",
                "Duo ran into a problem it did not expect. This is a bug in Duo, not something "
                "you did; what you saved before is safe. Please send this file to whoever "
                "supports Duo for you (it contains no personal data):\n{log}",
            ).format(log=log),
        )

    def confirm(self, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        """Yes/no, with the action named on the button; No is the default."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def ask_text(
        self, parent: QWidget | None, title: str, label: str, text: str = ""
    ) -> str | None:
        """One line of text, or None when cancelled."""
        value, ok = QInputDialog.getText(parent, title, label, text=text)
        return value if ok else None

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        """A file to read, or None."""
        name, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
        return Path(name) if name else None

    def save_file(
        self, parent: QWidget | None, title: str, suggested: str, filters: str
    ) -> Path | None:
        """Where to write a file, or None."""
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return Path(name) if name else None

    def choose_folder(self, parent: QWidget | None, title: str, start: str) -> Path | None:
        """A folder, or None."""
        name = QFileDialog.getExistingDirectory(parent, title, start)
        return Path(name) if name else None

    def choose_printer(self, parent: QWidget | None, printer: QPrinter, page_count: int) -> bool:
        """Qt's print dialog for a document of `page_count` pages; True to print."""
        return ask_printer(parent, printer, page_count)

    def run(self, dialog: QDialog) -> bool:
        """Show one of Duo's own dialogs modally; True when accepted."""
        return dialog.exec() == QDialog.DialogCode.Accepted

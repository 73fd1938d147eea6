"""A separate window showing one document (a CV) from a case file, beside the form.

    show_document(self, data, attachment.media_type, attachment.file_name)

The window is not modal, so the coach can read the CV while typing the intake. It belongs to
the screen that opened it, so locking the programme (which throws the screens away) closes
it too: nothing personal stays on screen. The bytes never touch the disk.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout, QWidget

from widgets.document_viewer import DocumentViewer


class DocumentWindow(QWidget):
    """A document in its own window; Escape or Close closes it."""

    def __init__(self, parent: QWidget, data: bytes, media_type: str, file_name: str) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("{name} — Duo").format(name=file_name))
        self.viewer = DocumentViewer(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.viewer, 1)
        layout.addWidget(buttons)
        for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence(QKeySequence.StandardKey.Close)):
            QShortcut(keys, self, self.close)
        self.viewer.show_document(data, media_type, file_name)
        self._fit_screen()

    def _fit_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        # An A4 page at a readable width, never taller or wider than the screen.
        width = min(900, int(available.width() * 0.9))
        height = int(available.height() * 0.9)
        self.resize(width, height)


def show_document(parent: QWidget, data: bytes, media_type: str, file_name: str) -> QWidget:
    """Open a non-modal window showing a document; returns the window."""
    window = DocumentWindow(parent, data, media_type, file_name)
    window.show()
    window.raise_()
    window.activateWindow()
    return window

"""The parts of the print preview window: the language choice, the page area, the status
line, the buttons.

They only show; what happens when a language is chosen, or a document arrives, is the
window's job (`print_preview.py`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from printing.words import LANGUAGE_NAMES, LANGUAGES
from widgets.document_viewer import PDF, DocumentViewer


class LanguageBox(QComboBox):
    """The languages Duo prints in, each in its own words ("Français")."""

    chosen = Signal(str)  # a language code, chosen by the user

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code in LANGUAGES:
            self.addItem(LANGUAGE_NAMES[code], code)
        self.show_language(language)
        self.currentIndexChanged.connect(lambda _index: self.chosen.emit(self.currentData()))

    def show_language(self, language: str) -> None:
        """Show `language` as chosen without announcing it as the user's choice."""
        self.blockSignals(True)
        self.setCurrentIndex(LANGUAGES.index(language))
        self.blockSignals(False)


class Sheet(QStackedWidget):
    """The pages of the document, or a sentence in their place (preparing, failed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.viewer = DocumentViewer(self)
        self._notice = QLabel(self)
        self._notice.setWordWrap(True)
        self._notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._notice.setMargin(24)
        self.addWidget(self._notice)
        self.addWidget(self.viewer)

    def show_pdf(self, pdf: bytes) -> bool:
        """Show the pages; False when the PDF cannot be read (the viewer then says why)."""
        self.setCurrentWidget(self.viewer)
        return self.viewer.show_document(pdf, PDF)

    def show_notice(self, text: str) -> None:
        """A sentence in place of the pages."""
        self._notice.setText(text)
        self.setCurrentWidget(self._notice)

    def notice(self) -> str:
        """The sentence shown in place of the pages ("" while pages are shown)."""
        return self._notice.text() if self.currentWidget() is self._notice else ""

    def forget(self) -> None:
        """Let the document go from memory."""
        self.viewer.pdf_document.close()


class StatusLine(QWidget):
    """A busy bar while Duo works, and one line saying what was last done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # no steps to count: it only says Duo is working
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.text = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.busy)
        layout.addWidget(self.text, 1)

    def say(self, text: str, *, busy: bool = False) -> None:
        """Show `text`, with the busy bar while `busy`."""
        self.busy.setVisible(busy)
        self.text.setText(text)


def action_button(
    window: QWidget, text: str, keys: QKeySequence.StandardKey, action: Callable[[], None]
) -> QPushButton:
    """A button that also answers its standard keys anywhere in `window` (Ctrl+P, Ctrl+S)."""
    button = QPushButton(text, window)
    button.setAutoDefault(False)  # Enter in the page box must not print
    button.clicked.connect(action)
    sequence = QKeySequence(keys)
    button.setToolTip(sequence.toString(QKeySequence.SequenceFormat.NativeText))
    QShortcut(sequence, window, action)
    return button


def fit_to_screen(window: QWidget) -> None:
    """An A4 page at a readable width, never taller or wider than the screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    window.resize(min(960, int(available.width() * 0.9)), int(available.height() * 0.9))

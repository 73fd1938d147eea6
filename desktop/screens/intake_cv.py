"""The CV of an intake: attach a file, view it, and keep it across a crash until saved.

A CV chosen during the interview is read at once (so a file too large or unreadable is
refused on the spot, with a clear message) and stored in the case file when the intake is
saved. Until then the draft keeps the file's path; a restored draft reads it again, and
says so clearly if the file is gone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from desktop.context import AppContext
from desktop.screens.document_window import show_document
from desktop.workflows.intake import Document, read_document
from storage.errors import DuoError
from storage.records import Attachment

_WARNING_STYLE = "color: #c62828;"


translate = QCoreApplication.translate


def _size(size: int) -> str:
    """A file size in the interface's language and number format: "830 kB", "2.4 MB"."""
    locale = QLocale()
    if size < 1024 * 1024:
        return translate("CvPanel", "{size} kB").format(size=locale.toString(size / 1024, "f", 0))
    return translate("CvPanel", "{size} MB").format(
        size=locale.toString(size / (1024 * 1024), "f", 1)
    )


class CvPanel(QWidget):
    """Which CV the participant has, with Attach and View."""

    changed = Signal()  # a new CV was chosen (its path belongs in the draft)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._stored: Attachment | None = None
        self._load_stored: Callable[[], bytes] | None = None
        self._pending: Document | None = None
        self._path = ""
        self.status = QLabel(self)
        self.status.setObjectName("cv.status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        # One line that never widens the form; the whole text is the tooltip too.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.attach_button = QPushButton(self.tr("&Attach CV…"), self)
        self.attach_button.setObjectName("cv.attach")
        self.view_button = QPushButton(self.tr("Vie&w CV"), self)
        self.view_button.setObjectName("cv.view")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status, 1)
        row.addWidget(self.attach_button)
        row.addWidget(self.view_button)
        self.setFocusProxy(self.attach_button)
        self.attach_button.clicked.connect(self.attach)
        self.view_button.clicked.connect(self.view)
        self._show_state()

    def set_stored(
        self, attachment: Attachment | None, load: Callable[[], bytes] | None = None
    ) -> None:
        """The CV already in the case file (None: no CV yet), and how to read its bytes."""
        self._stored = attachment
        self._load_stored = load
        self._show_state()

    def path(self) -> str:
        """The file chosen but not saved yet ("" if none), for the draft."""
        return self._path

    def pending(self) -> Document | None:
        """The CV to store with the next save."""
        return self._pending

    def forget_pending(self) -> None:
        """The chosen CV was saved, or the changes discarded: nothing is waiting any more."""
        self._pending = None
        self._path = ""
        self._show_state()

    def restore(self, path: str) -> None:
        """Read again a CV chosen before a crash; say so clearly if it cannot be."""
        if not path:
            return
        try:
            self._pending = read_document(Path(path))
        except DuoError:
            name = Path(path).name
            self._pending = None
            self._path = ""
            self._show_state(self.tr("The CV chosen before is no longer there: attach it again."))
            self._context.dialogs.warn(
                self,
                self.tr("CV not found"),
                self.tr(
                    "The CV chosen during this interview ({name}) is no longer there or cannot "
                    "be read, so it was not kept. Attach it again before saving."
                ).format(name=name),
            )
            return
        self._path = path
        self._show_state()

    def attach(self) -> None:
        """Choose a CV file; a file too large or unreadable gets a clear message."""
        chosen = self._context.dialogs.open_file(
            self,
            self.tr("Attach the CV"),
            self.tr("Documents (*.pdf *.docx *.odt *.png *.jpg *.jpeg)"),
        )
        if chosen is None:
            return
        try:
            document = read_document(chosen)
        except DuoError as error:
            self._context.dialogs.report(self, error)
            return
        self._pending = document
        self._path = str(chosen)
        self._show_state()
        self.changed.emit()

    def view(self) -> None:
        """Show the CV in its own window."""
        if self._pending is not None:
            document = self._pending
            show_document(self, document.content, document.media_type, document.file_name)
        elif self._stored is not None and self._load_stored is not None:
            try:
                content = self._load_stored()
            except DuoError as error:
                self._context.dialogs.report(self, error)
                return
            show_document(self, content, self._stored.media_type, self._stored.file_name)

    def _show_state(self, warning: str = "") -> None:
        self._describe(warning)
        self.status.setToolTip(self.status.text())
        has_cv = self._pending is not None or self._stored is not None
        self.view_button.setEnabled(has_cv)
        self.attach_button.setText(
            self.tr("&Attach another CV…") if has_cv else self.tr("&Attach CV…")
        )

    def _describe(self, warning: str) -> None:
        if warning:
            self.status.setStyleSheet(_WARNING_STYLE)
            self.status.setText(warning)
        elif self._pending is not None:
            self.status.setStyleSheet("")
            self.status.setText(
                self.tr("{name} ({size}), stored when you save the intake.").format(
                    name=self._pending.file_name, size=_size(len(self._pending.content))
                )
            )
        elif self._stored is not None:
            self.status.setStyleSheet("")
            self.status.setText(
                self.tr("{name} ({size}), in the case file.").format(
                    name=self._stored.file_name, size=_size(self._stored.size)
                )
            )
        else:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("No CV yet."))

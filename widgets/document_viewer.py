"""Show a document held in memory: PDF pages, a picture, or the text of a DOCX or ODT file.

    viewer = DocumentViewer()
    viewer.show_document(data, "application/pdf", "cv.pdf")

Nothing is written to disk and nothing is handed to another program: the bytes come from an
encrypted case file and stay in memory. Word and OpenDocument files are shown as formatted
text (headings, bold, italics, lists, tables) read from their XML with `zipfile` and
`xml.etree`, which is enough to read a CV. Anything else gets a clear message.
"""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from widgets.office_text import DOCX, ODT, OfficeTextError, office_html

PDF = "application/pdf"
_SUFFIXES = {
    ".pdf": PDF,
    ".docx": DOCX,
    ".odt": ODT,
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".bmp": "image/bmp",
    ".webp": "image/webp",
}


class _Picture(QScrollArea):
    """A picture, shrunk to the width of the window (never enlarged)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._label = QLabel(self)
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(self._label)
        self.setWidgetResizable(True)
        self._pixmap = QPixmap()

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self._pixmap = pixmap
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._pixmap.isNull():
            self._label.clear()
            return
        width = max(1, self.viewport().width() - 2)
        shown = self._pixmap
        if shown.width() > width:
            shown = shown.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self._label.setPixmap(shown)


class DocumentViewer(QWidget):
    """One document at a time, shown the way its type allows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stack = QStackedWidget(self)
        self.pdf_document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setDocument(self.pdf_document)
        self.picture = _Picture(self)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.document().setDocumentMargin(24)
        self._message = QLabel(self)
        self._message.setWordWrap(True)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setMargin(24)
        for page in (self.pdf_view, self.picture, self.text, self._message):
            self._stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

    def show_document(self, data: bytes, media_type: str, file_name: str = "") -> bool:
        """Show a document; False (and a message in its place) if it cannot be shown."""
        kind = media_type.lower().split(";")[0].strip()
        if kind not in (PDF, DOCX, ODT) and not kind.startswith("image/"):
            kind = _SUFFIXES.get(PurePath(file_name).suffix.lower(), kind)
        if kind == PDF:
            return self._show_pdf(data)
        if kind.startswith("image/"):
            return self._show_picture(data)
        if kind in (DOCX, ODT):
            return self._show_office(data, kind)
        return self._fail(
            self.tr(
                "Duo cannot show this kind of file ({type}). Documents can be shown when they "
                "are PDF, Word (DOCX), OpenDocument (ODT) or a picture."
            ).format(type=kind or self.tr("unknown type"))
        )

    def message(self) -> str:
        """The message shown instead of a document ("" while a document is shown)."""
        return self._message.text() if self._stack.currentWidget() is self._message else ""

    def _show_pdf(self, data: bytes) -> bool:
        self.pdf_document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.load(self._buffer)
        if self.pdf_document.status() != QPdfDocument.Status.Ready or not (
            self.pdf_document.pageCount()
        ):
            return self._fail(
                self.tr(
                    "This PDF cannot be shown: it is damaged or protected by a password. Ask "
                    "for a new copy of the document."
                )
            )
        self._stack.setCurrentWidget(self.pdf_view)
        return True

    def _show_picture(self, data: bytes) -> bool:
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            return self._fail(
                self.tr("This picture cannot be shown: it is damaged or of an unknown kind.")
            )
        self.picture.set_pixmap(pixmap)
        self._stack.setCurrentWidget(self.picture)
        return True

    def _show_office(self, data: bytes, kind: str) -> bool:
        try:
            html = office_html(data, kind)
        except OfficeTextError:
            return self._fail(
                self.tr(
                    "This document cannot be shown: it is damaged or not really a Word or "
                    "OpenDocument file. Open it with a word processor and save it again, or "
                    "ask for a PDF."
                )
            )
        self.text.setHtml(html)
        self._stack.setCurrentWidget(self.text)
        return True

    def _fail(self, message: str) -> bool:
        self._message.setText(message)
        self._stack.setCurrentWidget(self._message)
        return False

"""Page number and zoom for a `QPdfView`, with the keys a reader expects.

    controls = PdfControls(viewer.pdf_view)
    viewer.show_document(pdf, "application/pdf")
    controls.refresh()          # after every new document

"Page [2 / 5]" follows the scrolling and jumps where a number is typed; PageUp and PageDown
turn a whole page (the view alone would scroll one screen); Ctrl++ and Ctrl+- zoom. The
zoom starts at the page's width, which reads best on a laptop.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

_FACTORS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
Zoom = QPdfView.ZoomMode


class PdfControls(QWidget):
    """A page box and a zoom choice driving one `QPdfView`."""

    def __init__(self, view: QPdfView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.page_box = QSpinBox(self)
        self.page_box.setKeyboardTracking(False)  # "12" jumps to 12, not to 1 on the way
        self.page_box.setMinimum(1)
        self.page_box.setAccessibleName(self.tr("Page"))
        # Wide enough for "120 / 240", so the bar does not shift when a document arrives.
        self.page_box.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000 / 0000"))
        page_label = QLabel(self.tr("Pa&ge"), self)
        page_label.setBuddy(self.page_box)
        self.zoom_box = QComboBox(self)
        self.zoom_box.addItem(self.tr("Fit width"), (Zoom.FitToWidth, 1.0))
        self.zoom_box.addItem(self.tr("Whole page"), (Zoom.FitInView, 1.0))
        for factor in _FACTORS:
            self.zoom_box.addItem(f"{round(factor * 100)} %", (Zoom.Custom, factor))
        zoom_label = QLabel(self.tr("&Zoom"), self)
        zoom_label.setBuddy(self.zoom_box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (page_label, self.page_box):
            layout.addWidget(widget)
        layout.addSpacing(16)
        for widget in (zoom_label, self.zoom_box):
            layout.addWidget(widget)

        self.page_box.valueChanged.connect(lambda number: self.go_to_page(number - 1))
        self.zoom_box.currentIndexChanged.connect(self._zoom_chosen)
        view.pageNavigator().currentPageChanged.connect(self._page_shown)
        shortcuts = (
            (QKeySequence(QKeySequence.StandardKey.MoveToNextPage), self.next_page),
            (QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage), self.previous_page),
            (QKeySequence(QKeySequence.StandardKey.ZoomIn), self.zoom_in),
            (QKeySequence(QKeySequence.StandardKey.ZoomOut), self.zoom_out),
        )
        for keys, action in shortcuts:
            QShortcut(keys, self, action)
        self._zoom_chosen()
        self.refresh()

    def page_count(self) -> int:
        """The number of pages of the document shown (0 when none)."""
        document = self.view.document()
        return document.pageCount() if document is not None else 0

    def current_page(self) -> int:
        """The page at the top of the view, from 0."""
        return self.view.pageNavigator().currentPage()

    def refresh(self) -> None:
        """Take in a newly loaded document: its number of pages, the page shown."""
        count = self.page_count()
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(max(1, count))
        self.page_box.setSuffix(f" / {count}" if count else "")
        self.page_box.setValue(self.current_page() + 1)
        self.page_box.blockSignals(False)
        self.page_box.setEnabled(count > 1)

    def go_to_page(self, page: int) -> None:
        """Show `page` (from 0) at the top of the view; out of range goes to the nearest."""
        count = self.page_count()
        if not count:
            return
        navigator = self.view.pageNavigator()
        navigator.jump(min(max(page, 0), count - 1), QPointF(), navigator.currentZoom())

    def next_page(self) -> None:
        """Turn to the next page."""
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        """Turn to the previous page."""
        self.go_to_page(self.current_page() - 1)

    def zoom_in(self) -> None:
        """The next larger zoom."""
        current = self._factor()
        larger = [index for index, factor in self._custom() if factor > current + 0.01]
        if larger:
            self.zoom_box.setCurrentIndex(larger[0])

    def zoom_out(self) -> None:
        """The next smaller zoom."""
        current = self._factor()
        smaller = [index for index, factor in self._custom() if factor < current - 0.01]
        if smaller:
            self.zoom_box.setCurrentIndex(smaller[-1])

    def _custom(self) -> list[tuple[int, float]]:
        choices = (self.zoom_box.itemData(index) for index in range(self.zoom_box.count()))
        return [
            (index, factor) for index, (mode, factor) in enumerate(choices) if mode is Zoom.Custom
        ]

    def _factor(self) -> float:
        # A fitted page has no factor of its own; zooming from it starts at 100 %.
        return self.view.zoomFactor() if self.view.zoomMode() is Zoom.Custom else 1.0

    def _zoom_chosen(self) -> None:
        mode, factor = self.zoom_box.currentData()
        self.view.setZoomMode(mode)
        if mode is Zoom.Custom:
            self.view.setZoomFactor(factor)

    def _page_shown(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)

"""A line edit for search-as-you-type: a clear button, Escape clears, arrows go to the results.

field = SearchField(placeholder=self.tr("Name of a mentee or mentor"))
field.textChanged.connect(apply_search)
field.set_results_view(table)   # Down or Up moves into the list of results
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget

# Keys that belong to the list of results rather than to the text being typed.
_TO_RESULTS = frozenset({Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp})


class SearchField(QLineEdit):
    """Search text with a clear button; Escape clears it, Down/Up move into the results."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(placeholder)
        self._results: QAbstractItemView | None = None

    def set_results_view(self, view: QAbstractItemView) -> None:
        """The list the arrow keys move into."""
        self._results = view
        self.setToolTip(
            QCoreApplication.translate(
                "SearchField", "Type to search; Escape clears; Down moves into the list."
            )
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Escape clears the text (a second Escape goes to the window); arrows leave."""
        key = event.key()
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        if key in _TO_RESULTS and self._results is not None and self._enter_results():
            event.accept()
            return
        super().keyPressEvent(event)

    def _enter_results(self) -> bool:
        view = self._results
        model = view.model() if view is not None else None
        if view is None or model is None or model.rowCount() == 0:
            return False
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not view.currentIndex().isValid():
            view.setCurrentIndex(model.index(0, 0))
        return True

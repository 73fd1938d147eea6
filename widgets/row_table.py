"""A read-only table of records, one row each, chosen with Enter or a double click.

QTableView's own `activated` is unreliable for this: some styles activate on a single
click, and on macOS Return starts editing instead. This table says `row_chosen` for
exactly Enter, Return and a double click, on every platform.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

_CHOOSE = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})


class RowTable(QTableView):
    """Whole rows selected one at a time; Tab leaves the table instead of moving a cell."""

    row_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        rows = self.verticalHeader()
        rows.hide()
        # Fixed, compact rows: more of a long list on screen, and no per-row measuring.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setHighlightSections(False)
        self.doubleClicked.connect(self._double_clicked)
        self._key_of: Callable[[int], str | None] | None = None
        self._row_of: Callable[[str], int] | None = None
        self._kept: str | None = None

    def keep_current_across_resets(
        self, key_of: Callable[[int], str | None], row_of: Callable[[str], int]
    ) -> None:
        """After the model is reset (refreshed, filtered, sorted), the record that was
        current stays current, found again by its key; when it is gone, the first row is.

        `key_of(row)` gives a row's key, `row_of(key)` its row or -1. Call after `setModel`.
        """
        self._key_of, self._row_of = key_of, row_of
        model = self.model()
        model.modelAboutToBeReset.connect(self._remember_current)
        model.modelReset.connect(self._restore_current)

    def select_row(self, row: int) -> None:
        """Make a row current and selected, and scroll it into view."""
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        index = model.index(row, max(0, self.currentIndex().column()))
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Enter or Return chooses the current row."""
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if event.key() in _CHOOSE and plain and self.currentIndex().isValid():
            self.row_chosen.emit(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)

    def _remember_current(self) -> None:
        current = self.currentIndex()
        if current.isValid() and self._key_of is not None:
            self._kept = self._key_of(current.row())

    def _restore_current(self) -> None:
        row = self._row_of(self._kept) if self._kept is not None and self._row_of else -1
        self.select_row(max(row, 0))

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.row_chosen.emit(index.row())

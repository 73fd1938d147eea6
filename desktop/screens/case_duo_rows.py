"""The short lists of the Duo page (meetings, follow-ups, evaluations, outcomes, a mentor's
duos): a read-only table model of prepared rows, the table that shows one, and the row of
buttons below it.

The page prepares each row's texts (the words modules say how a record reads); the model
only holds them, so it stays trivial to check with `qtmodeltester`.

    model = LinesModel[Meeting]([self.tr("Meeting")])
    model.set_rows([(meeting, (meeting_line(meeting),)) for meeting in meetings])
    table = line_table(self.tr("Meetings"), model, visible_rows=6)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton

from widgets.row_table import RowTable

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
_TEXT_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.ToolTipRole,
)


class LinesModel(QAbstractTableModel, Generic[T]):
    """Rows of texts, each row standing for one item; a row may be marked (in bold)."""

    def __init__(self, headers: Sequence[str]) -> None:
        super().__init__()
        self._headers = list(headers)
        self._rows: list[tuple[T, tuple[str, ...]]] = []
        self._marked: set[int] = set()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: Sequence[tuple[T, Sequence[str]]], marked: Sequence[int] = ()) -> None:
        """Show these rows, in this order; the rows numbered in `marked` stand out."""
        self.beginResetModel()
        self._rows = [(item, tuple(texts)) for item, texts in rows]
        self._marked = set(marked)
        self.endResetModel()

    def item(self, row: int) -> T | None:
        """The item a row stands for, or None."""
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        """One row per item."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        """One column per header."""
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text (its tooltip too, for a line longer than the column)."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        texts = self._rows[index.row()][1]
        if not 0 <= index.column() < len(texts):
            return None
        if role in _TEXT_ROLES:
            return texts[index.column()]
        if role == Qt.ItemDataRole.FontRole and index.row() in self._marked:
            return self._bold
        return None


def line_table(name: str, model: LinesModel[Any], visible_rows: int) -> RowTable:
    """A compact table of a few rows (it scrolls beyond `visible_rows`); the last column
    takes the width. A single column needs no header."""
    table = RowTable()
    table.setModel(model)
    table.setAccessibleName(name)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    header.setVisible(model.columnCount() > 1)
    rows = table.verticalHeader().defaultSectionSize() * visible_rows
    head = header.sizeHint().height() if header.isVisibleTo(table) else 0
    table.setFixedHeight(rows + head + 2 * table.frameWidth())
    return table


def button_row(*buttons: QPushButton, hint: str = "") -> QHBoxLayout:
    """Buttons on the left; a hint takes the rest of the row."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    if hint:
        label = QLabel(hint)
        label.setWordWrap(True)
        row.addWidget(label, 1)
    else:
        row.addStretch(1)
    return row

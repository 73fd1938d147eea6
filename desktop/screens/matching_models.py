"""The lists of the Matching screen as one small read-only table model over rows of text.

Every list there (people to match, suggestions, a breakdown, exclusions, the pool's pairs)
is a handful to a few hundred rows whose words are worked out once when the list is filled
(`matching_rows`); the model only hands them to the view. Each row carries a key (a
participant id) so a selection survives a refresh.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the key of a row (a participant id)
_TEXT_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.AccessibleTextRole)})
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class TextRow:
    """One row of a list: its key and the text of each column."""

    key: str
    cells: tuple[str, ...]
    strong: bool = False  # shown in bold: a row that needs the coach's eye first


class TextTableModel(QAbstractTableModel):
    """Rows of text under fixed column titles; numbers right-aligned, long texts as tooltips."""

    def __init__(
        self,
        titles: Sequence[str],
        *,
        right_aligned: Collection[int] = (),
        long_texts: Collection[int] = (),
    ) -> None:
        super().__init__()
        self._titles = tuple(titles)
        self._right = frozenset(right_aligned)
        self._long = frozenset(long_texts)
        self._rows: list[TextRow] = []

    def set_titles(self, titles: Sequence[str]) -> None:
        """New column titles (the same number of columns)."""
        self._titles = tuple(titles)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._titles) - 1)

    def set_rows(self, rows: Sequence[TextRow]) -> None:
        """Show these rows instead."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def replace_row(self, row: int, new: TextRow) -> None:
        """Change one row in place, keeping the selection where it is."""
        if not 0 <= row < len(self._rows):
            return
        self._rows[row] = new
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._titles) - 1))

    @property
    def rows(self) -> tuple[TextRow, ...]:
        """The rows shown, top to bottom."""
        return tuple(self._rows)

    def key(self, row: int) -> str | None:
        """The key of a row, or None outside the list."""
        return self._rows[row].key if 0 <= row < len(self._rows) else None

    def row_of(self, key: str) -> int:
        """The row with this key, or -1."""
        return next((n for n, row in enumerate(self._rows) if row.key == key), -1)

    def text(self, row: int, column: int) -> str:
        """What a cell says."""
        return self._rows[row].cells[column]

    # --- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        """The rows shown."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        """One per title."""
        return 0 if parent.isValid() else len(self._titles)

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column titles."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._titles):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self._right:
            return int(_RIGHT)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text, its alignment, a tooltip for long texts, the row's key."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in _TEXT_ROLES:
            return row.cells[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in self._long:
            return row.cells[column] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._right:
            return int(_RIGHT)
        if role == Qt.ItemDataRole.FontRole and row.strong:
            font = QFont()
            font.setBold(True)
            return font
        if role == KEY_ROLE:
            return row.key
        return None

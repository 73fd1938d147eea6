"""The waiting list as a table model: accepted, not yet matched, the longest wait first.

A wait that has reached the coordinator's threshold is shown three ways, so colour is never
the only sign: a warm background, bold text, and the words "waiting too long" in the Wait
column (which screen readers read too).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.models.participants import (
    ID_ROLE,
    damaged_tooltip,
    date_text,
    threshold_text,
    wait_text,
)
from desktop.rules.participant_list import Lookups, coach_name, sector_labels
from desktop.rules.waiting import is_overdue, longest_wait_first
from storage.index import IndexEntry
from storage.records import Role

Index = QModelIndex | QPersistentModelIndex
# A warm amber with dark text: readable in light and dark themes, and in print screens.
OVERDUE_BACKGROUND = QColor("#ffd9a0")
OVERDUE_TEXT = QColor("#3d2600")


translate = QCoreApplication.translate


class WaitingColumn(IntEnum):
    """The columns of a waiting list, in the order shown."""

    NAME = 0
    WAIT = 1
    WAITING_SINCE = 2
    SECTOR = 3
    MUNICIPALITY = 4
    COACH = 5


@dataclass(frozen=True)
class _Row:
    entry: IndexEntry
    wait: str
    overdue: bool
    sector: str
    coach: str


class WaitingTableModel(QAbstractTableModel):
    """The waiting participants of one role, the longest wait first (no other order)."""

    def __init__(self, role: Role) -> None:
        super().__init__()
        self.role = role
        self._rows: list[_Row] = []
        self._threshold_days = 0

    def set_entries(
        self, entries: Iterable[IndexEntry], lookups: Lookups, today: date, threshold_days: int
    ) -> None:
        """Show who of this role is waiting, as of `today`, against the threshold."""
        unknown = translate("WaitingList", "(former staff member)")
        rows = [
            _Row(
                entry=entry,
                wait=wait_text(entry.waiting_since, today),
                overdue=is_overdue(entry.waiting_since, today, threshold_days),
                sector=sector_labels(entry.sectors, lookups),
                coach=coach_name(entry.coach, lookups, unknown),
            )
            for entry in longest_wait_first(entries, self.role, lookups.places_taken)
            if entry.waiting_since is not None
        ]
        self.beginResetModel()
        self._rows = rows
        self._threshold_days = threshold_days
        self.endResetModel()

    def overdue_count(self) -> int:
        """How many have waited as long as the threshold, or longer."""
        return sum(1 for row in self._rows if row.overdue)

    def is_overdue(self, row: int) -> bool:
        """Whether a row has reached the threshold."""
        return 0 <= row < len(self._rows) and self._rows[row].overdue

    def case_id(self, row: int) -> str | None:
        """The participant id of a row."""
        return self._rows[row].entry.id if 0 <= row < len(self._rows) else None

    def row_of(self, case_id: str) -> int:
        """The row showing a participant, or -1."""
        return next((n for n, row in enumerate(self._rows) if row.entry.id == case_id), -1)

    # --- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        """The waiting participants."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        """One per `WaitingColumn`."""
        return 0 if parent.isValid() else len(WaitingColumn)

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            WaitingColumn.NAME: translate("WaitingList", "Name"),
            WaitingColumn.WAIT: translate("WaitingList", "Wait"),
            WaitingColumn.WAITING_SINCE: translate("WaitingList", "Waiting since"),
            WaitingColumn.SECTOR: translate("WaitingList", "Sector"),
            WaitingColumn.MUNICIPALITY: translate("WaitingList", "Municipality"),
            WaitingColumn.COACH: translate("WaitingList", "Coach"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What a cell shows; an overdue row is highlighted and says so in words."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = WaitingColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if row.overdue and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND)
        if row.overdue and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.FontRole and (row.overdue or row.entry.damaged):
            font = QFont()
            font.setBold(row.overdue)
            font.setItalic(row.entry.damaged)
            return font
        if role == ID_ROLE:
            return row.entry.id
        return None

    def _display(self, row: _Row, column: WaitingColumn) -> str:
        entry = row.entry
        if column is WaitingColumn.NAME:
            return entry.display_name or translate("WaitingList", "(damaged file)")
        if column is WaitingColumn.WAIT:
            if row.overdue:
                return translate("WaitingList", "{wait} — waiting too long").format(wait=row.wait)
            return row.wait
        if column is WaitingColumn.WAITING_SINCE:
            return date_text(entry.waiting_since) if entry.waiting_since else ""
        if column is WaitingColumn.SECTOR:
            return row.sector
        if column is WaitingColumn.MUNICIPALITY:
            return entry.municipality
        return row.coach

    def _tooltip(self, row: _Row, column: WaitingColumn) -> str | None:
        if row.entry.damaged:
            return damaged_tooltip()
        if row.overdue:
            return translate(
                "WaitingList",
                "Waiting {threshold} or longer: the threshold set in the programme settings.",
            ).format(threshold=threshold_text(self._threshold_days))
        if column is WaitingColumn.SECTOR:
            return row.sector or None
        return None

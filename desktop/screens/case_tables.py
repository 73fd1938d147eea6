"""The two tables of a case view a coach acts on: consents (to withdraw one) and documents
(to open one). Read-only table models over the records of one case file."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from desktop.screens.case_words import CaseWords, day_text, kind_labels, size_text
from storage.records import Attachment, Consent, Record

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R", bound=Record)
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)


translate = QCoreApplication.translate


class _RecordTable(QAbstractTableModel, Generic[R]):
    """Records as rows; each column is a title and a function giving a record's cell text."""

    def __init__(self) -> None:
        super().__init__()
        self._records: list[R] = []
        self._columns: list[tuple[str, Callable[[R], str]]] = []

    def set_records(self, records: Sequence[R]) -> None:
        """Show these records, in this order."""
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> R | None:
        """The record of a row, or None."""
        return self._records[row] if 0 <= row < len(self._records) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        """One row per record."""
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        """One per column."""
        return 0 if parent.isValid() else len(self._columns)

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text (also its tooltip, for a text too long for the column)."""
        record = self.record(index.row()) if index.isValid() else None
        if record is None or not 0 <= index.column() < len(self._columns):
            return None
        if role in (*_TEXT_ROLES, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()][1](record)
        return self.other_role(record, role)

    def other_role(self, record: R, role: int) -> Any:
        """Other roles of a row (none by default)."""
        return None


class ConsentTableModel(_RecordTable[Consent]):
    """Purpose, given on, text version, withdrawn on; a withdrawn consent in italics."""

    def __init__(self) -> None:
        super().__init__()
        self._words = CaseWords(staff={}, lists={})
        self._columns = [
            (
                translate("CaseTables", "Purpose"),
                lambda c: self._words.label("consent_purposes", c.purpose),
            ),
            (translate("CaseTables", "Given on"), lambda c: day_text(c.given_on)),
            (translate("CaseTables", "Text version"), lambda c: c.text_version),
            (translate("CaseTables", "Withdrawn on"), lambda c: day_text(c.withdrawn_on)),
        ]
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_consents(self, consents: Sequence[Consent], words: CaseWords) -> None:
        """Show these consents, their purposes named as the programme's list has them."""
        self._words = words
        self.set_records(consents)

    def other_role(self, record: Consent, role: int) -> Any:
        """A withdrawn consent is shown in italics."""
        if role == Qt.ItemDataRole.FontRole and record.withdrawn_on is not None:
            return self._italic
        return None


class DocumentTableModel(_RecordTable[Attachment]):
    """File name, kind, size, added on."""

    def __init__(self) -> None:
        super().__init__()
        kinds = kind_labels()
        self._columns = [
            (translate("CaseTables", "File"), lambda a: a.file_name),
            (translate("CaseTables", "Kind"), lambda a: kinds.get(a.kind, a.kind)),
            (translate("CaseTables", "Size"), lambda a: size_text(a.size)),
            (
                translate("CaseTables", "Added on"),
                lambda a: day_text(a.created_at.astimezone().date()) if a.created_at else "",
            ),
        ]

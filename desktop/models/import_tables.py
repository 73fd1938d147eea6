"""The two tables of the import dialog: which field each column is read as, and the rows.

`MappingModel` lists the spreadsheet's columns with their first values and the field each
is read as; `PreviewModel` lists every row with what will happen to it (ready, or why it
will be refused).

Storage gives the reasons a row is refused, and the header of a column that has none, as
English templates it marked for Qt's translation tool (contexts "ImportProblem" and
"ImportTable", in `errors_<language>.ts`); `reasons_text` and `header_text` show them in the
interface's language.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from desktop.error_text import template_text
from desktop.labels import role_label
from storage.import_fields import FIELDS
from storage.import_read import UNTITLED_COLUMN, Table
from storage.import_values import Problem
from storage.importing import ImportPlan, PlannedRow

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)


translate = QCoreApplication.translate


def problem_text(problem: Problem) -> str:
    """One reason a row is refused, in the interface's language, its cell quoted."""
    return template_text("ImportProblem", problem.template, problem.params, problem.reason)


def reasons_text(row: PlannedRow) -> str:
    """Every reason a row is refused, in the interface's language, one after the other."""
    separator = translate("ImportTables", "; ", "between the reasons a row is refused")
    return separator.join(problem_text(problem) for problem in row.problems)


def header_text(table: Table, column: int) -> str:
    """A column's header as the file has it, or "Column C" in words for one without."""
    name = table.untitled_column(column)
    if name is None:
        return table.headers[column]
    english = UNTITLED_COLUMN.format(column=name)
    return template_text("ImportTable", UNTITLED_COLUMN, {"column": name}, english)


def field_labels() -> dict[str, str]:
    """Each template field in words, with its template name so the documentation matches."""
    words = {
        "role": translate("ImportTables", "Role (mentee or mentor)"),
        "given_name": translate("ImportTables", "Given name"),
        "family_name": translate("ImportTables", "Family name"),
        "email": translate("ImportTables", "E-mail address"),
        "phone": translate("ImportTables", "Phone"),
        "year_of_birth": translate("ImportTables", "Year of birth"),
        "gender": translate("ImportTables", "Gender"),
        "municipality": translate("ImportTables", "Municipality"),
        "postcode": translate("ImportTables", "Postcode"),
        "country_of_origin": translate("ImportTables", "Country of origin"),
        "arrival_year": translate("ImportTables", "Year of arrival in Belgium"),
        "languages": translate("ImportTables", "Languages and levels"),
        "sector": translate("ImportTables", "Sector"),
        "occupation": translate("ImportTables", "Occupation (ISCO code)"),
        "job_target": translate("ImportTables", "Job target"),
        "availability": translate("ImportTables", "Availability"),
        "employer": translate("ImportTables", "Employer"),
        "job_title": translate("ImportTables", "Job title"),
        "capacity": translate("ImportTables", "Mentees at once"),
        "short_profile": translate("ImportTables", "Short profile (for the mentee)"),
        "intake_date": translate("ImportTables", "Intake date"),
        "status": translate("ImportTables", "Status"),
        "status_since": translate("ImportTables", "Status since"),
        "coach": translate("ImportTables", "Coach"),
        "notes": translate("ImportTables", "Notes"),
    }
    return {name: f"{words[name]} \u2014 {name}" for name in FIELDS}


def ignored_label() -> str:
    """What an ignored column is read as."""
    return translate("ImportTables", "(ignore)")


class MappingColumn(IntEnum):
    """The columns of the mapping table."""

    HEADER = 0
    SAMPLE = 1
    FIELD = 2


class MappingModel(QAbstractTableModel):
    """One row per column of the spreadsheet, and the field it is read as."""

    def __init__(self, table: Table, mapping: dict[int, str]) -> None:
        super().__init__()
        self._headers = [header_text(table, column) for column in range(len(table.headers))]
        self._samples = [" \u00b7 ".join(table.first_values(c)) for c in range(len(table.headers))]
        self._mapping = dict(mapping)
        self._labels = field_labels()

    def mapping(self) -> dict[int, str]:
        """Column index to field name, for the columns that are read."""
        return dict(self._mapping)

    def field(self, row: int) -> str | None:
        """The field a column is read as, or None when ignored."""
        return self._mapping.get(row)

    def set_field(self, row: int, field: str | None) -> int | None:
        """Read column `row` as `field` (None: ignore it).

        A field is read from one column only: the column that had it is ignored from now
        on, and its row is returned so the screen can say so.
        """
        previous = next(
            (r for r, name in self._mapping.items() if name == field and r != row), None
        )
        if previous is not None:
            del self._mapping[previous]
            self._changed(previous)
        if field is None:
            self._mapping.pop(row, None)
        else:
            self._mapping[row] = field
        self._changed(row)
        return previous

    def _changed(self, row: int) -> None:
        cell = self.index(row, MappingColumn.FIELD)
        self.dataChanged.emit(cell, cell)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        """One row per spreadsheet column."""
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        """Header, first values, field."""
        return 0 if parent.isValid() else len(MappingColumn)

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            {
                MappingColumn.HEADER: translate("ImportTables", "Column in the file"),
                MappingColumn.SAMPLE: translate("ImportTables", "First values"),
                MappingColumn.FIELD: translate("ImportTables", "Read as"),
            }.get(MappingColumn(section))
            if 0 <= section < len(MappingColumn)
            else None
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What a cell shows."""
        if not index.isValid() or index.row() >= len(self._headers):
            return None
        row, column = index.row(), MappingColumn(index.column())
        field = self._mapping.get(row)
        if role in _DISPLAY:
            if column is MappingColumn.HEADER:
                return self._headers[row]
            if column is MappingColumn.SAMPLE:
                return self._samples[row]
            return self._labels[field] if field else ignored_label()
        if role == Qt.ItemDataRole.FontRole and field is None:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class PreviewColumn(IntEnum):
    """The columns of the preview table."""

    ROW = 0
    STATUS = 1
    NAME = 2
    ROLE = 3
    MUNICIPALITY = 4


class PreviewModel(QAbstractTableModel):
    """Every non-empty row of the file: ready to import, or why it will be refused."""

    def __init__(self, plan: ImportPlan) -> None:
        super().__init__()
        self._rows: list[PlannedRow] = list(plan.rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        """One per row of the file."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        """One per `PreviewColumn`."""
        return 0 if parent.isValid() else len(PreviewColumn)

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            PreviewColumn.ROW: translate("ImportTables", "Row"),
            PreviewColumn.STATUS: translate("ImportTables", "Check"),
            PreviewColumn.NAME: translate("ImportTables", "Name"),
            PreviewColumn.ROLE: translate("ImportTables", "Role"),
            PreviewColumn.MUNICIPALITY: translate("ImportTables", "Municipality"),
        }
        return titles.get(PreviewColumn(section)) if 0 <= section < len(PreviewColumn) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What a cell shows."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], PreviewColumn(index.column())
        if role in _DISPLAY:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is PreviewColumn.STATUS:
            return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column is PreviewColumn.STATUS:
            icon = (
                QStyle.StandardPixmap.SP_DialogApplyButton
                if row.ready
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            return QApplication.style().standardIcon(icon)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is PreviewColumn.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(row: PlannedRow, column: PreviewColumn) -> str | int:
        person = row.participant
        if column is PreviewColumn.ROW:
            return row.number
        if column is PreviewColumn.STATUS:
            return translate("ImportTables", "Ready to import") if row.ready else reasons_text(row)
        if column is PreviewColumn.NAME:
            return row.name
        if person is None:
            return ""
        if column is PreviewColumn.ROLE:
            return role_label(person.role)
        return person.municipality

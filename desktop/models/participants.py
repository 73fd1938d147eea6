"""The participant list as a table model over the index, filtered and sorted in bulk.

Filtering and sorting happen here over keys computed once per refresh
(`desktop.rules.participant_list`), then the view is told with one model reset: a
`QSortFilterProxyModel` calling Python for each of 20,000 rows per keystroke is far too slow.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from desktop.i18n import shown_list
from desktop.labels import match_step_label, role_label, status_label
from desktop.rules.participant_list import (
    Column,
    ListRow,
    Lookups,
    ParticipantFilter,
    RowBuilder,
    filter_rows,
    match_lookups,
    narrows,
    sort_rows,
)
from desktop.rules.waiting import Wait, WaitUnit, describe_threshold, describe_wait
from storage.index import IndexEntry
from storage.lists import labels
from storage.programme import Programme
from storage.records import Role, Status

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the participant id of a row
# Plain ints: `data` runs for every painted cell, and comparing ints is the cheapest test.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_OTHER_ROLES = frozenset({_ACCESSIBLE, _FONT, _TOOLTIP, ID_ROLE})
_COLUMNS = len(Column)


translate = QCoreApplication.translate


class ParticipantList(QObject):
    """The translation context of the list's texts. A text with a count goes through its
    `tr`, so that translators get its plural forms: pyside6-lupdate reads none from
    `translate(context, text, None, n)`."""


def _span_text(wait: Wait) -> str:
    # "1 week" has its own text so English reads well without a plural translation file,
    # while "%n weeks" still gives translators every plural form they need.
    if wait.unit is WaitUnit.DAYS:
        if wait.amount == 0:
            return translate("ParticipantList", "today")
        if wait.amount == 1:
            return translate("ParticipantList", "1 day")
        return ParticipantList.tr("%n days", "", wait.amount)
    if wait.unit is WaitUnit.WEEKS:
        if wait.amount == 1:
            return translate("ParticipantList", "1 week")
        return ParticipantList.tr("%n weeks", "", wait.amount)
    if wait.amount == 1:
        return translate("ParticipantList", "1 month")
    return ParticipantList.tr("%n months", "", wait.amount)


def wait_text(since: date, today: date) -> str:
    """How long someone has waited, in words: "3 days", "6 weeks", "4 months"."""
    return _span_text(describe_wait(since, today))


def threshold_text(threshold_days: int) -> str:
    """The waiting threshold in words: "4 weeks", "10 days"."""
    wait = describe_threshold(threshold_days)
    if wait.unit is WaitUnit.DAYS and wait.amount == 0:
        return translate("ParticipantList", "0 days")
    return _span_text(wait)


def date_text(day: date) -> str:
    """A date as people read it in the current language: "12 Mar 2026"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def damaged_tooltip() -> str:
    """What a damaged entry's tooltip says."""
    return translate(
        "ParticipantList",
        "This participant's file is damaged: the list shows what it held before. "
        "See duo verify, and restore the file from a backup.",
    )


class ParticipantTableModel(QAbstractTableModel):
    """Mentees and mentors: name, role, status, sector, municipality, coach, waiting since."""

    def __init__(self) -> None:
        super().__init__()
        self._all: list[ListRow] = []  # every row, in the current sort order
        self._rows: list[ListRow] = []  # the rows shown
        self._filter = ParticipantFilter()
        self._sort_column = Column.NAME
        self._descending = False
        self._today = date.today()
        self._cache: dict[str, tuple[str, ...]] = {}
        self._by_id: dict[str, ListRow] = {}
        self._builder: RowBuilder | None = None
        self._titles = column_titles()
        self._italic = QFont()
        self._italic.setItalic(True)

    # --- filling, filtering, sorting ------------------------------------------------------

    def set_entries(
        self, entries: Iterable[IndexEntry], lookups: Lookups, today: date | None = None
    ) -> None:
        """Show these entries (after a refresh), keeping the filter and the sort order."""
        self._today = today or date.today()
        if self._builder is None or self._builder.lookups != lookups:
            self._builder = RowBuilder(
                lookups, unknown_coach=translate("ParticipantList", "(former staff member)")
            )
        rows = self._builder.rows(entries)
        self.beginResetModel()
        self._cache.clear()
        self._by_id = {row.entry.id: row for row in rows}
        self._titles = column_titles()
        self._all = sort_rows(rows, self._sort_column, self._descending)
        self._rows = filter_rows(self._all, self._filter)
        self.endResetModel()

    def set_filter(self, wanted: ParticipantFilter) -> None:
        """Narrow or widen the list; a filter equal to the current one changes nothing."""
        if wanted == self._filter:
            return
        # A keystroke that only narrows the search needs to look at the rows shown now.
        source = self._rows if narrows(self._filter, wanted) else self._all
        self._filter = wanted
        rows = filter_rows(source, wanted)
        if rows == self._rows:
            # Rows compare by identity, so this is a quick scan; an unchanged list (one
            # more letter of the only match) is not reset, so nothing is repainted.
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def current_filter(self) -> ParticipantFilter:
        """The filter in force."""
        return self._filter

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (the view calls this when a header is clicked).

        A model reset, not a layout change with persistent indexes to move: the table keeps
        its current participant by id across resets (`RowTable.keep_current_across_resets`).
        """
        if not 0 <= column < len(Column):
            return
        self._sort_column = Column(column)
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.beginResetModel()
        self._all = sort_rows(self._all, self._sort_column, self._descending)
        self._rows = filter_rows(self._all, self._filter)
        self.endResetModel()

    # --- reading --------------------------------------------------------------------------

    def total(self) -> int:
        """How many participants there are, shown or not."""
        return len(self._all)

    def case_id(self, row: int) -> str | None:
        """The participant id of a row shown."""
        return self._rows[row].entry.id if 0 <= row < len(self._rows) else None

    def row_of(self, case_id: str) -> int:
        """The row showing a participant, or -1."""
        row = self._by_id.get(case_id)
        if row is None:
            return -1
        try:
            return self._rows.index(row)
        except ValueError:  # filtered out
            return -1

    # --- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        """The rows shown."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        """One per `Column`."""
        return 0 if parent.isValid() else _COLUMNS

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column titles."""
        if role != _DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        return self._titles.get(section)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        """What a cell shows."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._value(self._rows[index.row()], index.column(), role)

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan) -> None:  # noqa: N802, N803
        """Every role a view asks for at once: one call per painted cell instead of six.

        Most of what a repaint costs in Python is here, so it stays lean: a role the model
        has nothing for is left unset (Qt reads that as "nothing").
        """
        number = index.row()
        if not 0 <= number < len(self._rows):
            return
        row, column = self._rows[number], index.column()
        for position in range(len(roleDataSpan)):
            item = roleDataSpan[position]
            role = item.role()
            if role == _DISPLAY:
                item.setData(self._cells(row)[column])
            elif role in _OTHER_ROLES and (role != _FONT or row.entry.damaged):
                item.setData(self._value(row, column, role))

    def _value(self, row: ListRow, column: int, role: int) -> Any:
        if role in (_DISPLAY, _ACCESSIBLE):
            return self._cells(row)[column]
        if role == _FONT:
            return self._italic if row.entry.damaged else None
        if role == _TOOLTIP:
            return self._tooltip(row, Column(column))
        if role == ID_ROLE:
            return row.entry.id
        return None

    def _cells(self, row: ListRow) -> tuple[str, ...]:
        # Labels are worked out once per row shown, then kept until the next refresh.
        cells = self._cache.get(row.entry.id)
        if cells is None:
            cells = tuple(self._display(row, column) for column in Column)
            self._cache[row.entry.id] = cells
        return cells

    def _display(self, row: ListRow, column: Column) -> str:
        entry = row.entry
        if column is Column.NAME:
            return entry.display_name or translate("ParticipantList", "(damaged file)")
        if column is Column.ROLE:
            return role_label(entry.role)
        if column is Column.STATUS:
            return status_text(row)
        if column is Column.SECTOR:
            return row.sector
        if column is Column.MUNICIPALITY:
            return entry.municipality
        if column is Column.COACH:
            return row.coach
        if entry.waiting_since is None:
            return ""
        return translate("ParticipantList", "{date} ({wait})").format(
            date=date_text(entry.waiting_since), wait=wait_text(entry.waiting_since, self._today)
        )

    def _tooltip(self, row: ListRow, column: Column) -> str | None:
        if row.entry.damaged:
            return damaged_tooltip()
        if column in (Column.SECTOR, Column.NAME):
            # Long sector labels are cut off in the column; the tooltip shows them whole.
            return self._display(row, column) or None
        return None


def column_titles() -> dict[int, str]:
    """The translated title of each column."""
    return {
        Column.NAME: translate("ParticipantList", "Name"),
        Column.ROLE: translate("ParticipantList", "Role"),
        Column.STATUS: translate("ParticipantList", "Status"),
        Column.SECTOR: translate("ParticipantList", "Sector"),
        Column.MUNICIPALITY: translate("ParticipantList", "Municipality"),
        Column.COACH: translate("ParticipantList", "Coach"),
        Column.WAITING_SINCE: translate("ParticipantList", "Waiting since"),
    }


def read_lookups(programme: Programme) -> Lookups:
    """Sector labels and staff names, as the programme file has them now, and where the
    matches stand, as the index has them."""
    states, taken = match_lookups(programme.index.matches())
    return Lookups(
        sectors=labels(shown_list(programme, "sectors")),
        coaches={member.id: member.name for member in programme.staff()},
        match_states=states,
        places_taken=taken,
    )


def status_text(row: ListRow) -> str:
    """The status, with the step of a running match, or a mentor's places."""
    entry = row.entry
    if entry.damaged:
        return translate("ParticipantList", "File damaged")
    if row.match_state is not None and entry.status is Status.MATCHING:
        return match_step_label(row.match_state)
    if entry.role is Role.MENTOR and entry.status is Status.ACCEPTED:
        capacity = max(1, entry.capacity or 1)
        if row.places_taken >= capacity:
            return translate("ParticipantList", "Full ({taken} of {capacity})").format(
                taken=row.places_taken, capacity=capacity
            )
        return translate("ParticipantList", "Available ({taken} of {capacity} taken)").format(
            taken=row.places_taken, capacity=capacity
        )
    return status_label(entry.status)

"""The participant list: every mentee and mentor, searched as you type, filtered, sorted.

Keyboard: Ctrl+F (or Ctrl+1 from the window) puts the cursor in the search box; typing
narrows the list; Down moves into it; Enter opens the participant's case. Enter in the
search box opens the highlighted participant straight away.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.labels import status_label
from desktop.models.participants import ParticipantTableModel, column_titles, read_lookups
from desktop.rules.participant_list import Column, Lookups, ParticipantFilter
from desktop.session import Session
from storage.errors import DuoError
from storage.records import Role, Status
from widgets.row_table import RowTable
from widgets.search_field import SearchField

# Starting widths (pixels) of the columns that do not stretch; the user can drag them.
_WIDTHS = {
    Column.ROLE: 90,
    Column.STATUS: 170,
    Column.MUNICIPALITY: 150,
    Column.COACH: 170,
    Column.WAITING_SINCE: 190,
}


class ParticipantsScreen(QWidget):
    """One list of mentees and mentors over the index."""

    open_case = Signal(str)  # participant id

    def __init__(
        self,
        session: Session,
        context: AppContext,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self.session = session
        self.context = context
        self._today = today
        self._lookups = Lookups(sectors={}, coaches={})

        self.model = ParticipantTableModel()
        self.table = RowTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Participants"))
        self.search = SearchField(self.tr("Part of a name: “cagla yil” finds Çağla Yılmaz"))
        self.search.set_results_view(self.table)
        self.role = QComboBox()
        self.status = QComboBox()
        self.coach = QComboBox()
        self.sort_by = QComboBox()
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of participants shown"))
        self._fill_fixed_choices()
        self._set_up_table()
        self._lay_out()
        self._connect()
        self.refresh()

    # --- building -------------------------------------------------------------------------

    def _fill_fixed_choices(self) -> None:
        self.role.addItem(self.tr("Mentees and mentors"), None)
        # Combo boxes hold plain values: Qt hands a StrEnum back as a bare str.
        self.role.addItem(self.tr("Mentees"), Role.MENTEE.value)
        self.role.addItem(self.tr("Mentors"), Role.MENTOR.value)
        self.status.addItem(self.tr("Any status"), None)
        for status in Status:
            self.status.addItem(status_label(status), status.value)
        for column, title in column_titles().items():
            self.sort_by.addItem(title, int(column))

    def _set_up_table(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        for column in (Column.NAME, Column.SECTOR):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        for text, widget, stretch in (
            (self.tr("&Search:"), self.search, 3),
            (self.tr("&Role:"), self.role, 0),
            (self.tr("S&tatus:"), self.status, 0),
            (self.tr("&Coach:"), self.coach, 0),
            (self.tr("S&ort by:"), self.sort_by, 0),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, stretch)
            filters.addSpacing(8)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.role)
        self.setTabOrder(self.role, self.status)
        self.setTabOrder(self.status, self.coach)
        self.setTabOrder(self.coach, self.sort_by)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._apply_filter)
        self.search.returnPressed.connect(self._open_current)
        for combo in (self.role, self.status, self.coach):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.sort_by.currentIndexChanged.connect(self._sort_chosen)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sorted)
        self.table.row_chosen.connect(self._open_row)
        # The same participant stays highlighted; if they are filtered out, the first match
        # is, so Enter in the search box opens what is at the top.
        self.table.keep_current_across_resets(self.model.case_id, self.model.row_of)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        self.session.index_refreshed.connect(self.refresh)
        self.session.settings_changed.connect(self.refresh)
        self.session.case_erased.connect(self.refresh)

    # --- public ---------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected so typing replaces it."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_search_text(self, text: str) -> None:
        """Search as if `text` had been typed (the benchmark and the window use this)."""
        self.search.setText(text)

    def refresh(self) -> None:
        """Read the index again, keeping the search, the filters, the sort and the selection."""
        try:
            entries = self.session.programme.index.entries()
            self._lookups = read_lookups(self.session.programme)
        except DuoError as error:
            self.context.dialogs.report(self, error)
            return
        self._fill_coaches()
        self.model.set_entries(entries, self._lookups, self._today())
        self._show_count()

    # --- reacting -------------------------------------------------------------------------

    def _fill_coaches(self) -> None:
        chosen = self.coach.currentData()
        self.coach.blockSignals(True)
        self.coach.clear()
        self.coach.addItem(self.tr("Any coach"), None)
        for staff_id, name in sorted(self._lookups.coaches.items(), key=lambda item: item[1]):
            self.coach.addItem(name, staff_id)
        self.coach.addItem(self.tr("No coach"), "")
        found = self.coach.findData(chosen) if chosen is not None else 0
        self.coach.setCurrentIndex(max(found, 0))
        self.coach.blockSignals(False)
        if found < 0:
            # The chosen coach left the staff list: show everyone again.
            self._apply_filter()

    def _apply_filter(self) -> None:
        role, status = self.role.currentData(), self.status.currentData()
        self.model.set_filter(
            ParticipantFilter(
                text=self.search.text(),
                role=Role(role) if role is not None else None,
                status=Status(status) if status is not None else None,
                coach=self.coach.currentData(),
            )
        )
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        locale = QLocale()
        if total == 0:
            text = self.tr("No participants yet. Ctrl+N starts a mentee intake.")
        elif not self.model.current_filter().is_active():
            text = (
                self.tr("1 participant") if total == 1 else self.tr("%Ln participants", "", total)
            )
        elif shown == 0:
            text = self.tr("No participant matches. Escape in the search box clears it.")
        elif total == 1:
            text = self.tr("{shown} of 1 participant").format(shown=locale.toString(shown))
        else:
            text = self.tr("{shown} of %Ln participants", "", total).format(
                shown=locale.toString(shown)
            )
        self.count.setText(text)

    def _sort_chosen(self) -> None:
        column = self.sort_by.currentData()
        if column is not None:
            self.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)

    def _sorted(self, column: int, _order: Qt.SortOrder) -> None:
        found = self.sort_by.findData(column)
        if found >= 0 and found != self.sort_by.currentIndex():
            self.sort_by.blockSignals(True)
            self.sort_by.setCurrentIndex(found)
            self.sort_by.blockSignals(False)

    def _open_current(self) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            self._open_row(current.row())

    def _open_row(self, row: int) -> None:
        case_id = self.model.case_id(row)
        if case_id is not None:
            self.open_case.emit(case_id)

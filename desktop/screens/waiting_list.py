"""The waiting list: accepted and not yet matched, the longest wait first.

Mentees waiting for a mentor come first (they are the main concern: domain.md, step 4);
mentors accepted and available for a mentee are listed below. A wait that has reached the
threshold the coordinator sets in the programme settings is highlighted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.models.participants import read_lookups, threshold_text
from desktop.models.waiting_list import WaitingColumn, WaitingTableModel
from desktop.session import Session
from storage.errors import DuoError
from storage.records import Role, Status
from widgets.row_table import RowTable

_WIDTHS = {
    WaitingColumn.WAIT: 230,
    WaitingColumn.WAITING_SINCE: 120,
    WaitingColumn.MUNICIPALITY: 150,
    WaitingColumn.COACH: 170,
}


class WaitingListScreen(QWidget):
    """Mentees waiting for a mentor, and mentors available, the longest wait first."""

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

        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.mentees = WaitingTableModel(Role.MENTEE)
        self.mentors = WaitingTableModel(Role.MENTOR)
        self.mentee_table = self._table(self.mentees, self.tr("Mentees waiting for a mentor"))
        self.mentor_table = self._table(self.mentors, self.tr("Mentors available"))
        self.mentee_title = QLabel()
        self.mentor_title = QLabel()
        self._lay_out()
        # Filled when first shown, and again on a change only while shown: at start-up the
        # participant list paints first, without waiting for this tab.
        self._stale = True
        session.index_refreshed.connect(self._changed)
        session.settings_changed.connect(self._changed)
        session.case_erased.connect(self._changed)

    def _changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Bring the list up to date when it comes into view."""
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _table(self, model: WaitingTableModel, name: str) -> RowTable:
        table = RowTable()
        table.setModel(model)
        table.setAccessibleName(name)
        table.keep_current_across_resets(model.case_id, model.row_of)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        for column in (WaitingColumn.NAME, WaitingColumn.SECTOR):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.row_chosen.connect(lambda row: self._open(model, row))
        return table

    def _lay_out(self) -> None:
        for title, table in (
            (self.mentee_title, self.mentee_table),
            (self.mentor_title, self.mentor_table),
        ):
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            title.setBuddy(table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        for title, table in (
            (self.mentee_title, self.mentee_table),
            (self.mentor_title, self.mentor_table),
        ):
            section = QWidget()
            column = QVBoxLayout(section)
            column.setContentsMargins(0, 6, 0, 0)
            column.addWidget(title)
            column.addWidget(table, 1)
            splitter.addWidget(section)
        # Mentees waiting are the main concern: they get two thirds of the height.
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.mentee_table, self.mentor_table)

    def refresh(self) -> None:
        """Read the waiting participants and the threshold again, keeping the selection."""
        programme = self.session.programme
        try:
            entries = programme.index.entries(status=Status.ACCEPTED)
            lookups = read_lookups(programme)
            threshold = programme.profile().waiting_threshold_days
        except DuoError as error:
            self.context.dialogs.report(self, error)
            return
        today = self._today()
        self._stale = False
        for model in (self.mentees, self.mentors):
            model.set_entries(entries, lookups, today, threshold)
        self._show_titles(threshold)

    def _show_titles(self, threshold: int) -> None:
        limit = threshold_text(threshold)
        if threshold > 0:
            self.explanation.setText(
                self.tr(
                    "Accepted and not yet matched, the longest wait first. Highlighted in bold: "
                    "waiting {threshold} or longer (the threshold is set in Programme › "
                    "Settings)."
                ).format(threshold=limit)
            )
        else:
            self.explanation.setText(
                self.tr(
                    "Accepted and not yet matched, the longest wait first. No waiting "
                    "threshold is set, so no wait is highlighted."
                )
            )
        mentees, overdue = self.mentees.rowCount(), self.mentees.overdue_count()
        title = self.tr("M&entees waiting for a mentor: {count}").format(count=mentees)
        if overdue:
            title = self.tr("{title} ({overdue} waiting {threshold} or longer)").format(
                title=title, overdue=overdue, threshold=limit
            )
        self.mentee_title.setText(title)
        mentors, overdue = self.mentors.rowCount(), self.mentors.overdue_count()
        title = self.tr("Mentors &available for a mentee: {count}").format(count=mentors)
        if overdue:
            title = self.tr("{title} ({overdue} waiting {threshold} or longer)").format(
                title=title, overdue=overdue, threshold=limit
            )
        self.mentor_title.setText(title)

    def _open(self, model: WaitingTableModel, row: int) -> None:
        case_id = model.case_id(row)
        if case_id is not None:
            self.open_case.emit(case_id)

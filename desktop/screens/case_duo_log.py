"""The sections of the Duo page that log the duo's life while it runs: its meetings and
short contacts (with the summary of one to print), and the coach's follow-ups.

Each section shows what it is given and says what the coach asked for with a signal; the
page (`case_duo.DuoPage`) hands it to `case_duo_actions.DuoActions` or, for printing, to
`case_duo_print.DuoPrints`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout

from desktop.screens.case_duo_rows import LinesModel, button_row, line_table
from storage.duo_records import FollowUp, Meeting

_MEETING_ROWS = 6
_FOLLOW_UP_ROWS = 4


class MeetingsSection(QGroupBox):
    """The meetings and short contacts, newest first: log, change or remove one while the
    duo runs (after its end they are history; the final meeting is part of the ending), and
    print the summary of the one chosen, at any time."""

    log_requested = Signal()
    edit_requested = Signal(object)  # Meeting
    remove_requested = Signal(object)  # Meeting
    print_requested = Signal(object)  # Meeting

    def __init__(self) -> None:
        super().__init__()
        self._open = True
        self.model: LinesModel[Meeting] = LinesModel([self.tr("Meeting")])
        self.table = line_table(self.tr("Meetings"), self.model, _MEETING_ROWS)
        self.table.row_chosen.connect(self._edit_row)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.log_button = QPushButton(self.tr("&Log meeting…"))
        self.log_button.clicked.connect(self.log_requested)
        self.edit_button = QPushButton(self.tr("Chan&ge…"))
        self.edit_button.clicked.connect(lambda: self._edit_row(self.table.currentIndex().row()))
        # No letter is left in "Remove" beside the case view's tabs and the menus: the
        # Delete key removes the meeting chosen in the list.
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.clicked.connect(self._remove_current)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.table,
            self._remove_current,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.print_button = QPushButton(self.tr("Print summar&y…"))
        self.print_button.setToolTip(self.tr("The summary of the meeting chosen in the list"))
        self.print_button.clicked.connect(self._print_current)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addLayout(
            button_row(self.log_button, self.edit_button, self.remove_button, self.print_button)
        )

    def show_meetings(self, meetings: Sequence[tuple[Meeting, str]], *, running: bool) -> None:
        """Show these meetings (newest first) with their lines; only a running duo's
        meetings are logged, changed or removed."""
        self._open = running
        self.setTitle(self.tr("Meetings and contacts (%n)", "", len(meetings)))
        self.model.set_rows([(meeting, (line,)) for meeting, line in meetings])
        self.table.select_row(0)
        self.empty.setText(
            self.tr("No meeting logged yet. Ctrl+M logs one from anywhere in the case.")
            if running
            else self.tr("No meeting was logged for this duo.")
        )
        self.empty.setVisible(not meetings)
        self.table.setVisible(bool(meetings))
        self.log_button.setEnabled(running)
        self.edit_button.setEnabled(running and bool(meetings))
        self.remove_button.setEnabled(running and bool(meetings))
        self.print_button.setEnabled(bool(meetings))
        ended = self.tr(
            "The duo has ended: its meetings are kept as they are. The final meeting is part "
            "of the ending (Change the ending…); reopen the duo if it ended by mistake."
        )
        self.log_button.setToolTip(self.tr("Ctrl+M") if running else ended)
        self.edit_button.setToolTip(
            self.tr("Enter or a double click in the list does the same") if running else ended
        )
        self.remove_button.setToolTip(
            self.tr("The Delete key in the list does the same") if running else ended
        )

    def _edit_row(self, row: int) -> None:
        meeting = self.model.item(row)
        if meeting is not None and self._open:
            self.edit_requested.emit(meeting)

    def _print_current(self) -> None:
        meeting = self.model.item(self.table.currentIndex().row())
        if meeting is not None:
            self.print_requested.emit(meeting)

    def _remove_current(self) -> None:
        meeting = self.model.item(self.table.currentIndex().row())
        if meeting is not None and self._open:
            self.remove_requested.emit(meeting)


class FollowUpSection(QGroupBox):
    """The coach's follow-ups, newest first (a concern in bold): add one, or open one."""

    add_requested = Signal()
    edit_requested = Signal(object)  # FollowUp

    def __init__(self) -> None:
        super().__init__(self.tr("Coach follow-up"))
        self.model: LinesModel[FollowUp] = LinesModel([self.tr("Follow-up")])
        self.table = line_table(self.tr("Follow-ups"), self.model, _FOLLOW_UP_ROWS)
        self.table.row_chosen.connect(self._edit_row)
        self.due = QLabel()
        self.due.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Follow-up call…"))
        self.add_button.clicked.connect(self.add_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.due)
        layout.addWidget(self.table)
        hint = self.tr("Enter or a double click opens a follow-up to correct it.")
        layout.addLayout(button_row(self.add_button, hint=hint))

    def show_follow_ups(self, rows: Sequence[tuple[FollowUp, str]], due: str) -> None:
        """Show the follow-ups (newest first) and what is due next ("" for nothing)."""
        marked = [row for row, (follow_up, _line) in enumerate(rows) if follow_up.concern]
        self.model.set_rows([(item, (line,)) for item, line in rows], marked)
        self.table.select_row(0)
        self.table.setVisible(bool(rows))
        self.due.setText(due)
        self.due.setVisible(bool(due))

    def _edit_row(self, row: int) -> None:
        follow_up = self.model.item(row)
        if follow_up is not None:
            self.edit_requested.emit(follow_up)

"""Today: what needs the coach's attention, each item one click from its case.

The screen gathers what the index knows (the matches, the waiting candidates, the people)
and the programme's thresholds, and shows what `desktop.rules.today.today_items` returns,
in the rules' order; nothing is judged here. Its second part is the programme's quality
checklist (`QualityPanel`), whose list of who falls short opens cases as the items do.
Both are read again when the screen comes into view (the day may have changed) and after a
change while it is shown; several changes in a row (a save refreshes the index, then says
the case was saved) are read once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.rules.participant_list import match_lookups
from desktop.rules.today import TodayItem, TodayKind, TodaySettings, Urgency, today_items
from desktop.rules.waiting import longest_wait_first
from desktop.screens.quality_panel import AMBER, BLUE, RED, QualityPanel, marker_icon
from desktop.screens.today_words import count_text, due_text, item_text, urgency_label, who_text
from desktop.session import Session
from storage.errors import DuoError
from storage.index import IndexEntry, MatchEntry
from storage.records import Status
from widgets.row_table import RowTable

Index = QModelIndex | QPersistentModelIndex
_COLORS = {Urgency.URGENT: RED, Urgency.DUE: AMBER, Urgency.SOON: BLUE}
# Validating the first meeting is a step of the match, not of a running duo: its case opens
# where it is, not on the Duo tab.
_NOT_ON_DUO_TAB = frozenset({TodayKind.VALIDATE_FIRST_MEETING, TodayKind.WAITING_LONG})


class TodayColumn(IntEnum):
    """The columns of Today, in the order shown."""

    URGENCY = 0
    WHAT = 1
    WHO = 2
    DUE = 3
    COACH = 4


@dataclass(frozen=True)
class _Row:
    item: TodayItem
    texts: tuple[str, ...]  # one per TodayColumn


def _key(item: TodayItem) -> str:
    return f"{item.kind}/{item.case_id}/{item.match_id}"


class TodayModel(QAbstractTableModel):
    """The items of Today, in the order the rules give them (no other order)."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[_Row] = []
        self._markers = {urgency: marker_icon(color) for urgency, color in _COLORS.items()}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_items(
        self,
        items: Iterable[TodayItem],
        entries: Mapping[str, IndexEntry],
        staff: Mapping[str, str],
        today: date,
    ) -> None:
        """Show these items as of `today`; names come from the index, coaches from staff."""
        rows = []
        for item in items:
            mentee = entries.get(item.case_id)
            coach = staff.get(mentee.coach, "") if mentee is not None and mentee.coach else ""
            texts = (
                urgency_label(item.urgency),
                item_text(item, today),
                who_text(item, entries),
                due_text(item),
                coach,
            )
            rows.append(_Row(item, texts))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def item(self, row: int) -> TodayItem | None:
        """The item of a row."""
        return self._rows[row].item if 0 <= row < len(self._rows) else None

    def key(self, row: int) -> str | None:
        """What identifies a row across refreshes."""
        item = self.item(row)
        return _key(item) if item is not None else None

    def row_of(self, key: str) -> int:
        """The row of an item's key, or -1."""
        return next((n for n, row in enumerate(self._rows) if _key(row.item) == key), -1)

    # --- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        """The items."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        """One per `TodayColumn`."""
        return 0 if parent.isValid() else len(TodayColumn)

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            TodayColumn.URGENCY: self.tr("Urgency"),
            TodayColumn.WHAT: self.tr("What needs doing"),
            TodayColumn.WHO: self.tr("Who"),
            TodayColumn.DUE: self.tr("Due"),
            TodayColumn.COACH: self.tr("Coach"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's words; the urgency has a coloured marker, and urgent rows are bold."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.texts[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == TodayColumn.WHAT:
            return row.texts[TodayColumn.WHAT]  # a long sentence may be cut in its column
        if role == Qt.ItemDataRole.DecorationRole and index.column() == TodayColumn.URGENCY:
            return self._markers[row.item.urgency]
        if role == Qt.ItemDataRole.FontRole and row.item.urgency is Urgency.URGENT:
            return self._bold
        return None


def _coaches_a_duo(
    matches: Iterable[MatchEntry], entries: Mapping[str, IndexEntry], user_id: str
) -> bool:
    """Whether the staff member follows a running duo (then Today starts with "My duos")."""
    if not user_id:
        return False
    for match in matches:
        mentee = entries.get(match.mentee_id)
        running = match.duo is not None and match.duo.running
        if running and mentee is not None and mentee.coach == user_id:
            return True
    return False


class TodayScreen(QWidget):
    """What needs attention today, and the programme's quality criteria."""

    open_requested = Signal(str)  # a case id
    open_duo_requested = Signal(str, str)  # the mentee's case id and the duo's match id

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
        # The programme file is opened to read these: once, and again after a settings change.
        self._settings: TodaySettings | None = None
        self._staff: dict[str, str] = {}
        self._filter_chosen = False

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.count = QLabel()
        self.mine = QRadioButton(self.tr("&My duos"))
        self.everyone = QRadioButton(self.tr("&Everyone"))
        self.everyone.setChecked(True)
        self._filter = QButtonGroup(self)
        for button in (self.mine, self.everyone):
            self._filter.addButton(button)
        self._filter.buttonToggled.connect(self._filter_toggled)

        self.model = TodayModel()
        self.table = RowTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Needs attention"))
        self.table.keep_current_across_resets(self.model.key, self.model.row_of)
        self.table.row_chosen.connect(self._open_row)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setMargin(12)
        self.list_or_empty = QStackedWidget()
        self.list_or_empty.addWidget(self.table)
        self.list_or_empty.addWidget(self.empty)
        self.quality = QualityPanel()
        self.quality.open_requested.connect(self.open_requested)
        self.quality.open_duo_requested.connect(self.open_duo_requested)
        self.parts = QTabWidget()
        self._lay_out()

        self._stale = True
        self._shown_day: date | None = None
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(0)
        self._refresh_soon.timeout.connect(self._refresh_if_stale)
        session.index_refreshed.connect(self._changed)
        session.case_saved.connect(self._changed)
        session.case_erased.connect(self._changed)
        session.settings_changed.connect(self._settings_changed)

    def _lay_out(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((TodayColumn.URGENCY, 110), (TodayColumn.DUE, 110)):
            header.resizeSection(column, width)
        header.resizeSection(TodayColumn.WHO, 340)
        header.resizeSection(TodayColumn.COACH, 160)
        header.setSectionResizeMode(TodayColumn.WHAT, QHeaderView.ResizeMode.Stretch)

        attention = QWidget()
        column = QVBoxLayout(attention)
        column.setContentsMargins(0, 6, 0, 0)
        column.addWidget(self.list_or_empty, 1)
        self.parts.addTab(attention, self.tr("&Needs attention"))
        self.parts.addTab(self.quality, self.tr("&Quality criteria"))

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(16)
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.mine)
        top.addWidget(self.everyone)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.parts, 1)
        self.setFocusProxy(self.table)
        self.setTabOrder(self.mine, self.everyone)
        self.setTabOrder(self.everyone, self.parts)
        self.setTabOrder(self.parts, self.table)

    def focus_list(self) -> None:
        """Put the cursor in the list of items, or on the parts' tabs when it is empty."""
        shown = self.list_or_empty.currentWidget() is self.table
        target = self.table if shown else self.parts.tabBar()
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- reading --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Bring the screen up to date when it comes into view, also on a new day."""
        if self._stale or self._shown_day != self._today():
            self.refresh()
        super().showEvent(event)

    def _changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self._refresh_soon.start()

    def _settings_changed(self) -> None:
        self._settings = None
        self._changed()

    def _refresh_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the index and the thresholds, and show what needs attention today."""
        programme = self.session.programme
        try:
            if self._settings is None:
                self._settings = TodaySettings.from_profile(programme.profile())
                self._staff = {member.id: member.name for member in programme.staff()}
            people = programme.index.entries()
            matches = programme.index.matches()
        except DuoError as error:
            self.context.dialogs.report(self, error)
            return
        self._stale = False
        today = self._shown_day = self._today()
        entries = {entry.id: entry for entry in people}
        if not self._filter_chosen:
            # Chosen once, on the first read; after that the filter is the user's to change.
            self._filter_chosen = True
            mine = _coaches_a_duo(matches, entries, self.session.user_id)
            self._filter.blockSignals(True)
            (self.mine if mine else self.everyone).setChecked(True)
            self._filter.blockSignals(False)
        self._show_items(matches, entries, today)
        self.quality.show_checklist(people, matches, today, self._staff)

    def _show_items(
        self, matches: Sequence[MatchEntry], entries: Mapping[str, IndexEntry], today: date
    ) -> None:
        assert self._settings is not None  # read by refresh first
        # Waiting means as the waiting list counts it: a mentor whose places are all taken
        # by proposals and duos is not waiting for a match.
        _, places_taken = match_lookups(matches)
        accepted = (entry for entry in entries.values() if entry.status is Status.ACCEPTED)
        waiting = longest_wait_first(accepted, places_taken=places_taken)
        coach = self.session.user_id if self.mine.isChecked() else None
        items = today_items(matches, waiting, self._settings, today, coach, entries)
        # In "My duos" every coach is the user: the column would only repeat their name.
        self.table.setColumnHidden(TodayColumn.COACH, coach is not None)
        self.model.set_items(items, entries, self._staff, today)
        self._show_header(today, len(items))

    def _show_header(self, today: date, count: int) -> None:
        day = QLocale().toString(QDate(today.year, today.month, today.day), "dddd d MMMM yyyy")
        self.title.setText(self.tr("Today, {date}").format(date=day))
        self.count.setText(count_text(count))
        if count:
            self.list_or_empty.setCurrentWidget(self.table)
            return
        purpose = self.tr(
            "Today lists what needs attention, each item one Enter away from its case: duos "
            "without contact for longer than agreed, interim calls and agreements due, "
            "first meetings to validate, duos nearing their planned end, final evaluations "
            "and outcome follow-ups to record, and candidates waiting too long for a match."
        )
        if self.mine.isChecked():
            lead = self.tr("Nothing needs attention in your duos today.")
            hint = self.tr("Choose Everyone to see the whole programme.")
            text = f"{lead}\n\n{purpose}\n\n{hint}"
        else:
            lead = self.tr("Nothing needs attention today.")
            text = f"{lead}\n\n{purpose}"
        self.empty.setText(text)
        self.list_or_empty.setCurrentWidget(self.empty)

    def _filter_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            # A choice made before the first read is kept too.
            self._filter_chosen = True
            self.refresh()

    # --- opening --------------------------------------------------------------------------

    def _open_row(self, row: int) -> None:
        item = self.model.item(row)
        if item is None or item.kind is TodayKind.CLOCK_WRONG:
            return  # the clock is the computer's, not a case's
        if item.match_id and item.kind not in _NOT_ON_DUO_TAB:
            self.open_duo_requested.emit(item.case_id, item.match_id)
        else:
            self.open_requested.emit(item.case_id)

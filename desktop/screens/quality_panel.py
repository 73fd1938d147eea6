"""The programme's quality checklist: Mentoring Belgium's criteria, ticked by the data.

Each criterion shows how many participants or duos met it out of those it can be judged
for, over a period the coordinator chooses, so the programme's shortfalls stand out; below
it, the duos or participants that fall short of the chosen criterion, each one Enter away
from its case. The counting is `desktop.rules.quality.programme_checklist` and the list
`shortfalls`; this panel only shows them. A shortfall is said in words and with a marker,
never by colour alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.rules.quality import (
    Criterion,
    ProgrammeCriterion,
    Shortfall,
    programme_checklist,
    shortfalls,
)
from desktop.rules.waiting import add_months
from desktop.screens.matching_models import TextRow, TextTableModel
from desktop.screens.today_words import (
    criterion_explanation,
    criterion_label,
    people_text,
    quality_result_text,
    quality_state_text,
    shortfall_empty_text,
    shortfall_heading,
    shortfall_text,
)
from storage.index import IndexEntry, MatchEntry
from widgets.row_table import RowTable

Index = QModelIndex | QPersistentModelIndex
# Markers readable on light and dark backgrounds; the words beside them say the same.
RED = "#c62828"
AMBER = "#e08a00"
BLUE = "#1565c0"
GREEN = "#2e7d32"
GREY = "#9e9e9e"
_MARKER_SIZE = 12


translate = QCoreApplication.translate


def marker_icon(color: str) -> QIcon:
    """A small coloured disc, shown before a word that says the same (here and in Today)."""
    pixmap = QPixmap(_MARKER_SIZE, _MARKER_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(color).darker(130))
    painter.setBrush(QColor(color))
    painter.drawEllipse(1, 1, _MARKER_SIZE - 2, _MARKER_SIZE - 2)
    painter.end()
    return QIcon(pixmap)


class QualityPeriod(StrEnum):
    """Which participants and duos the checklist counts."""

    THIS_YEAR = "this-year"
    LAST_12_MONTHS = "last-12-months"
    EVERYTHING = "everything"


def period_range(period: QualityPeriod, today: date) -> tuple[date, date] | None:
    """The first and last day of a period (both included); None for everything."""
    if period is QualityPeriod.THIS_YEAR:
        return (date(today.year, 1, 1), today)
    if period is QualityPeriod.LAST_12_MONTHS:
        return (add_months(today, -12) + timedelta(days=1), today)
    return None


def _period_label(period: QualityPeriod) -> str:
    return {
        QualityPeriod.THIS_YEAR: translate("QualityPanel", "This year"),
        QualityPeriod.LAST_12_MONTHS: translate("QualityPanel", "The last 12 months"),
        QualityPeriod.EVERYTHING: translate("QualityPanel", "Everything recorded"),
    }[period]


class QualityColumn(IntEnum):
    """The columns of the checklist, in the order shown."""

    CRITERION = 0
    STATE = 1
    RESULT = 2
    EXPLANATION = 3


class QualityModel(QAbstractTableModel):
    """One row per criterion, in the rules' order."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ProgrammeCriterion] = []
        self._markers = {color: marker_icon(color) for color in (RED, GREEN, GREY)}

    def set_results(self, results: Sequence[ProgrammeCriterion]) -> None:
        """Show the programme's checklist."""
        self.beginResetModel()
        self._rows = list(results)
        self.endResetModel()

    def result(self, row: int) -> ProgrammeCriterion | None:
        """The criterion of a row."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, criterion: Criterion) -> int:
        """The row of a criterion, or -1."""
        return next((n for n, row in enumerate(self._rows) if row.criterion is criterion), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        """The criteria."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        """One per `QualityColumn`."""
        return 0 if parent.isValid() else len(QualityColumn)

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            QualityColumn.CRITERION: translate("QualityPanel", "Criterion"),
            QualityColumn.STATE: translate("QualityPanel", "Programme"),
            QualityColumn.RESULT: translate("QualityPanel", "Met / judged"),
            QualityColumn.EXPLANATION: translate("QualityPanel", "What counts"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's words; the state column has a marker, the same thing in colour."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        result = self._rows[index.row()]
        column = QualityColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(result, column)
        if role == Qt.ItemDataRole.DecorationRole and column is QualityColumn.STATE:
            return self._markers[self._color(result)]
        if role == Qt.ItemDataRole.ToolTipRole and column is QualityColumn.CRITERION:
            return criterion_explanation(result.criterion)
        return None

    @staticmethod
    def _text(result: ProgrammeCriterion, column: QualityColumn) -> str:
        if column is QualityColumn.CRITERION:
            return criterion_label(result.criterion)
        if column is QualityColumn.STATE:
            return quality_state_text(result)
        if column is QualityColumn.RESULT:
            return quality_result_text(result)
        return criterion_explanation(result.criterion)

    @staticmethod
    def _color(result: ProgrammeCriterion) -> str:
        if result.share is None:
            return GREY
        return GREEN if result.met == result.applicable else RED


class ShortfallColumn(IntEnum):
    """The columns of the list of who falls short, in the order shown."""

    WHO = 0
    WHY = 1
    COACH = 2


def shortfall_rows(
    criterion: Criterion,
    found: Sequence[Shortfall],
    entries: Mapping[str, IndexEntry],
    staff: Mapping[str, str],
) -> list[TextRow]:
    """The words of each duo or participant that falls short, one per `ShortfallColumn`;
    names from the index, the coach of the participant (of the mentee, for a duo)."""
    rows = []
    for shortfall in found:
        person = entries.get(shortfall.case_id)
        coach = staff.get(person.coach, "") if person is not None and person.coach else ""
        who = people_text(shortfall.case_id, shortfall.other_id, entries)
        why = shortfall_text(criterion, shortfall)
        # Keyed by criterion too: the list of another criterion starts at its top.
        key = f"{criterion}/{shortfall.case_id}/{shortfall.match_id}"
        rows.append(TextRow(key, (who, why, coach)))
    return rows


class QualityPanel(QWidget):
    """The quality criteria over the programme, for a period the coordinator chooses, and
    who falls short of the chosen one."""

    open_requested = Signal(str)  # a participant's case id
    open_duo_requested = Signal(str, str)  # the mentee's case id and the duo's match id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: dict[str, IndexEntry] = {}
        self._matches: list[MatchEntry] = []
        self._staff: Mapping[str, str] = {}
        self._today: date | None = None
        self._recounting = False

        intro = QLabel(
            self.tr(
                "Mentoring Belgium's quality criteria, ticked by what is recorded. Each line "
                "counts the participants or duos it can be judged for: a running duo counts "
                "once the criterion can be told (its duration, for instance, once it ends or "
                "has lasted long enough). The period counts the duos validated in it and the "
                "participants whose status changed in it."
            )
        )
        intro.setWordWrap(True)
        self.period = QComboBox()
        for period in QualityPeriod:
            self.period.addItem(_period_label(period), period.value)
        self.period.setCurrentIndex(self.period.findData(QualityPeriod.LAST_12_MONTHS.value))
        self.period.currentIndexChanged.connect(self._recount)
        # Alt+P is the Programme menu's.
        period_label = QLabel(self.tr("Pe&riod:"))
        period_label.setBuddy(self.period)

        self.model = QualityModel()
        self.table = RowTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Quality criteria"))
        # The explanations wrap: rows take the height their text needs at the current width.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header = self.table.horizontalHeader()
        for column in (QualityColumn.CRITERION, QualityColumn.STATE, QualityColumn.RESULT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QualityColumn.EXPLANATION, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.model.modelReset.connect(self.table.resizeRowsToContents)
        self.table.selectionModel().currentRowChanged.connect(self._criterion_changed)
        self.table.row_chosen.connect(self._go_to_shortfalls)

        self._found: list[Shortfall] = []  # the list's shortfalls, row by row
        self.shortfall_model = TextTableModel(
            (
                translate("QualityPanel", "Who"),
                translate("QualityPanel", "Why"),
                translate("QualityPanel", "Coach"),
            ),
            long_texts=set(ShortfallColumn),
        )
        self.shortfalls = RowTable()
        self.shortfalls.setModel(self.shortfall_model)
        self.shortfalls.setAccessibleName(self.tr("Who falls short"))
        self.shortfalls.keep_current_across_resets(
            self.shortfall_model.key, self.shortfall_model.row_of
        )
        self.shortfalls.row_chosen.connect(self._open_row)
        shortfall_header = self.shortfalls.horizontalHeader()
        shortfall_header.resizeSection(ShortfallColumn.WHO, 340)
        shortfall_header.resizeSection(ShortfallColumn.COACH, 160)
        shortfall_header.setSectionResizeMode(ShortfallColumn.WHY, QHeaderView.ResizeMode.Stretch)
        self.shortfall_heading = QLabel()
        self.shortfall_heading.setWordWrap(True)
        self.shortfall_empty = QLabel()
        self.shortfall_empty.setWordWrap(True)
        self.shortfall_empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.shortfall_empty.setMargin(12)
        self.list_or_empty = QStackedWidget()
        self.list_or_empty.addWidget(self.shortfalls)
        self.list_or_empty.addWidget(self.shortfall_empty)
        self._lay_out(intro, period_label)

    def _lay_out(self, intro: QLabel, period_label: QLabel) -> None:
        choice = QHBoxLayout()
        choice.addWidget(period_label)
        choice.addWidget(self.period)
        choice.addStretch(1)
        who_label = QLabel(self.tr("<b>&Who falls short:</b>"))
        who_label.setBuddy(self.shortfalls)
        heading = QHBoxLayout()
        heading.addWidget(who_label)
        heading.addWidget(self.shortfall_heading, 1)
        below = QWidget()
        column = QVBoxLayout(below)
        column.setContentsMargins(0, 6, 0, 0)
        column.addLayout(heading)
        column.addWidget(self.list_or_empty, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(below)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(choice)
        layout.addWidget(split, 1)
        self.setTabOrder(self.period, self.table)
        self.setTabOrder(self.table, self.shortfalls)

    def chosen_period(self) -> QualityPeriod:
        """The period counted."""
        return QualityPeriod(self.period.currentData())

    def chosen_criterion(self) -> Criterion | None:
        """The criterion whose shortfalls are listed."""
        result = self.model.result(self.table.currentIndex().row())
        return result.criterion if result is not None else None

    def show_checklist(
        self,
        entries: Sequence[IndexEntry],
        matches: Sequence[MatchEntry],
        today: date,
        staff: Mapping[str, str] | None = None,
    ) -> None:
        """Count the criteria over these participants and matches, as of `today`; `staff`
        names the coaches (by id) in the list of who falls short."""
        self._entries = {entry.id: entry for entry in entries}
        self._matches, self._today, self._staff = list(matches), today, staff or {}
        self._recount()

    def _recount(self) -> None:
        if self._today is None:
            return
        chosen = self.chosen_criterion()
        span = period_range(self.chosen_period(), self._today)
        results = programme_checklist(self._entries.values(), self._matches, self._today, span)
        # The chosen criterion stays chosen; at first, the first one the programme misses.
        self._recounting = True
        self.model.set_results(results)
        first_short = next((n for n, r in enumerate(results) if r.met < r.applicable), 0)
        row = self.model.row_of(chosen) if chosen is not None else first_short
        self.table.select_row(row)
        self._recounting = False
        self._show_shortfalls()

    def _criterion_changed(self) -> None:
        if not self._recounting:
            self._show_shortfalls()

    def _show_shortfalls(self) -> None:
        result = self.model.result(self.table.currentIndex().row())
        self._found = []
        if result is not None and self._today is not None and result.met < result.applicable:
            span = period_range(self.chosen_period(), self._today)
            self._found = shortfalls(
                result.criterion, self._entries.values(), self._matches, self._today, span
            )
        self.shortfall_model.set_rows(
            shortfall_rows(result.criterion, self._found, self._entries, self._staff)
            if result is not None
            else []
        )
        self.shortfall_heading.setText(shortfall_heading(result, len(self._found)))
        self.shortfall_empty.setText(shortfall_empty_text(result))
        shown = self.shortfalls if self._found else self.shortfall_empty
        self.list_or_empty.setCurrentWidget(shown)

    def _go_to_shortfalls(self) -> None:
        if self.list_or_empty.currentWidget() is self.shortfalls:
            self.shortfalls.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_row(self, row: int) -> None:
        if not 0 <= row < len(self._found):
            return
        found = self._found[row]
        if found.match_id:
            self.open_duo_requested.emit(found.case_id, found.match_id)
        else:
            self.open_requested.emit(found.case_id)

"""The programme's quality checklist: Mentoring Belgium's criteria, ticked by the data.

Each criterion shows how many participants or duos met it out of those it can be judged
for, over a period the coordinator chooses, so the programme's shortfalls stand out. The
counting is `desktop.rules.quality.programme_checklist`; this panel only shows it. A
shortfall is said in words and with a marker, never by colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.rules.quality import ProgrammeCriterion, programme_checklist
from desktop.rules.waiting import add_months
from desktop.screens.today_words import (
    criterion_explanation,
    criterion_label,
    quality_result_text,
    quality_state_text,
)
from storage.index import IndexEntry, MatchEntry

Index = QModelIndex | QPersistentModelIndex
# Markers readable on light and dark backgrounds; the words beside them say the same.
RED = "#c62828"
AMBER = "#e08a00"
BLUE = "#1565c0"
GREEN = "#2e7d32"
GREY = "#9e9e9e"
_MARKER_SIZE = 12


def _tr(text: str) -> str:
    return QCoreApplication.translate("QualityPanel", text)


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
        QualityPeriod.THIS_YEAR: _tr("This year"),
        QualityPeriod.LAST_12_MONTHS: _tr("The last 12 months"),
        QualityPeriod.EVERYTHING: _tr("Everything recorded"),
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
            QualityColumn.CRITERION: _tr("Criterion"),
            QualityColumn.STATE: _tr("Programme"),
            QualityColumn.RESULT: _tr("Met / judged"),
            QualityColumn.EXPLANATION: _tr("What counts"),
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


class QualityPanel(QWidget):
    """The quality criteria over the programme, for a period the coordinator chooses."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[IndexEntry] = []
        self._matches: list[MatchEntry] = []
        self._today: date | None = None

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
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Quality criteria"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for column in (QualityColumn.CRITERION, QualityColumn.STATE, QualityColumn.RESULT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QualityColumn.EXPLANATION, QHeaderView.ResizeMode.Stretch)
        # The explanations wrap: rows take the height their text needs at the current width.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.model.modelReset.connect(self.table.resizeRowsToContents)

        choice = QHBoxLayout()
        choice.addWidget(period_label)
        choice.addWidget(self.period)
        choice.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(choice)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.period, self.table)

    def chosen_period(self) -> QualityPeriod:
        """The period counted."""
        return QualityPeriod(self.period.currentData())

    def show_checklist(
        self, entries: Sequence[IndexEntry], matches: Sequence[MatchEntry], today: date
    ) -> None:
        """Count the criteria over these participants and matches, as of `today`."""
        self._entries, self._matches, self._today = list(entries), list(matches), today
        self._recount()

    def _recount(self) -> None:
        if self._today is None:
            return
        span = period_range(self.chosen_period(), self._today)
        self.model.set_results(programme_checklist(self._entries, self._matches, self._today, span))
